"""Days: notes written (on the local day), the activity calendar, streaks, active entries.

An activity is a read-through started, one that ended (finished or abandoned), progress or a
pause logged, or a note written. A note's day is the day it was created in the computer's
time zone (``created_at`` is kept in UTC).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from readinglog.core import text
from readinglog.core.models import Event, Note, NoteItem, ReadingSession
from readinglog.core.types import EventKind, ItemKind, Lang
from readinglog.stats.figures import Streak
from readinglog.stats.reads import Days, day_range, of_kind, raw, rows

LOGGED = (EventKind.PROGRESS, EventKind.PAUSED)
# No time zone is more than 14 hours from UTC: a day's notes lie within a day of it in UTC.
_MARGIN = dt.timedelta(days=1)


class WrittenNote(NamedTuple):
    id: int
    on: dt.date  # the local day it was created
    lang: Lang
    words: int


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def _about_kind(kind: ItemKind | None) -> list[ColumnElement[bool]]:
    """Notes linked to an entry of ``kind`` (every note when None)."""
    if kind is None:
        return []
    linked = select(NoteItem.item_id).where(NoteItem.note_id == Note.id)
    return [linked.where(*of_kind(kind, NoteItem.item_id)).exists()]


def _note_window(start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """A UTC window (indexed) that holds every note created on a local day in the range."""
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(Note.created_at >= _utc(start) - _MARGIN)
    if end is not None:
        conditions.append(Note.created_at < _utc(end) + _MARGIN)
    return conditions


def _inside(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day < end)


def written_notes(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> list[WrittenNote]:
    """Notes created on a local day in ``[start, end)``, with their words (as the note list
    counts them: Markdown code, images and link targets left out)."""
    out = []
    langs = {lang.value: lang for lang in Lang}
    stmt = select(Note.id, raw(Note.created_at), raw(Note.lang), Note.body).where(
        *_note_window(start, end), *_about_kind(kind)
    )
    for note_id, created_at, lang, body in rows(s, stmt):
        day = local_day(dt.datetime.fromisoformat(created_at).replace(tzinfo=dt.UTC))
        if _inside(day, start, end):
            out.append(WrittenNote(note_id, day, langs[lang], text.plain_words(body)))
    return out


def _logged(
    start: dt.date | None,
    end: dt.date | None,
    kind: ItemKind | None,
    *,
    by_entry: bool,
    log: bool = True,
) -> list[Select[Any, Any]]:
    """The activities logged on days in ``[start, end)``, one select for each sort (the
    read-throughs started, those that ended, and unless ``log`` is False the progress and
    pauses logged): each day with how many (``by_entry`` False; the day as ISO text), or
    each entry with its first such day (True)."""
    selects: list[Select[Any, Any]] = []
    all_time = start is None and end is None
    sorts: list[tuple[Any, Any, list[ColumnElement[bool]]]] = [
        (ReadingSession.started_on, ReadingSession.item_id, []),
        (ReadingSession.finished_on, ReadingSession.item_id, []),
    ]
    if log:
        sorts.append((Event.on, Event.item_id, [Event.kind.in_(LOGGED)]))
    for column, entry, more in sorts:
        stmt: Select[Any, Any]
        if by_entry:
            stmt = select(entry, func.min(column)).group_by(entry)
        else:
            stmt = select(raw(column), func.count()).group_by(column)
        of_that_kind = of_kind(kind, entry, all_time=all_time)
        selects.append(stmt.where(*more, *day_range(column, start, end), *of_that_kind))
    return selects


def activity_calendar(
    s: Session,
    start: dt.date | None,
    end: dt.date | None,
    kind: ItemKind | None,
    notes: Iterable[WrittenNote],
    logged: Counter[str],
) -> Counter[dt.date]:
    """Activities per active day in ``[start, end)``: read-throughs started and ended,
    the progress and pauses ``logged`` each day (ISO text; ``amounts.logged_days`` counts
    them in the period's log as read for the walk) and ``notes`` (already chosen for the
    period)."""
    days: Counter[dt.date] = Counter()
    dates = Days()
    for stmt in _logged(start, end, kind, by_entry=False, log=False):
        for day, count in rows(s, stmt):
            days[dates[day]] += count
    for day, count in logged.items():
        days[dates[day]] += count
    for note in notes:
        days[note.on] += 1
    return days


def longest_streak(days: Iterable[dt.date]) -> Streak:
    """The longest run of consecutive days (the earliest of equal runs)."""
    best = Streak()
    run_start: dt.date | None = None
    previous: dt.date | None = None
    for day in sorted(set(days)):
        if previous is None or day != previous + dt.timedelta(days=1):
            run_start = day
        assert run_start is not None
        length = (day - run_start).days + 1
        if length > best.days:
            best = Streak(length, run_start, day)
        previous = day
    return best


def active_entries(
    s: Session, start: dt.date, end: dt.date, kind: ItemKind | None = None
) -> list[int]:
    """Entries with an activity on a day from ``start`` to ``end``, ``end`` excluded as in a
    ``Period`` (a day's click passes the day and the next); in the order of their first
    activity there, then id."""
    first: dict[int, dt.date] = {}

    def seen(item_id: int, day: dt.date) -> None:
        if item_id not in first or day < first[item_id]:
            first[item_id] = day

    for stmt in _logged(start, end, kind, by_entry=True):
        for item_id, day in s.execute(stmt):
            seen(item_id, day)
    linked = (
        select(NoteItem.item_id, Note.created_at)
        .join(Note, Note.id == NoteItem.note_id)
        .where(*_note_window(start, end), *of_kind(kind, NoteItem.item_id))
    )
    for item_id, created_at in s.execute(linked):
        day = local_day(created_at)
        if start <= day < end:
            seen(item_id, day)
    return sorted(first, key=lambda item_id: (first[item_id], item_id))


def local_year(year: int) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants a year of the computer's calendar begins and ends (New Year's midnight
    in its time zone)."""
    return (
        dt.datetime(year, 1, 1).astimezone().astimezone(dt.UTC),
        dt.datetime(year + 1, 1, 1).astimezone().astimezone(dt.UTC),
    )


def years_with_activity(s: Session) -> list[int]:
    """Years with any activity (a read-through started or ended, progress, a pause, a note),
    newest first.

    Each year between the first and the last activity is asked whether it has one (an indexed
    look-up for each sort of activity), so a library of any size answers in a few milliseconds."""
    days = [
        s.scalar(select(func.min(ReadingSession.started_on))),
        s.scalar(select(func.max(ReadingSession.started_on))),
        s.scalar(select(func.min(ReadingSession.finished_on))),
        s.scalar(select(func.max(ReadingSession.finished_on))),
        s.scalar(select(func.min(Event.on))),
        s.scalar(select(func.max(Event.on))),
        *(local_day(m) for m in (s.scalar(select(func.min(Note.created_at))),
                                  s.scalar(select(func.max(Note.created_at)))) if m),
    ]  # fmt: skip
    known = [d for d in days if d is not None]
    if not known:
        return []
    years = []
    for year in range(max(known).year, min(known).year - 1, -1):
        first, after = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        begins, ends = local_year(year)
        probes = (
            exists().where(*day_range(ReadingSession.started_on, first, after)),
            exists().where(*day_range(ReadingSession.finished_on, first, after)),
            exists().where(Event.kind.in_(LOGGED), *day_range(Event.on, first, after)),
            exists().where(Note.created_at >= begins, Note.created_at < ends),
        )
        if any(s.scalar(select(probe)) for probe in probes):
            years.append(year)
    return years
