from __future__ import annotations

import datetime as dt
import tomllib

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from readinglog.export.frontmatter import fenced, rfc3339, to_toml, to_yaml, yaml_string

CST = dt.timezone(dt.timedelta(hours=8))

NASTY = [
    "Re: a reply",
    "Title # not a comment",
    "C# in depth",
    'He said "hi"',
    "it's",
    "@mention",
    "*bold*",
    "&anchor",
    "!tag",
    "%directive",
    "`code`",
    "|pipe",
    ">folded",
    "- dash",
    "? question",
    "[list]",
    "{map}",
    "yes",
    "No",
    "NULL",
    "~",
    "on",
    "y",
    "true",
    "123",
    "0x1F",
    "1e3",
    "1_000",
    "12:30",
    "2024-01-01",
    ".inf",
    "-.5",
    "读《人类简史》有感：第一章",
    "“引号”与「书名」",
    "line one\nline two",
    "tab\there",
    " leading space",
    "trailing space ",
    "",
    "emoji 📚 ok",
    "nbsp\xa0here",
    "bom\ufeffhere",
    "ls\u2028ps\u2029nel\x85",
    "nul\x00bell\x07",
    "back\\slash",
]


@pytest.mark.parametrize("title", NASTY)
def test_nasty_titles_read_back_exactly(title: str) -> None:
    text = to_yaml({"title": title})
    assert yaml.safe_load(text) == {"title": title}
    assert "\n" not in text.rstrip("\n")


def test_simple_strings_stay_plain() -> None:
    assert yaml_string("reading") == "reading"
    assert yaml_string("Deep Work") == "Deep Work"
    assert yaml_string("读书笔记") == "读书笔记"
    assert yaml_string("yes") == '"yes"'
    assert yaml_string("Re: x") == '"Re: x"'


def test_empty_values_are_left_out_never_null() -> None:
    text = to_yaml({"title": "x", "tags": [], "summary": None, "params": {"a": None, "b": []}})
    assert text == "title: x\n"
    assert "null" not in text


def test_lists_mappings_and_types() -> None:
    when = dt.datetime(2024, 5, 1, 18, 30, 15, 123456, tzinfo=CST)
    data = {
        "title": "读书",
        "date": when,
        "draft": True,
        "tags": ["历史", "yes", "C#"],
        "params": {"readinglog": {"rating": 4.5, "year": 2011, "isbn": "9780062316097"}},
        "finished": dt.date(2024, 4, 30),
    }
    text = to_yaml(data)
    assert text == (
        "title: 读书\n"
        "date: 2024-05-01T18:30:15+08:00\n"
        "draft: true\n"
        "tags:\n"
        "  - 历史\n"
        '  - "yes"\n'
        '  - "C#"\n'
        "params:\n"
        "  readinglog:\n"
        "    rating: 4.5\n"
        "    year: 2011\n"
        '    isbn: "9780062316097"\n'
        "finished: 2024-04-30\n"
    )
    loaded = yaml.safe_load(text)
    assert loaded["date"] == when.replace(microsecond=0)
    assert loaded["params"]["readinglog"]["isbn"] == "9780062316097"
    assert loaded["finished"] == dt.date(2024, 4, 30)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        rfc3339(dt.datetime(2024, 1, 1))


def test_toml_round_trip_and_fences() -> None:
    when = dt.datetime(2024, 5, 1, 18, 30, tzinfo=CST)
    data = {"title": 'Re: "x" #1', "date": when, "tags": [], "params": {"readinglog": {"a": 1}}}
    text = to_toml(data)
    assert tomllib.loads(text) == {
        "title": 'Re: "x" #1',
        "date": when,
        "params": {"readinglog": {"a": 1}},
    }
    assert fenced(data, toml=True).startswith("+++\n") and fenced(data).startswith("---\n")
    assert fenced({"tags": []}) == ""


scalars = st.one_of(
    st.text(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False),
    st.sampled_from([1e16, 1e-07, 5e-324, -0.0, 3.0]),
    st.booleans(),
    st.dates(),
)
keys = st.text(min_size=1)
NO_SURROGATES = st.characters(exclude_categories=["Cs"])


@settings(max_examples=300, deadline=None)
@given(
    title=st.text(),
    tags=st.lists(st.text(), max_size=5),
    extra=st.dictionaries(keys, scalars, max_size=4),
)
def test_any_text_reads_back_from_yaml(
    title: str, tags: list[str], extra: dict[str, object]
) -> None:
    data: dict[str, object] = {"title": title, "tags": tags, "params": {"readinglog": extra}}
    loaded = yaml.safe_load(to_yaml(data))  # type: ignore[arg-type]
    expected: dict[str, object] = {"title": title}
    if tags:
        expected["tags"] = tags
    if extra:
        expected["params"] = {"readinglog": extra}
    assert loaded == expected


@settings(max_examples=200, deadline=None)
@given(
    title=st.text(alphabet=NO_SURROGATES),
    tags=st.lists(st.text(alphabet=NO_SURROGATES), max_size=5),
    when=st.datetimes(timezones=st.sampled_from([dt.UTC, CST])),
)
def test_any_text_reads_back_from_toml(title: str, tags: list[str], when: dt.datetime) -> None:
    data = {"title": title, "tags": tags, "date": when}
    loaded = tomllib.loads(to_toml(data))
    assert loaded["title"] == title
    assert loaded.get("tags", []) == tags
    assert loaded["date"] == when.replace(microsecond=0)
