"""Pages and minutes on the days they were logged (stats/amounts.py)."""

from __future__ import annotations

from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit, Status
from readinglog.stats.compute import figures
from readinglog.stats.figures import Period
from tests.stats.helpers import D, add, book, log, read

PAGES, MINUTES, PERCENT = ProgressUnit.PAGES, ProgressUnit.MINUTES, ProgressUnit.PERCENT


def pages_by_month(library: Library, year: int) -> list[int]:
    with library.sessions() as s:
        return [m.totals.pages for m in figures(s, Period.year(year)).by_month]


def test_progress_counts_what_moved_forward_and_finish_the_rest(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Three hundred", pages=300)
        log(s, item, EventKind.STARTED, D(2024, 1, 3))
        log(s, item, EventKind.PROGRESS, D(2024, 1, 10), 100, PAGES)
        log(s, item, EventKind.PROGRESS, D(2024, 2, 10), 250, PAGES)
        log(s, item, EventKind.PROGRESS, D(2024, 2, 11), 240, PAGES)  # went back: nothing
        log(s, item, EventKind.FINISHED, D(2024, 3, 1))
    months = pages_by_month(library, 2024)
    # 100; 150 then a step back to 240; the rest from 240 up to 300.
    assert months[:3] == [100, 150, 60]
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        day = figures(s, Period.month(2024, 3))
    assert year.totals.pages == 310 == sum(months)
    assert day.totals.pages == 60


def test_pages_logged_last_year_are_not_counted_again_at_the_finish(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Across", pages=500)
        log(s, item, EventKind.STARTED, D(2023, 11, 1))
        log(s, item, EventKind.PROGRESS, D(2023, 12, 30), 120, PAGES)
        log(s, item, EventKind.FINISHED, D(2024, 1, 4))
    with library.sessions() as s:
        assert figures(s, Period.year(2023)).totals.pages == 120
        assert figures(s, Period.year(2024)).totals.pages == 380
        assert figures(s, Period.all_time()).totals.pages == 500


def test_a_pause_moves_no_pages_first_in_a_period_or_not_and_is_a_day_of_activity(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Paused", pages=400)
        log(s, item, EventKind.STARTED, D(2023, 12, 1))
        log(s, item, EventKind.PROGRESS, D(2023, 12, 20), 100, PAGES)
        log(s, item, EventKind.PAUSED, D(2024, 1, 5), 300, PAGES)  # "paused at 300": no move
        log(s, item, EventKind.PROGRESS, D(2024, 2, 1), 150, PAGES)
        log(s, item, EventKind.PAUSED, D(2024, 2, 9))
        log(s, item, EventKind.FINISHED, D(2024, 3, 1))
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        books = figures(s, Period.year(2024), ItemKind.BOOK)
    # 50 in February (100 -> 150), the other 250 at the finish; the pauses move nothing.
    assert year.totals.pages == books.totals.pages == 300
    assert [m.totals.pages for m in year.by_month][:3] == [0, 50, 250]
    assert year.calendar == books.calendar == {
        D(2024, 1, 5): 1, D(2024, 2, 1): 1, D(2024, 2, 9): 1, D(2024, 3, 1): 1
    }  # fmt: skip


def test_a_finish_with_no_progress_counts_all_pages_and_a_reread_counts_them_again(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        imported = book(s, "Imported", pages=200)
        read(s, imported, None, D(2024, 4, 1))  # Goodreads: sessions, no progress
        read(s, imported, None, D(2024, 9, 1))
        logged = book(s, "Logged", pages=90)
        log(s, logged, EventKind.FINISHED, D(2024, 4, 2))
        log(s, logged, EventKind.STARTED, D(2024, 10, 1))  # a re-read, half done
        log(s, logged, EventKind.PROGRESS, D(2024, 10, 5), 45, PAGES)
        book(s, "No pages known")
    months = pages_by_month(library, 2024)
    assert months[3] == 200 + 90
    assert months[8] == 200
    assert months[9] == 45


def test_percent_progress_of_a_book_with_pages(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Kindle", pages=400)
        log(s, item, EventKind.STARTED, D(2024, 5, 1))
        log(s, item, EventKind.PROGRESS, D(2024, 5, 2), 25, PERCENT)
        log(s, item, EventKind.FINISHED, D(2024, 6, 2))
    assert pages_by_month(library, 2024)[4:6] == [100, 300]


def test_minutes_of_episodes_videos_and_courses_by_kind(library: Library) -> None:
    with library.sessions.begin() as s:
        show = add(s, ItemKind.PODCAST, "Show")
        episode = add(s, ItemKind.EPISODE, "Ep", parent_id=show, duration=3600)
        log(s, episode, EventKind.PROGRESS, D(2024, 2, 1), 20, MINUTES)
        log(s, episode, EventKind.FINISHED, D(2024, 2, 3))
        video = add(s, ItemKind.VIDEO, "Talk", duration=30 * 60 + 30)
        log(s, video, EventKind.FINISHED, D(2024, 2, 4))
        course = add(s, ItemKind.COURSE, "Course", time_spent=600)
        log(s, course, EventKind.STARTED, D(2024, 1, 5))
        log(s, course, EventKind.PROGRESS, D(2024, 1, 6), 40, PERCENT)
        log(s, course, EventKind.FINISHED, D(2024, 3, 5))
        # Lengths with no read-through count nowhere.
        add(s, ItemKind.EPISODE, "Never played", parent_id=show, duration=5000)
        add(s, ItemKind.VIDEO, "Marked watched", duration=5000, status=Status.FINISHED)
        add(s, ItemKind.COURSE, "Marked done", time_spent=900, status=Status.FINISHED)
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        videos = figures(s, Period.year(2024), ItemKind.VIDEO)
    by_month = [m.totals.minutes for m in year.by_month]
    assert by_month[:3] == [0, 20 + 40 + 31, 600]  # 30.5 minutes round to 31
    assert year.totals.minutes_by_kind == {
        ItemKind.EPISODE: 60,
        ItemKind.COURSE: 600,
        ItemKind.VIDEO: 31,
    }
    assert year.totals.minutes == 691
    assert videos.totals.minutes == 31 and videos.totals.minutes_by_kind == {ItemKind.VIDEO: 31}


def test_a_course_counts_its_time_spent_once_less_minutes_logged(library: Library) -> None:
    with library.sessions.begin() as s:
        course = add(s, ItemKind.COURSE, "Course", time_spent=300)
        log(s, course, EventKind.PROGRESS, D(2024, 1, 6), 120, MINUTES)
        log(s, course, EventKind.FINISHED, D(2024, 2, 1))
        log(s, course, EventKind.FINISHED, D(2024, 8, 1))  # taken again: no time spent known
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
    minutes = [m.totals.minutes for m in year.by_month]
    assert minutes[0] == 120 and minutes[1] == 180 and minutes[7] == 0
    assert year.totals.minutes == 300


def test_after_a_finish_the_next_read_through_starts_at_page_zero(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Again and again", pages=100)
        log(s, item, EventKind.FINISHED, D(2024, 1, 1))
        log(s, item, EventKind.PROGRESS, D(2024, 2, 1), 40, PAGES)  # a new read-through
        log(s, item, EventKind.FINISHED, D(2024, 3, 1))
        log(s, item, EventKind.FINISHED, D(2024, 4, 1))  # marked finished once more
        dropped = book(s, "Dropped", pages=100)
        log(s, dropped, EventKind.PROGRESS, D(2024, 5, 1), 70, PAGES)
        log(s, dropped, EventKind.ABANDONED, D(2024, 5, 2))
        log(s, dropped, EventKind.PROGRESS, D(2024, 6, 1), 30, PAGES)
    assert pages_by_month(library, 2024)[:6] == [100, 40, 60, 100, 70, 30]


def test_percent_progress_of_an_episode_with_a_length(library: Library) -> None:
    with library.sessions.begin() as s:
        show = add(s, ItemKind.PODCAST, "Show")
        episode = add(s, ItemKind.EPISODE, "Ep", parent_id=show, duration=80 * 60)
        log(s, episode, EventKind.PROGRESS, D(2024, 7, 1), 25, PERCENT)
        log(s, episode, EventKind.FINISHED, D(2024, 8, 1))
    with library.sessions() as s:
        minutes = [m.totals.minutes for m in figures(s, Period.year(2024)).by_month]
    assert minutes[6:8] == [20, 60]
