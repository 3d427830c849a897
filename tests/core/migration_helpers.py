"""Rows written straight into a library at an older revision, and what undo saved of them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect

from readinglog.core import batches, migrate


def insert_row(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" * len(row))
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def saved_rows(db: Path, spec: Any, owner_id: int) -> str:
    """An entry's or a note's rows as ``Batch.touch`` saves them for undo (``spec``:
    batches.ITEM_ROWS or NOTE_ROWS), at whatever revision ``db`` is."""
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            there = set(inspect(conn).get_table_names())  # as that revision saved them
            spec = [(table, column) for table, column in spec if table in there]
            return json.dumps(batches.snapshot(conn, spec, owner_id), ensure_ascii=False)
    finally:
        engine.dispose()


def small_batches(monkeypatch: Any, revision: str, size: int) -> None:
    """Make the migration ``revision`` fill its rows ``size`` at a time (its ``BATCH``), as
    alembic loads it."""
    from alembic import util

    load = util.load_python_file

    def load_with_small_batches(directory: str, filename: str) -> object:
        module = load(directory, filename)
        if getattr(module, "revision", None) == revision:
            monkeypatch.setattr(module, "BATCH", size)
        return module

    monkeypatch.setattr(util, "load_python_file", load_with_small_batches)


def upgrade_to(db: Path, revision: str) -> None:
    """Make ``db`` a library at ``revision`` (an older one, for an upgrade to start from)."""
    from alembic import command

    engine = migrate.migration_engine(db)
    try:
        with engine.connect() as connection, connection.begin():
            config = migrate._config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
