"""Saved searches: Ctrl+D names the filter box's text, the sidebar lists it, picking it applies
it, Delete (after asking) forgets it, and the next launch has it again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.config import Settings
from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Target
from readinglog.gui.dialogs import common
from readinglog.gui.lists import saved_searches
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.window.actions import MENUS, MainAction
from tests.gui.helpers import answer, trigger

FINISHED_WELL = "status:finished rating>=4"


def type_query(window: Any, text: str) -> None:
    window.list_pane.search.edit.setText(text)
    window.list_pane.search.edit.flush()


def save_as(qtbot: QtBot, window: Any, name: str) -> list[QInputDialog]:
    def fill(dialog: QInputDialog) -> None:
        assert dialog.objectName() == "save_search_dialog"
        assert dialog.textValue() == window.list_pane.search.edit.text()  # offered as the name
        dialog.setTextValue(name)
        dialog.accept()

    with answer(qtbot, QInputDialog, fill) as shown:
        trigger(window, MainAction.SAVE_SEARCH)
    return shown


def stored(library: Library) -> list[SavedSearch]:
    return saved_searches.load(config.load(library.paths.settings))


def count(library: Library, query: str, target: Target = Target.ITEM) -> int:
    with library.sessions() as s:
        find = repository.note_ids if target is Target.NOTE else repository.item_ids
        return len(find(s, parse_filter(query)))


def sidebar_names(window: Any) -> list[str]:
    model = window.sidebar.model()
    for row in range(model.rowCount()):
        section = model.item(row)
        if section.text() == "Saved searches":
            return [section.child(i).text() for i in range(section.rowCount())]
    return []


def test_the_action_has_ctrl_d_and_a_menu_entry(window) -> None:
    action = window.findChild(QAction, "save_search")
    assert QKeySequence("Ctrl+D") in action.shortcuts()
    assert any(MainAction.SAVE_SEARCH in keys for _, keys in MENUS)
    assert sidebar_names(window) == []  # no section until something is saved


def test_save_a_search_under_a_chinese_name(qtbot: QtBot, window) -> None:
    type_query(window, FINISHED_WELL)
    save_as(qtbot, window, "读完的好书")
    assert stored(window.library) == [SavedSearch("读完的好书", FINISHED_WELL, Target.ITEM)]
    assert sidebar_names(window) == ["读完的好书"]
    assert window.sidebar.current_key == "saved:读完的好书"
    assert window.windowTitle() == "ReadingLog — 读完的好书"
    expected = count(window.library, FINISHED_WELL)
    assert 0 < expected < 13
    assert window.list_pane.items.paged_model().rowCount() == expected
    assert "Saved the search" in window.statusBar().currentMessage()


def test_picking_a_saved_search_applies_it(qtbot: QtBot, window) -> None:
    type_query(window, FINISHED_WELL)
    save_as(qtbot, window, "好书")
    window.sidebar.select_key("notes:all")
    type_query(window, "lang:zh")
    save_as(qtbot, window, "中文笔记")
    assert [s.target for s in stored(window.library)] == [Target.ITEM, Target.NOTE]

    window.sidebar.select_key("kind:book")
    type_query(window, "")
    window.sidebar.select_key("saved:好书")
    assert window.list_pane.search.edit.text() == FINISHED_WELL
    assert window.list_pane.target is Target.ITEM and window.list_pane.view.key == "all"
    assert window.list_pane.items.paged_model().rowCount() == count(window.library, FINISHED_WELL)

    window.sidebar.select_key("saved:中文笔记")
    assert window.list_pane.target is Target.NOTE
    notes = count(window.library, "lang:zh", Target.NOTE)
    assert window.list_pane.notes.paged_model().rowCount() == notes


def test_saving_a_name_again_replaces_it(qtbot: QtBot, window) -> None:
    type_query(window, "kind:book")
    save_as(qtbot, window, "mine")
    type_query(window, "kind:podcast")
    save_as(qtbot, window, "mine")
    assert stored(window.library) == [SavedSearch("mine", "kind:podcast", Target.ITEM)]
    assert sidebar_names(window) == ["mine"]
    assert "Replaced" in window.statusBar().currentMessage()


def test_nothing_typed_asks_for_nothing(window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "exec", lambda _self: pytest.fail("asked for a name"))
    type_query(window, "  ")
    trigger(window, MainAction.SAVE_SEARCH)
    assert "Type a search" in window.statusBar().currentMessage()
    assert stored(window.library) == []


def test_cancelling_the_name_saves_nothing(qtbot: QtBot, window) -> None:
    type_query(window, "kind:book")
    with answer(qtbot, QInputDialog, lambda d: d.reject()):
        trigger(window, MainAction.SAVE_SEARCH)
    assert stored(window.library) == [] and sidebar_names(window) == []


def test_delete_on_a_saved_search_asks_then_removes_only_it(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_query(window, FINISHED_WELL)
    save_as(qtbot, window, "好书")
    entries = count(window.library, "")
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, _y: asked.append(text) or False)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert asked and "好书" in asked[0]
    assert sidebar_names(window) == ["好书"]  # cancelled: kept

    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    with qtbot.assertNotEmitted(window.changed):  # not the window's Delete of entries
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert sidebar_names(window) == [] and stored(window.library) == []
    assert count(window.library, "") == entries
    assert window.sidebar.current_key == "all"
    assert window.windowTitle() == "ReadingLog — All entries"


def test_saved_searches_come_back_on_the_next_launch(
    qtbot: QtBot, make_window, sample_library: Library
) -> None:
    first = make_window(sample_library)
    type_query(first, FINISHED_WELL)
    save_as(qtbot, first, "读完的好书")
    first.close()

    second = make_window(sample_library)
    assert sidebar_names(second) == ["读完的好书"]
    assert second.sidebar.current_key == "saved:读完的好书"  # the last view, too
    assert second.list_pane.search.edit.text() == FINISHED_WELL
    assert second.list_pane.items.paged_model().rowCount() == count(sample_library, FINISHED_WELL)


def test_other_settings_survive_and_bad_rows_are_skipped(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    settings = Settings(theme="dark")
    saved_searches.store(settings, [SavedSearch("a", "kind:book", Target.ITEM)], path)
    again = config.load(path)
    assert again.theme == "dark"
    assert saved_searches.load(again) == [SavedSearch("a", "kind:book", Target.ITEM)]
    again.extra["saved_searches"] = [
        {"name": "ok", "query": "tag:历史", "target": "notes"},
        {"name": "", "query": "x"},
        {"name": "bad target", "query": "x", "target": "elsewhere"},
        {"name": "ok", "query": "duplicate"},
        "not a table",
    ]
    assert saved_searches.load(again) == [SavedSearch("ok", "tag:历史", Target.NOTE)]
    again.extra["saved_searches"] = "not a list"
    assert saved_searches.load(again) == []
