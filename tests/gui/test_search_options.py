"""Preferences' search options: search as you type (else only on Enter) and how many results
to show; both apply at once to the open window and are there again after a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.core.library import Library
from readinglog.core.notes import add_note
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.search import search_options
from readinglog.gui.search.index_keeper import SEARCH_LIMIT
from readinglog.gui.search.search_options import SearchOptions
from readinglog.gui.window.actions import MainAction
from tests.gui.helpers import answer, trigger
from tests.gui.test_search_results import ready, search, type_into

MANY = 25  # notes that all match WORD


def set_options(qtbot: QtBot, window: Any, as_you_type: bool, results: int) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        assert dialog.findChild(type(dialog.as_you_type), "preferences_search_as_you_type")
        dialog.as_you_type.setChecked(as_you_type)
        dialog.results_count.setValue(results)
        dialog.accept()

    with answer(qtbot, PreferencesDialog, fill):
        trigger(window, MainAction.PREFERENCES)


def focus_box(window: Any) -> Any:
    edit = window.list_pane.search.edit
    window.activateWindow()
    edit.setFocus()
    edit.selectAll()
    return edit


def test_the_defaults_are_as_before(qtbot: QtBot, window) -> None:
    def check(dialog: PreferencesDialog) -> None:
        assert dialog.as_you_type.isChecked()
        assert dialog.results_count.value() == SEARCH_LIMIT
        assert (dialog.results_count.minimum(), dialog.results_count.maximum()) == (10, 200)
        dialog.reject()

    with answer(qtbot, PreferencesDialog, check):
        trigger(window, MainAction.PREFERENCES)
    assert window.list_pane.search.edit.as_you_type
    assert window.index.limit == SEARCH_LIMIT


def test_with_search_as_you_type_off_results_wait_for_enter(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    set_options(qtbot, window, as_you_type=False, results=SEARCH_LIMIT)
    results = window.list_pane.results
    edit = focus_box(window)
    type_into(edit, "经济")
    qtbot.wait(500)  # well past the debounce
    assert not results.isVisible() and results.text == ""
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # searches; the focus stays in the box
    qtbot.waitUntil(
        lambda: results.isVisible() and results.text == "经济" and not results.pending,
        timeout=10_000,
    )
    assert results.hits()
    assert edit.hasFocus()

    set_options(qtbot, window, as_you_type=True, results=SEARCH_LIMIT)  # back on, live
    results = search(qtbot, window, "Kahneman")
    assert results.hits()


def test_the_clear_button_still_clears_with_it_off(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    set_options(qtbot, window, as_you_type=False, results=SEARCH_LIMIT)
    edit = focus_box(window)
    type_into(edit, "经济")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    results = window.list_pane.results
    qtbot.waitUntil(lambda: results.isVisible() and not results.pending, timeout=10_000)
    edit.clear()
    assert results.text == "" and not results.isVisible()


def add_many(library: Library) -> None:
    with library.sessions.begin() as s:
        for i in range(MANY):
            add_note(s, f"Serendipity number {i}: a note about serendipity and chance.")


def test_results_to_show_caps_the_hits_live_and_survives_a_restart(
    qtbot: QtBot, make_window, sample_library: Library
) -> None:
    add_many(sample_library)
    window = make_window(sample_library)
    ready(qtbot, window)
    results = search(qtbot, window, "serendipity")
    assert len(results.hits()) == MANY  # under the default of 30

    set_options(qtbot, window, as_you_type=False, results=10)
    qtbot.waitUntil(lambda: len(results.hits()) == 10 and not results.pending, timeout=10_000)
    assert results.footer.text().startswith(f"{MANY} found")  # the total is still said

    saved = config.load(sample_library.paths.settings)
    assert search_options.load(saved) == SearchOptions(as_you_type=False, results=10)
    window.close()
    window.index.close()

    again = make_window(sample_library)  # a restart: read from settings.toml
    ready(qtbot, again)
    assert not again.list_pane.search.edit.as_you_type
    assert again.index.limit == 10
    edit = focus_box(again)
    type_into(edit, "serendipity")
    qtbot.wait(400)
    assert not again.list_pane.results.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    found = again.list_pane.results
    qtbot.waitUntil(
        lambda: found.isVisible() and found.text == "serendipity" and not found.pending,
        timeout=10_000,
    )
    assert len(found.hits()) == 10


def test_settings_are_read_forgivingly(sample_library: Library) -> None:
    settings = config.Settings()
    settings.extra.update({"search_as_you_type": "no", "search_results": 5000})
    assert search_options.load(settings) == SearchOptions(True, 200)
    settings.extra["search_results"] = "many"
    assert search_options.load(settings).results == SEARCH_LIMIT
    search_options.put(settings, SearchOptions(False, 3))
    config.save(settings, sample_library.paths.settings)
    assert search_options.load(config.load(sample_library.paths.settings)) == SearchOptions(
        False, 10
    )
