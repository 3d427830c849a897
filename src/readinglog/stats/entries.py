"""What the entries finished in a period were: their details, languages, ratings and the top
lists (tags, authors, shows, platforms), each counting an entry once however often it was
finished."""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from readinglog.core.models import Item, ItemPerson, Tag, item_tags
from readinglog.core.types import ItemKind, Role, Status
from readinglog.stats.figures import FinishedEntry, Ranked
from readinglog.stats.reads import KINDS, Days, EndedRow, Read, json_table, raw, rows

TOP = 10
# Whose entry it is: its authors, else its hosts, else its instructors, else its speakers.
PEOPLE_ROLES = (Role.AUTHOR, Role.HOST, Role.INSTRUCTOR, Role.SPEAKER)
_FINISHED = Status.FINISHED.value


class Details(NamedTuple):
    id: int
    kind: ItemKind
    title: str
    rating: float | None
    cover_path: str | None
    language: str | None
    parent_title: str | None
    show: str | None  # an episode's podcast (its parent's title)
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


def _place(item: type[Item]) -> ColumnElement[str | None]:
    """``Details.platform`` in SQL: a course's or a series' platform; a video's platform,
    else its site, else its channel; none for other kinds (an empty text is none)."""
    platform, site, channel = (func.nullif(c, "") for c in (item.platform, item.site, item.channel))
    return case(
        (item.kind.in_((ItemKind.COURSE, ItemKind.SERIES)), platform),
        (item.kind == ItemKind.VIDEO, func.coalesce(platform, site, channel)),
    )


def entry_facts(s: Session, ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """What the statistics need of the entries ``ids``, each looked up once (in the order of
    their ids), by id: the row as read, the id, then kind (text), pages, length (s) and time
    spent (min), what ``amounts`` walks with; then title, rating, cover, language, the
    parent's title, the show and the platform, what ``Details`` holds from its third field to
    its last but one."""
    parent = aliased(Item)
    listed = json_table(sorted(ids))
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
            parent.title,
            case(
                (and_(Item.kind == ItemKind.EPISODE, parent.kind == ItemKind.PODCAST), parent.title)
            ),
            _place(Item),
        )
        .select_from(listed)
        .join(Item, Item.id == listed.c.value)
        .outerjoin(parent, parent.id == Item.parent_id)
    )
    return {row[0]: row for row in rows(s, stmt)}


def ended_with_details(
    s: Session, ended: Sequence[EndedRow], facts: dict[int, tuple[Any, ...]]
) -> tuple[list[Read], dict[int, Details], Counter[str]]:
    """The read-throughs ``ended`` (``reads.ended_select``) as ``Read``, the details of the
    entries among them that were finished, in the order they were first finished (``facts``
    holds them: ``entry_facts``), and how many of those entries have each tag."""
    reads: list[Read] = []
    finished: dict[int, ItemKind] = {}
    days = Days()
    for session_id, item_id, started_on, finished_on, outcome, reread in ended:
        item_kind = KINDS[facts[item_id][1]]
        started = days[started_on] if started_on else None
        done = outcome == _FINISHED
        ended_on = days[finished_on]
        reads.append(
            Read(session_id, item_id, item_kind, started, ended_on, done, done and bool(reread))
        )
        if done:
            finished.setdefault(item_id, item_kind)
    listed = sorted(finished)
    people = _people(s, listed)
    found = {}
    for item_id, kind_ in finished.items():
        title, rating, cover, language, parent_title, show, place = facts[item_id][5:]
        found[item_id] = Details(
            item_id, kind_, title, rating, cover, language, parent_title, show, place,
            people.get(item_id, ()),
        )  # fmt: skip
    return reads, found, _tag_counts(s, listed)


def _people(s: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each entry's people in the first of ``PEOPLE_ROLES`` it has, in their order (``ids``
    sorted)."""
    rank = {role.value: n for n, role in enumerate(PEOPLE_ROLES)}
    best: dict[int, int] = {}
    people: dict[int, tuple[str, ...]] = {}
    listed = json_table(ids)
    for item_id, role, name in rows(
        s,
        select(ItemPerson.item_id, raw(ItemPerson.role), ItemPerson.name)
        .select_from(listed)
        .join(ItemPerson, ItemPerson.item_id == listed.c.value)
        .where(ItemPerson.role.in_(PEOPLE_ROLES))
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


def _tag_counts(s: Session, ids: Sequence[int]) -> Counter[str]:
    """How many of the entries ``ids`` (sorted) have each tag (counted by tag id in the
    index, then named)."""
    listed = json_table(ids)
    counted = (
        select(item_tags.c.tag_id, func.count().label("entries"))
        .select_from(listed)
        .join(item_tags, item_tags.c.item_id == listed.c.value)
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
    """The top ten, most first, ties by name. Only the names counted at least as often as
    the tenth most are sorted (a year's thousands of authors hold a few dozen such)."""
    pairs: Iterable[tuple[str, int]] = counts.items()
    if len(counts) > TOP:
        least = heapq.nlargest(TOP, counts.values())[-1]
        pairs = [pair for pair in pairs if pair[1] >= least]
    order = sorted(pairs, key=lambda pair: (-pair[1], pair[0].casefold(), pair[0]))
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
    shows = Counter(e.show for e in entries if e.show is not None)
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
