"""Start-up loads the Chinese text tools before it freezes its objects, and what is loaded
later is frozen after the first full collection that walks it. Each case runs in a fresh
process: the test process has long since loaded and frozen everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from readinglog import paths
from readinglog.core import notes
from readinglog.core.library import Library

pytestmark = pytest.mark.slow  # two application start-ups in fresh processes

# Opens the library in a window as the application does, waits for the index keeper's first
# job, then reports what is loaded and whether pypinyin's phrase lists are frozen (a frozen
# object is in no generation that gc.get_objects() lists).
SCRIPT = r"""
import gc, json, sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from readinglog import paths
from readinglog.core.library import Library
from readinglog.gui.runtime import gc_freeze
from readinglog.gui.search.index_keeper import IndexState
from readinglog.gui.window.main_window import MainWindow

def pinyin_frozen():
    if "pypinyin.phrases_dict" not in sys.modules:
        return None
    phrases = sys.modules["pypinyin.phrases_dict"].phrases_dict
    sample = {id(v) for _, v in zip(range(1000), phrases.values())}
    return not sample & {id(o) for o in gc.get_objects()}

app = QApplication([])
library = Library.open(paths.in_home(Path(sys.argv[1])))
window = MainWindow(library)
window.show()
for _ in range(3000):
    if window.index.state is IndexState.READY:
        break
    QTest.qWait(20)
report = {
    "ready": window.index.state is IndexState.READY,
    "loaded": sorted(m for m in ("pypinyin", "rjieba", "opencc") if m in sys.modules),
    "frozen_at_start": pinyin_frozen(),
}
# Late: the English library's first Chinese title. A full collection then walks pypinyin's
# ~200,000 objects (more than 1 ms on any machine), and freezes them.
gc_freeze.SLOW_FULL_COLLECTION_S = 0.001
from readinglog.core import text
text.sort_key("人类简史")
gc.collect()
report["frozen_after_a_collection"] = pinyin_frozen()
window.close()
window.index.close()
library.close()
print(json.dumps(report))
"""


def start_app(home: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(home)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ready"]
    return report


def add_notes(home: Path, titles: list[str]) -> None:
    with Library.open(paths.in_home(home)) as lib, lib.sessions.begin() as s:
        for title in titles:
            notes.add_note(s, f"{title}\n\nSome words.", title=title, tags=["reading"])


def test_a_chinese_library_loads_the_chinese_tools_before_the_freeze(home: Path) -> None:
    add_notes(home, ["人类简史 读书笔记", "On habits"])  # Chinese titles, no Chinese tag
    report = start_app(home)
    assert report["loaded"] == ["opencc", "pypinyin", "rjieba"]
    assert report["frozen_at_start"] is True


def test_an_english_library_loads_them_only_when_needed_and_freezes_them(home: Path) -> None:
    add_notes(home, ["On habits", "Notes on Sapiens"])
    report = start_app(home)
    assert report["loaded"] == []  # ~95 MB spared
    assert report["frozen_at_start"] is None
    assert report["frozen_after_a_collection"] is True
