"""How far along a year's goals are, and whether that is on pace.

``done`` is the year's figure the goal counts (stats.compute.figures for that year: finished
read-throughs of the goal's kind or of any kind, pages, hours, notes, words). ``expected`` is
where an even pace would be by the end of ``today``: the target times the share of the year's
days up to and including today (a past year: the whole target; a future year: nothing).
``difference`` is done minus expected. The status:

- ``done``: the target is reached;
- ``on track``: the difference rounds to 0 of the goal's unit (within half a book, half an
  hour, half a page of the pace);
- ``ahead`` / ``behind``: otherwise, by the rounded difference ("3 books behind schedule");
- ``missed``: the year is over and the target was not reached ("9 books short": a schedule
  that has ended is not one to be behind).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from readinglog.core.goals import Goal, GoalMetric, goals_for
from readinglog.core.types import ItemKind
from readinglog.stats import compute
from readinglog.stats.figures import Figures, Period

Lang = Literal["en", "zh"]
Status = Literal["done", "ahead", "on track", "behind", "missed"]

# (singular, plural, Chinese measure word) of what a goal counts.
_FINISHED_UNITS: dict[ItemKind | None, tuple[str, str, str]] = {
    None: ("entry", "entries", "部"),
    ItemKind.BOOK: ("book", "books", "本"),
    ItemKind.PODCAST: ("show", "shows", "档"),
    ItemKind.EPISODE: ("episode", "episodes", "集"),
    ItemKind.COURSE: ("course", "courses", "门"),
    ItemKind.SERIES: ("series", "series", "个系列"),
    ItemKind.VIDEO: ("video", "videos", "个视频"),
    ItemKind.ARTICLE: ("article", "articles", "篇"),
}
_UNITS: dict[GoalMetric, tuple[str, str, str]] = {
    GoalMetric.PAGES: ("page", "pages", "页"),
    GoalMetric.HOURS: ("hour", "hours", "小时"),
    GoalMetric.NOTES: ("note", "notes", "篇"),
    GoalMetric.WORDS: ("word", "words", "字"),
}


def unit(goal: Goal, lang: Lang = "en", count: int = 2) -> str:
    """The goal's unit: ``books`` / ``book`` / ``本``, ``hours`` / ``小时``."""
    one, many, zh = (
        _FINISHED_UNITS[goal.kind] if goal.metric is GoalMetric.FINISHED else _UNITS[goal.metric]
    )
    if lang == "zh":
        return zh
    return one if count == 1 else many


def _whole(value: float) -> int:
    """Rounded half up (2.5 -> 3), not to even."""
    return math.floor(value + 0.5)


def number(value: float) -> str:
    """``1,234.5``; a whole number without its ``.0`` (the CLI's figures too)."""
    return f"{value:,.1f}".removesuffix(".0")


def _json_number(value: float) -> float | int:
    """Two decimals at most; a whole number without its ``.0`` (17 books, not 17.0)."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    done: float
    expected: float
    difference: float  # done - expected: above 0 ahead of the pace, below behind it
    status: Status

    @property
    def fraction(self) -> float:
        """How much of the target is done, 0 to 1 (for a progress bar)."""
        return min(1.0, self.done / self.goal.target)

    def text(self, lang: Lang = "en") -> str:
        """``3 books behind schedule``, ``2 books ahead``, ``on track``, ``done``, ``9 books
        short``; in Chinese ``落后计划 3 本``, ``领先 2 本``, ``进度正常``, ``已完成``,
        ``差 9 本``."""
        if self.status == "done":
            return "已完成" if lang == "zh" else "done"
        if self.status == "on track":
            return "进度正常" if lang == "zh" else "on track"
        n = _whole(abs(self.difference))
        what = unit(self.goal, lang, n)
        if self.status == "missed":
            n = max(1, _whole(self.goal.target - self.done))
            what = unit(self.goal, lang, n)
            return f"差 {n:,} {what}" if lang == "zh" else f"{n:,} {what} short"
        if lang == "zh":
            return f"落后计划 {n:,} {what}" if self.status == "behind" else f"领先 {n:,} {what}"
        return f"{n:,} {what} behind schedule" if self.status == "behind" else f"{n:,} {what} ahead"

    def summary(self, lang: Lang = "en") -> str:
        """``12 of 40 books (30%): 3 books behind schedule``."""
        percent = _whole(self.fraction * 100)
        if self.status != "done":
            percent = min(percent, 99)  # 39.9 of 40 hours is not 100%
        what = unit(self.goal, lang, _whole(self.goal.target))
        if lang == "zh":
            return (
                f"{number(self.done)} / {number(self.goal.target)} {what}"
                f"（{percent}%）：{self.text(lang)}"
            )
        return (
            f"{number(self.done)} of {number(self.goal.target)} {what} ({percent}%): "
            f"{self.text(lang)}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            **self.goal.to_json(),
            "unit": unit(self.goal),
            "done": _json_number(self.done),
            "expected": _json_number(self.expected),
            "difference": _json_number(self.difference),
            "status": self.status,
            "text": self.text("en"),
        }


def elapsed(year: int, today: dt.date) -> float:
    """The share of ``year`` gone by the end of ``today``: 0 before it, 1 after it."""
    if today.year < year:
        return 0.0
    if today.year > year:
        return 1.0
    start = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - start).days
    return ((today - start).days + 1) / days


def done_for(goal: Goal, figures: Figures) -> float:
    """What the year's figures count toward ``goal`` (figures computed for every kind)."""
    totals = figures.totals
    if goal.metric is GoalMetric.FINISHED:
        if goal.kind is None:
            return float(sum(totals.finished.values()))
        return float(totals.finished.get(goal.kind, 0))
    if goal.metric is GoalMetric.HOURS:
        minutes = totals.minutes if goal.kind is None else totals.minutes_by_kind.get(goal.kind, 0)
        return minutes / 60
    if goal.metric is GoalMetric.PAGES:
        return float(totals.pages)
    if goal.metric is GoalMetric.NOTES:
        return float(totals.notes)
    return float(totals.words)


def measure(goal: Goal, done: float, today: dt.date) -> GoalProgress:
    """``goal``'s progress with ``done`` counted so far, as of ``today``."""
    expected = goal.target * elapsed(goal.year, today)
    difference = done - expected
    status: Status
    if done >= goal.target:
        status = "done"
    elif today.year > goal.year:
        status = "missed"
    elif _whole(abs(difference)) == 0:
        status = "on track"
    else:
        status = "ahead" if difference > 0 else "behind"
    return GoalProgress(goal, done, expected, difference, status)


def progress_from(goals: list[Goal], figures: Figures, *, today: dt.date) -> list[GoalProgress]:
    """The progress of ``goals`` (of one year) from that year's ``figures``."""
    return [measure(goal, done_for(goal, figures), today) for goal in goals]


def progress(s: Session, year: int, *, today: dt.date) -> list[GoalProgress]:
    """``year``'s goals and how far along each is, as of ``today``."""
    goals = goals_for(s, year)
    if not goals:
        return []
    figures = compute.figures(s, Period.year(year))
    return progress_from(goals, figures, today=today)
