"""Screenshots of the window with the sample library: English and Chinese, light and dark.

They go to $READINGLOG_SCREENSHOTS or a temporary folder printed at the start (run with -s
to see it); look at them after a visual change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.gui.dialogs.first_run import FirstRunDialog
from readinglog.gui.window.actions import MainAction
from readinglog.gui.window.shortcuts import ShortcutsDialog
from tests.gui.helpers import trigger, type_filter

SIZE = (1280, 760)


def _shot(widget, folder: Path, name: str, qtbot: QtBot) -> Path:  # type: ignore[no-untyped-def]
    qtbot.wait(30)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _select(window, title: str) -> None:  # type: ignore[no-untyped-def]
    with window.library.sessions() as s:
        item_id = repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]
    assert window.list_pane.items.select_id(item_id)


def test_main_window_screenshots(
    qtbot: QtBot, make_window, sample_library: Library, themed: str, screenshots: Path
) -> None:
    window = make_window(sample_library, restore=False)
    window.resize(*SIZE)
    _select(window, "Thinking, Fast and Slow")
    _shot(window, screenshots, f"main-entry-en-{themed}", qtbot)

    window.sidebar.select_key("kind:book")
    _select(window, "置身事内")
    _shot(window, screenshots, f"main-entry-zh-{themed}", qtbot)

    type_filter(qtbot, window, "经济")
    _shot(window, screenshots, f"filter-zh-{themed}", qtbot)

    type_filter(qtbot, window, "rating>=9")
    assert window.list_pane.search.error_text
    _shot(window, screenshots, f"filter-error-{themed}", qtbot)

    type_filter(qtbot, window, "")
    window.sidebar.select_key("notes:all")
    with window.library.sessions() as s:
        note_id = repository.note_ids(s, parse_filter('title:"三体"'))[0]
    window.list_pane.notes.select_id(note_id)
    preview = window.detail.editor.preview
    qtbot.waitUntil(lambda: "叶文洁" in preview.toPlainText(), timeout=5000)
    _shot(window, screenshots, f"note-zh-{themed}", qtbot)


def test_dialog_screenshots(
    qtbot: QtBot, window, themed: str, screenshots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = FirstRunDialog(window)
    first.show()
    _shot(first, screenshots, f"first-run-{themed}", qtbot)
    first.close()
    monkeypatch.setattr(ShortcutsDialog, "exec", ShortcutsDialog.show)
    trigger(window, MainAction.SHORTCUTS)
    sheet = window.findChild(ShortcutsDialog)
    _shot(sheet, screenshots, f"shortcuts-{themed}", qtbot)
    sheet.close()


def test_chinese_note_editor_screenshots(  # type: ignore[no-untyped-def]
    chinese: list[object],
    qtbot: QtBot,
    make_window,
    sample_library: Library,
    themed: str,
    screenshots: Path,
) -> None:
    """A Chinese note of the sample library in the note editor of a 简体中文 window, beside its
    entry's page (zh_CN-note-light/-dark: the README's)."""
    from readinglog.gui.search.index_keeper import IndexState

    window = make_window(sample_library, restore=False)
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    window.sidebar.select_key("notes:all")
    with window.library.sessions() as s:
        note_id = repository.note_ids(s, parse_filter('title:"三体"'))[0]
    window.list_pane.notes.select_id(note_id)
    editor = window.detail.editor
    qtbot.waitUntil(lambda: "叶文洁" in editor.preview.toPlainText(), timeout=5000)
    assert "字" in editor.counts.text(), editor.counts.text()  # the editor speaks Chinese
    _shot(window, screenshots, f"zh_CN-note-{themed}", qtbot)


@pytest.mark.parametrize("ui", ["en", "zh_CN"])
def test_search_results_screenshots(  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    make_window,
    sample_library: Library,
    themed: str,
    screenshots: Path,
    ui: str,
    request: pytest.FixtureRequest,
) -> None:
    """The full-text results under the box, for a Chinese and an English query; in a Chinese
    window (``ui`` zh_CN), the Chinese query."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest

    from readinglog.gui.search.index_keeper import IndexState

    queries: tuple[tuple[str, str], ...] = (("zh", "经济"), ("en", "learning"))
    if ui != "en":
        request.getfixturevalue("chinese")  # the window made below speaks 简体中文
        queries = (("zh", "经济"),)
    window = make_window(sample_library, restore=False)
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    edit, results = window.list_pane.search.edit, window.list_pane.results
    window.activateWindow()
    for name, text in queries:
        edit.setFocus()
        edit.selectAll()
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:  # as a pinyin input method commits it
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QCoreApplication.sendEvent(edit, event)
        qtbot.waitUntil(
            lambda t=text: results.isVisible() and results.text == t and not results.pending,  # type: ignore[misc]
            timeout=10_000,
        )
        prefix = "search" if ui == "en" else f"{ui}-search"
        _shot(window, screenshots, f"{prefix}-{name}-{themed}", qtbot)


def test_statistics_screenshots(
    qtbot: QtBot, make_window, library: Library, themed: str, screenshots: Path
) -> None:
    """View ▸ Statistics over a year of Chinese and English reading, with goals set."""
    from readinglog.core.goals import GoalMetric, set_goal
    from readinglog.core.types import ItemKind
    from tests.gui.test_stats_view import YEAR, build_stats_library, choose_year, open_stats

    build_stats_library(library)
    with library.sessions.begin() as s:
        set_goal(s, YEAR, GoalMetric.FINISHED, 12, kind=ItemKind.BOOK)
        set_goal(s, YEAR, GoalMetric.PAGES, 1000)
        set_goal(s, YEAR, GoalMetric.HOURS, 20)
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    kinds = next(view for view in stats.charts if view.chart.name == "kinds")
    kinds.setFocus()
    kinds.activate()  # the books, listed under the charts
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() > 0, timeout=5000)
    _shot(stats, screenshots, f"stats-{themed}", qtbot)
    choose_year(qtbot, stats, None)  # all time: months over two years
    _shot(stats, screenshots, f"stats-all-{themed}", qtbot)
