"""Links between notes, written in a note and rewritten per generator when both are exported.

A note points at another note in one of two ways (see docs/export.md):

* ``[text](note:12)``: a Markdown link whose destination is ``note:`` and the note id;
* ``[[12]]``, ``[[12|text]]``, ``[[Title]]``, ``[[Title|text]]``: Obsidian-style wiki links by id
  (digits only) or by the other note's exact title.

When the target is exported too (in the same run, or earlier into the same folder in the same
format) the link becomes the generator's own reference: Hugo ``{{< relref >}}``, Jekyll
``{% post_url %}`` (``{% link _drafts/... %}`` for a draft), Hexo ``{% post_link %}``, Obsidian
``[[file|text]]`` and a relative Markdown link for plain. Otherwise it becomes its readable text.
Nothing inside code spans or fenced code is touched.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote

from readinglog.core.citation import escape_inline
from readinglog.export.profiles import Format

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
NOTE_LINK = re.compile(r"(?<![!\\])\[(?P<text>[^\[\]\n]*)\]\(\s*note:(?P<id>\d{1,12})\s*\)")
WIKI_LINK = re.compile(
    r"(?<![!\\])\[\[(?P<target>[^\[\]|\n]+?)(?:\|(?P<text>[^\[\]\n]*?))?\]\](?!\()"
)
_DATED = re.compile(r"\d{4}-\d{2}-\d{2}-")


def code_ranges(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of fenced code blocks and inline code spans, where nothing is rewritten."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    fence: str | None = None
    fence_start = 0
    prose_start = 0
    for line in markdown.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is None and match:
            ranges.extend(_spans(markdown, prose_start, offset))
            fence, fence_start = match.group(1), offset
        elif fence is not None and match and _closes(match, fence, line):
            ranges.append((fence_start, offset + len(line)))
            fence, prose_start = None, offset + len(line)
        offset += len(line)
    if fence is not None:
        ranges.append((fence_start, len(markdown)))
    else:
        ranges.extend(_spans(markdown, prose_start, len(markdown)))
    return ranges


def _closes(match: re.Match[str], fence: str, line: str) -> bool:
    run = match.group(1)
    return run[0] == fence[0] and len(run) >= len(fence) and not line[match.end() :].strip()


def _spans(markdown: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _CODE_SPAN.finditer(markdown[start:end])]


def in_code(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


@dataclass(frozen=True)
class NoteLink:
    """One link to another note as written: by id, or (wiki links only) by title."""

    source: str  # the link exactly as written
    text: str  # the text the author gave ("" when none)
    note_id: int | None
    title: str | None  # [[Title]]: the other note's title
    wiki: bool


def _parse(match: re.Match[str]) -> NoteLink:
    if match.re is NOTE_LINK:
        return NoteLink(match.group(), match["text"], int(match["id"]), None, wiki=False)
    target = match["target"].strip()
    text = (match["text"] or "").strip()
    if target.isascii() and target.isdigit():
        return NoteLink(match.group(), text, int(target), None, wiki=True)
    return NoteLink(match.group(), text, None, target, wiki=True)


def find_links(markdown: str) -> list[NoteLink]:
    """The note links in ``markdown`` outside code, in order."""
    code = code_ranges(markdown)
    found = [
        (m.start(), _parse(m))
        for pattern in (NOTE_LINK, WIKI_LINK)
        for m in pattern.finditer(markdown)
        if not in_code(m.start(), code)
    ]
    return [link for _, link in sorted(found, key=lambda pair: pair[0])]


def rewrite_links(markdown: str, replace: Callable[[NoteLink], str]) -> str:
    """``markdown`` with every note link outside code replaced by ``replace(link)``."""
    if "note:" not in markdown and "[[" not in markdown:
        return markdown
    code = code_ranges(markdown)

    def sub(match: re.Match[str]) -> str:
        return match.group() if in_code(match.start(), code) else replace(_parse(match))

    text = NOTE_LINK.sub(sub, markdown)
    if "[[" in text:
        code = code_ranges(text)
        text = WIKI_LINK.sub(sub, text)
    return text


@dataclass(frozen=True)
class LinkTarget:
    """An exported post a link can point at: its path relative to the export folder."""

    note_id: int
    path: PurePosixPath
    title: str
    draft: bool


def post_reference(
    fmt: Format,
    text: str,
    source: PurePosixPath,
    target: LinkTarget,
    *,
    label: str | None = None,
    written: NoteLink | None = None,
) -> str:
    """A link from the post at ``source`` to ``target`` in ``fmt``'s own syntax.

    ``text`` is Markdown (the author's link text, or an escaped title); ``label`` the same text
    as a reader sees it, for the formats whose link text is not Markdown (Hexo's tag argument,
    an Obsidian alias). ``written`` is the link as the author wrote it: an Obsidian wiki link
    to the very file it names comes out exactly as written.
    """
    shown = text if label is None else label
    relative = posixpath.relpath(str(target.path), str(source.parent))
    stem = target.path.name.removesuffix(".md")
    if fmt is Format.HUGO:
        return f'[{text}]({{{{< relref "{relative}" >}}}})'
    if fmt is Format.JEKYLL:
        if not target.draft and _DATED.match(target.path.name):
            return f"[{text}]({{% post_url {stem} %}})"
        return f"[{text}]({{% link _drafts/{target.path.name} %}})"
    if fmt is Format.HEXO:
        label = shown.replace("\\", "\\\\").replace('"', '\\"').replace("%}", "% }")
        return f'{{% post_link {stem} "{label}" %}}'
    if fmt is Format.OBSIDIAN:
        return _obsidian_link(stem, shown, written)
    return f"[{text}]({quote(relative)})"


def _obsidian_link(stem: str, shown: str, written: NoteLink | None) -> str:
    if written is not None and written.wiki and written.title is not None:
        if written.title == stem:
            return written.source  # [[react_music]], [[X|X]]: as the author wrote them
        shown = written.text or written.title  # the file has another name: keep what showed
    alias = shown.replace("|", "/").replace("]]", "] ]")
    return f"[[{stem}]]" if alias in ("", stem) else f"[[{stem}|{alias}]]"


def display_text(link: NoteLink, title: str | None) -> str:
    """What a reader sees for ``link``: the author's text, else the target's title."""
    if link.text:
        return link.text
    if title:
        return escape_inline(title)
    return escape_inline(link.title) if link.title else f"note {link.note_id}"
