"""An open library: its folders, its engine and its session factory."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from readinglog.core import migrate
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
        return cls(paths=paths, engine=engine, sessions=make_session_factory(engine))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
