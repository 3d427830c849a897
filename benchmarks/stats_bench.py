"""How long the statistics take: ``stats.compute.figures()`` for one year and for all time.

    .venv/bin/python benchmarks/stats_bench.py [--sizes 10000 100000] [--runs 5] [--seed 1]
    .venv/bin/python benchmarks/stats_bench.py --sizes 100000 --keep DIR  # kept in DIR/100000
    .venv/bin/python benchmarks/stats_bench.py --sizes 100000 --reuse DIR # measured again

For each size a library is made in a temp folder (bulk inserts through SQLAlchemy core) with
ten years of history (2016-2025): books (60%), podcast episodes under 1 show per 200 entries
(20%), videos (8%), courses (7%) and articles (5%), one author and two of 200 tags each. Of
the entries 70% have a dated finished read-through (started, two progress events in pages or
minutes, finished), 10% an abandoned one, 10% one still open, 5% an undated finish and 5%
none; one in ten finished entries is read again a year later. One note per five entries
(about 300 characters of mixed Chinese and English), linked to an entry.

Prints JSON per size: rows made, and the median (and best) milliseconds over ``--runs`` of
``figures()`` for 2024, for March 2024 and for all time, ``active_entries()`` for a month and
``years_with_activity()``, each in a fresh session as the window's worker would; wall clock
and this process's CPU time. ``figures_year_frozen`` is the year again with this process's
objects frozen out of the garbage collector's way, as the window freezes its start-up's
(``frozen``). ``figures_year_<kind>`` is the year of one kind's entries alone (``stats --year
2024 --kind book``), for each kind the library has read-throughs of (``_frozen``: as above).
``reference_sum_range_1e7_ms`` says how fast the machine is.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from readinglog import paths
from readinglog.core.library import Library
from readinglog.core.models import (
    Event,
    Item,
    ItemPerson,
    Note,
    NoteItem,
    ReadingSession,
    Tag,
    item_tags,
)
from readinglog.core.types import EventKind, ItemKind, Lang, ProgressUnit, Role, Status
from readinglog.stats.compute import active_entries, figures, years_with_activity
from readinglog.stats.figures import Period

FIRST_DAY = dt.date(2016, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days
KINDS = [ItemKind.BOOK] * 60 + [ItemKind.EPISODE] * 20 + [ItemKind.VIDEO] * 8
KINDS += [ItemKind.COURSE] * 7 + [ItemKind.ARTICLE] * 5
READ_KINDS = list(dict.fromkeys(KINDS))  # book first: the most entries
NOTE_TEXT = (
    "读这本书时想到的几件事：作者把制度和激励讲得很清楚。 The argument is simple to state "
    "but hard to apply; 经济学里的激励二字，落在具体制度上才有分量。 Worth rereading. "
)


class Rows:
    """Rows for each table, with ids given here (bulk inserts skip the ORM)."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.people: list[dict[str, Any]] = []
        self.tags: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []

    def event(self, item_id: int, kind: EventKind, on: dt.date, **more: Any) -> None:
        self.events.append(
            {"item_id": item_id, "kind": kind, "on": on, "value": None, "unit": None, **more}
        )


def read_through(
    rows: Rows, rng: random.Random, item: dict[str, Any], start: dt.date, outcome: Status | None
) -> None:
    item_id, kind = item["id"], item["kind"]
    length = rng.randint(1, 60)
    end = start + dt.timedelta(days=length)
    rows.event(item_id, EventKind.STARTED, start)
    unit = ProgressUnit.PAGES if kind is ItemKind.BOOK else ProgressUnit.MINUTES
    total = item["pages"] if kind is ItemKind.BOOK else (item["duration_s"] or 3600) / 60
    for share in (0.3, 0.6):
        on = start + dt.timedelta(days=int(length * share))
        rows.event(item_id, EventKind.PROGRESS, on, value=round(total * share), unit=unit)
    closing = {Status.FINISHED: EventKind.FINISHED, Status.ABANDONED: EventKind.ABANDONED}
    if outcome is not None:
        rows.event(item_id, closing[outcome], end)
    rows.sessions.append(
        {
            "item_id": item_id,
            "started_on": start,
            "finished_on": end if outcome is not None else None,
            "outcome": outcome,
        }
    )


def make_rows(count: int, seed: int) -> Rows:
    rng = random.Random(seed)
    rows = Rows()
    rows.tags = [{"id": n + 1, "name": f"tag {n}", "sort_key": f"tag {n}"} for n in range(200)]
    shows = max(1, count // 200)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(shows):
        rows.items.append(
            {"id": n + 1, "kind": ItemKind.PODCAST, "title": f"Show {n}", "sort_key": f"show {n}",
             "status": Status.IN_PROGRESS, "created_at": now, "updated_at": now}
        )  # fmt: skip
    for item_id in range(shows + 1, count + 1):
        kind = rng.choice(KINDS)
        title = f"{kind.value} {item_id} 标题"
        item = {
            "id": item_id, "kind": kind, "title": title, "sort_key": title,
            "status": Status.WANT, "created_at": now, "updated_at": now,
            "rating": rng.choice([None, 3.0, 3.5, 4.0, 4.5, 5.0]),
            "language": rng.choice(["zh", "en", "en-US", "zh-CN", None, "fr"]),
            "pages": rng.randint(80, 900) if kind is ItemKind.BOOK else None,
            "duration_s": rng.randint(600, 7200)
            if kind in (ItemKind.EPISODE, ItemKind.VIDEO) else None,
            "time_spent_min": rng.randint(60, 3000) if kind is ItemKind.COURSE else None,
            "platform": rng.choice(["Coursera", "edX", "学堂在线"])
            if kind is ItemKind.COURSE else None,
            "channel": rng.choice(["TED", "CUSEC"]) if kind is ItemKind.VIDEO else None,
            "parent_id": rng.randint(1, shows) if kind is ItemKind.EPISODE else None,
        }  # fmt: skip
        rows.items.append(item)
        role = {ItemKind.EPISODE: Role.HOST, ItemKind.COURSE: Role.INSTRUCTOR}.get(
            kind, Role.AUTHOR
        )
        rows.people.append(
            {"item_id": item_id, "role": role, "name": f"Person {rng.randint(1, count // 10)}",
             "position": 0}
        )  # fmt: skip
        for tag in rng.sample(range(1, 201), 2):
            rows.links.append({"item_id": item_id, "tag_id": tag})
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - 400))
        fate = rng.random()
        if fate < 0.70:
            item["status"] = Status.FINISHED
            read_through(rows, rng, item, start, Status.FINISHED)
            if rng.random() < 0.1:
                read_through(rows, rng, item, start + dt.timedelta(days=365), Status.FINISHED)
        elif fate < 0.80:
            item["status"] = Status.ABANDONED
            read_through(rows, rng, item, start, Status.ABANDONED)
        elif fate < 0.90:
            item["status"] = Status.IN_PROGRESS
            read_through(rows, rng, item, start, None)
        elif fate < 0.95:
            item["status"] = Status.FINISHED
            rows.sessions.append(
                {"item_id": item_id, "started_on": None, "finished_on": None,
                 "outcome": Status.FINISHED}
            )  # fmt: skip
    for note_id in range(1, count // 5 + 1):
        at = dt.datetime.combine(FIRST_DAY, dt.time(), dt.UTC) + dt.timedelta(
            minutes=rng.randrange(DAYS * 24 * 60)
        )
        rows.notes.append(
            {"id": note_id, "title": f"note {note_id}", "sort_key": f"note {note_id}",
             "body": NOTE_TEXT * 2, "lang": Lang.MIXED, "created_at": at, "updated_at": at}
        )  # fmt: skip
    return rows


def fill(library: Library, rows: Rows) -> dict[str, int]:
    note_links = [
        {"note_id": n["id"], "item_id": 1 + (n["id"] * 7919) % len(rows.items), "position": 0}
        for n in rows.notes
    ]
    with library.sessions.begin() as s:
        for model, data in (
            (Tag, rows.tags),
            (Item, rows.items),
            (ItemPerson, rows.people),
            (ReadingSession, rows.sessions),
            (Event, rows.events),
            (Note, rows.notes),
            (NoteItem, note_links),
        ):
            for first in range(0, len(data), 5000):
                s.execute(insert(model), data[first : first + 5000])
        for first in range(0, len(rows.links), 5000):
            s.execute(insert(item_tags), rows.links[first : first + 5000])
    with library.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return {
        "entries": len(rows.items),
        "sessions": len(rows.sessions),
        "events": len(rows.events),
        "notes": len(rows.notes),
    }


def timed(library: Library, runs: int, work: Callable[[Any], object]) -> dict[str, float]:
    """Wall-clock and CPU milliseconds (median, and best wall): the CPU time is this process's
    own (SQLite runs in it), steadier than the wall clock on a shared machine."""
    wall, cpu = [], []
    for _ in range(runs):
        with library.sessions() as s:
            start, start_cpu = time.perf_counter(), time.process_time()
            work(s)
            wall.append(1000 * (time.perf_counter() - start))
            cpu.append(1000 * (time.process_time() - start_cpu))
    return {
        "median_ms": round(statistics.median(wall), 1),
        "best_ms": round(min(wall), 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
    }


def frozen(measure: Callable[[], dict[str, float]]) -> dict[str, float]:
    """``measure`` as the window's worker runs: the window freezes what its start-up made
    (``gui/runtime/gc_freeze.settle``), so the collections that figures() sets off walk only
    what it makes, not every object of the process as they do here otherwise (and in the CLI)."""
    gc.freeze()
    try:
        return measure()
    finally:
        gc.unfreeze()


def reference_ms() -> float:
    """How fast this machine runs plain Python: ``sum(range(10**7))`` (about 120 ms on a
    2020s laptop), to read the figures above against."""
    start = time.perf_counter()
    sum(range(10**7))
    return round(1000 * (time.perf_counter() - start), 1)


def kind_years(library: Library, runs: int) -> dict[str, dict[str, float]]:
    """The figures of 2024 for each kind alone, plain and frozen."""
    out = {}
    for kind in READ_KINDS:

        def year(s: Any, kind: ItemKind = kind) -> object:
            return figures(s, Period.year(2024), kind)

        out[f"figures_year_{kind.value}"] = timed(library, runs, year)
        out[f"figures_year_{kind.value}_frozen"] = frozen(lambda: timed(library, runs, year))
    return out


def counts(library: Library) -> dict[str, int]:
    """What a kept library holds (the numbers ``fill`` reports when it makes one)."""
    with library.sessions() as s:
        return {
            name: s.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("entries", Item),
                ("sessions", ReadingSession),
                ("events", Event),
                ("notes", Note),
            )
        }


def bench(
    count: int, runs: int, seed: int, keep: Path | None, reuse: Path | None
) -> dict[str, Any]:
    """Make the library (in a temp folder, or in ``keep/<count>`` to measure it again later
    with ``reuse``), or open the one kept in ``reuse/<count>``, and time the figures."""
    with contextlib.ExitStack() as stack:
        if reuse is not None:
            folder = reuse / str(count)
            if not folder.is_dir():
                raise SystemExit(f"{folder} does not exist: make it with --keep {reuse}")
        elif keep is not None:
            folder = keep / str(count)
            folder.mkdir(parents=True, exist_ok=False)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        library = Library.open(paths.in_home(folder))
        try:
            made = counts(library) if reuse is not None else fill(library, make_rows(count, seed))
            with library.sessions() as s:
                year = figures(s, Period.year(2024))
            return {
                **made,
                "finished_2024": sum(year.totals.finished.values()),
                "figures_year": timed(library, runs, lambda s: figures(s, Period.year(2024))),
                "figures_year_frozen": frozen(
                    lambda: timed(library, runs, lambda s: figures(s, Period.year(2024)))
                ),
                "figures_all_time": timed(library, runs, lambda s: figures(s, Period.all_time())),
                "figures_month": timed(library, runs, lambda s: figures(s, Period.month(2024, 3))),
                "active_entries_month": timed(
                    library,
                    runs,
                    lambda s: active_entries(s, dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
                ),
                "years_with_activity": timed(library, runs, years_with_activity),
                **kind_years(library, runs),
            }
        finally:
            library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--keep", type=Path, help="make each library in DIR/<size> and keep it")
    where.add_argument("--reuse", type=Path, help="measure the libraries kept in DIR/<size>")
    args = parser.parse_args()
    result: dict[str, Any] = {
        str(n): bench(n, args.runs, args.seed, args.keep, args.reuse) for n in args.sizes
    }
    result["reference_sum_range_1e7_ms"] = reference_ms()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
