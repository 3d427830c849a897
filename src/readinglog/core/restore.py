"""Put a backup back in place of the library.

The backup is checked first (an SQLite file, a ReadingLog library, a revision this version
knows, a clean integrity check): a refused file leaves the library exactly as it was. Then the
library is backed up ("pre-restore"), the backup is copied beside it with the backup API,
verified and fsynced, the library's write-ahead log is checkpointed away, and the copy replaces
the library in one ``os.replace``. Nothing may hold the library open meanwhile. An older
revision is upgraded by the next open; the search index is the caller's to rebuild.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from readinglog.core import backups, migrate
from readinglog.core.backups import BackupInfo, Policy
from readinglog.core.durable import fsync_folder
from readinglog.core.errors import DatabaseError, UserError

# The command line's own refusals end with it; the sentences here spell it out (a template is
# one literal string, translated whole).
UNCHANGED = "the library was not changed"


@dataclass(frozen=True)
class Checked:
    path: Path
    revision: str
    counts: dict[str, int]

    @property
    def entries(self) -> int:
        return self.counts.get("items", 0)

    @property
    def notes(self) -> int:
        return self.counts.get("notes", 0)


@dataclass(frozen=True)
class Restored:
    source: Checked
    saved: BackupInfo | None  # the library as it was, backed up first (None: there was none)
    older: bool  # the backup is at an older revision: the next open upgrades it


def check(path: Path) -> Checked:
    """What ``path`` holds, or a UserError in one sentence when it cannot be restored."""
    if not path.is_file():
        raise UserError(
            "{path} does not exist or is not a file; the library was not changed", path=path
        )
    if path.stat().st_size == 0:
        raise UserError(
            "{path} is empty (0 bytes), not a ReadingLog backup; the library was not changed",
            path=path,
        )
    with path.open("rb") as f:
        if f.read(len(backups.SQLITE_HEADER)) != backups.SQLITE_HEADER:
            raise UserError(
                "{path} is not a ReadingLog backup (not an SQLite database); "
                "the library was not changed",
                path=path,
            )
    try:
        revision = migrate.current_revision(path)
        if revision is None:
            raise UserError(
                "{path} is not a ReadingLog library (it has no tables); "
                "the library was not changed",
                path=path,
            )
        if revision not in migrate._known_revisions():
            raise UserError(
                "{path} was written by a newer ReadingLog (database revision {revision}); "
                "update ReadingLog to restore it; the library was not changed",
                path=path,
                revision=revision,
            )
        with contextlib.closing(migrate._read_only(path)) as conn:
            integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                raise _damaged(path, integrity[0])
            counts = backups.table_counts(conn)
    except DatabaseError as exc:
        if "not a ReadingLog library" in exc.message:
            raise _not_a_library(path, exc) from exc
        raise _damaged(path, exc.message) from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    return Checked(path, revision, counts)


def restore(
    source: Path,
    db: Path,
    folder: Path,
    *,
    policy: Policy | None = None,
    now: dt.datetime | None = None,
    checked: Checked | None = None,
    before_swap: Callable[[], object] | None = None,
) -> Restored:
    """Replace ``db`` by the backup ``source`` (see the module's docstring); ``checked`` is
    what ``check(source)`` said just before (else it is checked here). ``before_swap`` runs
    just before the swap: what is derived from the library (the search index) is marked stale
    there, so a restore killed after the swap is rebuilt from the right library."""
    checked = checked if checked is not None and checked.path == source else check(source)
    if db.exists() and source.resolve() == db.resolve():
        raise UserError("{path} is the library itself; the library was not changed", path=source)
    if not os.access(db.parent, os.W_OK) or (db.exists() and not os.access(db, os.W_OK)):
        raise UserError("{db} cannot be written (read-only); the library was not changed", db=db)
    now = now or backups.now_utc()
    saved = None
    if db.is_file() and db.stat().st_size > 0:
        saved = backups.make(db, folder, backups.PRE_RESTORE, policy=policy, now=now, prune=False)
    backups.remove_leftovers(db.parent)  # a restore killed before its swap
    staged = backups.partial_name(db)
    try:
        copy = backups.copy_verified(
            source, db, reason="restore", revision=checked.revision, now=now
        )
        if copy.counts != checked.counts:
            raise DatabaseError("The copy of {path} does not hold the rows it holds.", path=source)
        _checkpoint_away(db)
        if before_swap is not None:
            before_swap()
        staged.replace(db)
        fsync_folder(db.parent)
    finally:
        staged.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        backups.prune_folder(folder, db.stem, policy or Policy(), now)
    older = checked.revision != migrate.HEAD_REVISION
    return Restored(checked, None if saved is None else saved.info, older)


def _checkpoint_away(db: Path) -> None:
    """Fold the library's -wal into it and remove the -wal and -shm files, so that none of
    them is applied to the file that replaces it. Refused while something holds it open."""
    wal, shm = (db.with_name(db.name + suffix) for suffix in ("-wal", "-shm"))
    if db.is_file() and (wal.exists() or shm.exists()):
        try:
            with contextlib.closing(sqlite3.connect(db, timeout=10)) as conn:
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            raise DatabaseError(
                "Could not restore over {db}: {error}; the library was not changed.",
                db=db,
                error=exc,
            ) from exc
        if busy or (wal.exists() and wal.stat().st_size > 0):
            raise _in_use(db)
    for path in (wal, shm):
        path.unlink(missing_ok=True)


def _in_use(db: Path) -> UserError:
    return UserError(
        "{db} is in use by another ReadingLog; close it and restore again; "
        "the library was not changed",
        db=db,
    )


def _damaged(path: Path, problem: str) -> UserError:
    """``problem``: SQLite's words (an integrity check's first line), or a DatabaseError's."""
    return UserError(
        "{path} is damaged ({problem}) and cannot be restored; the library was not changed",
        path=path,
        problem=problem.strip().rstrip("."),
    )


def _not_a_library(path: Path, exc: DatabaseError) -> UserError:
    """migrate's refusal of a file that is no library, as a restore says it."""
    if "(not an SQLite database)" in exc.message:
        return UserError(
            "{path} is not a ReadingLog library (not an SQLite database); "
            "the library was not changed",
            path=path,
        )
    return UserError("{path} is not a ReadingLog library; the library was not changed", path=path)
