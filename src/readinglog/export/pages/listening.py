"""Listening: the episodes listened to (finished), per show, with their length and rating.

Shows with the most episodes come first (then by title); episodes within a show in the order
they were listened to; episodes of no show last. ``--year`` keeps the episodes finished in
that year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core.text import sort_key
from readinglog.core.types import ItemKind
from readinglog.export.frontmatter import Value
from readinglog.export.pages import sources
from readinglog.export.pages.lines import Line, entry_line
from readinglog.export.pages.publish import Links, PageSpec, latest
from readinglog.export.pages.sources import PageEntry
from readinglog.export.pages.words import WORDS, choose_lang, count, parenthesized
from readinglog.export.profiles import Format
from readinglog.stats.charts import Lang

NAME = "listening"


@dataclass(frozen=True)
class Show:
    id: int | None  # None: the episodes of no show
    title: str
    hosts: tuple[str, ...]
    episodes: tuple[PageEntry, ...]
    sort_key: str = ""


def listened(episodes: Sequence[PageEntry], year: int | None = None) -> list[PageEntry]:
    """The finished episodes (of ``year`` when given), in the order they were finished."""
    done = [e for e in episodes if e.finished_on is not None]
    if year is not None:
        done = [e for e in done if e.finished_on is not None and e.finished_on.year == year]
    return sorted(done, key=lambda e: (e.finished_on or dt.date.min, e.id))


def by_show(episodes: Sequence[PageEntry], shows: Mapping[int, PageEntry]) -> list[Show]:
    """``episodes`` grouped by the show they belong to (``shows``: the shows by id)."""
    groups: dict[int | None, list[PageEntry]] = {}
    for episode in episodes:
        groups.setdefault(episode.parent_id, []).append(episode)
    found = []
    for show_id, listed in groups.items():
        show = shows.get(show_id) if show_id is not None else None
        title = show.title if show else (listed[0].parent_title or "")
        found.append(
            Show(
                show_id,
                title,
                show.people if show else (),
                tuple(listed),
                show.sort_key if show else sort_key(title),
            )
        )
    return sorted(found, key=lambda s: (s.id is None, -len(s.episodes), s.sort_key))


def length(seconds: object) -> str:
    """``1:02:03`` or ``45:10``: an episode's length."""
    if not isinstance(seconds, int) or seconds <= 0:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def body(shows: Sequence[Show], lang: Lang, links: Links) -> str:
    w = WORDS[lang]
    parts = []
    for show in shows:
        heading = links.entry(show.id, show.title) if show.id is not None else w["no_show"]
        lines = [f"## {heading}{parenthesized(f'{len(show.episodes):,}', lang)}"]
        if show.hosts:
            lines.append(w["hosts"].format(names=links.text(", ".join(show.hosts))))
        episodes = "\n".join(
            entry_line(
                Line(
                    e.id,
                    e.title,
                    (),
                    e.rating,
                    e.finished_on,
                    e.cover,
                    tuple(x for x in (length(e.fields.get("duration")),) if x),
                ),
                lang,
                links,
            )
            for e in show.episodes
        )
        lines.append(episodes)
        parts.append("\n\n".join(lines))
    return "\n\n".join(parts) if parts else w["nothing"]


def spec(
    shows: Sequence[Show],
    lang: Lang,
    year: int | None = None,
    references: sources.References | None = None,
    *,
    now: dt.datetime | None = None,
) -> PageSpec:
    w = WORDS[lang]
    episodes = [e for show in shows for e in show.episodes]
    named = [show for show in shows if show.id is not None]
    intro = w["listening_intro"].format(
        episodes=count(len(episodes), "episode", lang), shows=count(len(named), "podcast", lang)
    )
    title = w["listening_title"] if year is None else w["listening_title_year"]
    facts: dict[str, Value] = {
        "page": NAME,
        "lang": lang,
        "year": year,
        "episodes": len(episodes),
        "shows": len(named),
    }

    def render(links: Links) -> Mapping[str, str]:
        return {"intro": intro, "shows": body(shows, lang, links)}

    return PageSpec(
        name=NAME,
        number=year or 0,
        title=title.format(year=year),
        lang=lang,
        date=latest([e.updated_at for e in episodes], now),
        summary=intro,
        facts=facts,
        render=render,
        references=references or sources.References(),
    )


def read(
    s: Session, fmt: Format, root: Path, lang: str | None = None, year: int | None = None
) -> PageSpec:
    finished = sources.finished_ids(s, [ItemKind.EPISODE], year)  # not every episode
    episodes = listened(sources.entries(s, finished), year)
    show_ids = sorted({e.parent_id for e in episodes if e.parent_id is not None})
    shows = {show.id: show for show in sources.entries(s, show_ids)}
    grouped = by_show(episodes, shows)
    listed = [(e.id, e.title) for e in episodes] + [(x.id, x.title) for x in shows.values()]
    references = sources.references(s, listed, fmt, root)
    titles = [e.title for e in episodes]
    return spec(grouped, choose_lang(titles, lang), year, references)
