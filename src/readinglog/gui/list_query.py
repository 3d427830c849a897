"""A list's id query off the GUI thread: typing in the filter box never waits for it.

The filter's text conditions scan every title and body (a few milliseconds at 2,000 notes,
hundreds at 100,000), so the table asks here and keeps showing its rows until the answer comes.
Each request gets a number: a job that a newer request superseded before it started is skipped,
and an answer to anything but the newest request is dropped, so a slow answer to 经 never
replaces the one to 经济. One thread per list, so queries never pile up on both cores.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Query = Callable[[], Sequence[int]]


class _Latest:
    """The newest request's number; read by the pool thread to skip stale jobs (an int under
    the GIL, so no lock is needed)."""

    def __init__(self) -> None:
        self.number = 0


class _Signals(QObject):
    answered = Signal(int, object)  # request number, list of ids (None: the query failed)


class _Job(QRunnable):
    def __init__(self, number: int, query: Query, latest: _Latest, signals: _Signals) -> None:
        super().__init__()
        self._number = number
        self._query = query
        self._latest = latest
        self._signals = signals

    def run(self) -> None:
        if self._number != self._latest.number:
            return  # superseded before it started: the newer request is queued behind it
        try:
            ids: list[int] | None = list(self._query())
        except Exception:  # the database, not the filter (that was checked): keep the rows
            log.exception("list query failed")
            ids = None
        self._signals.answered.emit(self._number, ids)


class IdQueries(QObject):
    """Runs a list's queries one at a time on its own thread; ``answered(ids)`` carries the
    newest request's answer (None when it failed) and nothing else."""

    answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool is made before the signals object: children are destroyed in creation
        # order, so it waits for a running job before that job's signals object goes away.
        self._pool = QThreadPool(self)
        self._pool.setObjectName("list_query_pool")
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.answered.connect(self._on_signals_answered)
        self._latest = _Latest()
        self._pending = False

    @property
    def pending(self) -> bool:
        """Whether the newest request is still unanswered."""
        return self._pending

    def request(self, query: Query) -> None:
        """Run ``query`` on the pool thread (it must not touch Qt objects)."""
        self._latest.number += 1
        self._pending = True
        self._pool.start(_Job(self._latest.number, query, self._latest, self._signals))

    def supersede(self) -> None:
        """Drop any answer on its way (the caller has just queried on its own)."""
        self._latest.number += 1
        self._pending = False

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs finish (closing, and tests)."""
        return bool(self._pool.waitForDone(msecs))

    def _on_signals_answered(self, number: int, ids: list[int] | None) -> None:
        if number != self._latest.number:
            return  # stale: a newer request is on its way, or was answered on the spot
        self._pending = False
        self.answered.emit(ids)
