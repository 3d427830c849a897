"""Open the library file: create it, refuse a newer one, or back it up and upgrade it.

A normal start reads ``alembic_version`` with one query and imports nothing else; Alembic is
imported only to create or upgrade. An upgrade runs every pending migration in ONE
transaction with foreign keys off (batch mode recreates tables), checks foreign keys before
committing, and on any failure rolls back, so the file is exactly as it was.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event

from readinglog.core.db import create_sqlite_engine, read_only_uri
from readinglog.core.durable import fsync_folder
from readinglog.core.errors import DatabaseError
from readinglog.paths import package_data

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration in migrations/versions (a test keeps them equal).
HEAD_REVISION = "0012_stats_indexes"
VERSION_TABLE = "alembic_version"
_CREATING = ".creating"  # suffix of a library being made aside (see _create)
_STALE_CREATION_S = 600
_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def open_database(db: Path, backups: Path) -> Engine:
    """The engine for ``db``, created at head if new, backed up and upgraded if older."""
    upgrade(db, backups)
    return create_sqlite_engine(db)


def upgrade(db: Path, backups: Path) -> tuple[str | None, str]:
    """Bring ``db`` to the head revision; return (old revision or None if new, new revision)."""
    old = current_revision(db)
    if old == HEAD_REVISION:
        return old, HEAD_REVISION
    if old is None and not db.exists():
        _create(db)
        return old, HEAD_REVISION
    saved = None
    if old is not None:
        _refuse_newer(db, old)
        saved = backup(db, backups, "upgrade")
    _apply(db, saved)
    return old, HEAD_REVISION


def pending_upgrade(db: Path) -> str | None:
    """The revision ``db`` would be upgraded from, or None when opening it migrates nothing
    that takes time (a new library is created at head; a library at head opens as it is).

    Reads only; raises the DatabaseError ``upgrade`` would for a file that is not a
    ReadingLog library, cannot be read, or was written by a newer ReadingLog.
    """
    old = current_revision(db)
    if old is None or old == HEAD_REVISION:
        return None
    _refuse_newer(db, old)
    return old


def current_revision(db: Path) -> str | None:
    """The revision stored in ``db``, or None for a new library (no file, or no tables).

    Raises DatabaseError when ``db`` is not a ReadingLog library or cannot be read. An empty
    (0-byte) file is not a new library: something truncated it or made it, and a library
    made there would hide that; it is refused and left as it is.
    """
    if not db.exists():
        return None
    if db.stat().st_size == 0:
        raise DatabaseError(
            "{db} is empty (0 bytes), so it is not a library; it was left as it is. "
            "Move it away to start a new library, or restore a backup (readinglog db restore).",
            db=db,
        )
    try:
        with closing(_read_only(db)) as conn:
            tables = {row[0] for row in conn.execute(_TABLES)}
            versions = []
            if VERSION_TABLE in tables:
                versions = [
                    row[0] for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")
                ]
    except sqlite3.DatabaseError as exc:
        raise _unreadable(db, exc) from exc
    if len(versions) == 1:
        return str(versions[0])
    if versions or tables - {VERSION_TABLE}:
        raise DatabaseError("{db} is not a ReadingLog library.", db=db)
    return None


def backup(db: Path, backups: Path, reason: str) -> Path:
    """Copy ``db`` into ``backups`` with SQLite's online backup API, verified (integrity
    check and row counts), described by a sidecar and pruned: see core/backups.py.

    Never a file copy: while the library is open, recent writes live in the -wal file.
    The name holds the UTC time, the reason and the revision it was at. An upgrade that
    failed before reuses the backup it made then (the same file) instead of writing another.
    """
    from readinglog.core import backups as saved

    return saved.make(db, backups, reason).info.path


def check(db: Path) -> list[str]:
    """Problems with ``db`` in plain words (integrity, foreign keys, revision); [] if healthy."""
    if not db.is_file():
        return [f"{db} does not exist."]
    try:
        revision = current_revision(db)
        with closing(_read_only(db)) as conn:
            integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    except DatabaseError as exc:
        return [exc.message]
    except sqlite3.DatabaseError as exc:
        return [_unreadable(db, exc).message]
    problems = [f"Integrity check: {line}" for line in integrity if line != "ok"]
    problems += _describe_dangling(dangling)
    if revision is None:
        problems.append(f"{db} is empty: ReadingLog creates the library when it opens it.")
    elif revision != HEAD_REVISION:
        newer = revision not in _known_revisions()
        problems.append(
            f"{db} is at database revision {revision}, this ReadingLog expects {HEAD_REVISION}: "
            + ("update ReadingLog." if newer else "run `readinglog db upgrade`.")
        )
    return problems


def migration_engine(db: Path) -> Engine:
    """An engine for migrating: foreign keys off, set on connect, outside any transaction."""
    engine = create_sqlite_engine(db, foreign_keys=False, immediate=True)

    @event.listens_for(engine, "connect")
    def _foreign_keys_off(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # SQLite ignores this pragma inside a transaction, so it must come first.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    return engine


def raise_for_foreign_keys(connection: Connection) -> None:
    """Raise if any row points at a row that does not exist (checked before committing)."""
    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if dangling:
        if len(dangling) == 1:
            [(table, rowid, parent, _)] = dangling
            raise DatabaseError(
                "{table} row {row} points at a missing {parent} row",
                table=table,
                row=rowid,
                parent=parent,
            )
        # Several (rare): the first three listed as `db check` lists them, not translated.
        more = f" (and {len(dangling) - 3} more)" if len(dangling) > 3 else ""
        raise DatabaseError("{rows}", rows=" ".join(_describe_dangling(dangling[:3])) + more)


def _create(db: Path) -> None:
    """Make a new library aside and link it into place only when it is complete, so ``db``
    never holds half a library (a creation killed midway left an empty file behind, which
    the next start would have to refuse). When another ReadingLog created ``db`` meanwhile,
    its library is kept and this one dropped."""
    db.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_creations(db)
    handle, name = tempfile.mkstemp(prefix=f".{db.name}.", suffix=_CREATING, dir=db.parent)
    os.close(handle)
    aside = Path(name)
    try:
        _apply(aside, None, shown=db)
        if current_revision(aside) != HEAD_REVISION:  # never link an empty file into place
            raise DatabaseError("Could not create the library {db}: it came out empty", db=db)
        try:
            os.link(aside, db)
        except FileExistsError:
            pass  # created by another ReadingLog meanwhile: that one is the library
        except OSError:  # a file system without hard links
            if not db.exists():
                aside.replace(db)
        fsync_folder(db.parent)
    finally:
        aside.unlink(missing_ok=True)


def _remove_stale_creations(db: Path) -> None:
    """Remove what creations killed long ago left beside ``db`` (a live one is younger)."""
    cutoff = time.time() - _STALE_CREATION_S
    for leftover in db.parent.glob(f".{glob.escape(db.name)}.*{_CREATING}*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _apply(db: Path, saved: Path | None, shown: Path | None = None) -> None:
    """Run every pending migration in one transaction; on any failure roll all of it back.
    ``shown`` is the path error messages name (``db`` itself unless it is made aside)."""
    from alembic import command

    config = _config()
    db.parent.mkdir(parents=True, exist_ok=True)
    engine = migration_engine(db)
    try:
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            raise_for_foreign_keys(connection)
    except Exception as exc:
        reason: str | DatabaseError = _first_line(exc)
        if isinstance(exc, DatabaseError) and exc.message == reason:
            reason = exc  # our own sentence (a row pointing at nothing): the window translates it
        if saved is None:
            raise DatabaseError(
                "Could not create the library {db}: {reason}", db=shown or db, reason=reason
            ) from exc
        raise DatabaseError(
            "Upgrading {db} failed and it was left as it was ({reason}); "
            "a backup made before trying is at {backup}.",
            db=db,
            reason=reason,
            backup=saved,
        ) from exc
    finally:
        engine.dispose()


def _first_line(exc: BaseException) -> str:
    """What went wrong in one line, without its full stop (it goes inside a sentence)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(".")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    # Config values go through configparser interpolation: a '%' in the path must be doubled.
    config.set_main_option("script_location", str(package_data("migrations")).replace("%", "%%"))
    return config


def _refuse_newer(db: Path, revision: str) -> None:
    if revision not in _known_revisions():
        raise DatabaseError(
            "{db} was written by a newer ReadingLog (database revision {revision}) and was "
            "left untouched; update ReadingLog to open it.",
            db=db,
            revision=revision,
        )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def _read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(db), uri=True, timeout=10)


def _unreadable(db: Path, exc: sqlite3.DatabaseError) -> DatabaseError:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        return DatabaseError("{db} is not a ReadingLog library (not an SQLite database).", db=db)
    return DatabaseError("{db} cannot be read: {error}.", db=db, error=exc)


def _describe_dangling(rows: Iterable[Sequence[Any]]) -> list[str]:
    return [
        f"{table} row {rowid} points at a missing {parent} row." for table, rowid, parent, _ in rows
    ]
