"""The activity log: started, progress, finished, abandoned, paused, with reading sessions.

A session is one read-through (or listen, or watch). ``started`` opens one, ``finished`` and
``abandoned`` close it; starting again after finishing is a re-read and opens another.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from readinglog.core.errors import InvalidInput
from readinglog.core.models import Event, Item, ReadingSession, utcnow
from readinglog.core.services import load_item
from readinglog.core.types import Changes, EventKind, ItemKind, ProgressUnit, Status

DEFAULT_UNIT: dict[ItemKind, ProgressUnit] = {
    ItemKind.BOOK: ProgressUnit.PAGES,
    ItemKind.PODCAST: ProgressUnit.EPISODES,
    ItemKind.EPISODE: ProgressUnit.MINUTES,
    ItemKind.COURSE: ProgressUnit.PERCENT,
    ItemKind.SERIES: ProgressUnit.PERCENT,
    ItemKind.VIDEO: ProgressUnit.MINUTES,
    ItemKind.ARTICLE: ProgressUnit.PERCENT,
}

_CLOSING = {EventKind.FINISHED: Status.FINISHED, EventKind.ABANDONED: Status.ABANDONED}


def log_event(
    s: Session,
    item_id: int,
    kind: EventKind,
    on: dt.date,
    *,
    value: float | None = None,
    unit: ProgressUnit | None = None,
    spent_min: int | None = None,
) -> Changes:
    """Record what happened to an entry on a day, and bring its status and sessions along."""
    item = load_item(s, item_id)
    if on > dt.date.today() + dt.timedelta(days=1):
        raise InvalidInput("date: {day} is in the future", day=on.isoformat())
    if value is not None:
        unit = unit or DEFAULT_UNIT[item.kind]
        _check_progress(item, value, unit)
    open_session = _open_session(item)
    if kind is EventKind.STARTED:
        if open_session is None or open_session.started_on is not None:
            open_session = ReadingSession(started_on=on)
            item.sessions.append(open_session)
            item.progress = None
        else:
            open_session.started_on = on
        item.status = Status.IN_PROGRESS
    elif kind is EventKind.PROGRESS:
        if value is None:
            raise InvalidInput("progress: give pages, percent or minutes")
        if open_session is None:
            item.sessions.append(ReadingSession(started_on=on))
        item.status = Status.IN_PROGRESS
    elif kind in _CLOSING:
        session = open_session or ReadingSession()
        if session.started_on is not None and session.started_on > on:
            raise InvalidInput(
                "date: {day} is before the start of this session ({started})",
                day=on.isoformat(),
                started=session.started_on.isoformat(),
            )
        session.finished_on = on
        session.outcome = _CLOSING[kind]
        if open_session is None:
            item.sessions.append(session)
        item.status = _CLOSING[kind]
        if kind is EventKind.FINISHED and value is None:
            value, unit = _complete(item)
    elif kind is EventKind.PAUSED:
        item.status = Status.PAUSED
    if value is not None:
        item.progress, item.progress_unit = value, unit
    if spent_min:
        item.time_spent_min = (item.time_spent_min or 0) + spent_min
    item.events.append(
        Event(kind=kind, on=on, value=value, unit=unit if value is not None else None)
    )
    item.updated_at = utcnow()
    return Changes(items=frozenset({item.id}))


def _open_session(item: Item) -> ReadingSession | None:
    if item.sessions and item.sessions[-1].outcome is None:
        return item.sessions[-1]
    return None


def _check_progress(item: Item, value: float, unit: ProgressUnit) -> None:
    if value < 0:
        raise InvalidInput("progress: {value:g} must not be negative", value=value)
    if unit is ProgressUnit.PERCENT and value > 100:
        raise InvalidInput("progress: {value:g}% is more than 100%", value=value)
    if unit is ProgressUnit.PAGES and item.pages and value > item.pages:
        raise InvalidInput(
            "progress: page {value:g} is past the end ({pages} pages)",
            value=value,
            pages=item.pages,
        )


def _complete(item: Item) -> tuple[float | None, ProgressUnit | None]:
    """Progress of a finished entry: all pages, the whole duration, or 100%."""
    if item.kind is ItemKind.BOOK and item.pages:
        return float(item.pages), ProgressUnit.PAGES
    if item.duration_s and DEFAULT_UNIT[item.kind] is ProgressUnit.MINUTES:
        return round(item.duration_s / 60, 1), ProgressUnit.MINUTES
    return 100.0, ProgressUnit.PERCENT


def add_session(
    s: Session,
    item_id: int,
    started_on: dt.date | None,
    finished_on: dt.date | None,
    outcome: Status | None,
) -> Changes:
    """A past read-through with its dates as given (imports bring years of history).

    Adds the session and its started / finished (or abandoned) events; unlike ``log_event`` it
    leaves the entry's status and progress alone and accepts any past dates, or none (a re-read
    whose dates nobody recorded).
    """
    item = load_item(s, item_id)
    events = session_events(started_on, finished_on, outcome)
    s.add(
        ReadingSession(
            item_id=item.id, started_on=started_on, finished_on=finished_on, outcome=outcome
        )
    )
    for kind, on in events:
        s.add(Event(item_id=item.id, kind=kind, on=on))
    item.updated_at = utcnow()
    return Changes(items=frozenset({item.id}))


_SESSION_CLOSING = {Status.FINISHED: EventKind.FINISHED, Status.ABANDONED: EventKind.ABANDONED}


def session_events(
    started_on: dt.date | None, finished_on: dt.date | None, outcome: Status | None
) -> list[tuple[EventKind, dt.date]]:
    """Check a past read-through's dates; the events it brings (``add_session``, bulk imports)."""
    if started_on and finished_on and started_on > finished_on:
        raise InvalidInput(
            "date: finished {finished} is before started {started}",
            finished=finished_on.isoformat(),
            started=started_on.isoformat(),
        )
    events: list[tuple[EventKind, dt.date]] = []
    if started_on is not None:
        events.append((EventKind.STARTED, started_on))
    if finished_on is not None and outcome in _SESSION_CLOSING:
        events.append((_SESSION_CLOSING[outcome], finished_on))
    return events
