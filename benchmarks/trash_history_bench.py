"""The trash and note history: what a delete, a restore, the purge at open and autosave cost;
prints one JSON object.

    .venv/bin/python benchmarks/trash_history_bench.py [--linked-notes 200] [--trashed 1000]

* ``trash_entry_ms`` / ``restore_entry_ms``: moving an entry with ``--linked-notes`` notes
  linked to it (and 2 tags) to the trash, and back, one transaction each.
* ``expired_check_ms``: what every open pays when nothing in the trash is over 30 days old
  (one indexed read); ``purge_ms``: the purge at open with ``--trashed`` expired rows in the
  trash (bounded to ``trash.PURGE_LIMIT`` rows per open), ``purged`` how many it removed.
* ``autosaves`` / ``versions``: a note typed in three 50-minute bursts, saved every 2 s (the
  window's autosave) with 10-minute pauses between them, on an injected clock: how many saves,
  and how many versions the history kept. ``edit_ms_median``: one autosave's transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path

from readinglog import paths
from readinglog.core import history, notes, services, trash
from readinglog.core.library import Library
from readinglog.core.models import Note
from readinglog.core.types import ItemKind


def _ms(start: float) -> float:
    return round(1000 * (time.perf_counter() - start), 2)


def trash_and_restore(lib: Library, linked: int) -> dict[str, float]:
    with lib.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "Big book 大书", tags=["a", "历史"]).created
        assert item is not None
        for i in range(linked):
            notes.add_note(s, f"note {i} 笔记", item_ids=[item])
    start = time.perf_counter()
    with lib.sessions.begin() as s:
        trash_id = trash.trash_item(s, item).trash_id
    trashed = _ms(start)
    start = time.perf_counter()
    with lib.sessions.begin() as s:
        trash.restore(s, trash_id)
    return {"trash_entry_ms": trashed, "restore_entry_ms": _ms(start)}


def purge(lib: Library, count: int) -> dict[str, float]:
    start = time.perf_counter()
    with lib.sessions() as s:
        trash.has_expired(s)
    check = _ms(start)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with lib.sessions.begin() as s:
        ids = [services.add_item(s, ItemKind.ARTICLE, f"a{i}").created for i in range(count)]
        for item_id in ids:
            assert item_id is not None
            trash.trash_item(s, item_id, now=old)
    before = _count(lib)
    start = time.perf_counter()
    lib.purge_trash()
    return {"expired_check_ms": check, "purge_ms": _ms(start), "purged": before - _count(lib)}


def _count(lib: Library) -> int:
    with lib.sessions() as s:
        return trash.count(s)


def autosave(lib: Library) -> dict[str, float]:
    with lib.sessions.begin() as s:
        note_id = notes.add_note(s, "x").created
        assert note_id is not None
        note = s.get(Note, note_id)
        assert note is not None
        t0 = note.created_at
    at, body, timings = t0, "x", []
    for _burst in range(3):
        for _save in range(50 * 30):
            at += dt.timedelta(seconds=2)
            body += "字"
            start = time.perf_counter()
            with lib.sessions.begin() as s:
                notes.edit_note(s, note_id, body=body, now=at)
            timings.append(time.perf_counter() - start)
        at += dt.timedelta(minutes=10)
    with lib.sessions() as s:
        versions = len(history.note_history(s, note_id))
    return {
        "autosaves": len(timings),
        "versions": versions,
        "edit_ms_median": round(1000 * statistics.median(timings), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--linked-notes", type=int, default=200)
    parser.add_argument("--trashed", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Library.open(paths.in_home(Path(folder))) as lib:
        result = {
            **trash_and_restore(lib, args.linked_notes),
            **purge(lib, args.trashed),
            **autosave(lib),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
