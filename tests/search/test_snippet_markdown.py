"""Search snippets show a note as read, not its Markdown (``##``, ``**``, ``[text](url)``,
``> ``, bullets, code fences), and the words they mark are still the words searched for."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.core.types import Target
from readinglog.search import searcher, sync
from readinglog.search.searcher import search
from readinglog.search.snippets import plain_text, plain_text_around

MARKDOWN = """# 一、业务介绍

## Section **two** ##

> A *quoted* line with [a link](https://example.com/a_(b) "title") and ![a chart](c.png)
> > nested, with `code_span` and <span class="x">an HTML tag</span>

* 陈星(中央财经大学，北京)
- [ ] a task
+ __strong__ and _em_ and ~~struck~~ and ==marked== and [[Wiki page|its alias]]
1. an ordered item, kept as numbered

| name | value |
|------|:-----:|
| pi   | 3.14  |

```r
x <- c(1, 2)
```

Footnote^[郁佳敏. 车联网[J]. 保险研究] and [^1], a [ref link][r], <https://a.example>,
r > g &amp; \\*not emphasis\\*, snake_case, 2 * 3 * 4, 中文*强调*中文.

[r]: https://example.com
[^1]: The note.
***
"""


def test_plain_text_is_the_text_as_read() -> None:
    assert plain_text(MARKDOWN).split("\n") == [
        "一、业务介绍",
        "",
        "Section two",
        "",
        "A quoted line with a link and a chart",
        "nested, with code_span and an HTML tag",
        "",
        "陈星(中央财经大学，北京)",
        "a task",
        "strong and em and struck and marked and its alias",
        "1. an ordered item, kept as numbered",
        "",
        "name  value",
        "pi  3.14",
        "",
        "x <- c(1, 2)",
        "",
        "Footnote (郁佳敏. 车联网[J]. 保险研究) and , a ref link, https://a.example,",
        "r > g & *not emphasis*, snake_case, 2 * 3 * 4, 中文强调中文.",
        "",
        "The note.",
        "",
    ]


def test_front_matter_is_not_text() -> None:
    assert plain_text("---\ntitle: x\ntags: [a]\n---\n\nBody") == "\nBody"


# -- real blog posts ---------------------------------------------------------------------

LINE_MARKERS = re.compile(r"^\s{0,3}(#{1,6}\s|>\s?|[-*+]\s+\S|`{3}|~{3})")
# Marks that render as something else; a lone ** (" ** ") is text and shows as written.
INLINE_MARKERS = re.compile(
    r"```|\]\(|\*\*(?=\S)[^*]*?(?<=\S)\*\*|!\[|\[\[|\{\{[<%]|<!--|(?<!\w)__(?=\S)[^_]*?(?<=\S)__(?!\w)"
)
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"`+[^`]+`+")
MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$|\\\[.*?\\\]", re.S)
WORD = re.compile(r"\b[A-Za-z]{6,}\b")
HAN = re.compile(r"[\u4e00-\u9fff]{4,}")
MARKED = re.compile(r"<b>(.*?)</b>")


def _posts(realdata: Path) -> list[tuple[Path, str]]:
    corpus = realdata / "blog_corpus"
    if not corpus.is_dir():
        pytest.skip("blog_corpus is not present")
    files = sorted(corpus.rglob("*.md"))
    posts = []
    for path in files[::3]:  # a third of them: every site and language, in seconds
        text = path.read_text("utf-8")
        parts = re.split(r"^---\s*$", text, maxsplit=2, flags=re.M)
        posts.append((path, parts[2] if len(parts) == 3 and not parts[0].strip() else text))
    return posts


def _code(body: str) -> str:
    """The text of the body's code blocks and spans, and its maths (kept as written)."""
    code: list[str] = MATH.findall(body)
    prose: list[str] = []
    fence = False
    for line in body.split("\n"):
        if FENCE.match(line):
            fence = not fence
            continue
        (code if fence else prose).append(line)
    code.extend(CODE_SPAN.findall("\n".join(prose)))  # a span may run over lines
    return "\n".join(code)


def test_real_posts_read_without_markdown_markers(realdata: Path) -> None:
    checked = 0
    for path, body in _posts(realdata):
        code = _code(body)
        for line in plain_text(body).split("\n"):
            marker = LINE_MARKERS.match(line)
            if marker and line.strip() not in code:
                pytest.fail(f"{path.name}: {line!r} starts with {marker.group(1)!r}")
            for inline in INLINE_MARKERS.findall(line):
                if inline not in code:
                    pytest.fail(f"{path.name}: {line!r} holds {inline!r}")
        checked += 1
    assert checked > 50


@pytest.fixture
def blog_library(library: Library, realdata: Path) -> Iterator[tuple[Library, dict[int, str]]]:
    bodies: dict[int, str] = {}
    with library.sessions.begin() as s:
        for path, body in _posts(realdata):
            created = notes.add_note(s, body, title=path.stem).created
            assert created is not None
            bodies[created] = body
    for _ in sync.rebuild(library):
        pass
    yield library, bodies


def _queries(body: str) -> list[str]:
    """An English word and a Chinese pair of characters from the text as read (not code)."""
    text = plain_text(body)
    code = _code(body)
    found = []
    words = [w for w in WORD.findall(text) if w not in code]
    if words:
        found.append(words[len(words) // 2])
    runs = [r for r in HAN.findall(text) if r not in code]
    if runs:
        run = runs[len(runs) // 2]
        found.append(run[1:3])
    return found


def test_real_post_snippets_show_text_and_mark_the_query(
    blog_library: tuple[Library, dict[int, str]],
) -> None:
    library, bodies = blog_library
    marked = 0
    index = sync.open_index(library)
    try:
        for note_id, body in bodies.items():
            code = _code(body)
            for query in _queries(body):
                hits = search(library, query, index=index, doc_type=Target.NOTE, limit=400).hits
                hit = next((h for h in hits if h.id == note_id), None)
                if hit is None:
                    continue  # ranked past the limit: nothing to look at
                shown = html.unescape(hit.snippet.replace("<b>", "").replace("</b>", ""))
                for inline in INLINE_MARKERS.findall(shown):
                    assert inline in code, (hit.title, inline, shown)
                assert not re.search(r"(^|\s)#{1,6}\s", shown) or "#" in code, (hit.title, shown)
                for word in MARKED.findall(hit.snippet):
                    word = html.unescape(word)
                    if re.fullmatch(r"[\u4e00-\u9fff]+", query):
                        assert word == query, (hit.title, query, word)
                    else:
                        # the word, or a part of a compound (pipe-operators.html)
                        parts = re.split(r"[^a-z]+", word.casefold())
                        stem = query.casefold()[:3]
                        assert any(p.startswith(stem) for p in parts), (query, word)
                    marked += 1
    finally:
        index.close()
    assert marked > 50


def test_a_long_note_is_read_around_its_match(library: Library) -> None:
    filler = "\n\n".join(
        f"## Part {i}\n\nSome **plain** words, [a link](https://x.org/{i})." for i in range(900)
    )
    quote = "> The **quokka** lives on [Rottnest](https://rottnest.example) island."
    body = f"{filler}\n\n{quote}\n\n{filler}"
    assert len(body) > 20 * searcher.SHORT_NOTE
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, body, title="Long").created
    for _ in sync.rebuild(library):
        pass
    hit = search(library, "quokka", doc_type=Target.NOTE).hits[0]
    assert hit.id == note_id
    assert "The <b>quokka</b> lives on Rottnest island." in hit.snippet
    assert not INLINE_MARKERS.search(hit.snippet) and "&gt;" not in hit.snippet
    assert "##" not in hit.snippet


def _region_lines_are_whole_lines(markdown: str) -> None:
    whole = set(plain_text(markdown).split("\n"))
    for at in range(0, len(markdown), 97):
        for line in plain_text_around(markdown, at, 240, 480).split("\n"):
            assert not line.strip() or line in whole, (at, line)


def test_a_region_renders_as_it_does_in_the_whole_note() -> None:
    """Read around a match, a note shows the lines it shows read whole: inside a code fence
    they stay code, in the front matter nothing new appears, elsewhere the marks go."""
    fenced = "\n\n".join(
        [MARKDOWN, "```python\n" + "\n\n".join(f"x_{i} = **{i}**" for i in range(60)) + "\n```"]
        + [f"After the fence, **bold** {i} and `code`." for i in range(40)]
    )
    keys = "\n\n".join(f"key_{i}: a *value* {i}" for i in range(30))
    front = f"---\ntitle: A *title*\n\n{keys}\n---\n\n{fenced}"
    for markdown in (MARKDOWN * 5, fenced, front, "~~~~\n" + fenced):
        _region_lines_are_whole_lines(markdown)


def test_real_posts_read_around_a_match_as_read_whole(realdata: Path) -> None:
    for _path, body in _posts(realdata)[:80]:
        _region_lines_are_whole_lines(body)


@pytest.mark.parametrize(
    ("written", "query"), [("經濟學的原理", "经济学"), ("The ECONOMICS of it", "economics")]
)
def test_a_long_note_is_read_around_a_match_written_otherwise(
    library: Library, written: str, query: str
) -> None:
    """The match is found in Traditional characters or another case far down a long note."""
    filler = "\n\n".join(f"Paragraph {i} about nothing in particular." for i in range(60))
    body = f"{filler}\n\n{written} is here.\n\n{filler}"
    assert len(body) > 3 * searcher.SHORT_NOTE
    with library.sessions.begin() as s:
        notes.add_note(s, body, title="Long")
    for _ in sync.rebuild(library):
        pass
    hit = search(library, query, doc_type=Target.NOTE).hits[0]
    assert "<b>" in hit.snippet and "is here" in hit.snippet, hit.snippet
