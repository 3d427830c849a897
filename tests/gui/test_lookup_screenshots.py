"""Screenshots of Look up (a Chinese book from the recorded 豆瓣 page) and of an entry with its
cover, light and dark. They go to $READINGLOG_SCREENSHOTS or a temporary folder; look at them
after a visual change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from readinglog.core import covers, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Person, Role, Status
from readinglog.gui.dialogs.item_dialog import ItemDialog
from tests.cli.test_lookup_cli import (
    GB_ISBN,
    served,  # noqa: F401  (the fixture)
)
from tests.gui.test_lookup_dialog import found, lookup_for, pick
from tests.online.books_fixtures import JSON
from tests.online.server import Route, Served

WAIT_MS = 15_000
OL_BOOKS = "/api/books?bibkeys=ISBN:{}&jscmd=data&format=json"


def _shot(widget: Any, folder: Path, name: str, qtbot: QtBot) -> Path:
    qtbot.wait(50)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_lookup_dialog_screenshots(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
    themed: str,
    screenshots: Path,
) -> None:
    isbn13 = "9787530209981"  # the others know nothing of it, as the real services answer
    served.routes[OL_BOOKS.format(isbn13)] = Route(body=b"{}", content_type=JSON)
    served.routes[GB_ISBN.format(isbn13)] = Route(body=b'{"totalItems": 0}', content_type=JSON)
    dialog = ItemDialog(library, kind=ItemKind.BOOK)
    qtbot.addWidget(dialog)
    dialog.show()
    isbn = dialog.editor("isbn")
    assert isinstance(isbn, QLineEdit)
    isbn.setText("978-7-5302-0998-1")
    dialog.title.setText("1984")  # typed: the review asks before replacing it
    lookup = lookup_for(qtbot, dialog)
    found(qtbot, lookup)
    pick(lookup, "豆瓣")
    _shot(lookup, screenshots, f"lookup-candidates-zh-{themed}", qtbot)
    lookup.use.click()
    assert lookup.pages.currentIndex() == 1
    _shot(lookup, screenshots, f"lookup-review-zh-{themed}", qtbot)
    lookup.use.click()
    qtbot.waitUntil(lambda: lookup.chosen is not None, timeout=WAIT_MS)
    assert lookup.chosen is not None
    dialog.apply_lookup(lookup.chosen)
    _shot(dialog, screenshots, f"lookup-filled-zh-{themed}", qtbot)


def test_entry_with_a_cover_screenshot(
    qtbot: QtBot, make_window: Any, library: Library, themed: str, screenshots: Path
) -> None:
    from tests.core.test_covers import DATA

    with library.sessions.begin() as s:
        item_id = services.add_item(
            s,
            ItemKind.BOOK,
            "一九八四",
            field_values={
                "original_title": "Nineteen Eighty-Four",
                "publisher": "北京十月文艺出版社",
                "year": 2010,
                "pages": 328,
                "isbn": "9787530209981",
            },
            people=[Person(Role.AUTHOR, "George Orwell"), Person(Role.TRANSLATOR, "董乐山")],
            status=Status.IN_PROGRESS,
        ).created
        assert item_id is not None
        covers.from_file(s, library.paths, item_id, DATA / "cover.jpg")
    window = make_window(library, restore=False)
    window.resize(1280, 760)
    window.select_item(item_id)
    qtbot.waitUntil(lambda: window.detail.cover.image.isVisible(), timeout=WAIT_MS)
    _shot(window, screenshots, f"entry-with-cover-{themed}", qtbot)
