"""A library that cannot be written (another user's, a mounted backup) or one opened with
--read-only / READINGLOG_READ_ONLY=1: every read works, every write is refused in one line,
and the file stays byte for byte as it was (issue 11, fault 3b)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import migrate
from tests import mounts
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]

READS = [
    ["list"],
    ["list", "--json"],
    ["show", "1"],
    ["note", "list"],
    ["note", "show", "1", "--json"],
    ["search", "xylofrob"],
    ["import", "list"],
    ["db", "check"],
    ["db", "current"],
]
WRITES = [
    ["add", "book", "Refused"],
    ["note", "add", "--file", "{file}"],
    ["edit", "1", "--title", "Refused"],
    ["note", "edit", "1", "--file", "{file}"],
    ["log", "1", "finished"],
    ["rm", "1", "--yes"],
    ["note", "rm", "1", "--yes"],
    ["sample"],
    ["import", "markdown", "{file}"],
]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(home: Path, capsys: Cap) -> Path:
    """A library with an entry, a note and a built search index; returns its file."""
    assert run(capsys, "add", "book", "Readable book").code == 0
    note = home / "n.md"
    note.write_text("a xylofrob note", encoding="utf-8")
    assert run(capsys, "note", "add", "--file", str(note), "--item", "1").code == 0
    assert run(capsys, "search", "xylofrob").code == 0  # builds the index
    return home / paths.DB_FILENAME


def _check_reads_and_refusals(
    capsys: Cap, tmp_path: Path, db: Path, *flags: str, expect: str = "is read-only"
) -> None:
    before = _sha(db)
    body = tmp_path / "body.md"
    body.write_text("never saved", encoding="utf-8")
    for argv in READS:
        result = run(capsys, *flags, *argv)
        assert result.code == 0, (argv, result.err)
        assert "Traceback" not in result.err
    assert "(note 1)" in run(capsys, *flags, "search", "xylofrob").out
    assert run(capsys, *flags, "note", "show", "1", "--json").json()["body"] == "a xylofrob note"
    exported = tmp_path / "out" / "all.zip"
    exported.parent.mkdir()
    assert run(capsys, *flags, "export", "archive", str(exported)).code == 0
    assert exported.stat().st_size > 0
    for argv in WRITES:
        result = run(capsys, *flags, *[a.replace("{file}", str(body)) for a in argv])
        assert result.code == 1, (argv, result.out)
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and expect in lines[0] and str(db) in lines[0], (argv, result.err)
        assert "refuses changes" in lines[0]
    assert _sha(db) == before
    assert [p.name for p in (db.parent / "backups").glob("*")] == []


def test_forced_read_only_by_flag_reads_and_refuses(
    filled: Path, tmp_path: Path, capsys: Cap
) -> None:
    shutil.rmtree(filled.parent / "backups", ignore_errors=True)
    _check_reads_and_refusals(capsys, tmp_path, filled, "--read-only", expect="read-only")


def test_forced_read_only_by_environment(
    filled: Path, tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(filled.parent / "backups", ignore_errors=True)
    monkeypatch.setenv(paths.READ_ONLY_ENV, "1")
    _check_reads_and_refusals(capsys, tmp_path, filled, expect="read-only")


def test_read_only_library_needing_an_upgrade_is_refused_in_one_line(
    filled: Path, capsys: Cap
) -> None:
    with sqlite3.connect(filled) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    before = _sha(filled)
    shutil.rmtree(filled.parent / "backups", ignore_errors=True)
    result = run(capsys, "--read-only", "list")
    assert result.code == 1 and result.out == ""
    assert "needs an upgrade" in result.err and len(result.err.strip().splitlines()) == 1
    assert _sha(filled) == before and not (filled.parent / "backups").exists()


def test_forced_read_only_refuses_an_upgrade(filled: Path, capsys: Cap) -> None:
    with sqlite3.connect(filled) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    before = _sha(filled)
    shutil.rmtree(filled.parent / "backups", ignore_errors=True)
    result = run(capsys, "--read-only", "db", "upgrade")
    assert result.code == 1 and "refuses changes" in result.err
    assert _sha(filled) == before and not (filled.parent / "backups").exists()


def test_read_only_refuses_a_restore(filled: Path, capsys: Cap) -> None:
    assert run(capsys, "db", "backup").code == 0
    assert run(capsys, "add", "book", "After the backup").code == 0
    before = _sha(filled)
    result = run(capsys, "--read-only", "db", "restore", "1", "--yes")
    assert result.code == 1 and "refuses changes" in _last_line(result.err)
    assert _sha(filled) == before
    assert "After the backup" in run(capsys, "list").out


def _last_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_read_only_missing_or_empty_library_is_refused(
    tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "none"))
    result = run(capsys, "--read-only", "list")
    assert result.code == 1 and "no library" in result.err
    assert not (tmp_path / "none").exists()  # no folder made for it
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / paths.DB_FILENAME).touch()
    monkeypatch.setenv(paths.HOME_ENV, str(empty))
    result = run(capsys, "--read-only", "list")
    assert result.code == 1 and "is empty" in result.err
    assert (empty / paths.DB_FILENAME).stat().st_size == 0


# -- really not writable ---------------------------------------------------------------------


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs that is made read-only after filling (root only; skipped otherwise)."""
    with mounts.small_disk(tmp_path / "mnt", "16m") as folder:
        yield folder


def test_a_library_on_a_read_only_mount_opens_for_reading(
    filled: Path, read_only_mount: Path, tmp_path: Path, capsys: Cap,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shutil.copytree(filled.parent, read_only_mount, dirs_exist_ok=True)
    shutil.rmtree(read_only_mount / "backups", ignore_errors=True)
    mounts.remount_read_only(read_only_mount)
    monkeypatch.setenv(paths.HOME_ENV, str(read_only_mount))
    db = read_only_mount / paths.DB_FILENAME
    assert not os.access(db, os.W_OK)  # what the library decides by, even for root
    _check_reads_and_refusals(capsys, tmp_path, db)
    assert sorted(p.name for p in read_only_mount.iterdir()) == sorted(
        p.name for p in filled.parent.iterdir() if p.name != "backups"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permission bits")
def test_a_library_without_write_permission_opens_for_reading(
    filled: Path, tmp_path: Path, capsys: Cap
) -> None:
    shutil.rmtree(filled.parent / "backups", ignore_errors=True)
    folder = filled.parent
    filled.chmod(0o444)
    folder.chmod(0o555)
    try:
        _check_reads_and_refusals(capsys, tmp_path, filled)
    finally:
        folder.chmod(0o755)
        filled.chmod(0o644)


def test_revision_check_reads_a_library_in_a_read_only_folder(
    filled: Path, read_only_mount: Path
) -> None:
    shutil.copy2(filled, read_only_mount / paths.DB_FILENAME)
    mounts.remount_read_only(read_only_mount)
    assert migrate.current_revision(read_only_mount / paths.DB_FILENAME) == migrate.HEAD_REVISION
    assert migrate.check(read_only_mount / paths.DB_FILENAME) == []
