"""Backups on a large library; prints one JSON object.

    .venv/bin/python benchmarks/backup_bench.py [--entries 20000] [--notes 20000] [--backups 30]

* ``library_mb``: the library's size once built (entries and notes through the services).
* ``backup_s``: one verified backup (backup API copy, integrity check, row counts, sidecar,
  fsync, pruning); ``backup_mb`` its size.
* ``daily_check_ms``: what every CLI command pays when the library opens and no daily backup is
  due (remove leftovers in two folders, list the backups folder's names), with ``--backups``
  backups in the folder; ``listing_ms``: ``db backups``' reading of their sidecars.
* ``other_thread_worst_gap_ms``: while a backup runs on a worker thread (as the window runs its
  daily one), the longest a 5 ms sleep loop on the main thread waited (the GIL held by the
  backup; SQLite's copy and checks release it). The loop alone: ``idle_worst_gap_ms``.
* ``restore_s``: ``restore.restore`` of the first backup (check with its integrity check, a
  pre-restore backup, the verified copy, the swap), without the index rebuild.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from readinglog import paths
from readinglog.core import backups, notes, restore, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind

TEXT = "读书笔记：想象的共同体与民族主义的起源。Imagined communities and print capitalism. " * 8


def build(home: Path, entries: int, note_count: int) -> None:
    with Library.open(paths.in_home(home)) as lib:
        for start in range(0, max(entries, note_count), 1000):
            with lib.sessions.begin() as s:
                for i in range(start, min(start + 1000, entries)):
                    services.add_item(s, ItemKind.BOOK, f"Entry {i:06d} 第{i}本书")
                for i in range(start, min(start + 1000, note_count)):
                    notes.add_note(s, f"{i} {TEXT}", title=f"Note {i}")


def timed(call: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def worst_gap(work: Any) -> float:
    """The longest gap of a 5 ms sleep loop on this thread while ``work`` runs on another."""
    thread = threading.Thread(target=work)
    thread.start()
    last, worst = time.perf_counter(), 0.0
    while thread.is_alive():
        time.sleep(0.005)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    thread.join()
    return round(worst * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--backups", type=int, default=30)
    args = parser.parse_args()
    sys.setswitchinterval(0.001)  # as the window sets it (app.GIL_SWITCH_INTERVAL_S)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        build(home, args.entries, args.notes)
        app = paths.in_home(home)
        db, folder = app.database, app.backups
        result: dict[str, Any] = {"entries": args.entries, "notes": args.notes}
        result["library_mb"] = round(db.stat().st_size / 2**20, 1)
        seconds, made = timed(lambda: backups.make(db, folder, backups.MANUAL))
        result["backup_s"] = round(seconds, 3)
        result["backup_mb"] = round(made.info.size / 2**20, 1)
        first = made.info.path
        result["idle_worst_gap_ms"] = worst_gap(lambda: time.sleep(1.0))
        result["other_thread_worst_gap_ms"] = worst_gap(
            lambda: backups.make(db, folder, backups.DAILY, prune=False)
        )
        now = backups.now_utc()
        for n in range(args.backups - 1):  # sidecars and names as the schedule leaves them
            when = now - dt.timedelta(days=n)  # the newest: today's, so none is due
            target = folder / f"library-{when:%Y%m%dT%H%M%SZ}-daily-0001_x.sqlite3"
            target.write_bytes(b"")
            info = backups.BackupInfo(target, when, backups.DAILY, "0001_x", 1, {"items": 1})
            backups.meta_path(target).write_text(json.dumps(backups.meta_json(info)))

        def daily_check() -> None:
            made = backups.daily_at_open(db, folder, backups.Policy)
            assert made is None, "the check is timed when no daily backup is due"

        checks = [timed(daily_check)[0] for _ in range(20)]
        result["daily_check_ms"] = round(statistics.median(checks) * 1000, 2)
        listings = [timed(lambda: backups.listing(folder, "library"))[0] for _ in range(20)]
        result["listing_ms"] = round(statistics.median(listings) * 1000, 2)
        seconds, _ = timed(lambda: restore.restore(first, db, folder))
        result["restore_s"] = round(seconds, 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
