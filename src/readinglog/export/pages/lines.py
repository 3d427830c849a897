"""One entry as a line of a page's list: cover, title (linked to its post), who, rating, day,
and links to its notes' posts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from readinglog.export.pages.markdown import colon
from readinglog.export.pages.publish import Links
from readinglog.export.pages.words import WORDS
from readinglog.export.render import stars
from readinglog.stats.charts import Lang


@dataclass(frozen=True)
class Line:
    item_id: int
    title: str
    who: Sequence[str] = ()  # authors, hosts; or the show an episode is of
    rating: float | None = None
    day: dt.date | None = None
    cover: str | None = None  # as the entry stores it
    extra: Sequence[str] = ()  # more Markdown parts: a length, "re-read"


def entry_line(line: Line, lang: Lang, links: Links) -> str:
    w = WORDS[lang]
    cover = links.cover(line.item_id, line.cover, w["cover"].format(title=line.title))
    parts = [f"**{links.entry(line.item_id, line.title)}**"]
    if line.who:
        parts.append(links.text(", ".join(line.who)))
    if line.rating is not None:
        parts.append(stars(line.rating))
    if line.day is not None:
        parts.append(line.day.isoformat())
    parts.extend(line.extra)
    text = " · ".join(parts)
    notes = links.notes(line.item_id)
    if notes:
        text += f" · {w['notes_label']}{colon(lang)}" + ", ".join(notes)
    return f"- {cover} {text}" if cover else f"- {text}"
