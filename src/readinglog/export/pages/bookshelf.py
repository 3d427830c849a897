"""The bookshelf: every book by status (reading now, read, want to read, paused, abandoned).

Read books come newest first (by the day they were last finished); the others by title, in
pinyin order among English titles (the entries' stored sort keys).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core.types import ItemKind, Status
from readinglog.export.frontmatter import Value
from readinglog.export.pages import sources
from readinglog.export.pages.lines import Line, entry_line
from readinglog.export.pages.publish import Links, PageSpec, latest
from readinglog.export.pages.sources import PageEntry
from readinglog.export.pages.words import STATUS_NAMES, WORDS, choose_lang, count, parenthesized
from readinglog.export.profiles import Format
from readinglog.stats.charts import Lang

NAME = "bookshelf"
ORDER = (Status.IN_PROGRESS, Status.FINISHED, Status.WANT, Status.PAUSED, Status.ABANDONED)


def shelves(books: Sequence[PageEntry]) -> dict[Status, list[PageEntry]]:
    """The books of each status that has any, in ``ORDER``, each shelf sorted."""
    found: dict[Status, list[PageEntry]] = {}
    for status in ORDER:
        shelf = sorted((b for b in books if b.status is status), key=lambda b: b.sort_key)
        if status is Status.FINISHED:
            shelf.sort(key=lambda b: b.finished_on or dt.date.min, reverse=True)
        if shelf:
            found[status] = shelf
    return found


def body(shelved: Mapping[Status, Sequence[PageEntry]], lang: Lang, links: Links) -> str:
    """The shelves (``shelves``) as sections, one line per book."""
    parts = []
    for status, shelf in shelved.items():
        listed = "\n".join(
            entry_line(
                Line(
                    b.id,
                    b.title,
                    b.people,
                    b.rating,
                    b.finished_on if status is Status.FINISHED else None,
                    b.cover,
                ),
                lang,
                links,
            )
            for b in shelf
        )
        parts.append(
            f"## {STATUS_NAMES[lang][status]}{parenthesized(f'{len(shelf):,}', lang)}\n\n{listed}"
        )
    return "\n\n".join(parts) if parts else WORDS[lang]["nothing"]


def spec(
    books: Sequence[PageEntry],
    lang: Lang,
    references: sources.References | None = None,
    *,
    now: dt.datetime | None = None,
) -> PageSpec:
    intro = WORDS[lang]["bookshelf_intro"].format(books=count(len(books), "book", lang))
    facts: dict[str, Value] = {"page": NAME, "lang": lang, "books": len(books)}
    shelved = shelves(books)
    facts.update({s.value: len(shelf) for s, shelf in shelved.items()})

    def render(links: Links) -> Mapping[str, str]:
        return {"intro": intro, "shelves": body(shelved, lang, links)}

    return PageSpec(
        name=NAME,
        number=0,
        title=WORDS[lang]["bookshelf_title"],
        lang=lang,
        date=latest([b.updated_at for b in books], now),
        summary=intro,
        facts=facts,
        render=render,
        references=references or sources.References(),
    )


def read(s: Session, fmt: Format, root: Path, lang: str | None = None) -> PageSpec:
    books = sources.entries(s, sources.ids_of(s, [ItemKind.BOOK]))
    references = sources.references(s, [(b.id, b.title) for b in books], fmt, root)
    return spec(books, choose_lang([b.title for b in books], lang), references)
