"""The shortcuts that make snippets cheap show exactly what the long way shows: a line read as
plain text by its first character, a block no inline pattern is tried on, a pattern written
with its mark first. Over every real blog post and many odd Markdown texts."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from readinglog.search import analysis, searcher, snippets, spans
from readinglog.search.analysis import Needle, needles
from readinglog.search.snippets import plain_text, plain_text_around
from readinglog.search.stemming import stem

# Characters and pieces Markdown is made of, with the odd ones: white space that is not a
# space (ideographic, no-break, em, file separator, next line), digits that are not ASCII
# (full-width, Arabic-Indic), private-use characters where escaped punctuation waits.
PIECES = [
    *"`~*-_=|:[]>+#()!\\<>&{}%^ \t.xy中文12",
    *"\u3000\u00a0\u2003\x1c\x85\uff11\u0663\ue02a\ue05f\ue041",
    "\n",
    "\n\n",
    "```",
    "~~~",
    "<!--",
    "-->",
    "---\n",
    "１. ",
    "1. ",
    "12) ",
    "- ",
    "* ",
    "+ ",
    "> ",
    ">> ",
    "## ",
    "###### x ##",
    "[^1]: ",
    "[a]: http://x.org ",
    "| a | b |\n|---|:-:|\n",
    "[ ] ",
    "[x] ",
    "**b**",
    "__u__",
    "*e*",
    "_e_",
    "~~s~~",
    "==m==",
    "[t](u)",
    "![i](p)",
    "[[w|a]]",
    "^[f]",
    "[r][1]",
    "<https://a.b>",
    "<span>",
    "&amp;",
    "\\*",
    "`c*d`",
    "``a`b``",
    "{{< x >}}",
    "snake_case",
    "2 * 3",
    "***",
    "- - -",
    "===",
    "   ",
    "    code",
    ":--|--:",
]


def _odd_markdown(count: int) -> list[str]:
    rnd = random.Random(12)
    return ["".join(rnd.choices(PIECES, k=rnd.randint(1, 40))) for _ in range(count)]


def _real_posts(realdata: Path) -> list[str]:
    corpus = realdata / "blog_corpus"
    if not corpus.is_dir():
        pytest.skip("blog_corpus is not present")
    return [path.read_text("utf-8") for path in sorted(corpus.rglob("*.md"))]


def _renders(texts: list[str]) -> list[str]:
    out = [plain_text(text) for text in texts]
    for text in texts:
        for at in range(0, len(text), max(1, len(text) // 7)):
            out.append(plain_text_around(text, at, 120, 240))
    return out


def test_shortcuts_render_as_every_pattern_tried(
    realdata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _real_posts(realdata) + _odd_markdown(4000)
    quick = _renders(texts)
    # The long way: every line through the block patterns, every inline pattern looked for.
    monkeypatch.setattr(snippets, "_plain_start", lambda first: False)
    monkeypatch.setattr(snippets, "_MARK_CHARS", re.compile(r"[\s\S]"))
    slow = _renders(texts)
    assert len(quick) == len(slow) > 5000
    for text_out, slow_out in zip(quick, slow, strict=True):
        assert text_out == slow_out


def test_a_block_pattern_matches_only_lines_that_start_as_it_is_said_to(realdata: Path) -> None:
    """plain_text tries a block pattern only on a line whose first character that is not white
    space is one _LINE_STARTS lists for it (a digit for a numbered item)."""
    lines = [
        line
        for text in _real_posts(realdata) + _odd_markdown(4000)
        for line in text.replace("\r\n", "\n").split("\n")
    ]
    said = [*snippets._LINE_STARTS, (snippets._NUMBERED, ""), (snippets._TASK_NUMBERED, "")]
    matched = 0
    for pattern, starts in said:
        for line in lines:
            if pattern.match(line):
                first = line.lstrip()[0]
                assert first in starts if starts else first.isdecimal(), (pattern, line)
                assert not snippets._plain_start(first)
                matched += 1
    assert matched > 5000


# The patterns as first written (look-behind first, backtracking): what the mark-first and the
# possessive ones must equal.
FIRST_WRITTEN = {
    "_IMAGE": r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)",
    "_LINK": r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)",
    "_STRONG_UNDER": r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)",
    "_EMPHASIS": r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)",
    "_EMPHASIS_UNDER": r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)",
    "_CODE_SPAN": r"(`+)(.+?)\1",
}


@pytest.mark.parametrize("name", sorted(FIRST_WRITTEN))
def test_faster_patterns_match_as_first_written(realdata: Path, name: str) -> None:
    pattern = getattr(snippets, name)
    first_written = re.compile(FIRST_WRITTEN[name], re.S)
    group = 2 if name == "_CODE_SPAN" else 1  # the text a match keeps
    for text in _real_posts(realdata) + _odd_markdown(3000):
        found = [(m.span(), m.group(group)) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.group(group)) for m in first_written.finditer(text)]


def _spans_of_every_word(text: str, wanted: list[Needle]) -> list[tuple[int, int]]:
    """The long way: every word of the text's Latin runs cut and folded, a compound or one
    that begins as a form of the needles' words do stemmed and offered to the needles."""
    found = []
    starts = tuple({two for needle in wanted for two in spans._word_starts(needle)})
    for is_han, start, end in analysis.script_runs(text):
        if is_han:
            continue
        for word, parts, at, until in analysis.latin_words(text[start:end], start):
            if len(parts) == 1 and not word.startswith(starts):
                continue
            keys = [stem(word)] if len(parts) == 1 else [word, *map(stem, parts)]
            if any(needle.takes(0, key) for needle in wanted for key in keys):
                found.append((at, until))
    return found


def test_word_spans_pass_over_words_before_cutting_them_as_after(realdata: Path) -> None:
    """A plain word is passed over by its first letters before it is cut as after: real posts (in
    English and Chinese, cut into snippet-sized pieces) searched for words they hold, their
    irregular forms, compounds and beginnings of words."""
    odd = ["went gone", "children's", "tf.keras", "don't", "ＧＰＵ", "Straße", "C++", "ﬁnal",
           "a..b", "c#d", "c++x", "--tf.keras", "snake_case", "rock'n'roll", "U.S.A.", "e.g.",
           "AI-driven", "x.y.z'", "'quoted'", "3.14-rc2", "__init__", "v2.0_beta's"]  # fmt: skip
    checked = 0
    for text in _real_posts(realdata)[::9]:
        words = sorted(set(re.findall(r"[A-Za-z][\w.'+#-]*", text)))
        queries = words[:: max(1, len(words) // 6)] + [w[:3] for w in words[1::40]] + odd
        pieces = [text[at : at + 400] for at in range(0, min(len(text), 4000), 400)]
        for query in queries:
            for prefix in (False, True):
                wanted = [n for n in needles(query, prefix=prefix) if len(n.steps) == 1]
                if not wanted:
                    continue
                for piece in [*pieces, " ".join(odd), " ".join(filter(str.isascii, odd))]:
                    found = spans._word_spans(piece, wanted)
                    assert found == _spans_of_every_word(piece, wanted), (query, piece)
                    checked += bool(found)
    assert checked > 300


def test_the_window_with_most_matches_is_found_by_bisection() -> None:
    rnd = random.Random(3)
    for _ in range(3000):
        ends = sorted(rnd.sample(range(1, 3000), 2 * rnd.randint(1, 40)))
        spans = list(zip(ends[::2], ends[1::2], strict=True))
        width = rnd.choice([1, 30, 120, 500])
        # counted one by one: the spans from the i-th on that start within width of it
        best = max(
            range(len(spans)), key=lambda i: sum(1 for s, _ in spans[i:] if s < spans[i][0] + width)
        )
        assert searcher._window_start(spans, width) == max(0, spans[best][0] - width // 4)
    assert searcher._window_start([], 120) == 0


def test_a_snippet_piece_without_white_space_runs_is_escaped_as_with_them() -> None:
    """_plain skips the white space regex for printable text without two spaces together:
    every kind of white space (tab, line break, ideographic, no-break...) still becomes one."""
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    rnd = random.Random(5)
    pieces = [*spaces, "a", "中", "<", "&", ">", " ", "  ", "\u200b", "\x00", "é"]
    for _ in range(20000):
        text = "".join(rnd.choices(pieces, k=rnd.randint(0, 12)))
        expected = html.escape(re.sub(r"\s+", " ", text), quote=False)
        assert searcher._plain(text) == expected, repr(text)
