"""Goodreads review HTML to Markdown: line breaks, emphasis, links and ``[b:Title|id|…]``."""

from __future__ import annotations

import html
import re

_BR_RE = re.compile(r"<br\s*/?>", re.I)
_P_RE = re.compile(r"</?p\s*>", re.I)
# [b:Title|123|Full title|Author|cover url|work id] and [a:Name|123|Name|photo url]
_BOOK_RE = re.compile(r"\[b:([^|\]]+)\|(\d+)(?:\|[^\]]*)?\]")
_AUTHOR_RE = re.compile(r"\[a:([^|\]]+)\|(\d+)(?:\|[^\]]*)?\]")
_LINK_RE = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", re.I | re.S)
_STRONG_RE = re.compile(r"<(b|strong)>(.*?)</\1>", re.I | re.S)
_EM_RE = re.compile(r"<(i|em)>(.*?)</\1>", re.I | re.S)
_QUOTE_RE = re.compile(r"<blockquote>(.*?)</blockquote>", re.I | re.S)
_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
BOOK_URL = "https://www.goodreads.com/book/show/{}"
AUTHOR_URL = "https://www.goodreads.com/author/show/{}"


def _quote(match: re.Match[str]) -> str:
    lines = match.group(1).strip("\n").split("\n")
    return "\n" + "\n".join(f"> {line}".rstrip() for line in lines) + "\n"


def to_markdown(text: str) -> str:
    """Markdown from a Goodreads review or private note (plain text passes through)."""
    out = _BR_RE.sub("\n", text)
    out = _P_RE.sub("\n", out)
    out = _BOOK_RE.sub(lambda m: f"[{m.group(1)}]({BOOK_URL.format(m.group(2))})", out)
    out = _AUTHOR_RE.sub(lambda m: f"[{m.group(1)}]({AUTHOR_URL.format(m.group(2))})", out)
    out = _LINK_RE.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", out)
    out = _STRONG_RE.sub(lambda m: f"**{m.group(2)}**", out)
    out = _EM_RE.sub(lambda m: f"*{m.group(2)}*", out)
    out = _QUOTE_RE.sub(_quote, out)
    out = _TAG_RE.sub("", out)
    out = html.unescape(out)
    out = re.sub(r"[ \t]+\n", "\n", out)
    return out.strip() + "\n"
