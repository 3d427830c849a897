"""Typing in the search box of a big library: how long the GUI thread stalls per keystroke;
prints one JSON object.

    .venv/bin/python benchmarks/gui_typing.py [--notes 2000] [--wait-ms 200]

A library of ``--notes`` notes is built through ``readinglog.core.notes.add_note`` (the sample
library's note bodies, repeated with variations) and its search index is built, in a child
process: the measuring process then opens it as the application does, with nothing imported or
warmed up by the build (rjieba, say, whose import holds the GIL ~130 ms). Then, offscreen, a
Chinese and an English query are typed into the search box one character at a time
(``QTest.keyClicks`` for ASCII; a CJK character arrives as an input-method commit, as a pinyin
IME sends it: QTest.keyClicks asserts on non-Latin-1 text), ``--wait-ms`` between keys (longer
than the box's debounce, so every key filters the list and searches). A 5 ms precise QTimer
beats on the GUI thread; a keystroke's stall is the longest gap between beats from that key to
the next one (for the last key: until its results show, plus ``--settle-ms``). A gap of ~5 ms
is an idle thread. After each query the box is cleared as a user does it, Ctrl+A then
Backspace; that Backspace is measured like a keystroke too ("clear_ms"), up to the moment the
whole list is back and the results panel gone, plus ``--settle-ms``. Last, a sentence is typed
into the newest note's editor ("editing"): the editor autosaves every second or so and each save
makes the lists query their ids again, so this measures what a write costs the GUI thread.

``--build-into DIR`` only builds a library; ``--home DIR`` measures one built that way (its
newest note gets the typed sentence), to compare commits on the same library.

Between keys the script runs a real event loop (``QEventLoop.exec``), as the application does:
``QTest.qWait`` sleeps 10 ms between its rounds of event processing, so under it an idle
thread's beats came 10.3 ms apart, and every stall was measured up to 10 ms longer than the
application has it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from readinglog import config, paths
from readinglog.config import Settings
from readinglog.core.library import Library
from readinglog.core.notes import add_note

QUERIES = {"chinese": "地方财政收入", "english": "system effort"}
EDIT_TEXT = " Typing on: 读书笔记要及时保存，不能丢。 More words."
EDIT_GAP_MS = 120
BEAT_MS = 5
BUDGET_MS = 50.0
VARIATIONS = (
    "",
    "\n\n补记：第{i}次重读，又想到了别的问题。",
    "\n\nAdded on re-reading #{i}: the argument holds up.",
    "\n\n另一个角度（{i}）：把它和最近读的书放在一起看。",
)


def sample_notes() -> list[dict[str, Any]]:
    source = paths.package_data("resources") / "sample" / "library.toml"
    notes: list[dict[str, Any]] = tomllib.loads(source.read_text("utf-8"))["note"]
    return notes


def build(home: Path, count: int) -> None:
    notes = sample_notes()
    with Library.open(paths.in_home(home)) as lib:
        for start in range(0, count, 250):
            with lib.sessions.begin() as s:
                for i in range(start, min(start + 250, count)):
                    note = notes[i % len(notes)]
                    paragraphs = note["body"].strip().split("\n\n")
                    turn = i % len(paragraphs)  # rotate the paragraphs: varied snippets
                    body = "\n\n".join(paragraphs[turn:] + paragraphs[:turn])
                    body += VARIATIONS[i % len(VARIATIONS)].format(i=i)
                    add_note(s, body, title=f"{note['title']} ({i})", tags=note.get("tags", []))
        from readinglog.search import sync

        for _ in sync.ensure(lib):
            pass
    config.save(Settings(first_run_done=True), paths.in_home(home).settings)


def type_char(edit: Any, ch: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest

    if " " <= ch <= "~":
        QTest.keyClicks(edit, ch)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QCoreApplication.sendEvent(edit, event)


def type_timed(widget: Any, text: str, gap_ms: int, beats: list[float], heart: Any
               ) -> list[float]:  # fmt: skip
    """Start the beat on an idle thread, then type ``text`` a key every ``gap_ms``; returns the
    moment of each key."""
    wait(300)
    beats.clear()
    heart.start()
    wait(50)
    keys: list[float] = []
    for ch in text:
        keys.append(time.perf_counter())
        type_char(widget, ch)
        wait(gap_ms)
    return keys


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` (blocking in it as the application's loop does)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(home: Path, wait_ms: int, settle_ms: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from readinglog import app as application
    from readinglog.gui.search.index_keeper import IndexState
    from readinglog.gui.window.main_window import MainWindow

    app = application.application()  # as the app makes it (its GIL switch interval too)
    lib = Library.open(paths.in_home(home))
    window = MainWindow(lib)
    window.show()
    deadline = time.perf_counter() + 120
    while window.index.state is not IndexState.READY and time.perf_counter() < deadline:
        QTest.qWait(20)
    assert window.index.state is IndexState.READY, window.index.text
    window.sidebar.select_key("notes:all")
    notes_shown = window.list_pane.notes.paged_model().rowCount()
    edit = window.list_pane.search.edit
    results = window.list_pane.results

    beats: list[float] = []
    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(BEAT_MS)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))

    def stalls(keys: list[float]) -> list[float]:
        """The longest gap between beats from each key to the next one."""
        out = []
        for start, end in itertools.pairwise(keys):
            before = [b for b in beats if b < start][-1:]
            inside = before + [b for b in beats if start <= b <= end]
            gaps = [(b - a) * 1000 for a, b in itertools.pairwise(inside)]
            out.append(max(gaps, default=0.0))
        return out

    def wait_for(done: Any, what: str) -> None:
        deadline = time.perf_counter() + 30
        while not done():
            wait(5)
            if time.perf_counter() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")

    notes = window.list_pane.notes.paged_model()
    out: dict[str, Any] = {}
    for name, query in QUERIES.items():
        window.activateWindow()
        edit.setFocus()
        edit.clear()
        wait_for(lambda: notes.rowCount() == notes_shown, "the whole list")
        keys = type_timed(edit, query, wait_ms, beats, heart)
        wait_for(
            lambda q=query: results.isVisible() and results.text == q and not results.pending,
            f"results for {query!r}",
        )
        hits_shown = len(results.hits())
        wait(settle_ms)
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        wait(wait_ms)
        keys.append(time.perf_counter())  # the typing's end, the clearing's start
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        wait_for(
            lambda: not edit.text() and notes.rowCount() == notes_shown and not results.isVisible(),
            "the cleared box's list",
        )
        wait(settle_ms)
        keys.append(time.perf_counter())
        heart.stop()
        *typed, cleared = stalls(keys)
        out[name] = {
            "query": query,
            "keystrokes": len(query),
            "hits_shown": hits_shown,
            "stall_ms_per_key": [round(s, 1) for s in typed],
            "p50_ms": round(statistics.median(typed), 1),
            "p95_ms": round(percentile(typed, 0.95), 1),
            "max_ms": round(max(typed), 1),
            "clear_ms": round(cleared, 1),
            "ok": max([*typed, cleared]) <= BUDGET_MS,
        }
    out["editing"] = measure_editing(window, heart, beats, stalls, wait_for)
    window.close()
    window.index.close()
    lib.close()
    app.processEvents()
    every = [s for q in QUERIES for s in [*out[q]["stall_ms_per_key"], out[q]["clear_ms"]]]
    every += out["editing"]["stall_ms_per_key"]
    out["all"] = {
        "p50_ms": round(statistics.median(every), 1),
        "p95_ms": round(percentile(every, 0.95), 1),
        "max_ms": round(max(every), 1),
        "max_within_50ms": max(every) <= BUDGET_MS,
    }
    out["notes_in_list"] = notes_shown
    return out


def measure_editing(window: Any, heart: Any, beats: list[float], stalls: Any, wait_for: Any
                    ) -> dict[str, Any]:  # fmt: skip
    """Type ``EDIT_TEXT`` into the newest note, ``EDIT_GAP_MS`` between keys: the editor
    autosaves every second or so, and each save moves the note to the top of the list (sorted
    by last change), which the list learns by querying its ids again."""
    from readinglog.core.types import Changes

    window.list_pane.notes.selectRow(0)
    wait_for(lambda: window.detail.editor is not None, "the note editor")
    editor = window.detail.editor
    saves: list[Changes] = []
    window.changed.connect(saves.append)
    source = editor.source
    source.setFocus()
    source.moveCursor(source.textCursor().MoveOperation.End)
    keys = type_timed(source, EDIT_TEXT, EDIT_GAP_MS, beats, heart)
    wait(1500)  # the last autosave, and the list's answer to it
    keys.append(time.perf_counter())
    heart.stop()
    typed = stalls(keys)
    window.changed.disconnect(saves.append)
    return {
        "keystrokes": len(EDIT_TEXT),
        "autosaves": len(saves),
        "stall_ms_per_key": [round(s, 1) for s in typed],
        "p50_ms": round(statistics.median(typed), 1),
        "p95_ms": round(percentile(typed, 0.95), 1),
        "max_ms": round(max(typed), 1),
        "ok": max(typed) <= BUDGET_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--wait-ms", type=int, default=200)
    parser.add_argument("--settle-ms", type=int, default=300)
    parser.add_argument("--build-into", type=Path, help="build a library there and stop")
    parser.add_argument("--home", type=Path, help="measure this library (from --build-into)")
    args = parser.parse_args()
    if args.build_into is not None:
        build(args.build_into, args.notes)
        return
    if args.home is not None:  # a library built before (--build-into); its notes are edited
        result = measure(args.home, args.wait_ms, args.settle_ms)
        report = {"notes": args.notes, "home": str(args.home), **result}
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    with tempfile.TemporaryDirectory(prefix="readinglog-typing-") as tmp:
        home = Path(tmp)
        began = time.perf_counter()
        child = [sys.executable, __file__, "--notes", str(args.notes), "--build-into", tmp]
        subprocess.run(child, check=True)
        built = time.perf_counter() - began
        result = measure(home, args.wait_ms, args.settle_ms)
    report = {
        "notes": args.notes,
        "build_s": round(built, 1),
        "beat_ms": BEAT_MS,
        "wait_between_keys_ms": args.wait_ms,
        "platform": os.environ["QT_QPA_PLATFORM"],
        **result,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    print()


if __name__ == "__main__":
    main()
