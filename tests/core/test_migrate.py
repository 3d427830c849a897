"""The migration layer: create at head, refuse what is not ours or newer, back up, upgrade."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import alembic.util
import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlalchemy import text as sql

from readinglog.core import migrate
from readinglog.core.errors import DatabaseError
from readinglog.core.models import Base
from readinglog.core.text import sort_key
from readinglog.paths import package_data

HEAD = migrate.HEAD_REVISION
FIRST = "0001_initial"
TS = "2024-03-01 08:30:00.000000"

# Rows for every table at 0001, in an order that satisfies the foreign keys.
ROWS_0001: dict[str, list[dict[str, Any]]] = {
    "tags": [{"id": 1, "name": "经济"}, {"id": 2, "name": "History"}],
    "items": [
        {"id": 1, "kind": "book", "title": "人类简史", "original_title": "Sapiens",
         "status": "finished", "rating": 4.5, "isbn13": "9787508647357", "pages": 440},
        {"id": 2, "kind": "podcast", "title": "Hardcore History 🎧", "status": "in-progress",
         "feed_url": "https://example.org/feed.xml"},
        {"id": 3, "kind": "episode", "title": "第3集：经济学 📈", "status": "finished",
         "parent_id": 2, "episode_number": 3, "duration_s": 3600, "published_on": "2024-02-01"},
        {"id": 4, "kind": "article", "title": "😀📚", "status": "want"},
    ],
    "item_tags": [{"item_id": 1, "tag_id": 1}, {"item_id": 3, "tag_id": 1},
                  {"item_id": 2, "tag_id": 2}],
    "item_people": [
        {"id": 1, "item_id": 1, "role": "author", "name": "尤瓦尔·赫拉利", "position": 0},
        {"id": 2, "item_id": 2, "role": "host", "name": "Dan Carlin", "position": 0},
    ],
    "sessions": [{"id": 1, "item_id": 1, "started_on": "2024-01-02",
                  "finished_on": "2024-02-03", "outcome": "finished"}],
    "notes": [{"id": 1, "title": "读书笔记 📖", "body": "中文 and English 🎉\n\n> 引用",
               "lang": "mixed", "location": "p. 42"}],
    "note_tags": [{"note_id": 1, "tag_id": 1}],
    "note_items": [{"note_id": 1, "item_id": 1, "position": 0},
                   {"note_id": 1, "item_id": 3, "position": 1}],
    "events": [
        {"id": 1, "item_id": 1, "kind": "finished", "on": "2024-02-03", "note_id": 1},
        {"id": 2, "item_id": 3, "kind": "progress", "on": "2024-02-04", "value": 50.0,
         "unit": "percent"},
    ],
    "index_queue": [{"id": 1, "doc_type": "note", "doc_id": 1},
                    {"id": 2, "doc_type": "item", "doc_id": 3}],
}  # fmt: skip
ROWS_0001_TITLES = [row["title"] for row in ROWS_0001["items"]]
TIMESTAMPS = {
    "items": ("created_at", "updated_at"),
    "notes": ("created_at", "updated_at"),
    "events": ("created_at",),
    "index_queue": ("queued_at",),
}


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(package_data("migrations")))
    return config


def _migrate_to(db: Path, revision: str, *, down: bool = False) -> None:
    engine = migrate.migration_engine(db)
    try:
        with engine.connect() as connection, connection.begin():
            config = _config()
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _connect(db: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(db))


def _tables(conn: sqlite3.Connection) -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    return [name for (name,) in conn.execute(query)]


def _snapshot(db: Path, columns: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of every table (only the given columns when given), in a stable order."""
    with _connect(db) as conn:
        if columns is None:
            columns = {
                table: [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
                for table in _tables(conn)
            }
        snapshot = {}
        for table, cols in columns.items():
            names = ", ".join(f'"{column}"' for column in cols)
            rows = conn.execute(f"SELECT {names} FROM {table} ORDER BY {names}").fetchall()
            snapshot[table] = (cols, rows)
        return snapshot


def _dump(db: Path) -> list[str]:
    """Schema, version row and every row, as SQL."""
    with _connect(db) as conn:
        return list(conn.iterdump())


def _pragma(db: Path, name: str) -> list[tuple[Any, ...]]:
    with _connect(db) as conn:
        return conn.execute(f"PRAGMA {name}").fetchall()


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def at_0001(tmp_path: Path) -> Path:
    """A library left at 0001 by an older ReadingLog: WAL, data in every table."""
    db = tmp_path / "library.sqlite3"
    _migrate_to(db, FIRST)
    with _connect(db) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        for table, rows in ROWS_0001.items():
            for row in rows:
                row = {**dict.fromkeys(TIMESTAMPS.get(table, ()), TS), **row}
                names = ", ".join(f'"{name}"' for name in row)
                marks = ", ".join("?" * len(row))
                conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
        conn.commit()
        assert set(_tables(conn)) == {*ROWS_0001, "alembic_version"}
    return db


@pytest.fixture
def at_head(tmp_path: Path, backups: Path) -> Iterator[Path]:
    db = tmp_path / "head" / "library.sqlite3"
    migrate.open_database(db, backups).dispose()
    yield db


def test_head_revision_is_the_newest_script() -> None:
    assert ScriptDirectory.from_config(_config()).get_current_head() == HEAD


def test_new_library_is_created_at_head_with_wal_and_foreign_keys(
    tmp_path: Path, backups: Path
) -> None:
    db = tmp_path / "new" / "library.sqlite3"
    engine = migrate.open_database(db, backups)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                (HEAD,)
            ]
    finally:
        engine.dispose()
    assert not backups.exists()  # nothing to back up


def test_empty_file_is_refused_not_made_a_library(tmp_path: Path, backups: Path) -> None:
    db = tmp_path / "library.sqlite3"
    db.touch()
    with pytest.raises(DatabaseError, match="is empty") as caught:
        migrate.upgrade(db, backups)
    assert str(db) in caught.value.message and "db restore" in caught.value.message
    assert db.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_normal_start_at_head_does_not_import_alembic(at_head: Path, backups: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from readinglog.core import migrate; "
        "migrate.open_database(Path(sys.argv[1]), Path(sys.argv[2])).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(at_head), str(backups)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("origin", ["new", "upgraded"])
def test_migrated_schema_matches_the_models(
    origin: str, tmp_path: Path, backups: Path, request: pytest.FixtureRequest
) -> None:
    db: Path = request.getfixturevalue("at_head" if origin == "new" else "at_0001")
    migrate.open_database(db, backups).dispose()
    engine = migrate.migration_engine(db)
    try:
        with engine.connect() as connection, connection.begin():
            config = _config()
            config.attributes["connection"] = connection
            command.check(config)  # raises AutogenerateDiffsDetected on any drift
    finally:
        engine.dispose()
    # `alembic check` ignores CHECK constraints (our enums); compare them with create_all.
    reference = create_engine(f"sqlite:///{tmp_path / 'create_all.sqlite3'}")
    Base.metadata.create_all(reference)
    migrated = create_engine(f"sqlite:///{db}")
    try:
        for table in Base.metadata.tables:
            want = inspect(reference).get_check_constraints(table)
            got = inspect(migrated).get_check_constraints(table)
            assert sorted(got, key=str) == sorted(want, key=str), table
    finally:
        reference.dispose()
        migrated.dispose()


def test_upgrade_from_0001_keeps_every_row_and_fills_sort_keys(
    at_0001: Path, backups: Path
) -> None:
    before = _snapshot(at_0001)
    assert migrate.upgrade(at_0001, backups) == (FIRST, HEAD)

    columns = {table: cols for table, (cols, _) in before.items() if table != "alembic_version"}
    after = _snapshot(at_0001, columns)
    assert after == {table: value for table, value in before.items() if table in columns}
    assert _pragma(at_0001, "foreign_key_check") == []
    assert migrate.current_revision(at_0001) == HEAD
    with _connect(at_0001) as conn:
        keys = dict(conn.execute("SELECT title, sort_key FROM items"))
        parent = conn.execute("SELECT parent_id FROM items WHERE id = 3").fetchone()
    assert keys == {title: sort_key(title) for title in ROWS_0001_TITLES}
    assert keys["人类简史"] == "ren lei jian shi"
    assert parent == (2,)

    [saved] = backups.glob("*.sqlite3")
    assert re.fullmatch(rf"library-\d{{8}}T\d{{6}}Z-upgrade-{FIRST}\.sqlite3", saved.name)
    assert _pragma(saved, "integrity_check") == [("ok",)]
    assert _pragma(saved, "journal_mode") == [("delete",)]
    assert _snapshot(saved) == before


def test_children_still_reference_items_after_it_is_recreated(at_0001: Path, backups: Path) -> None:
    engine = migrate.open_database(at_0001, backups)
    try:
        with engine.begin() as conn:
            conn.execute(sql("DELETE FROM items WHERE id IN (1, 2)"))
            assert conn.execute(sql("SELECT parent_id FROM items WHERE id = 3")).all() == [(None,)]
            for table in ("item_people", "sessions", "events", "note_items", "item_tags"):
                left = conn.execute(sql(f"SELECT item_id FROM {table} ORDER BY 1")).all()
                assert all(item_id == 3 for (item_id,) in left), table
            assert conn.execute(sql("SELECT id FROM notes")).all() == [(1,)]
    finally:
        engine.dispose()


def test_a_failing_migration_leaves_the_library_exactly_as_it_was(
    at_0001: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    altered: list[str] = []
    load = alembic.util.load_python_file

    def load_with_a_failing_0002(directory: str, filename: str) -> Any:
        module: Any = load(directory, filename)
        if getattr(module, "revision", None) == HEAD:
            upgrade = module.upgrade

            def fail_after_altering() -> None:
                upgrade()  # items is recreated, sort_key filled and indexed
                altered.append("items")
                raise RuntimeError("injected failure")

            module.upgrade = fail_after_altering
        return module

    monkeypatch.setattr(alembic.util, "load_python_file", load_with_a_failing_0002)
    before = _dump(at_0001)
    with pytest.raises(DatabaseError) as caught:
        migrate.open_database(at_0001, backups)
    assert altered == ["items"]
    [saved] = backups.glob("*.sqlite3")
    message = caught.value.message
    assert str(at_0001) in message and str(saved) in message and "injected failure" in message
    assert "\n" not in message
    assert _dump(at_0001) == before
    assert migrate.current_revision(at_0001) == FIRST

    monkeypatch.undo()  # the next start succeeds
    assert migrate.upgrade(at_0001, backups) == (FIRST, HEAD)


def test_upgrade_is_refused_when_a_row_points_at_nothing(at_0001: Path, backups: Path) -> None:
    with _connect(at_0001) as conn:  # foreign keys are off on a plain connection
        conn.execute("INSERT INTO sessions (id, item_id) VALUES (9, 999)")
        conn.commit()
    before = _dump(at_0001)
    with pytest.raises(DatabaseError, match="sessions row 9 points at a missing items row"):
        migrate.open_database(at_0001, backups)
    assert _dump(at_0001) == before
    assert "sessions row 9 points at a missing items row." in migrate.check(at_0001)


def test_library_from_a_newer_readinglog_is_left_untouched(at_head: Path, backups: Path) -> None:
    with _connect(at_head) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    original = at_head.read_bytes()
    for attempt in (migrate.open_database, migrate.upgrade):
        with pytest.raises(DatabaseError, match="newer ReadingLog") as caught:
            attempt(at_head, backups)
        assert str(at_head) in caught.value.message
    assert at_head.read_bytes() == original
    assert not backups.exists()
    assert "update ReadingLog" in migrate.check(at_head)[0]


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 not a library " * 100, b"short text", b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["zip", "text", "bad-header"],
)
def test_a_file_that_is_not_sqlite_is_refused(
    tmp_path: Path, backups: Path, content: bytes
) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_bytes(content)
    with pytest.raises(DatabaseError, match="is not a ReadingLog library") as caught:
        migrate.open_database(db, backups)
    assert str(db) in caught.value.message
    assert db.read_bytes() == content
    assert migrate.check(db) == [caught.value.message]


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path, backups: Path) -> None:
    db = tmp_path / "photos.db"
    with _connect(db) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.commit()
    original = db.read_bytes()
    with pytest.raises(DatabaseError, match="is not a ReadingLog library") as caught:
        migrate.open_database(db, backups)
    assert str(db) in caught.value.message
    assert db.read_bytes() == original


def test_backup_holds_rows_that_are_still_in_the_wal(
    at_head: Path, backups: Path, tmp_path: Path
) -> None:
    with _connect(at_head) as writer:
        assert writer.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute(
            "INSERT INTO tags (name, sort_key) VALUES ('只在 WAL 里 🧾', 'zhi zai wal li')"
        )
        writer.commit()  # committed, but only in library.sqlite3-wal while the writer is open
        copied = tmp_path / "file-copy.sqlite3"
        shutil.copyfile(at_head, copied)
        first = migrate.backup(at_head, backups, "manual")
        second = migrate.backup(at_head, backups, "manual")
    assert _pragma(copied, "integrity_check") == [("ok",)]
    with _connect(copied) as conn:
        assert conn.execute("SELECT count(*) FROM tags").fetchone() == (0,)  # why not a copy
    for saved in (first, second):
        assert _pragma(saved, "integrity_check") == [("ok",)]
        with _connect(saved) as conn:
            assert conn.execute("SELECT name FROM tags").fetchall() == [("只在 WAL 里 🧾",)]
    assert first != second and {first, second} == set(backups.glob("*.sqlite3"))
    assert first.name.endswith(f"-manual-{HEAD}.sqlite3")


def test_downgrade_to_0001_keeps_every_row(at_0001: Path, backups: Path) -> None:
    before = _snapshot(at_0001)
    migrate.upgrade(at_0001, backups)
    _migrate_to(at_0001, FIRST, down=True)
    assert _snapshot(at_0001) == before


def test_check_reports_a_healthy_library_as_healthy(at_head: Path) -> None:
    assert migrate.check(at_head) == []


def test_check_reports_an_old_revision_and_a_missing_file(at_0001: Path, tmp_path: Path) -> None:
    [problem] = migrate.check(at_0001)
    assert FIRST in problem and "readinglog db upgrade" in problem
    missing = tmp_path / "nowhere.sqlite3"
    assert migrate.check(missing) == [f"{missing} does not exist."]


def test_upgrade_at_head_changes_nothing(at_head: Path, backups: Path) -> None:
    original = _dump(at_head)
    assert migrate.upgrade(at_head, backups) == (HEAD, HEAD)
    assert _dump(at_head) == original
    assert not backups.exists()


def test_pending_upgrade_names_the_old_revision_and_changes_nothing(
    at_0001: Path, backups: Path
) -> None:
    before = _dump(at_0001)
    assert migrate.pending_upgrade(at_0001) == FIRST
    assert _dump(at_0001) == before
    assert not backups.exists()
    migrate.upgrade(at_0001, backups)
    assert migrate.pending_upgrade(at_0001) is None


def test_pending_upgrade_is_none_for_a_new_library(tmp_path: Path) -> None:
    missing = tmp_path / "new" / "library.sqlite3"
    assert migrate.pending_upgrade(missing) is None
    assert not missing.exists()
    empty = tmp_path / "library.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseError, match="is empty"):
        migrate.pending_upgrade(empty)


def test_pending_upgrade_refuses_what_upgrade_refuses(at_head: Path, tmp_path: Path) -> None:
    with _connect(at_head) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    with pytest.raises(DatabaseError, match="newer ReadingLog") as caught:
        migrate.pending_upgrade(at_head)
    with pytest.raises(DatabaseError) as by_upgrade:
        migrate.upgrade(at_head, tmp_path / "backups")
    assert caught.value.message == by_upgrade.value.message
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_bytes(b"short text")
    with pytest.raises(DatabaseError, match="is not a ReadingLog library"):
        migrate.pending_upgrade(not_sqlite)
