"""The window: sidebar -> list -> detail, every action by its objectName, one changed signal."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from readinglog.core import repository, services
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Changes, ItemKind, Status
from readinglog.gui import dialogs, main_window
from readinglog.gui.actions import MENUS, MainAction
from readinglog.gui.views import Target


def trigger(window: Any, key: MainAction) -> None:
    action = window.findChild(QAction, key.value)
    assert action is not None, key
    action.trigger()


def select_title(window: Any, title: str) -> int:
    with window.library.sessions() as s:
        ids = repository.item_ids(s, parse_filter(f'title:"{title}"'))
    assert window.list_pane.items.select_id(ids[0])
    return ids[0]


class FakeDialog(QDialog):
    """Stands in for the editor helper's ItemDialog / LogDialog: accepts with a write."""

    made: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, library: Library, *args: Any, parent: Any = None, **kwargs: Any) -> None:
        super().__init__(parent)
        self.library, self.args, self.kwargs = library, args, kwargs
        FakeDialog.made.append({"args": args, **kwargs})

    def exec(self) -> int:
        with self.library.sessions.begin() as s:
            if self.kwargs.get("kind") is not None:
                self.changes = services.add_item(s, self.kwargs["kind"], "新书 A new book")
            else:
                item_id = self.kwargs.get("item_id") or self.args[0]
                self.changes = services.edit_item(s, item_id, title="Edited title")
        return QDialog.DialogCode.Accepted


@pytest.fixture
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> type[FakeDialog]:
    real = main_window.optional
    FakeDialog.made = []

    def optional(module: str, name: str) -> Any:
        return FakeDialog if module in ("item_dialog", "log_dialog") else real(module, name)

    monkeypatch.setattr(main_window, "optional", optional)
    monkeypatch.setattr(dialogs, "choose_kind", lambda _parent, _preferred=None: ItemKind.BOOK)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    return FakeDialog


def test_window_shows_the_sample_library(window) -> None:
    assert window.windowTitle() == "ReadingLog — All entries"
    assert window.findChild(type(window._size), "library_size").text() == "13 entries · 6 notes"
    assert window.list_pane.items.current_id() is not None  # the first row is selected
    assert window.detail.current[0] is Target.ITEMS


def test_every_action_is_named_has_keys_and_a_menu_entry(window) -> None:
    in_menus = {k for _, keys in MENUS for k in keys if k is not None}
    assert in_menus == set(MainAction)
    for key in MainAction:
        action = window.findChild(QAction, key.value)
        assert action is not None and action.objectName() == key.value
        if key is not MainAction.ABOUT:
            assert action.shortcuts(), key
    standard = {
        MainAction.NEW_ENTRY: QKeySequence.StandardKey.New,
        MainAction.DELETE: QKeySequence.StandardKey.Delete,
        MainAction.FOCUS_SEARCH: QKeySequence.StandardKey.Find,
        MainAction.QUIT: QKeySequence.StandardKey.Quit,
    }
    for key, std in standard.items():
        shortcuts = window.findChild(QAction, key.value).shortcuts()
        assert all(s in shortcuts for s in QKeySequence.keyBindings(std)), key
    search = window.findChild(QAction, "focus_search").shortcuts()
    assert QKeySequence("Ctrl+K") in search and QKeySequence("Ctrl+F") in search


def test_sidebar_selection_changes_the_list(window) -> None:
    window.sidebar.select_key("kind:book")
    assert window.windowTitle() == "ReadingLog — Books"
    model = window.list_pane.items.paged_model()
    assert model.rowCount() == 5
    assert {model.index(r, 2).data() for r in range(5)} == {"book"}
    window.sidebar.select_key("status:in-progress")
    assert model.rowCount() == 4
    window.sidebar.select_key("tag:历史")
    assert window.list_pane.target is Target.ITEMS and model.rowCount() >= 1
    window.sidebar.select_key("notes:standalone")
    assert window.list_pane.target is Target.NOTES
    assert window.list_pane.notes.paged_model().rowCount() == 1
    assert window.detail.current[0] is Target.NOTES
    window.sidebar.select_key("tag:读书笔记")  # only notes carry it
    assert window.list_pane.target is Target.NOTES
    assert window.list_pane.notes.paged_model().rowCount() == 2


def test_typed_filter_narrows_the_sidebar_view(qtbot: QtBot, window) -> None:
    window.sidebar.select_key("kind:book")
    window.list_pane.search.edit.setText("year:2023")
    window.list_pane.search.edit.flush()
    assert window.list_pane.items.paged_model().rowCount() == 2  # Sapiens and 三体 (re-read)


def test_focus_search(qtbot: QtBot, window) -> None:
    window.activateWindow()
    window.list_pane.items.setFocus()
    trigger(window, MainAction.FOCUS_SEARCH)
    qtbot.waitUntil(lambda: window.list_pane.search.edit.hasFocus(), timeout=1000)
    trigger(window, MainAction.FOCUS_LIST)
    qtbot.waitUntil(lambda: window.list_pane.items.hasFocus(), timeout=1000)


def test_mark_finished_today_emits_changed_and_refreshes(qtbot: QtBot, window) -> None:
    item_id = select_title(window, "Thinking, Fast and Slow")
    with qtbot.waitSignal(window.changed) as signal:
        trigger(window, MainAction.MARK_FINISHED)
    assert item_id in signal.args[0].items
    with window.library.sessions() as s:
        assert repository.get_item(s, item_id).status is Status.FINISHED
    table = window.list_pane.items
    row = table.paged_model().row_of(item_id)
    assert table.paged_model().index(row, 3).data() == "finished"
    assert table.paged_model().index(row, 6).data() == dt.date.today().isoformat()
    finished = window.sidebar.counts.by_key["status:finished"]
    assert finished == 8


def test_delete_asks_and_removes(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = select_title(window, "三体")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _y: asked.append(text) or False)
    trigger(window, MainAction.DELETE)
    assert asked and "三体" in asked[0]
    assert window.list_pane.items.paged_model().row_of(item_id) >= 0  # cancelled: kept
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    assert window.list_pane.items.paged_model().row_of(item_id) == -1
    assert window._size.text() == "12 entries · 6 notes"


def test_delete_a_note(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    assert window.list_pane.notes.paged_model().rowCount() == 5


def test_new_entry_edit_and_log_use_the_dialogs(qtbot: QtBot, window, fake_dialogs) -> None:
    window._update_actions()
    trigger(window, MainAction.NEW_ENTRY)
    assert fake_dialogs.made[-1]["kind"] is ItemKind.BOOK
    new_id = window.list_pane.items.current_id()
    assert (
        window.list_pane.items.paged_model()
        .index(window.list_pane.items.paged_model().row_of(new_id), 0)
        .data()
        == "新书 A new book"
    )
    trigger(window, MainAction.EDIT)
    assert fake_dialogs.made[-1]["item_id"] == new_id
    assert window.detail.current == (Target.ITEMS, new_id)
    trigger(window, MainAction.LOG_PROGRESS)
    assert fake_dialogs.made[-1]["args"] == (new_id,)


def test_actions_without_a_selection_are_disabled(window) -> None:
    window.list_pane.search.edit.setText("nothing matches this")
    window.list_pane.search.edit.flush()
    for key in (MainAction.EDIT, MainAction.DELETE, MainAction.MARK_FINISHED):
        assert not window.findChild(QAction, key.value).isEnabled(), key
    assert window.detail.current == (None, None)


def test_new_note_opens_the_editor_when_it_exists(window) -> None:
    trigger(window, MainAction.NEW_NOTE)
    if window.detail.has_editor:
        assert window.detail.current == (Target.NOTES, None)
    else:
        assert not window.findChild(QAction, "new_note").isEnabled()


def test_load_sample_into_an_empty_library(qtbot: QtBot, make_window, library: Library) -> None:
    window = make_window(library)
    assert window._size.text() == "0 entries · 0 notes"
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.LOAD_SAMPLE)
    assert window._size.text() == "13 entries · 6 notes"
    assert window.list_pane.items.paged_model().rowCount() == 13


def test_shortcuts_sheet_lists_every_action(window, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(dialogs.ShortcutsDialog, "exec", lambda self: shown.append(self.rows()))
    trigger(window, MainAction.SHORTCUTS)
    names = [name for name, _ in shown[0]]
    for key in MainAction:
        action = window.findChild(QAction, key.value)
        assert action.text().replace("&", "").rstrip("…") in names
    keys = dict(shown[0])
    assert "Ctrl+K" in keys["Search and filter"] and "Ctrl+F" in keys["Search and filter"]
    assert keys["Mark finished today"] == "Ctrl+Shift+F"


def test_about_and_quit(qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_about", lambda _w, paths: shown.append(str(paths.data)))
    trigger(window, MainAction.ABOUT)
    assert shown == [str(window.library.paths.data)]
    trigger(window, MainAction.QUIT)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=1000)
    assert (window.library.paths.config / "window.ini").is_file()


def test_detail_links_open_notes_and_entries(window) -> None:
    item_id = select_title(window, "人类简史")
    with window.library.sessions() as s:
        note_id = repository.get_item(s, item_id).note_ids[0]
    window.detail.link_activated.emit(Target.NOTES, note_id)
    assert window.detail.current == (Target.NOTES, note_id)
    window.detail.link_activated.emit(Target.ITEMS, item_id)
    assert window.list_pane.items.current_id() == item_id
    assert window.detail.current == (Target.ITEMS, item_id)


def test_fallback_note_page_without_the_editor(window, monkeypatch: pytest.MonkeyPatch) -> None:
    from readinglog.gui import detail_view

    monkeypatch.setattr(detail_view, "note_editor_class", lambda: None)
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    page = window.detail.currentWidget()
    assert page.objectName() == "note_page"
    assert "阅读计划" in page.toPlainText()


def test_changes_from_elsewhere_reach_every_view(qtbot: QtBot, window) -> None:
    with window.library.sessions.begin() as s:
        changes = services.add_item(s, ItemKind.ARTICLE, "一篇文章", tags=["新标签"])
    window.changed.emit(changes)
    assert window._size.text() == "14 entries · 6 notes"
    assert window.sidebar.counts.by_key["kind:article"] == 2
    assert ("新标签", 1) in window.sidebar.counts.tags
    assert window.list_pane.items.paged_model().row_of(changes.created) >= 0
    window.changed.emit(Changes())  # nothing changed: nothing breaks
