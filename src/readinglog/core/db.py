"""The SQLite engine and session factory: WAL, foreign keys on, real transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _use_real_transactions(engine: Engine, begin: str) -> None:
    """Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.

    The sqlite3 module opens transactions lazily and commits DDL on its own, so a failed
    migration could leave half a schema behind. This is SQLAlchemy's documented fix.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


def _turn_on_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()


def create_sqlite_engine(
    path: Path, *, foreign_keys: bool = True, immediate: bool = False
) -> Engine:
    """An engine for the library file.

    ``foreign_keys=False`` and ``immediate=True`` are for migrations: the write lock is taken
    at BEGIN, so a second process upgrading at the same time waits instead of failing midway.
    """
    engine = create_engine(f"sqlite:///{path}")
    _use_real_transactions(engine, "BEGIN IMMEDIATE" if immediate else "BEGIN")
    if foreign_keys:
        _turn_on_pragmas(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit only inside the unit of work that made them.
    return sessionmaker(engine, expire_on_commit=False)
