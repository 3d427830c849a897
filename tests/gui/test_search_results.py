"""Full-text search in the window: the index kept on the write pool, results grouped under
the box, keyboard to move and open, stale answers dropped, safe snippets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import notes, repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Changes, Progress, Target
from readinglog.gui.runtime import worker
from readinglog.gui.search.hit_delegate import SNIPPET_ROLE, TITLE_ROLE, segments, split_title
from readinglog.gui.search.index_keeper import IndexKeeper, IndexState
from readinglog.gui.search.search_results import ALSO, BUILDING, FIRST_ROWS, SearchResults
from readinglog.gui.window.actions import MainAction
from readinglog.search import sync
from readinglog.search.searcher import REBUILDING, Hit, SearchResult
from tests.gui.helpers import results_panel

from .helpers import list_filtered, trigger, write_new_note

NOTE_TITLE = "土地财政是怎么来的"
ENTRY_TITLE = "置身事内：中国政府与经济发展"


def note_id(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.note_ids(s, parse_filter(f'title:"{title}"'))[0]


def item_id(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]


def ready(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)


def type_into(edit: QWidget, text: str) -> None:
    """ASCII as key presses, anything else as input-method commits (as a pinyin IME does)."""
    for ch in text:
        if " " <= ch <= "~":
            QTest.keyClicks(edit, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QCoreApplication.sendEvent(edit, event)


def search(qtbot: QtBot, window: Any, text: str) -> SearchResults:
    """Type ``text`` into the focused box and wait for its results."""
    edit = window.list_pane.search.edit
    window.activateWindow()
    edit.setFocus()
    edit.selectAll()
    type_into(edit, text)
    results: SearchResults = window.list_pane.results
    qtbot.waitUntil(
        lambda: results.isVisible() and results.text == text and not results.pending,
        timeout=10_000,
    )
    return results


def test_startup_builds_the_index_on_the_write_pool_and_says_ready(
    qtbot: QtBot, make_window, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[QThread | None] = []
    real = sync.ensure

    def spy(library: Library, index: Any = None, **kw: Any) -> Iterator[Progress]:
        threads.append(QThread.currentThread())
        return real(library, index, **kw)

    monkeypatch.setattr(sync, "ensure", spy)
    window = make_window(sample_library)
    states: list[str] = []
    window.index.state_changed.connect(states.append)
    ready(qtbot, window)
    assert threads and threads[0] is not QThread.currentThread()
    assert threads[0] is not QCoreApplication.instance().thread()  # type: ignore[union-attr]
    assert any(s.startswith("Search index: building") for s in states)  # a new library
    label = window.statusBar().findChild(QWidget, "index_state")
    assert label.text() == "Search index: ready"
    assert sync.check(sample_library).ok


def test_typing_economy_shows_the_note_and_the_entry_grouped(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    results = search(qtbot, window, "经济")
    note, entry = note_id(window.library, NOTE_TITLE), item_id(window.library, ENTRY_TITLE)
    hits = results.hits()
    assert ("Notes", Target.NOTE, note) in hits
    assert ("Entries", Target.ITEM, entry) in hits
    groups = [g for g, _, _ in hits]
    assert groups == sorted(groups, key=["Notes", "Entries"].index)  # notes first, then entries
    assert results.model.item(0).text() == "Notes · 1"

    edit = window.list_pane.search.edit
    assert results.current_hit() == (Target.NOTE, note)  # the first hit is selected
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not results.isVisible()
    assert window.detail.current == (Target.NOTE, note)
    assert window.detail.editor.title.text() == NOTE_TITLE or NOTE_TITLE in (
        window.detail.editor.title.placeholderText()
    )

    trigger(window, MainAction.FOCUS_SEARCH)  # Ctrl+K: the results come back
    qtbot.waitUntil(lambda: results.isVisible() and not results.pending, timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert results.current_hit() == (Target.ITEM, entry)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.detail.current == (Target.ITEM, entry)
    assert "置身事内" in window.detail._entry.toPlainText()


def test_one_then_two_chinese_characters(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    note = note_id(window.library, NOTE_TITLE)
    results = search(qtbot, window, "经")
    one = results.hits()
    assert ("Notes", Target.NOTE, note) in one
    type_into(window.list_pane.search.edit, "济")
    qtbot.waitUntil(lambda: results.text == "经济" and not results.pending, timeout=5000)
    two = results.hits()
    assert ("Notes", Target.NOTE, note) in two
    assert len(two) < len(one)  # 神经元 in the backprop note matched 经 alone


def test_typing_a_word_never_flickers_to_no_results(qtbot: QtBot, window) -> None:
    """Each half-typed stage of 地方财政收入 (地方财, 地方财政收) finds the note the word
    finds: the box searches in prefix mode."""
    ready(qtbot, window)
    note = note_id(window.library, NOTE_TITLE)
    results: SearchResults = window.list_pane.results
    totals: list[int] = []
    window.index.searched.connect(lambda _n, found: totals.append(found.total))
    edit = window.list_pane.search.edit
    window.activateWindow()
    edit.setFocus()
    typed = ""
    for ch in "地方财政收入":
        type_into(edit, ch)
        typed += ch
        qtbot.waitUntil(
            lambda text=typed: results.text == text and not results.pending,
            timeout=10_000,
        )
        if len(typed) == 1:
            totals.clear()  # one character: the character field, before any word
            continue
        assert ("Notes", Target.NOTE, note) in results.hits(), typed
        assert "No notes" not in results.message.text(), typed
    assert totals and 0 not in totals
    assert "<b>地方财政收入</b>" in results.model.item(1).data(SNIPPET_ROLE)


def test_a_space_after_the_last_word_finishes_it(qtbot: QtBot, window) -> None:
    """While 和服 is being typed it may be the start of 和服务; a space says it is the word."""
    ready(qtbot, window)
    with window.library.sessions.begin() as s:
        kimono = notes.add_note(s, "和服的历史很长。", title="和服的历史").created
    window.changed.emit(Changes(notes=frozenset({kimono})))
    with window.library.sessions.begin() as s:
        waiter = notes.add_note(s, "和服务员聊了很久。", title="一次聊天").created
    window.changed.emit(Changes(notes=frozenset({waiter})))
    results = search(qtbot, window, "和服")
    assert [h for h in results.hits() if h[0] == "Notes"][:2] == [
        ("Notes", Target.NOTE, kimono),  # the word itself first
        ("Notes", Target.NOTE, waiter),
    ]
    type_into(window.list_pane.search.edit, " ")
    qtbot.waitUntil(lambda: results.text == "和服 " and not results.pending, timeout=10_000)
    found = results.hits()
    assert ("Notes", Target.NOTE, kimono) in found
    assert ("Notes", Target.NOTE, waiter) not in found
    assert found[-1] == (ALSO, Target.NOTE, waiter)  # 和服务员: found, apart and below
    headings = [results.model.item(r).text() for r in range(results.model.rowCount())]
    assert headings[-2] == f"{ALSO} “和服” inside other words · 1"


def test_traditional_characters_find_simplified_text(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    results = search(qtbot, window, "經濟")
    assert ("Notes", Target.NOTE, note_id(window.library, NOTE_TITLE)) in results.hits()
    assert ("Entries", Target.ITEM, item_id(window.library, ENTRY_TITLE)) in results.hits()
    note_row, entry_row = results.model.item(1), results.model.item(3)
    assert "<b>经济</b>" in note_row.data(SNIPPET_ROLE)  # the match in the note's text
    assert entry_row.data(TITLE_ROLE) == "置身事内：中国政府与<b>经济</b>发展"
    assert entry_row.data(SNIPPET_ROLE) == "兰小欢"  # the rest of the entry's snippet


def test_a_broken_query_shows_the_notice_not_a_crash(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    results = search(qtbot, window, '"unbalanced')
    assert results.message.isVisible()
    assert "quote" in results.message.text()
    assert QApplication.activeModalWidget() is None


def test_a_note_saved_in_the_editor_becomes_findable(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    created = write_new_note(qtbot, window, "蝴蝶效应 notes on chaos")
    results = search(qtbot, window, "蝴蝶效应")
    assert results.hits() == [("Notes", Target.NOTE, created)]


def test_escape_closes_then_clears_and_focus_elsewhere_closes(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    results = search(qtbot, window, "Kahneman")
    edit = window.list_pane.search.edit
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not results.isVisible() and edit.text() == "Kahneman"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    results = search(qtbot, window, "Kahneman")
    window.list_pane.items.setFocus(Qt.FocusReason.TabFocusReason)
    assert not results.isVisible()


def test_filters_alone_open_no_results(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    edit = window.list_pane.search.edit
    with qtbot.waitSignal(edit.query_changed, timeout=2000):
        qtbot.keyClicks(edit, "kind:book status:finished")
    list_filtered(qtbot, window)
    assert not window.list_pane.results.isVisible()
    assert window.list_pane.items.paged_model().rowCount() == 3


def test_no_search_while_pinyin_is_composing(qtbot: QtBot, window) -> None:
    ready(qtbot, window)
    results = window.list_pane.results
    sent: list[str] = []
    results.search_requested.connect(lambda _n, text: sent.append(text))
    edit = window.list_pane.search.edit
    edit.setFocus()
    for preedit in ("j", "jing", "jingji"):
        QCoreApplication.sendEvent(edit, QInputMethodEvent(preedit, []))
    qtbot.wait(400)
    assert sent == []
    event = QInputMethodEvent("", [])
    event.setCommitString("经济")
    QCoreApplication.sendEvent(edit, event)
    qtbot.waitUntil(lambda: sent == ["经济"], timeout=2000)


# -- the panel alone: stale answers, rebuilding, safe snippets ------------------------------


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[SearchResults]:
    results, _host = results_panel(qtbot)
    yield results  # the host lives as long as the test


def _result(*titles: str) -> SearchResult:
    hits = tuple(
        Hit(Target.NOTE, n, t, f"about <b>{t}</b>", 1.0, ()) for n, t in enumerate(titles, 1)
    )
    return SearchResult(len(hits), hits)


def test_an_older_answer_never_replaces_a_newer_one(panel: SearchResults) -> None:
    asked: list[int] = []
    panel.search_requested.connect(lambda n, _t: asked.append(n))
    panel.set_query("经")
    panel.set_query("经济")
    first, second = asked
    panel.show_result(first, _result("one"))  # late answer to 经: dropped
    assert not panel.isVisible() and panel.pending
    panel.show_result(second, _result("two", "three"))
    panel.show_result(first, _result("one"))  # later still: dropped again
    assert [panel.model.item(r).text() for r in range(1, 3)] == ["two", "three"]
    assert not panel.pending


def test_a_long_answer_shows_a_panel_first_and_the_rest_in_later_turns(
    qtbot: QtBot, panel: SearchResults
) -> None:
    asked: list[int] = []
    panel.search_requested.connect(lambda n, _t: asked.append(n))
    opened: list[tuple[Target, int]] = []
    panel.opened.connect(lambda target, n: opened.append((target, n)))
    panel.set_query("经济")
    panel.show_result(asked[-1], _result(*(f"笔记 {i}" for i in range(1, 31))))
    assert 0 < panel.model.rowCount() <= FIRST_ROWS  # a heading and the first hits, now
    assert panel.pending  # the others come in the next turns of the event loop
    assert panel.current_hit() == (Target.NOTE, 1)
    qtbot.waitUntil(lambda: not panel.pending, timeout=2000)
    assert [n for _g, _t, n in panel.hits()] == list(range(1, 31))
    assert panel.current_hit() == (Target.NOTE, 1)

    panel.set_query("经济学")
    panel.show_result(asked[-1], _result(*(f"笔记 {i}" for i in range(1, 31))))
    assert panel.open_current()  # Enter opens the selected hit while the rest is coming
    assert opened == [(Target.NOTE, 1)]

    panel.set_query("经济")
    panel.show_result(asked[-1], _result(*(f"笔记 {i}" for i in range(1, 31))))
    shown = panel.model.rowCount()
    panel.set_query("经")  # typed on: the older answer's other rows are never laid out
    qtbot.wait(50)
    assert panel.model.rowCount() == shown and panel.pending


def test_superseded_searches_do_not_run(qtbot: QtBot, sample_library: Library) -> None:
    keeper = IndexKeeper(sample_library)
    gate = threading.Event()

    def blocker() -> worker.Job:
        yield from ()
        gate.wait(5)

    worker.start(blocker, writes=True)  # the write pool is busy: the searches queue
    answered: list[int] = []
    keeper.searched.connect(lambda n, _r: answered.append(n))
    keeper.search(1, "经")
    keeper.search(2, "经济")
    gate.set()
    qtbot.waitUntil(lambda: answered == [2], timeout=10_000)
    qtbot.wait(100)
    assert answered == [2]
    keeper.close()


def test_rebuilding_shows_a_message_instead_of_results(panel: SearchResults) -> None:
    asked: list[int] = []
    panel.search_requested.connect(lambda n, _t: asked.append(n))
    panel.set_query("经济")
    panel.show_result(asked[-1], SearchResult(0, (), REBUILDING, needs_rebuild=True))
    assert panel.isVisible()
    assert panel.message.text() == BUILDING
    assert panel.model.rowCount() == 0
    panel.set_building(True)
    assert panel.message.text() == BUILDING
    panel.set_building(False)  # built: the query is asked again
    assert len(asked) == 2


def test_snippets_keep_only_the_marks() -> None:
    raw = "a &lt;img src=x&gt; <i>b</i> <b>经济</b> &amp; c"
    assert segments(raw) == [("a <img src=x> <i>b</i> ", False), ("经济", True), (" & c", False)]
    title, snippet = split_title("x<y", "x&lt;<b>y</b> by Someone")
    assert title == "x&lt;<b>y</b>"
    assert snippet == "by Someone"
    title, snippet = split_title("Notes", "…<b>经济</b>学 <script>")
    assert title == "Notes"
    assert snippet == "…<b>经济</b>学 &lt;script&gt;"
