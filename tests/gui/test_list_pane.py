"""Typing in the filter box over the notes: the list is filtered off the GUI thread, the note
being read comes back when the box is cleared, and the panes stay where they are."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readinglog.core.types import Target
from readinglog.gui.detail.note_editor import NoteEditor
from tests.gui.helpers import list_filtered, type_filter


def read_first_note(qtbot: QtBot, window: Any) -> int:
    window.sidebar.select_key("notes:all")
    table = window.list_pane.notes
    table.selectRow(0)
    note_id = table.current_id()
    assert window.detail.current == (Target.NOTE, note_id)
    qtbot.wait(10)
    return int(note_id)


def test_typing_never_queries_the_list_on_the_gui_thread(qtbot: QtBot, window) -> None:
    window.sidebar.select_key("notes:all")
    model = window.list_pane.notes.paged_model()
    threads: list[threading.Thread] = []
    real = model._query_ids

    def spy(*args: Any) -> list[int]:
        threads.append(threading.current_thread())
        return list(real(*args))

    model._query_ids = spy
    edit = window.list_pane.search.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "lang:zh")
    qtbot.waitUntil(lambda: bool(threads) and not model.pending, timeout=5000)
    assert model.rowCount() == 2
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # clears the box
    list_filtered(qtbot, window)
    assert model.rowCount() == 6
    assert threads and threading.main_thread() not in threads


def test_the_note_being_read_comes_back_when_the_box_is_cleared(
    qtbot: QtBot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    note_id = read_first_note(qtbot, window)
    sizes = window.splitter.sizes()
    loads: list[int | None] = []
    real_show = NoteEditor._show

    def show(editor: NoteEditor, shown: int | None, *args: Any, **kwargs: Any) -> None:
        loads.append(shown)
        real_show(editor, shown, *args, **kwargs)

    monkeypatch.setattr(NoteEditor, "_show", show)

    type_filter(qtbot, window, "nothing is called this")
    assert window.list_pane.notes.current_id() is None
    assert window.detail.current == (None, None)  # the hint
    assert window.splitter.sizes() == sizes  # the panes did not move

    type_filter(qtbot, window, "")
    assert window.list_pane.notes.current_id() == note_id
    assert window.detail.current == (Target.NOTE, note_id)
    assert window.detail.currentWidget() is window.detail.editor
    assert window.splitter.sizes() == sizes
    assert loads == []  # the same note: the editor kept its text, cursor and undo


def test_a_row_chosen_meanwhile_is_kept(qtbot: QtBot, window) -> None:
    first = read_first_note(qtbot, window)
    table = window.list_pane.notes
    other = table.paged_model().row_data(1)
    assert other is not None and other.title != table.paged_model().row_data(0).title
    type_filter(qtbot, window, f'title:"{other.title}"')
    assert table.current_id() is None  # the first note is filtered out
    table.selectRow(0)
    assert table.current_id() == other.id != first
    type_filter(qtbot, window, "")
    assert table.current_id() == other.id
    assert window.detail.current == (Target.NOTE, other.id)


def test_an_entry_page_gets_its_widths_back_after_the_hint(qtbot: QtBot, window) -> None:
    item_sizes = window.splitter.sizes()
    read_first_note(qtbot, window)
    note_sizes = window.splitter.sizes()
    assert note_sizes != item_sizes
    type_filter(qtbot, window, "nothing is called this")
    assert window.splitter.sizes() == note_sizes
    window.sidebar.select_key("all")
    type_filter(qtbot, window, "")
    window.list_pane.items.selectRow(0)
    assert window.detail.page_target is Target.ITEM
    assert window.splitter.sizes() == item_sizes
