"""Preferences' "Book details": the order of the sources, set with the keyboard, saved as
``lookup_providers`` and used by the next lookup (the order of the requests the local server
sees: the window's lookup jobs and ``readinglog lookup``); the automatic order (豆瓣 first for
a Chinese book) is the default list, as ``books.user_set`` decides for the lookup."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.gui.dialogs import lookup_jobs
from readinglog.gui.dialogs.lookup_sources import AUTOMATIC, NONE_TICKED, YOURS, LookupSources
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.runtime import theme, worker
from readinglog.online import books
from tests.cli.helpers import run
from tests.cli.test_lookup_cli import served  # noqa: F401  (the fixture)
from tests.online.server import Served

CHINESE_ISBN = "9787530209981"  # the recorded 豆瓣 page answers it (as 一九八四)
PATHS = {  # where each source's requests go (the paths the real services use)
    "/books/v1/": "googlebooks",
    "/api/books": "openlibrary",
    "/books/OL": "openlibrary",
    "/works/": "openlibrary",
    "/isbn/": "douban",
    "/subject/": "douban",
}


def open_preferences(qtbot: QtBot, library: Library) -> PreferencesDialog:
    dialog = PreferencesDialog(library.paths, config.load(library.paths.settings))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def rows(box: LookupSources) -> list[tuple[str, bool]]:
    items = [box.sources.item(row) for row in range(box.sources.count())]
    return [
        (str(i.data(Qt.ItemDataRole.UserRole)), i.checkState() == Qt.CheckState.Checked)
        for i in items
        if i is not None
    ]


def sources_asked(server: Served, since: int = 0) -> list[str]:
    """The sources the server heard from, in the order it first heard from each."""
    asked = [
        source
        for path, _headers in server.requests[since:]
        for prefix, source in PATHS.items()
        if path.startswith(prefix)
    ]
    return list(dict.fromkeys(asked))


def window_lookup(library: Library, query: str) -> books.Found:
    """The entry dialog's lookup as its worker runs it (here, on this thread)."""
    job = lookup_jobs.lookup_job(
        query, lookup_jobs.providers_for(library.paths, query), lookup_jobs.new_http(worker.Task())
    )
    try:
        while True:
            next(job)
    except StopIteration as done:
        assert isinstance(done.value, books.Found)
        return done.value


def test_the_order_set_with_the_keyboard_is_saved_and_asked_in(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert sources_asked(served) == []
    before = len(served.requests)
    window_lookup(library, CHINESE_ISBN)  # the default: automatic, 豆瓣 first for 978-7
    assert sources_asked(served, before) == ["douban", "openlibrary", "googlebooks"]

    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    assert rows(box) == [(name, True) for name in books.DEFAULT_ORDER]
    assert box.hint.text() == AUTOMATIC and not box.automatic.isEnabled()
    assert not box.up.isEnabled()  # the first row is current
    box.sources.setFocus()
    QTest.keyClick(box.sources, Qt.Key.Key_Down)  # to Google Books
    QTest.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Move up
    qtbot.waitUntil(lambda: box.order() == ["googlebooks", "openlibrary", "douban"])
    assert box.sources.hasFocus() and box.sources.currentRow() == 0
    assert box.hint.text() == YOURS and box.automatic.isEnabled()
    dialog.accept()
    assert config.load(library.paths.settings).lookup_providers == [
        "googlebooks",
        "openlibrary",
        "douban",
    ]
    before = len(served.requests)
    found = window_lookup(library, CHINESE_ISBN)
    assert sources_asked(served, before) == ["googlebooks", "openlibrary", "douban"]  # as set
    assert [c.source for c in found.candidates] == ["douban"]
    before = len(served.requests)
    assert run(capsys, "lookup", CHINESE_ISBN).code == 0  # the CLI asks in the same order
    assert sources_asked(served, before) == ["googlebooks", "openlibrary", "douban"]

    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    box.sources.setFocus()
    QTest.keyClick(box.sources, Qt.Key.Key_Down)  # to Open Library
    QTest.keyClick(box.sources, Qt.Key.Key_Space)  # off
    QTest.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Move down
    moved = [("googlebooks", True), ("douban", True), ("openlibrary", False)]
    qtbot.waitUntil(lambda: rows(box) == moved)
    dialog.accept()
    assert config.load(library.paths.settings).lookup_providers == ["googlebooks", "douban"]
    before = len(served.requests)
    window_lookup(library, CHINESE_ISBN)
    assert sources_asked(served, before) == ["googlebooks", "douban"]  # Open Library is off

    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    assert rows(box) == [("googlebooks", True), ("douban", True), ("openlibrary", False)]
    QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # automatic order
    qtbot.waitUntil(lambda: rows(box) == [(name, True) for name in books.DEFAULT_ORDER])
    assert box.hint.text() == AUTOMATIC and not box.automatic.isEnabled()
    dialog.accept()
    saved = config.load(library.paths.settings).lookup_providers
    assert saved == config.LOOKUP_PROVIDERS and not books.user_set(saved)
    before = len(served.requests)
    window_lookup(library, CHINESE_ISBN)
    assert sources_asked(served, before) == ["douban", "openlibrary", "googlebooks"]


def test_the_default_list_set_by_hand_is_the_automatic_order(
    qtbot: QtBot, library: Library
) -> None:
    """Moving a source away and back leaves the list the default: the hint says automatic,
    because the lookup will treat it so."""
    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    box.sources.setCurrentRow(2)
    box.up.click()
    assert box.hint.text() == YOURS
    box.down.click()
    assert box.order() == list(books.DEFAULT_ORDER)
    assert box.hint.text() == AUTOMATIC and not box.automatic.isEnabled()


def test_no_source_ticked_is_refused_with_a_sentence(qtbot: QtBot, library: Library) -> None:
    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    for row in range(box.sources.count()):
        item = box.sources.item(row)
        assert item is not None
        item.setCheckState(Qt.CheckState.Unchecked)
    assert box.hint.text() == NONE_TICKED
    assert box.hint.property(theme.ERROR_PROPERTY) is True  # in the palette's red
    dialog.accept()
    assert dialog.isVisible()  # not closed, nothing saved
    assert config.load(library.paths.settings).lookup_providers == config.LOOKUP_PROVIDERS
    item = box.sources.item(1)
    assert item is not None
    item.setCheckState(Qt.CheckState.Checked)
    assert box.hint.text() == YOURS and box.hint.property(theme.ERROR_PROPERTY) is False
    dialog.accept()
    assert config.load(library.paths.settings).lookup_providers == ["googlebooks"]


def test_an_order_left_alone_is_kept_as_it_was(qtbot: QtBot, library: Library) -> None:
    """OK for another setting does not rewrite the sources."""
    settings = dataclasses.replace(
        config.load(library.paths.settings), lookup_providers=["douban", "douban", "openlibrary"]
    )
    config.save(settings, library.paths.settings)
    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    assert rows(box) == [("douban", True), ("openlibrary", True), ("googlebooks", False)]
    assert box.hint.text() == YOURS
    dialog.export_format.setCurrentIndex(dialog.export_format.findData("hexo"))
    dialog.accept()
    saved = config.load(library.paths.settings)
    assert saved.lookup_providers == ["douban", "douban", "openlibrary"]
    assert saved.default_export_format == "hexo"


def test_a_name_no_source_has_is_shown_left_out_and_saved_so(
    qtbot: QtBot,
    library: Library,
    served: Served,  # noqa: F811
) -> None:
    """The lookup refuses a setting that names no source; Preferences says it leaves the name
    out, and its OK makes the lookup work again."""
    settings = dataclasses.replace(
        config.load(library.paths.settings), lookup_providers=["douban", "amazon"]
    )
    config.save(settings, library.paths.settings)
    with pytest.raises(InvalidInput, match="'amazon' is not one of"):
        window_lookup(library, CHINESE_ISBN)
    dialog = open_preferences(qtbot, library)
    box = dialog.lookup_sources
    assert rows(box) == [("douban", True), ("openlibrary", False), ("googlebooks", False)]
    assert box.hint.text().startswith("The settings named 'amazon'")
    assert box.hint.text().endswith(YOURS)
    dialog.accept()
    assert config.load(library.paths.settings).lookup_providers == ["douban"]
    before = len(served.requests)
    window_lookup(library, CHINESE_ISBN)
    assert sources_asked(served, before) == ["douban"]


def test_the_window_start_up_loads_nothing_of_online() -> None:
    """Preferences is imported at start-up (File commands); its Book details section, and with
    it ``readinglog.online`` and httpx, only when the dialog is built."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import readinglog.gui.window.file_commands, readinglog.gui.dialogs.preferences\n"
        "loaded = sorted(m for m in ('httpx', 'readinglog.online',\n"
        "    'readinglog.gui.dialogs.lookup_sources') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)
