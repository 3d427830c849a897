"""The statistics as JSON: what ``readinglog stats --json`` prints (a stable, documented shape).

Every key is always there; the kinds in ``finished`` and ``minutes_by_kind`` are every kind
(only the chosen one with ``--kind``), zero when none; dates are ISO 8601 strings; ``ratings``
has every half star from ``"0.5"`` to ``"5"``. See ``stats/figures.py`` for what each counts.

    {
      "period": "2024", "kind": null,
      "finished": {"book": 12, "episode": 30, ...}, "titles": 40,
      "pages": 4210, "minutes": 5400, "minutes_by_kind": {"episode": 1800, ...},
      "notes": 25, "words": 18000, "abandoned": 2, "rereads": 1,
      "by_language": {"zh": {"titles": 9, "notes": 20, "words": 15000}, ...},
      "ratings": {"0.5": 0, ..., "4.5": 3, "5": 2},
      "top_tags": [{"name": "history", "count": 5}, ...],
      "top_authors": [...], "top_shows": [...], "top_platforms": [...],
      "days_to_finish": {"count": 10, "median": 14.0, "mean": 20.5, "fastest": 2, "slowest": 90},
      "active_days": 120,
      "longest_streak": {"days": 9, "start": "2024-03-01", "end": "2024-03-09"},
      "calendar": {"2024-03-01": 2, ...},
      "undated_sessions": 3,
      "by_month": [{"month": "2024-01", "finished": {...}, "titles": 3, ...}, ...],
      "finished_entries": [{"id": 7, "kind": "book", "title": "...", "people": ["..."],
                            "finished_on": "2024-06-05", "rating": 4.5, "cover_path": null,
                            "parent_title": null, "reread": false}, ...],
      "goals": [...]
    }
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from readinglog.core.types import ItemKind
from readinglog.stats.figures import RATING_STEPS, Figures, FinishedEntry, Ranked, Totals


class ToJson(Protocol):
    def to_json(self) -> Mapping[str, Any]: ...


def _kinds(counts: Mapping[ItemKind, int], kind: ItemKind | None) -> dict[str, int]:
    kinds = [kind] if kind is not None else list(ItemKind)
    return {k.value: counts.get(k, 0) for k in kinds}


def _totals(totals: Totals, kind: ItemKind | None) -> dict[str, Any]:
    return {
        "finished": _kinds(totals.finished, kind),
        "titles": totals.titles,
        "pages": totals.pages,
        "minutes": totals.minutes,
        "minutes_by_kind": _kinds(totals.minutes_by_kind, kind),
        "notes": totals.notes,
        "words": totals.words,
        "abandoned": totals.abandoned,
        "rereads": totals.rereads,
        "active_days": totals.active_days,
    }


def _ranked(lines: Iterable[Ranked]) -> list[dict[str, Any]]:
    return [{"name": line.name, "count": line.count} for line in lines]


def _entry(entry: FinishedEntry) -> dict[str, Any]:
    return {
        "id": entry.item_id,
        "kind": entry.kind.value,
        "title": entry.title,
        "people": list(entry.people),
        "finished_on": entry.finished_on.isoformat(),
        "rating": entry.rating,
        "cover_path": entry.cover_path,
        "parent_title": entry.parent_title,
        "reread": entry.reread,
    }


def _goal(goal: ToJson | Mapping[str, Any]) -> dict[str, Any]:
    return dict(goal) if isinstance(goal, Mapping) else dict(goal.to_json())


def to_json(figures: Figures, goals: Iterable[ToJson | Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The figures (and the goals' progress, each given as an object with ``to_json()`` or as
    a dict) as plain JSON values, in the documented order."""
    kind = figures.kind
    streak = figures.longest_streak
    days = figures.days_to_finish
    return {
        "period": figures.period.label,
        "kind": kind.value if kind is not None else None,
        **_totals(figures.totals, kind),
        "by_language": {
            code: {"titles": f.titles, "notes": f.notes, "words": f.words}
            for code, f in figures.by_language.items()
        },
        "ratings": {f"{step:g}": figures.ratings.get(step, 0) for step in RATING_STEPS},
        "top_tags": _ranked(figures.top_tags),
        "top_authors": _ranked(figures.top_authors),
        "top_shows": _ranked(figures.top_shows),
        "top_platforms": _ranked(figures.top_platforms),
        "days_to_finish": {
            "count": days.count,
            "median": days.median,
            "mean": days.mean,
            "fastest": days.fastest,
            "slowest": days.slowest,
        },
        "longest_streak": {
            "days": streak.days,
            "start": streak.start.isoformat() if streak.start else None,
            "end": streak.end.isoformat() if streak.end else None,
        },
        "calendar": {day.isoformat(): count for day, count in sorted(figures.calendar.items())},
        "undated_sessions": figures.undated_sessions,
        "by_month": [
            {"month": month.label, **_totals(month.totals, kind)} for month in figures.by_month
        ],
        "finished_entries": [_entry(e) for e in figures.finished_entries],
        "goals": [_goal(goal) for goal in goals],
    }
