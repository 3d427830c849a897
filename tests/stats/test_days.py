"""Notes on their local day, words, the activity calendar, streaks, active entries, years."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.compute import active_entries, figures, years_with_activity
from readinglog.stats.figures import Period, Streak
from tests.stats.helpers import D, add, book, log, note_at, read

UTC = dt.UTC


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone is UTC+8 for the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_note_counts_on_its_local_day(library: Library, shanghai: None) -> None:
    with library.sessions.begin() as s:
        # 20:00 UTC on New Year's Eve is 04:00 on New Year's Day in Shanghai.
        note_at(s, "new year 新年", dt.datetime(2023, 12, 31, 20, tzinfo=UTC))
        note_at(s, "last day", dt.datetime(2023, 12, 31, 15, 59, tzinfo=UTC))
    with library.sessions() as s:
        old, new = figures(s, Period.year(2023)), figures(s, Period.year(2024))
        assert years_with_activity(s) == [2024, 2023]
    assert (old.totals.notes, old.totals.words) == (1, 2)
    assert (new.totals.notes, new.totals.words) == (1, 4)  # new year 新 年
    assert list(new.calendar) == [D(2024, 1, 1)]
    assert list(old.calendar) == [D(2023, 12, 31)]
    assert new.by_month[0].totals.notes == 1


def test_words_are_counted_as_the_note_list_counts_them(library: Library) -> None:
    body = (
        "深度学习 is fun.\n\n```python\nignored code here\n```\n"
        "See [the paper](https://example.com/not-counted) 和 `inline code`."
    )
    # 深 度 学 习 + is fun + See the paper + 和 = 4 + 2 + 3 + 1
    with library.sessions.begin() as s:
        note_at(s, body, dt.datetime(2024, 5, 5, 12, tzinfo=UTC))
    with library.sessions() as s:
        assert figures(s, Period.year(2024)).totals.words == 10


def test_notes_by_language_and_entries_by_language_code(library: Library) -> None:
    at = dt.datetime(2024, 3, 3, 12, tzinfo=UTC)
    with library.sessions.begin() as s:
        note_at(s, "这是一条中文笔记", at)  # 8 words
        note_at(s, "An English note here", at)  # 4 words
        note_at(s, "Mixed 中英 notes are 混合 and fun", at)  # mixed
        for language, title in [("zh-CN", "a"), ("zh", "b"), ("en-GB", "c"), ("fr", "d")]:
            read(s, book(s, title, language=language), None, D(2024, 3, 1))
        read(s, book(s, "no language"), None, D(2024, 3, 2))
    with library.sessions() as s:
        langs = figures(s, Period.year(2024)).by_language
    assert {code: f.titles for code, f in langs.items()} == {
        "zh": 2,
        "en": 1,
        "mixed": 0,
        "other": 1,
        "und": 1,
    }
    assert (langs["zh"].notes, langs["zh"].words) == (1, 8)
    assert (langs["en"].notes, langs["en"].words) == (1, 4)
    assert langs["mixed"].notes == 1


def test_calendar_counts_activities_and_the_longest_streak(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Streak", pages=500)
        log(s, item, EventKind.STARTED, D(2024, 3, 1))
        for day in (2, 3, 4):
            log(s, item, EventKind.PROGRESS, D(2024, 3, day), day * 10, ProgressUnit.PAGES)
        log(s, item, EventKind.PAUSED, D(2024, 3, 20))
        other = book(s, "Other")
        read(s, other, D(2024, 3, 4), D(2024, 3, 10))
        read(s, book(s, "Later"), D(2024, 4, 9), D(2024, 4, 10))
        note_at(s, "a note", dt.datetime(2024, 4, 11, 12, tzinfo=UTC))
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        april = figures(s, Period.month(2024, 4))
        # From start to end, end excluded (as a Period): a day is (day, next day).
        assert active_entries(s, D(2024, 3, 4), D(2024, 3, 5)) == [item, other]
        assert active_entries(s, D(2024, 3, 10), D(2024, 3, 21)) == [other, item]
        assert active_entries(s, D(2024, 3, 10), D(2024, 3, 20)) == [other]
        assert active_entries(s, D(2024, 3, 5), D(2024, 3, 10)) == []
    assert year.calendar == {
        D(2024, 3, 1): 1,
        D(2024, 3, 2): 1,
        D(2024, 3, 3): 1,
        D(2024, 3, 4): 2,
        D(2024, 3, 10): 1,
        D(2024, 3, 20): 1,
        D(2024, 4, 9): 1,
        D(2024, 4, 10): 1,
        D(2024, 4, 11): 1,
    }
    assert year.totals.active_days == 9
    assert year.longest_streak == Streak(4, D(2024, 3, 1), D(2024, 3, 4))
    assert april.longest_streak == Streak(3, D(2024, 4, 9), D(2024, 4, 11))
    assert [m.totals.active_days for m in year.by_month][2:4] == [6, 3]


def test_a_streak_is_cut_at_the_period_edge(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Edge", pages=900)
        log(s, item, EventKind.STARTED, D(2023, 12, 29))
        for n, day in enumerate([D(2023, 12, 30), D(2023, 12, 31), D(2024, 1, 1)]):
            log(s, item, EventKind.PROGRESS, day, 10 * (n + 1), ProgressUnit.PAGES)
    with library.sessions() as s:
        assert figures(s, Period.year(2023)).longest_streak.days == 3
        assert figures(s, Period.year(2024)).longest_streak.days == 1
        assert figures(s, Period.all_time()).longest_streak.days == 4


def test_active_entries_of_a_kind_include_notes_written_about_them(library: Library) -> None:
    with library.sessions.begin() as s:
        episode_show = add(s, ItemKind.PODCAST, "Show")
        episode = add(s, ItemKind.EPISODE, "Ep", parent_id=episode_show)
        novel = book(s, "Novel")
        note_at(s, "about both", dt.datetime(2024, 2, 2, 12, tzinfo=UTC), [novel, episode])
    with library.sessions() as s:
        assert active_entries(s, D(2024, 2, 2), D(2024, 2, 3)) == [episode, novel]
        assert active_entries(s, D(2024, 2, 2), D(2024, 2, 3), ItemKind.BOOK) == [novel]
        assert active_entries(s, D(2024, 2, 3), D(2024, 2, 4)) == []
        assert active_entries(s, D(2024, 1, 1), D(2024, 2, 2)) == []


def test_kind_restricts_notes_to_those_about_an_entry_of_that_kind(library: Library) -> None:
    at = dt.datetime(2024, 2, 2, 12, tzinfo=UTC)
    with library.sessions.begin() as s:
        novel = book(s, "Novel")
        video = add(s, ItemKind.VIDEO, "Talk")
        note_at(s, "one two", at, [novel])
        note_at(s, "three", at, [video])
        note_at(s, "four five six", at)
    with library.sessions() as s:
        books = figures(s, Period.year(2024), ItemKind.BOOK)
        everything = figures(s, Period.year(2024))
    assert (books.totals.notes, books.totals.words) == (1, 2)
    assert (everything.totals.notes, everything.totals.words) == (3, 6)


def test_by_month_covers_the_period(library: Library) -> None:
    with library.sessions.begin() as s:
        read(s, book(s, "early"), None, D(2022, 11, 5))
        read(s, book(s, "late"), D(2023, 12, 30), D(2024, 2, 1))
    with library.sessions() as s:
        year = figures(s, Period.year(2023))
        month = figures(s, Period.month(2024, 2))
        everything = figures(s, Period.all_time())
        assert years_with_activity(s) == [2024, 2023, 2022]
    assert [m.label for m in year.by_month] == [f"2023-{m:02d}" for m in range(1, 13)]
    assert [m.label for m in month.by_month] == ["2024-02"]
    assert [m.label for m in everything.by_month] == [
        "2022-11", "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06",
        "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02",
    ]  # fmt: skip
    assert sum(sum(m.totals.finished.values()) for m in everything.by_month) == 2


def test_years_with_activity_of_each_sort_and_none_between(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Slow", pages=900)
        read(s, item, D(2010, 5, 1), None)  # started only
        log(s, item, EventKind.PROGRESS, D(2013, 5, 1), 10, ProgressUnit.PAGES)
        log(s, item, EventKind.PAUSED, D(2015, 5, 1))
        read(s, book(s, "Done"), None, D(2017, 5, 1))
        note_at(s, "a note", dt.datetime(2019, 6, 1, 12, tzinfo=UTC))
    with library.sessions() as s:
        assert years_with_activity(s) == [2019, 2017, 2015, 2013, 2010]
