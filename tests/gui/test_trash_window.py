"""The trash and note history in the window: delete then Ctrl+Z, the Trash window, the
History dialog, and autosave while typing keeping no version per save."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text as sql

from readinglog.core import history, repository, trash
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.history_dialog import HistoryDialog
from readinglog.gui.dialogs.trash_dialog import TrashDialog
from readinglog.gui.lists.sidebar import TRASH_KEY
from readinglog.gui.window.actions import MainAction
from readinglog.gui.window.trash_commands import MOVED
from tests.gui.helpers import (
    answer,
    list_filtered,
    note_whose_entry_is_gone,
    trigger,
    write_new_note,
)


def select_title(window: Any, title: str) -> int:
    with window.library.sessions() as s:
        ids = repository.item_ids(s, parse_filter(f'title:"{title}"'))
    assert window.list_pane.items.select_id(ids[0])
    return ids[0]


def in_trash(window: Any) -> list[str]:
    with window.library.sessions() as s:
        return [row.title for row in trash.list_trash(s)]


def active(qtbot: QtBot, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def ctrl_z(widget: Any) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # QTest leaves Ctrl down in the application's modifier state; a held Ctrl would make a
    # later selectRow toggle the row (here and in the tests that run after these)
    QTest.keyRelease(widget, Qt.Key.Key_Control)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "confirm", lambda *_a: True)


def test_delete_then_ctrl_z_in_the_list_restores_the_entry(
    qtbot: QtBot, window: Any, yes: None
) -> None:
    active(qtbot, window)
    item_id = select_title(window, "三体")
    undo = window.action(MainAction.UNDO)
    assert not undo.isEnabled()
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    assert window.statusBar().currentMessage() == MOVED
    assert in_trash(window) == ["三体"]
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().row_of(item_id) == -1
    assert undo.isEnabled()
    table = window.list_pane.items
    table.setFocus()
    with qtbot.waitSignal(window.changed):
        ctrl_z(table)
    list_filtered(qtbot, window)
    assert in_trash(window) == []
    assert window.list_pane.items.paged_model().row_of(item_id) >= 0
    assert window.detail.current == (window.list_pane.target, item_id)
    assert window._size.text() == "13 entries · 6 notes"
    assert not undo.isEnabled()


def test_ctrl_z_on_the_entry_page_restores_too(qtbot: QtBot, window: Any, yes: None) -> None:
    active(qtbot, window)
    first = select_title(window, "三体")
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    list_filtered(qtbot, window)
    other = select_title(window, "人类简史")
    assert other != first
    page = window.detail._entry  # another entry's page (read-only text)
    assert window.detail.current[1] == other
    page.setFocus()
    with qtbot.waitSignal(window.changed):
        ctrl_z(page)
    assert in_trash(window) == []


def test_ctrl_z_in_the_note_editor_is_the_editors_undo(
    qtbot: QtBot, window: Any, yes: None
) -> None:
    active(qtbot, window)
    window.sidebar.select_key("notes:all")
    list_filtered(qtbot, window)
    notes_table = window.list_pane.notes
    notes_table.selectRow(0)
    deleted = notes_table.current_id()
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    list_filtered(qtbot, window)
    notes_table.selectRow(0)
    editor = window.detail.editor
    assert editor is not None and editor.note_id not in (None, deleted)
    before = editor.source.toPlainText()
    editor.source.setFocus()
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.source, "xyz")
    assert editor.source.toPlainText() == before + "xyz"
    ctrl_z(editor.source)
    assert editor.source.toPlainText() == before  # the editor's undo
    assert len(in_trash(window)) == 1  # not the delete's
    notes_table.setFocus()
    with qtbot.waitSignal(window.changed):
        ctrl_z(notes_table)
    assert in_trash(window) == []
    list_filtered(qtbot, window)
    assert notes_table.paged_model().row_of(deleted) >= 0


def test_trash_window_restores_and_deletes_forever(qtbot: QtBot, window: Any, yes: None) -> None:
    for title in ("三体", "人类简史"):
        select_title(window, title)
        with qtbot.waitSignal(window.changed):
            trigger(window, MainAction.DELETE)
        list_filtered(qtbot, window)
    assert window.sidebar.counts.by_key[TRASH_KEY] == 2
    index = window.sidebar._find(TRASH_KEY)
    assert index.isValid()
    with qtbot.waitSignal(window.sidebar.trash_requested):
        window.sidebar.clicked.emit(index)
    dialog = window.findChild(TrashDialog, "trash_dialog")
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())]
    assert sorted(rows) == ["三体", "人类简史：从动物到上帝"]
    assert not dialog.restore_button.isEnabled()
    dialog.list.topLevelItem(rows.index("三体")).setSelected(True)
    with qtbot.waitSignal(window.changed):
        dialog.restore_button.click()
    assert in_trash(window) == ["人类简史：从动物到上帝"]
    assert dialog.list.topLevelItemCount() == 1
    list_filtered(qtbot, window)
    assert window.sidebar.counts.by_key[TRASH_KEY] == 1
    assert window._size.text() == "12 entries · 6 notes"
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.delete_button.click()  # for good: after a verified backup, made on a worker
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=10_000)
    assert in_trash(window) == []
    assert not dialog.empty_button.isEnabled()
    list_filtered(qtbot, window)
    assert window.sidebar.counts.by_key[TRASH_KEY] == 0
    dialog.close()


def test_history_dialog_restores_a_version(qtbot: QtBot, window: Any) -> None:
    note_id = write_new_note(qtbot, window, "第一版 first version")
    editor = window.detail.editor
    with window.library.sessions.begin() as s:  # the first text was saved an hour ago
        hour_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).replace(tzinfo=None)
        s.execute(sql("UPDATE notes SET updated_at = :t WHERE id = :n"),
                  {"t": hour_ago, "n": note_id})  # fmt: skip
    editor.source.setFocus()
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.source, " then more")
    window.flush()
    assert editor.source.toPlainText() == "第一版 first version then more"

    def pick_first(dialog: HistoryDialog) -> None:
        assert dialog.list.count() == 1
        assert dialog.preview.toPlainText() == "第一版 first version"
        assert dialog.preview.isReadOnly()
        dialog.restore_button.click()

    with answer(qtbot, HistoryDialog, pick_first):
        trigger(window, MainAction.NOTE_HISTORY)
    assert editor.source.toPlainText() == "第一版 first version"
    with window.library.sessions() as s:
        assert repository.note_view(s, note_id).body == "第一版 first version"
        versions = history.note_history(s, note_id)
    assert [v.body for v in versions] == ["第一版 first version then more", "第一版 first version"]


def test_typing_with_autosave_keeps_no_version_per_save(qtbot: QtBot, window: Any) -> None:
    note_id = write_new_note(qtbot, window, "typing")
    editor = window.detail.editor
    editor.source.setFocus()
    saves = 0

    def count(_changes: object) -> None:
        nonlocal saves
        saves += 1

    window.changed.connect(count)
    for word in range(12):  # about 2.5 s of typing: several autosaves
        QTest.keyClicks(editor.source, f" w{word}")
        qtbot.wait(200)
    window.flush()
    window.changed.disconnect(count)
    assert saves >= 2
    with window.library.sessions() as s:
        assert history.note_history(s, note_id) == []


def test_restore_problems_are_shown(
    qtbot: QtBot, window: Any, yes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    trashed, entry = note_whose_entry_is_gone(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.trash.restore([trashed])
    assert shown == [f"Restored, but:\n\n• entry {entry} no longer exists"]


def test_a_read_only_library_refuses_to_empty_the_trash(
    qtbot: QtBot, make_window: Any, sample_library: Any, yes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sample_library.sessions.begin() as s:
        trash.trash_item(s, 1)
    read_only = Library.open(replace(sample_library.paths, read_only=True))
    try:
        window = make_window(read_only, restore=False)
        refused: list[str] = []
        monkeypatch.setattr(window, "report_error", refused.append)
        window.trash.show_trash()
        dialog = window.findChild(TrashDialog, "trash_dialog")
        dialog.empty_button.click()
        assert refused and "read-only" in refused[0]
        assert dialog.list.topLevelItemCount() == 1
        dialog.close()
        window.close()
    finally:
        read_only.close()
    with sample_library.sessions() as s:
        assert trash.count(s) == 1
