"""An entry post's "Highlights" section: what the user marked, in reading order, by chapter.

Each highlight is written as ``core.highlights.quoted`` writes it (a blockquote ending with its
citation, then the comment), the wording a note's own quote gets, so a highlight reads the same
in the section and in a note made from it. The heading follows the entry's language as the
post's facts and citations do: "## 划线" for a Chinese title, "## Highlights" otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from readinglog.core.citation import escape_inline
from readinglog.core.highlights import by_chapter, quoted
from readinglog.core.text import HAN_RE
from readinglog.core.types import HighlightView
from readinglog.export.body import prepare

HEADINGS = {"en": "Highlights", "zh": "划线"}


def heading(item_title: str) -> str:
    return HEADINGS["zh" if HAN_RE.search(item_title) else "en"]


def section(item_title: str, highlights: Sequence[HighlightView], *, commonmark: bool) -> str:
    """The section's Markdown ending in one newline, or "" when there is nothing to show."""
    parts: list[str] = []
    for chapter, group in by_chapter(highlights):
        shown = [text for text in (quoted(view) for view in group) if text.strip()]
        if not shown:
            continue
        if chapter is not None and chapter.strip():
            parts.append(f"### {escape_inline(chapter)}")
        parts.extend(shown)
    if not parts:
        return ""
    markdown = "\n\n".join([f"## {heading(item_title)}", *parts])
    return prepare(markdown, commonmark=commonmark)
