"""The statistics window's goals, refreshing, theme and Chinese text, and its start-up cost."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from readinglog.core import activity, goals
from readinglog.core.errors import InvalidInput
from readinglog.core.goals import GoalMetric
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Status
from readinglog.gui.runtime import theme
from readinglog.gui.stats.bar_chart import BarChartView
from readinglog.gui.stats.goals_panel import SetGoalsDialog
from readinglog.stats import charts
from readinglog.stats.figures import Period
from tests.gui.helpers import answer
from tests.gui.test_stats_view import (
    YEAR,
    build_stats_library,
    choose_year,
    open_stats,
)


@pytest.fixture
def stats_library(library: Library) -> tuple[Library, dict[str, int]]:
    return library, build_stats_library(library)


def _books_box(dialog: SetGoalsDialog):  # type: ignore[no-untyped-def]
    return dialog.boxes[(GoalMetric.FINISHED, ItemKind.BOOK)]


def test_set_goals_saves_them_and_the_panel_shows_their_progress(
    qtbot: QtBot, make_window, stats_library
) -> None:
    library, _ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    assert stats.goals.bars == []

    def fill(dialog: SetGoalsDialog) -> None:
        assert dialog.year == YEAR
        _books_box(dialog).setValue(8)
        dialog.boxes[(GoalMetric.HOURS, None)].setValue(20.5)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    with answer(qtbot, SetGoalsDialog, fill):
        stats.goals.edit.click()
    with library.sessions() as s:
        saved = {(g.metric, g.kind): g.target for g in goals.goals_for(s, YEAR)}
    assert saved == {(GoalMetric.FINISHED, ItemKind.BOOK): 8, (GoalMetric.HOURS, None): 20.5}
    assert window.statusBar().currentMessage() == f"Goals for {YEAR} saved"
    qtbot.waitUntil(lambda: not stats.pending and len(stats.goals.bars) == 2, timeout=5000)
    books = stats.findChild(type(stats.goals.bars[0]), "goal_finished_book")
    assert books.format() == "5 of 8"  # 5 books finished in 2025 (a re-read counts)
    assert stats.findChild(type(stats.goals.paces[0]), "goal_finished_book_pace").text() == (
        "3 books short"  # a past year: the whole target was due
    )

    def clear(dialog: SetGoalsDialog) -> None:
        assert _books_box(dialog).value() == 8  # what is stored is shown
        _books_box(dialog).setValue(0)  # no goal
        dialog.accept()

    with answer(qtbot, SetGoalsDialog, clear):
        stats.goals.edit.click()
    with library.sessions() as s:
        assert [g.metric for g in goals.goals_for(s, YEAR)] == [GoalMetric.HOURS]


def test_a_refused_goal_is_not_acknowledged(
    qtbot: QtBot, make_window, stats_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, _ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    reported: list[str] = []
    monkeypatch.setattr(window, "report_error", reported.append)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise InvalidInput("target: refused")

    monkeypatch.setattr(goals, "set_goal", refuse)
    shown: list[bool] = []

    def fill(dialog: SetGoalsDialog) -> None:
        _books_box(dialog).setValue(8)
        dialog.accept()
        shown.append(dialog.isVisible())
        dialog.reject()

    with answer(qtbot, SetGoalsDialog, fill):
        stats.goals.edit.click()
    assert reported == ["target: refused"]
    assert shown == [True]  # the dialog stayed, with what was typed
    assert "saved" not in window.statusBar().currentMessage()


def test_a_write_while_open_refreshes_and_while_hidden_on_showing(
    qtbot: QtBot, make_window, stats_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    before = stats.headline.values["finished"].text()

    def finish_again(day: dt.date) -> None:
        window.write(lambda s: activity.add_session(s, ids["活着"], None, day, Status.FINISHED))

    finish_again(dt.date(YEAR, 12, 1))
    assert stats.busy.isVisibleTo(stats)  # counting, off the GUI thread
    qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
    assert not stats.busy.isVisibleTo(stats)
    assert int(stats.headline.values["finished"].text()) == int(before) + 1

    from readinglog.gui.stats import loader

    counted: list[object] = []
    real_load = loader.load

    def counting_load(*args: object) -> loader.Snapshot:
        counted.append(args)
        return real_load(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load", counting_load)
    for day in (3, 4, 5):  # a burst of writes (an editor autosaving): counted once after it
        finish_again(dt.date(YEAR, 11, day))
    qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
    assert len(counted) == 1
    assert int(stats.headline.values["finished"].text()) == int(before) + 4

    stats.close()
    finish_again(dt.date(YEAR, 12, 2))
    assert not stats.pending  # nothing is counted for a closed window
    stats.show()
    qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
    assert int(stats.headline.values["finished"].text()) == int(before) + 5


def _grab(view: BarChartView) -> QImage:
    return view.grab().toImage()


def test_the_bars_follow_the_theme(qtbot: QtBot, qapp: QApplication, light_afterwards) -> None:
    chart = charts.BarChart("t", "Title", "u", (charts.Bar("a", 3.0, "a"),))
    view = BarChartView(chart)
    qtbot.addWidget(view)
    view.resize(300, 190)
    for name in ("light", "dark"):
        theme.apply(qapp, name)
        rect = view.bar_rect(0)
        pixel = _grab(view).pixelColor(int(rect.center().x()), int(rect.center().y()))
        assert pixel == view.palette().color(QPalette.ColorRole.Highlight), name
        background = _grab(view).pixelColor(2, view.height() - 2)
        assert background == view.palette().color(QPalette.ColorRole.Window), name


def _glyph(text: str, font: QFont) -> QImage:
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, 40, 40), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_a_chinese_chart_draws_its_characters(qtbot: QtBot) -> None:
    """Each character of the Chinese titles and labels is a glyph of its own: a font without
    them draws every one as the same empty box."""
    figures = _figures_with_everything()
    view = BarChartView(charts.kinds(figures, "zh"))
    qtbot.addWidget(view)
    view.resize(400, 190)
    text = view.chart.title + "".join(bar.label for bar in view.chart.bars)
    assert "按类型" in text and "书" in text
    font = view.font()
    images = {ch: _glyph(ch, font) for ch in set(text) if not ch.isascii()}
    blank = _glyph(" ", font)
    assert all(image != blank for image in images.values())
    assert len({image.bits().tobytes() for image in images.values()}) == len(images)
    grabbed = _grab(view)  # and the view paints them: the title's row is not empty
    title_row = [
        grabbed.pixelColor(x, y)
        for x in range(8, 120)
        for y in range(8, 8 + view.fontMetrics().height())
    ]
    assert len({c.rgb() for c in title_row}) > 2


def test_chinese_titles_in_the_list(qtbot: QtBot, make_window, stats_library) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    languages = next(v for v in stats.charts if v.chart.name == "languages")
    languages.setFocus()
    languages.current = [b.key for b in languages.chart.bars].index("zh")
    languages.activate()
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() > 0, timeout=5000)
    assert set(stats.listed_ids()) == {ids[t] for t in ("置身事内", "三体", "活着", "机器学习")} | {
        ids["第100期 漫谈历史"]
    }
    texts = [stats.listed.item(i).text() for i in range(stats.listed.count())]
    assert any(t.startswith("置身事内") and "兰小欢" in t for t in texts)


def _figures_with_everything():  # type: ignore[no-untyped-def]
    from readinglog.gui.stats.loader import empty_figures
    from readinglog.stats.figures import Totals

    base = empty_figures(YEAR)
    totals = Totals(finished={ItemKind.BOOK: 3, ItemKind.COURSE: 1}, titles=4)
    return type(base)(**{**base.__dict__, "totals": totals})


def test_the_window_start_up_imports_nothing_of_the_statistics() -> None:
    """The statistics window is imported when View ▸ Statistics first opens it."""
    code = (
        "import sys\n"
        "import readinglog.app, readinglog.gui.window.main_window\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(\n"
        "    ('readinglog.gui.stats', 'readinglog.stats')))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_a_count_that_fails_says_so_and_shows_no_numbers(
    qtbot: QtBot, make_window, stats_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readinglog.gui.stats.stats_window import StatsWindow
    from readinglog.gui.window.actions import MainAction
    from readinglog.stats import compute
    from tests.gui.helpers import trigger

    library, _ids = stats_library

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    window = make_window(library, restore=False)
    trigger(window, MainAction.STATISTICS)
    stats = window.findChild(StatsWindow, "stats_window")
    qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
    assert stats.headline.values["finished"].text() != "–"
    monkeypatch.setattr(compute, "figures", broken)
    stats.choose(YEAR)
    qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
    assert stats.error.isVisibleTo(stats)
    assert "could not be counted" in stats.error.text()
    assert stats.snapshot is None
    assert {label.text() for label in stats.headline.values.values()} == {"–"}
    assert not stats.busy.isVisibleTo(stats)
    assert all(view.chart.empty for view in stats.charts)
    assert stats.calendar.counts == {}


def _sheet_rows() -> list[tuple[str, list[Qt.Key]]]:
    from PySide6.QtGui import QKeySequence

    from readinglog.gui.window.shortcuts import CONTEXT_KEYS

    rows = dict(CONTEXT_KEYS)["In the statistics"]
    return [
        (what, [QKeySequence(name.strip())[0].key() for name in keys.split(",")])
        for what, keys in rows
    ]


def test_every_key_the_f1_sheet_names_for_the_statistics_works_there(
    qtbot: QtBot, make_window, stats_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTest import QTest

    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    chart = next(v for v in stats.charts if v.chart.name == "finished")
    calendar = stats.calendar
    shown: list[int] = []
    monkeypatch.setattr(window, "select_item", shown.append)

    def moves_bar(key: Qt.Key) -> bool:
        chart.setFocus()
        chart.current = 5
        QTest.keyClick(chart, key)
        return chart.current != 5

    def moves_day(key: Qt.Key) -> bool:
        calendar.current = dt.date(YEAR, 6, 15)
        QTest.keyClick(calendar, key)
        return calendar.current != dt.date(YEAR, 6, 15)

    def lists(key: Qt.Key) -> bool:
        stats.listed.clear()
        chart.current = 2  # March: two finished
        QTest.keyClick(chart, key)
        qtbot.waitUntil(lambda: not stats.pending, timeout=5000)
        return stats.listed.count() == 2

    def shows(key: Qt.Key) -> bool:
        shown.clear()
        stats.listed.setFocus()
        stats.listed.setCurrentRow(1)
        QTest.keyClick(stats.listed, key)
        return shown == [stats.listed_ids()[1]]

    def closes(key: Qt.Key) -> bool:
        QTest.keyClick(stats, key)
        closed = not stats.isVisible()
        stats.show()
        return closed

    checks = [moves_bar, moves_day, lists, shows, closes]
    rows = _sheet_rows()
    assert len(rows) == len(checks)
    for (what, keys), works in zip(rows, checks, strict=True):
        for key in keys:
            assert works(key), (what, key)
    assert {ids["置身事内"], ids["活着"]} == set(stats.listed_ids())


def test_a_year_with_goals_is_counted_once(stats_library, monkeypatch: pytest.MonkeyPatch) -> None:
    """The goals' progress comes from the year's figures already counted (at 100,000 entries
    a count is a few hundred ms)."""
    from readinglog.gui.stats import loader
    from readinglog.stats import compute

    library, _ids = stats_library
    with library.sessions.begin() as s:
        goals.set_goal(s, YEAR, GoalMetric.FINISHED, 8, kind=ItemKind.BOOK)
    counted: list[object] = []
    real = compute.figures

    def counting(*args: object, **kwargs: object) -> object:
        counted.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compute, "figures", counting)
    snapshot = loader.load(library, Period.year(YEAR), dt.date(2026, 12, 1))
    assert len(counted) == 1
    assert [(p.goal.target, p.done) for p in snapshot.goals] == [(8, 5)]


def test_a_language_bar_over_tens_of_thousands_of_finished_entries(stats_library) -> None:
    """The languages of the finished entries are read in batches: one IN (...) of 40,000 ids
    is past SQLite's limit on a statement's variables (32,766 as SQLite is built by default;
    Debian's is 250,000, so the test sets the default's)."""
    import sqlite3

    from sqlalchemy import event

    from readinglog.gui.stats import loader
    from readinglog.stats.figures import FinishedEntry

    library, ids = stats_library

    def default_limit(connection: sqlite3.Connection, _record: object) -> None:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)

    event.listen(library.engine, "connect", default_limit)
    library.engine.dispose()  # the connections made from now on have the limit
    real = loader.load(library, Period.year(YEAR), dt.date(2026, 12, 1)).figures
    many = tuple(
        FinishedEntry(n, ItemKind.BOOK, f"b{n}", (), dt.date(YEAR, 1, 1), None, None, None, False)
        for n in range(1000, 41_000)  # no such entries: no language, so none is listed
    )
    figures = type(real)(**{**real.__dict__, "finished_entries": real.finished_entries + many})
    lines = loader.finished_matching(library, figures, "languages", "en")
    assert [line.item_id for line in lines] == [ids["Thinking, Fast and Slow"]]
    assert lines[0].detail.startswith("Book · Daniel Kahneman · finished 2025-06-15")


def _months_chart(first_year: int, count: int) -> charts.BarChart:
    bars = []
    for n in range(count):
        year, month = first_year + n // 12, n % 12 + 1
        bars.append(
            charts.Bar(charts.month_label(month, "en"), float(n % 5), f"{year}-{month:02d}")
        )
    return charts.BarChart("finished", "Finished per month", "entries", tuple(bars))


@pytest.mark.parametrize(("count", "width"), [(12, 600), (12, 260), (40, 300), (130, 260)])
def test_the_names_under_the_bars_never_overlap(qtbot: QtBot, count: int, width: int) -> None:
    from PySide6.QtGui import QFontMetrics

    view = BarChartView(_months_chart(2016, count))
    qtbot.addWidget(view)
    view.resize(width, 190)
    view.show()
    metrics = QFontMetrics(view.small_font())
    plot_left, slot = 8.0, (width - 16) / count
    for focus in (False, True):
        if focus:
            view.setFocus()
            qtbot.waitUntil(view.hasFocus)
            view.current = count // 2 + 1
        names = view.labels(metrics, plot_left, slot)
        spans = sorted(
            (plot_left + slot * (i + 0.5) - metrics.horizontalAdvance(n) / 2,
             plot_left + slot * (i + 0.5) + metrics.horizontalAdvance(n) / 2)
            for i, n in names.items()
        )  # fmt: skip
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), (count, width, names)
        if count > 12:  # years of months: the Januaries say their year
            assert {n for i, n in names.items() if i != view.current} <= {
                str(y) for y in range(2016, 2030)
            }
        if focus:
            key = view.chart.bars[view.current].key
            expected = view.chart.bars[view.current].label
            assert names[view.current] == (f"{expected} {key[:4]}" if count > 12 else expected)
    if width >= 600 and count == 12:
        assert len(names) == 12  # room for every month's name


def test_the_list_follows_a_write_and_is_cleared_for_another_year(
    qtbot: QtBot, make_window, stats_library
) -> None:
    library, ids = stats_library
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    kinds = next(v for v in stats.charts if v.chart.name == "kinds")
    kinds.current = [b.key for b in kinds.chart.bars].index("book")
    kinds.activate()
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() == 5, timeout=5000)
    window.write(
        lambda s: activity.add_session(
            s, ids["Ulysses"], dt.date(YEAR, 12, 1), dt.date(YEAR, 12, 20), Status.FINISHED
        )
    )
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() == 6, timeout=5000)
    assert stats.listed_ids()[-1] == ids["Ulysses"]
    choose_year(qtbot, stats, None)
    assert stats.listed.count() == 0
    assert stats.listed_heading.text().startswith("Click a bar")
