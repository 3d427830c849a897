"""The cover in the detail pane: shown after a lookup fetched it (real requests to the local
server), its thumbnail made once on a worker and again when missing, a local image chosen,
the cover removed; every write through the window's write path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from readinglog.core import covers, repository, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.gui.detail import cover_view
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.item_dialog import ItemDialog
from readinglog.gui.window.actions import MainAction
from tests.cli.test_lookup_cli import served  # noqa: F401  (the fixture)
from tests.core.test_covers import JPEG, PNG
from tests.gui.helpers import trigger
from tests.gui.test_lookup_dialog import drive_lookup
from tests.online.server import Served

WAIT_MS = 15_000


def cover_shown(window: Any) -> bool:
    image = window.detail.cover.image
    return image.isVisible() and image.pixmap() is not None and not image.pixmap().isNull()


def add_book(library: Library, **values: object) -> int:
    with library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, "A book", field_values=values).created
    assert item_id is not None
    return item_id


def stored_cover(library: Library, item_id: int) -> str | None:
    with library.sessions() as s:
        value = repository.item_view(s, item_id).fields.get("cover")
    return value if isinstance(value, str) else None


def show(qtbot: QtBot, window: Any, item_id: int) -> None:
    window.select_item(item_id)
    qtbot.waitUntil(lambda: window.detail.current[1] == item_id, timeout=WAIT_MS)


def test_a_book_added_by_isbn_shows_the_cover_the_lookup_fetched(
    qtbot: QtBot,
    make_window: Any,
    library: Library,
    served: Served,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(library)
    monkeypatch.setattr(common, "choose_kind", lambda *_a: ItemKind.BOOK)
    drive_lookup(qtbot, monkeypatch, "Open Library")

    def exec_(dialog: ItemDialog) -> int:
        dialog.show()
        editor = dialog.editor("isbn")
        assert isinstance(editor, QLineEdit)
        editor.setText("9780980200447")
        dialog.look_up.click()
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ItemDialog, "exec", exec_)
    trigger(window, MainAction.NEW_ITEM)
    qtbot.waitUntil(lambda: window.detail.current[1] is not None, timeout=WAIT_MS)
    item_id = window.detail.current[1]
    with library.sessions() as s:
        assert repository.item_view(s, item_id).title == "Slow reading"
    qtbot.waitUntil(lambda: cover_shown(window), timeout=WAIT_MS)
    thumb = covers.thumbnail_path(library.paths, stored_cover(library, item_id), cover_view.THUMB)
    assert thumb is not None and thumb.is_file()
    assert window.detail.cover.remove.isVisible()
    assert "covers/" not in window.detail._entry.toPlainText()  # no path among the facts


def test_the_thumbnail_is_made_once_and_again_when_missing(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    big = QImage(400, 800, QImage.Format.Format_RGB32)
    big.fill(Qt.GlobalColor.darkCyan)
    source = library.paths.data / "big.png"
    assert big.save(str(source))
    item_id = add_book(library)
    with library.sessions.begin() as s:
        stored = covers.from_file(s, library.paths, item_id, source)
    window = make_window(library)
    show(qtbot, window, item_id)
    qtbot.waitUntil(lambda: cover_shown(window), timeout=WAIT_MS)
    pixmap = window.detail.cover.image.pixmap()
    half = cover_view.THUMB // 2
    assert (pixmap.width(), pixmap.height()) == (half, cover_view.THUMB)  # shape kept
    thumb = covers.thumbnail_path(library.paths, stored, cover_view.THUMB)
    assert thumb is not None
    made = thumb.stat().st_mtime_ns
    window.detail.show_item(item_id)  # shown again: the thumbnail is used as it is
    assert cover_shown(window) and thumb.stat().st_mtime_ns == made
    thumb.unlink()
    window.detail.show_item(item_id)
    qtbot.waitUntil(thumb.is_file, timeout=WAIT_MS)
    thumb.write_bytes(b"not a picture any more")  # damaged: made again
    window.detail.show_item(item_id)
    qtbot.waitUntil(lambda: QImage(str(thumb)).width() == half, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: cover_shown(window), timeout=WAIT_MS)


def test_choose_a_local_cover_and_remove_it(
    qtbot: QtBot, make_window: Any, library: Library, tmp_path: Path, monkeypatch: Any
) -> None:
    item_id = add_book(library)
    window = make_window(library)
    show(qtbot, window, item_id)
    view = window.detail.cover
    assert view.isVisible() and not view.image.isVisible() and not view.remove.isVisible()
    picture = tmp_path / "mine.jpg"
    picture.write_bytes(JPEG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(picture), ""))
    view.choose.click()
    stored = stored_cover(library, item_id)
    resolved = covers.resolve(library.paths, stored)
    assert resolved is not None and resolved.read_bytes() == JPEG  # a copy in the library
    qtbot.waitUntil(lambda: cover_shown(window), timeout=WAIT_MS)
    assert view.remove.isVisible()
    view.remove.click()
    assert stored_cover(library, item_id) is None
    assert not view.image.isVisible() and not view.remove.isVisible()
    assert resolved.is_file()  # the file stays (an undo or a backup may need it)


def test_a_file_that_is_not_an_image_is_refused_in_one_sentence(
    qtbot: QtBot, make_window: Any, library: Library, tmp_path: Path, monkeypatch: Any
) -> None:
    item_id = add_book(library)
    window = make_window(library)
    show(qtbot, window, item_id)
    page = tmp_path / "cover.jpg"
    page.write_text("<!doctype html><html>not found</html>")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(page), ""))
    said: list[str] = []
    monkeypatch.setattr(window, "report_error", said.append)
    window.detail.cover.choose.click()
    assert len(said) == 1 and "web page (HTML)" in said[0] and "\n" not in said[0]
    assert stored_cover(library, item_id) is None


def test_a_missing_cover_file_is_said_and_can_be_removed(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    item_id = add_book(library)
    with library.sessions.begin() as s:
        stored = covers.store(s, library.paths, item_id, PNG)
    covers.resolve(library.paths, stored).unlink()  # type: ignore[union-attr]
    window = make_window(library)
    show(qtbot, window, item_id)
    view = window.detail.cover
    assert view.note.isVisible() and "missing" in view.note.text()
    assert view.remove.isVisible()


def test_kinds_without_a_cover_show_none(qtbot: QtBot, make_window: Any, library: Library) -> None:
    with library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.PODCAST, "A show").created
    assert item_id is not None
    window = make_window(library)
    show(qtbot, window, item_id)
    assert not window.detail.cover.isVisible()


def test_a_thumbnail_folder_that_cannot_be_written_is_said(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    item_id = add_book(library)
    with library.sessions.begin() as s:
        covers.store(s, library.paths, item_id, JPEG)
    library.paths.cache.mkdir(parents=True, exist_ok=True)
    (library.paths.cache / covers.THUMBNAILS).write_text("a file where the folder goes")
    window = make_window(library)
    show(qtbot, window, item_id)
    note = window.detail.cover.note
    qtbot.waitUntil(note.isVisible, timeout=WAIT_MS)
    assert "cannot be written" in note.text() and str(covers.THUMBNAILS) in note.text()
    assert window.detail.cover.remove.isVisible()  # the cover is still there to remove


def test_choose_cover_by_keyboard(
    qtbot: QtBot, make_window: Any, library: Library, tmp_path: Path, monkeypatch: Any
) -> None:
    item_id = add_book(library)
    window = make_window(library)
    show(qtbot, window, item_id)
    picture = tmp_path / "mine.png"
    picture.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(picture), ""))
    window.activateWindow()
    window.detail._entry.setFocus()
    qtbot.waitUntil(window.detail._entry.hasFocus, timeout=WAIT_MS)
    choose = window.detail.cover.choose
    for _ in range(3):  # the facts' links first, then the button
        QtBot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if choose.hasFocus():
            break
    assert choose.hasFocus(), QApplication.focusWidget()
    QtBot.keyClick(choose, Qt.Key.Key_Space)
    assert stored_cover(library, item_id) is not None


def test_the_facts_keep_their_labels_whole_beside_a_cover(
    qtbot: QtBot, make_window: Any, sample_library: Library
) -> None:
    """In a 1280-pixel window the facts column beside the cover is narrow: a label such as
    "Progress" must stay on one line (it was broken into one letter a line)."""
    library = sample_library
    with library.sessions() as s:
        from readinglog.core.query import parse_filter

        [item_id] = repository.item_ids(s, parse_filter('title:"Thinking, Fast"'), "title", None)
    with library.sessions.begin() as s:
        covers.store(s, library.paths, item_id, PNG)
    window = make_window(library, restore=False)
    window.resize(1280, 720)
    show(qtbot, window, item_id)
    qtbot.waitUntil(lambda: cover_shown(window), timeout=WAIT_MS)
    document = window.detail._entry.document()
    labels = {"Progress": 0, "Author": 0, "Publisher": 0}
    block = document.begin()
    while block.isValid():
        if block.text() in labels:
            labels[block.text()] = block.layout().lineCount()
        block = block.next()
    assert labels == {"Progress": 1, "Author": 1, "Publisher": 1}
