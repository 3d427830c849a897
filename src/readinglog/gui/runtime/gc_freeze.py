"""What lives as long as the process: loaded at start-up, then kept out of garbage collections.

A full (generation 2) collection walks every tracked object while holding the GIL, so it
stalls the GUI thread whichever thread triggers it: ~90 ms for what start-up leaves (Qt's
wrappers, the modules, pypinyin's ~200,000 phrase lists). ``settle`` freezes them (``gc.freeze``)
once start-up is over, and a full collection then takes ~0 ms.

Two things must not come later than that. The Chinese text tools: importing rjieba holds the
GIL ~130 ms and pypinyin ~70 ms (a stall of the first Chinese query typed, or of the first
save of a Chinese title), and pypinyin's objects would escape the freeze. ``preload`` loads
them on the index keeper's first job, before the freeze, for a library that has Chinese names
(none of their ~95 MB for an English one). And whatever still arrives late (that library's
first Chinese title, an import's parsers) is frozen after the first full collection that has to
walk it: that collection is slow once, not each time.

Collections run on the GUI thread only (``collect_on_gui_thread``). The interpreter starts one in
whichever thread allocates past a threshold, and a pool thread building the index allocates
most; a collection frees every unreachable reference cycle, and a cycle can hold Qt objects (a
closed window whose widgets reference each other through slots and partials, a dialog, a
timer). Their C++ destructors then ran on the pool thread, beside the GUI thread still using
Qt ("Timers cannot be stopped from another thread", then a segmentation fault in the GUI
tests). So automatic collection is off, and a timer on the GUI thread runs the collections the
thresholds call for, from the event loop: no Qt object is freed off its thread by the
collector any more.
"""

from __future__ import annotations

import gc
import time
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from readinglog.core import repository, text
from readinglog.core.library import Library

SLOW_FULL_COLLECTION_S = 0.010  # after such a full collection its survivors are frozen
COLLECT_CHECK_MS = 100  # how often the GUI thread looks whether a collection is due

_settled = False
_started = 0.0


def preload(library: Library) -> bool:
    """Load the Chinese text tools when the library has a Chinese title or tag (a pool thread,
    before ``settle``). Returns whether it loaded them."""
    with library.sessions() as s:
        if not repository.has_han_names(s):
            return False
    from readinglog.search import analysis

    analysis.word_boundaries("中文")  # rjieba and its dictionary
    analysis.to_simplified("經濟")  # OpenCC
    text.to_pinyin("中文")  # pypinyin and its phrases
    return True


def settle() -> None:
    """Once per process, when start-up is over: freeze what exists, and from then on the
    survivors of any slow full collection."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    gc.callbacks.append(_on_collection)


def _on_collection(phase: str, info: dict[str, Any]) -> None:
    """A gc callback (any thread, with the GIL). Right after a full collection everything left
    is reachable: freezing then keeps no garbage, and frozen objects are still freed by
    reference counting (only a cycle among them would stay)."""
    global _started
    if info.get("generation") != 2 or gc.get_debug() & gc.DEBUG_SAVEALL:
        return  # (the garbage ``collect`` keeps for a moment must not be frozen)
    if phase == "start":
        _started = time.perf_counter()
    elif time.perf_counter() - _started >= SLOW_FULL_COLLECTION_S:
        gc.freeze()


class _Collector(QObject):
    """The application's child: every ``COLLECT_CHECK_MS`` it runs the collection that is due."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("gui_thread_collector")
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_CHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        gc.disable()  # again, should anything have turned automatic collection back on
        collect_due()


_collector: _Collector | None = None


def collect_on_gui_thread() -> bool:
    """Turn off automatic collection (it would run on whichever thread allocates) and run it
    from a timer on the GUI thread instead. Idempotent; call it on the GUI thread before any
    work goes to another thread (``worker`` does). Returns whether collections now run there:
    False, with automatic collection left on, without a QCoreApplication or off its thread."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return False
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = _Collector(app)
    gc.disable()
    return True


def collect_due() -> int | None:
    """The collection the interpreter would have started by now (its thresholds and counts),
    run on this thread; the generation collected, or None when none is due."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
        return None
    generation = max(g for g in range(3) if counts[g] > thresholds[g])  # as the interpreter
    collect(generation)
    return generation


def collect(generation: int = 2) -> None:
    """Collect ``generation``, and first let Qt destroy, whole, the Qt objects in the garbage.

    A plain collection clears each object of a cycle (its attributes) before any is freed, so a
    dropped window still alive in C++ was destroyed with its Python side emptied: its widgets'
    event filters and handlers, run by that destruction, met "object has no attribute" or
    worse. Here the garbage is kept (DEBUG_SAVEALL), the Qt objects Python owns in it are
    deleted while their attributes are intact, and a second collection frees the rest."""
    before = len(gc.garbage)
    debug = gc.get_debug()
    gc.set_debug(debug | gc.DEBUG_SAVEALL)
    try:
        gc.collect(generation)
    finally:
        gc.set_debug(debug)
    found = gc.garbage[before:]
    del gc.garbage[before:]
    if not found:
        return
    for obj in found:
        # type(), not isinstance(): the garbage holds weak proxies too, and asking a dead
        # proxy for its class raises ReferenceError.
        if (
            issubclass(type(obj), QObject)
            and shiboken6.isValid(obj)
            and shiboken6.ownedByPython(obj)
        ):
            shiboken6.delete(obj)  # its children go with it (their wrappers become invalid)
    del found, obj
    gc.collect(min(generation + 1, 2))  # the kept garbage went one generation up
