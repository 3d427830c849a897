"""The statistics read a period's activity log and read-throughs from indexes (migration 0012),
never the whole tables: what keeps a year at 100k entries fast (benchmarks/stats_bench.py)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event

from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.compute import figures
from readinglog.stats.figures import Period
from tests.stats.helpers import D, book, log, read

# A period's rows searched by their day: ``(on>? AND on<?)``, ``(finished_on>? AND ...)``.
BY_DAY = re.compile(r"SEARCH (events|sessions) .*\((\w+)>\? AND \2<\?\)")
WHOLE_TABLE = re.compile(r"SCAN (events|sessions|items|notes|item_people|item_tags|note_items)\b")


def _plans(library: Library, *periods: Period, kind: ItemKind | None = None) -> list[str]:
    """Every line of the query plans of the statements ``figures`` runs for ``periods``
    (for entries of ``kind`` only, when given)."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(library.engine, "before_cursor_execute", seen)
    try:
        with library.sessions() as s:
            for period in periods:
                figures(s, period, kind)
    finally:
        event.remove(library.engine, "before_cursor_execute", seen)
    lines = []
    with library.engine.connect() as conn:
        for statement, parameters in statements:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            lines += [row[3] for row in plan]
    return lines


def _books(library: Library) -> None:
    """Thirty books read over three years, each with a read-through logged and one imported."""
    with library.sessions.begin() as s:
        for n in range(30):
            item = book(s, f"Book {n}", pages=200)
            log(s, item, EventKind.STARTED, D(2023 + n % 3, 1 + n % 12, 1))
            log(s, item, EventKind.PROGRESS, D(2023 + n % 3, 1 + n % 12, 9), 80, ProgressUnit.PAGES)
            log(s, item, EventKind.FINISHED, D(2023 + n % 3, 1 + n % 12, 20))
            read(s, item, None, D(2024, 1 + n % 12, 25))


def test_a_period_reads_the_log_and_the_read_throughs_from_indexes_alone(
    library: Library,
) -> None:
    _books(library)
    lines = _plans(library, Period.year(2024), Period.month(2024, 3))
    # No table is read whole (a SCAN of a table or of all of one of its indexes).
    assert not [line for line in lines if WHOLE_TABLE.match(line)]
    # The read-throughs come from their indexes alone, and so does the activity log of the
    # period (its range on the day); the events before it are looked up by entry.
    sessions = [line for line in lines if line.startswith("SEARCH sessions")]
    assert sessions and all("COVERING INDEX" in line for line in sessions), sessions
    period_log = [line for line in lines if line.startswith("SEARCH events") and "on>" in line]
    assert period_log and all("COVERING INDEX" in line for line in period_log), period_log


def test_a_period_of_one_kind_reads_its_days_not_every_entry_of_the_kind(
    library: Library,
) -> None:
    _books(library)
    lines = _plans(library, Period.year(2024), Period.month(2024, 3), kind=ItemKind.BOOK)
    assert not [line for line in lines if WHOLE_TABLE.match(line)]
    # The log and the read-throughs that ended or started are searched by the period's days
    # (each of a period's four statements: the ended ones, the log, those started, those
    # ended for the calendar), each row then asked of its entry's kind in the kind index,
    # not read entry by entry for every entry of the kind, of every year.
    assert len([line for line in lines if BY_DAY.match(line)]) == 2 * 4, lines
    probes = [line for line in lines if "ix_items_kind (kind=? AND rowid=?)" in line]
    listed = [line for line in lines if "ix_items_kind (kind=?)" in line]
    assert len(probes) >= 2 * 4 and len(probes) + len(listed) == sum(
        "ix_items_kind" in line for line in lines
    )
    # Only the undated count lists the entries of the kind (whatever the period: the entries
    # recorded ended with no read-through that ended so), once a period.
    assert listed == ["SEARCH items USING INDEX ix_items_kind (kind=?)"] * 2, listed


def test_all_time_of_one_kind_reads_the_rows_of_the_kinds_entries_alone(library: Library) -> None:
    _books(library)
    lines = _plans(library, Period.all_time(), kind=ItemKind.BOOK)
    # With no days to search by, the log and the read-throughs are read entry by entry for
    # the entries of the kind, not all of them each asked of its entry's kind.
    assert not [line for line in lines if line.startswith(("SCAN events", "SCAN sessions"))]
    log = [line for line in lines if line.startswith("SEARCH events")]
    assert log == ["SEARCH events USING INDEX ix_events_item_id (item_id=?)"], log
