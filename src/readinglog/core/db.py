"""The SQLite engine and session factory: WAL, foreign keys on, real transactions."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from readinglog.core.errors import ReadOnlyLibrary

BUSY_TIMEOUT_MS = 10_000
# Free space below which a library opens for reading only: SQLite needs room for its -shm
# (32 KiB) and -wal files even to read a WAL library, and a write needs room for its pages.
MIN_FREE_BYTES = 256 * 1024
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


def _turn_on_pragmas(engine: Engine, *, wal: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()


def writable(path: Path) -> bool:
    """Whether ReadingLog may write the library ``path``: the file and its folder (where
    SQLite keeps the -wal and -shm files) both writable. A read-only mount says no even to
    root; permission bits say no to everyone else."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def disk_full(path: Path) -> bool:
    """Whether the disk ``path`` is on has no room left to open it for writing."""
    try:
        return shutil.disk_usage(path.parent).free < MIN_FREE_BYTES
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading only (the file itself is never written).

    A WAL library needs a -shm file to be read; in a folder that cannot be written, or on a
    full disk, it cannot be made, so the file is opened as immutable then (no locks, no
    -shm), but only when there is no -wal file, whose changes an immutable open would not see.
    """
    query = "mode=ro"
    no_shm = not os.access(path.parent, os.W_OK) or disk_full(path)
    if no_shm and not Path(f"{path}-wal").exists():
        query += "&immutable=1"
    return f"{path.resolve().as_uri()}?{query}"


def create_sqlite_engine(
    path: Path, *, foreign_keys: bool = True, immediate: bool = False, read_only: bool = False
) -> Engine:
    """An engine for the library file.

    ``foreign_keys=False`` and ``immediate=True`` are for migrations: the write lock is taken
    at BEGIN, so a second process upgrading at the same time waits instead of failing midway.
    ``read_only=True`` opens it with SQLite's ``mode=ro`` and leaves its journal mode alone.
    """
    if read_only:
        url = URL.create("sqlite", database=read_only_uri(path), query={"uri": "true"})
        engine = create_engine(url)
    else:  # URL.create: a '?', '#' or '%' in a folder name stays part of the path
        engine = create_engine(URL.create("sqlite", database=str(path)))
    _use_real_transactions(engine, "BEGIN IMMEDIATE" if immediate else "BEGIN")
    if foreign_keys:
        _turn_on_pragmas(engine, wal=not read_only)
    return engine


class SessionFactory(sessionmaker[Session]):
    """Sessions for one library. ``factory()`` reads; ``factory.begin()`` writes.

    A write transaction takes SQLite's write lock at BEGIN IMMEDIATE. A deferred transaction
    that reads first and writes later fails at once with "database is locked" when another
    thread or process committed in between (WAL snapshots cannot be upgraded); an immediate
    one waits its turn on the busy timeout instead.
    """

    def __init__(
        self, engine: Engine, refusal: Callable[[], ReadOnlyLibrary] | None = None
    ) -> None:
        # Objects stay readable after commit only inside the unit of work that made them.
        super().__init__(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )
        self.refusal = refusal  # set for a read-only library: the error every write gets

    def begin(self) -> AbstractContextManager[Session]:
        self.ensure_writable()
        return self._writes.begin()

    def writer(self) -> Session:
        """A session whose transactions write (for callers that commit or roll back themselves)."""
        self.ensure_writable()
        return self._writes()

    def ensure_writable(self) -> None:
        """Raise ReadOnlyLibrary for a read-only library (before a write, or a backup made
        ahead of one, is started)."""
        if self.refusal is not None:
            raise self.refusal()


def make_session_factory(
    engine: Engine, refusal: Callable[[], ReadOnlyLibrary] | None = None
) -> SessionFactory:
    """Sessions for ``engine``; with ``refusal`` every write raises the ReadOnlyLibrary it
    makes (one sentence saying why, a new error each time)."""
    return SessionFactory(engine, refusal)
