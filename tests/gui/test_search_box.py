"""The filter box: debounced typing, a bad filter in red under the box, input methods."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readinglog.gui.search.search_box import DEBOUNCE_MS, SearchLineEdit
from tests.gui.helpers import list_filtered


def _ime(edit: SearchLineEdit, preedit: str, commit: str = "") -> None:
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(edit, event)


def test_typing_filters_the_list_after_a_pause(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    model = window.list_pane.items.paged_model()
    assert model.rowCount() == 13
    with qtbot.waitSignal(edit.query_changed, timeout=2000) as signal:
        qtbot.keyClicks(edit, "kind:book status:finished")
    assert signal.args == ["kind:book status:finished"]
    list_filtered(qtbot, window)
    assert model.rowCount() == 3
    assert window.list_pane.search.error_text == ""


def test_one_query_for_a_burst_of_keys(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    seen: list[str] = []
    edit.query_changed.connect(seen.append)
    qtbot.keyClicks(edit, "Kahneman")
    qtbot.wait(DEBOUNCE_MS * 3)
    assert seen == ["Kahneman"]
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().rowCount() == 1


def test_a_bad_filter_shows_one_sentence_and_keeps_the_list(qtbot: QtBot, window) -> None:
    box = window.list_pane.search
    model = window.list_pane.items.paged_model()
    qtbot.keyClicks(box.edit, "rating>=9")
    qtbot.waitUntil(lambda: box.error_text != "", timeout=2000)
    assert "is not a rating" in box.error_text
    assert box.error.isVisible()
    assert model.rowCount() == 13
    assert QApplication.activeModalWidget() is None  # never a dialog
    box.edit.clear()
    qtbot.waitUntil(lambda: box.error_text == "", timeout=2000)


def test_a_notes_only_field_on_entries_is_explained(qtbot: QtBot, window) -> None:
    box = window.list_pane.search
    qtbot.keyClicks(box.edit, "lang:zh")
    qtbot.waitUntil(lambda: box.error_text != "", timeout=2000)
    assert "notes only" in box.error_text
    window.sidebar.select_key("notes:all")  # the same text is fine for notes
    assert box.error_text == ""
    assert window.list_pane.notes.paged_model().rowCount() == 2


def test_chinese_text_filters(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    with qtbot.waitSignal(edit.query_changed, timeout=2000):
        edit.setText("经济")
    list_filtered(qtbot, window)
    model = window.list_pane.items.paged_model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "置身事内：中国政府与经济发展"
    ]


def test_no_query_while_pinyin_is_composing(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    seen: list[str] = []
    edit.query_changed.connect(seen.append)
    edit.setFocus()
    _ime(edit, "j")
    _ime(edit, "jing")
    _ime(edit, "jingji")
    assert edit.composing
    qtbot.wait(DEBOUNCE_MS * 3)
    assert seen == []
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the IME's Enter: nothing fires mid-composition
    assert seen == []
    _ime(edit, "", commit="经济")
    assert not edit.composing
    qtbot.waitUntil(lambda: seen == ["经济"], timeout=2000)
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().rowCount() == 1


def test_enter_applies_at_once_and_moves_to_the_list(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    window.activateWindow()
    edit.setFocus()
    edit.setText("三体")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    table = window.list_pane.items
    qtbot.waitUntil(table.hasFocus, timeout=1000)
    list_filtered(qtbot, window)
    model = table.paged_model()
    assert model.rowCount() == 1
    assert table.current_id() == model.ids[0]  # the first row of the new list, not the old


def test_escape_clears(qtbot: QtBot, window) -> None:
    edit = window.list_pane.search.edit
    edit.setText("三体")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    list_filtered(qtbot, window)
    assert window.list_pane.items.paged_model().rowCount() == 13
