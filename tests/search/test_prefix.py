"""Prefix mode, the search box's while the user types: the last word may be half-typed, exact
matches still come first, and everything else (the CLI) stays exact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.search import query, sync
from readinglog.search.analysis import Needle, needles
from readinglog.search.index import SearchIndex
from readinglog.search.schema import Match
from readinglog.search.searcher import search
from readinglog.search.spans import match_spans
from readinglog.search.stemming import prefix_keys, stem

EXTRA = [
    ("分税制", "分税制改革之后，地方财政收入减少，但事权没有减少。", []),
    ("Economics", "Notes on economics and the economy of attention.", []),
    ("Data", "I collect data every day, and more data after lunch.", []),
    ("Database", "database database database", ["database"]),
    ("Habits", "Changing habits: running every morning.", []),
]


@pytest.fixture
def more(indexed: Library, index: SearchIndex) -> Iterator[Library]:
    with indexed.sessions.begin() as s:
        for title, body, tags in EXTRA:
            notes.add_note(s, body, title=title, tags=tags)
    sync.drain(indexed, index)
    yield indexed


def found(library: Library, index: SearchIndex, text: str, prefix: bool = True) -> list[str]:
    return [h.title for h in search(library, text, index=index, prefix=prefix).hits]


# -- the analysis and the query --------------------------------------------------------------


def test_a_half_typed_han_word_need_not_end_a_word() -> None:
    (exact,), (opened,) = needles("地方财"), needles("地方财", prefix=True)
    assert exact.steps == opened.steps  # the characters side by side, either way
    assert exact.word[-1] == {"^方财$", "方财$"} and opened.word == exact.word
    assert opened.opening[-1] == {"^方财$", "方财$", "^方财", "方财"}
    assert opened.opening[0] == exact.word[0]
    assert needles("和服", prefix=True)[0].tiers()[:2] == (({"^和服$"},), ({"^和服$", "^和服"},))
    assert needles("学", prefix=True) == needles("学")  # one character: the character field


def test_only_the_needle_at_the_end_is_opened() -> None:
    python, han = needles("Python机器学", prefix=True)
    assert python == needles("python")[0] and han.opening[-1] >= {"器学", "^器学"}
    han, latin = needles("机器学习pyth", prefix=True)
    assert han == needles("机器学习")[0]
    assert latin.prefix == "pyth" and latin.steps == ({"pyth"},)
    assert needles("econom,", prefix=True) == needles("econom,")  # punctuation ends it
    assert needles("changi", prefix=True)[0].steps == ({"changi", "chang"},)


def test_the_snippet_marks_what_the_half_typed_word_begins() -> None:
    text = "分税制改革之后，地方财政收入减少"
    assert match_spans(text, needles("地方财", prefix=True)) == [(8, 11)]
    assert match_spans("Notes on Economics.", needles("econom", prefix=True)) == [(9, 18)]


@pytest.mark.parametrize(
    "text",
    ["地方财", "经济 地方财", "a OR 地方财", "kind:book 地方财", "econom", "learning econ"],
)
def test_the_last_word_is_opened(text: str) -> None:
    plan, exact = query.parse(text, prefix=True), query.parse(text)
    assert plan.must[:-1] == exact.must[:-1] and plan.must[-1] != exact.must[-1]
    as_words = [
        [n.tiers()[0] for alt in p.must[-1].alternatives for n in alt] for p in (plan, exact)
    ]
    assert as_words[0] == as_words[1]  # as typed, the same words
    assert plan.terms != exact.terms  # snippets mark what the open word matches


@pytest.mark.parametrize(
    "text",
    ['"地方财"', "经济 -地方财", "经济 NOT 地方财", "地方财 tag:经济", "地方财 ", "econom\t",
     "经济 学", '"unbalanced 地方财', "c+", "econom,"],
)  # fmt: skip
def test_quoted_excluded_filtered_or_finished_words_stay_exact(text: str) -> None:
    assert query.parse(text, prefix=True) == query.parse(text)


def test_prefix_keys_cover_every_beginning_of_an_inflected_word() -> None:
    """A beginning of three letters or more finds the word's key: the key begins with it
    (left to the term table), or it is the beginning's own key or among its prefix_keys."""
    lemmas = ["change", "run", "study", "library", "stop", "make", "die", "class", "try",
              "economy", "agree", "write", "child", "begin", "plot", "fix", "use"]  # fmt: skip
    words = {w for lemma in lemmas for w in _forms(lemma)} | {"children", "written", "began"}
    for word in words:
        key = stem(word)
        for n in range(3, len(word) + 1):
            start = word[:n]
            assert key.startswith(start) or key in {stem(start), *prefix_keys(start)}, start
    assert prefix_keys("ec") == set()


def _forms(lemma: str) -> set[str]:
    base = lemma[:-1] if lemma.endswith("e") else lemma
    double = lemma + lemma[-1] if lemma in {"run", "stop", "plot", "begin"} else base
    plural = lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "es"
    past = lemma[:-1] + "ied" if lemma.endswith("y") else double + "ed"
    return {lemma, lemma + "s", plural, past, double + "ing", double + "ingly"}


# -- searching ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["地方", "地方财", "地方财政", "地方财政收", "地方财政收入"])
def test_a_half_typed_chinese_word_finds_the_finished_word(
    more: Library, index: SearchIndex, text: str
) -> None:
    assert "分税制" in found(more, index, text)


@pytest.mark.parametrize("text", ["eco", "econ", "econo", "econom", "economi", "economics"])
def test_a_half_typed_english_word_finds_the_finished_word(
    more: Library, index: SearchIndex, text: str
) -> None:
    assert found(more, index, text) == ["Economics"]


@pytest.mark.parametrize("text", ["chang", "changi", "changin", "runn", "runnin"])
def test_a_word_half_typed_past_its_key_is_found(
    more: Library, index: SearchIndex, text: str
) -> None:
    assert found(more, index, text) == ["Habits"]


def test_exact_mode_is_unchanged(more: Library, index: SearchIndex) -> None:
    """The CLI's documented behaviour: a query asks for whole words; what it finds inside
    other words (an English word's beginning, Chinese characters across a boundary) comes
    after them, labelled."""
    for text, title in (("econom", "Economics"), ("changi", "Habits"), ("地方财", "分税制"),
                        ("地方财政收", "分税制")):  # fmt: skip
        hits = search(more, text, index=index).hits
        assert [(h.title, h.match) for h in hits] == [(title, Match.CHARACTERS)]
    assert found(more, index, "和服", prefix=False) == ["和服", "服务"]  # 服务: characters
    hits = search(more, "data", index=index).hits
    assert [(h.title, h.match) for h in hits] == [
        ("Data", Match.WORD),
        ("Database", Match.CHARACTERS),
    ]


def test_exact_matches_rank_first(more: Library, index: SearchIndex) -> None:
    assert found(more, index, "和服") == ["和服", "服务"]  # 和服 (kimono), then 和服务
    result = search(more, "data", index=index, prefix=True)
    assert [h.title for h in result.hits] == ["Data", "Database"]
    data, database = result.hits
    assert database.score > data.score  # a better match of the prefix, still after the word
    assert result.total == 2


def test_a_trailing_space_finishes_the_word(more: Library, index: SearchIndex) -> None:
    for text in ("econom ", "地方财 "):
        hits = search(more, text, index=index, prefix=True).hits
        assert [h.match for h in hits] == [Match.CHARACTERS]
    hits = search(more, "和服 ", index=index, prefix=True).hits
    assert [(h.title, h.match) for h in hits] == [("和服", Match.WORD), ("服务", Match.CHARACTERS)]


def test_excluded_quoted_and_earlier_words_are_not_opened(
    more: Library, index: SearchIndex
) -> None:
    hits = search(more, '"地方财"', index=index, prefix=True).hits
    assert [h.match for h in hits] == [Match.CHARACTERS]
    hits = search(more, "econom economics", index=index, prefix=True).hits
    assert [h.match for h in hits] == [Match.CHARACTERS]  # only the last word is open
    assert found(more, index, "economics econom") == ["Economics"]
    assert "Database" in found(more, index, "database -data")  # -data is not -data*
    assert found(more, index, "data -databas") == ["Data", "Database"]  # not -databas*


def test_snippets_mark_the_prefix_matches(more: Library, index: SearchIndex) -> None:
    hits = search(more, "地方财", index=index, prefix=True).hits
    assert "<b>地方财</b>政收入" in hits[0].snippet
    hits = search(more, "econom", index=index, prefix=True).hits
    assert "<b>economics</b>" in hits[0].snippet and "<b>economy</b>" in hits[0].snippet


def test_one_character_queries_stay_newest_first(more: Library, index: SearchIndex) -> None:
    assert found(more, index, "学") == found(more, index, "学", prefix=False)


def test_open_needles_are_needles() -> None:
    """Needle.takes: a step's terms, and for the last step of a half-typed Latin word any term
    that begins with it."""
    needle = Needle(steps=(frozenset({"a"}), frozenset({"econom"})), prefix="econom")
    assert needle.takes(1, "economic") and needle.takes(1, "econom")
    assert not needle.takes(0, "economic") and needle.takes(0, "a")
