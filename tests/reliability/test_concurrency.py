"""Concurrency (issue 11): three CLI writer processes and reindexes on one library at once.

Each writer is its own process running the real CLI (``readinglog.cli.main``) once per write,
as a shell loop would, without paying Python's start-up each time: one adds notes, one adds
entries, one edits entries. Meanwhile ``readinglog reindex`` runs again and again in processes
of its own, and the window (offscreen, in a process of its own) is open on the same library
with a new note being typed into it, autosaved as it goes. Nothing acknowledged may be lost,
no command may fail or say "database is locked", the window must save every character typed,
and at the end the index must answer exactly what the database holds.
"""

from __future__ import annotations

import json
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
from readinglog.core.query import parse_filter
from readinglog.core.types import ItemKind, Target
from readinglog.search import searcher, sync
from tests.reliability.killer import marker
from tests.reliability.window_typing import TYPE_INTO

pytestmark = pytest.mark.slow

WRITES = 20
ENTRIES = 5  # the entries the editor edits, made before it starts

WRITER = textwrap.dedent(
    """
    import contextlib, io, json, sys, tempfile
    from pathlib import Path
    from readinglog.cli import main

    home, role, first, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    entries = json.loads(sys.argv[5])
    letters = "abcdefghijklmnopqrstuvwxyz"

    def word(n):
        out = ""
        while True:
            n, d = divmod(n, 26)
            out += letters[d]
            if n == 0:
                return f"kq{out}zx"

    for n in range(first, first + count):
        w = word(n)
        if role == "note":
            body = Path(tempfile.mkdtemp()) / "note.md"
            body.write_text(f"concurrent note {w}\\n\\n并发写入 {w}", encoding="utf-8")
            argv = ["--home", home, "note", "add", "--file", str(body)]
        elif role == "add":
            argv = ["--home", home, "add", "book", "--title", f"concurrent entry {w}"]
        else:
            target = entries[n % len(entries)]
            argv = ["--home", home, "edit", str(target), "--title", f"edited entry {w}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(argv)
        print(json.dumps({"role": role, "word": w, "code": code, "out": out.getvalue()}),
              flush=True)
    """
)


WINDOW = TYPE_INTO + textwrap.dedent(
    """
    import signal, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from readinglog import paths
    from readinglog.core.library import Library
    from readinglog.gui.window.main_window import MainWindow
    from readinglog.gui.detail.note_editor import NoteEditor

    home, text = sys.argv[1], sys.argv[2]
    app = QApplication([])
    library = Library.open(paths.in_home(Path(home)))
    window = MainWindow(library)
    window.show()
    window.findChild(QAction, "new_note").trigger()
    editor = window.findChild(NoteEditor)
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(100)
    keys = type_into(editor, text, every_ms=30, say_typed=True)
    print("ready", flush=True)
    app.exec()
    editor.flush()
    print("flushed", flush=True)
    """
)
WINDOW_TEXT = "typed in the window while others write " + marker(999)


def _cli(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readinglog", "--home", str(home), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_three_writers_and_reindexes_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    entries = []
    for n in range(ENTRIES):
        made = _cli(home, "add", "book", "--title", f"to be edited {marker(900 + n)}")
        assert made.returncode == 0, made.stderr
        entries.append(int(made.stdout))
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(home), role, str(first), str(WRITES),
             json.dumps(entries)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role, first in (("note", 0), ("add", 100), ("edit", 200))
    ]  # fmt: skip
    window_script = tmp_path / "window.py"
    window_script.write_text(WINDOW, encoding="utf-8")
    window = subprocess.Popen(
        [sys.executable, str(window_script), str(home), WINDOW_TEXT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    reindexes = []
    while any(w.poll() is None for w in writers):
        reindexes.append(_cli(home, "reindex"))
        time.sleep(0.2)
    results = [w.communicate(timeout=120) for w in writers]
    window.send_signal(signal.SIGTERM)  # the window closes as on logging out: flushed
    window_out, window_err = window.communicate(timeout=60)
    assert "flushed" in window_out, window_err
    assert "Traceback" not in window_err and "locked" not in window_err, window_err
    typed = max(
        int(line.split()[1]) for line in window_out.splitlines() if line.startswith("typed")
    )

    acks = []
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err, err
        acks += [json.loads(line) for line in out.splitlines()]
    assert len(acks) == 3 * WRITES
    failed = [a for a in acks if a["code"] != 0]
    assert failed == []
    assert len(reindexes) >= 2
    for done in reindexes:
        assert done.returncode == 0, done.stderr
        assert "locked" not in done.stderr and "Traceback" not in done.stderr, done.stderr

    with Library.open(paths.in_home(home)) as library:
        list(sync.ensure(library))
        sync.drain(library)
        expected: dict[str, tuple[Target, int]] = {}
        with library.sessions() as s:
            for ack in acks:
                if ack["role"] == "note":
                    note = repository.note_view(s, int(ack["out"]))
                    assert ack["word"] in note.body
                    expected[ack["word"]] = (Target.NOTE, note.id)
                elif ack["role"] == "add":
                    item = repository.item_view(s, int(ack["out"]))
                    assert item.kind is ItemKind.BOOK and ack["word"] in item.title
                    expected[ack["word"]] = (Target.ITEM, item.id)
            for n, entry in enumerate(entries):  # each holds the last edit made to it
                last = [a["word"] for a in acks if a["role"] == "edit"][n::ENTRIES][-1]
                assert last in repository.item_view(s, entry).title
                expected[last] = (Target.ITEM, entry)
            window_notes = [
                repository.note_view(s, i).body
                for i in repository.note_ids(s, parse_filter(""))
                if "typed in the window" in repository.note_view(s, i).body
            ]
            assert window_notes == [WINDOW_TEXT[:typed]]  # every character typed, saved
            if typed == len(WINDOW_TEXT):
                expected[marker(999)] = (
                    Target.NOTE,
                    repository.note_ids(s, parse_filter(marker(999)))[0],
                )
        state = sync.check(library)
        assert state.ok and state.queued == 0, state
        for word, key in expected.items():
            hits = searcher.search(library, word).hits
            assert [(h.type, h.id) for h in hits] == [key], word
