"""Highlights in the search results: their own group and title line (that it is a highlight,
its entry, where in it), and opening one shows its entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import highlights, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Place, Target
from readinglog.gui.search.hit_delegate import SNIPPET_ROLE, TITLE_ROLE
from readinglog.gui.search.search_results import HIGHLIGHT_IN, HIT_ROLE, SearchResults
from readinglog.search.schema import Match
from readinglog.search.searcher import Hit, SearchResult
from tests.gui.helpers import results_panel
from tests.gui.test_search_results import ready, search


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[tuple[SearchResults, QWidget]]:
    results, host = results_panel(qtbot)
    yield results, host  # the host lives as long as the test


def answer(panel: SearchResults, text: str, *hits: Hit) -> None:
    asked: list[int] = []
    panel.search_requested.connect(lambda n, _t: asked.append(n))
    panel.set_query(text)
    panel.show_result(asked[-1], SearchResult(len(hits), hits))
    while panel.pending:
        panel._on_more_timeout()


def highlight(hid: int, item: int, title: str, place: str, snippet: str, **kw: Any) -> Hit:
    return Hit(Target.HIGHLIGHT, hid, title, snippet, 1.0, (item,), place=place, **kw)


def row_of(panel: SearchResults, target: Target, hid: int) -> int:
    for row in range(panel.model.rowCount()):
        if panel.model.item(row).data(HIT_ROLE) == (target, hid):
            return row
    raise AssertionError(f"no row for {target} {hid}")


def test_highlights_have_their_group_after_notes_and_entries(
    panel: tuple[SearchResults, QWidget],
) -> None:
    results, _ = panel
    answer(
        results, "农业",
        highlight(7, 3, "人类简史", "第 42 页", "<b>农业</b>革命是史上最大的骗局。"),
        Hit(Target.NOTE, 1, "读书会", "<b>农业</b>革命", 2.0, (3,)),
        Hit(Target.ITEM, 3, "人类简史", "人类简史", 0.5, ()),
    )  # fmt: skip
    assert results.hits() == [
        ("Notes", Target.NOTE, 1), ("Entries", Target.ITEM, 3), ("Highlights", Target.HIGHLIGHT, 7)
    ]  # fmt: skip
    headings = [results.model.item(r).text() for r in range(results.model.rowCount())]
    assert "Highlights · 1" in headings
    row = results.model.item(row_of(results, Target.HIGHLIGHT, 7))
    assert row.text() == f"{HIGHLIGHT_IN} 人类简史 · 第 42 页"
    assert row.data(TITLE_ROLE) == f"{HIGHLIGHT_IN} 人类简史 · 第 42 页"
    assert row.data(SNIPPET_ROLE) == "<b>农业</b>革命是史上最大的骗局。"


def test_a_highlight_without_a_place_and_one_that_only_contains_the_words(
    panel: tuple[SearchResults, QWidget],
) -> None:
    results, _ = panel
    answer(
        results, "和服",
        highlight(4, 2, "A & B", "", "<b>和服</b>务员 &lt;img src=x&gt;", match=Match.CHARACTERS),
    )  # fmt: skip
    [(group, target, hid)] = results.hits()
    assert (target, hid) == (Target.HIGHLIGHT, 4) and group.startswith("Also contains")
    row = results.model.item(row_of(results, Target.HIGHLIGHT, 4))
    assert row.data(TITLE_ROLE) == f"{HIGHLIGHT_IN} A &amp; B"  # its own label in a mixed group
    assert row.data(SNIPPET_ROLE) == "<b>和服</b>务员 &lt;img src=x&gt;"  # escaped, never markup


def test_a_highlights_snippet_is_not_cut_by_its_entrys_title(
    panel: tuple[SearchResults, QWidget],
) -> None:
    results, _ = panel  # an entry's snippet starting with its title loses it; a passage not
    answer(results, "hello", highlight(5, 2, "Hello", "p. 3", "<b>Hello</b> world"))
    row = results.model.item(row_of(results, Target.HIGHLIGHT, 5))
    assert row.data(SNIPPET_ROLE) == "<b>Hello</b> world"


def test_opening_a_highlight_opens_its_entry(panel: tuple[SearchResults, QWidget]) -> None:
    results, _ = panel
    answer(results, "农业", highlight(7, 3, "人类简史", "第 42 页", "<b>农业</b>"))
    opened: list[tuple[Target, int]] = []
    results.opened.connect(lambda target, i: opened.append((target, i)))
    assert results.current_hit() == (Target.HIGHLIGHT, 7)
    assert results.open_current()
    assert opened == [(Target.ITEM, 3)]


@pytest.fixture
def with_highlight(sample_library: Library) -> tuple[Library, int, int]:
    with sample_library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "增长的极限").created
        assert book is not None
        made = highlights.add_highlight(
            s, book, "指数增长总是出人意料。", comment="蓄水池与反馈回路", place=Place(page=12)
        ).created
        assert made is not None
    return sample_library, book, made


def test_in_the_window_a_highlight_is_found_and_enter_shows_its_entry(
    qtbot: QtBot, make_window: Any, with_highlight: tuple[Library, int, int]
) -> None:
    library, book, made = with_highlight
    window = make_window(library)
    ready(qtbot, window)
    results = search(qtbot, window, "蓄水池")
    assert results.hits() == [("Highlights", Target.HIGHLIGHT, made)]
    row = results.model.item(row_of(results, Target.HIGHLIGHT, made))
    assert row.text() == f"{HIGHLIGHT_IN} 增长的极限 · 第 12 页"
    qtbot.keyClick(window.list_pane.search.edit, Qt.Key.Key_Return)
    assert not results.isVisible()
    assert window.detail.current == (Target.ITEM, book)


def test_in_the_window_is_highlight_narrows_the_results(
    qtbot: QtBot, make_window: Any, with_highlight: tuple[Library, int, int]
) -> None:
    library, _, made = with_highlight
    window = make_window(library)
    ready(qtbot, window)
    results = search(qtbot, window, "增长")
    assert ("Highlights", Target.HIGHLIGHT, made) in results.hits()
    assert any(target is not Target.HIGHLIGHT for _, target, _ in results.hits())
    results = search(qtbot, window, "is:highlight 增长")
    assert results.hits() == [("Highlights", Target.HIGHLIGHT, made)]
