"""View ▸ Statistics: it opens from its action, shows the numbers ``stats.compute`` counts for
a library built here, and a click (or Enter) on a bar or a day lists those entries."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from readinglog.core import activity, notes, services
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status
from readinglog.gui.window.actions import MainAction
from readinglog.stats import compute
from readinglog.stats.figures import Period
from tests.gui.helpers import trigger

YEAR = 2025


def _add(s, kind: ItemKind, title: str, people=(), **fields) -> int:  # type: ignore[no-untyped-def]
    role = {ItemKind.BOOK: Role.AUTHOR, ItemKind.COURSE: Role.INSTRUCTOR}.get(kind, Role.HOST)
    changes = services.add_item(
        s, kind, title, people=[Person(role, p) for p in people], field_values=fields
    )
    assert changes.created is not None
    return changes.created


def build_stats_library(library: Library) -> dict[str, int]:
    """A year of English and Chinese reading in 2025 (a re-read, an abandoned book, an undated
    read-through, an episode, a course), through the core services; title -> id."""
    ids: dict[str, int] = {}
    d = dt.date
    with library.sessions.begin() as s:
        ids["置身事内"] = book = _add(
            s, ItemKind.BOOK, "置身事内", ["兰小欢"], pages=300, language="zh", rating=4.5
        )
        activity.log_event(s, book, EventKind.STARTED, d(YEAR, 3, 1))
        activity.log_event(s, book, EventKind.PROGRESS, d(YEAR, 3, 10), value=120)
        activity.log_event(s, book, EventKind.FINISHED, d(YEAR, 3, 20))
        ids["三体"] = book = _add(
            s, ItemKind.BOOK, "三体", ["刘慈欣"], pages=302, language="zh-CN", rating=5.0
        )
        activity.add_session(s, book, d(YEAR, 1, 5), d(YEAR, 2, 10), Status.FINISHED)
        activity.add_session(s, book, d(YEAR, 10, 20), d(YEAR, 11, 2), Status.FINISHED)
        ids["Thinking, Fast and Slow"] = book = _add(
            s,
            ItemKind.BOOK,
            "Thinking, Fast and Slow",
            ["Daniel Kahneman"],
            pages=499,
            language="en",
            rating=4.0,
        )
        activity.log_event(s, book, EventKind.STARTED, d(YEAR, 5, 1))
        activity.log_event(s, book, EventKind.PROGRESS, d(YEAR, 5, 20), value=200)
        activity.log_event(s, book, EventKind.FINISHED, d(YEAR, 6, 15))
        ids["活着"] = book = _add(
            s, ItemKind.BOOK, "活着", ["余华"], pages=191, language="zh", rating=4.5
        )
        activity.log_event(s, book, EventKind.FINISHED, d(YEAR, 3, 28))
        ids["Ulysses"] = book = _add(s, ItemKind.BOOK, "Ulysses", ["James Joyce"], pages=730)
        activity.log_event(s, book, EventKind.STARTED, d(YEAR, 7, 1))
        activity.log_event(s, book, EventKind.ABANDONED, d(YEAR, 8, 1))
        ids["红楼梦"] = book = _add(s, ItemKind.BOOK, "红楼梦", ["曹雪芹"], language="zh")
        activity.add_session(s, book, None, None, Status.FINISHED)  # undated: counted nowhere
        ids["忽左忽右"] = show = _add(s, ItemKind.PODCAST, "忽左忽右", ["程衍樑"])
        changes = services.add_item(
            s,
            ItemKind.EPISODE,
            "第100期 漫谈历史",
            field_values={"duration": 3600, "language": "zh"},
            parent_id=show,
        )
        assert changes.created is not None
        ids["第100期 漫谈历史"] = episode = changes.created
        activity.log_event(s, episode, EventKind.FINISHED, d(YEAR, 4, 12))
        ids["机器学习"] = course = _add(
            s, ItemKind.COURSE, "机器学习", ["吴恩达"], language="zh", time_spent=600, rating=4.5
        )
        activity.log_event(s, course, EventKind.STARTED, d(YEAR, 9, 1))
        activity.log_event(s, course, EventKind.FINISHED, d(YEAR, 9, 30))
        notes.add_note(s, "读《置身事内》：地方政府与经济发展。", item_ids=[ids["置身事内"]])
    return ids


@pytest.fixture
def stats_library(library: Library) -> tuple[Library, dict[str, int]]:
    return library, build_stats_library(library)


def open_stats(qtbot: QtBot, window):  # type: ignore[no-untyped-def]
    from readinglog.gui.stats.stats_window import StatsWindow

    trigger(window, MainAction.STATISTICS)
    stats = window.findChild(StatsWindow, "stats_window")
    assert stats is not None and stats.isVisible()
    qtbot.waitUntil(lambda: stats.snapshot is not None and not stats.pending, timeout=10_000)
    return stats


def choose_year(qtbot: QtBot, stats, year: int | None) -> None:  # type: ignore[no-untyped-def]
    stats.choose(year)
    wanted = Period.all_time() if year is None else Period.year(year)
    qtbot.waitUntil(lambda: not stats.pending and stats.snapshot.period == wanted, timeout=10_000)


def test_the_default_year_is_this_one_when_it_has_activity_else_the_newest() -> None:
    from readinglog.gui.stats.loader import default_period

    today = dt.date(2026, 5, 1)
    assert default_period([2026, 2025], today) == Period.year(2026)
    assert default_period([2025, 2023], today) == Period.year(2025)
    assert default_period([], today) == Period.year(2026)


def test_the_statistics_open_from_view_menu(qtbot: QtBot, make_window, stats_library) -> None:
    library, _ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    this_year = dt.date.today().year  # the note was written today
    assert stats.snapshot.period == Period.year(this_year)
    years = [stats.years.itemText(i) for i in range(stats.years.count())]
    assert years == [str(this_year), str(YEAR), "All time"]
    assert stats.years.currentText() == str(this_year)
    assert window.action(MainAction.STATISTICS).shortcut().toString()
    QTest.keyClick(stats, Qt.Key.Key_Escape)
    assert not stats.isVisible()
    trigger(window, MainAction.STATISTICS)  # again: the same window, not a second one
    from readinglog.gui.stats.stats_window import StatsWindow

    assert window.findChildren(StatsWindow) == [stats]
    assert stats.isVisible()


@pytest.mark.parametrize("year", [YEAR, None])
def test_the_headline_shows_what_compute_counts(
    qtbot: QtBot, make_window, stats_library, year: int | None
) -> None:
    library, _ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, year)
    period = Period.all_time() if year is None else Period.year(year)
    with library.sessions() as s:
        expected = compute.figures(s, period)
    totals = expected.totals
    shown = {key: label.text() for key, label in stats.headline.values.items()}
    assert shown == {
        "finished": f"{sum(totals.finished.values()):,}",
        "titles": f"{totals.titles:,}",
        "pages": f"{totals.pages:,}",
        "hours": f"{round(totals.minutes / 60, 1):g}",
        "notes": f"{totals.notes:,}",
        "words": f"{totals.words:,}",
        "active_days": f"{totals.active_days:,}",
        "longest_streak": f"{expected.longest_streak.days:,}",
        "undated": f"{expected.undated_sessions:,}",
    }
    assert sum(totals.finished.values()) >= 6  # the library is not empty for this period
    assert expected.undated_sessions == 1
    assert "counted nowhere" in stats.headline.values["undated"].toolTip()
    assert all(label.toolTip() for label in stats.headline.values.values())  # what it counts
    charts = {view.chart.name: view.chart for view in stats.charts}
    kinds = {bar.key: bar.value for bar in charts["kinds"].bars}
    assert kinds == {kind.value: n for kind, n in totals.finished.items() if n}
    assert stats.calendar.counts == {
        day: n for day, n in expected.calendar.items() if stats.calendar.first <= day
    }


def test_clicking_a_bar_lists_its_entries(qtbot: QtBot, make_window, stats_library) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    kinds = next(view for view in stats.charts if view.chart.name == "kinds")
    index = [bar.key for bar in kinds.chart.bars].index(ItemKind.BOOK.value)
    _click_bar(qtbot, stats, kinds, index)
    books = ["置身事内", "三体", "Thinking, Fast and Slow", "活着"]
    # finished read-throughs: 三体 twice (a re-read), in the order they were finished
    assert stats.listed_ids() == [ids[t] for t in ("三体", "置身事内", "活着")] + [
        ids["Thinking, Fast and Slow"],
        ids["三体"],
    ]
    assert {ids[t] for t in books} == set(stats.listed_ids())
    assert "re-read" in stats.listed.item(4).text()

    ratings = next(view for view in stats.charts if view.chart.name == "ratings")
    _click_bar(qtbot, stats, ratings, [b.key for b in ratings.chart.bars].index("4.5"))
    assert set(stats.listed_ids()) == {ids["置身事内"], ids["活着"], ids["机器学习"]}

    pages = next(view for view in stats.charts if view.chart.name == "pages")
    _click_bar(qtbot, stats, pages, 2)  # March: activity on 置身事内 and 活着
    with library.sessions() as s:
        active = compute.active_entries(s, dt.date(YEAR, 3, 1), dt.date(YEAR, 4, 1))
    assert sorted(stats.listed_ids()) == sorted(active)
    assert {ids["置身事内"], ids["活着"]} <= set(active)


def test_the_keyboard_moves_between_bars_and_enter_lists(
    qtbot: QtBot, make_window, stats_library
) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    finished = next(view for view in stats.charts if view.chart.name == "finished")
    finished.setFocus()
    QTest.keyClick(finished, Qt.Key.Key_Home)
    for _ in range(2):
        QTest.keyClick(finished, Qt.Key.Key_Right)
    QTest.keyClick(finished, Qt.Key.Key_Left)
    assert finished.current_bar.key == f"{YEAR}-02"
    QTest.keyClick(finished, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() > 0, timeout=5000)
    assert stats.listed_ids() == [ids["三体"]]

    stats.calendar.setFocus()
    stats.calendar.current = dt.date(YEAR, 4, 5)
    QTest.keyClick(stats.calendar, Qt.Key.Key_Right)  # a week on: 12 April
    QTest.keyClick(stats.calendar, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not stats.pending and "2025-04-12" in stats.listed_heading.text())
    assert stats.listed_ids() == [ids["第100期 漫谈历史"]]

    stats.listed.setFocus()
    QTest.keyClick(stats.listed, Qt.Key.Key_Return)  # shows it in the main window
    qtbot.waitUntil(lambda: window.detail.current[1] == ids["第100期 漫谈历史"], timeout=5000)


def test_clicking_a_day_lists_the_entries_active_that_day(
    qtbot: QtBot, make_window, stats_library
) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    calendar = stats.calendar
    rect = calendar.day_rect(dt.date(YEAR, 3, 10))
    QTest.mouseClick(
        calendar,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() > 0, timeout=5000)
    assert stats.listed_ids() == [ids["置身事内"]]


def _click_bar(qtbot: QtBot, stats, view, index: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.bar_rect(index)
    point = QPoint(int(rect.center().x()), int(rect.bottom()) - 1)
    before = stats.listed_heading.text()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(
        lambda: not stats.pending and stats.listed_heading.text() not in (before, "Listing…"),
        timeout=5000,
    )


def test_a_real_goodreads_export_shows_its_year(
    qtbot: QtBot, make_window, library: Library, realdata
) -> None:
    """The issue's user: a Goodreads export imported, the newest year with reading shown, its
    numbers those ``stats.compute`` counts, and the busiest month's bar lists its books."""
    from readinglog.core.models import ImportKind
    from tests.importers.helpers import run_import

    name = "gigikenneth_goodreads__goodreads_library_export.csv"
    run_import(library, ImportKind.GOODREADS, realdata / "goodreads" / name)
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    with library.sessions() as s:
        years = compute.years_with_activity(s)
        today = dt.date.today()
        period = Period.year(today.year if today.year in years else years[0])
        expected = compute.figures(s, period)
    assert stats.snapshot.period == period
    finished = sum(expected.totals.finished.values())
    assert finished > 0
    assert stats.headline.values["finished"].text() == f"{finished:,}"
    assert stats.headline.values["pages"].text() == f"{expected.totals.pages:,}"
    monthly = next(view for view in stats.charts if view.chart.name == "finished")
    assert sum(bar.value for bar in monthly.chart.bars) == finished
    busiest = max(range(12), key=lambda i: monthly.chart.bars[i].value)
    _click_bar(qtbot, stats, monthly, busiest)
    assert stats.listed.count() == monthly.chart.bars[busiest].value
