"""``readinglog stats`` as text: a readable summary of the figures and the goals' pace.

Labels are English; titles, names and tags are the user's own (escaped on a terminal, exact
in a pipe). Every line says what it counts as stats/figures.py defines it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from readinglog.cli.output import fit, for_terminal, width
from readinglog.core.types import ItemKind
from readinglog.stats.charts import KIND_NAMES, LANGUAGE_NAMES, MONTHS_EN
from readinglog.stats.figures import RATING_STEPS, Figures, PeriodKind, Ranked
from readinglog.stats.goals import GoalProgress, number

LABEL = 16  # columns of a figure's label
BAR = 30  # columns of the longest histogram bar
TITLES_SHOWN = 50  # finished entries listed (the JSON lists all)
TOP_SHOWN = 5


def _hours(minutes: int) -> str:
    return number(round(minutes / 60, 1))


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _line(label: str, value: str, indent: int = 2) -> str:
    return " " * indent + fit(label, LABEL + 2 - indent) + value


def _kind(kind: ItemKind) -> str:
    return KIND_NAMES["en"][kind].lower()


def _period_name(figures: Figures) -> str:
    period = figures.period
    if period.kind is PeriodKind.ALL or period.start is None:
        name = "all time"
    elif period.kind is PeriodKind.MONTH:
        name = f"{MONTHS_EN[period.start.month - 1]} {period.start.year}"
    else:
        name = str(period.start.year)
    kinds = "all kinds" if figures.kind is None else _kind(figures.kind)
    return f"{name} ({kinds})"


def _totals(figures: Figures) -> list[str]:
    t = figures.totals
    finished = sum(t.finished.values())
    titles = _count(t.titles, "distinct title", "distinct titles")
    lines = [
        _line(
            "Finished",
            f"{finished:,} ({'read-through' if finished == 1 else 'read-throughs'}; {titles})",
        )
    ]
    lines += [
        _line(_kind(kind), f"{count:,}", indent=4)
        for kind in ItemKind
        if (count := t.finished.get(kind, 0))
    ]
    lines.append(_line("Pages", f"{t.pages:,}"))
    by_kind = ", ".join(
        f"{_kind(kind)} {_hours(minutes)}"
        for kind in ItemKind
        if (minutes := t.minutes_by_kind.get(kind, 0))
    )
    lines.append(_line("Hours", _hours(t.minutes) + (f" ({by_kind})" if by_kind else "")))
    lines.append(_line("Notes", f"{t.notes:,} ({_count(t.words, 'word', 'words')})"))
    lines.append(_line("Abandoned", f"{t.abandoned:,}"))
    lines.append(_line("Re-reads", f"{t.rereads:,}"))
    lines.append(_line("Active days", f"{t.active_days:,}"))
    streak = figures.longest_streak
    if streak.days and streak.start and streak.end:
        when = f" ({streak.start.isoformat()} to {streak.end.isoformat()})"
        lines.append(_line("Longest streak", _count(streak.days, "day", "days") + when))
    else:
        lines.append(_line("Longest streak", "0 days"))
    days = figures.days_to_finish
    if days.count and days.median is not None and days.mean is not None:
        lines.append(_line(
            "Days to finish",
            f"median {number(days.median)}, mean {number(days.mean)}, fastest {days.fastest}, "
            f"slowest {days.slowest} ({_count(days.count, 'read-through', 'read-throughs')} "
            "with a start and a finish)",
        ))  # fmt: skip
    return lines


def _languages(figures: Figures) -> list[str]:
    names = LANGUAGE_NAMES["en"]
    used = [(c, f) for c, f in figures.by_language.items() if f.titles or f.notes]
    if not used:
        return []
    lines = ["", "By language"]
    for code, f in used:
        value = ", ".join((_count(f.titles, "title", "titles"), _count(f.notes, "note", "notes"),
                           _count(f.words, "word", "words")))  # fmt: skip
        lines.append(_line(names.get(code, code), value))
    return lines


def _ratings(figures: Figures) -> list[str]:
    if not any(figures.ratings.values()):
        return ["", "Ratings: no rated title was finished"]
    most = max(figures.ratings.values())
    lines = ["", "Ratings (finished titles)"]
    for step in reversed(RATING_STEPS):
        count = figures.ratings.get(step, 0)
        bar = "█" * max(1, round(count / most * BAR)) if count else ""
        lines.append(f"  {step:>3g}  {bar} {count}".rstrip() if count else f"  {step:>3g}")
    return lines


def _top(label: str, ranked: Sequence[Ranked]) -> list[str]:
    if not ranked:
        return []
    shown = ", ".join(f"{for_terminal(r.name)} ({r.count})" for r in ranked[:TOP_SHOWN])
    return [_line(label, shown)]


def _tops(figures: Figures) -> list[str]:
    lines = [
        *_top("Tags", figures.top_tags),
        *_top("Authors", figures.top_authors),
        *_top("Shows", figures.top_shows),
        *_top("Platforms", figures.top_platforms),
    ]
    return ["", "Top (entries finished)", *lines] if lines else []


def _finished(figures: Figures) -> list[str]:
    entries = figures.finished_entries
    if not entries:
        return []
    lines = ["", "Finished"]
    kind_width = max(width(e.kind.value) for e in entries)
    for entry in entries[-TITLES_SHOWN:]:
        title = entry.title + (f" ({entry.parent_title})" if entry.parent_title else "")
        if entry.people:
            title += " — " + ", ".join(entry.people)
        extra = (f"  ★{entry.rating:g}" if entry.rating is not None else "") + (
            "  (re-read)" if entry.reread else ""
        )
        kind = fit(entry.kind.value, kind_width)
        lines.append(f"  {entry.finished_on.isoformat()}  {kind}  {for_terminal(title)}{extra}")
    if len(entries) > TITLES_SHOWN:
        lines.insert(2, f"  … {len(entries) - TITLES_SHOWN:,} earlier ones (--json lists all)")
    return lines


def _months(figures: Figures) -> list[str]:
    if figures.period.kind is not PeriodKind.YEAR or not figures.by_month:
        return []
    lines = ["", "By month         finished     pages     hours   notes"]
    for month in figures.by_month:
        t = month.totals
        lines.append(
            f"  {MONTHS_EN[month.month - 1]:<13}{sum(t.finished.values()):>10,}"
            f"{t.pages:>10,}{_hours(t.minutes):>10}{t.notes:>8,}"
        )
    return lines


def _undated(figures: Figures) -> list[str]:
    n = figures.undated_sessions
    if not n:
        return []
    what = _count(n, "read-through", "read-throughs")
    return ["", f"Undated: {what} ended without a date; counted nowhere above."]


def goal_lines(goals: Iterable[GoalProgress]) -> list[str]:
    """One line a goal: ``books  12 of 40 books (30%): 3 books behind schedule``."""
    return [_line(p.goal.name, p.summary("en")) for p in goals]


def summary(figures: Figures, goals: Sequence[GoalProgress], today: dt.date) -> list[str]:
    """The whole text ``readinglog stats`` prints."""
    lines = [f"Statistics for {_period_name(figures)}", "", *_totals(figures)]
    lines += _languages(figures) + _ratings(figures) + _tops(figures)
    lines += _finished(figures) + _months(figures) + _undated(figures)
    if goals:
        year = goals[0].goal.year
        lines += ["", f"Goals for {year} (the pace as of {today.isoformat()})", *goal_lines(goals)]
    return lines
