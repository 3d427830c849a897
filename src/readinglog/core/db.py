"""The SQLite engine and session factory: WAL, foreign keys on, real transactions."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
IMMEDIATE = "readinglog_begin_immediate"  # execution option: take the write lock at BEGIN


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
        if connection.get_execution_options().get(IMMEDIATE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
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


class SessionFactory(sessionmaker[Session]):
    """Sessions for one library. ``factory()`` reads; ``factory.begin()`` writes.

    A write transaction takes SQLite's write lock at BEGIN IMMEDIATE. A deferred transaction
    that reads first and writes later fails at once with "database is locked" when another
    thread or process committed in between (WAL snapshots cannot be upgraded); an immediate
    one waits its turn on the busy timeout instead.
    """

    def __init__(self, engine: Engine) -> None:
        # Objects stay readable after commit only inside the unit of work that made them.
        super().__init__(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    def begin(self) -> AbstractContextManager[Session]:
        return self._writes.begin()

    def writer(self) -> Session:
        """A session whose transactions write (for callers that commit or roll back themselves)."""
        return self._writes()


def make_session_factory(engine: Engine) -> SessionFactory:
    return SessionFactory(engine)
