"""Resident memory of the window on a big library; prints one JSON object.

    .venv/bin/python benchmarks/memory_window.py --notes 100000 --entries 10000 \
        [--home DIR | --build-into DIR]

The library (``--entries`` entries as ``gui_startup.py`` makes them, then ``--notes`` notes as
``gui_typing.py`` does, index included)
is opened in a fresh process as the application opens it: the window is shown, the search
index made ready, then what a user does on a big library: a Chinese and an English search
typed into the box, the notes list scrolled to its end (every page fetched), the entries list
too, and the newest note opened in the editor. Resident memory (VmRSS) is read after each step
and the peak (VmHWM) at the end, from /proc/self/status. Goal (issue 11): under 400 MB.

``--build-into DIR`` only builds the library; ``--home DIR`` measures one built that way
(building 100,000 notes takes several minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gui_startup
import gui_typing
from gui_typing import type_char, wait

GOAL_MB = 400
QUERIES = ("地方财政收入", "system effort")


def build(home: Path, notes: int, entries: int) -> None:
    if entries:
        gui_startup.build(home, entries)
    gui_typing.build(home, notes)  # and the index, entries included


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no {field} in /proc/self/status")


def wait_for(done: Any, what: str, seconds: float = 120) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        wait(10)
        if time.perf_counter() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")


def scroll_to_end(table: Any) -> dict[str, int]:
    """End, as a user presses it: the list holds every id and loads only the pages painted
    (table_models), so this is what a scroll to row 100,000 costs."""
    table.setFocus()
    table.scrollToBottom()
    wait(300)
    model = table.paged_model()
    return {"rows": model.rowCount(), "rows_loaded": model.loaded_rows}


def measure(home: Path) -> dict[str, Any]:
    from readinglog import app as application
    from readinglog import paths
    from readinglog.core.library import Library
    from readinglog.gui.search.index_keeper import IndexState
    from readinglog.gui.window.main_window import MainWindow

    steps: dict[str, float] = {"python_and_qt": status_mb("VmRSS")}
    application.application()
    lib = Library.open(paths.in_home(home))
    window = MainWindow(lib)
    window.show()
    wait_for(lambda: window.index.state is IndexState.READY, "the search index")
    wait(500)
    steps["window_shown"] = status_mb("VmRSS")
    edit = window.list_pane.search.edit
    results = window.list_pane.results
    for query in QUERIES:
        window.activateWindow()
        edit.setFocus()
        edit.clear()
        for ch in query:
            type_char(edit, ch)
            wait(150)
        wait_for(lambda q=query: results.text == q and not results.pending, f"{query!r}")
        steps[f"searched {query}"] = status_mb("VmRSS")
    edit.clear()
    wait(500)
    window.sidebar.select_key("notes:all")
    wait(500)
    notes = window.list_pane.notes
    notes_list = scroll_to_end(notes)
    steps["notes_scrolled_to_end"] = status_mb("VmRSS")
    window.sidebar.select_key("all")
    wait(500)
    items_list = scroll_to_end(window.list_pane.items)
    steps["entries_scrolled_to_end"] = status_mb("VmRSS")
    window.sidebar.select_key("notes:all")
    wait(300)
    notes.selectRow(0)
    wait(1000)
    steps["note_open"] = status_mb("VmRSS")
    result = {
        "notes_list": notes_list,
        "items_list": items_list,
        "rss_mb": steps,
        "rss_final_mb": status_mb("VmRSS"),
        "peak_rss_mb": status_mb("VmHWM"),
        "goal_mb": GOAL_MB,
    }
    result["meets_goal"] = result["rss_final_mb"] < GOAL_MB
    window.close()
    lib.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--home", type=Path, help="measure a library built with --build-into")
    parser.add_argument("--build-into", type=Path, help="only build a library there")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_into:
        build(args.build_into, args.notes, args.entries)
        return
    if args.child:
        print(json.dumps(measure(args.home), ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory(prefix="readinglog-memory-") as scratch:
        home = args.home or Path(scratch) / "home"
        if args.home is None:
            build(home, args.notes, args.entries)
        # A fresh process: nothing the build imported or cached counts.
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--home", str(home)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["library"] = (
            {"notes": args.notes, "entries": args.entries} if not args.home else str(home)
        )
        print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
