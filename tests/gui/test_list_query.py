"""The lists' queries in the background: off the GUI thread, the newest answer only."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from readinglog.core import notes
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.query import Filter, parse_filter
from readinglog.gui.lists.table_models import NoteTableModel


class Gated:
    """Stands in for a model's id query: records each filter asked for, on which thread, and
    holds the first query until ``release`` (a slow query still running)."""

    def __init__(self, model: NoteTableModel) -> None:
        self._real: Callable[..., list[int]] = model._query_ids
        self._gate = threading.Event()
        self.asked: list[Filter] = []
        self.threads: list[threading.Thread] = []
        model._query_ids = self  # type: ignore[method-assign]

    def __call__(self, s: Any, flt: Filter, sort: str, desc: bool | None) -> list[int]:
        self.asked.append(flt)
        self.threads.append(threading.current_thread())
        if len(self.asked) == 1:
            self._gate.wait(10)
        return self._real(s, flt, sort, desc)

    def release(self) -> None:
        self._gate.set()


@pytest.fixture
def model(sample_library: Library) -> NoteTableModel:
    model = NoteTableModel(sample_library)
    model.set_filter(Filter())
    assert model.rowCount() == 6
    return model


def test_a_typed_filter_is_queried_off_the_gui_thread(
    qtbot: QtBot, model: NoteTableModel, qtmodeltester: ModelTester
) -> None:
    query = Gated(model)
    query.release()
    with qtbot.waitSignal(model.filtered, timeout=5000):
        model.request_filter(parse_filter("lang:zh"))
        assert model.pending
        assert model.rowCount() == 6  # the rows shown stay until the answer comes
    assert query.threads[0] is not threading.main_thread()
    assert not model.pending
    assert model.rowCount() == 2 and model.filter == parse_filter("lang:zh")
    qtmodeltester.check(model, force_py=True)


def test_a_bad_filter_is_refused_at_once_without_a_query(
    qtbot: QtBot, model: NoteTableModel
) -> None:
    query = Gated(model)
    query.release()
    with pytest.raises(UserError, match="entries only"):
        model.request_filter(parse_filter("status:finished"))
    assert not model.pending and query.asked == []
    assert model.filter == Filter() and model.rowCount() == 6


def test_only_the_newest_answer_is_shown(qtbot: QtBot, model: NoteTableModel) -> None:
    query = Gated(model)
    shown: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    zh, en, santi = parse_filter("lang:zh"), parse_filter("lang:en"), parse_filter("三体")
    model.request_filter(zh)
    qtbot.waitUntil(lambda: query.asked == [zh], timeout=5000)  # running, held
    model.request_filter(en)  # queued behind it, superseded before it starts
    with qtbot.waitSignal(model.filtered, timeout=5000):
        model.request_filter(santi)
        query.release()
    assert query.asked == [zh, santi]  # the middle one never ran
    assert shown == [1]  # the first answer came, and was dropped
    assert model.filter == santi and not model.pending


def test_a_query_on_the_spot_drops_the_answer_on_its_way(
    qtbot: QtBot, model: NoteTableModel
) -> None:
    query = Gated(model)
    model.request_filter(parse_filter("lang:zh"))
    qtbot.waitUntil(lambda: len(query.asked) == 1, timeout=5000)
    model.set_filter(parse_filter("lang:zh"))  # a view switch queries the newest filter at once
    assert not model.pending and model.rowCount() == 2
    answered: list[bool] = []
    model.filtered.connect(lambda: answered.append(True))
    query.release()
    model.wait_for_queries()
    qtbot.wait(50)  # the late answer's event is delivered, and dropped
    assert answered == [] and model.rowCount() == 2


def test_a_failed_query_keeps_the_rows(
    qtbot: QtBot, model: NoteTableModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> list[int]:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(model, "_query_ids", broken)
    with qtbot.waitSignal(model.filtered, timeout=5000):
        model.request_filter(parse_filter("lang:zh"))
    assert not model.pending and model.rowCount() == 6


def test_a_write_refreshes_off_the_gui_thread_and_changed_rows_show_at_once(
    qtbot: QtBot, model: NoteTableModel, sample_library: Library
) -> None:
    first = model.id_at(0)
    assert first is not None
    model.index(0, 0).data()  # its page is loaded
    with sample_library.sessions.begin() as s:
        notes.edit_note(s, first, title="改过的标题")
        created = notes.add_note(s, "new body", title="A new note").created
    query = Gated(model)
    model.forget_rows()  # what the list pane does on every write
    model.refresh(frozenset({first}))
    assert model.pending and model.rowCount() == 6  # the ids are asked for in the background
    assert model.index(model.row_of(first), 0).data() == "改过的标题"  # the row, at once
    with qtbot.waitSignal(model.filtered, timeout=5000):
        query.release()
    assert query.threads[0] is not threading.main_thread()
    assert model.rowCount() == 7 and model.row_of(created) == 0  # newest first
