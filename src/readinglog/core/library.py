"""An open library: its folders, its engine and its session factory.

A library whose file or folder cannot be written (another user's, a mounted backup), or one
opened with ``--read-only``, is opened for reading: nothing is created, migrated, backed up
or purged, reads work, and every write is refused with one sentence (ReadOnlyLibrary).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

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
        why = _read_only_reason(paths, full_disk=True)
        if why is not None:
            return cls._open_read_only(paths, why)
        paths.ensure()
        engine = migrate.open_database(paths.database, paths.backups)
        library = cls(paths=paths, engine=engine, sessions=make_session_factory(engine))
        library.purge_trash()
        return library

    @classmethod
    def _open_read_only(cls, paths: AppPaths, why: str) -> Library:
        db = paths.database
        if not db.exists():
            raise DatabaseError("there is no library at {db} to open read-only", db=db)
        revision = migrate.current_revision(db)  # refuses an empty file or a stranger
        if revision is None:
            raise DatabaseError("{db} holds no library yet, and it is opened read-only", db=db)
        if revision != migrate.HEAD_REVISION:
            migrate.pending_upgrade(db)  # refuses a library from a newer ReadingLog
            raise DatabaseError(
                "{db} needs an upgrade (database revision {revision}) to be opened by this "
                "ReadingLog, but it is read-only; open it with the ReadingLog that wrote it, "
                "or upgrade a writable copy",
                db=db,
                revision=revision,
            )
        refusal = partial(_refusal, paths, why)
        engine = create_sqlite_engine(db, read_only=True)
        return cls(paths, engine, make_session_factory(engine, refusal), read_only=True)

    @staticmethod
    def refuse_changes(paths: AppPaths) -> None:
        """Raise ReadOnlyLibrary when the library in ``paths`` would open read-only: for
        commands that change the file without opening it (db upgrade, db restore)."""
        why = _read_only_reason(paths, full_disk=False)
        if why is not None:
            raise _refusal(paths, why)

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


# Why a library opens for reading only (see _refusal).
ASKED, READ_ONLY_FILE, DISK_FULL = "asked", "read-only file", "disk full"


def _read_only_reason(paths: AppPaths, *, full_disk: bool) -> str | None:
    """Why the library in ``paths`` opens for reading only (ASKED, READ_ONLY_FILE or
    DISK_FULL), or None: it opens for writing, or is made. ``full_disk``: a disk with no room
    left is a reason."""
    db = paths.database
    if paths.read_only:
        return ASKED
    if not db.exists():
        return None
    if not writable(db):
        return READ_ONLY_FILE
    if full_disk and disk_full(db):
        return DISK_FULL
    return None


def _refusal(paths: AppPaths, why: str) -> ReadOnlyLibrary:
    """The one sentence every write to a read-only library gets."""
    db = paths.database
    if why == ASKED:
        return ReadOnlyLibrary(
            "{db} was opened read-only (--read-only or READINGLOG_READ_ONLY): "
            "ReadingLog opened it for reading and refuses changes",
            db=db,
        )
    if why == DISK_FULL:
        return ReadOnlyLibrary(
            "{db} is on a disk with no space left on device: "
            "ReadingLog opened it for reading and refuses changes",
            db=db,
        )
    return ReadOnlyLibrary(
        "{db} is read-only: ReadingLog opened it for reading and refuses changes", db=db
    )
