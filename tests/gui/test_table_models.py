"""The list models: Qt's model rules, quarter-star ratings, paging, sorting."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from readinglog.core import notes, repository, trash
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.gui.lists import sidebar as sidebar_module
from readinglog.gui.lists.sidebar import Sidebar
from readinglog.gui.lists.table_models import ID_ROLE, ItemTableModel, NoteTableModel, stars

from .conftest import BULK_ENTRIES


def test_stars_keep_quarter_steps() -> None:
    assert stars(None) == ""
    assert stars(0) == "0"
    assert stars(4.25) == "★★★★ 4.25"
    assert stars(4.5) == "★★★★ 4.5"
    assert stars(5) == "★★★★★ 5"
    assert stars(0.25) == "0.25"


def test_item_model_follows_qt_rules(qtmodeltester: ModelTester, sample_library: Library) -> None:
    model = ItemTableModel(sample_library)
    model.set_filter(parse_filter(""))
    assert model.rowCount() == 13
    qtmodeltester.check(model, force_py=True)
    model.set_filter(parse_filter("kind:book"))
    qtmodeltester.check(model, force_py=True)


def test_note_model_follows_qt_rules(qtmodeltester: ModelTester, sample_library: Library) -> None:
    model = NoteTableModel(sample_library)
    model.set_filter(parse_filter(""))
    assert model.rowCount() == 6
    qtmodeltester.check(model, force_py=True)


@pytest.fixture
def sidebar(qtbot: QtBot, sample_library: Library) -> Sidebar:
    widget = Sidebar(sample_library)
    qtbot.addWidget(widget)
    return widget


def test_sidebar_model_follows_qt_rules(sidebar: Sidebar, qtmodeltester: ModelTester) -> None:
    # ``sidebar`` first: the tester lets go of the model before the widget is deleted
    qtmodeltester.check(sidebar.model(), force_py=True)
    sidebar.refresh()


def test_sidebar_counts_after_a_write_off_the_gui_thread_and_only_rebuilds_on_change(
    qtbot: QtBot, sidebar: Sidebar, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = sidebar_module.count_library

    def counting(library: Library) -> sidebar_module.Counts:
        threads.append(threading.current_thread())
        return real(library)

    monkeypatch.setattr(sidebar_module, "count_library", counting)
    rebuilt: list[sidebar_module.Counts] = []
    sidebar.counted.connect(rebuilt.append)
    first = sample_library_note(sample_library)
    with sample_library.sessions.begin() as s:
        body_only = notes.edit_note(s, first, body="an edited body")  # no count changes
    sidebar.on_changed(body_only)
    assert sidebar.counting
    qtbot.waitUntil(lambda: not sidebar.counting, timeout=5000)
    assert rebuilt == [] and threads and threads[0] is not threading.main_thread()
    with sample_library.sessions.begin() as s:
        tagged = notes.edit_note(s, first, tags=["新标签"])
    with qtbot.waitSignal(sidebar.counted, timeout=5000):
        sidebar.on_changed(tagged)
    assert sidebar.counts is not None and ("新标签", 1) in sidebar.counts.tags
    assert sidebar.select_key("tag:新标签")  # its row was added


def sample_library_note(library: Library) -> int:
    with library.sessions() as s:
        ids = repository.note_ids(s, parse_filter(""))
    return ids[0]


def test_item_rows_show_chinese_and_ratings(sample_library: Library) -> None:
    model = ItemTableModel(sample_library)
    model.set_filter(parse_filter("三体"))
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:5] == ["三体", "刘慈欣", "book", "finished", "★★★★ 4.75"]
    assert texts[6] == "2023-10-15"  # the re-read's finish
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "4.75 / 5"
    assert isinstance(model.index(0, 0).data(ID_ROLE), int)


def test_rows_load_a_page_at_a_time(bulk_library: Library) -> None:
    model = ItemTableModel(bulk_library)
    model.set_filter(parse_filter(""))
    assert model.rowCount() == BULK_ENTRIES
    assert model.loaded_rows == 0
    assert model.index(BULK_ENTRIES - 1, 0).data().startswith("Entry")
    assert model.loaded_rows <= model.PAGE
    for row in range(0, BULK_ENTRIES, model.PAGE):
        model.index(row, 0).data()
    assert model.pages_loaded == BULK_ENTRIES // model.PAGE
    small = ItemTableModel(bulk_library)
    small.MAX_PAGES = 3
    small.set_filter(parse_filter(""))
    for row in range(0, BULK_ENTRIES, small.PAGE):
        assert small.index(row, 1).data() is not None
    assert small.loaded_rows == 3 * small.PAGE  # the least recently painted pages are dropped
    assert small.index(0, 0).data() == model.index(0, 0).data()  # and reloaded when needed


def test_a_new_filter_reuses_the_rows_already_loaded(bulk_library: Library) -> None:
    model = ItemTableModel(bulk_library)
    model.set_filter(parse_filter(""))
    first = model.index(0, 0).data()  # loads the first page
    loads = model.pages_loaded
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_filter(parse_filter(""))  # the same rows: no reset, no repaint
    assert not resets
    model.set_filter(parse_filter(first.split()[1]))  # typing narrows to a row shown before
    assert resets and model.rowCount() == 1
    assert model.index(0, 0).data() == first
    assert model.pages_loaded == loads
    model.forget_rows()  # after a write: loaded again when next shown
    assert model.index(0, 0).data() == first
    assert model.pages_loaded == loads + 1


def test_scrolling_to_the_end_loads_only_what_is_painted(
    qtbot: QtBot, make_window, bulk_library: Library
) -> None:
    window = make_window(bulk_library)
    table = window.list_pane.items
    model = table.paged_model()
    assert model.rowCount() == BULK_ENTRIES
    table.scrollToBottom()
    qtbot.wait(50)
    last = table.indexAt(table.viewport().rect().bottomLeft() - table.viewport().rect().topLeft())
    assert model.loaded_rows <= 3 * model.PAGE
    assert model.rowCount() == BULK_ENTRIES
    assert last.isValid() or table.rowAt(table.viewport().height() - 2) >= 0


def test_sorting_by_a_header_requeries(qtbot: QtBot, window) -> None:
    table = window.list_pane.items
    model = table.paged_model()
    header = table.horizontalHeader()
    with qtbot.waitSignal(model.filtered, timeout=5000):  # the new order, from the query thread
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        assert model.sort_key == "title"
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0] == "Blueprint for Armageddon I"
    with qtbot.waitSignal(model.filtered, timeout=5000):
        header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "rating"
    assert model.index(0, 4).data() == "★★★★★ 5"
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # People cannot sort
    assert model.sort_key == "rating"
    assert header.sortIndicatorSection() == 4


def test_sorting_keeps_the_selected_entry(qtbot: QtBot, window) -> None:
    table = window.list_pane.items
    table.selectRow(3)
    chosen = table.current_id()
    row = table.currentIndex().row()
    with qtbot.waitSignal(table.paged_model().layoutChanged, timeout=5000):  # moved, not reset
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert table.current_id() == chosen and table.currentIndex().row() != row
    assert table.selected_ids() == [chosen]


def test_a_row_deleted_elsewhere_is_not_queried_at_each_paint(
    qtbot: QtBot, sample_library: Library
) -> None:
    model = NoteTableModel(sample_library)
    model.set_filter(parse_filter(""))
    gone = model.id_at(0)
    assert gone is not None
    with sample_library.sessions.begin() as s:  # another process; no changed signal here
        trash.trash_note(s, gone)
    assert model.index(0, 0).data() is None  # its page is loaded: the row is missing
    assert model.index(1, 0).data()
    loads = model.pages_loaded
    for _paint in range(3):
        assert model.index(0, 0).data() is None
    assert model.pages_loaded == loads  # remembered, not asked again
    model.forget_rows()  # the next write: everything is asked again
    assert model.index(0, 0).data() is None
    assert model.pages_loaded == loads + 1
    with qtbot.waitSignal(model.filtered, timeout=3000):
        model.refresh()  # and its id leaves the list, once the background query answers
    assert gone not in model.ids and model.rowCount() == 5
    assert all(model.index(r, 0).data() for r in range(model.rowCount()))
