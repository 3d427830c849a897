"""Long work off the GUI thread (ARCHITECTURE.md rule 4).

A core generator yields ``Progress`` and may ``return`` a result. ``start`` runs it as a
QRunnable on a pool: reads on the global pool, writes on ``write_pool()`` (one thread, so
database and index writes never overlap). Cancel closes the generator at its next ``yield``;
the generator's own ``finally``/``with`` blocks decide what a half-done job keeps.

Ownership: a task's signals (a QObject made on the GUI thread) and its job callable (often a
bound method or a partial holding widgets) are used and released on the GUI thread only. The
pool thread reports through one relay that lives as long as the application; the relay keeps
each running task and its job until the task's ``done`` is delivered, and the pool thread lets
go of the job before it reports ``done``. (Before, the runnable held the task: when the caller
had let go of it, the signals object died on the pool thread with its queued signals still on
the way, so a ``finished`` slot never ran, or the GUI thread called a slot wrapper the pool
thread was deleting.) A job yields and returns plain data, never a Qt object.

Work asked for again and again as the user types (a list's ids, a note's preview, the
sidebar's counts) goes through ``LatestOnly`` instead: one thread per owner, and only the
answer to the newest request counts.

Both first make sure that garbage collections run on the GUI thread only
(``gc_freeze.collect_on_gui_thread``): a collection started by a pool thread's allocations
would destroy the Qt objects of unreachable reference cycles (a closed window, a dialog) on
that thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from readinglog import logs
from readinglog.core import failures
from readinglog.core.errors import UserError
from readinglog.core.types import Progress
from readinglog.gui.runtime import gc_freeze, i18n

log = logging.getLogger(__name__)
Job = Generator[Progress, None, Any]
PROGRESS_INTERVAL_S = 0.03  # at most ~30 progress updates a second reach the GUI

_write_pool: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """The single-thread pool for work that writes to the database or the index."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setObjectName("write_pool")
        _write_pool.setMaxThreadCount(1)
    return _write_pool


class TaskSignals(QObject):
    """What a task reports; exactly one of finished, failed, cancelled, then done."""

    progress = Signal(object)  # Progress
    finished = Signal(object)  # the generator's return value
    failed = Signal(str)  # one sentence
    cancelled = Signal()
    done = Signal()


class Task:
    """The caller's handle: its signals and a cancel switch (safe to call from the GUI).

    A job blocked inside a call (a network request) cannot see the switch until the call
    returns; it gives ``on_cancel`` what stops the call (``Http.cancel``)."""

    def __init__(self) -> None:
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._on_cancel: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._cancel.set()
            calls, self._on_cancel = self._on_cancel, []
        for call in calls:
            call()

    def on_cancel(self, call: Callable[[], None]) -> None:
        """Call ``call`` when the task is cancelled (on the thread that cancels it), or now
        when it is already; from any thread. ``call`` must be thread-safe and quick."""
        with self._lock:
            if not self._cancel.is_set():
                self._on_cancel.append(call)
                return
        call()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries what pool threads report to the GUI thread, where it is emitted on the task's
    signals; keeps each running task and its job until its ``done`` (see the module docstring).
    Made on the GUI thread as the application's child."""

    reported = Signal(int, str, object)  # task number, TaskSignals signal, its argument

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("worker_relay")
        self._running: dict[int, tuple[Task, Callable[[], Job]]] = {}
        self._numbers = itertools.count(1)
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    def add(self, task: Task, make_job: Callable[[], Job]) -> int:
        number = next(self._numbers)
        self._running[number] = (task, make_job)
        return number

    def _on_reported(self, number: int, name: str, value: object) -> None:
        task = self._running[number][0]
        if name == "done":
            try:
                task.signals.done.emit()
            finally:
                del self._running[number]  # the last reference may go here, on this thread
        elif name == "cancelled":
            task.signals.cancelled.emit()
        else:
            getattr(task.signals, name).emit(value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay(QCoreApplication.instance())
    return _relay


class _Runnable(QRunnable):
    """Owned and deleted by the pool. It holds the task's number and cancel flag, never the
    task, and lets go of the job before it reports ``done``."""

    def __init__(
        self, number: int, cancel: threading.Event, make_job: Callable[[], Job], relay: _Relay
    ) -> None:
        super().__init__()
        self._number = number
        self._cancel = cancel
        self._make_job: Callable[[], Job] | None = make_job
        self._relay = relay

    def run(self) -> None:
        try:
            self._drive()
        finally:
            self._make_job = None  # the GUI thread releases it, after done
            self._report("done")

    def _report(self, name: str, value: object = None) -> None:
        self._relay.reported.emit(self._number, name, value)

    def _drive(self) -> None:
        last = 0.0
        try:
            assert self._make_job is not None
            job = self._make_job()
            while True:
                if self._cancel.is_set():
                    job.close()
                    self._report("cancelled")
                    return
                try:
                    step = next(job)
                except StopIteration as stop:
                    self._report("finished", stop.value)
                    return
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S or step.done == step.total:
                    last = now
                    self._report("progress", step)
        except UserError as exc:
            self._report("failed", i18n.said(exc))
        except Exception as exc:  # a full disk, or a bug: log it, keep the window, say so
            self._report("failed", _logged(exc, "background task"))


def _logged(exc: Exception, what: str) -> str:
    """Log a failed job with its traceback (in English); the sentence for its ``failed``
    signal, in the window's language."""
    known = failures.describe_said(exc)
    if known is not None:
        logs.log_exception(f"{what}: {known}", exc, level=logging.WARNING, logger=log)
        return i18n.said(known)
    log_file = logs.log_exception(f"{what} failed", exc, logger=log)
    return i18n.said(failures.unexpected_said(exc, log_file))


def start(
    make_job: Callable[[], Job], *, writes: bool, task: Task | None = None, priority: int = 0
) -> Task:
    """Run the generator ``make_job()`` returns on a pool thread (call it on the GUI thread;
    the task and the job are kept until ``done``). Connect to ``task.signals`` before calling
    (or pass a prepared ``task``): nothing emitted earlier is replayed. A higher ``priority``
    runs before queued jobs of a lower one (a search before queued index writes)."""
    gc_freeze.collect_on_gui_thread()
    task = task or Task()
    relay = _the_relay()
    runnable = _Runnable(relay.add(task, make_job), task._cancel, make_job, relay)
    pool = write_pool() if writes else QThreadPool.globalInstance()
    pool.start(runnable, priority)
    return task


class _Latest:
    """The newest request's number; read by the pool thread to skip stale jobs (an int under
    the GIL, so no lock is needed)."""

    def __init__(self) -> None:
        self.number = 0


class _LatestSignals(QObject):
    answered = Signal(int, object)  # request number, result (None: the call failed)


_SKIPPED = object()  # the answer of a call superseded before it started


class _LatestJob(QRunnable):
    """Owned and deleted by the pool. It lets go of its call before it answers: the owner
    keeps the call until the answer, so what the call holds goes on the GUI thread."""

    def __init__(
        self, number: int, call: Callable[[], Any], latest: _Latest, signals: _LatestSignals
    ) -> None:
        super().__init__()
        self._number = number
        self._call: Callable[[], Any] | None = call
        self._latest = latest
        self._signals = signals

    def run(self) -> None:
        self._signals.answered.emit(self._number, self._result())

    def _result(self) -> object:
        call, self._call = self._call, None
        if call is None or self._number != self._latest.number:
            return _SKIPPED  # superseded before it started: the newer request is queued behind it
        try:
            return call()
        except Exception as exc:  # the database or a bug: logged and shown in the error
            # dialog (gui/runtime/error_dialog.py); the owner keeps what it shows
            logs.log_exception("background request failed", exc, logger=log, unexpected=True)
            return None


class LatestOnly(QObject):
    """Runs the calls it is given one at a time on its own thread; a call that a newer
    request superseded before it started is skipped.

    ``answered(result)`` carries the newest request's result (None when the call raised; it is
    logged) and nothing older: a slow answer to 经 never replaces the one to 经济. With
    ``interim=True`` an older answer is shown too when it is newer than any shown, so a slow
    preview still keeps up while typing goes on.
    """

    answered = Signal(object)

    def __init__(self, name: str, *, interim: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc_freeze.collect_on_gui_thread()
        # The pool is made before the signals object: children are destroyed in creation
        # order, so it waits for a running job before that job's signals object goes away.
        self._pool = QThreadPool(self)
        self._pool.setObjectName(name)
        self._pool.setMaxThreadCount(1)
        self._signals = _LatestSignals(self)
        self._signals.answered.connect(self._on_signals_answered)
        self._latest = _Latest()
        self._calls: dict[int, Callable[[], Any]] = {}  # until answered (see _LatestJob)
        self._shown = 0
        self._interim = interim

    @property
    def pending(self) -> bool:
        """Whether the newest request is still unanswered."""
        return self._shown < self._latest.number

    def request(self, call: Callable[[], Any]) -> None:
        """Run ``call`` on the pool thread (it must not touch Qt objects)."""
        self._latest.number += 1
        self._calls[self._latest.number] = call
        self._pool.start(_LatestJob(self._latest.number, call, self._latest, self._signals))

    def supersede(self) -> None:
        """Drop any answer on its way (the owner has just done the work on its own)."""
        self._latest.number += 1
        self._shown = self._latest.number

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs finish (closing, and tests)."""
        return bool(self._pool.waitForDone(msecs))

    def _on_signals_answered(self, number: int, result: object) -> None:
        self._calls.pop(number, None)
        if result is _SKIPPED:
            return
        stale = number != self._latest.number
        if number <= self._shown or (stale and not self._interim):
            return
        self._shown = number
        self.answered.emit(result)


class ProgressDialog(QProgressDialog):
    """Shows a task's progress; Cancel cancels it; closes itself when the task is done."""

    def __init__(self, title: str, task: Task, parent: QWidget | None = None) -> None:
        cancel = QCoreApplication.translate("ProgressDialog", "Cancel")
        super().__init__(title, cancel, 0, 0, parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        task.signals.progress.connect(self.show_progress)
        task.signals.done.connect(self._on_task_done)
        self.canceled.connect(task.cancel)

    def show_progress(self, step: Progress) -> None:
        if step.total is not None:
            self.setMaximum(max(step.total, 1))
            self.setValue(min(step.done, step.total))
        if step.message:
            self.setLabelText(i18n.said(step.message))

    def _on_task_done(self) -> None:
        self.canceled.disconnect(self.task.cancel)
        self.close()
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    title: str,
    make_job: Callable[[], Job],
    *,
    writes: bool,
    task: Task | None = None,
) -> Task:
    """Start the job with a window-modal progress dialog; returns its task. Pass a ``task``
    whose signals are already connected to hear a job that may finish at once."""
    task = task or Task()
    dialog = ProgressDialog(title, task, parent)
    dialog.setValue(0)
    return start(make_job, writes=writes, task=task)
