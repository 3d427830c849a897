"""What the window shows comes back at the next launch, the actions follow what is shown, and
a completion popup gives the window back its clicks.

Quitting saves the sidebar row, the list's row and what the detail pane shows; a new window over
the same library shows the same again (an entry, a note open in the editor, a saved search, the
notes view, after the trash was looked at). The entry actions (Log progress, Mark finished)
are enabled whenever the detail pane shows an entry, however it came to be shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import Filter, parse_filter
from readinglog.core.types import Target
from readinglog.gui.dialogs import common, log_dialog
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.window.actions import MainAction
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.helpers import list_filtered, trigger, type_filter

ENTRY_ACTIONS = (MainAction.LOG_PROGRESS, MainAction.MARK_FINISHED)


def entry_id(window: Any, title: str) -> int:
    with window.library.sessions() as s:
        ids = repository.item_ids(s, parse_filter(f'title:"{title}"'))
    return ids[0]


def note_ids(window: Any) -> list[int]:
    with window.library.sessions() as s:
        return list(repository.note_ids(s, Filter()))


@pytest.fixture
def launch(make_window: Any) -> Iterator[Callable[[Library], Any]]:
    """``make_window`` that keeps each window until pytest-qt closes the test's widgets, so a
    window quit in the middle of a test is freed at a known time, not when the test's
    function returns."""
    windows: list[Any] = []

    def made(library: Library) -> Any:
        windows.append(make_window(library))
        return windows[-1]

    yield made


@pytest.fixture
def relaunch(qtbot: QtBot, launch: Any) -> Callable[[Any, Library], Any]:
    """Quit a window and launch a new one over the same library."""

    def again(window: Any, library: Library) -> Any:
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
        new = launch(library)
        list_filtered(qtbot, new)
        return new

    return again


def shown(window: Any) -> tuple[Target | None, int | None]:
    return window.detail.current  # type: ignore[no-any-return]


# -- fault 7: what was open comes back ---------------------------------------------------------


def test_an_entry_comes_back(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    window = launch(sample_library)
    wanted = entry_id(window, "三体")
    assert window.list_pane.items.select_id(wanted)
    again = relaunch(window, sample_library)
    assert again.list_pane.items.current_id() == wanted
    assert shown(again) == (Target.ITEM, wanted)


def test_a_note_open_in_the_editor_comes_back(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    window = launch(sample_library)
    window.sidebar.select_key("notes:all")
    wanted = note_ids(window)[-1]
    assert window.list_pane.notes.select_id(wanted)
    assert shown(window) == (Target.NOTE, wanted)
    window.detail.editor.source.setFocus()  # reading it, the cursor in the text
    again = relaunch(window, sample_library)
    assert again.sidebar.current_key == "notes:all"
    assert again.list_pane.notes.current_id() == wanted
    assert shown(again) == (Target.NOTE, wanted)
    assert again.detail.editor.note_id == wanted


def test_a_note_opened_from_an_entry_page_comes_back(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    """The list shows entries, the detail pane a note reached by its link."""
    window = launch(sample_library)
    wanted = note_ids(window)[0]
    window.detail.link_activated.emit(Target.NOTE, wanted)
    assert shown(window) == (Target.NOTE, wanted)
    again = relaunch(window, sample_library)
    assert shown(again) == (Target.NOTE, wanted)


def test_a_page_deleted_since_leaves_the_lists_row_shown(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    from readinglog.core import trash

    window = launch(sample_library)
    row = window.list_pane.items.current_id()
    note = note_ids(window)[0]
    window.detail.link_activated.emit(Target.NOTE, note)
    window.close()
    with sample_library.sessions.begin() as s:  # deleted meanwhile (the CLI)
        trash.trash_note(s, note)
    again = relaunch(window, sample_library)
    assert shown(again) == (Target.ITEM, row)


def test_a_new_note_being_written_comes_back(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    from tests.gui.helpers import write_new_note

    window = launch(sample_library)
    created = write_new_note(qtbot, window, "写到一半 half written")
    again = relaunch(window, sample_library)
    assert shown(again) == (Target.NOTE, created)


def test_a_saved_search_comes_back(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    from tests.gui.test_saved_searches import save_as

    window = launch(sample_library)
    type_filter(qtbot, window, "lang:zh")
    save_as(qtbot, window, "中文书")  # Ctrl+D, named: the sidebar selects it
    search = SavedSearch("中文书", "lang:zh", Target.ITEM)
    assert window.sidebar.current_key == search.key
    list_filtered(qtbot, window)
    table = window.list_pane.items
    assert table.paged_model().rowCount() > 1
    table.selectRow(1)
    wanted = table.current_id()
    again = relaunch(window, sample_library)
    assert again.list_pane.search.edit.text() == "lang:zh"
    assert again.sidebar.current_key == search.key
    assert again.list_pane.items.current_id() == wanted
    assert shown(again) == (Target.ITEM, wanted)


def test_the_notes_view_comes_back_with_its_row(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    window = launch(sample_library)
    window.sidebar.select_key("notes:standalone")
    wanted = window.list_pane.notes.current_id()
    assert wanted is not None
    again = relaunch(window, sample_library)
    assert again.sidebar.current_key == "notes:standalone"
    assert again.list_pane.target is Target.NOTE
    assert shown(again) == (Target.NOTE, wanted)


def test_looking_at_the_trash_last_does_not_lose_the_view(
    qtbot: QtBot,
    launch: Any,
    relaunch: Any,
    sample_library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from readinglog.gui.window import trash_commands

    opened: list[bool] = []
    monkeypatch.setattr(trash_commands.TrashCommands, "show_trash", lambda *_a: opened.append(1))
    window = launch(sample_library)
    window.sidebar.select_key("kind:book")
    wanted = entry_id(window, "三体")
    assert window.list_pane.items.select_id(wanted)
    trash_index = window.sidebar._find("trash")
    rect = window.sidebar.visualRect(trash_index)
    QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened
    again = relaunch(window, sample_library)
    assert again.sidebar.current_key == "kind:book"
    assert shown(again) == (Target.ITEM, wanted)


# -- fault 9: the entry actions follow what the detail pane shows -------------------------------


def entry_actions_follow_the_page(window: Any) -> None:
    """Whenever the detail pane shows an entry, the entry actions are on, and act on it."""
    target, shown_id = shown(window)
    on = [window.action(k).isEnabled() for k in ENTRY_ACTIONS]
    if target is Target.ITEM:
        assert on == [True, True], f"entry {shown_id} shown, entry actions off"
        assert window.selected_items() and shown_id in window.selected_items()
        assert window.action(MainAction.EDIT).isEnabled()
    elif window.list_pane.target is Target.NOTE and not window.selected_ids():
        assert on == [False, False]


def focus_list_by_key(qtbot: QtBot, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    edit = window.list_pane.search.edit
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(edit, Qt.Key.Key_Control)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    qtbot.waitUntil(window.list_pane.items.hasFocus, timeout=2000)


def test_ctrl_1_onto_a_list_without_a_current_row(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row hidden by one filter is not in the next: the list has no current row, and
    Ctrl+1 makes the first row current (Qt does so without selecting it)."""
    window.list_pane.items.select_id(entry_id(window, "三体"))
    type_filter(qtbot, window, "zzzz-nothing")
    type_filter(qtbot, window, "kind:podcast")
    assert window.list_pane.items.paged_model().rowCount() > 0
    assert window.list_pane.items.current_id() is None
    focus_list_by_key(qtbot, window)
    assert shown(window)[0] is Target.ITEM
    entry_actions_follow_the_page(window)
    _, shown_id = shown(window)
    monkeypatch.setattr(log_dialog, "ask_rating", lambda *_a: log_dialog.SKIPPED)
    with qtbot.waitSignal(window.changed) as signal:
        trigger(window, MainAction.MARK_FINISHED)
    assert list(signal.args[0].items) == [shown_id]


def test_actions_follow_every_way_the_shown_entry_changes(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_actions_follow_the_page(window)  # at launch
    for key in ("kind:book", "notes:all", "status:finished", "all", "notes:recent", "all"):
        window.sidebar.select_key(key)  # the first row is made current
        list_filtered(qtbot, window)
        entry_actions_follow_the_page(window)
    type_filter(qtbot, window, "三体")  # a filter that keeps one row
    entry_actions_follow_the_page(window)
    type_filter(qtbot, window, "")
    entry_actions_follow_the_page(window)
    window.list_pane.items.selectionModel().clearSelection()  # Ctrl+click on the one row
    entry_actions_follow_the_page(window)
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    table = window.list_pane.items
    table.selectRow(2)
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)  # the selection moves to a neighbour, or goes
    list_filtered(qtbot, window)
    entry_actions_follow_the_page(window)
    window.detail.link_activated.emit(Target.ITEM, entry_id(window, "三体"))
    entry_actions_follow_the_page(window)


def test_actions_follow_the_entry_restored_at_launch(
    qtbot: QtBot, launch: Any, relaunch: Any, sample_library: Library
) -> None:
    window = launch(sample_library)
    wanted = entry_id(window, "三体")
    window.list_pane.items.select_id(wanted)
    again = relaunch(window, sample_library)
    assert shown(again) == (Target.ITEM, wanted)
    entry_actions_follow_the_page(again)


# -- a completion popup gives the window back -------------------------------------------------


def _note_fields(qtbot: QtBot, window: Any) -> Any:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    editor = window.detail.editor
    assert editor is not None
    return editor


def _popup_for(qtbot: QtBot, field: Any, popup: Any, text: str) -> None:
    from tests.gui.test_note_editor import type_text

    field.setFocus()
    field.end(False)
    type_text(field, text)
    qtbot.waitUntil(popup.isVisible, timeout=3000)  # and chosen at once, as a fast typist does


def _pick_by_click(popup: Any) -> None:
    rect = popup.visualRect(popup.model().index(0, 0))
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _pick_by_enter(popup: Any) -> None:
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)


def _dismiss(popup: Any) -> None:
    QTest.keyClick(popup, Qt.Key.Key_Escape)


# A popup on the offscreen platform: it cannot raise it nor grab the keyboard (conftest's
# marker is replaced by this one, so its noise is listed again).
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise", "does not support grabbing")
@pytest.mark.parametrize("close", [_pick_by_click, _pick_by_enter, _dismiss])
@pytest.mark.parametrize("field", ["tags", "link"])
def test_the_click_after_a_completion_popup_reaches_its_widget(
    qtbot: QtBot, window: Any, close: Callable[[Any], None], field: str
) -> None:
    editor = _note_fields(qtbot, window)
    if field == "tags":
        edit, popup, text = editor.tags, editor.tags.tag_completer.popup(), ", 历"
    else:
        edit, popup, text = editor.links.field, editor.links.completer.popup(), "Sapiens"
    _popup_for(qtbot, edit, popup, text)
    close(popup)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    qtbot.wait(50)  # the platform's activation events for the popup come in meanwhile
    press_on = editor.source.viewport()  # back to the text, to go on writing
    QTest.mouseClick(press_on, Qt.MouseButton.LeftButton, pos=press_on.rect().center())
    qtbot.waitUntil(editor.source.hasFocus, timeout=2000)
    assert QApplication.activeWindow() is window
    notes = window.list_pane.notes
    row = notes.visualRect(notes.model().index(2, 0)).center()
    QTest.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(notes.hasFocus, timeout=2000)
    assert notes.currentIndex().row() == 2
