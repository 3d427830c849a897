"""The post body: the note's Markdown as written, plus citations, a summary and entry facts."""

from __future__ import annotations

import html
import re
import threading
from html.parser import HTMLParser

from markdown import Markdown

from readinglog.core.citation import with_citation
from readinglog.export.emphasis import fix_emphasis
from readinglog.export.preview import too_complex

_FENCED = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.S | re.M)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.S)
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)


def prepare(markdown: str, cite: str = "", *, commonmark: bool = True) -> str:
    """The note's Markdown for the post, ending in exactly one newline; for a ``commonmark``
    renderer, emphasis beside CJK punctuation gets the ``&#8203;`` it needs (emphasis.py)."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    text = with_citation(fix_emphasis(text) if commonmark else text, cite)
    return text.strip("\n") + "\n" if text.strip() else ""


def excerpt(markdown: str, limit: int = 160) -> str:
    """A one-line summary: the first paragraph of prose as a reader sees it (rendered, then its
    text, entities decoded), at most ``limit`` characters."""
    text = _COMMENT.sub("", _FENCED.sub("", markdown.replace("\r\n", "\n")))
    for paragraph in re.split(r"\n\s*\n", text):
        stripped = paragraph.strip()
        if not stripped or stripped.startswith(("#", "|", "<", "---", "***", "![")):
            continue
        plain = " ".join(rendered_text(stripped).split())
        if plain:
            return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"
    return ""


def rendered_text(markdown: str) -> str:
    """The text a Markdown renderer shows for ``markdown``: no markup, ``r > g`` and ``<b>`` as
    the reader sees them; wiki links as their text, zero-width spaces gone."""
    source = _WIKI_LINK.sub(lambda m: m[2] or m[1], markdown)
    source = _SHORTCODE.sub("", _FOOTNOTE_REF.sub("", source))
    if too_complex(source):
        html_text = html.escape(source)  # the parser would crawl: its text as written
    else:
        try:
            html_text = _converter().reset().convert(source)
        except RecursionError:
            html_text = html.escape(source)
    reader = _TextOf()
    reader.feed(html_text)
    reader.close()
    return "".join(reader.parts).replace("\u200b", "")


_local = threading.local()


def _converter() -> Markdown:
    """One converter per thread (a Markdown instance is not thread-safe; building one costs)."""
    md: Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = _local.md = Markdown(output_format="html")
    return md


class _TextOf(HTMLParser):
    """The character data of an HTML fragment (entities decoded), without scripts or styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in ("br", "p", "li", "div", "blockquote", "tr", "td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
