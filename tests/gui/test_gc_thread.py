"""Garbage collections run on the GUI thread only, never on a pool thread.

The interpreter starts a collection in whichever thread allocates past a threshold, and frees
every unreachable reference cycle then: a closed window or dialog whose widgets reference each
other is such a cycle. When a pool thread (the index keeper's first build, a search, an import)
ran that collection, the widgets' C++ destructors ran on it beside the GUI thread: "Timers
cannot be stopped from another thread", then a segmentation fault, in a different GUI test each
time. ``gc_freeze.collect_on_gui_thread`` (which ``worker`` calls) prevents it.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref
from collections.abc import Generator

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from readinglog.core.types import Progress
from readinglog.gui.runtime import gc_freeze, worker

ALLOCATIONS = 100_000  # past the first generation's threshold (700) many times over


class Cycle:
    """Garbage only the cyclic collector frees; it notes the thread that freed it."""

    def __init__(self, freed_on: list[int]) -> None:
        self.freed_on = freed_on
        self.qobject = QObject()
        self.me = self

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def allocating() -> Generator[Progress, None, list[list[int]]]:
    kept = [[i] for i in range(ALLOCATIONS)]  # kept: they still count for the next collection
    yield Progress(1, 1)
    return kept


def test_a_cycle_dropped_while_a_pool_thread_allocates_is_freed_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    freed_on: list[int] = []
    gc.collect()  # the cycle starts in the youngest generation, with a fresh count
    Cycle(freed_on)
    task = worker.Task()
    with qtbot.waitSignal(task.signals.finished, timeout=20_000) as finished:
        worker.start(allocating, writes=True, task=task)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the GUI thread's next look
    assert freed_on == [threading.get_ident()]
    assert len(finished.args[0]) == ALLOCATIONS  # alive until now, so a collection was due
    assert not gc.isenabled()


def test_automatic_collection_stays_off_once_the_gui_thread_collects(qtbot: QtBot) -> None:
    assert gc_freeze.collect_on_gui_thread()
    gc.enable()  # as a test restoring "its" setting would
    qtbot.waitUntil(lambda: not gc.isenabled(), timeout=2000)


def test_the_gui_thread_runs_the_generation_the_thresholds_call_for(qtbot: QtBot) -> None:
    assert gc_freeze.collect_on_gui_thread()
    gc.collect()
    assert gc_freeze.collect_due() is None  # nothing allocated since
    kept = [[i] for i in range(2000)]
    assert gc_freeze.collect_due() == 0
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del kept


# Windows full of widgets and a started timer, each in a reference cycle, dropped on the GUI
# thread while a write-pool job allocates and the GUI thread keeps handling events: the shape
# of a GUI test's window closed while the next test's index is built.
RACE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from readinglog.core.types import Progress
from readinglog.gui.runtime import worker

app = QApplication([])

class Panel(QWidget):
    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        for i in range(20):
            layout.addWidget(QLabel(f"label {i}", self))
            edit = QLineEdit(self)
            edit.setText("x" * i)
            layout.addWidget(edit)
        self.timer = QTimer(self)
        self.timer.start(5)
        self.me = self
        self.repaint_later = lambda: self.update()

def churn():
    kept = []
    for i in range(200_000):
        kept.append([i])
        if i % 20_000 == 0:
            yield Progress(i, 200_000)
    return len(kept)

for _ in range(int(sys.argv[1])):
    for _ in range(5):
        Panel().show()
    worker.start(churn, writes=True)
    for _ in range(40):
        QTest.qWait(2)
    worker.write_pool().waitForDone()
print("survived")
"""


def _run_script(script: str, rounds: int, timeout: int) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter (with faulthandler) for ``rounds`` rounds."""
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script, str(rounds)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_windows_in_cycles_survive_a_pool_thread_that_allocates() -> None:
    done = _run_script(RACE, 30, timeout=300)
    assert "from another thread" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("survived")


# A shown window in a reference cycle, its fields watched by an event filter of its own, dropped:
# the collection that frees it destroys it, and the filter must find its attributes.
DROPPED = r"""
import gc, sys
from PySide6.QtCore import QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from readinglog.gui.runtime import gc_freeze

app = QApplication([])
assert gc_freeze.collect_on_gui_thread()

class Watcher(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.seen = 0
        self.window_ = window

    def eventFilter(self, watched, event):
        self.seen += 1
        return False

class Window(QWidget):
    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        self.edits = [QLineEdit(self) for _ in range(5)]
        self.watcher = Watcher(self)
        for edit in self.edits:
            layout.addWidget(edit)
            edit.installEventFilter(self.watcher)

for _ in range(int(sys.argv[1])):
    window = Window()
    window.show()
    window.edits[0].setFocus()
    QTest.qWait(5)
    del window
    kept = [[i] for i in range(2000)]  # past the threshold: the GUI thread's next look collects
    QTest.qWait(3 * gc_freeze.COLLECT_CHECK_MS)
print("survived")
"""


def test_a_dropped_window_is_destroyed_whole_by_the_collection_that_frees_it() -> None:
    done = _run_script(DROPPED, 5, timeout=120)
    assert "Error calling Python override" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("survived")


class _Node:
    pass


def _cycle_holding_a_dead_proxy() -> None:
    target = _Node()
    node = _Node()
    node.me = node  # type: ignore[attr-defined]
    node.proxy = weakref.proxy(target)  # type: ignore[attr-defined]
    del target  # the proxy is dead before the cycle is collected


def test_a_collection_passes_over_dead_weak_proxies_in_the_garbage() -> None:
    """The garbage a collection keeps may hold weak proxies whose object is gone; asking one
    for its class (isinstance) raised ReferenceError from the GUI thread's timer (seen in CI)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _cycle_holding_a_dead_proxy()
        gc_freeze.collect(2)
    finally:
        if was_enabled:
            gc.enable()
