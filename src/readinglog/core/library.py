"""An open library: its folders, its engine and its session factory."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from readinglog.core import migrate, trash
from readinglog.core.db import SessionFactory, make_session_factory
from readinglog.paths import AppPaths


@dataclass
class Library:
    paths: AppPaths
    engine: Engine
    sessions: SessionFactory

    @classmethod
    def open(cls, paths: AppPaths) -> Library:
        """Open (creating or upgrading as needed) the library in ``paths``."""
        paths.ensure()
        engine = migrate.open_database(paths.database, paths.backups)
        library = cls(paths=paths, engine=engine, sessions=make_session_factory(engine))
        library.purge_trash()
        return library

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
