"""Autosave under a real kill: a child process types into a NoteEditor, the test kills it.

``kill -9`` may lose only the last second or two of typing, and what was saved is exactly a
prefix of what was typed. SIGTERM (the handler -> ``app.quit()`` pattern app.py uses, with a
100 ms wake-up timer and ``flush()`` after ``exec()``) loses nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import Filter

pytestmark = pytest.mark.slow

INTERVAL_MS = 20  # 50 characters a second, a fast typist
TEXT = ("The quick brown fox 跳过了懒狗. " * 400)[:4000]

CHILD = textwrap.dedent(
    """
    import signal, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from readinglog import paths
    from readinglog.core.library import Library
    from readinglog.gui.detail.note_editor import NoteEditor

    home, text, interval = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    library = Library.open(paths.in_home(home))
    editor = NoteEditor(library)
    editor.show()
    editor.new_note()
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    wake = QTimer()
    wake.timeout.connect(lambda: None)  # lets Python run the signal handler
    wake.start(100)
    typed = 0

    def type_one():
        global typed
        if typed == len(text):
            return
        ch = text[typed]
        if " " <= ch <= "~":
            QTest.keyClicks(editor.source, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QCoreApplication.sendEvent(editor.source, event)
        typed += 1
        print(f"typed {typed}", flush=True)

    keys = QTimer()
    keys.timeout.connect(type_one)
    keys.start(interval)
    print("ready", flush=True)
    app.exec()
    editor.flush()
    print("flushed", flush=True)
    """
)


def run_child(tmp_path: Path, send: signal.Signals, after_s: float) -> tuple[int, str, str]:
    """Start the typing child, send ``send`` after ``after_s``; the characters it reported
    typed, and the note body saved in its library."""
    home = tmp_path / "home"
    Library.open(paths.in_home(home)).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", paths.HOME_ENV: str(home)}
    child = subprocess.Popen(
        [sys.executable, str(script), str(home), TEXT, str(INTERVAL_MS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(after_s)
    child.send_signal(send)
    out, err = child.communicate(timeout=30)
    counts = [int(line.split()[1]) for line in out.splitlines() if line.startswith("typed ")]
    with Library.open(paths.in_home(home)) as library, library.sessions() as s:
        ids = repository.note_ids(s, Filter())
        body = repository.note_view(s, ids[0]).body if ids else ""
    return (counts[-1] if counts else 0), body, out + err


def test_kill_9_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    typed, body, output = run_child(tmp_path, signal.SIGKILL, 3.0)
    assert typed > 50, output
    assert TEXT[:typed].startswith(body), "the saved text must be a prefix of what was typed"
    lost = typed - len(body)
    lost_seconds = lost * INTERVAL_MS / 1000
    print(
        f"\nkill -9 after {typed} characters: saved {len(body)}, lost {lost} ({lost_seconds:.2f} s)"
    )
    assert lost_seconds <= 2.0


def test_sigterm_while_typing_loses_nothing(tmp_path: Path) -> None:
    typed, body, output = run_child(tmp_path, signal.SIGTERM, 3.0)
    assert "flushed" in output, output
    assert typed > 50
    assert body == TEXT[:typed]
