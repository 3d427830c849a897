"""The figures for a period: read-throughs, amounts, notes and days put together.

``figures(s, period, kind)`` follows the definitions in ``stats/figures.py``; the parts live
in ``reads`` (sessions), ``amounts`` (pages and minutes), ``calendar`` (notes, active days,
streaks) and ``entries`` (details, languages, ratings, top lists). The caller owns the
transaction; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy.orm import Session

from readinglog.core.types import ItemKind
from readinglog.stats import calendar, entries
from readinglog.stats.amounts import Amount, amounts, logged_days, period_events
from readinglog.stats.calendar import WrittenNote, active_entries, years_with_activity
from readinglog.stats.figures import (
    Figures,
    LanguageFigures,
    MonthFigures,
    Period,
    PeriodKind,
    Totals,
)
from readinglog.stats.reads import (
    Read,
    days_to_finish,
    ended_select,
    rows,
    undated_count,
)

__all__ = ["active_entries", "figures", "years_with_activity"]

LANGUAGES = ("zh", "en", "mixed", "other", "und")
Month = tuple[int, int]


def figures(s: Session, period: Period, kind: ItemKind | None = None) -> Figures:
    """Everything the statistics show for ``period`` (only entries of ``kind`` when given):
    what is logged, so a day still to come simply has nothing yet."""
    start, end = period.start, period.end
    ended = rows(s, ended_select(start, end, kind))
    inside = period_events(s, start, end, kind)
    facts = entries.entry_facts(s, {*map(itemgetter(1), ended), *map(itemgetter(0), inside)})
    reads, found, tag_counts = entries.ended_with_details(s, ended, facts)
    pages_minutes = amounts(s, start, inside, facts)
    notes = calendar.written_notes(s, start, end, kind)
    days = calendar.activity_calendar(s, start, end, kind, notes, logged_days(inside))
    titles = list(found.values())  # each finished entry once, in the order first finished
    top = entries.tops(titles, tag_counts)
    return Figures(
        period=period,
        kind=kind,
        totals=_totals(reads, pages_minutes, notes, days),
        by_language=_languages(titles, notes),
        ratings=entries.ratings(titles),
        top_tags=top.tags,
        top_authors=top.authors,
        top_shows=top.shows,
        top_platforms=top.platforms,
        days_to_finish=days_to_finish(reads),
        longest_streak=calendar.longest_streak(days),
        calendar=dict(sorted(days.items())),
        undated_sessions=undated_count(s, kind),
        by_month=_by_month(period, reads, pages_minutes, notes, days),
        finished_entries=entries.finished_entries(reads, found),
    )


def _totals(
    reads: Sequence[Read],
    pages_minutes: Sequence[Amount],
    notes: Sequence[WrittenNote],
    days: Counter[dt.date],
) -> Totals:
    finished = [r for r in reads if r.finished]
    by_kind: Counter[ItemKind] = Counter(r.kind for r in finished)
    minutes_by_kind: Counter[ItemKind] = Counter()
    for amount in pages_minutes:
        if amount.minutes:
            minutes_by_kind[amount.kind] += amount.minutes
    return Totals(
        finished=dict(sorted(by_kind.items(), key=lambda pair: list(ItemKind).index(pair[0]))),
        titles=len({r.item_id for r in finished}),
        pages=sum(a.pages for a in pages_minutes),
        minutes=sum(minutes_by_kind.values()),
        minutes_by_kind={k: minutes_by_kind[k] for k in ItemKind if minutes_by_kind[k]},
        notes=len(notes),
        words=sum(n.words for n in notes),
        abandoned=sum(1 for r in reads if not r.finished),
        rereads=sum(1 for r in finished if r.reread),
        active_days=len(days),
    )


def _languages(
    titles: Sequence[entries.Details], notes: Sequence[WrittenNote]
) -> dict[str, LanguageFigures]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for language, count in Counter(entry.language for entry in titles).items():
        counts[entries.language_code(language)][0] += count  # each language coded once
    for note in notes:
        counts[note.lang][1] += 1  # a StrEnum: the same key as its code
        counts[note.lang][2] += note.words
    return {code: LanguageFigures(*counts[code]) for code in LANGUAGES if code in counts}


def _months(period: Period, dated: Sequence[dt.date]) -> list[Month]:
    """The months ``by_month`` lists: a year's 12, a month's one, or for all time every month
    from the first dated activity to the last (none when nothing is dated)."""
    if period.kind is PeriodKind.MONTH and period.start is not None:
        return [(period.start.year, period.start.month)]
    if period.kind is PeriodKind.YEAR and period.start is not None:
        return [(period.start.year, m) for m in range(1, 13)]
    if not dated:
        return []
    first, last = min(dated), max(dated)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _by_month(
    period: Period,
    reads: Sequence[Read],
    pages_minutes: Sequence[Amount],
    notes: Sequence[WrittenNote],
    days: Counter[dt.date],
) -> tuple[MonthFigures, ...]:
    read_by: dict[Month, list[Read]] = defaultdict(list)
    for read in reads:
        read_by[read.finished_on.year, read.finished_on.month].append(read)
    amount_by: dict[Month, list[Amount]] = defaultdict(list)
    for amount in pages_minutes:
        amount_by[amount.on.year, amount.on.month].append(amount)
    notes_by: dict[Month, list[WrittenNote]] = defaultdict(list)
    for note in notes:
        notes_by[note.on.year, note.on.month].append(note)
    days_by: dict[Month, Counter[dt.date]] = defaultdict(Counter)
    for day, count in days.items():
        days_by[day.year, day.month][day] = count
    dated = [*days, *(r.finished_on for r in reads), *(a.on for a in pages_minutes)]
    return tuple(
        MonthFigures(
            year, number, _totals(read_by[key], amount_by[key], notes_by[key], days_by[key])
        )
        for key in _months(period, dated)
        for year, number in [key]
    )
