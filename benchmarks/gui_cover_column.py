"""The entries list with and without its Cover column; prints one JSON object.

    .venv/bin/python benchmarks/gui_cover_column.py [--entries 5000] [--runs 5]

``--entries`` books, each with its own cover (a distinct 300x450 PNG, stored through
``covers.store``), in a window 1280x800:

* ``reset_paint_ms``: a model reset to the whole list (from a one-row filter; the id query on
  the GUI thread is most of it) and the first paint of the table after it (a page of rows
  loaded, and with the column its cover paths), on the GUI thread; medians of ``--runs``.
  ``off``: the column hidden (as by default); ``on_cold``: shown, no thumbnail made yet (they
  are asked for, not made, on the GUI thread); ``on_warm``: shown, every thumbnail loaded.
* ``first_screen_thumbnails_ms``: from showing the column with no thumbnail made (an empty
  cache folder) and resetting the list, to every visible row's thumbnail loaded (made on the
  worker).
* ``worst_stall_ms``: the longest the GUI thread stopped answering (a 5 ms timer's longest
  gap) while those thumbnails come (after the cold reset and paint); ``idle_worst_stall_ms``,
  the same over a second of the window idling with the column off, to compare with. Both are
  measured once the window has settled (``SETTLE_S``: the search index keeper's first job).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from readinglog import config, paths
from readinglog.config import Settings
from readinglog.core import covers, services
from readinglog.core.library import Library
from readinglog.core.query import Filter, parse_filter
from readinglog.core.types import ItemKind, Person, Role


def png(number: int) -> bytes:
    image = QImage(300, 450, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv(number * 37 % 360, 160, 60 + number % 180))
    image.setPixelColor(number % 300, number // 300 % 450, QColor("white"))  # each distinct
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs want bytes)
    return bytes(data.data())


def build(home: Path, entries: int) -> None:
    with Library.open(paths.in_home(home)) as lib:
        for start in range(0, entries, 500):
            with lib.sessions.begin() as s:
                for i in range(start, min(start + 500, entries)):
                    item_id = services.add_item(
                        s,
                        ItemKind.BOOK,
                        f"Book {i:05d} 第{i}本书",
                        people=[Person(Role.AUTHOR, f"作者 {i % 300}")],
                    ).created
                    assert item_id is not None
                    covers.store(s, lib.paths, item_id, png(i))
    config.save(Settings(first_run_done=True), paths.in_home(home).settings)


def reset_and_paint(app: QApplication, window: Any) -> tuple[float, float]:
    """The time of the reset (the id query included) and of the first paint after it."""
    table = window.list_pane.items
    model = table.paged_model()
    model.set_filter(parse_filter('"Book 00001 "'))
    app.processEvents()
    model.forget_rows()
    started = time.perf_counter()
    model.set_filter(Filter())
    reset = time.perf_counter()
    table.viewport().repaint()
    return (reset - started) * 1000, (time.perf_counter() - reset) * 1000


def medians(times: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "reset": round(statistics.median(t[0] for t in times), 1),
        "paint": round(statistics.median(t[1] for t in times), 1),
    }


SETTLE_S = 4.0
IDLE_S = 1.0


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def watch(app: QApplication, seconds: float) -> float:
    """The GUI thread's longest gap (ms) between 5 ms timer beats over ``seconds`` of idling."""
    beats: list[float] = []
    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    settle(app, seconds)
    heart.stop()
    return max(((b - a) * 1000 for a, b in itertools.pairwise(beats)), default=0.0)


def measure(home: Path, runs: int) -> dict[str, Any]:
    from readinglog.gui.runtime import theme
    from readinglog.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.apply(app, "light")
    lib = Library.open(paths.in_home(home))
    shutil.rmtree(lib.paths.cache / covers.THUMBNAILS, ignore_errors=True)
    window = MainWindow(lib)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    table = window.list_pane.items
    model = table.paged_model()
    settle(app, SETTLE_S)  # the index keeper's first job (Chinese text tools) stalls at start
    for _ in range(2):  # warm-up: the first queries and paints
        reset_and_paint(app, window)
    off = [reset_and_paint(app, window) for _ in range(runs)]

    idle_stall = watch(app, IDLE_S)
    beats: list[float] = []
    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    started = time.perf_counter()
    table.set_covers_shown(True)
    on_cold = reset_and_paint(app, window)
    beats.append(time.perf_counter())  # the stall measured is the one while thumbnails come
    visible = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)

    def all_shown() -> bool:
        cells = (model.index(row, model.cover_column) for row in visible)
        return all(isinstance(c.data(Qt.ItemDataRole.DecorationRole), QIcon) for c in cells)

    while not all_shown():
        app.processEvents()
        time.sleep(0.001)
    first_screen = (time.perf_counter() - started) * 1000
    table.viewport().repaint()
    heart.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats[1:])]
    on_warm = [reset_and_paint(app, window) for _ in range(runs)]
    result = {
        "entries": len(model.ids),
        "visible_rows": len(visible),
        "reset_paint_ms": {
            "off": medians(off),
            "on_cold": medians([on_cold]),
            "on_warm": medians(on_warm),
        },
        "first_screen_thumbnails_ms": round(first_screen, 1),
        "worst_stall_ms": round(max(gaps, default=0.0), 1),
        "idle_worst_stall_ms": round(idle_stall, 1),
    }
    window.list_pane.wait_for_queries()
    window.close()
    lib.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        os.environ[paths.HOME_ENV] = str(home)
        started = time.perf_counter()
        build(home, args.entries)
        built = time.perf_counter() - started
        result = measure(home, args.runs)
        result["build_s"] = round(built, 1)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
