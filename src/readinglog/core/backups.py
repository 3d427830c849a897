"""Backups of the library: copied with SQLite's backup API, verified, listed, kept on a
schedule and pruned.

A backup is written to a temporary name (``.NAME.PID.partial``), checked (integrity check, and
the row count of every table equal to the library's at the moment of the copy, read in the same
read transaction as the copy), described by a small JSON sidecar (``NAME.json``: date, reason,
revision, size, counts), and only then renamed to ``NAME``. Listing reads the sidecars (or
parses the name of a backup that has none), never the backups themselves.

Retention (``plan_prune``): the newest backup is always kept; daily backups are kept 7 days,
then one a week for 4 weeks and one a month for 12 months (the newest daily of each); backups
made before a bulk change are kept 30 days, upgrade ones at most two per revision; manual ones
until the size cap needs their room. Over the cap, the oldest go first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readinglog.core import migrate
from readinglog.core.errors import DatabaseError, UserError

DAILY = "daily"
MANUAL = "manual"
UPGRADE = "upgrade"  # the name migrate has always used for a pre-upgrade backup
# Backups made before a bulk change (the reason names the change).
PRE_IMPORT = "pre-import"
PRE_UNDO = "pre-import-undo"
PRE_ARCHIVE_IMPORT = "pre-archive-import"
PRE_DELETE = "pre-bulk-delete"
PRE_RESTORE = "pre-restore"
DAY = dt.timedelta(days=1)
META_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
SQLITE_HEADER = b"SQLite format 3\x00"
GIB = 1024**3
ROOM_MARGIN = 64 * 1024 * 1024  # free space a daily backup leaves at least
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z-]*?)-"
    r"(?P<revision>\d{4}_\w+|new)(?:-\d+)?\.sqlite3$"
)
_PARTIAL = re.compile(r"^\..+\.(?P<pid>\d+)\.partial$")


@dataclass(frozen=True)
class Policy:
    """How many backups to keep, and where else to copy them."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    pre_change_days: int = 30
    upgrades_per_revision: int = 2
    size_cap: int = 2 * GIB  # bytes; the newest backup is kept even when it alone is over
    mirror: Path | None = None  # a second folder (a synced or external drive)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    reason: str
    revision: str
    size: int
    counts: dict[str, int] | None = None  # rows per table when verified (None: unknown)
    fingerprint: str = ""  # of the library file, for upgrade backups

    @property
    def verified(self) -> bool:
        return self.counts is not None

    @property
    def entries(self) -> int | None:
        return None if self.counts is None else self.counts.get("items", 0)

    @property
    def notes(self) -> int | None:
        return None if self.counts is None else self.counts.get("notes", 0)

    @property
    def kind(self) -> str:
        """daily, manual or pre-change."""
        return self.reason if self.reason in (DAILY, MANUAL) else "pre-change"

    def to_json(self, number: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {} if number is None else {"number": number}
        data.update(
            path=str(self.path),
            created=self.created.isoformat(),
            reason=self.reason,
            revision=self.revision,
            size=self.size,
            entries=self.entries,
            notes=self.notes,
            verified=self.verified,
        )
        return data


@dataclass
class Made:
    """A verified backup, and what went wrong beside it (the second folder) in one line each."""

    info: BackupInfo
    warnings: list[str] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)
    reused: bool = False


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
        raise DatabaseError(f"{db} does not exist, so it cannot be backed up.")
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
    target = _unused(folder / f"{db.stem}-{now.strftime('%Y%m%dT%H%M%SZ')}-{label}.sqlite3")
    info = copy_verified(db, target, reason=reason, revision=revision, now=now)
    if fingerprint:
        info = BackupInfo(**{**info.__dict__, "fingerprint": fingerprint})
    _publish(target, info)
    made = Made(info)
    if policy.mirror is not None:
        made.warnings += _mirror(info, policy.mirror)
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
        if problem:
            raise DatabaseError(f"The backup {target} of {db} failed its check: {problem}.")
        _fsync(partial)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Could not back up {db} to {target}: {exc}.") from exc
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


def _verify(copy: sqlite3.Connection, counts: dict[str, int]) -> str:
    """What is wrong with the copy ("" when nothing)."""
    integrity = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        return f"integrity check: {integrity[0]}"
    copied = table_counts(copy)
    if copied != counts:
        differ = sorted(n for n in counts.keys() | copied.keys() if counts.get(n) != copied.get(n))
        table = differ[0]
        return f"{table} has {copied.get(table, 0)} rows, the library {counts.get(table, 0)}"
    return ""


def _publish(target: Path, info: BackupInfo) -> None:
    """The sidecar, then the backup under its final name (so a listed backup is verified)."""
    _write_atomically(meta_path(target), json.dumps(_meta(info), indent=1).encode("utf-8"))
    partial_name(target).replace(target)
    _fsync_folder(target.parent)


def copy_out(db: Path, target: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """``db backup --to FILE``: a verified copy at ``target`` (no sidecar; never pruned)."""
    if target.exists():
        raise UserError(f"{target} already exists; choose another file or remove it first")
    target.parent.mkdir(parents=True, exist_ok=True)
    revision = migrate.current_revision(db) or "new"
    info = copy_verified(db, target, reason=MANUAL, revision=revision, now=now or now_utc())
    partial_name(target).replace(target)
    _fsync_folder(target.parent)
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
    if not has_content(db):
        return None
    return make(db, folder, DAILY, policy=policy, now=now)


def has_content(db: Path) -> bool:
    """Whether ``db`` holds any entry or note (a new, empty library needs no backup)."""
    try:
        with contextlib.closing(migrate._read_only(db)) as conn:
            for table in ("items", "notes"):
                if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                    return True
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


# -- listing and pruning --------------------------------------------------------------------


def listing(folder: Path, stem: str | None = None, *, read_meta: bool = True) -> list[BackupInfo]:
    """The backups in ``folder`` (of the library named ``stem``), newest first."""
    found: list[BackupInfo] = []
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    for path in paths:
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        info = _read_meta(path) if read_meta else None
        if info is None:
            try:
                size = path.stat().st_size if read_meta else 0
            except OSError:
                continue
            created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
            info = BackupInfo(path, created, match["reason"], match["revision"], size)
        found.append(info)
    found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return found


def plan_prune(infos: Iterable[BackupInfo], policy: Policy, now: dt.datetime) -> list[BackupInfo]:
    """The backups the schedule and the size cap no longer keep (pure: for tests and both
    folders). The newest backup is always kept."""
    ordered = sorted(infos, key=lambda i: (i.created, i.path.name), reverse=True)
    if not ordered:
        return []
    keep: list[BackupInfo] = [ordered[0]]
    dailies = [i for i in ordered if i.reason == DAILY]
    buckets: tuple[tuple[int, Callable[[dt.datetime], object]], ...] = (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket in buckets:
        seen: set[object] = set()
        for info in dailies:
            key = bucket(info.created)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.append(info)
    upgrades: dict[str, int] = {}
    for info in ordered:
        if info.reason == MANUAL:
            keep.append(info)
        elif info.kind == "pre-change" and now - info.created <= DAY * policy.pre_change_days:
            if info.reason == UPGRADE:
                upgrades[info.revision] = upgrades.get(info.revision, 0) + 1
                if upgrades[info.revision] > policy.upgrades_per_revision:
                    continue
            keep.append(info)
    kept = [i for i in ordered if any(i is k for k in keep)]
    total = sum(i.size for i in kept)
    for info in reversed(kept[1:]):  # over the cap: the oldest first, never the newest
        if total <= policy.size_cap:
            break
        kept.remove(info)
        total -= info.size
    return [i for i in ordered if not any(i is k for k in kept)]


def prune_folder(
    folder: Path, stem: str, policy: Policy, now: dt.datetime, keep: Path | None = None
) -> list[Path]:
    """Delete what ``plan_prune`` no longer keeps (and its sidecar); the paths deleted."""
    removed = []
    for info in plan_prune(listing(folder, stem), policy, now):
        if info.path == keep:
            continue
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
        meta_path(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def remove_leftovers(folder: Path) -> list[Path]:
    """Half-written backups of a process that is gone (killed mid-copy), and sidecars whose
    backup is missing."""
    removed = []
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    for path in paths:
        partial = _PARTIAL.match(path.name)
        orphan = path.name.endswith(".sqlite3" + META_SUFFIX) and not path.with_suffix("").exists()
        gone = partial is not None and not _alive(int(partial["pid"]))
        if gone or (orphan and _NAME.match(path.with_suffix("").name)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def resolve(folder: Path, stem: str, choice: str) -> Path:
    """A backup named by its number in ``listing`` (1 is the newest) or by its file."""
    if choice.isdigit():
        infos = listing(folder, stem)
        number = int(choice)
        if not 1 <= number <= len(infos):
            raise UserError(f"there is no backup number {number} (see readinglog db backups)")
        return infos[number - 1].path
    return Path(choice).expanduser()


def meta_path(backup: Path) -> Path:
    return backup.with_name(backup.name + META_SUFFIX)


def partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


# -- the second folder ----------------------------------------------------------------------


def _mirror(info: BackupInfo, mirror: Path) -> list[str]:
    """Copy a verified backup to the second folder; a warning (one line) instead of failing."""
    if not mirror.is_dir():
        return [f"the second backup folder {mirror} is not there (is the drive connected?)"]
    target = mirror / info.path.name
    partial = partial_name(target)
    try:
        shutil.copyfile(info.path, partial)
        _fsync(partial)
        _write_atomically(meta_path(target), meta_path(info.path).read_bytes())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return [f"could not copy the backup to the second folder {mirror}: {exc.strerror or exc}"]
    return []


# -- files ----------------------------------------------------------------------------------


def _meta(info: BackupInfo) -> dict[str, Any]:
    return {
        "format": 1,
        "created": info.created.isoformat(),
        "reason": info.reason,
        "revision": info.revision,
        "size": info.size,
        "counts": info.counts,
        "fingerprint": info.fingerprint,
    }


def _read_meta(path: Path) -> BackupInfo | None:
    try:
        data = json.loads(meta_path(path).read_text(encoding="utf-8"))
        counts = {str(k): int(v) for k, v in data["counts"].items()}
        created = dt.datetime.fromisoformat(data["created"]).astimezone(dt.UTC)
        return BackupInfo(
            path,
            created,
            str(data["reason"]),
            str(data["revision"]),
            int(data["size"]),
            counts,
            str(data.get("fingerprint", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _fingerprint(db: Path) -> str:
    """The library's bytes (with its -wal), to recognise a file backed up before."""
    digest = hashlib.sha256()
    for path in (db, db.with_name(db.name + "-wal")):
        with contextlib.suppress(FileNotFoundError), path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    partial = partial_name(path)
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # a leftover from an earlier run (Windows reuses ids rarely enough)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _unused(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_stem(f"{path.stem}-{n}")
        n += 1
    return candidate
