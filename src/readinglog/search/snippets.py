"""A note's Markdown as the text a reader sees, for search snippets.

A snippet cut from the raw body showed ``## 一、业务介绍``, ``**bold**``, ``[text](url)``, ``> ``,
list bullets and code fences. ``plain_text`` turns the Markdown into the text it renders to
(headings, quotes, bullets and fences lose their markers; links and images keep their text;
emphasis, inline code and HTML tags lose their marks; entities are decoded), and the snippet
is then chosen and its matches marked in that text, so the highlighted offsets are offsets in
what is shown. Line by line and regular expressions only (no Markdown library: search depends
on core alone), cheap enough for every hit of a search.

What is kept as written: the text of code blocks and code spans (without the marks), ordered
list numbers ("1."), maths, bare URLs, a ``*`` or ``_`` that does not mark emphasis (``2 * 3``,
``snake_case``), and anything backslash-escaped.
"""

from __future__ import annotations

import html
import re

_FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)\s*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^\s{0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,}|=+)\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s+\S+.*$")
_FOOTNOTE = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s*[-*+]\s+(\[[ xX]\]\s+)?")
_NUMBERED = re.compile(r"^\s*\d{1,9}[.)]\s")
_TASK_NUMBERED = re.compile(r"^(\s*\d{1,9}[.)]\s+)\[[ xX]\]\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")
_HEADING_TAIL = re.compile(r"\s+#+\s*$")

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
_WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_INLINE_FOOTNOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
_STRONG_UNDER = re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)", re.S)
_EMPHASIS = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)", re.S)
_EMPHASIS_UNDER = re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", re.S)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)
_MARK = re.compile(r"==(?=\S)(.+?)(?<=\S)==", re.S)

_EMPHASES = (
    ("*", (_STRONG, _EMPHASIS)),
    ("_", (_STRONG_UNDER, _EMPHASIS_UNDER)),
    ("~~", (_STRIKE,)),
    ("==", (_MARK,)),
)

_PRIVATE = 0xE000  # escaped characters wait here (private use) while marks are removed
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_PARK = {ord(c): _PRIVATE + ord(c) for c in _PUNCTUATION}
_UNPARK = {parked: chr(c) for c, parked in _PARK.items()}


def plain_text(markdown: str) -> str:
    """The text ``markdown`` renders to, one output line per input line kept.

    Block markers go line by line; inline marks are read over a whole block (a paragraph, a
    list item, a quote), since a link, an emphasis or a code span may wrap onto the next line.
    """
    text = _COMMENT.sub("", markdown.replace("\r\n", "\n"))
    out: list[str] = []
    block: list[str] = []
    fence = ""
    quoted = False

    def end_block() -> None:
        if block:
            out.extend(_inline("\n".join(block)).split("\n"))
            block.clear()

    for line in _after_front_matter(text.split("\n")):
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            else:
                out.append(line)  # code as written
            continue
        opened = _FENCE.match(line)
        if opened or not line.strip():
            end_block()
            fence = opened.group(1) if opened else ""
            if not opened:
                out.append("")
            continue
        if _RULE.match(line) or _TABLE_RULE.match(line) or _REFERENCE.match(line):
            end_block()
            continue
        is_quote = bool(_QUOTE.match(line))
        if _starts_block(line) and not (is_quote and quoted):
            end_block()
        quoted = is_quote
        block.append(_block(line))
    end_block()
    return "\n".join(out)


def _starts_block(line: str) -> bool:
    return bool(
        _QUOTE.match(line)
        or _BULLET.match(line)
        or _NUMBERED.match(line)
        or _HEADING.match(line)
        or _FOOTNOTE.match(line)
        or line.lstrip().startswith("|")
    )


def _after_front_matter(lines: list[str]) -> list[str]:
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 400)):
        if _FRONT_MATTER_END.match(lines[end]):
            return lines[end + 1 :]
    return lines


def _block(line: str) -> str:
    """A line without its block markers (quotes, bullets, heading hashes, table bars)."""
    while True:
        quoted = _QUOTE.match(line)
        if not quoted:
            break
        line = line[quoted.end() :]
    line = _FOOTNOTE.sub("", line, count=1)
    line = _TASK_NUMBERED.sub(r"\1", line)
    line = _BULLET.sub("", line, count=1)
    heading = _HEADING.match(line)
    if heading:
        line = _HEADING_TAIL.sub("", line[heading.end() :])
    if line.lstrip().startswith("|"):
        line = "  ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return line


def _inline(text: str) -> str:
    """Inline marks removed from a block; code spans keep their text as written (their
    punctuation is parked out of the marks' way meanwhile, as is what was escaped)."""
    text = _ESCAPE.sub(lambda m: m.group(1).translate(_PARK), text)
    text = _CODE_SPAN.sub(lambda m: (m.group(2).strip() or m.group(2)).translate(_PARK), text)
    return _marks(text).translate(_UNPARK)


def _marks(text: str) -> str:
    """Links, images, footnotes, tags and emphasis as their text (each pattern only tried when
    the character it starts with is there: most lines have none)."""
    if "{{" in text:
        text = _SHORTCODE.sub("", text)
    if "[" in text:
        text = _WIKILINK.sub(lambda m: m.group(2) or m.group(1), text)
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _FOOTNOTE_REF.sub("", text)
        text = _REF_LINK.sub(r"\1", text)
        text = _INLINE_FOOTNOTE.sub(r" (\1)", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
    for start, patterns in _EMPHASES:
        if start in text:
            for pattern in patterns:
                text = pattern.sub(r"\1", text)
    return html.unescape(text) if "&" in text else text
