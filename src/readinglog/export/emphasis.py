"""Bold and italic next to Chinese punctuation, written so CommonMark renderers still see it.

CommonMark (goldmark in Hugo, marked in Hexo, markdown-it) decides whether ``**`` opens or closes
emphasis from the characters on each side (the "flanking" rules, spec section 6.2):

* a run is *left-flanking* (may open) when the next character is not white space, and it is
  not punctuation or else the previous character is white space or punctuation;
* a run is *right-flanking* (may close) mirror-wise.

Chinese has no spaces, and CJK quotation marks and brackets are punctuation, so
``这是**“重点”**后`` renders with literal asterisks: the opening ``**`` follows a letter and
precedes ``“``; the closing one follows ``”`` and precedes a letter.

The fix used here is the smallest one that every renderer accepts and nobody sees: put
``&#8203;`` (a zero-width space as an HTML *entity*) on the outer side of that delimiter only.
The flanking test looks at the source characters, and ``;`` and ``&`` are ASCII punctuation, so
the delimiter now counts as flanking; the entity itself renders as an invisible U+200B. A literal
U+200B would not work (it is neither white space nor punctuation to CommonMark), ``<strong>``
would be dropped by Hugo's default ``markup.goldmark.renderer.unsafe = false``, and moving the
quotation marks out of the emphasis would change what the author wrote.

Only pairs that would otherwise fail are touched, only when a CJK or other non-ASCII character is
involved, and never inside code, links targets, URLs or HTML tags; ``snake_case`` is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ZWSP_ENTITY = "&#8203;"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_PROTECTED = re.compile(
    r"(?P<code>(?P<ticks>`+).*?(?P=ticks))"  # code spans
    r"|<[A-Za-z/!?][^>\n]*>"  # HTML tags and autolinks
    r"|\]\([^)\n]*\)"  # link destinations
    r"|https?://[^\s<>]+"  # bare URLs
    r"|\\.",  # backslash escapes
    re.S,
)
_RUN = re.compile(r"\*+|_+")


def _is_space(ch: str) -> bool:
    return ch == "" or ch in "\t\n\f\r" or unicodedata.category(ch) == "Zs"


def _is_punct(ch: str) -> bool:
    return ch != "" and unicodedata.category(ch)[0] in "PS"


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    before: str
    after: str

    def left(self) -> bool:
        return not _is_space(self.after) and (
            not _is_punct(self.after) or _is_space(self.before) or _is_punct(self.before)
        )

    def right(self) -> bool:
        return not _is_space(self.before) and (
            not _is_punct(self.before) or _is_space(self.after) or _is_punct(self.after)
        )


def _can_open(run: _Run, char: str) -> bool:
    if char == "*":
        return run.left()
    return run.left() and (not run.right() or _is_punct(run.before))


def _can_close(run: _Run, char: str) -> bool:
    if char == "*":
        return run.right()
    return run.right() and (not run.left() or _is_punct(run.after))


def fix_emphasis(markdown: str) -> str:
    """``markdown`` with the minimal ``&#8203;`` inserted where emphasis would not render."""
    if "*" not in markdown and "_" not in markdown:
        return markdown
    out: list[str] = []
    block: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
        elif match:
            out.append(_fix_block("".join(block)))
            block = []
            fence = match.group(1)
            out.append(line)
        elif not line.strip():
            out.append(_fix_block("".join(block)))
            block = []
            out.append(line)
        else:
            block.append(line)
    out.append(_fix_block("".join(block)))
    return "".join(out)


def _indented_code(line: str) -> bool:
    """A line indented as code (not a nested list item or quote), which is left as written."""
    if not line.startswith(("\t", "    ")):
        return False
    stripped = line.lstrip()
    return not re.match(r"([-*+]|\d+[.)])\s|>", stripped)


def _fix_block(block: str) -> str:
    """Fix one paragraph (emphasis never spans a blank line)."""
    if "*" not in block and "_" not in block:
        return block
    protected = [False] * len(block)
    for match in _PROTECTED.finditer(block):
        for i in range(match.start(), match.end()):
            protected[i] = True
    offset = 0
    for line in block.splitlines(keepends=True):
        if _indented_code(line):
            for i in range(offset, offset + len(line)):
                protected[i] = True
        offset += len(line)

    open_runs: dict[tuple[str, int], _Run] = {}
    inserts: list[int] = []
    for match in _RUN.finditer(block):
        if protected[match.start()]:
            continue
        char = match.group()[0]
        start, end = match.span()
        run = _Run(
            start, end, block[start - 1] if start else "", block[end] if end < len(block) else ""
        )
        key = (char, end - start)
        opener = open_runs.get(key)
        if opener is not None and not _is_space(run.before):
            del open_runs[key]
            inserts.extend(_repairs(opener, run, char))
        elif not _is_space(run.after):
            open_runs[key] = run
    for position in sorted(inserts, reverse=True):
        block = block[:position] + ZWSP_ENTITY + block[position:]
    return block


def _repairs(opener: _Run, closer: _Run, char: str) -> list[int]:
    """Where to insert the entity so this pair renders: before the opener, after the closer."""
    if opener.end == closer.start:
        return []
    involved = (opener.before, opener.after, closer.before, closer.after)
    if all(ch.isascii() for ch in involved):
        return []  # plain English: leave it exactly as the author wrote it
    if char == "_" and any(ch.isascii() and ch.isalnum() for ch in (opener.before, closer.after)):
        return []  # snake_case or a word joined by underscores, not emphasis
    fixes = []
    if not _can_open(opener, char):
        fixes.append(opener.start)
    if not _can_close(closer, char):
        fixes.append(closer.end)
    return fixes
