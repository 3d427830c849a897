"""The window says when the search index is behind (held by another process) and when it
has caught up; a write the index fails on rebuilds it (issue 11, faults 1 and 5)."""

from __future__ import annotations

import os
from typing import Any

import pytest
import whoosh.writing
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.core.types import Changes
from readinglog.gui.search.index_keeper import IndexState
from readinglog.search import searcher, sync
from readinglog.search.index import SearchIndex


def state_label(window: Any) -> str:
    text: str = window.statusBar().findChild(QWidget, "index_state").text()
    return text


def write_note(window: Any, library: Library, body: str) -> int:
    with library.sessions.begin() as s:
        changes = notes.add_note(s, body)
    assert changes.created is not None
    window.index.on_changed(Changes())
    return changes.created


def test_an_index_held_elsewhere_is_shown_as_behind_then_ready(
    qtbot: QtBot, make_window: Any, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sync.drain.__kwdefaults__, "timeout", 0.1)  # drain's own default
    window = make_window(sample_library)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    with SearchIndex(sample_library.paths.index).write_lock(1.0):
        note_id = write_note(window, sample_library, "heldback words")
        qtbot.waitUntil(
            lambda: state_label(window).startswith("Search index: behind"), timeout=10_000
        )
        assert f"process {os.getpid()}" in state_label(window)
    window.index.on_changed(Changes())  # the next write's drain takes it in
    qtbot.waitUntil(lambda: state_label(window) == "Search index: ready", timeout=10_000)
    found = searcher.search(sample_library, "heldback")
    assert [hit.id for hit in found.hits] == [note_id] and found.notice == ""


def test_a_write_the_index_fails_on_is_rebuilt_in_the_window(
    qtbot: QtBot, make_window: Any, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_library)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)

    def broken_add(_pool: object, _item: object) -> None:
        raise AssertionError("vbytes=''")

    monkeypatch.setattr(whoosh.writing.PostingPool, "add", broken_add)
    monkeypatch.setattr("readinglog.search.index.MAX_SEGMENTS", 1)  # every commit merges
    states: list[str] = []
    window.index.state_changed.connect(states.append)
    note_id = write_note(window, sample_library, "rebuiltafter words")
    qtbot.waitUntil(lambda: any("building" in s for s in states), timeout=10_000)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    found = searcher.search(sample_library, "rebuiltafter")
    assert [hit.id for hit in found.hits] == [note_id]
    assert sync.check(sample_library).current


def test_a_bug_in_a_search_is_said_without_a_rebuild(
    qtbot: QtBot, make_window: Any, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(sample_library)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)

    def buggy(*_args: object, **_kw: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'ids'")

    monkeypatch.setattr("readinglog.search.reading.read_postings", buggy)
    states: list[str] = []
    window.index.state_changed.connect(states.append)
    answers: list[Any] = []
    window.index.searched.connect(lambda _request, found: answers.append(found))
    with qtbot.captureExceptions():
        window.index.search(1, "经济")
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers[0].notice.startswith("The search failed") and not answers[0].needs_rebuild
    qtbot.wait(300)
    assert not any("building" in s for s in states)
    assert window.index.state is IndexState.READY
