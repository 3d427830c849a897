"""Yearly goals: a target of finished entries (of one kind, or of any), pages, hours, notes or
words for one year. How far along a goal is lives in stats/goals.py; this module only stores
them.

    with library.sessions.begin() as s:
        goals.set_goal(s, 2026, GoalMetric.FINISHED, 40, kind=ItemKind.BOOK)
        goals.set_goal(s, 2026, GoalMetric.HOURS, 200)

One goal per year, metric and kind: setting it again replaces the target. ``kind`` is for
the goals the figures can split by kind: finished entries (books, episodes, courses, ...) and
hours (of episodes, videos, courses). Pages, notes and words count everything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core.errors import InvalidInput, Message, NotFound
from readinglog.core.models import Goal as GoalRow
from readinglog.core.models import GoalMetric
from readinglog.core.types import Changes, ItemKind

__all__ = [
    "KIND_METRICS",
    "MAX_TARGET",
    "MAX_YEAR",
    "MIN_YEAR",
    "WHOLE_METRICS",
    "Goal",
    "GoalMetric",
    "goal_name",
    "goal_said",
    "goal_years",
    "goals_for",
    "remove_goal",
    "set_goal",
]

MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_TARGET = 1e9
KIND_METRICS = frozenset({GoalMetric.FINISHED, GoalMetric.HOURS})  # may name a kind
WHOLE_METRICS = frozenset({GoalMetric.FINISHED, GoalMetric.PAGES, GoalMetric.NOTES,
                           GoalMetric.WORDS})  # fmt: skip

# What a goal is called in messages and on the command line (plural English).
_FINISHED_NAMES = {
    None: "entries",
    ItemKind.BOOK: "books",
    ItemKind.PODCAST: "shows",
    ItemKind.EPISODE: "episodes",
    ItemKind.COURSE: "courses",
    ItemKind.SERIES: "series",
    ItemKind.VIDEO: "videos",
    ItemKind.ARTICLE: "articles",
}

# The same names as parts of a sentence the window translates (``goal_said``).
_FINISHED_SAID = {
    None: Message("entries"),
    ItemKind.BOOK: Message("books"),
    ItemKind.PODCAST: Message("shows"),
    ItemKind.EPISODE: Message("episodes"),
    ItemKind.COURSE: Message("courses"),
    ItemKind.SERIES: Message("series"),
    ItemKind.VIDEO: Message("videos"),
    ItemKind.ARTICLE: Message("articles"),
}
_METRIC_SAID = {
    GoalMetric.PAGES: Message("pages"),
    GoalMetric.HOURS: Message("hours"),
    GoalMetric.NOTES: Message("notes"),
    GoalMetric.WORDS: Message("words"),
}


@dataclass(frozen=True)
class Goal:
    """One year's target: ``target`` finished entries of ``kind`` (any kind when None), or
    pages, hours, notes or words."""

    year: int
    metric: GoalMetric
    kind: ItemKind | None
    target: float

    @property
    def name(self) -> str:
        """``books``, ``entries``, ``pages``, ``hours of episodes``: what the goal counts."""
        return goal_name(self.metric, self.kind)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "metric": self.metric.value,
            "kind": None if self.kind is None else self.kind.value,
            "target": _plain(self.target),
        }


def goal_name(metric: GoalMetric, kind: ItemKind | None) -> str:
    if metric is GoalMetric.FINISHED:
        return _FINISHED_NAMES[kind]
    if kind is not None:
        return f"{metric.value} of {_FINISHED_NAMES[kind]}"
    return metric.value


def goal_said(metric: GoalMetric, kind: ItemKind | None) -> Message:
    """``goal_name`` as a part of a sentence (its English is the same)."""
    if metric is GoalMetric.FINISHED:
        return _FINISHED_SAID[kind]
    if kind is not None:
        return Message(
            "{metric} of {kinds}", metric=_METRIC_SAID[metric], kinds=_FINISHED_SAID[kind]
        )
    return _METRIC_SAID[metric]


def _plain(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _check(year: int, metric: GoalMetric, target: float, kind: ItemKind | None) -> None:
    name = goal_said(metric, kind)
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            "year: {year!r} is not a year from {first} to {last}",
            year=year,
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    if kind is not None and metric not in KIND_METRICS:
        raise InvalidInput(
            "kind: a {metric} goal counts every kind of entry, so it cannot name one",
            metric=metric.value,
        )
    if isinstance(target, bool) or not isinstance(target, (int, float)):
        raise InvalidInput(
            "target: the {name} goal must be a number, not {target!r}", name=name, target=target
        )
    if not math.isfinite(target) or target <= 0 or target > MAX_TARGET:
        raise InvalidInput(
            "target: the {name} goal must be more than 0 and at most {most:,.0f} (got {target:g})",
            name=name,
            most=MAX_TARGET,
            target=target,
        )
    if metric in WHOLE_METRICS and target != int(target):
        raise InvalidInput(
            "target: the {name} goal must be a whole number (got {target:g})",
            name=name,
            target=target,
        )


def _find(s: Session, year: int, metric: GoalMetric, kind: ItemKind | None) -> GoalRow | None:
    kind_is = GoalRow.kind.is_(None) if kind is None else GoalRow.kind == kind
    return s.scalar(select(GoalRow).where(GoalRow.year == year, GoalRow.metric == metric, kind_is))


def set_goal(
    s: Session, year: int, metric: GoalMetric, target: float, kind: ItemKind | None = None
) -> Changes:
    """Set ``year``'s goal for ``metric`` (and ``kind``), replacing a target set before."""
    metric = GoalMetric(metric)
    kind = None if kind is None else ItemKind(kind)
    _check(year, metric, target, kind)
    row = _find(s, year, metric, kind)
    if row is None:
        row = GoalRow(year=year, metric=metric, kind=kind, target=float(target))
        s.add(row)
    else:
        row.target = float(target)
    s.flush()
    return Changes(created=row.id)


def remove_goal(s: Session, year: int, metric: GoalMetric, kind: ItemKind | None = None) -> Changes:
    """Remove ``year``'s goal for ``metric`` (and ``kind``); NotFound when there is none."""
    metric = GoalMetric(metric)
    kind = None if kind is None else ItemKind(kind)
    row = _find(s, year, metric, kind)
    if row is None:
        raise NotFound("{year} has no goal for {name}", year=year, name=goal_said(metric, kind))
    s.delete(row)
    s.flush()
    return Changes()


_METRIC_ORDER = {metric: i for i, metric in enumerate(GoalMetric)}
_KIND_ORDER = {kind: i for i, kind in enumerate(ItemKind)}


def goals_for(s: Session, year: int) -> list[Goal]:
    """``year``'s goals: by metric (finished, pages, hours, notes, words), any kind first."""
    rows = s.scalars(select(GoalRow).where(GoalRow.year == year)).all()
    goals = [Goal(row.year, row.metric, row.kind, row.target) for row in rows]
    return sorted(
        goals,
        key=lambda g: (_METRIC_ORDER[g.metric], -1 if g.kind is None else _KIND_ORDER[g.kind]),
    )


def goal_years(s: Session) -> list[int]:
    """The years that have goals, newest first."""
    return list(s.scalars(select(GoalRow.year).distinct().order_by(GoalRow.year.desc())))
