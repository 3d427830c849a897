"""The query language never raises, and says when it fell back to plain words."""

from __future__ import annotations

import pytest

from readinglog.search import query
from tests.timing import cpu_budget

BROKEN = [
    '"unbalanced quote',
    "(a OR b",
    "a)",
    "[x]",
    "{y}",
    "-",
    "- -",
    "title:",
    "kind:",
    "kind:spaceship",
    "NOT NOT a",
    "OR",
    "a OR",
    "OR a",
    "a OR OR b",
    "NOT",
    "year:20x",
    "rating>=9",
    ":",
    '"',
    '""',
    '-""',
    "a:b:c",
    "\x00\x01",
    "😀",
    "AND",
]


@pytest.mark.parametrize("text", BROKEN)
def test_broken_queries_never_raise(text: str) -> None:
    plan = query.parse(text)
    assert isinstance(plan, query.QueryPlan)


@pytest.mark.parametrize("text", ['"unbalanced', "(a OR b", "-", "title:", "NOT NOT a"])
def test_fallback_is_reported(text: str) -> None:
    assert query.parse(text).notice


def test_long_query_is_cut_quickly() -> None:
    with cpu_budget(1.0, "a 25,000-character query"):
        plan = query.parse("经济学 economics " * 1500)  # ~25,000 characters
    assert "cut" in plan.notice


def test_words_phrases_or_and_exclusions() -> None:
    plan = query.parse('经济 "machine learning" a OR b -spam NOT eggs')
    assert not plan.notice
    assert len(plan.must) == 3
    assert len(plan.must[2].alternatives) == 2
    assert len(plan.must_not) == 2
    phrase = plan.must[1].alternatives[0]
    assert len(phrase) == 1 and len(phrase[0].steps) == 2


def test_field_filters_come_from_core_query() -> None:
    plan = query.parse("kind:book tag:经济 status:finished year:2020 author:Harari lang:zh 历史")
    assert [c.field for c in plan.filters] == ["kind", "tag", "status", "year", "author", "lang"]
    assert len(plan.must) == 1


def test_only_filters_is_not_empty() -> None:
    assert not query.parse("tag:x").empty
    assert query.parse("   ").empty
