"""Nothing is acknowledged before it is committed (issue 11, fault 2).

The real CLI runs with a pseudo-terminal as its stdout (line-buffered, as a user sees it) and
is killed with SIGKILL the moment the first byte of its answer arrives: whatever it printed
must already be in the library. In process, a commit that fails (a full disk) must leave
stdout empty.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from readinglog import paths
from readinglog.core import notes, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from tests.cli.helpers import run

KILLS_PER_COMMAND = int(os.environ.get("READINGLOG_ACK_KILLS", "3"))  # more for a recorded run
Check = Callable[[sqlite3.Connection, bytes, int], bool]


def _kill_at_first_byte(home: Path, argv: list[str], stdin: bytes = b"") -> bytes:
    """Run ``readinglog ARGV`` with a terminal as stdout; SIGKILL it when it first prints."""
    master, slave = os.openpty()
    env = {**os.environ, paths.HOME_ENV: str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "readinglog", *argv],
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(slave)
    try:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        try:
            first = os.read(master, 4096)
        except OSError:  # EIO: the process closed the terminal without printing
            first = b""
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        os.close(master)
    assert first, f"readinglog {' '.join(argv)} printed nothing"
    return first


def _seed(home: Path) -> tuple[int, int]:
    """One entry and one note to edit and log."""
    with Library.open(paths.in_home(home)) as library, library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, "Seed book").created
        note_id = notes.add_note(s, "seed note", title="Seed").created
    assert item_id is not None and note_id is not None
    return item_id, note_id


def _count(conn: sqlite3.Connection, sql: str, *params: object) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def _cases(item_id: int, note_id: int) -> list[tuple[str, list[str], bytes, Check]]:
    """(name, argv, stdin, check(conn, printed, round)) for each write command."""
    return [
        (
            "note add",
            ["note", "add", "--stdin"],
            b"an acknowledged note",
            lambda c, out, _n: _count(c, "SELECT count(*) FROM notes WHERE id = ?", int(out)) == 1,
        ),
        (
            "add",
            ["add", "book", "Acknowledged"],
            b"",
            lambda c, out, _n: _count(c, "SELECT count(*) FROM items WHERE id = ?", int(out)) == 1,
        ),
        (
            "edit",
            ["edit", str(item_id), "--title", "Edited {n}"],
            b"",
            lambda c, _out, n: (
                _count(
                    c,
                    "SELECT count(*) FROM items WHERE id = ? AND title = ?",
                    item_id,
                    f"Edited {n}",
                )
                == 1
            ),
        ),
        (
            "note edit",
            ["note", "edit", str(note_id), "--stdin"],
            b"edited body {n}",
            lambda c, _out, n: (
                _count(
                    c,
                    "SELECT count(*) FROM notes WHERE id = ? AND body = ?",
                    note_id,
                    f"edited body {n}",
                )
                == 1
            ),
        ),
        (
            "log",
            ["log", str(item_id), "progress", "--pages", "{n}"],
            b"",
            lambda c, _out, n: (
                _count(c, "SELECT count(*) FROM events WHERE item_id = ? AND value = ?", item_id, n)
                == 1
            ),
        ),
    ]


def test_what_is_printed_survives_a_kill_at_the_first_byte(home: Path) -> None:
    item_id, note_id = _seed(home)
    lost: list[str] = []
    for name, argv, stdin, check in _cases(item_id, note_id):
        for n in range(1, KILLS_PER_COMMAND + 1):
            args = [a.replace("{n}", str(n)) for a in argv]
            printed = _kill_at_first_byte(home, args, stdin.replace(b"{n}", str(n).encode()))
            with sqlite3.connect(home / paths.DB_FILENAME) as conn:
                if not check(conn, printed.split()[0], n):
                    lost.append(f"{name} #{n} printed {printed[:20]!r}")
    total = KILLS_PER_COMMAND * len(_cases(item_id, note_id))
    assert lost == [], f"{len(lost)} of {total} acknowledged writes lost"


# -- a commit that fails prints nothing ------------------------------------------------------


@pytest.fixture
def failing_commit() -> Iterator[None]:
    """Every ORM commit fails as it does on a full disk."""

    def refuse(_session: Session) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    event.listen(Session, "before_commit", refuse)
    try:
        yield
    finally:
        event.remove(Session, "before_commit", refuse)


WRITES = [
    ["note", "add", "--file", "{file}"],
    ["note", "add", "--file", "{file}", "--json"],
    ["add", "book", "Never saved"],
    ["add", "episode", "Never saved", "--show", "A new show", "--json"],
    ["edit", "{item}", "--title", "Never saved"],
    ["edit", "{item}", "--title", "Never saved", "--json"],
    ["note", "edit", "{note}", "--file", "{file}"],
    ["log", "{item}", "finished"],
    ["log", "{item}", "progress", "--pages", "5", "--json"],
    ["rm", "{item}", "--yes"],
    ["note", "rm", "{note}", "--yes"],
    ["sample"],
]


@pytest.mark.parametrize("argv", WRITES, ids=lambda a: " ".join(a))
def test_a_failed_commit_prints_nothing(
    argv: list[str], home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    item_id, note_id = _seed(home)
    body = tmp_path / "body.md"
    body.write_text("never saved", encoding="utf-8")
    before = _snapshot(home)
    request.getfixturevalue("failing_commit")
    args = [
        a.replace("{file}", str(body))
        .replace("{item}", str(item_id))
        .replace("{note}", str(note_id))
        for a in argv
    ]
    try:
        result = run(capsys, *args)
    except sqlite3.OperationalError:
        out = capsys.readouterr().out
    else:
        assert result.code != 0
        out = result.out
    assert out == ""
    assert _snapshot(home) == before


def _snapshot(home: Path) -> tuple[object, ...]:
    with sqlite3.connect(home / paths.DB_FILENAME) as conn:
        return tuple(
            conn.execute(sql).fetchall()
            for sql in (
                "SELECT id, title, updated_at FROM items ORDER BY id",
                "SELECT id, body, updated_at FROM notes ORDER BY id",
                "SELECT count(*) FROM events",
            )
        )
