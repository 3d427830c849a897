"""Markdown preview HTML for the window: Python-Markdown, then sanitized with nh3.

Python-Markdown passes raw HTML and ``javascript:`` links through, so its output is cleaned with
nh3 (no scripts, no event handlers, only http/https/mailto and in-page links). It is also slow or
crashes on pathological input (measured: 10,000 ``[`` took over 20 s, a 2,000-level nested list
raised RecursionError after a minute), so a cheap scan refuses such input up front and shows it
as escaped text with a notice; a RecursionError or any parser error does the same. The caller
(the window) still runs this on a worker thread and drops results that arrive after newer text.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from dataclasses import dataclass

import markdown
import nh3

log = logging.getLogger(__name__)
MAX_BYTES = 1_000_000
# Above these the parser's time grows quadratically (unmatched brackets) or it recurses deeply.
MAX_BRACKETS_PER_BLOCK = 400
MAX_NESTING = 64
EXTENSIONS = ("tables", "fenced_code", "footnotes", "toc", "sane_lists")

_TAGS = nh3.ALLOWED_TAGS - {"area", "map", "center", "details", "summary"}
_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
}
_SCHEMES = {"http", "https", "mailto"}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INDENT = re.compile(r"^([ \t>]*)", re.M)


@dataclass(frozen=True)
class Preview:
    html: str
    complete: bool  # False: a notice and escaped text instead of rendered Markdown
    notice: str = ""


_local = threading.local()


def _converter() -> markdown.Markdown:
    """One configured converter per thread (Markdown instances are not thread-safe)."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
        _local.md = md
    return md


def sanitize(fragment: str) -> str:
    """HTML without scripts, styles, event handlers or dangerous URLs."""
    return str(
        nh3.clean(
            fragment,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            url_schemes=_SCHEMES,
            clean_content_tags={"script", "style"},
            link_rel="noopener noreferrer",
        )
    )


def too_complex(text: str) -> str:
    """Why ``text`` would make the parser crawl or recurse, or "" when it is fine."""
    for block in _BLANK_LINE.split(text):
        if block.count("[") > MAX_BRACKETS_PER_BLOCK:
            return "it has too many [ brackets in one paragraph"
    deepest = max((_depth(m.group(1)) for m in _INDENT.finditer(text)), default=0)
    if deepest > MAX_NESTING:
        return "its lists or quotes are nested too deeply"
    return ""


def _depth(prefix: str) -> int:
    """Nesting a line's indentation can open: a level per 2 columns or per ``>``."""
    columns = len(prefix.expandtabs(4).replace(">", ""))
    return columns // 2 + prefix.count(">")


def _fallback(text: str, notice: str) -> Preview:
    message = f"Preview unavailable: {notice}. Showing the text as written."
    body = f'<p class="notice">{html.escape(message)}</p>\n<pre>{html.escape(text)}</pre>'
    return Preview(html=body, complete=False, notice=message)


def render_preview(text: str, *, max_bytes: int = MAX_BYTES) -> Preview:
    """Sanitized HTML for ``text``; a notice and escaped text when it is too big or complex."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        start = text[: max_bytes // 4]
        return _fallback(start, f"the note is {size // 1000:,} KB, over {max_bytes // 1000:,} KB")
    reason = too_complex(text)
    if reason:
        return _fallback(text, reason)
    md = _converter()
    try:
        rendered = md.reset().convert(text)
    except RecursionError:
        return _fallback(text, "its structure is nested too deeply")
    except Exception as error:  # a parser bug must never take the window down; it is logged
        log.exception("the Markdown preview failed")
        return _fallback(text, f"the Markdown could not be read ({type(error).__name__})")
    return Preview(html=sanitize(rendered), complete=True)
