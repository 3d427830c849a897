"""The backups folder: names, sidecars, listing, retention and leftovers (no SQLite here).

A backup ``NAME`` (``<library>-<UTC time>-<reason>-<revision>.sqlite3``) has a sidecar
``NAME.json`` (date, reason, revision, size, row counts) written before it gets its name, so a
listed backup with a sidecar is a verified one. Half-written files are ``.NAME.PID.partial``.

Retention (``plan_prune``): the newest backup is always kept; daily backups are kept 7 days,
then one a week for 4 weeks and one a month for 12 months (the newest daily of each); backups
made before a bulk change are kept 30 days, upgrade ones at most two per revision; manual ones
until the size cap needs their room. Over the cap, the oldest go first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readinglog.core.errors import UserError

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
GIB = 1024**3
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
            created=self.created,  # printed as every timestamp is: RFC 3339, to the second
            reason=self.reason,
            revision=self.revision,
            size=self.size,
            entries=self.entries,
            notes=self.notes,
            verified=self.verified,
        )
        return data


def listing(folder: Path, stem: str | None = None, *, read_meta: bool = True) -> list[BackupInfo]:
    """The backups in ``folder`` (of the library named ``stem``), newest first."""
    found: list[BackupInfo] = []
    for path in _entries(folder):
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        info = load_meta(path) if read_meta else None
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
    paths = _entries(folder)
    names = {path.name for path in paths}
    for path in paths:
        partial = _PARTIAL.match(path.name)
        gone = partial is not None and not alive(int(partial["pid"]))
        if gone or _orphan(path, names):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _orphan(path: Path, names: set[str]) -> bool:
    """A backup's sidecar without its backup. The folder's ``names`` spare a look-up per
    sidecar (this runs at every open); a backup not among them is looked up, since another
    process may have just published it (its sidecar is written first)."""
    backup = path.with_suffix("")
    if not path.name.endswith(".sqlite3" + META_SUFFIX) or backup.name in names:
        return False
    return _NAME.match(backup.name) is not None and not backup.exists()


def _entries(folder: Path) -> list[Path]:
    """What ``folder`` holds (nothing when it cannot be read)."""
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def resolve(folder: Path, stem: str, choice: str) -> Path:
    """A backup named by its number in ``listing`` (1 is the newest) or by its file."""
    if choice.isdigit():
        infos = listing(folder, stem)
        number = int(choice)
        if not 1 <= number <= len(infos):
            raise UserError(
                "there is no backup number {number} (see readinglog db backups)", number=number
            )
        return infos[number - 1].path
    return Path(choice).expanduser()


def meta_path(backup: Path) -> Path:
    return backup.with_name(backup.name + META_SUFFIX)


def partial_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def meta_json(info: BackupInfo) -> dict[str, Any]:
    return {
        "format": 1,
        "created": info.created.isoformat(),
        "reason": info.reason,
        "revision": info.revision,
        "size": info.size,
        "counts": info.counts,
        "fingerprint": info.fingerprint,
    }


def load_meta(path: Path) -> BackupInfo | None:
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


def write_atomically(path: Path, data: bytes) -> None:
    partial = partial_name(path)
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def alive(pid: int) -> bool:
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


def unused_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_stem(f"{path.stem}-{n}")
        n += 1
    return candidate
