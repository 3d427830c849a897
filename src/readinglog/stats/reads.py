"""Read-throughs: which sessions finished or were abandoned in a period, which were re-reads,
how long they took, and how many ended without a date (counted nowhere).

A session decides: ``outcome`` finished or abandoned with a ``finished_on`` date inside the
period. A re-read is a finished session of an entry that has an earlier finished session, in
any year: one finished on an earlier day, or on the same day or undated and recorded before it
(a Goodreads "Read Count" of 2 brings an undated first read and the dated second one).
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, TypeVarTuple, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.elements import quoted_name
from sqlalchemy.sql.selectable import TableValuedAlias

from readinglog.core.models import Item, ReadingSession
from readinglog.core.types import ItemKind, Status
from readinglog.stats.figures import DaysToFinish


class Read(NamedTuple):
    """One read-through that ended (finished or abandoned) on a day."""

    session_id: int
    item_id: int
    kind: ItemKind
    started_on: dt.date | None
    finished_on: dt.date
    finished: bool  # False: abandoned
    reread: bool


Columns = TypeVarTuple("Columns")
KINDS = {kind.value: kind for kind in ItemKind}


def raw(column: QueryableAttribute[Any]) -> ColumnElement[str]:
    """A column as the text SQLite holds (a date ``2024-03-01``, an enum's value): tens of
    thousands of rows read faster than through the column's type (with ``rows``)."""
    return type_coerce(column, String).label(None)


def rows(s: Session, stmt: Select[*Columns]) -> list[tuple[*Columns]]:
    """Run a select on the session's connection (its transaction) and fetch every row at once
    as the driver gives it: plain tuples, no ORM or result-row work. For columns whose type
    reads nothing back (integers, floats, text, and ``raw`` ones), tens of thousands of rows.
    What the session holds unflushed is flushed first, as the ORM's own queries do."""
    s.flush()
    result = s.connection().execute(stmt)
    try:
        return cast(list[tuple[*Columns]], result.cursor.fetchall())
    finally:
        result.close()


def json_table(ids: Iterable[int]) -> TableValuedAlias:
    """These ids as a table (column ``value``), given to SQLite as one JSON parameter (any
    number of them). Joined to from it, sorted ids are looked up in their order, with no
    temporary index of them as ``IN`` builds."""
    return func.json_each(json.dumps(list(ids))).table_valued("value")


def json_ids(ids: Iterable[int]) -> Select[Any]:
    """A select of these ids, for ``IN`` (see ``json_table``)."""
    return select(json_table(ids).c.value)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class Days(dict[str, dt.date]):
    """ISO days as dates, each parsed once: a year's thousands of rows name a few hundred
    days. Made for one computation (``days[text]``)."""

    def __missing__(self, text: str) -> dt.date:
        parsed = self[text] = dt.date.fromisoformat(text)
        return parsed


def day_range(
    column: QueryableAttribute[Any], start: dt.date | None, end: dt.date | None
) -> list[ColumnElement[bool]]:
    """``start <= column < end`` (either side open when None), as SQL conditions."""
    conditions: list[ColumnElement[bool]] = [column.is_not(None)]
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


def kind_is(kind: ItemKind | None) -> list[ColumnElement[bool]]:
    return [] if kind is None else [Item.kind == kind]


def _earlier_finish() -> ColumnElement[bool]:
    """Whether the read-through has an earlier finished one of the same entry (answered in
    the index on entry, outcome and finish)."""
    earlier = aliased(ReadingSession)
    this = ReadingSession
    return (
        select(earlier.id)
        .where(
            earlier.item_id == this.item_id,
            earlier.outcome == Status.FINISHED,
            earlier.id != this.id,
            or_(
                earlier.finished_on < this.finished_on,
                and_(
                    or_(earlier.finished_on.is_(None), earlier.finished_on == this.finished_on),
                    earlier.id < this.id,
                ),
            ),
        )
        .exists()
    )


def ended_select(
    start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> Select[int, int, str, str, str, bool]:
    """Read-throughs finished or abandoned in ``[start, end)``, in the order they ended: id,
    entry, started and finished (ISO text), outcome and, for a finished one, whether an
    earlier finished one of the entry makes it a re-read, all read from the sessions'
    indexes."""
    return (
        select(
            ReadingSession.id,
            ReadingSession.item_id,
            raw(ReadingSession.started_on),
            raw(ReadingSession.finished_on),
            raw(ReadingSession.outcome),
            # Asked of the finished ones only (an abandoned one is no re-read).
            case((ReadingSession.outcome == Status.FINISHED, _earlier_finish()), else_=False).label(
                "reread"
            ),
        )
        .where(
            *day_range(ReadingSession.finished_on, start, end),
            ReadingSession.outcome.in_((Status.FINISHED, Status.ABANDONED)),
            *of_kind(kind, ReadingSession.item_id, all_time=start is None and end is None),
        )
        .order_by(ReadingSession.finished_on, ReadingSession.id)
    )


# A read-through as ``ended_select`` reads it: id, entry, started and finished (ISO text),
# outcome, re-read.
EndedRow = tuple[int, int, str | None, str, str, bool]


# The entries' index on kind (migration 0001): a kind and an id a row, where a row of the
# items table holds a title and more. SQLite looks an entry up by id in the table unless told.
_KIND_INDEX = table(quoted_name("items INDEXED BY ix_items_kind", quote=False))


def of_kind(
    kind: ItemKind | None, item_id: QueryableAttribute[Any], *, all_time: bool = False
) -> list[ColumnElement[bool]]:
    """Rows about an entry of ``kind`` (no condition, and no look-up, when None).

    Each row the statement reads from its own index (a period's days, the undated
    read-throughs) is asked of its entry's kind in the entries' index on kind. Not ``item_id
    IN (the entries of kind)``: SQLite then reads every row of every such entry, of all years,
    by entry (for books at 100k, a year's figures took 445 ms instead of 250). For
    ``all_time``, with no days to search by, that is what it does: only the kind's rows are
    read, not every row of the library."""
    if kind is None:
        return []
    if all_time:
        return [item_id.in_(select(Item.id).where(Item.kind == kind))]
    entry: Select[Any] = (
        select(literal_column("1"))
        .select_from(_KIND_INDEX)
        .where(literal_column("items.kind") == kind.value, literal_column("items.id") == item_id)
    )
    return [entry.exists()]


def undated_count(s: Session, kind: ItemKind | None) -> int:
    """Read-throughs that ended with no date, and entries recorded finished or abandoned
    with no read-through that ended so: the same number whatever the period. Both counted
    in the sessions' indexes (by date, and by entry and outcome)."""
    ended = (Status.FINISHED, Status.ABANDONED)
    sessions = (
        select(func.count())
        .select_from(ReadingSession)
        .where(
            ReadingSession.finished_on.is_(None),
            ReadingSession.outcome.in_(ended),
            *of_kind(kind, ReadingSession.item_id),
        )
    )
    ended_so = (
        select(ReadingSession.item_id)
        .where(ReadingSession.item_id == Item.id, ReadingSession.outcome == Item.status)
        .exists()
    )
    entries = (
        select(func.count())
        .select_from(Item)
        .where(Item.status.in_(ended), *kind_is(kind), ~ended_so)
    )
    [(total,)] = rows(s, select(sessions.scalar_subquery() + entries.scalar_subquery()))
    return int(total)


def days_to_finish(reads: Sequence[Read]) -> DaysToFinish:
    """Days from start to finish of the finished read-throughs that have both dates."""
    days = [
        (r.finished_on - r.started_on).days
        for r in reads
        if r.finished and r.started_on is not None and r.started_on <= r.finished_on
    ]
    if not days:
        return DaysToFinish()
    return DaysToFinish(
        count=len(days),
        median=float(statistics.median(days)),
        mean=round(statistics.fmean(days), 1),
        fastest=min(days),
        slowest=max(days),
    )
