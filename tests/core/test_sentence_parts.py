"""Words that go into core's sentences as values travel as ``Message``s, so the window can
translate them, and they say the same English as before (the CLI and the log see no change)."""

from __future__ import annotations

import pytest

from readinglog.core import fields, filters_sql, goals, places, query
from readinglog.core.errors import InvalidInput, Message, UserError
from readinglog.core.goals import GoalMetric
from readinglog.core.types import ItemKind


def test_a_kind_said_is_its_label() -> None:
    for kind in ItemKind:
        assert isinstance(kind.said, Message) and str(kind.said) == kind.label


@pytest.mark.parametrize("metric", list(GoalMetric))
@pytest.mark.parametrize("kind", [None, *ItemKind])
def test_a_goal_said_is_its_name(metric: GoalMetric, kind: ItemKind | None) -> None:
    if kind is not None and metric not in goals.KIND_METRICS:
        return
    said = goals.goal_said(metric, kind)
    assert isinstance(said, Message) and str(said) == goals.goal_name(metric, kind)


def _raised(call: object) -> UserError:
    assert callable(call)
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def _words_of(error: UserError) -> list[object]:
    """The values of the sentence that are English words rather than what the user typed."""
    return [v for v in error.said.values.values() if isinstance(v, (Message, UserError))]


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: query.parse_filter("kind:bogus"), "is not a kind"),
        (lambda: query.parse_filter("status:bogus"), "is not a status"),
        (lambda: query.parse_filter("lang:xx"), "is not a note language"),
        (lambda: query.parse_filter("is:bogus"), "is not an is: value"),
        (lambda: places.parse_location("p. 3, p. 4"), "names the page twice"),
        (lambda: places.parse_location("loc 3 loc 4"), "names the location twice"),
        (lambda: fields.check_applies(ItemKind.EPISODE, "isbn"), "to a podcast episode"),
        (
            lambda: goals._check(2026, GoalMetric.HOURS, -1, ItemKind.EPISODE),
            "the hours of episodes goal",
        ),
        (
            lambda: filters_sql.item_where(query.parse_filter("lang:zh")),
            "filters notes only, not entries",
        ),
    ],
)
def test_english_words_in_a_sentence_are_messages(call: object, english: str) -> None:
    error = _raised(call)
    assert english in error.message
    assert _words_of(error), f"{error.message!r} carries its words as plain strings"


def test_a_reason_passed_on_is_the_error_itself() -> None:
    error = _raised(lambda: query.parse_filter("rating>=9"))
    assert error.message == "'rating>=9': '9' is not a rating; use a number from 0 to 5"
    (reason,) = _words_of(error)
    assert isinstance(reason, InvalidInput)
