"""How a quoted passage names its source: ``— *Sapiens*, p. 42`` or ``——《人类简史》，第 42 页``.

One wording for every place a passage is quoted: a note's location in an exported post, and a
highlight quoted into a note (which then exports exactly as a note's own quote would).
"""

from __future__ import annotations

import re

from readinglog.core.text import HAN_RE

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape_inline(text: str) -> str:
    """Text that Markdown shows as is (a title or a location inside a citation)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def source_name(title: str) -> str:
    """A work's title the way its language cites it: 《人类简史》 or *Sapiens*."""
    if HAN_RE.search(title):
        return title if title.startswith("《") else f"《{escape_inline(title)}》"
    return f"*{escape_inline(title)}*"


def citation(source: str | None, location: str | None) -> str:
    """``— *Sapiens*, p. 42`` (``——《人类简史》，第 42 页``), or "" without a location."""
    if not location or not location.strip():
        return ""
    where = escape_inline(location)
    if source is None:
        return f"— {where}"
    if HAN_RE.search(source):
        return f"——{source_name(source)}，{where}"
    return f"— {source_name(source)}, {where}"


def with_citation(markdown: str, cite: str) -> str:
    """A body whose opening blockquote ends with ``cite``; otherwise ``cite`` follows the body.

    A passage the user quoted starts with ``>``; the citation goes inside that quote, which
    themes render as a ``<blockquote>`` with its source. A body without a leading quote (the
    user's own thought about page 42) keeps its text and gets the citation as a last line.
    """
    if not cite:
        return markdown
    lines = markdown.splitlines()
    if lines and lines[0].lstrip().startswith(">"):
        end = 0
        while end < len(lines) and lines[end].lstrip().startswith(">"):
            end += 1
        quote = [*lines[:end], ">", f"> {cite}"]
        return "\n".join([*quote, *lines[end:]])
    return f"{markdown.rstrip()}\n\n{cite}" if markdown.strip() else cite


def quote(text: str, source: str | None, location: str | None) -> str:
    """``text`` as a Markdown blockquote ending with its citation (none without a location)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    quoted = "\n".join(f"> {line}".rstrip() for line in lines)
    return with_citation(quoted, citation(source, location))
