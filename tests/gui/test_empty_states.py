"""What each list shows: an empty list says why it is empty and what to do (and has no
horizontal scroll bar), and "In progress" lists what is being read, not podcast subscriptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readinglog.core import notes, repository, services
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import ItemKind, Status, Target
from readinglog.gui.lists.views import SUBSCRIBED_KEY, view_for
from tests.gui.helpers import list_filtered, type_filter

NARROW = (760, 480)  # the list's columns are wider than its viewport here


def _narrow(qtbot: QtBot, window: Any) -> None:
    window.resize(*NARROW)
    qtbot.wait(20)


def _check_empty(table: Any, expected: str, shots: Path, name: str) -> None:
    assert table.model().rowCount() == 0
    assert table.empty_text == expected
    header = table.horizontalHeader()
    assert header.length() > table.viewport().width()  # so a scroll bar would show
    assert not table.horizontalScrollBar().isVisible(), "an empty list scrolls sideways"
    table.window().grab().save(str(shots / f"empty-{name}.png"))


def test_an_empty_library_says_how_to_add_an_entry(
    qtbot: QtBot, make_window: Any, library: Library, screenshots: Path
) -> None:
    window = make_window(library)
    _narrow(qtbot, window)
    window.sidebar.select_key("all")
    list_filtered(qtbot, window)
    _check_empty(
        window.list_pane.items,
        "No entries yet — add one with Ctrl+N or import a file (Ctrl+I)",
        screenshots,
        "library",
    )
    window.sidebar.select_key("notes:all")
    list_filtered(qtbot, window)
    _check_empty(
        window.list_pane.notes, "No notes yet — write one with Ctrl+Shift+N", screenshots, "notes"
    )


def test_a_filter_matching_nothing_says_so_and_esc_clears_it(
    qtbot: QtBot, window: Any, screenshots: Path
) -> None:
    _narrow(qtbot, window)
    window.sidebar.select_key("all")
    table = window.list_pane.items
    rows = table.model().rowCount()
    assert rows > 0 and table.empty_text == ""
    type_filter(qtbot, window, "kind:book xyzzy")
    _check_empty(
        table, "No entries match “kind:book xyzzy”.\nClear the filter (Esc)", screenshots, "filter"
    )
    window.sidebar.select_key("kind:book")
    list_filtered(qtbot, window)
    assert table.empty_text.startswith("No entries in Books match “kind:book xyzzy”.")
    window.sidebar.select_key("all")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    list_filtered(qtbot, window)
    assert window.list_pane.search.edit.text() == ""
    assert table.model().rowCount() == rows and table.empty_text == ""
    assert table.horizontalScrollBar().isVisible()  # rows again: the columns scroll


def test_words_found_only_in_notes_say_where_they_are(
    qtbot: QtBot, window: Any, sample_library: Library, screenshots: Path
) -> None:
    with sample_library.sessions.begin() as s:
        notes.add_note(s, "Mentions the zanzibarite mineral once.", title="A note")
        notes.add_note(s, "Zanzibarite again.", title="Another")
    window.list_pane.notes.paged_model().forget_rows()
    _narrow(qtbot, window)
    window.sidebar.select_key("all")
    table = window.list_pane.items
    type_filter(qtbot, window, "zanzibarite")
    qtbot.waitUntil(lambda: "notes do" in table.empty_text, timeout=5000)
    assert table.empty_text == (
        "No entries match “zanzibarite”. 2 notes do: see the results above, or Notes ▸ All "
        "notes.\nClear the filter (Esc)"
    )
    _check_empty(table, table.empty_text, screenshots, "notes-only")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("tag:nothing-here", "No entries are tagged #nothing-here now."),
        ("status:paused", "Nothing is paused."),
        ("kind:article", "No articles yet — add one with Ctrl+N"),
        ("notes:standalone", "No standalone notes: every note is about an entry."),
        (SUBSCRIBED_KEY, "No podcast subscriptions — import an OPML file (Ctrl+I) to add them."),
    ],
)
def test_an_empty_shelf_kind_or_tag_explains_itself(
    qtbot: QtBot, make_window: Any, library: Library, screenshots: Path, key: str, expected: str
) -> None:
    with library.sessions.begin() as s:  # one entry and note, in none of these views
        book = services.add_item(s, ItemKind.BOOK, "A book", status=Status.WANT).created
        assert book is not None
        notes.add_note(s, "text", title="About it", item_ids=[book])
    window = make_window(library)
    _narrow(qtbot, window)
    view = view_for(key)
    assert view is not None
    window.list_pane.show_view(view)
    list_filtered(qtbot, window)
    table = window.list_pane.table(view.target)
    _check_empty(table, expected, screenshots, key.replace(":", "-"))


def test_in_progress_leaves_podcast_subscriptions_to_their_own_row(library: Library) -> None:
    """45 shows from an OPML file are in progress; the five books being read must not be
    buried under them: they are "Subscribed", episodes being listened to stay in progress."""
    with library.sessions.begin() as s:
        shows = [
            services.add_item(s, ItemKind.PODCAST, f"Show {i}", status=Status.IN_PROGRESS).created
            for i in range(45)
        ]
        books = [
            services.add_item(s, ItemKind.BOOK, f"Book {i}", status=Status.IN_PROGRESS).created
            for i in range(5)
        ]
        episode = services.add_item(
            s, ItemKind.EPISODE, "An episode", status=Status.IN_PROGRESS
        ).created
        paused = services.add_item(s, ItemKind.PODCAST, "Paused show", status=Status.PAUSED)
    in_progress = view_for(f"status:{Status.IN_PROGRESS.value}")
    subscribed = view_for(SUBSCRIBED_KEY)
    paused_view = view_for("status:paused")
    assert in_progress and subscribed and paused_view
    assert (in_progress.title, subscribed.title) == ("In progress", "Subscribed")
    assert subscribed.target is Target.ITEM
    with library.sessions() as s:
        assert set(repository.item_ids(s, in_progress.base)) == {*books, episode}
        assert set(repository.item_ids(s, subscribed.base)) == set(shows)
        assert repository.count_items(s, in_progress.base) == 6  # the sidebar's count
        assert repository.item_ids(s, paused_view.base) == [paused.created]
        # What a user types still narrows within the shelf.
        assert repository.item_ids(s, in_progress.combined(Filter(words=("Book 3",)))) == [books[3]]
