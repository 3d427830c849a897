"""The filter language: every field, quoting, negation, ranges, and one clear error each."""

from __future__ import annotations

import datetime as dt

import pytest

from readinglog.core.errors import InvalidInput
from readinglog.core.query import Condition, DateRange, Filter, parse_filter
from readinglog.core.types import ItemKind, Lang, Status

D = dt.date


def one(text: str) -> Condition:
    flt = parse_filter(text)
    assert flt.words == ()
    assert len(flt.conditions) == 1
    return flt.conditions[0]


def test_the_example_from_the_brief() -> None:
    flt = parse_filter(
        "kind:book status:finished tag:economics year:2020 rating>=4 author:Harari lang:zh "
        '"free text" -tag:fiction finished:2020-03 started:2019..2020 added:2024'
    )
    assert flt.words == ("free text",)
    assert flt.conditions == (
        Condition("kind", ":", ItemKind.BOOK),
        Condition("status", ":", Status.FINISHED),
        Condition("tag", ":", "economics"),
        Condition("year", ":", DateRange(D(2020, 1, 1), D(2020, 12, 31))),
        Condition("rating", ">=", 4.0),
        Condition("author", ":", "Harari"),
        Condition("lang", ":", Lang.ZH),
        Condition("tag", ":", "fiction", negated=True),
        Condition("finished", ":", DateRange(D(2020, 3, 1), D(2020, 3, 31))),
        Condition("started", ":", DateRange(D(2019, 1, 1), D(2020, 12, 31))),
        Condition("added", ":", DateRange(D(2024, 1, 1), D(2024, 12, 31))),
    )


def test_empty_filter_is_falsy() -> None:
    assert parse_filter("") == Filter()
    assert parse_filter("   ") == Filter()
    assert parse_filter([]) == Filter()
    assert not parse_filter("")
    assert parse_filter("x")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kind:book", ItemKind.BOOK),
        ("kind:podcast", ItemKind.PODCAST),
        ("kind:show", ItemKind.PODCAST),
        ("kind:episode", ItemKind.EPISODE),
        ("kind:course", ItemKind.COURSE),
        ("kind:series", ItemKind.SERIES),
        ("kind:video", ItemKind.VIDEO),
        ("kind:talk", ItemKind.VIDEO),
        ("kind:article", ItemKind.ARTICLE),
        ("KIND:Book", ItemKind.BOOK),
    ],
)
def test_kinds_and_aliases(text: str, kind: ItemKind) -> None:
    assert one(text) == Condition("kind", ":", kind)


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("want", Status.WANT),
        ("in-progress", Status.IN_PROGRESS),
        ("in_progress", Status.IN_PROGRESS),
        ("finished", Status.FINISHED),
        ("abandoned", Status.ABANDONED),
        ("paused", Status.PAUSED),
        ("reading", Status.IN_PROGRESS),
        ("listening", Status.IN_PROGRESS),
        ("watching", Status.IN_PROGRESS),
        ("current", Status.IN_PROGRESS),
        ("to-read", Status.WANT),
        ("DNF", Status.ABANDONED),
    ],
)
def test_statuses_and_aliases(word: str, status: Status) -> None:
    assert one(f"status:{word}") == Condition("status", ":", status)


def test_text_fields_keep_their_value_as_typed() -> None:
    assert one("tag:经济学") == Condition("tag", ":", "经济学")
    assert one("title:Sapiens") == Condition("title", ":", "Sapiens")
    assert one("author:赫拉利") == Condition("author", ":", "赫拉利")
    assert one("person:Harari") == Condition("author", ":", "Harari")
    assert one("BY:Harari") == Condition("author", ":", "Harari")
    assert one("text:money") == Condition("text", ":", "money")


def test_lang_has_is_item_isbn() -> None:
    assert one("lang:en") == Condition("lang", ":", Lang.EN)
    assert one("lang:Mixed") == Condition("lang", ":", Lang.MIXED)
    assert one("has:notes") == Condition("has", ":", "notes")
    assert one("has:parent") == Condition("has", ":", "parent")
    assert one("is:standalone") == Condition("is", ":", "standalone")
    assert one("item:12") == Condition("item", ":", 12)
    assert one("item:１２") == Condition("item", ":", 12)  # full-width digits from a CJK IME
    # ISBN-10 and hyphenated forms become the ISBN-13 that entries store.
    assert one("isbn:0-06-231609-5") == Condition("isbn", ":", "9780062316097")
    assert one("isbn:978-0062316097") == Condition("isbn", ":", "9780062316097")


@pytest.mark.parametrize(
    ("text", "op", "value"),
    [
        ("rating:4", ":", 4.0),
        ("rating=4.5", "=", 4.5),
        ("rating>3", ">", 3.0),
        ("rating>=4", ">=", 4.0),
        ("rating<2", "<", 2.0),
        ("rating<=2.75", "<=", 2.75),
        ("rating:>=4", ">=", 4.0),  # GitHub-style colon before the comparison
        ("rating：>=4", ">=", 4.0),
    ],
)
def test_rating_comparisons(text: str, op: str, value: float) -> None:
    assert one(text) == Condition("rating", op, value)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("finished:2020", D(2020, 1, 1), D(2020, 12, 31)),
        ("finished:2020-02", D(2020, 2, 1), D(2020, 2, 29)),
        ("finished:2021-2", D(2021, 2, 1), D(2021, 2, 28)),
        ("finished:2020-03-15", D(2020, 3, 15), D(2020, 3, 15)),
        ("started:2019..2020", D(2019, 1, 1), D(2020, 12, 31)),
        ("started:2019-06..2020-02-10", D(2019, 6, 1), D(2020, 2, 10)),
        ("added:2024..", D(2024, 1, 1), None),
        ("updated:..2023-05", None, D(2023, 5, 31)),
        ("finished>2020", D(2021, 1, 1), None),
        ("finished>=2020-03", D(2020, 3, 1), None),
        ("finished<2020-03", None, D(2020, 2, 29)),
        ("finished<=2020-03", None, D(2020, 3, 31)),
        ("finished=2020-03", D(2020, 3, 1), D(2020, 3, 31)),
        ("year:2020", D(2020, 1, 1), D(2020, 12, 31)),
        ("year:2019..2021", D(2019, 1, 1), D(2021, 12, 31)),
        ("year>=2020", D(2020, 1, 1), None),
        ("year<2020", None, D(2019, 12, 31)),
        ("year:２０２０", D(2020, 1, 1), D(2020, 12, 31)),
    ],
)
def test_dates_become_inclusive_ranges(text: str, start: D | None, end: D | None) -> None:
    cond = one(text)
    assert cond.op == ":"
    assert cond.value == DateRange(start, end)


def test_date_range_contains() -> None:
    march = DateRange(D(2020, 3, 1), D(2020, 3, 31))
    assert D(2020, 3, 31) in march
    assert D(2020, 4, 1) not in march
    assert D(1999, 1, 1) in DateRange(None, D(2000, 1, 1))
    assert "2020-03-02" not in march


def test_quoting() -> None:
    flt = parse_filter('tag:"science fiction" "free text" plain “中文 短语” tag:“历史 学”')
    assert flt.conditions == (
        Condition("tag", ":", "science fiction"),
        Condition("tag", ":", "历史 学"),
    )
    assert flt.words == ("free text", "plain", "中文 短语")


def test_quoted_operators_are_text() -> None:
    flt = parse_filter('"rating>=4" "foo:bar"')
    assert flt.conditions == ()
    assert flt.words == ("rating>=4", "foo:bar")


def test_unclosed_quote_runs_to_the_end() -> None:
    assert parse_filter('tag:"science fiction').conditions == (
        Condition("tag", ":", "science fiction"),
    )


def test_negation() -> None:
    flt = parse_filter('-tag:fiction -status:dnf -"boring phrase" -word - -rating>=4')
    assert flt.conditions == (
        Condition("tag", ":", "fiction", negated=True),
        Condition("status", ":", Status.ABANDONED, negated=True),
        Condition("text", ":", "boring phrase", negated=True),
        Condition("text", ":", "word", negated=True),
        Condition("rating", ">=", 4.0, negated=True),
    )
    assert flt.words == ("-",)


def test_full_width_colon() -> None:
    assert parse_filter("tag：经济学 kind：book") == Filter(
        (Condition("tag", ":", "经济学"), Condition("kind", ":", ItemKind.BOOK)), ()
    )


def test_colons_after_non_field_words_are_text() -> None:
    # Only ASCII letters make a field name: times and Chinese sentences stay free text.
    flt = parse_filter("10:30 注意：这里 sapiens")
    assert flt.conditions == ()
    assert flt.words == ("10:30", "注意：这里", "sapiens")


def test_words_keep_their_order() -> None:
    assert parse_filter('人类 "a b" c kind:book d').words == ("人类", "a b", "c", "d")


def test_argv_words_are_one_token_each() -> None:
    flt = parse_filter(["kind:book", "tag:science fiction", "free text", "-tag:x", "人类简史"])
    assert flt.conditions == (
        Condition("kind", ":", ItemKind.BOOK),
        Condition("tag", ":", "science fiction"),
        Condition("tag", ":", "x", negated=True),
    )
    assert flt.words == ("free text", "人类简史")


def test_argv_word_with_quotes_left_in() -> None:
    assert parse_filter(['tag:"science fiction"']).conditions == (
        Condition("tag", ":", "science fiction"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("rating>=abc", ["rating>=abc", "'abc'", "0 to 5"]),
        ("rating:7", ["'7'", "0 to 5"]),
        ("rating>nan", ["'nan'", "0 to 5"]),
        ("year:20x0", ["year:20x0", "'20x0'", "YYYY"]),
        ("year:2020-03", ["'2020-03'", "is not a year"]),
        ("finished:2020-13", ["finished:2020-13", "'2020-13'", "YYYY-MM-DD"]),
        ("finished:2021-02-29", ["'2021-02-29'", "not a date"]),
        ("started:20-01", ["'20-01'", "not a date"]),
        ("added:yesterday", ["'yesterday'", "not a date"]),
        ("finished:2021..2020", ["'2021..2020'", "ends before it starts"]),
        ("finished:..", ["'..'", "empty range"]),
        ("finished>2019..2020", ["a range takes ':'"]),
        ("kind:foo", ["kind:foo", "'foo'", "book", "podcast", "article"]),
        ("status:done", ["'done'", "want", "in-progress", "abandoned"]),
        ("lang:fr", ["'fr'", "zh", "en", "mixed"]),
        ("has:cats", ["'cats'", "notes", "parent"]),
        ("is:lonely", ["'lonely'", "standalone"]),
        ("item:abc", ["'abc'", "entry id"]),
        ("item:0", ["'0'", "entry id"]),
        ("isbn:123", ["'123'", "ISBN"]),
        ("foo:bar", ["foo:bar", "'foo'", "not a filter field", "kind", "tag", "quotes"]),
        ("http://example.com", ["'http'", "not a filter field"]),
        ("tag:", ["tag", "needs a value"]),
        ('tag:""', ["tag", "needs a value"]),
        ("tag>3", ["tag>3", "tag takes ':'"]),
        ("kind>=book", ["kind takes ':'"]),
    ],
)
def test_errors_name_the_bad_part(text: str, names: list[str]) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_filter(f"kind:book {text} tag:ok")
    message = str(info.value)
    for name in names:
        assert name in message
    assert "\n" not in message
    assert "Traceback" not in message


def test_error_from_argv_word() -> None:
    with pytest.raises(InvalidInput, match="'20x0' is not a year"):
        parse_filter(["kind:book", "year:20x0"])
