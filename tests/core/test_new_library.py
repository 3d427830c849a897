"""Only a missing file is a new library (issue 11, fault 4): an empty file is refused and left
as it is, and a new library appears whole or not at all."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import migrate
from readinglog.core.errors import DatabaseError
from tests.cli.helpers import run


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("argv", [["list"], ["add", "book", "x"], ["note", "list"]])
def test_cli_refuses_an_empty_library_file_in_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    db = tmp_path / paths.DB_FILENAME
    db.touch()
    result = run(capsys, *argv)
    assert result.code == 1 and result.out == ""
    assert str(db) in result.err and "empty" in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert db.stat().st_size == 0 and not Path(f"{db}-wal").exists()


def test_a_new_library_is_made_aside_and_linked_in_whole(tmp_path: Path) -> None:
    db = tmp_path / "lib" / paths.DB_FILENAME
    assert migrate.upgrade(db, tmp_path / "backups") == (None, migrate.HEAD_REVISION)
    assert migrate.current_revision(db) == migrate.HEAD_REVISION
    assert sorted(p.name for p in db.parent.iterdir()) == [paths.DB_FILENAME]


def test_a_creation_that_fails_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_connection: object) -> None:
        raise RuntimeError("injected failure")

    monkeypatch.setattr(migrate, "raise_for_foreign_keys", fail)
    db = tmp_path / paths.DB_FILENAME
    with pytest.raises(DatabaseError, match="injected failure") as caught:
        migrate.upgrade(db, tmp_path / "backups")
    assert str(db) in caught.value.message
    assert list(tmp_path.iterdir()) == []  # no library, no empty file, nothing made aside


def test_a_library_made_meanwhile_by_another_process_is_kept(tmp_path: Path) -> None:
    db = tmp_path / paths.DB_FILENAME
    migrate.upgrade(db, tmp_path / "backups")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO tags (name, sort_key) VALUES ('kept', 'kept')")
    before = _sha(db)
    migrate._create(db)  # a second creator that also saw no file, finishing later
    assert _sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [paths.DB_FILENAME]


def test_leftovers_of_a_killed_creation_are_removed_once_stale(tmp_path: Path) -> None:
    stale = tmp_path / f".{paths.DB_FILENAME}.abc123.creating"
    stale_journal = Path(f"{stale}-journal")
    live = tmp_path / f".{paths.DB_FILENAME}.def456.creating"
    for leftover in (stale, stale_journal, live):
        leftover.write_bytes(b"half a library")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(stale_journal, (old, old))
    migrate.upgrade(tmp_path / paths.DB_FILENAME, tmp_path / "backups")
    assert not stale.exists() and not stale_journal.exists()
    assert live.exists()  # maybe another ReadingLog making it right now


@pytest.mark.parametrize("name", ["a b#c?d%25e 中文", "100% done?", "x#y"])
def test_a_library_in_a_folder_with_url_characters_is_made_there(tmp_path: Path, name: str) -> None:
    from dataclasses import replace

    from readinglog.core.library import Library

    folder = tmp_path / name
    home = paths.in_home(folder)
    Library.open(home).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing made beside it
    assert migrate.current_revision(home.database) == migrate.HEAD_REVISION
    with Library.open(replace(home, read_only=True)) as library, library.sessions() as s:
        assert library.read_only
        assert s.connection().exec_driver_sql("SELECT count(*) FROM items").scalar() == 0
