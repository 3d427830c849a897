"""The summary a generator shows (Hugo summary, Jekyll excerpt, Hexo description) is the text a
reader sees in the note's first paragraph, never the Markdown with characters deleted."""

from __future__ import annotations

import pytest
import yaml

from readinglog.export.body import excerpt
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import render_item, render_note
from tests.export import samples

SUMMARY_KEY = {Format.HUGO: "summary", Format.JEKYLL: "excerpt", Format.HEXO: "description"}
OPTIONS = ExportOptions(tz=samples.CST, now=samples.NOW)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "皮凯蒂说 r > g，资本的回报 <b>tag</b> 高于增长。\n",
            "皮凯蒂说 r > g，资本的回报 tag 高于增长。",
        ),
        ("if a < b && b > c then **a** < c\n", "if a < b && b > c then a < c"),
        ("Tom &amp; Jerry &lt;3 &#8203;**“重点”**&#8203;后\n", "Tom & Jerry <3 “重点”后"),
        (
            "`x <- f(y)` is *R*, see [[react_music]] and [[X|the x]]\n",
            "x <- f(y) is R, see react_music and the x",
        ),
        ("> 引文 *强调* #1 | 不是表格\n", "引文 强调 #1 | 不是表格"),
        ("snake_case and 2 * 3 * 4 = 24, ~tilde~\n", "snake_case and 2 * 3 * 4 = 24, ~tilde~"),
        ("[link **text**](https://x.org) ![img](a.png)\n", "link text"),
    ],
)
@pytest.mark.parametrize("fmt", list(SUMMARY_KEY))
def test_summary_is_the_rendered_text(fmt: Format, body: str, expected: str) -> None:
    assert excerpt(body) == expected
    post = render_note(samples.note(body=body), profile(fmt), OPTIONS)
    front = yaml.safe_load(post.text.split("---\n")[1])
    assert front[SUMMARY_KEY[fmt]] == expected
    item_post = render_item(samples.CHINESE_BOOK, [samples.note(body=body)], profile(fmt), OPTIONS)
    item_front = yaml.safe_load(item_post.text.split("---\n")[1])
    if "summary" not in samples.CHINESE_BOOK.fields:
        assert item_front[SUMMARY_KEY[fmt]] == expected


def test_summary_is_cut_by_characters_of_the_text() -> None:
    body = "<b>" + "长" * 300 + "</b>\n"
    assert excerpt("x " + body, 20) == "x " + "长" * 17 + "…"


def test_html_comments_are_not_text() -> None:
    body = "<!--\n一段注释\n\n还是注释 -->\n\n爷爷生于 1924 年。<!-- x -->\n"
    assert excerpt(body) == "爷爷生于 1924 年。"
