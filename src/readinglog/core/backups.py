"""Backups of the library: copied with SQLite's backup API, verified, copied to a second
folder, and pruned (the folder's names, sidecars and retention: core/backup_store.py).

A backup is written to a temporary name (``.NAME.PID.partial``), checked (integrity check, and
the row count of every table equal to the library's at the moment of the copy, read in the same
read transaction as the copy), described by a small JSON sidecar (``NAME.json``: date, reason,
revision, size, counts), and only then renamed to ``NAME``. Listing reads the sidecars (or
parses the name of a backup that has none), never the backups themselves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import re
import shutil
import sqlite3
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from readinglog.core import migrate
from readinglog.core.backup_store import (
    DAILY,
    DAY,
    GIB,
    MANUAL,
    META_SUFFIX,
    PARTIAL_SUFFIX,
    PRE_ARCHIVE_IMPORT,
    PRE_DELETE,
    PRE_IMPORT,
    PRE_RESTORE,
    PRE_UNDO,
    UPGRADE,
    BackupInfo,
    Policy,
    alive,
    listing,
    meta_json,
    meta_path,
    partial_name,
    plan_prune,
    prune_folder,
    remove_leftovers,
    resolve,
    unused_name,
    write_atomically,
)
from readinglog.core.durable import fsync_file, fsync_folder
from readinglog.core.errors import DatabaseError, Message, Said, UserError
from readinglog.core.types import Progress

T = TypeVar("T")

# Re-exported: callers use this module for the folder's side too.
__all__ = [
    "DAILY",
    "DAY",
    "GIB",
    "MANUAL",
    "META_SUFFIX",
    "PARTIAL_SUFFIX",
    "PRE_ARCHIVE_IMPORT",
    "PRE_DELETE",
    "PRE_IMPORT",
    "PRE_RESTORE",
    "PRE_UNDO",
    "UPGRADE",
    "BackupInfo",
    "Policy",
    "alive",
    "listing",
    "meta_json",
    "meta_path",
    "partial_name",
    "plan_prune",
    "prune_folder",
    "remove_leftovers",
    "resolve",
    "unused_name",
    "write_atomically",
]

SQLITE_HEADER = b"SQLite format 3\x00"
ROOM_MARGIN = 64 * 1024 * 1024  # free space a daily backup leaves at least


@dataclass
class Made:
    """A verified backup, and what went wrong beside it (the second folder) in one line each:
    ``notices`` for the window to translate (``i18n.said``), ``warnings`` the same in English."""

    info: BackupInfo
    notices: list[Message] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)
    reused: bool = False

    @property
    def warnings(self) -> list[str]:
        return [str(notice) for notice in self.notices]


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- making one -----------------------------------------------------------------------------


def make(
    db: Path,
    folder: Path,
    reason: str,
    *,
    policy: Policy | None = None,
    now: dt.datetime | None = None,
    prune: bool = True,
) -> Made:
    """Back ``db`` up into ``folder``, verified; copy it to the policy's second folder; prune.

    An upgrade backup of a file that already has one (same revision, same bytes: an upgrade
    that failed before) is reused instead of written again.
    """
    policy = policy or Policy()
    now = now or now_utc()
    if not db.is_file():
        raise DatabaseError("{db} does not exist, so it cannot be backed up.", db=db)
    revision = migrate.current_revision(db) or "new"
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    fingerprint = ""
    if reason == UPGRADE:
        fingerprint = _fingerprint(db)
        for info in listing(folder, db.stem):
            same = info.revision == revision and info.fingerprint == fingerprint
            if info.reason == UPGRADE and same and now - info.created < DAY * 30:
                return Made(info, reused=True)
    label = re.sub(r"[^\w-]+", "-", f"{reason}-{revision}", flags=re.ASCII).strip("-")
    target = unused_name(folder / f"{db.stem}-{now.strftime('%Y%m%dT%H%M%SZ')}-{label}.sqlite3")
    info = copy_verified(db, target, reason=reason, revision=revision, now=now)
    if fingerprint:
        info = BackupInfo(**{**info.__dict__, "fingerprint": fingerprint})
    _publish(target, info)
    made = Made(info)
    if policy.mirror is not None:
        made.notices += _mirror(info, policy.mirror)
    if prune:
        made.pruned = prune_folder(folder, db.stem, policy, now, keep=info.path)
        if policy.mirror is not None and policy.mirror.is_dir():
            with contextlib.suppress(OSError):
                remove_leftovers(policy.mirror)
                prune_folder(policy.mirror, db.stem, policy, now)
    return made


def copy_verified(
    db: Path, target: Path, *, reason: str, revision: str, now: dt.datetime
) -> BackupInfo:
    """Copy ``db`` to the temporary name of ``target`` with the backup API and verify the copy:
    integrity check, and every table's row count equal to the library's at the moment of the
    copy. The copy stays at its temporary name (``partial_name``) until ``_publish``."""
    partial = partial_name(target)
    try:
        with (
            contextlib.closing(migrate._read_only(db)) as source,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            source.isolation_level = None
            source.execute("BEGIN")  # the counts and the copy read the same snapshot
            counts = table_counts(source)
            source.backup(copy)
            source.execute("COMMIT")
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problem = _verify(copy, counts)
        if problem is not None:
            raise DatabaseError(
                "The backup {backup} of {db} failed its check: {problem}.",
                backup=target,
                db=db,
                problem=problem,
            )
        fsync_file(partial)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            "Could not back up {db} to {backup}: {error}.", db=db, backup=target, error=exc
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(target, now, reason, revision, partial.stat().st_size, counts)


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _verify(copy: sqlite3.Connection, counts: dict[str, int]) -> Message | None:
    """What is wrong with the copy (None when nothing)."""
    integrity = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        return Message("integrity check: {result}", result=integrity[0])
    copied = table_counts(copy)
    if copied != counts:
        differ = sorted(n for n in counts.keys() | copied.keys() if counts.get(n) != copied.get(n))
        table = differ[0]
        return Message(
            "{table} has {copied} rows, the library {held}",
            table=table,
            copied=copied.get(table, 0),
            held=counts.get(table, 0),
        )
    return None


def _publish(target: Path, info: BackupInfo) -> None:
    """The sidecar, then the backup under its final name (so a listed backup is verified)."""
    write_atomically(meta_path(target), json.dumps(meta_json(info), indent=1).encode("utf-8"))
    partial_name(target).replace(target)
    fsync_folder(target.parent)


def copy_out(db: Path, target: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """``db backup --to FILE``: a verified copy at ``target`` (no sidecar; never pruned)."""
    if target.exists():
        raise UserError(
            "{file} already exists; choose another file or remove it first", file=target
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    revision = migrate.current_revision(db) or "new"
    info = copy_verified(db, target, reason=MANUAL, revision=revision, now=now or now_utc())
    partial_name(target).replace(target)
    fsync_folder(target.parent)
    return info


def daily_due(folder: Path, stem: str, now: dt.datetime | None = None) -> bool:
    """Whether the newest daily backup is older than a day (reads only the folder's names)."""
    now = now or now_utc()
    newest = max(
        (info.created for info in listing(folder, stem, read_meta=False) if info.reason == DAILY),
        default=None,
    )
    return newest is None or now - newest >= DAY


def daily_if_due(
    db: Path, folder: Path, policy: Policy | None = None, now: dt.datetime | None = None
) -> Made | None:
    """The once-a-day backup, when it is due and the library holds something."""
    if not db.is_file() or not daily_due(folder, db.stem, now):
        return None
    return _daily(db, folder, policy, now)


def daily_at_open(db: Path, folder: Path, policy: Callable[[], Policy]) -> Made | None:
    """When the library opens: clear what a killed backup or restore left (in ``folder`` and
    beside ``db``), then the once-a-day backup when it is due. Skipped while the disk has no
    room for it (it would take the room the caller's own write needs; the next open tries
    again). ``policy`` is read only when a backup is due."""
    for place in (folder, db.parent):
        remove_leftovers(place)
    if not daily_due(folder, db.stem) or not room_for(db, folder):
        return None
    chosen = policy()
    if not db.is_file():
        return None
    return _daily(db, folder, chosen, None)


def _daily(db: Path, folder: Path, policy: Policy | None, now: dt.datetime | None) -> Made | None:
    if not has_content(db):  # a new, empty library needs no backup
        return None
    return make(db, folder, DAILY, policy=policy, now=now)


def before_change(db: Path, folder: Path, reason: str, *, policy: Policy) -> Made | None:
    """A verified backup of ``db`` before a bulk change (``reason``: PRE_*); None when the
    library holds nothing yet. UserError when it cannot be made."""
    if not db.is_file() or not has_content(db):
        return None
    return _make_before(db, folder, reason, policy)


def _make_before(db: Path, folder: Path, reason: str, policy: Policy) -> Made:
    """``make``, with a failure to write it as one sentence."""
    try:
        return make(db, folder, reason, policy=policy)
    except OSError as exc:
        raise UserError(
            "could not back up {db} before changing it: {error}", db=db, error=exc
        ) from exc


BACKING_UP_FIRST = Message("Backing up the library first…")


def backed_up(
    db: Path,
    folder: Path,
    reason: str,
    job: Generator[Progress, None, T],
    *,
    policy: Policy,
    skip: bool = False,
) -> Generator[Progress, None, T]:
    """``job`` after a verified backup of ``db`` (``before_change``), as one piece of long work;
    ``skip`` (a dry run) goes straight to the job."""
    if not skip and db.is_file() and has_content(db):
        yield Progress(0, None, Said(BACKING_UP_FIRST))
        _make_before(db, folder, reason, policy)
    return (yield from job)


def has_content(db: Path) -> bool:
    """Whether ``db`` holds any entry, note or goal (a new, empty library needs no backup)."""
    try:
        with contextlib.closing(migrate._read_only(db)) as conn:
            for table in ("items", "notes", "goals"):
                try:
                    if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                        return True
                except sqlite3.OperationalError:
                    if table != "goals":  # a library older than 0011 has none
                        raise
    except sqlite3.Error:
        return True  # let the backup itself say what is wrong
    return False


def room_for(db: Path, folder: Path) -> bool:
    """Whether the disk of ``folder`` has room for a backup of ``db`` and then some."""
    try:
        free = shutil.disk_usage(folder if folder.is_dir() else folder.parent).free
        return free >= 2 * db.stat().st_size + ROOM_MARGIN
    except OSError:
        return True  # let the backup itself say what is wrong


def disk_full(error: BaseException) -> bool:
    """Whether ``error`` (or what caused it) says the disk is full."""
    while error is not None:
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        if "disk is full" in str(error) or "No space left" in str(error):
            return True
        error = error.__cause__  # type: ignore[assignment]
    return False


# -- the second folder ----------------------------------------------------------------------


def _mirror(info: BackupInfo, mirror: Path) -> list[Message]:
    """Copy a verified backup to the second folder; a warning (one line) instead of failing."""
    if not mirror.is_dir():
        return [
            Message(
                "the second backup folder {folder} is not there (is the drive connected?)",
                folder=mirror,
            )
        ]
    target = mirror / info.path.name
    partial = partial_name(target)
    try:
        shutil.copyfile(info.path, partial)
        fsync_file(partial)
        write_atomically(meta_path(target), meta_path(info.path).read_bytes())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return [
            Message(
                "could not copy the backup to the second folder {folder}: {error}",
                folder=mirror,
                error=exc.strerror or exc,
            )
        ]
    return []


# -- files ----------------------------------------------------------------------------------


def _fingerprint(db: Path) -> str:
    """The library's bytes (with its -wal), to recognise a file backed up before."""
    digest = hashlib.sha256()
    for path in (db, db.with_name(db.name + "-wal")):
        with contextlib.suppress(FileNotFoundError), path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()
