"""Long work off the GUI thread (ARCHITECTURE.md rule 4).

A core generator yields ``Progress`` and may ``return`` a result. ``start`` runs it as a
QRunnable on a pool: reads on the global pool, writes on ``write_pool()`` (one thread, so
database and index writes never overlap). The signals live on a separate QObject made on the
GUI thread and are only connected to slots of GUI-thread QObjects, so they arrive queued.
Cancel closes the generator at its next ``yield``; the generator's own ``finally``/``with``
blocks decide what a half-done job keeps.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from readinglog.core.errors import UserError
from readinglog.core.types import Progress

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
    """The caller's handle: its signals and a cancel switch (safe to call from the GUI)."""

    def __init__(self) -> None:
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    """Owned and deleted by the pool; it only touches the task's signals and cancel flag."""

    def __init__(self, task: Task, make_job: Callable[[], Job]) -> None:
        super().__init__()
        self._task = task
        self._make_job = make_job

    def run(self) -> None:
        try:
            self._drive()
        finally:
            self._task.signals.done.emit()

    def _drive(self) -> None:
        signals, last = self._task.signals, 0.0
        try:
            job = self._make_job()
            while True:
                if self._task.is_cancelled:
                    job.close()
                    signals.cancelled.emit()
                    return
                try:
                    step = next(job)
                except StopIteration as stop:
                    signals.finished.emit(stop.value)
                    return
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL_S or step.done == step.total:
                    last = now
                    signals.progress.emit(step)
        except UserError as exc:
            signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: keep the window alive and say so
            log.exception("background task failed")
            signals.failed.emit(f"unexpected error: {exc}")


def start(
    make_job: Callable[[], Job], *, writes: bool, task: Task | None = None, priority: int = 0
) -> Task:
    """Run the generator ``make_job()`` returns on a pool thread. Connect to ``task.signals``
    before calling (or pass a prepared ``task``): nothing emitted earlier is replayed. A higher
    ``priority`` runs before queued jobs of a lower one (a search before queued index writes)."""
    task = task or Task()
    pool = write_pool() if writes else QThreadPool.globalInstance()
    pool.start(_Runnable(task, make_job), priority)
    return task


class ProgressDialog(QProgressDialog):
    """Shows a task's progress; Cancel cancels it; closes itself when the task is done."""

    def __init__(self, title: str, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(title, "Cancel", 0, 0, parent)
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
            self.setLabelText(step.message)

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
