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
from collections.abc import Callable

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
_CODE_SPAN = re.compile(r"`(`*)(.+?)`\1", re.S)  # `(`*) is (`+): a literal first is searched faster
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
_WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
# Possessive (*+, ++): what a run of the characters before a bracket gave back could never be
# the bracket, so the link is the same, found without a step (and a saved state) a character.
_IMAGE = re.compile(r"!\[([^\]]*+)\]\((?:[^()]++|\([^()]*+\))*+\)")
_LINK = re.compile(r"\[([^\]]*+)\]\((?:[^()]++|\([^()]*+\))*+\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_INLINE_FOOTNOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
# The mark first, then what may not stand before it (``_(?<!\w_)`` is ``(?<!\w)_``): a pattern
# that starts with a literal is searched for that literal, one that starts with a look-behind
# is tried at every character (two to three times slower over a paragraph).
_STRONG_UNDER = re.compile(r"__(?<!\w__)(?=\S)(.+?)(?<=\S)__(?!\w)", re.S)
_EMPHASIS = re.compile(r"\*(?<!\*\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)", re.S)
_EMPHASIS_UNDER = re.compile(r"_(?<!\w_)(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", re.S)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)
_MARK = re.compile(r"==(?=\S)(.+?)(?<=\S)==", re.S)

# Each inline pattern, in the order they apply, with what it replaces its match by and the text
# it cannot match without (most blocks hold none of them: the pattern is not tried).
_INLINE_MARKS: tuple[tuple[re.Pattern[str], str, Callable[[re.Match[str]], str] | str], ...] = (
    (_SHORTCODE, "{{", ""),
    (_WIKILINK, "[[", lambda m: m.group(2) or m.group(1)),
    (_IMAGE, "![", r"\1"),
    (_LINK, "](", r"\1"),
    (_FOOTNOTE_REF, "[^", ""),
    (_REF_LINK, "][", r"\1"),
    (_INLINE_FOOTNOTE, "^[", r" (\1)"),
    (_AUTOLINK, "<", r"\1"),
    (_TAG, "<", ""),
    (_STRONG, "**", r"\1"),
    (_EMPHASIS, "*", r"\1"),
    (_STRONG_UNDER, "__", r"\1"),
    (_EMPHASIS_UNDER, "_", r"\1"),
    (_STRIKE, "~~", r"\1"),
    (_MARK, "==", r"\1"),
)

_PRIVATE = 0xE000  # escaped characters wait here (private use) while marks are removed
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_PARK = {ord(c): _PRIVATE + ord(c) for c in _PUNCTUATION}
_UNPARK = {chr(parked): chr(c) for c, parked in _PARK.items()}
_PARKED = re.compile(f"[{''.join(_UNPARK)}]")
# What a mark (or an escape, a code span, an entity) can start with: _INLINE_MARKS' texts' first
# characters, backslash, backtick and ampersand.
_MARK_CHARS = re.compile(r"[{\[!\]^<*_~=&\\`]")


def plain_text(markdown: str) -> str:
    """The text ``markdown`` renders to, one output line per input line kept.

    Block markers go line by line; inline marks are read over a whole block (a paragraph, a
    list item, a quote), since a link, an emphasis or a code span may wrap onto the next line.
    """
    text = markdown.replace("\r\n", "\n")
    text = _COMMENT.sub("", text) if "<!--" in text else text
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
        bare = line.lstrip()
        if not bare:  # a blank line ends a block
            end_block()
            out.append("")
            continue
        first = bare[0]
        if _plain_start(first):  # most lines: no block marker to look for
            quoted = False
            block.append(line)
            continue
        # A block pattern is only tried on a line that starts as its matches do (_LINE_STARTS).
        opened = _FENCE.match(line) if first in _FENCE_STARTS else None
        if opened:
            end_block()
            fence = opened.group(1)
            continue
        if (
            (first in _RULE_STARTS and _RULE.match(line))
            or (first in _TABLE_RULE_STARTS and _TABLE_RULE.match(line))
            or (first in _REFERENCE_STARTS and _REFERENCE.match(line))
        ):
            end_block()
            continue
        is_quote = first in _QUOTE_STARTS and bool(_QUOTE.match(line))
        if _starts_block(line, first) and not (is_quote and quoted):
            end_block()
        quoted = is_quote
        block.append(_block(line))
    end_block()
    return "\n".join(out)


_FENCE_LINE = re.compile(r"^\s{0,3}(`{3,}|~{3,}).*$", re.M)


def plain_text_around(markdown: str, at: int, before: int, after: int) -> str:
    """``plain_text`` of the paragraphs around offset ``at`` only (from the blank line before
    ``at - before`` to the one after ``at + after``): a snippet needs a few hundred
    characters, and rendering a whole note took most of a search's time. A region that
    starts inside a code fence gets the fence's opening line, so it renders as code; one that
    starts inside the front matter starts at the top instead, and an HTML comment is kept
    whole or left out."""
    front = _front_matter_end(markdown)
    start = markdown.rfind("\n\n", 0, max(0, at - before)) + 1
    end = markdown.find("\n\n", max(at + after, front))
    end = len(markdown) if end < 0 else end
    if start <= front:
        start = 0
    if "<!--" in markdown:  # an HTML comment the region would cut in two is left out whole
        for comment in _COMMENT.finditer(markdown):
            if comment.start() >= end:
                break
            if comment.start() < start < comment.end():
                start = comment.end()
            if comment.start() < end < comment.end():
                end = comment.end()
    if not start:
        return plain_text(markdown[:end])
    opener = _fence_open_at(markdown, start)
    region = markdown[start:end]
    return plain_text(f"{opener}\n{region}" if opener else region)


def _front_matter_end(markdown: str) -> int:
    """Where the front matter ends (0 without one), as ``_after_front_matter`` reads it."""
    if not markdown.startswith("---"):
        return 0
    lines = markdown.split("\n", 400)
    kept = _after_front_matter(lines[:400])
    if len(kept) == min(len(lines), 400):
        return 0
    return sum(len(line) + 1 for line in lines[: min(len(lines), 400) - len(kept)])


def _fence_open_at(markdown: str, offset: int) -> str:
    """The opening line of the code fence ``offset`` is inside, or "" (as plain_text reads
    fences: a fence closes on a line of its own marker, at least as long)."""
    fence = opening = ""
    if markdown.find("```", 0, offset) < 0 and markdown.find("~~~", 0, offset) < 0:
        return ""  # no fence before ``offset`` (most notes): no line to look at
    for match in _FENCE_LINE.finditer(markdown, 0, offset):
        line = match.group(0).strip()
        if fence:
            if line.startswith(fence) and not line.strip(fence[0]):
                fence = opening = ""
        else:
            fence, opening = match.group(1), match.group(0)
    return opening


# What a line a block pattern matches starts with: its first character that is not white space
# (str.lstrip strips exactly what \s matches). A pattern is only tried on such a line; _NUMBERED
# and _TASK_NUMBERED on one that starts with a digit (\d: any str.isdecimal character), and a
# table row starts with "|".
_FENCE_STARTS, _RULE_STARTS, _TABLE_RULE_STARTS, _REFERENCE_STARTS = "`~", "*-_=", "|:-", "["
_FOOTNOTE_STARTS, _QUOTE_STARTS, _BULLET_STARTS, _HEADING_STARTS = "[", ">", "-*+", "#"
_BULLETS = tuple(_BULLET_STARTS)
_LINE_STARTS = (
    (_FENCE, _FENCE_STARTS),
    (_RULE, _RULE_STARTS),
    (_TABLE_RULE, _TABLE_RULE_STARTS),
    (_REFERENCE, _REFERENCE_STARTS),
    (_FOOTNOTE, _FOOTNOTE_STARTS),
    (_QUOTE, _QUOTE_STARTS),
    (_BULLET, _BULLET_STARTS),
    (_HEADING, _HEADING_STARTS),
)
_BLOCK_MARKS = frozenset("|".join(starts for _, starts in _LINE_STARTS))


def _plain_start(first: str) -> bool:
    """Whether a line whose first character that is not white space is ``first`` is text no
    block pattern matches: ten patterns tried on every line were most of the cost of
    ``plain_text``."""
    return first not in _BLOCK_MARKS and not first.isdecimal()


def _starts_block(line: str, first: str) -> bool:
    """Whether ``line`` (whose first character that is not white space is ``first``) starts
    a block: a quote, a list item, a heading, a footnote, a table row."""
    return bool(
        (first in _QUOTE_STARTS and _QUOTE.match(line))
        or (first in _BULLET_STARTS and _BULLET.match(line))
        or (first.isdecimal() and _NUMBERED.match(line))
        or (first in _HEADING_STARTS and _HEADING.match(line))
        or (first in _FOOTNOTE_STARTS and _FOOTNOTE.match(line))
        or first == "|"
    )


def _after_front_matter(lines: list[str]) -> list[str]:
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 400)):
        if _FRONT_MATTER_END.match(lines[end]):
            return lines[end + 1 :]
    return lines


def _block(line: str) -> str:
    """A line without its block markers (quotes, bullets, heading hashes, table bars); a
    pattern is only tried on a line holding its mark."""
    while ">" in line and (quoted := _QUOTE.match(line)):
        line = line[quoted.end() :]
    line = _FOOTNOTE.sub("", line, count=1) if "[^" in line else line
    line = _TASK_NUMBERED.sub(r"\1", line) if "[" in line else line
    if line.lstrip().startswith(_BULLETS):
        line = _BULLET.sub("", line, count=1)
    heading = _HEADING.match(line) if "#" in line else None
    if heading:
        line = line[heading.end() :]
        line = _HEADING_TAIL.sub("", line) if "#" in line else line
    if line.lstrip().startswith("|"):
        line = "  ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return line


def _inline(text: str) -> str:
    """Inline marks removed from a block; code spans keep their text as written (their
    punctuation is parked out of the marks' way meanwhile, as is what was escaped).

    Most blocks hold no character a mark starts with: one scan says so. Removing a mark adds
    none (it keeps some of what it matched, an inline footnote adds " (" and ")"), so the
    characters the scan found are all there can be later on."""
    present = set(_MARK_CHARS.findall(text))
    if not present:
        return text
    if "\\" not in present and "`" not in present:  # nothing to park (most blocks)
        return _marks(text, present)
    text = _ESCAPE.sub(lambda m: m.group(1).translate(_PARK), text)
    text = _CODE_SPAN.sub(lambda m: (m.group(2).strip() or m.group(2)).translate(_PARK), text)
    return _PARKED.sub(lambda m: _UNPARK[m.group()], _marks(text, present))


def _marks(text: str, present: set[str]) -> str:
    """Links, images, footnotes, tags and emphasis as their text (a pattern is only tried when
    the text holds what it cannot match without)."""
    for pattern, needs, replacement in _INLINE_MARKS:
        if needs[0] in present and needs in text:
            text = pattern.sub(replacement, text)
    return html.unescape(text) if "&" in present else text
