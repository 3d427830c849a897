"""The entry dialog's Look up: real requests to the recorded answers on a local server (the
``served`` fixture of the CLI's lookup tests: every provider at 127.0.0.1, nothing else
reachable), the candidates to pick from, the field-by-field review, Cancel and a failure."""

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.core import covers, repository, services
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.query import Filter
from readinglog.core.types import ItemKind, Person, Role
from readinglog.gui.dialogs.item_dialog import ItemDialog
from readinglog.gui.dialogs.lookup_dialog import LookupDialog
from readinglog.gui.runtime import theme, worker
from tests.cli.test_lookup_cli import served  # noqa: F401  (the fixture)
from tests.core.test_covers import JPEG, PNG
from tests.online.books_fixtures import JSON, OL_ISBN
from tests.online.server import Route, Served

WAIT_MS = 15_000
OL_BOOKS = "/api/books?bibkeys=ISBN:{}&jscmd=data&format=json"


def make_dialog(qtbot: QtBot, library: Library, **kw: object) -> ItemDialog:
    dialog = ItemDialog(library, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_text(dialog: ItemDialog, name: str, text: str) -> None:
    editor = dialog.editor(name)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)


def people_line(dialog: ItemDialog, role: Role) -> str:
    editor = dialog._people[role].editor
    assert isinstance(editor, QLineEdit)
    return editor.text()


def lookup_for(qtbot: QtBot, dialog: ItemDialog) -> LookupDialog:
    lookup = LookupDialog(
        dialog._library.paths, dialog.form_view(), dialog.lookup_query(), parent=dialog
    )
    lookup.show()  # the entry dialog's child: closed with it
    return lookup


def found(qtbot: QtBot, lookup: LookupDialog) -> None:
    lookup.look_up.click()
    qtbot.waitUntil(lambda: lookup.task is None, timeout=WAIT_MS)
    assert lookup.candidates.topLevelItemCount() > 0, lookup.message.text()


def pick(lookup: LookupDialog, source: str) -> None:
    for row in range(lookup.candidates.topLevelItemCount()):
        item = lookup.candidates.topLevelItem(row)
        assert item is not None
        if item.text(0) == source:
            lookup.candidates.setCurrentItem(item)
            return
    raise AssertionError(f"no candidate from {source}")


def drive_lookup(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, source: str) -> list[LookupDialog]:
    """LookupDialog.exec as the user would use it: Look up, pick ``source``, Use (and Fill)."""
    opened: list[LookupDialog] = []

    def exec_(self: LookupDialog) -> int:
        opened.append(self)
        self.show()
        found(qtbot, self)
        pick(self, source)
        QtBot.keyClick(self.candidates, Qt.Key.Key_Return)
        if self.pages.currentIndex() == 1 and self.isVisible():
            self.use.click()
        qtbot.waitUntil(lambda: not self.isVisible(), timeout=WAIT_MS)
        return int(self.result())

    monkeypatch.setattr(LookupDialog, "exec", exec_)
    return opened


def test_a_new_book_by_isbn_is_filled_from_douban_with_its_cover(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "978-7-5302-0998-1")
    assert dialog.look_up.isVisible()
    assert served.requests == []  # nothing goes out before Look up
    opened = drive_lookup(qtbot, monkeypatch, "豆瓣")
    dialog.look_up.click()
    assert opened and opened[0].chosen is not None
    columns = [opened[0].candidates.topLevelItem(0).text(c) for c in range(8)]  # type: ignore[union-attr]
    assert columns[:3] == ["豆瓣", "一九八四", "George Orwell; 董乐山 (translator)"]
    assert columns[7] == "yes"
    assert dialog.title.text() == "一九八四"
    assert dialog.raw("original_title") == "Nineteen Eighty-Four"
    assert dialog.raw("publisher") == "北京十月文艺出版社"
    assert dialog.raw("year") == "2010"
    assert people_line(dialog, Role.TRANSLATOR) == "董乐山"
    assert people_line(dialog, Role.AUTHOR) == "George Orwell"
    assert "the cover" in dialog.filled.text()
    with library.sessions() as s:
        assert repository.item_ids(s, Filter()) == []  # nothing is written before OK
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with library.sessions() as s:
        view = repository.item_view(s, dialog.item_id)
        row = s.get(Item, dialog.item_id)
        assert row is not None
        cover = covers.resolve(library.paths, row.cover_path)
    assert (view.title, view.people_in(Role.TRANSLATOR)) == ("一九八四", ("董乐山",))
    assert cover is not None and cover.read_bytes() == PNG
    assert dialog.item_id in dialog.changes.items


def test_an_existing_entry_keeps_what_was_typed_unless_ticked(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    with library.sessions.begin() as s:
        item_id = services.add_item(
            s, ItemKind.BOOK, "Slow reading", field_values={"isbn": "9780980200447"}
        ).created
    assert item_id is not None
    dialog = make_dialog(qtbot, library, item_id=item_id)
    set_text(dialog, "publisher", "My own publisher")  # typed in the form, not saved yet
    assert dialog.lookup_query() == "9780980200447"
    lookup = lookup_for(qtbot, dialog)
    found(qtbot, lookup)
    pick(lookup, "Open Library")
    lookup.use.click()
    assert lookup.pages.currentIndex() == 1  # something typed would change: the review
    rows = {
        str(row.data(0, Qt.ItemDataRole.UserRole)): row.checkState(0) for row in lookup._review_rows
    }
    assert rows["publisher"] == Qt.CheckState.Unchecked  # typed: kept unless ticked
    assert rows["pages"] == Qt.CheckState.Checked  # empty: filled
    assert rows["author"] == Qt.CheckState.Checked
    assert rows["cover"] == Qt.CheckState.Checked
    lookup.use.click()
    qtbot.waitUntil(lambda: lookup.chosen is not None, timeout=WAIT_MS)
    assert lookup.chosen is not None
    assert lookup.chosen.cover == JPEG
    dialog.apply_lookup(lookup.chosen)
    assert dialog.raw("publisher") == "My own publisher"
    assert dialog.raw("pages") == "92"
    dialog.accept()
    with library.sessions() as s:
        view = repository.item_view(s, item_id)
    assert view.fields["publisher"] == "My own publisher"
    assert view.fields["pages"] == 92
    assert view.people_in(Role.AUTHOR) == ("John Miedema",)
    assert covers.resolve(library.paths, str(view.fields["cover"])) is not None


def test_a_ticked_typed_field_is_replaced_and_an_unticked_cover_is_not_fetched(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    set_text(dialog, "pages", "90")
    dialog._people[Role.AUTHOR].editor.setText("J. Miedema")  # type: ignore[attr-defined]
    lookup = lookup_for(qtbot, dialog)
    found(qtbot, lookup)
    pick(lookup, "Open Library")
    lookup.use.click()
    for item in lookup._review_rows:
        name = item.data(0, Qt.ItemDataRole.UserRole)
        if name == "pages":
            item.setCheckState(0, Qt.CheckState.Checked)
        if name == "cover":
            item.setCheckState(0, Qt.CheckState.Unchecked)
    asked = len(served.requests)
    lookup.use.click()
    assert lookup.chosen is not None and lookup.chosen.cover is None
    assert len(served.requests) == asked  # the cover was not asked for
    dialog.apply_lookup(lookup.chosen)
    assert dialog.raw("pages") == "92"
    assert people_line(dialog, Role.AUTHOR) == "J. Miedema"  # another spelling: kept


def test_cancel_stops_the_lookup_and_keeps_the_dialog(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "60")  # the second request waits a minute
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    lookup = lookup_for(qtbot, dialog)
    qtbot.wait(100)
    assert served.requests == []  # the dialog open asks nothing: Look up does
    lookup.look_up.click()
    assert lookup.task is not None and lookup.busy.isVisible()
    qtbot.waitUntil(lambda: len(served.requests) >= 1, timeout=WAIT_MS)
    started = time.monotonic()
    lookup.reject()  # Cancel (or Esc) while a request waits its turn
    assert lookup.isVisible()
    qtbot.waitUntil(lambda: lookup.task is None, timeout=5000)
    assert time.monotonic() - started < 3
    assert lookup.message.text().startswith("Cancelled")
    assert lookup.candidates.topLevelItemCount() == 0
    assert lookup.look_up.isEnabled()
    lookup.reject()  # pressed again: it closes
    assert not lookup.isVisible() and lookup.chosen is None


def test_cancel_stops_a_request_whose_server_never_answers(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    """The server took the request and sends nothing for 10 s: Cancel ends the request under
    way at once (not at the timeout), and says Cancelled, not that the source is offline."""
    isbn = "9780980200447"
    served.routes[OL_BOOKS.format(isbn)] = Route(body=b"{}", content_type=JSON, delay=10)
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", isbn)
    lookup = lookup_for(qtbot, dialog)
    lookup.look_up.click()
    qtbot.waitUntil(lambda: len(served.requests) >= 1, timeout=WAIT_MS)
    qtbot.wait(100)  # the request waits for its headers
    started = time.monotonic()
    lookup.reject()  # Cancel (or Esc)
    qtbot.waitUntil(lambda: lookup.task is None, timeout=5000)
    assert time.monotonic() - started < 1.0
    assert lookup.message.text().startswith("Cancelled"), lookup.message.text()
    assert not lookup.message.property(theme.ERROR_PROPERTY)  # no error: the user asked
    assert len(served.requests) == 1  # nothing more was asked
    lookup.reject()


def test_a_server_error_is_one_sentence_in_the_dialog(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    settings = dataclasses.replace(
        config.load(library.paths.settings), lookup_providers=["openlibrary"]
    )
    config.save(settings, library.paths.settings)
    served.routes[OL_ISBN] = Route(body=b"{}", content_type=JSON, status=500)
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    lookup = lookup_for(qtbot, dialog)
    lookup.look_up.click()
    qtbot.waitUntil(lambda: lookup.task is None, timeout=WAIT_MS)
    text = lookup.message.text()
    assert "500" in text and "127.0.0.1" in text, text
    assert text.count(". ") == 0 and text.endswith(".") and "\n" not in text
    assert "Traceback" not in text
    assert lookup.candidates.topLevelItemCount() == 0 and not lookup.use.isEnabled()
    assert lookup.message.property(theme.ERROR_PROPERTY) is True  # in the palette's red


def test_look_up_is_offered_for_books_only(qtbot: QtBot, library: Library) -> None:
    dialog = make_dialog(qtbot, library, kind=ItemKind.PODCAST)
    assert not dialog.look_up.isVisible()
    dialog.kind_choice.setCurrentIndex(list(ItemKind).index(ItemKind.BOOK))
    assert dialog.look_up.isVisible()
    dialog.title.setText("置身事内")
    dialog._people[Role.AUTHOR].editor.setText("兰小欢; 另一人")  # type: ignore[attr-defined]
    assert dialog.lookup_query() == "置身事内 兰小欢"


def test_a_typed_entry_as_the_form_stands(qtbot: QtBot, library: Library) -> None:
    with library.sessions.begin() as s:
        item_id = services.add_item(
            s, ItemKind.BOOK, "Old", people=[Person(Role.AUTHOR, "A")]
        ).created
    assert item_id is not None
    dialog = make_dialog(qtbot, library, item_id=item_id)
    dialog.title.setText("New")
    set_text(dialog, "pages", "12")
    set_text(dialog, "year", "not a year")
    view = dialog.form_view()
    assert (view.title, view.fields["pages"], view.fields["year"]) == ("New", 12, "not a year")
    assert view.people_in(Role.AUTHOR) == ("A",)


def test_everything_by_keyboard(qtbot: QtBot, library: Library, served: Served) -> None:  # noqa: F811
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    set_text(dialog, "pages", "90")  # typed: the review will ask
    lookup = lookup_for(qtbot, dialog)
    QtBot.keyClick(lookup.query, Qt.Key.Key_Return)  # Enter in the box looks up
    qtbot.waitUntil(lambda: lookup.task is None, timeout=WAIT_MS)
    assert lookup.candidates.hasFocus() and lookup.candidates.currentItem() is not None
    pick(lookup, "Open Library")
    QtBot.keyClick(lookup.candidates, Qt.Key.Key_Return)  # Enter uses the book: the review
    assert lookup.pages.currentIndex() == 1 and lookup.isVisible()
    assert lookup.review.hasFocus()
    pages = next(r for r in lookup._review_rows if r.data(0, Qt.ItemDataRole.UserRole) == "pages")
    lookup.review.setCurrentItem(pages)
    assert pages.checkState(0) == Qt.CheckState.Unchecked
    QtBot.keyClick(lookup.review, Qt.Key.Key_Space)  # Space ticks
    assert pages.checkState(0) == Qt.CheckState.Checked
    QtBot.keyClick(lookup.review, Qt.Key.Key_Return)  # Enter fills the form
    qtbot.waitUntil(lambda: lookup.chosen is not None, timeout=WAIT_MS)
    assert lookup.chosen is not None
    assert "pages" in {c.name for c in lookup.chosen.changes}


def test_a_cover_whose_file_is_gone_counts_as_none(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, "A book").created
        assert item_id is not None
        stored = covers.store(s, library.paths, item_id, PNG)
    offered: list[bool] = []

    def exec_(self: LookupDialog) -> int:
        offered.append(self._has_cover)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(LookupDialog, "exec", exec_)
    dialog = make_dialog(qtbot, library, item_id=item_id)
    dialog.look_up.click()
    path = covers.resolve(library.paths, stored)
    assert path is not None
    path.unlink()
    dialog.look_up.click()
    assert offered == [True, False]  # a found cover is ticked when the file is gone


def test_a_double_click_uses_the_book_once(qtbot: QtBot, library: Library, served: Served) -> None:  # noqa: F811
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    set_text(dialog, "year", "2001")  # typed: the review will ask
    lookup = lookup_for(qtbot, dialog)
    found(qtbot, lookup)
    pick(lookup, "Open Library")
    item = lookup.candidates.currentItem()
    assert item is not None
    rect = lookup.candidates.visualItemRect(item)
    viewport = lookup.candidates.viewport()
    QtBot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does:
    QtBot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # press, then twice
    assert lookup.pages.currentIndex() == 1 and lookup.chosen is None and lookup.task is None


def test_an_unknown_source_in_the_settings_is_one_sentence(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    settings = dataclasses.replace(
        config.load(library.paths.settings), lookup_providers=["openlibrary", "amazon"]
    )
    config.save(settings, library.paths.settings)
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "9780980200447")
    lookup = lookup_for(qtbot, dialog)
    lookup.look_up.click()
    text = lookup.message.text()
    assert lookup.task is None and "'amazon' is not one of" in text
    assert text.endswith("(Preferences, Book details, sets the sources).")  # where to mend it
    assert served.requests == []


def test_it_says_which_source_it_asks_and_when_none_knows_the_book(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    original = LookupDialog._say

    def say(self: LookupDialog, text: str, *, error: bool = False) -> None:
        said.append(text)
        original(self, text, error=error)

    monkeypatch.setattr(LookupDialog, "_say", say)
    served.routes[OL_BOOKS.format("9780140328721")] = Route(body=b"{}", content_type=JSON)
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    set_text(dialog, "isbn", "0-14-032872-6")
    lookup = lookup_for(qtbot, dialog)
    lookup.look_up.click()
    qtbot.waitUntil(lambda: lookup.task is None, timeout=WAIT_MS)
    assert "Asking Open Library…" in said
    assert lookup.busy.maximum() == 3  # one step a source
    text = lookup.message.text()
    assert text.startswith("No book found for ISBN 9780140328721"), text
    assert "\n" not in text and lookup.message.property(theme.ERROR_PROPERTY) is True
    asked = [path for path, _ in served.requests]
    assert OL_BOOKS.format("9780140328721") in asked and "/isbn/9780140328721/" in asked


def test_a_book_with_nothing_new_says_so(qtbot: QtBot, library: Library) -> None:
    from readinglog.gui.dialogs.lookup_dialog import Chosen
    from readinglog.online.books import Candidate

    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    dialog.apply_lookup(Chosen(Candidate("douban", "1", "一九八四"), ()))
    assert dialog.filled.text() == "Nothing new from 豆瓣: the form has everything it found."


def test_the_window_lookup_keeps_the_interval_the_cli_keeps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``books.interval``, with the task's cancel; a value that is no number is the default
    here (the dialog has no terminal to say so to)."""
    from readinglog.gui.dialogs import lookup_jobs
    from readinglog.online import books

    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "0.25")
    task = worker.Task()
    with lookup_jobs.new_http(task) as http:
        assert http.min_interval == 0.25 and not http.is_cancelled
        task.cancel()
        assert http.is_cancelled
    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "soon")
    assert lookup_jobs.new_http(worker.Task()).min_interval == books.DEFAULT_INTERVAL
    monkeypatch.delenv("READINGLOG_LOOKUP_INTERVAL")
    assert lookup_jobs.new_http(worker.Task()).min_interval == books.DEFAULT_INTERVAL
