"""Pages read and minutes spent, each on the day it was logged.

An entry's events are walked in date order with its position in the read-through under way:

- ``started`` begins a read-through at 0;
- ``progress`` in pages or minutes (or a percent, for a book with pages or an episode or video
  with a length) moves the position: what it moved forward counts on that day;
- ``finished`` counts the rest up to the end on the day it was finished: a book's pages, an
  episode's or a video's length, a course's time spent (the first time it was finished, less
  the minutes already logged for it). A finished book with no progress logged counts all its
  pages that day (what a Goodreads import brings);
- ``abandoned`` counts the progress it carries, if any;
- ``finished`` and ``abandoned`` close the read-through: the next one starts at 0 again.

A length with no finished event (an episode never marked finished) counts nowhere.
Every amount is rounded to a whole page or minute where it counts, so the months add up to
the period.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Select, String, case, select, type_coerce
from sqlalchemy.orm import Session

from readinglog.core.models import Event
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.reads import KINDS, day, day_range, json_ids, of_kind, raw, rows


class Amount(NamedTuple):
    """Pages and minutes of entries of one kind on one day."""

    on: dt.date
    kind: ItemKind
    pages: int
    minutes: int


_WALKED = (EventKind.STARTED, EventKind.PROGRESS, EventKind.FINISHED, EventKind.ABANDONED)
# The period's log as read: the walked events and the pauses, which the walk passes over and
# the activity calendar counts with the progress logged (``logged_days``).
_READ = (*_WALKED, EventKind.PAUSED)
# The events' kinds and units as small numbers (SQLite's CASE): read for every event of the
# period, a small int costs less than a text to hand over and to compare. A unit the walk
# does not use (episodes) reads as None.
_STARTED, _PROGRESS, _FINISHED, _ABANDONED, _PAUSED = range(5)
_LOGGED = (_PROGRESS, _PAUSED)  # what the calendar counts (``calendar.LOGGED``)
_PAGES, _MINUTES, _PERCENT = range(1, 4)
_KIND_CODE = case(
    {
        EventKind.STARTED.value: _STARTED,
        EventKind.PROGRESS.value: _PROGRESS,
        EventKind.FINISHED.value: _FINISHED,
        EventKind.ABANDONED.value: _ABANDONED,
        EventKind.PAUSED.value: _PAUSED,
    },
    value=type_coerce(Event.kind, String),
)
_UNIT_CODE = case(
    {
        ProgressUnit.PAGES.value: _PAGES,
        ProgressUnit.MINUTES.value: _MINUTES,
        ProgressUnit.PERCENT.value: _PERCENT,
    },
    value=type_coerce(Event.unit, String),
)
_BOOK = ItemKind.BOOK.value
_COURSE = ItemKind.COURSE.value


# item id, event kind (_STARTED...), day (ISO), value, unit (_PAGES... or None)
EventRow = tuple[int, int, str, float | None, int | None]
# id, entry kind, pages, length (s), time spent (min), then more (``entries.entry_facts``)
Facts = tuple[Any, ...]


def _events(
    start: dt.date | None,
    end: dt.date | None,
    kind: ItemKind | None,
    kinds: Sequence[EventKind] = _WALKED,
) -> Select[int, int, str, float | None, int | None]:
    """The events of ``kinds`` (the walked ones) in ``[start, end)``, each entry's in date
    order."""
    return (
        select(Event.item_id, _KIND_CODE, raw(Event.on), Event.value, _UNIT_CODE)
        .where(
            Event.kind.in_(kinds),
            *day_range(Event.on, start, end),
            *of_kind(kind, Event.item_id, all_time=start is None and end is None),
        )
        .order_by(Event.item_id, Event.on, Event.id)
    )


def period_events(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> list[EventRow]:
    """The period's log in ``[start, end)``: the events to walk and the pauses, read once
    for the walk and the calendar (``logged_days``), from their index alone."""
    return rows(s, _events(start, end, kind, _READ))


def logged_days(inside: Iterable[EventRow]) -> Counter[str]:
    """The progress and the pauses logged each day (ISO text) among the period's events
    (``period_events``)."""
    return Counter([row[2] for row in inside if row[1] in _LOGGED])  # a list: counted faster


def _with_earlier(
    s: Session, start: dt.date, inside: Sequence[EventRow], facts: dict[int, Facts]
) -> Sequence[EventRow]:
    """The period's events with, before them, every earlier event of the entries whose
    read-through was under way when the period began (their first event in it is not
    ``started``; a pause first brings them too, which changes nothing: the walk starts again
    at ``started``) and of the courses (whose time spent counts at their first finish only):
    each entry's together, in date order, as ``walk`` reads them."""
    opening = dict(map(itemgetter(0, 1), reversed(inside)))  # each entry's first event
    earlier = [
        item_id
        for item_id, event in opening.items()
        if event != _STARTED or facts[item_id][1] == _COURSE
    ]
    if not earlier:
        return inside
    stmt = _events(None, start, None).where(Event.item_id.in_(json_ids(sorted(earlier))))
    # Both lists are in entry order: a stable sort merges the two runs, each entry's events
    # before the period ahead of its own in it.
    return sorted([*rows(s, stmt), *inside], key=itemgetter(0))


def walk(
    events: Iterable[EventRow],
    facts: dict[int, Facts],
    first: str = "",
) -> dict[tuple[str, str], list[int]]:
    """Pages and minutes by (day, entry kind) from days ``first`` on (ISO text), walking each
    entry's events (``events`` holds each entry's together, in date order) as the module
    says. One loop with plain locals: it runs for every event of a year's entries."""
    out: dict[tuple[str, str], list[int]] = {}
    floor = math.floor  # a local: the loop runs for every event of the period
    current = -1
    kind = ""
    book_pages = length = course = None
    at_page = at_minute = logged = 0.0
    finished_before = False
    for item_id, event, on, value, unit in events:
        if event == _PAUSED:
            continue  # a pause moves nothing
        if item_id != current:
            current = item_id
            _, kind, pages, duration_s, spent = facts[item_id][:5]
            book_pages = pages if kind == _BOOK and pages else None
            length = duration_s / 60 if duration_s else None
            course = spent if kind == _COURSE and spent else None
            at_page = at_minute = logged = 0.0
            finished_before = False
        if event == _STARTED:
            at_page = at_minute = 0.0
            continue
        moved_pages = moved_minutes = 0.0
        if value is not None:
            page = minute = None
            if unit == _PAGES:
                page = value
            elif unit == _MINUTES:
                minute = value
            elif unit == _PERCENT:
                if book_pages:
                    page = value / 100 * book_pages
                elif length:
                    minute = value / 100 * length
            if page is not None:
                if page > at_page:
                    moved_pages = page - at_page
                at_page = page
            if minute is not None:
                if minute > at_minute:
                    moved_minutes = minute - at_minute
                at_minute = minute
                logged += moved_minutes
        if event == _FINISHED:
            if book_pages and book_pages > at_page:
                moved_pages += book_pages - at_page
            if length and length > at_minute:
                moved_minutes += length - at_minute
            if course and not finished_before and course > logged:
                moved_minutes += course - logged
            finished_before = True
            at_page = at_minute = 0.0
        elif event == _ABANDONED:
            at_page = at_minute = 0.0
        if on < first or not (moved_pages or moved_minutes):
            continue
        pages_count, minutes_count = floor(moved_pages + 0.5), floor(moved_minutes + 0.5)
        if pages_count or minutes_count:
            totals = out.get((on, kind))
            if totals is None:
                totals = out[on, kind] = [0, 0]
            totals[0] += pages_count
            totals[1] += minutes_count
    return out


def amounts(
    s: Session, start: dt.date | None, inside: Sequence[EventRow], facts: dict[int, Facts]
) -> list[Amount]:
    """Pages and minutes per day and entry kind from ``start`` on (days with none left out):
    ``inside`` holds the period's events (``period_events``), ``facts`` their entries'.
    The entries whose read-through was under way when the period began, and the courses,
    are walked from their first event on."""
    if start is None:
        walked = walk(inside, facts)
    else:
        walked = walk(_with_earlier(s, start, inside, facts), facts, start.isoformat())
    return [
        Amount(day(on), KINDS[kind_text], pages, minutes)
        for (on, kind_text), (pages, minutes) in sorted(walked.items())
    ]
