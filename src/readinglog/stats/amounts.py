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
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from readinglog.core.models import Event, Item
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.reads import KINDS, day, day_range, json_ids, of_kind, raw, rows


class Amount(NamedTuple):
    """Pages and minutes of entries of one kind on one day."""

    on: dt.date
    kind: ItemKind
    pages: int
    minutes: int


_WALKED = (EventKind.STARTED, EventKind.PROGRESS, EventKind.FINISHED, EventKind.ABANDONED)
_COUNTED = (EventKind.PROGRESS, EventKind.FINISHED, EventKind.ABANDONED)
_STARTED = EventKind.STARTED.value
_FINISHED = EventKind.FINISHED.value
_ABANDONED = EventKind.ABANDONED.value
_PAGES = ProgressUnit.PAGES.value
_MINUTES = ProgressUnit.MINUTES.value
_PERCENT = ProgressUnit.PERCENT.value
_COUNTED_TEXT = frozenset(k.value for k in _COUNTED)
_BOOK = ItemKind.BOOK.value
_COURSE = ItemKind.COURSE.value


def _whole(value: float) -> int:
    return math.floor(value + 0.5)


# item id, event kind, day (ISO), value, unit
EventRow = tuple[int, str, str, float | None, str | None]
# entry kind, pages, length (s), time spent (min)
Facts = tuple[str, int | None, int | None, int | None]


def _events(
    start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> Select[int, str, str, float | None, str]:
    """The walked events in ``[start, end)``, each entry's in date order."""
    return (
        select(Event.item_id, raw(Event.kind), raw(Event.on), Event.value, raw(Event.unit))
        .where(
            Event.kind.in_(_WALKED),
            *day_range(Event.on, start, end),
            *of_kind(kind, Event.item_id),
        )
        .order_by(Event.item_id, Event.on, Event.id)
    )


def _events_of(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> tuple[list[EventRow], dict[int, Facts]]:
    """The events to walk for ``[start, end)`` and the facts of their entries.

    The events inside the period, and, for the entries whose read-through was under way when
    it began (their first event in it is not ``started``) and for courses (whose time spent
    counts at their first finish only), their events before it too. An entry with nothing
    but ``started`` in the period has nothing to count and is left out.
    """
    inside = rows(s, _events(start, end, kind))
    counted = {row[0] for row in inside if row[1] in _COUNTED_TEXT}
    facts: dict[int, Facts] = {
        item_id: (kind_text, pages, duration_s, spent)
        for item_id, kind_text, pages, duration_s, spent in rows(
            s,
            select(Item.id, raw(Item.kind), Item.pages, Item.duration_s, Item.time_spent_min).where(
                Item.id.in_(json_ids(counted))
            ),
        )
    }
    if start is None:
        return [row for row in inside if row[0] in counted], facts
    opening: dict[int, str] = {}
    for row in inside:
        opening.setdefault(row[0], row[1])
    earlier = [
        item_id
        for item_id in counted
        if opening[item_id] != _STARTED or facts[item_id][0] == _COURSE
    ]
    before: dict[int, list[EventRow]] = {}
    for row in rows(s, _events(None, start, None).where(Event.item_id.in_(json_ids(earlier)))):
        before.setdefault(row[0], []).append(row)
    walked: list[EventRow] = []
    current = -1
    for row in inside:
        if row[0] not in counted:
            continue
        if row[0] != current:
            current = row[0]
            walked.extend(before.get(current, ()))
        walked.append(row)
    return walked, facts


def walk(
    events: Iterable[EventRow], facts: dict[int, Facts], first: str = ""
) -> dict[tuple[str, str], list[int]]:
    """Pages and minutes by (day, entry kind) from days ``first`` on (ISO text), walking each
    entry's events (``events`` holds each entry's together, in date order) as the module
    says. One loop with plain locals: it runs for every event of a year's entries."""
    out: dict[tuple[str, str], list[int]] = {}
    current = -1
    kind = ""
    book_pages = length = course = None
    at_page = at_minute = logged = 0.0
    finished_before = False
    for item_id, event, on, value, unit in events:
        if item_id != current:
            current = item_id
            kind, pages, duration_s, spent = facts[item_id]
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
                moved_pages = max(page - at_page, 0.0)
                at_page = page
            if minute is not None:
                moved_minutes = max(minute - at_minute, 0.0)
                at_minute = minute
                logged += moved_minutes
        if event == _FINISHED:
            if book_pages:
                moved_pages += max(book_pages - at_page, 0.0)
            if length:
                moved_minutes += max(length - at_minute, 0.0)
            if course and not finished_before:
                moved_minutes += max(course - logged, 0.0)
            finished_before = True
            at_page = at_minute = 0.0
        elif event == _ABANDONED:
            at_page = at_minute = 0.0
        if on < first:
            continue
        pages_count, minutes_count = _whole(moved_pages), _whole(moved_minutes)
        if pages_count or minutes_count:
            totals = out.setdefault((on, kind), [0, 0])
            totals[0] += pages_count
            totals[1] += minutes_count
    return out


def amounts(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> list[Amount]:
    """Pages and minutes per day and entry kind in ``[start, end)`` (days with none left out)."""
    events, facts = _events_of(s, start, end, kind)
    walked = walk(events, facts, start.isoformat() if start else "")
    return [
        Amount(day(on), KINDS[kind_text], pages, minutes)
        for (on, kind_text), (pages, minutes) in sorted(walked.items())
    ]
