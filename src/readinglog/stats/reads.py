"""Read-throughs: which sessions finished or were abandoned in a period, which were re-reads,
how long they took, and how many ended without a date (counted nowhere).

A session decides: ``outcome`` finished or abandoned with a ``finished_on`` date inside the
period. A re-read is a finished session of an entry that has an earlier finished session, in
any year: one finished on an earlier day, or on the same day or undated and recorded before it
(a Goodreads "Read Count" of 2 brings an undated first read and the dated second one).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from readinglog.core.models import Item, ReadingSession
from readinglog.core.types import ItemKind, Status
from readinglog.stats.figures import DaysToFinish


@dataclass(frozen=True)
class Read:
    """One read-through that ended (finished or abandoned) on a day."""

    session_id: int
    item_id: int
    kind: ItemKind
    started_on: dt.date | None
    finished_on: dt.date
    finished: bool  # False: abandoned
    reread: bool


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
    earlier = aliased(ReadingSession)
    this = ReadingSession
    return exists().where(
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


def ended_reads(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> list[Read]:
    """Read-throughs finished or abandoned in ``[start, end)``, in the order they ended."""
    stmt = (
        select(
            ReadingSession.id,
            ReadingSession.item_id,
            Item.kind,
            ReadingSession.started_on,
            ReadingSession.finished_on,
            ReadingSession.outcome,
            _earlier_finish().label("reread"),
        )
        .join(Item, Item.id == ReadingSession.item_id)
        .where(
            ReadingSession.outcome.in_((Status.FINISHED, Status.ABANDONED)),
            *day_range(ReadingSession.finished_on, start, end),
            *kind_is(kind),
        )
        .order_by(ReadingSession.finished_on, ReadingSession.id)
    )
    reads = []
    for session_id, item_id, item_kind, started_on, finished_on, outcome, reread in s.execute(stmt):
        assert finished_on is not None  # the query asks for dated ones
        finished = outcome is Status.FINISHED
        reads.append(
            Read(
                session_id,
                item_id,
                item_kind,
                started_on,
                finished_on,
                finished,
                finished and bool(reread),
            )
        )
    return reads


def undated_count(s: Session, kind: ItemKind | None) -> int:
    """Read-throughs that ended with no date, and entries recorded finished or abandoned
    with no read-through that ended so: the same number whatever the period."""
    sessions = (
        select(func.count())
        .select_from(ReadingSession)
        .join(Item, Item.id == ReadingSession.item_id)
        .where(
            ReadingSession.outcome.in_((Status.FINISHED, Status.ABANDONED)),
            ReadingSession.finished_on.is_(None),
            *kind_is(kind),
        )
    )
    ended = exists().where(ReadingSession.item_id == Item.id, ReadingSession.outcome == Item.status)
    entries = (
        select(func.count())
        .select_from(Item)
        .where(Item.status.in_((Status.FINISHED, Status.ABANDONED)), ~ended, *kind_is(kind))
    )
    return (s.scalar(sessions) or 0) + (s.scalar(entries) or 0)


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
