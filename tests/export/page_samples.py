"""Figures built by hand for the page tests (no database): a year with books, courses,
episodes and videos in English and Chinese."""

from __future__ import annotations

import datetime as dt

from readinglog.core.types import ItemKind
from readinglog.stats.charts import MONTHS_EN
from readinglog.stats.figures import (
    DaysToFinish,
    Figures,
    FinishedEntry,
    LanguageFigures,
    MonthFigures,
    Period,
    Ranked,
    Streak,
    Totals,
)

__all__ = ["MONTHS_EN", "entry", "figures_2024"]


def entry(
    item_id: int,
    kind: ItemKind,
    title: str,
    finished_on: dt.date,
    rating: float | None = None,
    *,
    people: tuple[str, ...] = (),
    parent: str | None = None,
    cover: str | None = None,
    reread: bool = False,
) -> FinishedEntry:
    return FinishedEntry(item_id, kind, title, people, finished_on, rating, cover, parent, reread)


ENTRIES = (
    entry(1, ItemKind.BOOK, "人类简史", dt.date(2024, 3, 2), 4.5, people=("尤瓦尔·赫拉利",)),
    entry(2, ItemKind.BOOK, "Deep Work", dt.date(2024, 3, 20), 4, people=("Cal Newport",)),
    entry(3, ItemKind.COURSE, "Machine Learning", dt.date(2024, 6, 1), 5, people=("Andrew Ng",)),
    entry(4, ItemKind.EPISODE, "第 12 期：读书", dt.date(2024, 7, 9), None, parent="忽左忽右"),
    entry(5, ItemKind.VIDEO, "Inventing on Principle", dt.date(2024, 11, 30), 3.5),
    entry(1, ItemKind.BOOK, "人类简史", dt.date(2024, 12, 24), 5, reread=True),
)


def _month(month: int) -> Totals:
    done = [e for e in ENTRIES if e.finished_on.month == month]
    finished: dict[ItemKind, int] = {}
    for e in done:
        finished[e.kind] = finished.get(e.kind, 0) + 1
    return Totals(
        finished=finished,
        titles=len({e.item_id for e in done}),
        pages=37 * month,
        minutes=25 * month,
        notes=month % 3,
        words=100 * month,
        active_days=month,
    )


def figures_2024() -> Figures:
    months = tuple(MonthFigures(2024, m, _month(m)) for m in range(1, 13))
    finished: dict[ItemKind, int] = {}
    for e in ENTRIES:
        finished[e.kind] = finished.get(e.kind, 0) + 1
    totals = Totals(
        finished=finished,
        titles=len({e.item_id for e in ENTRIES}),
        pages=sum(m.totals.pages for m in months),
        minutes=sum(m.totals.minutes for m in months),
        minutes_by_kind={ItemKind.COURSE: 1200, ItemKind.EPISODE: 750},
        notes=sum(m.totals.notes for m in months),
        words=sum(m.totals.words for m in months),
        abandoned=1,
        rereads=1,
        active_days=sum(m.totals.active_days for m in months),
    )
    return Figures(
        period=Period.year(2024),
        kind=None,
        totals=totals,
        by_language={
            "zh": LanguageFigures(titles=2, notes=3, words=900),
            "en": LanguageFigures(titles=3, notes=2, words=300),
        },
        ratings={3.5: 1, 4.0: 1, 4.5: 1, 5.0: 2},
        top_tags=(Ranked("历史", 3), Ranked("productivity", 2)),
        top_authors=(Ranked("尤瓦尔·赫拉利", 2), Ranked("Cal Newport", 1)),
        top_shows=(Ranked("忽左忽右", 1),),
        top_platforms=(Ranked("Coursera", 1),),
        days_to_finish=DaysToFinish(count=4, median=12.5, mean=20.25, fastest=3, slowest=53),
        longest_streak=Streak(9, dt.date(2024, 3, 1), dt.date(2024, 3, 9)),
        calendar={dt.date(2024, 3, d): d for d in range(1, 10)} | {dt.date(2024, 12, 24): 2},
        undated_sessions=2,
        by_month=months,
        finished_entries=ENTRIES,
    )
