"""Geometry, splitter sizes, column widths, sort, view and selection survive a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readinglog.core.library import Library
from readinglog.core.types import Target


def test_state_is_restored_on_the_next_launch(
    qtbot: QtBot, make_window, sample_library: Library
) -> None:
    first = make_window(sample_library)
    first.resize(760, 560)  # inside the 800x600 offscreen screen
    first.splitter.setSizes([150, 380, 230])
    first.list_pane.items.horizontalHeader().resizeSection(0, 333)
    first.list_pane.items.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    first.sidebar.select_key("kind:book")
    first.list_pane.items.selectRow(2)
    chosen = first.list_pane.items.current_id()
    sizes = first.splitter.sizes()
    first.close()
    assert (sample_library.paths.config / "window.ini").is_file()

    second = make_window(sample_library)
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    assert second.list_pane.items.horizontalHeader().sectionSize(0) == 333
    assert second.list_pane.items.paged_model().sort_key == "title"
    assert second.sidebar.current_key == "kind:book"
    assert second.windowTitle() == "ReadingLog — Books"
    assert second.list_pane.items.current_id() == chosen
    assert second.detail.current == (Target.ITEM, chosen)


def test_a_note_view_and_note_selection_are_restored(make_window, sample_library: Library) -> None:
    first = make_window(sample_library)
    first.sidebar.select_key("notes:all")
    first.list_pane.notes.selectRow(3)
    chosen = first.list_pane.notes.current_id()
    first.close()
    second = make_window(sample_library)
    assert second.list_pane.target is Target.NOTE
    assert second.list_pane.notes.current_id() == chosen
    assert second.detail.current == (Target.NOTE, chosen)


def test_unknown_or_deleted_state_falls_back(make_window, sample_library: Library) -> None:
    from readinglog.gui.runtime import window_ini

    st = window_ini.open_settings(sample_library.paths.config)
    st.setValue("list/view", "tag:no such tag")
    st.setValue("list/selected_items", 99999)
    st.setValue("window/geometry", "garbage")
    st.sync()
    window = make_window(sample_library)
    assert window.sidebar.current_key == "all"
    assert window.list_pane.items.current_id() is not None


def test_a_window_bigger_than_the_screen_is_fitted(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from readinglog.gui.window.window_state import fit_to_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(5000, 4000)
    widget.move(-300, -200)
    fit_to_screen(widget)
    screen = widget.screen().availableGeometry()
    assert widget.width() <= screen.width() and widget.height() <= screen.height()
    assert screen.contains(widget.frameGeometry().topLeft())
