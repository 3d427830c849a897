"""A goal's progress and pace: what is done, where an even pace would be, and how it is said."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from readinglog.core import activity, goals, services
from readinglog.core.goals import Goal, GoalMetric
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats import goals as progress_of
from readinglog.stats.figures import DaysToFinish, Figures, Period, Streak, Totals
from readinglog.stats.goals import GoalProgress, elapsed, measure, progress_from

F, P, H, N, W = (GoalMetric.FINISHED, GoalMetric.PAGES, GoalMetric.HOURS, GoalMetric.NOTES,
                 GoalMetric.WORDS)  # fmt: skip
MID_2026 = dt.date(2026, 7, 2)  # day 183 of 365


def _figures(year: int, totals: Totals) -> Figures:
    return Figures(
        period=Period.year(year), kind=None, totals=totals, by_language={}, ratings={},
        top_tags=(), top_authors=(), top_shows=(), top_platforms=(),
        days_to_finish=DaysToFinish(), longest_streak=Streak(), calendar={},
        undated_sessions=0, by_month=(), finished_entries=(),
    )  # fmt: skip


def _books(target: float, done: float, today: dt.date = MID_2026) -> GoalProgress:
    return measure(Goal(2026, F, ItemKind.BOOK, target), done, today)


def test_the_share_of_the_year_counts_today_as_gone() -> None:
    assert elapsed(2026, dt.date(2026, 1, 1)) == pytest.approx(1 / 365)
    assert elapsed(2026, MID_2026) == pytest.approx(183 / 365)
    assert elapsed(2026, dt.date(2026, 12, 31)) == 1.0
    assert elapsed(2024, dt.date(2024, 12, 30)) == pytest.approx(365 / 366)  # a leap year
    assert elapsed(2025, MID_2026) == 1.0  # past: the whole target is due
    assert elapsed(2027, MID_2026) == 0.0  # future: nothing is due yet


@pytest.mark.parametrize(
    ("done", "status", "en", "zh"),
    [
        (17, "behind", "3 books behind schedule", "落后计划 3 本"),
        (19, "behind", "1 book behind schedule", "落后计划 1 本"),
        (20, "on track", "on track", "进度正常"),
        (22, "ahead", "2 books ahead", "领先 2 本"),
        (40, "done", "done", "已完成"),
        (41, "done", "done", "已完成"),
    ],
)
def test_forty_books_at_mid_year(done: float, status: str, en: str, zh: str) -> None:
    progress = _books(40, done)
    assert progress.expected == pytest.approx(40 * 183 / 365)  # 20.05
    assert progress.difference == pytest.approx(done - 40 * 183 / 365)
    assert (progress.status, progress.text("en"), progress.text("zh")) == (status, en, zh)


@pytest.mark.parametrize(
    ("done", "status", "en"),
    [
        (9.51, "on track", "on track"),
        (10.49, "on track", "on track"),
        (9.5, "behind", "1 hour behind schedule"),  # half a unit rounds up, not to even
        (10.5, "ahead", "1 hour ahead"),
        (7.5, "behind", "3 hours behind schedule"),
    ],
)
def test_on_track_is_within_half_a_unit_of_the_pace(done: float, status: str, en: str) -> None:
    # 365 hours: 10 due by the end of 10 January
    progress = measure(Goal(2026, H, None, 365), done, dt.date(2026, 1, 10))
    assert progress.expected == pytest.approx(10)
    assert (progress.status, progress.text("en")) == (status, en)


@pytest.mark.parametrize(
    ("metric", "kind", "en", "zh"),
    [
        (F, ItemKind.EPISODE, "5 episodes behind schedule", "落后计划 5 集"),
        (F, ItemKind.COURSE, "5 courses behind schedule", "落后计划 5 门"),
        (F, None, "5 entries behind schedule", "落后计划 5 部"),
        (P, None, "5 pages behind schedule", "落后计划 5 页"),
        (H, ItemKind.VIDEO, "5 hours behind schedule", "落后计划 5 小时"),
        (N, None, "5 notes behind schedule", "落后计划 5 篇"),
        (W, None, "5 words behind schedule", "落后计划 5 字"),
    ],
)
def test_each_goal_speaks_its_unit(
    metric: GoalMetric, kind: ItemKind | None, en: str, zh: str
) -> None:
    progress = measure(Goal(2026, metric, kind, 365), 5, dt.date(2026, 1, 10))
    assert (progress.text("en"), progress.text("zh")) == (en, zh)


def test_past_and_future_years() -> None:
    past = measure(Goal(2025, F, ItemKind.BOOK, 40), 31, MID_2026)
    assert (past.expected, past.status, past.text()) == (40, "missed", "9 books short")
    assert past.text("zh") == "差 9 本"
    future = measure(Goal(2027, F, ItemKind.BOOK, 40), 0, MID_2026)
    assert (future.expected, future.status) == (0, "on track")
    assert measure(Goal(2027, F, ItemKind.BOOK, 40), 2, MID_2026).text() == "2 books ahead"


def test_large_numbers_are_grouped() -> None:
    progress = measure(Goal(2026, W, None, 365_000), 0, dt.date(2026, 1, 10))
    assert progress.text() == "10,000 words behind schedule"
    assert progress.summary() == "0 of 365,000 words (0%): 10,000 words behind schedule"
    assert progress.summary("zh") == "0 / 365,000 字（0%）：落后计划 10,000 字"


def test_a_goal_not_reached_never_shows_100_percent() -> None:
    almost = measure(Goal(2025, H, None, 40), 39.9, MID_2026)
    assert almost.summary() == "39.9 of 40 hours (99%): 1 hour short"
    reached = measure(Goal(2025, H, None, 40), 40, MID_2026)
    assert reached.summary("zh") == "40 / 40 小时（100%）：已完成"


def test_what_each_goal_reads_from_the_figures() -> None:
    totals = Totals(
        finished={ItemKind.BOOK: 3, ItemKind.EPISODE: 7},
        pages=1234,
        minutes=600,
        minutes_by_kind={ItemKind.EPISODE: 420, ItemKind.COURSE: 180},
        notes=9,
        words=4321,
    )
    wanted = [
        (Goal(2026, F, None, 100), 10),
        (Goal(2026, F, ItemKind.BOOK, 100), 3),
        (Goal(2026, F, ItemKind.COURSE, 100), 0),
        (Goal(2026, P, None, 10_000), 1234),
        (Goal(2026, H, None, 100), 10),
        (Goal(2026, H, ItemKind.EPISODE, 100), 7),
        (Goal(2026, H, ItemKind.COURSE, 100), 3),
        (Goal(2026, N, None, 100), 9),
        (Goal(2026, W, None, 10_000), 4321),
    ]
    got = progress_from([g for g, _ in wanted], _figures(2026, totals), today=MID_2026)
    assert [(p.goal, p.done) for p in got] == wanted


def test_to_json() -> None:
    assert _books(40, 17).to_json() == {
        "year": 2026, "metric": "finished", "kind": "book", "target": 40, "unit": "books",
        "done": 17, "expected": 20.05, "difference": -3.05, "status": "behind",
        "text": "3 books behind schedule",
    }  # fmt: skip
    assert json.dumps(_books(40, 17.0).to_json()["done"]) == "17"  # a count, not 17.0


def test_progress_from_the_library(library: Library) -> None:
    """Through the core services: finished books and pages in 2024, one in 2023."""
    with library.sessions.begin() as s:
        ids = []
        for title, count in (("三体", 300), ("Dune", 400), ("活着", 200)):
            changes = services.add_item(s, ItemKind.BOOK, title, field_values={"pages": count})
            assert changes.created is not None
            ids.append(changes.created)
        activity.log_event(s, ids[0], EventKind.STARTED, dt.date(2024, 1, 5))
        activity.log_event(s, ids[0], EventKind.FINISHED, dt.date(2024, 2, 1))
        activity.log_event(s, ids[1], EventKind.STARTED, dt.date(2024, 3, 1))
        activity.log_event(
            s, ids[1], EventKind.PROGRESS, dt.date(2024, 3, 2), value=50, unit=ProgressUnit.PAGES
        )
        activity.log_event(s, ids[2], EventKind.FINISHED, dt.date(2023, 12, 31))
        goals.set_goal(s, 2024, F, 4, kind=ItemKind.BOOK)
        goals.set_goal(s, 2024, P, 1000)
        goals.set_goal(s, 2023, F, 1, kind=ItemKind.BOOK)
    with library.sessions() as s:
        this_year = progress_of.progress(s, 2024, today=dt.date(2024, 12, 31))
        last_year = progress_of.progress(s, 2023, today=dt.date(2024, 12, 31))
        assert progress_of.progress(s, 2025, today=dt.date(2024, 12, 31)) == []
    books, pages = this_year
    assert (books.done, books.status, books.text()) == (1, "behind", "3 books behind schedule")
    assert (pages.done, pages.status, pages.text("zh")) == (350, "behind", "落后计划 650 页")
    [only] = last_year
    assert (only.done, only.status) == (1, "done")
