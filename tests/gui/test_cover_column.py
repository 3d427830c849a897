"""The entries list's Cover column (View > Show covers in the list): off by default; on, a book
with a cover shows its thumbnail once a worker has made it, a book without shows nothing; the
choice is kept in window.ini across a restart. The time of a 5,000-row list with and without
the column is measured in benchmarks/gui_cover_column.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from pytestqt.qtbot import QtBot

from readinglog.core import covers, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.gui.lists.table_models import COVER_COLUMN, COVER_THUMB
from readinglog.gui.window.actions import MainAction
from tests.core.test_covers import JPEG, PNG
from tests.gui.helpers import trigger

WAIT_MS = 15_000
DECORATION = Qt.ItemDataRole.DecorationRole


def add_book(library: Library, title: str, cover: bytes | None = None) -> int:
    with library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, title).created
        assert item_id is not None
        if cover is not None:
            covers.store(s, library.paths, item_id, cover)
    return item_id


def cover_cell(window: Any, item_id: int) -> Any:
    table = window.list_pane.items
    row = table.paged_model().row_of(item_id)
    assert row >= 0
    return table.paged_model().index(row, COVER_COLUMN).data(DECORATION)


def show_covers_action(window: Any) -> QAction:
    action = window.findChild(QAction, MainAction.SHOW_COVERS.value)
    assert isinstance(action, QAction)
    return action


def list_all(qtbot: QtBot, window: Any) -> None:
    window.sidebar.select_key("all")
    window.list_pane.wait_for_queries()
    qtbot.waitUntil(lambda: not window.list_pane.items.paged_model().pending, timeout=WAIT_MS)


def test_the_column_is_off_by_default(qtbot: QtBot, make_window: Any, library: Library) -> None:
    item_id = add_book(library, "With a cover", PNG)
    window = make_window(library)
    list_all(qtbot, window)
    table = window.list_pane.items
    assert table.isColumnHidden(COVER_COLUMN)
    assert not show_covers_action(window).isChecked()
    assert cover_cell(window, item_id) is None
    assert table.verticalHeader().defaultSectionSize() < COVER_THUMB
    model = table.paged_model()
    assert model.thumbnails is None  # nothing of the column is made while it is off


def test_a_book_with_a_cover_shows_its_thumbnail_and_one_without_nothing(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    with_cover = add_book(library, "With a cover", JPEG)
    without = add_book(library, "Without a cover")
    window = make_window(library)
    list_all(qtbot, window)
    table = window.list_pane.items
    short_rows = table.verticalHeader().defaultSectionSize()
    trigger(window, MainAction.SHOW_COVERS)
    assert show_covers_action(window).isChecked()
    assert not table.isColumnHidden(COVER_COLUMN)
    assert table.verticalHeader().defaultSectionSize() >= COVER_THUMB > short_rows

    def thumbnail_shown() -> bool:
        return isinstance(cover_cell(window, with_cover), QIcon)

    qtbot.waitUntil(thumbnail_shown, timeout=WAIT_MS)
    icon = cover_cell(window, with_cover)
    assert not icon.isNull()
    (size,) = icon.availableSizes()
    assert max(size.width(), size.height()) == COVER_THUMB
    assert table.iconSize().height() == COVER_THUMB  # drawn at its size, not at 16 pixels
    with library.sessions() as s:
        stored = services.load_item(s, with_cover).cover_path
    thumb = covers.thumbnail_path(library.paths, stored, COVER_THUMB)
    assert thumb is not None and thumb.is_file()
    loader = table.paged_model().thumbnails
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert cover_cell(window, without) is None

    trigger(window, MainAction.SHOW_COVERS)  # off again: nothing shown, rows as before
    assert table.isColumnHidden(COVER_COLUMN)
    assert cover_cell(window, with_cover) is None
    assert table.verticalHeader().defaultSectionSize() == short_rows


def test_a_missing_thumbnail_is_made_again(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    item_id = add_book(library, "With a cover", PNG)
    window = make_window(library)
    list_all(qtbot, window)
    trigger(window, MainAction.SHOW_COVERS)
    qtbot.waitUntil(lambda: isinstance(cover_cell(window, item_id), QIcon), timeout=WAIT_MS)
    thumbs = list((library.paths.cache / covers.THUMBNAILS).glob(f"*-{COVER_THUMB}.png"))
    assert len(thumbs) == 1
    thumbs[0].write_bytes(b"not a png")  # damaged: the next window makes it again
    window.close()
    again = make_window(library, restore=False)
    list_all(qtbot, again)
    again.list_pane.items.set_covers_shown(True)
    qtbot.waitUntil(lambda: isinstance(cover_cell(again, item_id), QIcon), timeout=WAIT_MS)
    assert not cover_cell(again, item_id).isNull()


def test_the_choice_survives_a_restart(qtbot: QtBot, make_window: Any, library: Library) -> None:
    item_id = add_book(library, "With a cover", PNG)
    first = make_window(library)
    list_all(qtbot, first)
    trigger(first, MainAction.SHOW_COVERS)
    first.save_state()
    first.close()

    second = make_window(library)
    list_all(qtbot, second)
    assert show_covers_action(second).isChecked()
    assert not second.list_pane.items.isColumnHidden(COVER_COLUMN)
    qtbot.waitUntil(lambda: isinstance(cover_cell(second, item_id), QIcon), timeout=WAIT_MS)
    trigger(second, MainAction.SHOW_COVERS)
    second.save_state()
    second.close()

    third = make_window(library)
    list_all(qtbot, third)
    assert not show_covers_action(third).isChecked()
    assert third.list_pane.items.isColumnHidden(COVER_COLUMN)


def test_screenshot_with_covers(
    qtbot: QtBot, make_window: Any, sample_library: Library, screenshots: Path
) -> None:
    library = sample_library
    with library.sessions() as s:
        from readinglog.core import repository
        from readinglog.core.query import parse_filter

        books = repository.item_ids(s, parse_filter("kind:book"), "title", None)[:4]
    with library.sessions.begin() as s:
        for number, item_id in enumerate(books):
            covers.store(s, library.paths, item_id, JPEG if number % 2 else PNG)
    window = make_window(library, restore=False)
    window.resize(1280, 720)
    list_all(qtbot, window)
    trigger(window, MainAction.SHOW_COVERS)
    for item_id in books:
        qtbot.waitUntil(lambda i=item_id: isinstance(cover_cell(window, i), QIcon), timeout=WAIT_MS)
    window.repaint()
    assert window.grab().save(str(screenshots / "list-covers.png"))


def test_a_saved_header_that_shows_the_column_does_not_show_it_when_covers_are_off(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    """A window.ini from before the setting (or edited by hand) whose header state has the Cover
    section visible: the setting, not the header, decides."""
    from readinglog.gui.runtime.window_ini import open_settings

    add_book(library, "With a cover", PNG)
    first = make_window(library)
    first.list_pane.items.set_covers_shown(True)
    first.save_state()
    first.close()
    settings = open_settings(library.paths.config)
    settings.remove("list/show_covers")
    settings.sync()

    second = make_window(library)
    list_all(qtbot, second)
    table = second.list_pane.items
    assert table.isColumnHidden(COVER_COLUMN)
    assert not show_covers_action(second).isChecked()
    assert table.verticalHeader().defaultSectionSize() < COVER_THUMB
