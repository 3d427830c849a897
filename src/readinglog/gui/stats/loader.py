"""What the statistics window shows for one period, read in one session off the GUI thread.

Everything here is plain data (frozen values of ``readinglog.stats``): the window's thread
builds widgets from it, the view's own thread (``worker.LatestOnly``) reads the database.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from readinglog.core import repository
from readinglog.core.goals import goals_for
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.types import ItemKind
from readinglog.gui.lists.table_models import status_label
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.stats import compute
from readinglog.stats.charts import KIND_NAMES, LANGUAGE_NAMES
from readinglog.stats.entries import language_code, rating_step
from readinglog.stats.figures import (
    DaysToFinish,
    Figures,
    FinishedEntry,
    MonthFigures,
    Period,
    PeriodKind,
    Streak,
    Totals,
)
from readinglog.stats.goals import GoalProgress, progress_from

MONTHLY = ("finished", "pages", "hours")
BATCH = 500  # ids per IN (...): SQLite caps a statement's variables


@dataclass(frozen=True)
class Snapshot:
    """One period's figures, the years that have activity and (for a year) its goals."""

    period: Period
    figures: Figures
    years: tuple[int, ...]
    goals: tuple[GoalProgress, ...]
    seconds: float  # how long the reading took


@dataclass(frozen=True)
class EntryLine:
    """A line of the list under the charts: an entry and what it did there."""

    item_id: int
    title: str
    detail: str


@dataclass(frozen=True)
class Listed:
    """What a click listed: a heading and its lines."""

    heading: str
    lines: tuple[EntryLine, ...]


def empty_figures(year: int | None = None) -> Figures:
    """A year with nothing in it: what the charts show before the first answer."""
    year = year or dt.date.today().year
    return Figures(
        period=Period.year(year),
        kind=None,
        totals=Totals(),
        by_language={},
        ratings={},
        top_tags=(),
        top_authors=(),
        top_shows=(),
        top_platforms=(),
        days_to_finish=DaysToFinish(),
        longest_streak=Streak(),
        calendar={},
        undated_sessions=0,
        by_month=tuple(MonthFigures(year, month, Totals()) for month in range(1, 13)),
        finished_entries=(),
    )


def default_period(years: Sequence[int], today: dt.date) -> Period:
    """This year when it has activity (or nothing has), else the newest year that has."""
    if not years or today.year in years:
        return Period.year(today.year)
    return Period.year(years[0])


def load(library: Library, period: Period | None, today: dt.date | None = None) -> Snapshot:
    """``period``'s figures (None: ``default_period``), the years and the year's goals."""
    started = time.perf_counter()
    today = today or dt.date.today()
    with library.sessions() as s:
        years = tuple(compute.years_with_activity(s))
        period = period or default_period(years, today)
        figures = compute.figures(s, period)
        goals: tuple[GoalProgress, ...] = ()
        if period.kind is PeriodKind.YEAR and period.start is not None:
            # from the figures just counted: progress() would count the year again
            year_goals = goals_for(s, period.start.year)
            goals = tuple(progress_from(year_goals, figures, today=today))
    return Snapshot(period, figures, years, goals, time.perf_counter() - started)


# A kind as a listed entry's line names it, for the catalogs; translated in kind_word
# ("StatsList"). Lines are made on a worker thread: Qt's translate is thread-safe.
KIND_ONE = {
    ItemKind.BOOK: QT_TRANSLATE_NOOP("StatsList", "Book"),
    ItemKind.PODCAST: QT_TRANSLATE_NOOP("StatsList", "Show"),
    ItemKind.EPISODE: QT_TRANSLATE_NOOP("StatsList", "Episode"),
    ItemKind.COURSE: QT_TRANSLATE_NOOP("StatsList", "Course"),
    ItemKind.SERIES: QT_TRANSLATE_NOOP("StatsList", "Series"),
    ItemKind.VIDEO: QT_TRANSLATE_NOOP("StatsList", "Video"),
    ItemKind.ARTICLE: QT_TRANSLATE_NOOP("StatsList", "Article"),
}


def kind_word(kind: ItemKind) -> str:
    return QCoreApplication.translate("StatsList", KIND_ONE[kind])


def month_text(day: dt.date) -> str:
    """``March 2024`` (``2024年3月``)."""
    if i18n.is_chinese():
        return f"{day.year}年{day.month}月"
    return f"{day:%B %Y}"


def _finished_line(entry: FinishedEntry) -> EntryLine:
    parts = [kind_word(entry.kind)]
    if entry.people:
        parts.append(", ".join(entry.people))
    elif entry.parent_title:
        parts.append(entry.parent_title)
    parts.append(
        QCoreApplication.translate("StatsList", "finished {day}").format(
            day=entry.finished_on.isoformat()
        )
    )
    if entry.rating is not None:
        parts.append(f"★ {entry.rating:g}")
    if entry.reread:
        parts.append(QCoreApplication.translate("StatsList", "re-read"))
    return EntryLine(entry.item_id, entry.title, " · ".join(parts))


def _unique(entries: Sequence[FinishedEntry]) -> list[FinishedEntry]:
    """Each entry once (its last finish), for the charts that count titles."""
    last = {entry.item_id: entry for entry in entries}
    return [entry for entry in entries if last[entry.item_id] is entry]


def finished_matching(library: Library, figures: Figures, chart: str, key: str) -> list[EntryLine]:
    """The finished read-throughs a bar of the kinds, languages, ratings or finished-per-month
    chart counts (the month's bar: those finished in that month)."""
    entries = list(figures.finished_entries)
    if chart == "finished":
        chosen = [e for e in entries if f"{e.finished_on:%Y-%m}" == key]
    elif chart == "kinds":
        chosen = [e for e in entries if e.kind.value == key]
    elif chart == "ratings":
        chosen = [e for e in _unique(entries) if rating_step(e.rating) == float(key)]
    elif chart == "languages":
        codes = _language_codes(library, sorted({e.item_id for e in entries}))
        chosen = [e for e in _unique(entries) if codes.get(e.item_id) == key]
    else:
        raise ValueError(f"no such chart: {chart}")
    return [_finished_line(e) for e in chosen]


def _language_codes(library: Library, ids: Sequence[int]) -> dict[int, str]:
    codes: dict[int, str] = {}
    with library.sessions() as s:
        for first in range(0, len(ids), BATCH):
            batch = ids[first : first + BATCH]
            stmt = select(Item.id, Item.language).where(Item.id.in_(batch))
            codes.update((item_id, language_code(lang)) for item_id, lang in s.execute(stmt))
    return codes


def active_lines(library: Library, start: dt.date, end: dt.date) -> list[EntryLine]:
    """The entries with activity from ``start`` to ``end`` (exclusive), by title."""
    with library.sessions() as s:
        ids = compute.active_entries(s, start, end)
        rows = repository.item_rows(s, ids)
    lines = []
    for row in rows:
        parts = [kind_word(row.kind)]
        if row.people:
            parts.append(row.people)
        parts.append(status_label(row.kind, row.status))
        lines.append(EntryLine(row.id, row.title, " · ".join(parts)))
    return lines


def month_range(key: str) -> tuple[dt.date, dt.date]:
    """``2024-03`` -> the first of March and the first of April."""
    year, month = (int(part) for part in key.split("-"))
    period = Period.month(year, month)
    assert period.start is not None and period.end is not None
    return period.start, period.end


def listed_for_bar(library: Library, figures: Figures, chart: str, key: str) -> Listed:
    """What a click on bar ``key`` of ``chart`` lists (read off the GUI thread)."""
    if chart in MONTHLY and chart != "finished":
        start, end = month_range(key)
        lines = active_lines(library, start, end)
        heading = QCoreApplication.translate("StatsList", "Entries with activity in {month}")
        return Listed(heading.format(month=month_text(start)), tuple(lines))
    lines = finished_matching(library, figures, chart, key)
    return Listed(_heading(chart, key), tuple(lines))


def _heading(chart: str, key: str) -> str:
    if chart == "finished":
        start, _ = month_range(key)
        return QCoreApplication.translate("StatsList", "Finished in {month}").format(
            month=month_text(start)
        )
    if chart == "ratings":
        return QCoreApplication.translate("StatsList", "Finished and rated {rating}").format(
            rating=key
        )
    lang = i18n.labels_language()
    if chart == "kinds":
        names = {kind.value: name for kind, name in KIND_NAMES[lang].items()}
        return QCoreApplication.translate("StatsList", "{kinds} finished").format(
            kinds=names.get(key, key)
        )
    return QCoreApplication.translate("StatsList", "Finished in {language}").format(
        language=LANGUAGE_NAMES[lang].get(key, key)
    )


def listed_for_day(library: Library, day: dt.date) -> Listed:
    lines = active_lines(library, day, day + dt.timedelta(days=1))
    heading = QCoreApplication.translate("StatsList", "Entries with activity on {day}")
    return Listed(heading.format(day=day.isoformat()), tuple(lines))
