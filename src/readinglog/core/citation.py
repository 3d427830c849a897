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


# What makes a line start a block in CommonMark and Python-Markdown: a heading, a list item
# ("-", "+", "*", "1." or "1)"), a quote, a fence, a rule or setext underline, raw HTML.
_BLOCK_START = re.compile(
    r"^(?:```|~~~|>"  # a fence (whatever follows it), a quote
    r"|(?:#{1,6}|[-+*])(?=\s|$)"  # a heading, a list item
    r"|(?P<number>\d{1,9})[.)](?=\s|$)"  # a numbered list item
    r"|[-=*_](?:\s*[-=*_])*\s*$)"  # a rule, a setext underline
)

_ENTITIES = {"=": "&#61;", "~": "&#126;"}


def _as_prose(line: str) -> str:
    """A line of someone's prose that Markdown shows as written: leading spaces (a code
    block) dropped, a block marker at its start escaped (``\\#``, ``1984\\.``, ``\\-``),
    ``<`` written as ``&lt;``."""
    line = line.lstrip(" \t").replace("<", "&lt;")  # prose has no HTML: "a <b> tag" as typed
    found = _BLOCK_START.match(line)
    if found is None:
        return line
    if found.group("number") is not None:
        end = found.end("number")
        return f"{line[:end]}\\{line[end:]}"
    first = line[0]
    # "=" and "~" have no backslash escape in Python-Markdown (the preview): an entity
    # reads the same in every renderer
    return _ENTITIES.get(first, f"\\{first}") + line[1:]


def quote(text: str, source: str | None, location: str | None) -> str:
    """``text`` (prose, not Markdown) as a blockquote ending with its citation (none without a
    location): each line shows as written, whatever it starts with."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    quoted = "\n".join(f"> {_as_prose(line)}".rstrip() for line in lines)
    return with_citation(quoted, citation(source, location))
