"""A saved search is highlighted in the sidebar only while the filter box holds its query
(issue 13, fault 8): changing or clearing the box moves the highlight to the list the rows are
in, and typing the query again brings it back."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from readinglog.core.types import Target
from readinglog.gui.lists.saved_searches import SavedSearch
from tests.gui.test_saved_searches import save_as, type_query

QUERY = "status:finished rating>=4"


def highlighted(window: Any) -> list[str]:
    """The text of the sidebar's selected rows, as the user sees them highlighted."""
    rows = window.sidebar.selectionModel().selectedRows(0)
    return [index.data() for index in rows]


def test_the_highlight_follows_the_box(qtbot: QtBot, window: Any) -> None:
    type_query(window, QUERY)
    save_as(qtbot, window, "好书")
    assert highlighted(window) == ["好书"]

    type_query(window, "status:finished")  # changed
    assert highlighted(window) == ["All entries"]
    assert window.sidebar.current_key == "all"
    assert window.windowTitle().endswith("All entries")

    type_query(window, QUERY)  # the saved query again
    assert highlighted(window) == ["好书"]
    assert window.windowTitle().endswith("好书")

    type_query(window, "")  # cleared
    assert highlighted(window) == ["All entries"]
    assert window.sidebar.current_saved() is None


def test_a_search_picked_in_the_sidebar_lets_go_when_the_box_changes(
    qtbot: QtBot, window: Any
) -> None:
    searches = [
        SavedSearch("entries", QUERY, Target.ITEM),
        SavedSearch("笔记", "经济", Target.NOTE),
    ]
    window.searches.saved = searches
    window.sidebar.set_saved(searches)
    window.sidebar.select_key("saved:笔记")
    assert window.list_pane.search.edit.text() == "经济"
    assert highlighted(window) == ["笔记"]
    type_query(window, "经济 历史")
    assert highlighted(window) == ["All notes"]
    assert window.list_pane.target is Target.NOTE
    type_query(window, QUERY)  # another saved search's text, but not its list: no highlight
    assert highlighted(window) == ["All notes"]
