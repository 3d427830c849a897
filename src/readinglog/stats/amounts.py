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
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core.models import Event, Item
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.reads import KINDS, day, day_range, kind_is, raw, rows


@dataclass(frozen=True)
class Amount:
    """Pages or minutes of one entry on one day."""

    on: dt.date
    kind: ItemKind
    pages: int
    minutes: int


_WALKED = (EventKind.STARTED, EventKind.PROGRESS, EventKind.FINISHED, EventKind.ABANDONED)
_COUNTED = (EventKind.PROGRESS, EventKind.FINISHED, EventKind.ABANDONED)
_STARTED = EventKind.STARTED.value
_FINISHED = EventKind.FINISHED.value
_ABANDONED = EventKind.ABANDONED.value
_UNITS: dict[str | None, ProgressUnit | None] = {u.value: u for u in ProgressUnit} | {None: None}


def _whole(value: float) -> int:
    return math.floor(value + 0.5)


@dataclass
class _Entry:
    """One entry's facts and where its read-through under way stands."""

    kind: ItemKind
    pages: int | None
    duration_min: float | None
    time_spent_min: int | None
    at_page: float = 0.0
    at_minute: float = 0.0
    logged_minutes: float = 0.0  # for a course: minutes logged before its first finish
    finished_before: bool = False

    def position(
        self, value: float, unit: ProgressUnit | None
    ) -> tuple[float | None, float | None]:
        """(page, minute) a progress value stands for; None where it says nothing."""
        if unit is ProgressUnit.PAGES:
            return value, None
        if unit is ProgressUnit.MINUTES:
            return None, value
        if unit is ProgressUnit.PERCENT:
            if self.kind is ItemKind.BOOK and self.pages:
                return value / 100 * self.pages, None
            if self.duration_min:
                return None, value / 100 * self.duration_min
        return None, None

    def move(self, value: float | None, unit: ProgressUnit | None) -> tuple[float, float]:
        """Move to a logged position; the (pages, minutes) that moved forward."""
        if value is None:
            return 0.0, 0.0
        page, minute = self.position(value, unit)
        pages = minutes = 0.0
        if page is not None:
            pages, self.at_page = max(page - self.at_page, 0.0), page
        if minute is not None:
            minutes, self.at_minute = max(minute - self.at_minute, 0.0), minute
            self.logged_minutes += minutes
        return pages, minutes

    def finish(self, value: float | None, unit: ProgressUnit | None) -> tuple[float, float]:
        """The rest up to the end, then a new read-through begins."""
        pages, minutes = self.move(value, unit) if value is not None else (0.0, 0.0)
        if self.kind is ItemKind.BOOK and self.pages:
            pages += max(self.pages - self.at_page, 0.0)
        if self.duration_min:
            minutes += max(self.duration_min - self.at_minute, 0.0)
        if self.kind is ItemKind.COURSE and self.time_spent_min and not self.finished_before:
            minutes += max(self.time_spent_min - self.logged_minutes, 0.0)
        self.finished_before = True
        self.close()
        return pages, minutes

    def close(self) -> None:
        self.at_page = self.at_minute = 0.0


def amounts(
    s: Session, start: dt.date | None, end: dt.date | None, kind: ItemKind | None
) -> list[Amount]:
    """Pages and minutes per entry and day in ``[start, end)`` (days with none left out)."""
    counted = select(Event.item_id).where(
        Event.kind.in_(_COUNTED), *day_range(Event.on, start, end)
    )
    stmt = (
        select(
            Event.item_id,
            raw(Event.kind),
            raw(Event.on),
            Event.value,
            raw(Event.unit),
            raw(Item.kind),
            Item.pages,
            Item.duration_s,
            Item.time_spent_min,
        )
        .join(Item, Item.id == Event.item_id)
        .where(
            Event.item_id.in_(counted),
            Event.kind.in_(_WALKED),
            *day_range(Event.on, None, end),
            *kind_is(kind),
        )
        .order_by(Event.item_id, Event.on, Event.id)
    )
    first = start.isoformat() if start is not None else ""
    out: list[Amount] = []
    entry: _Entry | None = None
    current = -1
    for item_id, event, on, value, unit_text, kind_text, pages, duration_s, spent in rows(s, stmt):
        if item_id != current or entry is None:
            current = item_id
            duration = duration_s / 60 if duration_s else None
            entry = _Entry(KINDS[kind_text], pages, duration, spent)
        if event == _STARTED:
            entry.close()
            continue
        unit = _UNITS[unit_text]
        if event == _FINISHED:
            moved = entry.finish(value, unit)
        else:
            moved = entry.move(value, unit)
            if event == _ABANDONED:
                entry.close()
        if on < first:
            continue
        page_count, minute_count = _whole(moved[0]), _whole(moved[1])
        if page_count or minute_count:
            out.append(Amount(day(on), entry.kind, page_count, minute_count))
    return out
