"""What a command prints when it fails: one line on stderr, the traceback in the log file
(or on stderr with --debug), a full or read-only disk named with its path."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from readinglog import logs
from readinglog.core import services
from tests import mounts
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


def _log(home: Path) -> Path:
    return home / "logs" / logs.FILENAME


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError("the add handler broke\nsecond line of detail")


def test_an_unexpected_error_is_one_line_and_its_traceback_is_logged(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "add_item", _boom)
    result = run(capsys, "add", "book", "Dune")
    assert result.code == 1
    assert result.err.splitlines() == [
        "readinglog: unexpected error: RuntimeError: the add handler broke; "
        f"details in {_log(home)}"
    ]
    text = _log(home).read_text(encoding="utf-8")
    assert "ERROR [MainThread] readinglog: readinglog add book Dune: unexpected error" in text
    assert "Traceback (most recent call last)" in text and "in _boom" in text
    assert "RuntimeError: the add handler broke\nsecond line of detail" in text
    assert run(capsys, "list", "--json").json() == []  # nothing half-written


def test_debug_shows_the_traceback(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "add_item", _boom)
    result = run(capsys, "--debug", "add", "book", "Dune")
    assert result.code == 1
    assert "Traceback (most recent call last)" in result.err and "in _boom" in result.err
    assert result.err.splitlines()[-1].startswith("readinglog: unexpected error: RuntimeError")
    assert "Traceback" in _log(home).read_text(encoding="utf-8")


def test_a_user_error_stays_one_line_without_a_log_entry(home: Path, capsys: Cap) -> None:
    result = run(capsys, "show", "999")
    assert result.code == 1 and len(result.err.splitlines()) == 1
    assert "Traceback" not in result.err
    assert not _log(home).exists()


def test_a_full_disk_is_one_line_naming_the_file(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = str(home / "library.sqlite3-wal")

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device", where)

    monkeypatch.setattr(services, "add_item", full)
    result = run(capsys, "add", "book", "Dune")
    assert result.code == 1
    assert result.err.splitlines() == [f"readinglog: no space left on device while writing {where}"]
    text = _log(home).read_text(encoding="utf-8")
    assert "WARNING" in text and "OSError: [Errno 28]" in text  # logged, with its traceback


@pytest.fixture
def sqlite_full() -> Iterator[None]:
    """Every new SQLite connection may not grow its file: a real "database or disk is full"."""

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", cap)
    yield
    event.remove(Engine, "connect", cap)


def test_sqlite_database_or_disk_is_full_is_one_line(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch, sqlite_full: None
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("长笔记 " * 20_000).encode())))
    result = run(capsys, "note", "add", "--stdin")
    assert result.code == 1
    assert result.err.splitlines() == [
        f"readinglog: no space left on device while writing the library "
        f"{home / 'library.sqlite3'} (database or disk is full)"
    ]
    assert result.out == ""  # no id acknowledged


def test_an_unwritable_log_folder_does_not_break_the_cli(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "logs").write_text("a file where the log folder should be")
    assert run(capsys, "add", "book", "Dune").code == 0
    monkeypatch.setattr(services, "add_item", _boom)
    result = run(capsys, "add", "book", "Dune 2")
    assert result.code == 1
    [line] = result.err.splitlines()
    assert line.startswith("readinglog: unexpected error: RuntimeError: the add handler broke; ")
    assert "run again with --debug (the log cannot be written: " in line
    assert (home / "logs").read_text() == "a file where the log folder should be"


# -- a real full disk ------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path, template_home: Path) -> Iterator[Path]:
    """A 1 MB tmpfs holding a copy of the template library (root only)."""
    with mounts.small_disk(tmp_path / "disk", "1m") as mount:
        home = mount / "home"
        shutil.copytree(template_home, home)
        yield home


def _cli(home: Path, *argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "READINGLOG_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "readinglog", *argv],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


def _fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` to its last block, then free ``leave`` bytes again."""
    reserve = disk / "reserve"
    reserve.write_bytes(b"\0" * leave)
    with (disk / "filler").open("wb", buffering=0) as out:
        with pytest.raises(OSError) as full:
            while True:
                out.write(b"\0" * 4096)
        assert full.value.errno == errno.ENOSPC
    reserve.unlink()


@pytest.mark.slow  # four commands in fresh processes, twice
@pytest.mark.parametrize("leave", [0, 96 * 1024], ids=["full", "nearly-full"])
def test_a_note_on_a_full_disk_is_one_line_and_the_library_is_intact(
    small_disk: Path, leave: int
) -> None:
    first = _cli(small_disk, "note", "add", "--stdin", stdin="第一条笔记 kept".encode())
    assert first.returncode == 0, first.stderr.decode()
    _fill(small_disk.parent, leave)
    note = ("满 disk full note " * 20_000).encode()
    failed = _cli(small_disk, "note", "add", "--stdin", stdin=note)
    err = failed.stderr.decode()
    assert failed.returncode != 0
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert str(small_disk) in err
    if leave:  # the library opens; the write itself finds the disk full
        assert "no space left on device" in err, err
    assert failed.stdout == b""  # no id for a note that was not saved
    (small_disk.parent / "filler").unlink()
    checked = _cli(small_disk, "db", "check")
    assert checked.returncode == 0, checked.stderr.decode()
    listed = _cli(small_disk, "note", "list", "--json").stdout.decode()
    assert "第一条笔记 kept" in listed
    assert "disk full note" not in listed
