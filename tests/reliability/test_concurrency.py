"""Concurrency (issue 11): three CLI writer processes and reindexes on one library at once.

Each writer is its own process running the real CLI (``readinglog.cli.main``) once per write,
as a shell loop would, without paying Python's start-up each time: one adds notes, one adds
entries, one edits entries. Meanwhile ``readinglog reindex`` runs again and again in processes
of its own. Nothing acknowledged may be lost, no command may fail or say "database is locked",
and at the end the index must answer exactly what the database holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.types import DocType, ItemKind
from readinglog.search import searcher, sync
from tests.reliability.killer import marker

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
    reindexes = []
    while any(w.poll() is None for w in writers):
        reindexes.append(_cli(home, "reindex"))
        time.sleep(0.2)
    results = [w.communicate(timeout=120) for w in writers]

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
        expected: dict[str, tuple[DocType, int]] = {}
        with library.sessions() as s:
            for ack in acks:
                if ack["role"] == "note":
                    note = repository.get_note(s, int(ack["out"]))
                    assert ack["word"] in note.body
                    expected[ack["word"]] = (DocType.NOTE, note.id)
                elif ack["role"] == "add":
                    item = repository.get_item(s, int(ack["out"]))
                    assert item.kind is ItemKind.BOOK and ack["word"] in item.title
                    expected[ack["word"]] = (DocType.ITEM, item.id)
            for n, entry in enumerate(entries):  # each holds the last edit made to it
                last = [a["word"] for a in acks if a["role"] == "edit"][n::ENTRIES][-1]
                assert last in repository.get_item(s, entry).title
                expected[last] = (DocType.ITEM, entry)
        state = sync.check(library)
        assert state.ok and state.queued == 0, state
        for word, key in expected.items():
            hits = searcher.search(library, word).hits
            assert [(h.type, h.id) for h in hits] == [key], word
