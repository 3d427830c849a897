"""The sidebar lists the "Subscribed" view (podcast shows marked in progress, which "In
progress" leaves out) with its count, once there is a subscription, so they stay one click
away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Status
from readinglog.gui.lists.sidebar import KEY_ROLE
from readinglog.gui.lists.views import SUBSCRIBED_KEY


def rows(window: Any) -> dict[str, tuple[str, str]]:
    """key -> (title, count) of every row under a section."""
    model = window.sidebar.model()
    found = {}
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        for child in range(model.rowCount(section)):
            name, count = model.index(child, 0, section), model.index(child, 1, section)
            found[name.data(KEY_ROLE)] = (name.data(), count.data())
    return found


def test_subscriptions_have_their_row_under_status(window: Any) -> None:
    shown = rows(window)
    assert shown[SUBSCRIBED_KEY] == ("Subscribed", "1")  # Dan Carlin's Hardcore History
    assert shown["status:in-progress"] == ("In progress", "3")
    assert window.sidebar.select_key(SUBSCRIBED_KEY)
    assert window.list_pane.items.paged_model().rowCount() == 1


def test_no_row_without_a_subscription(make_window: Any, library: Library) -> None:
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "A book", status=Status.IN_PROGRESS)
    window = make_window(library, restore=False)
    assert SUBSCRIBED_KEY not in rows(window)
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.PODCAST, "A show", status=Status.IN_PROGRESS)
    window.sidebar.refresh()
    assert rows(window)[SUBSCRIBED_KEY] == ("Subscribed", "1")


def test_a_subscribed_show_reads_subscribed_in_the_list_and_on_its_page(window: Any) -> None:
    """The list's Status column and the entry page say what the shelf says (was "in
    progress", as for a book being read)."""
    assert window.sidebar.select_key(SUBSCRIBED_KEY)
    model = window.list_pane.items.paged_model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Status"
    assert model.index(0, 3).data() == "subscribed"
    window.list_pane.items.select_id(model.ids[0])
    page = window.detail.findChild(QTextBrowser, "entry_page")
    assert "podcast show · subscribed" in page.toPlainText()
    window.sidebar.select_key("status:in-progress")
    statuses = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert statuses == {"in progress"}  # a book being read still reads in progress
