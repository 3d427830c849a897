"""Backups: verified copies, the schedule (with an injected clock), pruning, the size cap, the
second folder, leftovers of a killed backup, and a failing upgrade that must not pile up."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from readinglog.core import backups, migrate, services
from readinglog.core.backups import DAILY, MANUAL, UPGRADE, BackupInfo, Policy
from readinglog.core.errors import DatabaseError
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from tests.core.migration_helpers import upgrade_to

T0 = dt.datetime(2026, 1, 1, 3, 0, tzinfo=dt.UTC)
MIB = 1024 * 1024


def _info(created: dt.datetime, reason: str = DAILY, size: int = MIB, revision: str = "r") -> Any:
    name = f"library-{created:%Y%m%dT%H%M%SZ}-{reason}-0006_x.sqlite3"
    return BackupInfo(Path(name), created, reason, revision, size, {"items": 1})


def _kept(infos: list[BackupInfo], policy: Policy, now: dt.datetime) -> list[BackupInfo]:
    gone = backups.plan_prune(infos, policy, now)
    return [i for i in infos if i not in gone]


@pytest.fixture
def db(library: Library) -> Path:
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "三体")
        services.add_item(s, ItemKind.BOOK, "Dune")
    return library.paths.database


def test_a_backup_is_verified_and_described_by_its_sidecar(db: Path, tmp_path: Path) -> None:
    made = backups.make(db, tmp_path / "b", MANUAL, now=T0)
    info = made.info
    assert info.path.is_file() and backups.meta_path(info.path).is_file()
    assert info.entries == 2 and info.notes == 0 and info.revision == migrate.HEAD_REVISION
    [listed] = backups.listing(tmp_path / "b")
    assert listed == info and listed.size == info.path.stat().st_size
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        titles = {title for (title,) in conn.execute("SELECT title FROM items")}
    assert titles == {"三体", "Dune"}
    assert [p.name for p in (tmp_path / "b").iterdir() if p.name.startswith(".")] == []


class _Damaging:
    """A read-only connection whose backup() damages the copy it made."""

    def __init__(self, real: sqlite3.Connection, damage: str) -> None:
        self._real, self._damage = real, damage

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def backup(self, target: sqlite3.Connection) -> None:
        self._real.backup(target)
        if self._damage == "rows":
            target.execute("DELETE FROM items WHERE title = 'Dune'")
            target.commit()
            return
        [(path,)] = [row[2:] for row in target.execute("PRAGMA database_list")]
        with Path(path).open("r+b") as f:  # garbage over the items table's pages
            page = 4096
            f.seek(page * 2)
            f.write(os.urandom(page * 6))
            f.seek(24)  # bump the change counter: the copy's cache is read again
            f.write((999).to_bytes(4, "big"))

    def close(self) -> None:
        self._real.close()


@pytest.mark.parametrize("damage", ["rows", "bytes"])
def test_verification_catches_a_damaged_copy_and_keeps_nothing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    real = migrate._read_only
    monkeypatch.setattr(migrate, "_read_only", lambda path: _Damaging(real(path), damage))
    folder = tmp_path / "b"
    with pytest.raises(DatabaseError, match=r"failed its check|Could not back up"):
        backups.make(db, folder, MANUAL, now=T0)
    assert list(folder.iterdir()) == []


def test_the_schedule_keeps_7_daily_4_weekly_12_monthly() -> None:
    infos = [_info(T0 + dt.timedelta(days=d)) for d in range(500)]
    now = T0 + dt.timedelta(days=499, hours=1)
    kept = _kept(infos, Policy(size_cap=10**12), now)
    dates = sorted(i.created.date() for i in kept)
    assert dates[-7:] == [(now - dt.timedelta(days=d)).date() for d in range(6, -1, -1)]
    weeks = {i.created.isocalendar()[:2] for i in kept}
    months = {(i.created.year, i.created.month) for i in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    # Promotion: each month's newest daily stays as the days go by (but the oldest month's).
    tomorrow = now + dt.timedelta(days=1)
    later = _kept([*kept, _info(tomorrow)], Policy(size_cap=10**12), tomorrow)
    monthly = {}
    for info in sorted(kept, key=lambda i: i.created):
        monthly[(info.created.year, info.created.month)] = info
    oldest_month = min(monthly)
    assert all(info in later for month, info in monthly.items() if month != oldest_month)


def test_pre_change_backups_stay_30_days_and_manual_ones_stay() -> None:
    now = T0 + dt.timedelta(days=100)
    young = _info(now - dt.timedelta(days=29), "pre-import")
    old = _info(now - dt.timedelta(days=31), "pre-restore")
    manual = _info(now - dt.timedelta(days=90), MANUAL)
    newest = _info(now - dt.timedelta(hours=1))
    assert _kept([young, old, manual, newest], Policy(), now) == [young, manual, newest]


def test_only_two_upgrade_backups_per_revision_are_kept() -> None:
    now = T0 + dt.timedelta(days=3)
    ups = [_info(T0 + dt.timedelta(hours=h), UPGRADE, revision="0001") for h in range(5)]
    other = _info(T0, UPGRADE, revision="0005")
    kept = _kept([*ups, other], Policy(), now)
    assert sorted(kept, key=lambda i: i.created) == [other, ups[3], ups[4]]


def test_the_size_cap_drops_the_oldest_but_never_the_newest() -> None:
    now = T0 + dt.timedelta(days=5)
    infos = [_info(T0 + dt.timedelta(days=d), size=100 * MIB) for d in range(6)]
    kept = _kept(infos, Policy(size_cap=250 * MIB), now)
    assert kept == infos[-2:]
    huge = [_info(T0, size=10 * MIB), _info(T0 + dt.timedelta(days=1), size=900 * MIB)]
    assert _kept(huge, Policy(size_cap=100 * MIB), now) == huge[1:]


def test_daily_backups_on_a_clock_are_made_once_a_day_and_pruned(db: Path, tmp_path: Path) -> None:
    folder, mirror = tmp_path / "b", tmp_path / "usb"
    mirror.mkdir()
    made = []
    for hours in range(0, 24 * 40, 6):  # opened four times a day for forty days
        now = T0 + dt.timedelta(hours=hours)
        result = backups.daily_if_due(db, folder, Policy(mirror=mirror), now)
        if result is not None:
            made.append(result.info)
    assert len(made) == 40
    listed = backups.listing(folder)
    assert (
        len(listed)
        == len(list(folder.glob("*.sqlite3")))
        == len(list(folder.glob("*.sqlite3.json")))
    )
    assert 7 < len(listed) <= 7 + 4 + 12
    assert listed[0] == made[-1]
    # The second folder is pruned by the same rules.
    assert [i.path.name for i in backups.listing(mirror)] == [i.path.name for i in listed]


def test_an_empty_library_gets_no_daily_backup(library: Library, tmp_path: Path) -> None:
    assert backups.daily_if_due(library.paths.database, tmp_path / "b", now=T0) is None
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").iterdir()) == []


def test_leftovers_of_a_killed_backup_are_removed_at_the_next_one(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    dead = folder / ".library-20260101T000000Z-daily-0006_x.sqlite3.999999999.partial"
    dead.write_bytes(b"half a backup")
    mine = backups.partial_name(folder / "library-20260101T000000Z-daily-0006_x.sqlite3")
    mine.write_bytes(b"this process is still writing it")
    orphan = folder / "library-20250101T000000Z-daily-0006_x.sqlite3.json"
    orphan.write_text("{}")
    backups.make(db, folder, MANUAL, now=T0)
    assert not dead.exists() and not orphan.exists() and mine.exists()


def test_the_second_folder_gets_a_copy_and_a_missing_one_is_a_warning(
    db: Path, tmp_path: Path
) -> None:
    mirror = tmp_path / "usb"
    missing = backups.make(db, tmp_path / "b", MANUAL, policy=Policy(mirror=mirror), now=T0)
    assert missing.info.path.is_file()
    assert len(missing.warnings) == 1 and str(mirror) in missing.warnings[0]
    mirror.mkdir()
    made = backups.make(db, tmp_path / "b", DAILY, policy=Policy(mirror=mirror), now=T0)
    assert made.warnings == []
    [copied] = backups.listing(mirror)
    assert copied.path.read_bytes() == made.info.path.read_bytes()
    assert copied.entries == 2
    mirror.chmod(0o500)
    try:
        if os.access(mirror, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        later = T0 + dt.timedelta(days=1)
        unwritable = backups.make(
            db, tmp_path / "b", DAILY, policy=Policy(mirror=mirror), now=later
        )
        assert unwritable.info.path.is_file() and len(unwritable.warnings) == 1
    finally:
        mirror.chmod(0o700)


def _at_first_revision_with_a_dangling_row(path: Path) -> Path:
    upgrade_to(path, "0001_initial")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("INSERT INTO sessions (id, item_id) VALUES (9, 999)")  # upgrade refuses it
        conn.commit()
    return path


def test_a_failing_upgrade_does_not_write_a_backup_on_every_launch(tmp_path: Path) -> None:
    db = _at_first_revision_with_a_dangling_row(tmp_path / "library.sqlite3")
    folder = tmp_path / "backups"
    for _launch in range(4):
        with pytest.raises(DatabaseError, match="points at a missing items row"):
            migrate.open_database(db, folder)
    [saved] = folder.glob("*.sqlite3")
    assert saved.name.endswith("-upgrade-0001_initial.sqlite3")
