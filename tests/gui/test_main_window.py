"""The window: sidebar -> list -> detail, every action by its objectName, one changed signal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from readinglog.core import repository, services
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Changes, ItemKind, Role, Status, Target
from readinglog.gui.dialogs import common, log_dialog
from readinglog.gui.dialogs.item_dialog import ItemDialog
from readinglog.gui.dialogs.log_dialog import LogDialog
from readinglog.gui.window.actions import MENUS, MainAction, typeable
from readinglog.gui.window.shortcuts import ShortcutsDialog
from tests.gui.helpers import answer, list_filtered, trigger, type_filter, write_new_note


def select_title(window: Any, title: str) -> int:
    with window.library.sessions() as s:
        ids = repository.item_ids(s, parse_filter(f'title:"{title}"'))
    assert window.list_pane.items.select_id(ids[0])
    return ids[0]


@pytest.fixture
def pick_book(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kind menu is a popup menu: answer it with "book"."""
    monkeypatch.setattr(common, "choose_kind", lambda _parent, _preferred=None: ItemKind.BOOK)


def test_window_shows_the_sample_library(window) -> None:
    assert window.windowTitle() == "ReadingLog — All entries"
    assert window.findChild(type(window._size), "library_size").text() == "13 entries · 6 notes"
    assert window.list_pane.items.current_id() is not None  # the first row is selected
    assert window.detail.current[0] is Target.ITEM


def test_every_action_is_named_has_keys_and_a_menu_entry(window) -> None:
    in_menus = {k for _, keys in MENUS for k in keys if k is not None}
    assert in_menus == set(MainAction)
    for key in MainAction:
        action = window.findChild(QAction, key.value)
        assert action is not None and action.objectName() == key.value
        if key not in (MainAction.ABOUT, MainAction.OPEN_LOG_FOLDER):  # rare Help items
            assert action.shortcuts(), key
    standard = {
        MainAction.NEW_ITEM: QKeySequence.StandardKey.New,
        MainAction.FOCUS_SEARCH: QKeySequence.StandardKey.Find,
        MainAction.QUIT: QKeySequence.StandardKey.Quit,
    }
    for key, std in standard.items():
        shortcuts = window.findChild(QAction, key.value).shortcuts()
        assert all(s in shortcuts for s in QKeySequence.keyBindings(std) if typeable(s)), key
    assert window.findChild(QAction, "delete").shortcuts() == [QKeySequence("Del")]
    search = window.findChild(QAction, "focus_search").shortcuts()
    assert QKeySequence("Ctrl+K") in search and QKeySequence("Ctrl+F") in search


def test_sidebar_selection_changes_the_list(window) -> None:
    window.sidebar.select_key("kind:book")
    assert window.windowTitle() == "ReadingLog — Books"
    model = window.list_pane.items.paged_model()
    assert model.rowCount() == 5
    assert {model.index(r, 2).data() for r in range(5)} == {"book"}
    window.sidebar.select_key("status:in-progress")
    assert model.rowCount() == 3  # the sample's podcast show is under Subscribed
    window.sidebar.select_key("tag:历史")
    assert window.list_pane.target is Target.ITEM and model.rowCount() >= 1
    window.sidebar.select_key("notes:standalone")
    assert window.list_pane.target is Target.NOTE
    assert window.list_pane.notes.paged_model().rowCount() == 1
    assert window.detail.current[0] is Target.NOTE
    window.sidebar.select_key("tag:读书笔记")  # only notes carry it
    assert window.list_pane.target is Target.NOTE
    assert window.list_pane.notes.paged_model().rowCount() == 2


def test_typed_filter_narrows_the_sidebar_view(qtbot: QtBot, window) -> None:
    window.sidebar.select_key("kind:book")
    type_filter(qtbot, window, "year:2023")
    assert window.list_pane.items.paged_model().rowCount() == 2  # Sapiens and 三体 (re-read)


def test_focus_search(qtbot: QtBot, window) -> None:
    window.activateWindow()
    window.list_pane.items.setFocus()
    trigger(window, MainAction.FOCUS_SEARCH)
    qtbot.waitUntil(lambda: window.list_pane.search.edit.hasFocus(), timeout=1000)
    trigger(window, MainAction.FOCUS_LIST)
    qtbot.waitUntil(lambda: window.list_pane.items.hasFocus(), timeout=1000)


def test_mark_finished_today_emits_changed_and_refreshes(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[int]] = []
    monkeypatch.setattr(
        log_dialog, "ask_rating", lambda _lib, ids, _p: asked.append(ids) or log_dialog.SKIPPED
    )
    item_id = select_title(window, "Thinking, Fast and Slow")
    with qtbot.waitSignal(window.changed) as signal:
        trigger(window, MainAction.MARK_FINISHED)
    assert item_id in signal.args[0].items
    with window.library.sessions() as s:
        assert repository.item_view(s, item_id).status is Status.FINISHED
    list_filtered(qtbot, window)
    table = window.list_pane.items
    row = table.paged_model().row_of(item_id)
    assert table.paged_model().index(row, 3).data() == "finished"
    assert table.paged_model().index(row, 6).data() == dt.date.today().isoformat()
    finished = window.sidebar.counts.by_key["status:finished"]
    assert finished == 8
    assert asked == [[item_id]]  # the rating was asked for (and skipped: none is set)
    with window.library.sessions() as s:
        assert repository.item_view(s, item_id).fields.get("rating") is None


def test_a_rating_key_in_the_list_reaches_the_window_and_undo_takes_it_back(
    qtbot: QtBot, window
) -> None:
    item_id = select_title(window, "Thinking, Fast and Slow")
    undo = window.action(MainAction.UNDO)
    window.list_pane.items.setFocus()
    with qtbot.waitSignal(window.changed) as signal:
        qtbot.keyClick(window.list_pane.items, Qt.Key.Key_4)
    assert item_id in signal.args[0].items
    assert "4" in window.statusBar().currentMessage()
    with window.library.sessions() as s:
        assert repository.item_view(s, item_id).fields.get("rating") == 4
    assert undo.isEnabled()
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.UNDO)
    with window.library.sessions() as s:
        assert repository.item_view(s, item_id).fields.get("rating") is None
    assert not undo.isEnabled()


def test_mark_finished_today_sets_the_rating_given(qtbot: QtBot, window) -> None:
    item_id = select_title(window, "Thinking, Fast and Slow")

    def answer() -> None:
        prompt = window.findChild(log_dialog.RatingPrompt)
        if prompt is None or not prompt.isVisible():
            QTimer.singleShot(20, answer)
            return
        prompt.rating.set_value(4.5)
        qtbot.keyClick(prompt, Qt.Key.Key_Return)  # Enter accepts

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.changed, timeout=5000):
        trigger(window, MainAction.MARK_FINISHED)
    with window.library.sessions() as s:
        view = repository.item_view(s, item_id)
    assert view.status is Status.FINISHED and view.fields.get("rating") == 4.5


def test_delete_asks_and_removes(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = select_title(window, "三体")
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, _y: asked.append(text) or False)
    trigger(window, MainAction.DELETE)
    assert asked and "三体" in asked[0]
    assert window.list_pane.items.paged_model().row_of(item_id) >= 0  # cancelled: kept
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().row_of(item_id) == -1
    assert window._size.text() == "12 entries · 6 notes"


def test_delete_a_note(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    list_filtered(qtbot, window)
    assert window.list_pane.notes.paged_model().rowCount() == 5


def test_new_entry_edit_and_log_use_the_real_dialogs(qtbot: QtBot, window, pick_book) -> None:
    def add(dialog: ItemDialog) -> None:
        dialog.title.setText("新书 A new book")
        dialog._people[Role.AUTHOR].editor.setText("刘慈欣")  # type: ignore[attr-defined]
        dialog.accept()

    with answer(qtbot, ItemDialog, add) as shown:
        trigger(window, MainAction.NEW_ITEM)
    assert shown[0].windowTitle() == "Add an entry"
    new_id = window.list_pane.items.current_id()
    model = window.list_pane.items.paged_model()
    assert model.index(model.row_of(new_id), 0).data() == "新书 A new book"
    assert model.index(model.row_of(new_id), 1).data() == "刘慈欣"

    def rename(dialog: ItemDialog) -> None:
        assert dialog.title.text() == "新书 A new book"
        dialog.title.setText("Edited title")
        dialog.accept()

    with qtbot.waitSignal(window.changed), answer(qtbot, ItemDialog, rename):
        trigger(window, MainAction.EDIT)
    assert model.index(model.row_of(new_id), 0).data() == "Edited title"
    assert window.detail.current == (Target.ITEM, new_id)
    assert "Edited title" in window.detail.currentWidget().toPlainText()

    def log(dialog: LogDialog) -> None:
        assert dialog.item_id == new_id
        dialog.amount.setText("120")
        dialog.accept()

    with answer(qtbot, LogDialog, log):
        trigger(window, MainAction.LOG_PROGRESS)
    with window.library.sessions() as s:
        assert repository.item_view(s, new_id).status is Status.IN_PROGRESS
    assert model.index(model.row_of(new_id), 3).data() == "in progress"


def test_cancelled_dialogs_change_nothing(qtbot: QtBot, window, pick_book) -> None:
    before = window._size.text()
    with answer(qtbot, ItemDialog, lambda dialog: dialog.reject()):
        trigger(window, MainAction.NEW_ITEM)
    assert window._size.text() == before


def test_actions_without_a_selection_are_disabled(qtbot: QtBot, window) -> None:
    type_filter(qtbot, window, "nothing matches this")
    for key in (MainAction.EDIT, MainAction.DELETE, MainAction.MARK_FINISHED):
        assert not window.findChild(QAction, key.value).isEnabled(), key
    assert window.detail.current == (None, None)


def test_new_note_opens_the_editor(window) -> None:
    trigger(window, MainAction.NEW_NOTE)
    assert window.detail.current == (Target.NOTE, None)
    assert window.detail.currentWidget() is window.detail.editor


def test_a_new_note_becomes_the_current_row_once_the_list_shows_it(qtbot: QtBot, window) -> None:
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(3)
    created = write_new_note(qtbot, window, "新的笔记 a new note")
    list_filtered(qtbot, window)
    notes_table = window.list_pane.notes
    assert notes_table.current_id() == created
    assert notes_table.paged_model().row_of(created) == 0  # newest first
    assert window.detail.current == (Target.NOTE, created)


def test_load_sample_into_an_empty_library(qtbot: QtBot, make_window, library: Library) -> None:
    window = make_window(library)
    assert window._size.text() == "0 entries · 0 notes"
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.LOAD_SAMPLE)
    list_filtered(qtbot, window)
    assert window._size.text() == "13 entries · 6 notes"
    assert window.list_pane.items.paged_model().rowCount() == 13


def test_shortcuts_sheet_lists_every_action(window, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()))
    trigger(window, MainAction.SHORTCUTS)
    names = [name for name, _ in shown[0]]
    for key in MainAction:
        action = window.findChild(QAction, key.value)
        assert action.text().replace("&", "").rstrip("…") in names
    keys = dict(shown[0])
    assert "Ctrl+K" in keys["Search and filter"] and "Ctrl+F" in keys["Search and filter"]
    assert keys["Mark finished today"] == "Ctrl+Shift+F"
    assert keys["Rate the selected entries"].startswith("1 – 5")  # keys of the list alone
    assert keys["Undo"].startswith("Ctrl+Z")


def test_about_and_quit(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(common, "show_about", lambda _w, paths: shown.append(str(paths.data)))
    trigger(window, MainAction.ABOUT)
    assert shown == [str(window.library.paths.data)]
    trigger(window, MainAction.QUIT)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)
    assert (window.library.paths.config / "window.ini").is_file()


def test_detail_links_open_notes_and_entries(window) -> None:
    item_id = select_title(window, "人类简史")
    with window.library.sessions() as s:
        note_id = repository.item_view(s, item_id).note_ids[0]
    window.detail.link_activated.emit(Target.NOTE, note_id)
    assert window.detail.current == (Target.NOTE, note_id)
    window.detail.link_activated.emit(Target.ITEM, item_id)
    assert window.list_pane.items.current_id() == item_id
    assert window.detail.current == (Target.ITEM, item_id)


def test_changes_from_elsewhere_reach_every_view(qtbot: QtBot, window) -> None:
    with window.library.sessions.begin() as s:
        changes = services.add_item(s, ItemKind.ARTICLE, "一篇文章", tags=["新标签"])
    window.changed.emit(changes)
    list_filtered(qtbot, window)
    assert window._size.text() == "14 entries · 6 notes"
    assert window.sidebar.counts.by_key["kind:article"] == 2
    assert ("新标签", 1) in window.sidebar.counts.tags
    assert window.list_pane.items.paged_model().row_of(changes.created) >= 0
    window.changed.emit(Changes())  # nothing changed: nothing breaks


def test_the_index_keeper_starts_after_the_first_paint(
    qtbot: QtBot, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its first job loads the Chinese text tools (rjieba holds the GIL ~190 ms): the window
    must not wait for that to paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from readinglog.gui.search.index_keeper import IndexKeeper
    from readinglog.gui.window.main_window import MainWindow

    seen: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append("paint")
            return False

    spy = Painted()
    QApplication.instance().installEventFilter(spy)
    real_start = IndexKeeper.start
    monkeypatch.setattr(
        IndexKeeper, "start", lambda keeper: (seen.append("start"), real_start(keeper))
    )
    try:
        window = MainWindow(sample_library)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "start" in seen, timeout=5000)
        window.update()
        qtbot.wait(50)  # later paints start nothing more
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert seen == ["paint", "start"]
