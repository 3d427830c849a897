"""The index keeper lets go of each task once it is done (a search per keystroke must not leave
a signals object behind for ever)."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot

from readinglog.core.library import Library
from readinglog.gui.search.index_keeper import IndexKeeper, IndexState


def test_a_finished_task_is_freed(qtbot: QtBot, sample_library: Library) -> None:
    keeper = IndexKeeper(sample_library)
    keeper.start()
    assert keeper._ensuring is not None
    task = weakref.ref(keeper._ensuring)
    signals = weakref.ref(keeper._ensuring.signals)
    qtbot.waitUntil(lambda: keeper.state is IndexState.READY, timeout=30_000)
    keeper.close()

    def freed() -> bool:  # the pool's thread may still be leaving the task's run()
        gc.collect()
        return task() is None and signals() is None

    qtbot.waitUntil(freed, timeout=5_000)
