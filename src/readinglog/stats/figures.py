"""What the statistics are: frozen values the CLI, the window and the pages all read.

Every figure says what it counts:

- ``finished``: read-throughs finished in the period, by kind (an entry finished twice in a year
  counts twice); ``titles``: the distinct entries among them.
- ``pages``: pages read on the days they were logged (progress in pages; a finished book's pages
  past its last logged page count on the day it was finished; a book finished with no progress
  logged counts all its pages on that day).
- ``minutes``: time listened, watched and studied, by kind: minutes logged as progress, an
  episode's or a video's length past its last logged minute on the day it was finished, a
  course's time spent on the day it was finished.
- ``notes`` and ``words``: notes written (created) in the period and their words (a Chinese
  character counts as a word, as elsewhere).
- ``abandoned``: read-throughs abandoned in the period; ``rereads``: finished read-throughs of
  an entry finished before.
- ``active_days``: days with anything logged (a session started or ended, progress, a note
  written); ``longest_streak``: the longest run of such days inside the period.
- ``undated_sessions``: read-throughs that ended (or were recorded finished) without a date:
  counted nowhere, and said how many.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from readinglog.core.types import ItemKind

RATING_STEPS = tuple(n / 2 for n in range(1, 11))  # every half star, 0.5 to 5


class PeriodKind(StrEnum):
    YEAR = "year"
    MONTH = "month"
    ALL = "all"


@dataclass(frozen=True)
class Period:
    """A year, a month or all time; ``start`` inclusive, ``end`` exclusive (None: open)."""

    kind: PeriodKind
    start: dt.date | None
    end: dt.date | None

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, dt.date(year, 1, 1), dt.date(year + 1, 1, 1))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        days = calendar.monthrange(year, month)[1]
        start = dt.date(year, month, 1)
        return cls(PeriodKind.MONTH, start, start + dt.timedelta(days=days))

    @classmethod
    def all_time(cls) -> Period:
        return cls(PeriodKind.ALL, None, None)

    @property
    def label(self) -> str:
        """``2024``, ``2024-03`` or ``all``: what the JSON's ``period`` says."""
        if self.start is None:
            return "all"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}"
        return f"{self.start.year}-{self.start.month:02d}"

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date):
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Ranked:
    """One line of a top list: a tag, an author, a show or a platform and how many entries."""

    name: str
    count: int


@dataclass(frozen=True)
class LanguageFigures:
    """Finished titles and notes in one language (``zh``, ``en``, ``mixed``, ``other``, ``und``)."""

    titles: int = 0
    notes: int = 0
    words: int = 0


@dataclass(frozen=True)
class DaysToFinish:
    """Days from start to finish of the read-throughs finished in the period that have both."""

    count: int = 0
    median: float | None = None
    mean: float | None = None
    fastest: int | None = None
    slowest: int | None = None


@dataclass(frozen=True)
class Streak:
    days: int = 0
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Totals:
    """The figures one period (or one month of it) has; see the module's docstring."""

    finished: dict[ItemKind, int] = field(default_factory=dict)
    titles: int = 0
    pages: int = 0
    minutes: int = 0
    minutes_by_kind: dict[ItemKind, int] = field(default_factory=dict)
    notes: int = 0
    words: int = 0
    abandoned: int = 0
    rereads: int = 0
    active_days: int = 0


@dataclass(frozen=True)
class MonthFigures:
    year: int
    month: int
    totals: Totals

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"


class FinishedEntry(NamedTuple):
    """One finished read-through: what the year in review lists and a bar's click shows.
    (A named tuple, frozen as the rest: a year at 100k entries makes thousands of them, and
    a tuple is made in a quarter of a frozen dataclass's time.)"""

    item_id: int
    kind: ItemKind
    title: str
    people: tuple[str, ...]  # authors, hosts or instructors, in order
    finished_on: dt.date
    rating: float | None
    cover_path: str | None  # relative to the library folder, as the entry stores it
    parent_title: str | None  # the show of an episode, the series of a course
    reread: bool


@dataclass(frozen=True)
class Figures:
    """Everything the statistics show for one period (optionally one kind of entry)."""

    period: Period
    kind: ItemKind | None
    totals: Totals
    by_language: dict[str, LanguageFigures]
    ratings: dict[float, int]  # half-star steps 0.5 .. 5.0 -> finished titles with that rating
    top_tags: tuple[Ranked, ...]
    top_authors: tuple[Ranked, ...]
    top_shows: tuple[Ranked, ...]
    top_platforms: tuple[Ranked, ...]
    days_to_finish: DaysToFinish
    longest_streak: Streak
    calendar: dict[dt.date, int]  # activities per active day
    undated_sessions: int
    by_month: tuple[MonthFigures, ...]
    finished_entries: tuple[FinishedEntry, ...]  # in the order they were finished
