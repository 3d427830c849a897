"""Read-throughs: finished and titles, re-reads, a session across New Year, abandoned, undated."""

from __future__ import annotations

from readinglog.core.activity import add_session
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, Status
from readinglog.stats.compute import figures
from readinglog.stats.figures import Period
from tests.stats.helpers import D, add, book, log, read


def test_finished_twice_in_a_year_counts_twice_for_finished_once_for_titles(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        twice = book(s, "Twice")
        once = book(s, "Once")
        read(s, twice, D(2024, 1, 2), D(2024, 1, 20))
        read(s, twice, D(2024, 5, 1), D(2024, 5, 9))
        read(s, once, None, D(2024, 7, 1))
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
    assert year.totals.finished == {ItemKind.BOOK: 3}
    assert year.totals.titles == 2
    assert year.totals.rereads == 1  # the second read of "Twice"
    assert [e.reread for e in year.finished_entries] == [False, True, False]
    assert [m.totals.titles for m in year.by_month][:7] == [1, 0, 0, 0, 1, 0, 1]


def test_a_reread_counts_a_finish_in_an_earlier_year_or_an_undated_earlier_read(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        again = book(s, "Again")
        read(s, again, None, D(2019, 3, 1))
        read(s, again, None, D(2024, 3, 1))
        goodreads = book(s, "Read Count 2")
        read(s, goodreads, None, None)  # an earlier read nobody dated
        read(s, goodreads, None, D(2024, 4, 1))
        first = book(s, "First time")
        read(s, first, None, D(2024, 4, 2))
    with library.sessions() as s:
        assert figures(s, Period.year(2024)).totals.rereads == 2
        assert figures(s, Period.year(2019)).totals.rereads == 0
        assert figures(s, Period.all_time()).totals.rereads == 2


def test_a_session_across_new_year_is_finished_in_the_year_it_ended(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Long", pages=400)
        log(s, item, EventKind.STARTED, D(2023, 12, 20))
        log(s, item, EventKind.FINISHED, D(2024, 1, 5))
    with library.sessions() as s:
        before, after = figures(s, Period.year(2023)), figures(s, Period.year(2024))
    assert before.totals.finished == {} and before.totals.titles == 0
    assert after.totals.finished == {ItemKind.BOOK: 1}
    assert after.days_to_finish.count == 1
    assert after.days_to_finish.fastest == after.days_to_finish.slowest == 16
    assert before.days_to_finish.count == 0
    assert list(before.calendar) == [D(2023, 12, 20)]
    assert list(after.calendar) == [D(2024, 1, 5)]


def test_days_to_finish_median_and_mean(library: Library) -> None:
    spans = [3, 10, 30, 7]
    with library.sessions.begin() as s:
        for n, days in enumerate(spans):
            start = D(2024, 2, 1 + n)
            read(s, book(s, f"b{n}"), start, start.fromordinal(start.toordinal() + days))
        read(s, book(s, "no start"), None, D(2024, 3, 1))
    with library.sessions() as s:
        d = figures(s, Period.year(2024)).days_to_finish
    assert (d.count, d.fastest, d.slowest) == (4, 3, 30)
    assert d.median == (7 + 10) / 2
    assert d.mean == round(sum(spans) / 4, 1)


def test_abandoned_counts_as_abandoned_not_finished(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Dull")
        log(s, item, EventKind.STARTED, D(2024, 2, 1))
        log(s, item, EventKind.ABANDONED, D(2024, 2, 10))
        add_session(s, book(s, "Old DNF"), None, D(2024, 9, 9), Status.ABANDONED)
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        feb = figures(s, Period.month(2024, 2))
    assert year.totals.abandoned == 2 and feb.totals.abandoned == 1
    assert year.totals.finished == {} and year.totals.titles == 0
    assert year.finished_entries == () and year.days_to_finish.count == 0
    assert year.by_month[8].totals.abandoned == 1


def test_undated_sessions_are_counted_nowhere_and_reported(library: Library) -> None:
    with library.sessions.begin() as s:
        dated = book(s, "Dated")
        read(s, dated, None, D(2024, 6, 1))
        read(s, book(s, "Undated read"), D(2024, 6, 2), None)  # started, finish undated
        add_session(s, book(s, "Undated DNF"), None, None, Status.ABANDONED)
        add(s, ItemKind.BOOK, "Marked finished, never logged", status=Status.FINISHED)
        # A finished entry whose read-through is dated is not undated.
        add(s, ItemKind.VIDEO, "Talk", status=Status.FINISHED)
        log(s, add(s, ItemKind.VIDEO, "Watched"), EventKind.FINISHED, D(2024, 6, 3))
    with library.sessions() as s:
        everything = figures(s, Period.all_time())
        year = figures(s, Period.year(2024))
        books = figures(s, Period.all_time(), ItemKind.BOOK)
    assert everything.undated_sessions == year.undated_sessions == 4
    assert books.undated_sessions == 3
    assert everything.totals.finished == {ItemKind.BOOK: 1, ItemKind.VIDEO: 1}
    assert everything.totals.abandoned == 0
    assert everything.totals.titles == 2


def test_figures_see_what_the_callers_transaction_has_not_flushed(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "Pending", pages=120)
        s.flush()
        log(s, item, EventKind.STARTED, D(2024, 2, 1))
        log(s, item, EventKind.FINISHED, D(2024, 2, 9))  # held in the session, not yet flushed
        year = figures(s, Period.year(2024))
        assert year.totals.finished == {ItemKind.BOOK: 1}
        assert year.totals.pages == 120
        assert [e.title for e in year.finished_entries] == ["Pending"]
