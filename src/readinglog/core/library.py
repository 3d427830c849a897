"""An open library: its folders, its engine and its session factory.

A library whose file or folder cannot be written (another user's, a mounted backup), or one
opened with ``--read-only``, is opened for reading: nothing is created, migrated, backed up
or purged, reads work, and every write is refused with one sentence (ReadOnlyLibrary).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from readinglog.core import migrate, trash
from readinglog.core.db import (
    SessionFactory,
    create_sqlite_engine,
    disk_full,
    make_session_factory,
    writable,
)
from readinglog.core.errors import DatabaseError, ReadOnlyLibrary
from readinglog.paths import AppPaths


@dataclass
class Library:
    paths: AppPaths
    engine: Engine
    sessions: SessionFactory
    read_only: bool = False

    @classmethod
    def open(cls, paths: AppPaths) -> Library:
        """Open (creating or upgrading as needed) the library in ``paths``; for reading only
        when ``paths.read_only`` or when it exists and cannot be written."""
        db = paths.database
        if paths.read_only or (db.exists() and not writable(db)):
            return cls._open_read_only(paths)
        if db.exists() and disk_full(db):
            return cls._open_read_only(paths, "is on a disk with no space left on device")
        paths.ensure()
        engine = migrate.open_database(paths.database, paths.backups)
        library = cls(paths=paths, engine=engine, sessions=make_session_factory(engine))
        library.purge_trash()
        return library

    @classmethod
    def _open_read_only(cls, paths: AppPaths, why: str | None = None) -> Library:
        db = paths.database
        if not db.exists():
            raise DatabaseError(f"there is no library at {db} to open read-only")
        revision = migrate.current_revision(db)  # refuses an empty file or a stranger
        if revision is None:
            raise DatabaseError(f"{db} holds no library yet, and it is opened read-only")
        if revision != migrate.HEAD_REVISION:
            migrate.pending_upgrade(db)  # refuses a library from a newer ReadingLog
            raise DatabaseError(
                f"{db} needs an upgrade (database revision {revision}) to be opened by this "
                "ReadingLog, but it is read-only; open it with the ReadingLog that wrote it, "
                "or upgrade a writable copy"
            )
        refusal = _refusal(paths, why)
        engine = create_sqlite_engine(db, read_only=True)
        return cls(paths, engine, make_session_factory(engine, refusal), read_only=True)

    @staticmethod
    def refuse_changes(paths: AppPaths) -> None:
        """Raise ReadOnlyLibrary when the library in ``paths`` would open read-only: for
        commands that change the file without opening it (db upgrade, db restore)."""
        db = paths.database
        if paths.read_only or (db.exists() and not writable(db)):
            raise ReadOnlyLibrary(_refusal(paths, None))

    def purge_trash(self) -> None:
        """Empty what has been in the trash for 30 days (bounded; a read when there is none).
        Housekeeping: a library that cannot be written now (read-only, busy) is purged later."""
        with self.sessions() as s:
            if not trash.has_expired(s):
                return
        try:
            with self.sessions.begin() as s:
                trash.purge(s)
        except OperationalError as exc:
            logging.getLogger(__name__).warning("trash not purged: %s", exc)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _refusal(paths: AppPaths, why: str | None) -> str:
    """The one sentence every write to a read-only library gets."""
    if why is None:
        forced = "was opened read-only (--read-only or READINGLOG_READ_ONLY)"
        why = forced if paths.read_only else "is read-only"
    return f"{paths.database} {why}: ReadingLog opened it for reading and refuses changes"
