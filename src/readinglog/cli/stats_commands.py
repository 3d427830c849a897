"""Statistics and goals: ``stats [--year Y | --month Y-M | --all] [--kind K] [--json]``,
``goal set YEAR --books N --hours N ...``, ``goal list [YEAR]``, ``goal rm YEAR --books ...``.

What each figure counts is stats/figures.py's docstring (and docs/stats.md); the JSON is
stats/json_out.py's. A goal's pace is reckoned as of today.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any

from readinglog.cli.context import Context
from readinglog.cli.output import print_json
from readinglog.cli.stats_text import goal_lines, summary
from readinglog.core import goals
from readinglog.core.errors import InvalidInput
from readinglog.core.goals import GoalMetric
from readinglog.core.types import ItemKind
from readinglog.stats import compute, json_out
from readinglog.stats import goals as goal_progress
from readinglog.stats.figures import Period

# goal flags: the option, what it counts (finished entries of a kind: --books, --episodes...)
GOAL_FLAGS: dict[str, tuple[GoalMetric, ItemKind | None]] = {
    "books": (GoalMetric.FINISHED, ItemKind.BOOK),
    "episodes": (GoalMetric.FINISHED, ItemKind.EPISODE),
    "courses": (GoalMetric.FINISHED, ItemKind.COURSE),
    "videos": (GoalMetric.FINISHED, ItemKind.VIDEO),
    "articles": (GoalMetric.FINISHED, ItemKind.ARTICLE),
    "entries": (GoalMetric.FINISHED, None),
    "pages": (GoalMetric.PAGES, None),
    "hours": (GoalMetric.HOURS, None),
    "notes": (GoalMetric.NOTES, None),
    "words": (GoalMetric.WORDS, None),
}
_FLAG_HELP = {
    "books": "books finished",
    "episodes": "podcast episodes finished",
    "courses": "courses finished",
    "videos": "videos finished",
    "articles": "articles finished",
    "entries": "entries of any kind finished",
    "pages": "pages read",
    "hours": "hours listened, watched and studied",
    "notes": "notes written",
    "words": "words written in notes (a Chinese character is a word)",
}
FIRST_YEAR, LAST_YEAR = 1, 9998  # what a date can hold (a year's end is the next 1 January)


def register(commands: Any) -> None:
    stats = commands.add_parser(
        "stats",
        help="statistics for a year, a month or all time",
        description="What was finished, read, listened to and written in a period (default: "
        "this year), with the year's goals and their pace. docs/stats.md says what each "
        "figure counts.",
    )
    period = stats.add_mutually_exclusive_group()
    period.add_argument("--year", metavar="YEAR", help="a year (default: this year)")
    period.add_argument("--month", metavar="YYYY-MM", help="a month")
    period.add_argument("--all", action="store_true", help="all time")
    stats.add_argument("--kind", choices=[k.value for k in ItemKind], help="only this kind")
    stats.add_argument("--json", action="store_true", help="print JSON (see docs/stats.md)")
    stats.set_defaults(handler=show_stats)

    group = commands.add_parser("goal", help="yearly goals: books, pages, hours, notes, words")
    sub = group.add_subparsers(title="goal commands", metavar="COMMAND", required=True)

    set_ = sub.add_parser(
        "set",
        help="set a year's goals (a goal set again gets the new target)",
        description="Set one or more of a year's goals, e.g. goal set 2026 --books 40 --hours "
        "200. --books, --episodes, --courses, --videos and --articles count entries of that "
        "kind finished; --entries counts every kind.",
    )
    set_.add_argument("year", metavar="YEAR")
    for flag, help_ in _FLAG_HELP.items():
        set_.add_argument(f"--{flag}", metavar="N", help=help_)
    set_.add_argument("--json", action="store_true", help="print the year's goals as JSON")
    set_.set_defaults(handler=set_goals)

    ls = sub.add_parser("list", help="a year's goals and their progress (default: this year)")
    ls.add_argument("year", metavar="YEAR", nargs="?")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=list_goals)

    rm = sub.add_parser("rm", help="remove some of a year's goals, e.g. goal rm 2026 --books")
    rm.add_argument("year", metavar="YEAR")
    for flag, help_ in _FLAG_HELP.items():
        rm.add_argument(f"--{flag}", action="store_true", help=f"the goal for {help_}")
    rm.set_defaults(handler=remove_goals)


def parse_year(text: str, what: str = "--year") -> int:
    cleaned = text.strip()
    if not re.fullmatch(r"\d{1,4}", cleaned) or not FIRST_YEAR <= int(cleaned) <= LAST_YEAR:
        raise InvalidInput(f"{what}: {text!r} is not a year (use e.g. 2024)")
    return int(cleaned)


def parse_month(text: str, what: str = "--month") -> tuple[int, int]:
    match = re.fullmatch(r"(\d{1,4})-(\d{1,2})", text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput(f"{what}: {text!r} is not a month (use YYYY-MM, e.g. 2024-03)")
    return parse_year(match.group(1), what), int(match.group(2))


def _period(args: argparse.Namespace, today: dt.date) -> Period:
    if args.all:
        return Period.all_time()
    if args.month is not None:
        return Period.month(*parse_month(args.month))
    year = today.year if args.year is None else parse_year(args.year)
    return Period.year(year)


def show_stats(args: argparse.Namespace, ctx: Context) -> int:
    today = dt.date.today()
    period = _period(args, today)
    kind = None if args.kind is None else ItemKind(args.kind)
    with ctx.library.sessions() as s:  # one read transaction: one snapshot
        figures = compute.figures(s, period, kind)
        progress: list[goal_progress.GoalProgress] = []
        if period.start is not None:  # a year's goals, or the goals of a month's year
            year = period.start.year
            year_goals = goals.goals_for(s, year)
            if year_goals:
                year_figures = figures
                if period != Period.year(year) or kind is not None:
                    year_figures = compute.figures(s, Period.year(year))
                progress = goal_progress.progress_from(year_goals, year_figures, today=today)
    if args.json:
        print_json(json_out.to_json(figures, progress))
    else:
        print("\n".join(summary(figures, progress, today)))
    return 0


def _targets(args: argparse.Namespace) -> list[tuple[GoalMetric, ItemKind | None, float]]:
    found = []
    for flag, (metric, kind) in GOAL_FLAGS.items():
        text = getattr(args, flag)
        if text is None:
            continue
        try:
            target = float(text)
        except ValueError:
            raise InvalidInput(f"--{flag}: {text!r} is not a number") from None
        found.append((metric, kind, target))
    if not found:
        raise InvalidInput("goal set: give at least one goal, e.g. --books 40 or --hours 200")
    return found


def set_goals(args: argparse.Namespace, ctx: Context) -> int:
    year = parse_year(args.year, "year")
    targets = _targets(args)
    with ctx.library.sessions.begin() as s:  # all of them, or none when one is refused
        for metric, kind, target in targets:
            goals.set_goal(s, year, metric, target, kind=kind)
    # printed only now: the goals are committed
    return _print_goals(ctx, year, args.json)


def list_goals(args: argparse.Namespace, ctx: Context) -> int:
    today = dt.date.today()
    year = today.year if args.year is None else parse_year(args.year, "year")
    return _print_goals(ctx, year, args.json)


def _print_goals(ctx: Context, year: int, as_json: bool) -> int:
    today = dt.date.today()
    with ctx.library.sessions() as s:
        progress = goal_progress.progress(s, year, today=today)
        years = goals.goal_years(s)
    if as_json:
        print_json([p.to_json() for p in progress])
        return 0
    if not progress:
        others = ", ".join(str(y) for y in years)
        print(f"{year} has no goals" + (f" (goals are set for {others})" if others else "")
              + f"; set one with: readinglog goal set {year} --books 40")  # fmt: skip
        return 0
    print(f"Goals for {year} (the pace as of {today.isoformat()})")
    print("\n".join(goal_lines(progress)))
    return 0


def remove_goals(args: argparse.Namespace, ctx: Context) -> int:
    year = parse_year(args.year, "year")
    chosen = [(flag, *GOAL_FLAGS[flag]) for flag in GOAL_FLAGS if getattr(args, flag)]
    if not chosen:
        raise InvalidInput("goal rm: name the goals to remove, e.g. --books or --hours")
    with ctx.library.sessions.begin() as s:  # all of them, or none when one is missing
        for _flag, metric, kind in chosen:
            goals.remove_goal(s, year, metric, kind=kind)
    names = ", ".join(flag for flag, _, _ in chosen)
    print(f"removed {year}'s goal{'s' if len(chosen) > 1 else ''} for {names}")
    return 0
