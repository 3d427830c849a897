"""The year in review: the year's numbers, its charts as SVG, what was finished, and links to
the posts of those entries and their notes.

Every number is one of ``stats.figures.Figures``' (see its docstring for what each counts),
written as ``svg_charts.number`` writes it; hours are the minutes / 60 to one decimal, as the
charts give them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core.types import ItemKind
from readinglog.export.frontmatter import Value
from readinglog.export.pages import lines, markdown, sources
from readinglog.export.pages.lines import Line
from readinglog.export.pages.publish import Chart, Links, PageSpec
from readinglog.export.pages.words import (
    WORDS,
    choose_lang,
    count,
    join,
    parenthesized,
)
from readinglog.export.profiles import Format
from readinglog.export.svg_charts import bar_chart, calendar_chart, number
from readinglog.stats import compute
from readinglog.stats.charts import KIND_NAMES, LANGUAGE_NAMES, Lang, all_charts
from readinglog.stats.figures import Figures, FinishedEntry, Period, Ranked

NAME = "year-in-review"


def hours(minutes: int) -> float:
    return round(minutes / 60, 1)


def finished_total(figures: Figures) -> int:
    return sum(figures.totals.finished.values())


def _finished_words(figures: Figures, lang: Lang) -> str:
    parts = [
        count(n, kind.value, lang)
        for kind in ItemKind
        if (n := figures.totals.finished.get(kind, 0))
    ]
    return join(parts, lang)


def intro(figures: Figures, year: int, lang: Lang) -> str:
    words = WORDS[lang]
    if not finished_total(figures):
        return words["review_intro_none"].format(year=year)
    return words["review_intro"].format(year=year, finished=_finished_words(figures, lang))


def numbers(figures: Figures, lang: Lang) -> str:
    """The year's figures as a two-column table, then its languages, then undated sessions."""
    w, t = WORDS[lang], figures.totals
    finished = number(finished_total(figures))
    if len(t.finished) > 1:
        detail = _finished_words(figures, lang)
        finished += parenthesized(detail, lang)
    rows = [
        (w["finished_row"], finished),
        (w["titles"], number(t.titles)),
        (w["pages"], number(t.pages)),
        (w["hours"], number(hours(t.minutes))),
        (w["notes"], number(t.notes)),
        (w["words"], number(t.words)),
        (w["active_days"], number(t.active_days)),
    ]
    streak = figures.longest_streak
    if streak.days and streak.start and streak.end:
        shown = w["streak_days"].format(
            days=count(streak.days, "day", lang),
            start=streak.start.isoformat(),
            end=streak.end.isoformat(),
        )
        rows.append((w["streak"], shown))
    rows += [(w["rereads"], number(t.rereads)), (w["abandoned"], number(t.abandoned))]
    if figures.days_to_finish.median is not None:
        rows.append((w["days_to_finish"], number(figures.days_to_finish.median)))
    table = markdown.table((w["figure"], w["value"]), rows, right=(1,))
    parts = [f"## {w['numbers']}", table]
    languages = [
        (LANGUAGE_NAMES[lang].get(code, code), number(f.titles), number(f.notes), number(f.words))
        for code, f in figures.by_language.items()
        if f.titles or f.notes
    ]
    if languages:
        head = (w["language"], w["titles"], w["notes"], w["words"])
        parts += [f"### {w['by_language']}", markdown.table(head, languages, right=(1, 2, 3))]
    if figures.undated_sessions:
        parts.append(w["undated"].format(count=number(figures.undated_sessions)))
    return "\n\n".join(parts)


def charts(figures: Figures, year: int, lang: Lang, links: Links) -> str:
    """The charts that have anything to show, then the activity calendar."""
    w = WORDS[lang]
    images = [
        links.chart(Chart(f"{chart.name}.svg", bar_chart(chart, lang), chart.title))
        for chart in all_charts(figures, lang)
        if not chart.empty
    ]
    calendar = calendar_chart(figures.calendar, year, lang)
    images.append(links.chart(Chart("calendar.svg", calendar, w["calendar"])))
    return f"## {w['charts']}\n\n" + "\n\n".join(images)


def entry_line(entry: FinishedEntry, lang: Lang, links: Links) -> str:
    who = entry.people or ((entry.parent_title,) if entry.parent_title else ())
    extra = (WORDS[lang]["reread"],) if entry.reread else ()
    line = Line(
        entry.item_id, entry.title, who, entry.rating, entry.finished_on, entry.cover_path, extra
    )
    return lines.entry_line(line, lang, links)


def finished(figures: Figures, lang: Lang, links: Links) -> str:
    """The finished entries by kind (in the order they were finished)."""
    w = WORDS[lang]
    parts = []
    for kind in ItemKind:
        done = [e for e in figures.finished_entries if e.kind is kind]
        if done:
            listed = "\n".join(entry_line(e, lang, links) for e in done)
            parts.append(f"### {KIND_NAMES[lang][kind]}\n\n{listed}")
    if not parts:
        return ""
    return f"## {w['finished']}\n\n" + "\n\n".join(parts)


def _ranked(items: tuple[Ranked, ...], links: Links) -> str:
    return ", ".join(f"{links.text(r.name)} ({number(r.count)})" for r in items)


def top(figures: Figures, lang: Lang, links: Links) -> str:
    w = WORDS[lang]
    lists = [
        (w["tags"], figures.top_tags),
        (w["authors"], figures.top_authors),
        (w["shows"], figures.top_shows),
        (w["platforms"], figures.top_platforms),
    ]
    lines = [
        f"- **{label}**{markdown.colon(lang)}{_ranked(items, links)}"
        for label, items in lists
        if items
    ]
    return f"## {w['top']}\n\n" + "\n".join(lines) if lines else ""


def facts(figures: Figures, year: int, lang: Lang) -> dict[str, Value]:
    """The numbers again, for themes that read front matter."""
    t = figures.totals
    return {
        "page": NAME,
        "year": year,
        "lang": lang,
        "finished": finished_total(figures),
        "titles": t.titles,
        "pages": t.pages,
        "hours": hours(t.minutes),
        "notes": t.notes,
        "words": t.words,
        "active_days": t.active_days,
        "longest_streak": figures.longest_streak.days,
    }


def spec(figures: Figures, lang: Lang, references: sources.References | None = None) -> PageSpec:
    """The page for ``figures`` of a year (pure: the Figures can be built by hand)."""
    start = figures.period.start
    if start is None:
        raise ValueError("a year in review needs a year's figures")
    year = start.year
    title = WORDS[lang]["review_title"].format(year=year)
    summary = intro(figures, year, lang)

    def render(links: Links) -> Mapping[str, str]:
        return {
            "intro": summary,
            "numbers": numbers(figures, lang),
            "charts": charts(figures, year, lang, links),
            "finished": finished(figures, lang, links),
            "top": top(figures, lang, links),
        }

    return PageSpec(
        name=NAME,
        number=year,
        title=title,
        lang=lang,
        date=dt.datetime(year, 12, 31, 12, 0, tzinfo=dt.UTC),
        summary=summary,
        facts=facts(figures, year, lang),
        render=render,
        references=references or sources.References(),
    )


def read(
    s: Session,
    year: int,
    fmt: Format,
    root: Path,
    lang: str | None = None,
) -> PageSpec:
    """The page for ``year`` from the library: its figures, and the posts it can link to."""
    figures = compute.figures(s, Period.year(year))
    listed = {(e.item_id, e.title) for e in figures.finished_entries}
    references = sources.references(s, sorted(listed), fmt, root)
    chosen = choose_lang([e.title for e in figures.finished_entries], lang)
    return spec(figures, chosen, references)
