"""What the entries finished in a period were: their details, languages, ratings and the top
lists (tags, authors, shows, platforms), each counting an entry once however often it was
finished."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from readinglog.core.models import Item, ItemPerson, Tag, item_tags
from readinglog.core.types import ItemKind, Role, Status
from readinglog.stats.figures import FinishedEntry, Ranked
from readinglog.stats.reads import KINDS, Days, EndedRow, Read, json_ids, raw, rows

TOP = 10
# Whose entry it is: its authors, else its hosts, else its instructors, else its speakers.
PEOPLE_ROLES = (Role.AUTHOR, Role.HOST, Role.INSTRUCTOR, Role.SPEAKER)
PLATFORM_KINDS = (ItemKind.COURSE, ItemKind.SERIES, ItemKind.VIDEO)
_FINISHED = Status.FINISHED.value


class Details(NamedTuple):
    id: int
    kind: ItemKind
    title: str
    rating: float | None
    cover_path: str | None
    language: str | None
    parent_id: int | None
    parent_title: str | None
    parent_kind: ItemKind | None
    platform: str | None  # a course's or series' platform; a video's, else its site or channel
    people: tuple[str, ...]


def language_code(language: str | None) -> str:
    """``zh`` for zh, zh-CN, zh-Hant...; ``en`` for en, en-GB...; ``und`` when empty;
    ``other`` for the rest."""
    code = (language or "").strip().lower()
    if not code or code == "und":
        return "und"
    for known in ("zh", "en"):
        if code == known or code.startswith((known + "-", known + "_")):
            return known
    return "other"


def rating_step(rating: float | None) -> float | None:
    """The half star a rating falls on (4.75 -> 5.0, 4.2 -> 4.0); None for no rating."""
    if rating is None or rating <= 0:
        return None
    return min(max(math.floor(rating * 2 + 0.5) / 2, 0.5), 5.0)


def entry_facts(s: Session, ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """What the statistics need of the entries ``ids``, each looked up once (in the order of
    their ids): kind (text), pages, length (s) and time spent (min), what ``amounts`` walks
    with; then title, rating, cover, language, parent id, the parent's title and kind,
    platform, site and channel, what ``Details`` holds."""
    parent = aliased(Item)
    stmt = (
        select(
            Item.id,
            raw(Item.kind),
            Item.pages,
            Item.duration_s,
            Item.time_spent_min,
            Item.title,
            Item.rating,
            Item.cover_path,
            Item.language,
            Item.parent_id,
            parent.title,
            raw(parent.kind),
            Item.platform,
            Item.site,
            Item.channel,
        )
        .outerjoin(parent, parent.id == Item.parent_id)
        .where(Item.id.in_(json_ids(sorted(ids))))
    )
    return {row[0]: row[1:] for row in rows(s, stmt)}


def ended_with_details(
    s: Session, ended: Sequence[EndedRow], facts: dict[int, tuple[Any, ...]]
) -> tuple[list[Read], dict[int, Details], Counter[str]]:
    """The read-throughs ``ended`` (``reads.ended_select``) as ``Read``, the details of the
    entries among them that were finished (``facts`` holds them: ``entry_facts``), and how
    many of those entries have each tag."""
    reads: list[Read] = []
    finished: dict[int, ItemKind] = {}
    days = Days()
    for session_id, item_id, started_on, finished_on, outcome, reread in ended:
        item_kind = KINDS[facts[item_id][0]]
        started = days[started_on] if started_on else None
        if outcome == _FINISHED:
            reads.append(
                Read(session_id, item_id, item_kind, started, days[finished_on], True, bool(reread))
            )
            if item_id not in finished:
                finished[item_id] = item_kind
        else:
            reads.append(
                Read(session_id, item_id, item_kind, started, days[finished_on], False, False)
            )
    ids = json_ids(sorted(finished))
    people = _people(s, ids)
    found = {}
    for item_id, kind_ in finished.items():
        (_, _, _, _, title, rating, cover, language, parent_id, parent_title, parent_kind,
         platform, site, channel) = facts[item_id]  # fmt: skip
        place = None
        if kind_ in PLATFORM_KINDS:
            place = platform or (site or channel if kind_ is ItemKind.VIDEO else None) or None
        found[item_id] = Details(
            item_id, kind_, title, rating, cover, language, parent_id, parent_title,
            KINDS[parent_kind] if parent_kind else None, place, people.get(item_id, ()),
        )  # fmt: skip
    return reads, found, _tag_counts(s, ids)


def _people(s: Session, ids: Select[Any]) -> dict[int, tuple[str, ...]]:
    """Each entry's people in the first of ``PEOPLE_ROLES`` it has, in their order."""
    rank = {role.value: n for n, role in enumerate(PEOPLE_ROLES)}
    best: dict[int, int] = {}
    people: dict[int, tuple[str, ...]] = {}
    for item_id, role, name in rows(
        s,
        select(ItemPerson.item_id, raw(ItemPerson.role), ItemPerson.name)
        .where(ItemPerson.item_id.in_(ids), ItemPerson.role.in_(PEOPLE_ROLES))
        .order_by(ItemPerson.item_id, ItemPerson.position, ItemPerson.id),
    ):
        order = rank[role]
        held = best.get(item_id)
        if held is None or order < held:
            best[item_id] = order
            people[item_id] = (name,)
        elif order == held and name not in (names := people[item_id]):
            people[item_id] = (*names, name)
    return people


def _tag_counts(s: Session, ids: Select[Any]) -> Counter[str]:
    """How many of the entries ``ids`` gives have each tag (counted by tag id in the index,
    then named)."""
    counted = (
        select(item_tags.c.tag_id, func.count().label("entries"))
        .where(item_tags.c.item_id.in_(ids))
        .group_by(item_tags.c.tag_id)
        .subquery()
    )
    return Counter(
        dict(rows(s, select(Tag.name, counted.c.entries).join(counted, counted.c.tag_id == Tag.id)))
    )


def finished_entries(reads: Iterable[Read], found: dict[int, Details]) -> tuple[FinishedEntry, ...]:
    out = []
    for read in reads:
        entry = found.get(read.item_id) if read.finished else None
        if entry is not None:
            out.append(
                FinishedEntry(
                    read.item_id,
                    read.kind,
                    entry.title,
                    entry.people,
                    read.finished_on,
                    entry.rating,
                    entry.cover_path,
                    entry.parent_title,
                    read.reread,
                )
            )
    return tuple(out)


def ranked(counts: Counter[str]) -> tuple[Ranked, ...]:
    """The top ten, most first, ties by name."""
    order = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold(), pair[0]))
    return tuple(Ranked(name, count) for name, count in order[:TOP])


@dataclass(frozen=True)
class Tops:
    tags: tuple[Ranked, ...]
    authors: tuple[Ranked, ...]
    shows: tuple[Ranked, ...]
    platforms: tuple[Ranked, ...]


def tops(entries: Sequence[Details], tags: Counter[str]) -> Tops:
    """The top lists among ``entries`` (each once), ``tags`` already counted."""
    authors = Counter(name for e in entries for name in e.people)  # _people gives none twice
    shows = Counter(
        e.parent_title
        for e in entries
        if e.kind is ItemKind.EPISODE
        and e.parent_title is not None
        and e.parent_kind is ItemKind.PODCAST
    )
    platforms = Counter(e.platform for e in entries if e.platform)
    return Tops(ranked(tags), ranked(authors), ranked(shows), ranked(platforms))


def ratings(entries: Iterable[Details]) -> dict[float, int]:
    """Finished titles per half-star step (steps with none left out), lowest first. (Each
    rating is stepped once: thousands of titles hold a few ratings.)"""
    counts: Counter[float] = Counter()
    for rating, titles in Counter(e.rating for e in entries).items():
        if (step := rating_step(rating)) is not None:
            counts[step] += titles
    return dict(sorted(counts.items()))
