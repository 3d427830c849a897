"""``db backup``, ``db backups``, ``db restore``, and the backups made on their own."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from readinglog.core import backups, migrate
from tests.cli.helpers import run
from tests.core.migration_helpers import upgrade_to

Cap = pytest.CaptureFixture[str]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(db: Path) -> dict[str, list[Any]]:
    """Every user table's rows (the search queue aside: a restore empties it into the index)."""
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != "index_queue"
        ]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def _note(capsys: Cap, folder: Path, text: str) -> int:
    path = folder / f"note-{len(list(folder.glob('note-*')))}.md"
    path.write_text(text, encoding="utf-8")
    return run(capsys, "note", "add", "--file", str(path)).code


@pytest.fixture
def filled(home: Path, tmp_path: Path, capsys: Cap) -> Path:
    assert run(capsys, "add", "book", "经济学原理").code == 0
    assert _note(capsys, tmp_path, "想象的共同体 imagined communities") == 0
    return home


def test_backup_prints_the_path_once_verified_and_backups_lists_it(
    filled: Path, capsys: Cap
) -> None:
    made = run(capsys, "db", "backup")
    assert made.code == 0 and "verified" in made.out
    path = Path(made.out.split(" (")[0])
    assert path.is_file() and path.parent == filled / "backups"
    listed = run(capsys, "db", "backups", "--json").json()
    first = listed[0]
    assert first["number"] == 1 and first["path"] == str(path) and first["reason"] == "manual"
    assert first["entries"] == 1 and first["notes"] == 1 and first["verified"] is True
    assert first["size"] == path.stat().st_size and first["revision"] == migrate.HEAD_REVISION
    text = run(capsys, "db", "backups").out
    assert text.splitlines()[0].split() == ["N", "DATE", "REASON", "SIZE", "ENTRIES", "NOTES"]
    row = text.splitlines()[2].split()
    assert row[0] == "1" and row[3] == "manual"


def test_backup_to_a_file(filled: Path, tmp_path: Path, capsys: Cap) -> None:
    target = tmp_path / "out" / "copy.sqlite3"
    made = run(capsys, "db", "backup", "--to", str(target), "--json")
    assert made.code == 0 and made.json()["path"] == str(target)
    assert _rows(target) == _rows(filled / "library.sqlite3")
    again = run(capsys, "db", "backup", "--to", str(target))
    assert again.code == 1 and "already exists" in again.err


def test_a_daily_backup_when_the_library_opens_once_a_day(filled: Path, capsys: Cap) -> None:
    dailies = list((filled / "backups").glob("*-daily-*.sqlite3"))
    assert len(dailies) == 1  # the note add above opened a library that had an entry
    run(capsys, "list")
    assert list((filled / "backups").glob("*-daily-*.sqlite3")) == dailies


def test_restore_puts_the_backup_back_and_rebuilds_the_index(
    filled: Path, tmp_path: Path, capsys: Cap
) -> None:
    run(capsys, "search", "共同体")  # build the index
    backup = Path(run(capsys, "db", "backup").out.split(" (")[0])
    assert _note(capsys, tmp_path, "only after the backup 🧾") == 0
    assert run(capsys, "add", "book", "Later book").code == 0
    restored = run(capsys, "db", "restore", "1", "--yes", "--json")
    assert restored.code == 0, restored.err
    data = restored.json()
    assert data["restored"] == str(backup) and data["entries"] == 1 and data["notes"] == 1
    db = filled / "library.sqlite3"
    assert _rows(db) == _rows(backup)
    saved = Path(data["saved"])
    assert "-pre-restore-" in saved.name and len(_rows(saved)["notes"]) == 2
    assert "Rebuilding the search index" in restored.err
    assert run(capsys, "search", "backup", "--json").json()["total"] == 0
    assert run(capsys, "search", "共同体", "--json").json()["total"] == 1
    assert run(capsys, "db", "check").code == 0


def test_a_restore_stopped_before_its_index_rebuild_is_rebuilt_next_time(
    filled: Path, tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after the swap, before the rebuild: the index of the replaced library must not
    answer for the restored one (a note edited since the backup would be found by its new
    words)."""
    from readinglog.search import sync

    run(capsys, "search", "共同体")  # build the index
    run(capsys, "db", "backup")
    note_id = int(run(capsys, "note", "list", "--json").json()[0]["id"])
    edited = tmp_path / "edited.md"
    edited.write_text("editedafterthebackup words", encoding="utf-8")
    assert run(capsys, "note", "edit", str(note_id), "--file", str(edited)).code == 0
    assert run(capsys, "search", "editedafterthebackup", "--json").json()["total"] == 1

    def killed(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt  # as far as the rebuild got: nowhere

    with monkeypatch.context() as patch:
        patch.setattr(sync, "rebuild", killed)
        assert run(capsys, "db", "restore", "1", "--yes").code == 130
    found = run(capsys, "search", "editedafterthebackup", "--json").json()
    assert found["total"] == 0 and found["hits"] == []
    assert run(capsys, "search", "共同体", "--json").json()["total"] == 1
    assert run(capsys, "db", "check").code == 0


def test_restore_of_an_older_revision_upgrades_it(
    filled: Path, tmp_path: Path, capsys: Cap
) -> None:
    old = tmp_path / "old.sqlite3"
    upgrade_to(old, "0001_initial")
    restored = run(capsys, "db", "restore", str(old), "--yes", "--json")
    assert restored.code == 0, restored.err
    assert restored.json()["upgraded"] is True
    assert run(capsys, "db", "current", "--json").json()["revision"] == migrate.HEAD_REVISION
    assert run(capsys, "list", "--json").json() == []


def _newer(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()


def _truncated(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(target)) as conn, closing(sqlite3.connect(source)) as src:
        src.backup(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _foreign(_source: Path, target: Path) -> None:
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.commit()


REFUSED = {
    "newer": (_newer, "newer ReadingLog"),
    "not-sqlite": (lambda _s, t: t.write_bytes(os.urandom(8192)), "not an SQLite database"),
    "zero-bytes": (lambda _s, t: t.write_bytes(b""), "empty (0 bytes)"),
    "truncated": (_truncated, "damaged"),
    "foreign": (_foreign, "not a ReadingLog library"),
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_restore_refuses_with_one_line_and_changes_nothing(
    filled: Path, tmp_path: Path, capsys: Cap, kind: str
) -> None:
    make, words = REFUSED[kind]
    db = filled / "library.sqlite3"
    bad = tmp_path / f"{kind}.sqlite3"
    make(db, bad)
    before = (_sha(db), sorted(p.name for p in filled.rglob("*")))
    result = run(capsys, "db", "restore", str(bad), "--yes")
    assert result.code == 1
    assert len(result.err.splitlines()) == 1 and words in result.err, result.err
    assert "Traceback" not in result.err and "not changed" in result.err
    assert (_sha(db), sorted(p.name for p in filled.rglob("*"))) == before


def test_restore_needs_yes_without_a_terminal_and_a_known_number(filled: Path, capsys: Cap) -> None:
    run(capsys, "db", "backup")
    db = filled / "library.sqlite3"
    before = _sha(db)
    asked = run(capsys, "db", "restore", "1")
    assert asked.code == 1 and "--yes" in asked.err
    missing = run(capsys, "db", "restore", "99", "--yes")
    assert missing.code == 1 and "no backup number 99" in missing.err
    assert _sha(db) == before


def test_restore_is_refused_while_the_window_holds_the_library(filled: Path, capsys: Cap) -> None:
    run(capsys, "db", "backup")
    (filled / "readinglog.lock").write_text(f"{os.getppid()}\nreadinglog\nhost\n")
    db = filled / "library.sqlite3"
    before = _sha(db)
    refused = run(capsys, "db", "restore", "1", "--yes")
    assert refused.code == 1 and "window is open" in refused.err
    assert _sha(db) == before


def test_imports_and_their_undo_are_backed_up_first_but_not_a_dry_run(
    filled: Path, tmp_path: Path, capsys: Cap
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# 读书笔记\n\n一些文字。\n", encoding="utf-8")
    folder = filled / "backups"
    assert run(capsys, "import", "markdown", str(notes), "--dry-run").code == 0
    assert list(folder.glob("*-pre-import-*.sqlite3")) == []
    imported = run(capsys, "import", "markdown", str(notes), "--json")
    assert imported.code == 0, imported.err
    [before_import] = folder.glob("*-pre-import-[0-9]*.sqlite3")
    assert len(_rows(before_import)["notes"]) == 1  # the library as it was
    batch = imported.json()["batch"]
    assert run(capsys, "import", "undo", str(batch)).code == 0
    [before_undo] = folder.glob("*-pre-import-undo-*.sqlite3")
    assert len(_rows(before_undo)["notes"]) == 2
    assert {i.reason for i in backups.listing(folder)} >= {"pre-import", "pre-import-undo"}


def test_what_a_killed_backup_or_restore_left_is_removed_at_the_next_open(
    filled: Path, capsys: Cap
) -> None:
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    half_backup = (
        filled / "backups" / f".library-20260101T000000Z-daily-0001_x.sqlite3.{dead}.partial"
    )
    half_restore = filled / f".library.sqlite3.{dead}.partial"
    for leftover in (half_backup, half_restore):
        leftover.write_bytes(b"SQLite format 3\x00 and then nothing")
    assert run(capsys, "list").code == 0
    assert not half_backup.exists() and not half_restore.exists()
