"""Long work on a pool thread: progress, a result, Cancel, a clear failure."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Generator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core.errors import UserError
from readinglog.core.types import Progress
from readinglog.gui.runtime import worker


def counting(n: int, threads: list[QThread | None]) -> Generator[Progress, None, int]:
    threads.append(QThread.currentThread())
    for i in range(1, n + 1):
        time.sleep(0.04)
        yield Progress(i, n, f"step {i}")
    return n * 10


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[QThread | None] = []
    task = worker.Task()
    seen: list[Progress] = []
    task.signals.progress.connect(lambda p: seen.append(p))
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as done:
        worker.start(lambda: counting(5, threads), writes=False, task=task)
    assert done.args == [50]
    assert threads[0] is not QThread.currentThread()
    assert seen and seen[-1] == Progress(5, 5, "step 5")
    assert [p.done for p in seen] == sorted(p.done for p in seen)


def test_cancel_closes_the_generator(qtbot: QtBot) -> None:
    closed = threading.Event()
    started = threading.Event()

    def endless() -> Generator[Progress, None, None]:
        try:
            i = 0
            while True:
                started.set()
                i += 1
                time.sleep(0.01)
                yield Progress(i, None)
        finally:
            closed.set()

    task = worker.Task()
    finished: list[object] = []
    task.signals.finished.connect(finished.append)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        worker.start(endless, writes=True, task=task)
        assert started.wait(5)
        task.cancel()
    assert closed.is_set()
    assert finished == []


def test_a_user_error_becomes_one_sentence(qtbot: QtBot) -> None:
    def failing() -> Generator[Progress, None, None]:
        yield Progress(1, 2)
        raise UserError("line 3: the date 2023-02-30 does not exist")

    task = worker.Task()
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as failed:
        worker.start(failing, writes=True, task=task)
    assert failed.args == ["line 3: the date 2023-02-30 does not exist"]


def test_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    assert worker.write_pool().maxThreadCount() == 1
    running, overlaps = [0], [0]
    lock = threading.Lock()

    def job() -> Generator[Progress, None, None]:
        with lock:
            running[0] += 1
            overlaps[0] = max(overlaps[0], running[0])
        time.sleep(0.05)
        yield Progress(1, 1)
        with lock:
            running[0] -= 1

    tasks = [worker.start(job, writes=True) for _ in range(3)]
    for task in tasks:
        qtbot.waitSignal(task.signals.done, timeout=5000, raising=False).wait()
    assert worker.write_pool().waitForDone(5000)
    assert overlaps[0] == 1


@pytest.mark.qt_log_ignore(r"QProgressDialog|propagateSizeHints")
def test_progress_dialog_shows_progress_and_cancels(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    gate = threading.Event()

    def slow() -> Generator[Progress, None, None]:
        yield Progress(1, 4, "Reading notes.csv")
        gate.wait(5)
        for i in range(2, 100):
            time.sleep(0.02)
            yield Progress(i, 100, "Importing")

    task = worker.run_with_progress(parent, "Import", slow, writes=True)
    dialog = parent.findChild(worker.ProgressDialog, "progress_dialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.labelText() == "Reading notes.csv", timeout=3000)
    assert dialog.maximum() == 4 and dialog.value() == 1
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        dialog.findChild(QPushButton).click()  # the Cancel button
        gate.set()
    assert task.is_cancelled
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def slow_echo(value: str, started: threading.Event, release: threading.Event) -> str:
    if value == "slow":
        started.set()
        release.wait(5)
    return value


@pytest.mark.parametrize("interim", [False, True])
def test_latest_only_skips_superseded_calls_and_drops_stale_answers(
    qtbot: QtBot, interim: bool
) -> None:
    jobs = worker.LatestOnly("test_pool", interim=interim)
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    shown: list[object] = []
    jobs.answered.connect(shown.append)

    def call(value: str) -> str:
        ran.append(value)
        return slow_echo(value, started, release)

    jobs.request(lambda: call("slow"))
    assert started.wait(2)
    jobs.request(lambda: call("queued"))  # out of date before it starts: never run
    jobs.request(lambda: call("newest"))
    assert jobs.pending
    release.set()
    qtbot.waitUntil(lambda: not jobs.pending, timeout=3000)
    assert jobs.wait(3000)
    assert ran == ["slow", "newest"]
    # Strict: the answer to "slow" (superseded while it ran) is dropped; interim: shown first.
    assert shown == (["slow", "newest"] if interim else ["newest"])


def test_latest_only_reports_a_failed_call_as_none_and_supersede_drops_answers(
    qtbot: QtBot,
) -> None:
    jobs = worker.LatestOnly("test_pool")
    shown: list[object] = []
    jobs.answered.connect(shown.append)

    def fail() -> str:
        raise OSError("disk gone")

    with qtbot.waitSignal(jobs.answered, timeout=3000):
        jobs.request(fail)
    assert shown == [None] and not jobs.pending
    jobs.request(lambda: "late")
    jobs.supersede()  # the owner answered on its own: the one on its way is stale
    assert not jobs.pending
    assert jobs.wait(3000)
    qtbot.wait(50)
    assert shown == [None]


class Noted:
    """Notes the thread that frees it (a job callable, or a task through a subclass)."""

    def __init__(self, freed_on: list[int]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


class NotedJob(Noted):
    def __call__(self) -> Generator[Progress, None, str]:
        time.sleep(0.05)  # the caller has let go of everything by now
        yield Progress(1, 1)
        return "ok"


class NotedTask(worker.Task):
    def __init__(self, freed_on: list[int]) -> None:
        super().__init__()
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def test_the_task_and_the_job_are_released_on_the_gui_thread_after_done(qtbot: QtBot) -> None:
    """The caller may drop the task and the job at once: the signals object (a GUI-thread
    QObject) and whatever the job holds (often a widget) must still go on the GUI thread, and
    only after done was delivered."""
    job_freed: list[int] = []
    task_freed: list[int] = []
    finished: list[object] = []
    task = NotedTask(task_freed)
    task.signals.finished.connect(finished.append)
    worker.start(NotedJob(job_freed), writes=True, task=task)
    del task
    assert worker.write_pool().waitForDone(5000)
    qtbot.waitUntil(lambda: bool(task_freed), timeout=3000)
    assert finished == ["ok"]
    assert job_freed == task_freed == [threading.get_ident()]


class NotedCall(Noted):
    def __init__(self, freed_on: list[int], release: threading.Event | None = None) -> None:
        super().__init__(freed_on)
        self.release = release

    def __call__(self) -> str:
        if self.release is not None:
            self.release.wait(5)
        return "answer"


def test_latest_only_releases_each_call_on_the_gui_thread(qtbot: QtBot) -> None:
    """What a call holds (often its owner's widgets) goes on the GUI thread, the call of a
    request superseded before it started too."""
    jobs = worker.LatestOnly("test_pool")
    freed_on: list[int] = []
    release = threading.Event()
    jobs.request(NotedCall(freed_on, release))
    jobs.request(NotedCall(freed_on))  # superseded before it starts: skipped
    jobs.request(NotedCall(freed_on))
    release.set()
    qtbot.waitUntil(lambda: not jobs.pending, timeout=3000)
    assert jobs.wait(3000)
    qtbot.waitUntil(lambda: len(freed_on) == 3, timeout=3000)
    assert freed_on == [threading.get_ident()] * 3


# Thousands of tasks that nobody but the pool keeps, with slots that are not methods of a
# QObject (lambdas): every finished and done must arrive, and the process must live.
UNKEPT = r"""
import sys
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from readinglog.core.types import Progress
from readinglog.gui.runtime import worker

app = QApplication([])
count = {"finished": 0, "done": 0}

def job():
    yield Progress(1, 1)
    return 1

n = int(sys.argv[1])
for i in range(n):
    task = worker.Task()
    task.signals.progress.connect(lambda step: None)
    task.signals.finished.connect(lambda value: count.update(finished=count["finished"] + 1))
    task.signals.done.connect(lambda: count.update(done=count["done"] + 1))
    worker.start(job, writes=bool(i % 2), task=task)
    del task
    if i % 3 == 0:
        app.processEvents()
QThreadPool.globalInstance().waitForDone()
worker.write_pool().waitForDone()
for _ in range(100):
    app.processEvents()
print(count["finished"], count["done"])
"""


def test_tasks_nobody_keeps_deliver_every_signal() -> None:
    n = 3000
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", UNKEPT, str(n)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == [str(n), str(n)]


def test_on_cancel_is_called_once_when_cancelled_or_at_once_when_it_was() -> None:
    task = worker.Task()
    calls: list[str] = []
    task.on_cancel(lambda: calls.append("first"))
    assert calls == []
    task.cancel()
    task.cancel()  # again: nothing is called twice
    assert calls == ["first"]
    task.on_cancel(lambda: calls.append("late"))  # a job that starts its request after Cancel
    assert calls == ["first", "late"]
