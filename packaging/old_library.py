"""Make a library at the FIRST migration (0001_initial) in a home folder, holding one book
and one note, for a smoke test to open with a built ReadingLog (which must upgrade it).

    python packaging/old_library.py HOME

Run it with a Python that has ReadingLog installed (its migrations are used to build the old
schema, as tests/core/migration_helpers.upgrade_to does); the app under test may be another
one (a frozen build).
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from alembic import command

from readinglog import paths
from readinglog.core import migrate

FIRST = "0001_initial"
STAMP = "2024-03-01 08:30:00.000000"
MARKER = "烟雨楼台"  # the note's word the smoke test searches for after the upgrade


def make(home: Path) -> Path:
    db = paths.in_home(home).ensure().database
    engine = migrate.migration_engine(db)
    try:
        with engine.connect() as connection, connection.begin():
            config = migrate._config()
            config.attributes["connection"] = connection
            command.upgrade(config, FIRST)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "INSERT INTO items (id, kind, title, status, created_at, updated_at) "
            "VALUES (1, 'book', '江南旧事', 'finished', ?, ?)",
            (STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO notes (id, title, body, lang, created_at, updated_at) "
            "VALUES (1, 'Old note 旧笔记', ?, 'mixed', ?, ?)",
            (f"{MARKER} in the rain, written before the upgrade.", STAMP, STAMP),
        )
        conn.execute("INSERT INTO note_items (note_id, item_id, position) VALUES (1, 1, 0)")
        conn.execute(
            "INSERT INTO index_queue (doc_type, doc_id, queued_at) VALUES ('note', 1, ?)", (STAMP,)
        )
    revision = migrate.current_revision(db)
    if revision != FIRST:
        raise SystemExit(f"old_library: {db} is at {revision}, not {FIRST}")
    return db


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: old_library.py HOME")
    print(make(Path(sys.argv[1])))
