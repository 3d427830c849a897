"""Database faults through the real CLI (issue 11): a library file that is not SQLite, empty,
truncated, from a newer ReadingLog, read-only, or on a full disk.

Each of ``list``, ``note add --stdin``, ``db check`` and ``search`` runs in its own process and
must end with one line saying what is wrong (``db check`` prints its one problem on stdout),
never a traceback, a non-zero exit where it cannot work, and the library file exactly as it
was (sha256), with no backup written beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from readinglog import paths
from tests import mounts

pytestmark = pytest.mark.slow

COMMANDS = {
    "list": ["list"],
    "note add": ["note", "add", "--stdin"],
    "db check": ["db", "check"],
    "search": ["search", "xylofrob"],
}
READS = ("list", "db check", "search")


def cli(
    home: Path, *argv: str, stdin: str = "a note that cannot be stored\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readinglog", "--home", str(home), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with an entry, a note (xylofrob) and a built index, made by the CLI."""
    home = tmp_path_factory.mktemp("base") / "home"
    assert cli(home, "add", "book", "--title", "A book").returncode == 0
    assert cli(home, "note", "add", "--stdin", stdin="a xylofrob note").returncode == 0
    assert cli(home, "search", "xylofrob").returncode == 0
    return home


@pytest.fixture
def home(base: Path, tmp_path: Path) -> Path:
    """A copy of the base library, for one test to spoil."""
    home = tmp_path / "home"
    shutil.copytree(base, home)
    return home


def _not_sqlite(db: Path) -> None:
    db.write_bytes(b"Just some notes I kept in a text file.\n" * 40)


def _zero_bytes(db: Path) -> None:
    db.write_bytes(b"")


def _truncated_header(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:12288])  # three pages of many


def _truncated_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _newer(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


BROKEN: dict[str, Callable[[Path], None]] = {
    "not sqlite": _not_sqlite,
    "zero bytes": _zero_bytes,
    "truncated to three pages": _truncated_header,
    "truncated to half": _truncated_half,
    "newer revision": _newer,
}


def _one_line(result: subprocess.CompletedProcess[str], command: str) -> str:
    """The one line the command said it with; no traceback anywhere."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    err = [line for line in result.stderr.splitlines() if line.strip()]
    if command == "db check":
        problems = [line for line in result.stdout.splitlines() if line.startswith("problem:")]
        assert len(problems) + len(err) == 1, (result.stdout, result.stderr)
        return (problems + err)[0]
    assert len(err) == 1, result.stderr
    assert err[0].startswith("readinglog: "), err[0]
    return err[0]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fault", BROKEN)
def test_a_broken_library_is_refused_in_one_line_and_left_as_is(
    home: Path, fault: str, command: str
) -> None:
    db = home / paths.DB_FILENAME
    BROKEN[fault](db)
    before = sha(db)
    backups = sorted(p.name for p in (home / "backups").iterdir())
    result = cli(home, *COMMANDS[command])
    assert result.returncode != 0, result.stdout
    line = _one_line(result, command)
    assert str(db) in line, line  # says which file
    assert sha(db) == before
    assert sorted(p.name for p in (home / "backups").iterdir()) == backups


@pytest.mark.parametrize("command", COMMANDS)
def test_a_library_opened_read_only_reads_and_refuses_writes_in_one_line(
    home: Path, command: str
) -> None:
    db = home / paths.DB_FILENAME
    before = sha(db)
    result = cli(home, "--read-only", *COMMANDS[command])
    if command in READS:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        if command == "search":
            assert "1 found" in result.stdout + result.stderr
    else:
        assert result.returncode != 0
        _one_line(result, command)
    assert sha(db) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_library_without_write_permission_reads_and_refuses_writes(
    home: Path, command: str
) -> None:
    db = home / paths.DB_FILENAME
    before = sha(db)
    db.chmod(0o444)
    try:
        result = cli(home, *COMMANDS[command])
    finally:
        db.chmod(0o644)
    assert (result.returncode == 0) == (command in READS), result.stderr
    if command not in READS:
        _one_line(result, command)
    assert sha(db) == before


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (root only; skipped otherwise), unmounted afterwards."""
    with mounts.small_disk(tmp_path / "disk", "2m") as folder:
        yield folder


def _fill(folder: Path) -> None:
    """Fill the disk to the last byte."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
        while True:
            filler.write(b"\0" * 4096)
            filler.flush()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_full_disk_reads_and_refuses_writes_in_one_line(
    base: Path, full_disk: Path, command: str
) -> None:
    """A full disk is no reason not to read: ``list``, ``search`` and ``db check`` work;
    ``note add`` says the disk is full, in one line, and stores nothing."""
    home = full_disk / "home"
    shutil.copytree(base, home)
    db = home / paths.DB_FILENAME
    _fill(full_disk)
    before = sha(db)
    result = cli(home, *COMMANDS[command])
    if command in READS:
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
    else:
        assert result.returncode != 0
        line = _one_line(result, command)
        assert "full" in line or "space" in line, line
    assert sha(db) == before
