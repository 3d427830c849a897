"""Issue 13: the window's other lists explain themselves when empty, as the main list does
(test_empty_states): the Trash window, a note's history, the backups and the search results say
why nothing is listed and what to do, in place of an empty header with scroll bars; the
sentence is dim but readable in both themes (the palette's PlaceholderText role)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from readinglog.core import history, trash
from readinglog.core.library import Library
from readinglog.core.models import Note
from readinglog.gui.dialogs.backup_dialog import BackupDialog
from readinglog.gui.dialogs.history_dialog import HistoryDialog
from readinglog.gui.dialogs.trash_dialog import TrashDialog
from readinglog.gui.lists.sidebar import TRASH_KEY
from readinglog.gui.runtime import theme
from readinglog.gui.search.search_results import HINT, SearchResults
from readinglog.gui.widgets.list_or_sentence import ListOrSentence
from readinglog.gui.window.actions import MainAction
from readinglog.search.searcher import SearchResult
from tests.gui.helpers import list_filtered, results_panel, trigger, type_filter
from tests.gui.test_contrast import SWITCHES, check, grab, in_window, switch, text_contrast
from tests.gui.test_trash_window import active, select_title

NARROW = 180  # narrower than the columns: an empty list with a header would scroll sideways


def _says(stack: ListOrSentence, view: QAbstractScrollArea, sentence: str) -> None:
    """``sentence`` shows where the list was; no header, no scroll bar of an empty list."""
    assert stack.empty_text == sentence
    assert stack.sentence.isVisible() and stack.sentence.text() == sentence
    assert not view.isVisible(), "an empty list shows its header and frame"
    assert not view.horizontalScrollBar().isVisible(), "an empty list scrolls sideways"
    assert not view.verticalScrollBar().isVisible()


def _shown(qtbot: QtBot, dialog: Any) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(NARROW, dialog.height())
    qtbot.wait(20)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    from readinglog.gui.dialogs import common

    monkeypatch.setattr(common, "confirm", lambda *_a: True)


def _open_trash(qtbot: QtBot, window: Any) -> TrashDialog:
    index = window.sidebar._find(TRASH_KEY)
    with qtbot.waitSignal(window.sidebar.trash_requested):
        window.sidebar.clicked.emit(index)
    dialog: TrashDialog | None = window.findChild(TrashDialog, "trash_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_an_empty_trash_says_so_and_lists_again_when_something_is_deleted(
    qtbot: QtBot, window: Any, yes: None, screenshots: Path
) -> None:
    active(qtbot, window)
    dialog = _open_trash(qtbot, window)
    _shown(qtbot, dialog)
    sentence = (
        f"The trash is empty. Deleted entries and notes stay here for {trash.KEEP_DAYS} days."
    )
    _says(dialog.stack, dialog.list, sentence)
    assert not dialog.hint.isVisible()  # said once, in the list's place
    dialog.grab().save(str(screenshots / "empty-trash.png"))
    select_title(window, "三体")
    with qtbot.waitSignal(window.changed):
        trigger(window, MainAction.DELETE)
    list_filtered(qtbot, window)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.isVisible() and dialog.hint.isVisible()
    assert dialog.stack.empty_text == "" and not dialog.stack.sentence.isVisible()
    row = dialog.list.topLevelItem(0)
    assert row is not None
    row.setSelected(True)
    dialog.delete_button.click()  # for good, after a backup on a worker: empty again
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0, timeout=10_000)
    _says(dialog.stack, dialog.list, sentence)


def test_a_note_without_earlier_versions_says_so(
    qtbot: QtBot, sample_library: Library, screenshots: Path
) -> None:
    with sample_library.sessions() as s:
        note_id = s.scalars(select(Note.id)).first()
        assert note_id is not None and history.note_history(s, note_id) == []
    dialog = HistoryDialog(sample_library, note_id)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    _says(
        dialog.stack,
        dialog.list,
        "This note has no earlier versions yet: one is kept when you stop editing for a while.",
    )
    assert not dialog.preview.isVisible()  # no empty page beside an empty list
    assert not dialog.restore_button.isVisible()  # nothing to restore
    dialog.grab().save(str(screenshots / "empty-history.png"))


def test_no_backups_says_where_they_go_and_what_else_to_do(
    qtbot: QtBot, tmp_path: Path, screenshots: Path
) -> None:
    dialog = BackupDialog(tmp_path, "library")
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    text = dialog.stack.empty_text
    assert text.startswith(f"There are no backups in {tmp_path} yet.")
    assert "Choose file…" in text  # what to do instead
    _says(dialog.stack, dialog.table, text)
    assert not dialog.restore_button.isEnabled()
    dialog.grab().save(str(screenshots / "empty-backups.png"))


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_the_sentence_is_readable_in_both_themes(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, screenshots: Path, start: str, end: str
) -> None:
    theme.apply(qapp, start)
    try:
        dialog = BackupDialog(tmp_path, "library")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        switch(qtbot, qapp, end)  # at runtime: the colour comes from the palette when painted
        label = dialog.stack.sentence
        image = grab(dialog)
        image.save(str(screenshots / f"empty-backups-{start}-{end}.png"))
        check({"no backups": text_contrast(image, in_window(label, label.rect(), dialog))})
    finally:
        theme.apply(qapp, "light")


# -- the search results: what was searched, and what to try --------------------------------


def _no_hits(panel: SearchResults, text: str) -> str:
    asked: list[int] = []
    panel.search_requested.connect(lambda n, _t: asked.append(n))
    panel.set_query(text)
    panel.show_result(asked[-1], SearchResult(0, ()))
    assert panel.isVisible() and not panel.view.isVisible()
    assert HINT not in panel.footer.text()  # no ↑↓ to move among nothing
    return panel.message.text()


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[SearchResults]:
    results, _host = results_panel(qtbot)
    yield results  # the host lives as long as the test


@pytest.mark.parametrize("word", ["xyzzy", "量子力学"])
def test_one_word_found_nowhere_names_it_and_what_to_try(panel: SearchResults, word: str) -> None:
    said = _no_hits(panel, word)
    first, _, hint = said.partition("\n")
    assert f"“{word}”" in first
    assert "spelling" in hint and "shorter word" in hint


@pytest.mark.parametrize(
    ("text", "either"), [("economy xyzzy", "economy OR xyzzy"), ("经济 量子", "经济 OR 量子")]
)
def test_several_words_say_every_word_must_match(
    panel: SearchResults, text: str, either: str
) -> None:
    said = _no_hits(panel, text)
    assert f"“{text}”" in said and "Every word must match" in said and f"“{either}”" in said


def test_filters_in_the_box_are_named_as_what_to_leave_out(panel: SearchResults) -> None:
    said = _no_hits(panel, "kind:book xyzzy")
    assert "leave out kind:book" in said
    assert "kind:book OR" not in said  # a filter is not a word to search for either


def test_the_window_search_box_shows_it(qtbot: QtBot, window: Any, screenshots: Path) -> None:
    results = window.list_pane.results
    type_filter(qtbot, window, "量子纠缠 xyzzy")
    qtbot.waitUntil(lambda: "Every word must match" in results.message.text(), timeout=5000)
    assert results.isVisible() and results.message.isVisible()
    window.grab().save(str(screenshots / "empty-search.png"))
