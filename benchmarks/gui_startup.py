"""Window start-up and list scrolling with large libraries; prints one JSON object.

    .venv/bin/python benchmarks/gui_startup.py [--entries 10000] [--big 100000] [--runs 3]

* ``startup_s``: from starting a fresh Python process to the window shown (Qt import, opening
  the library, counting the sidebar, the first page of rows), with ``--entries`` entries added
  through the services. Median of ``--runs`` processes.
* ``after_shown_worst_stall_ms``: the longest the GUI thread stops answering (a 5 ms timer's
  longest gap) in the 3 s after the window is shown, while the index keeper's first job loads
  the Chinese text tools (the titles have Chinese); median of the runs, and each run's stall
  with when it came (ms after the window was shown).
* ``big``: a ``--big``-entry library (the 10k entries copied with SQL to save minutes of
  building): time to a shown window, then ``scrollToBottom()`` and how many rows were loaded.
* ``filter_ms``: applying typed filters to the 10k list, the query at once (as one typed, the
  query runs off the GUI thread: ``gui_typing.py`` measures the keystrokes).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select

from readinglog import config, paths
from readinglog.config import Settings
from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.types import ItemKind, Person, Role, Status

CHILD = """
import json, sys, time
from PySide6.QtCore import QEventLoop, Qt, QTimer
from readinglog import app, paths
running = app.start(paths.in_home(__import__("pathlib").Path(sys.argv[1])))
running.app.processEvents()
shown = time.time()
rows = running.window.list_pane.items.paged_model().rowCount()
beats = [time.perf_counter()]
heart = QTimer()
heart.setTimerType(Qt.TimerType.PreciseTimer)
heart.setInterval(5)
heart.timeout.connect(lambda: beats.append(time.perf_counter()))
heart.start()
loop = QEventLoop()
QTimer.singleShot(int(sys.argv[2]), loop.quit)
loop.exec()
gaps = [(b - a) * 1000 for a, b in zip(beats, beats[1:])]
worst = max(range(len(gaps)), key=gaps.__getitem__)
running.close()
print(json.dumps({"shown": shown, "rows": rows, "stall_ms": gaps[worst],
                  "stall_at_ms": (beats[worst] - beats[0]) * 1000}))
"""
AFTER_SHOWN_MS = 3000  # how long the GUI thread is watched once the window is shown


def build(home: Path, entries: int) -> None:
    kinds = list(ItemKind)
    with Library.open(paths.in_home(home)) as lib:
        for start in range(0, entries, 1000):
            with lib.sessions.begin() as s:
                for i in range(start, min(start + 1000, entries)):
                    kind = kinds[i % len(kinds)]
                    people = (
                        [Person(Role.AUTHOR, f"作者 {i % 500}")] if kind is ItemKind.BOOK else []
                    )
                    services.add_item(
                        s,
                        kind,
                        f"Entry {i:06d} 第{i}本书",
                        people=people,
                        tags=[f"tag{i % 40}"],
                        status=Status.FINISHED if i % 3 == 0 else Status.WANT,
                    )
    config.save(Settings(first_run_done=True), paths.in_home(home).settings)


def grow(home: Path, total: int) -> None:
    """Copy entries with SQL until there are ``total`` (bench data only, not app behaviour)."""
    columns = [c for c in Item.__table__.columns if c.name != "id"]
    with Library.open(paths.in_home(home)) as lib:
        while True:
            with lib.sessions.begin() as s:
                count = s.query(Item).count()
                if count >= total:
                    return
                stmt = select(*columns).limit(total - count)
                s.execute(insert(Item).from_select([c.name for c in columns], stmt))


def startup(home: Path, runs: int) -> dict[str, Any]:
    times, stalls, rows = [], [], 0
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(home), str(AFTER_SHOWN_MS)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        times.append(result["shown"] - started)
        stalls.append((round(result["stall_ms"], 1), round(result["stall_at_ms"])))
        rows = result["rows"]
    return {
        "startup_s": round(statistics.median(times), 3),
        "startup_rows": rows,
        "after_shown_worst_stall_ms": statistics.median(ms for ms, _ in stalls),
        "after_shown_stalls": [{"ms": ms, "at_ms": at} for ms, at in stalls],
    }


def big_library(home: Path) -> dict[str, float | int]:
    from PySide6.QtWidgets import QApplication

    from readinglog.gui.runtime import theme
    from readinglog.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")  # type: ignore[arg-type]
    started = time.perf_counter()
    lib = Library.open(paths.in_home(home))
    window = MainWindow(lib)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    table = window.list_pane.items
    model = table.paged_model()
    started = time.perf_counter()
    table.scrollToBottom()
    app.processEvents()
    scrolled = time.perf_counter() - started
    result = {
        "entries": model.rowCount(),
        "open_s": round(opened, 3),
        "scroll_to_end_s": round(scrolled, 3),
        "rows_loaded": model.loaded_rows,
        "pages_loaded": model.pages_loaded,
        "last_row_painted": table.rowAt(table.viewport().height() - 1),
    }
    window.close()
    lib.close()
    return result


def filter_times(home: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from readinglog.gui.lists.list_pane import ListPane
    from readinglog.gui.lists.views import view_for

    QApplication.instance() or QApplication([])
    lib = Library.open(paths.in_home(home))
    pane = ListPane(lib)
    view = view_for("all")
    assert view is not None
    pane.show_view(view)
    out = {}
    for text in ("kind:book", "Entry 0042", "第42", "tag:tag7 status:finished"):
        started = time.perf_counter()
        pane.apply_query(text, background=False)
        pane.items.paged_model().index(0, 0).data()
        out[text] = round((time.perf_counter() - started) * 1000, 1)
    lib.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="readinglog-bench-") as tmp:
        home = Path(tmp) / "home"
        started = time.perf_counter()
        build(home, args.entries)
        built = time.perf_counter() - started
        started_up = startup(home, args.runs)
        filters = filter_times(home)
        grow(home, args.big)
        big = big_library(home)
    print(
        json.dumps(
            {
                "entries": args.entries,
                "build_s": round(built, 1),
                **started_up,
                "filter_ms": filters,
                "big": big,
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
