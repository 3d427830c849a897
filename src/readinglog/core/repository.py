"""Read queries: ids for a filter and a sort, cheap rows for many ids, full views for one.

Every function takes an open Session (the caller owns the transaction) and returns ids or
frozen DTOs from ``types``; no ORM object leaves this module. Rows are loaded in batches with
one query per table, so a list of thousands of entries costs a handful of queries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Select, Table, case, func, select
from sqlalchemy.orm import Session

from readinglog.core import text
from readinglog.core.errors import InvalidInput, Message, NotFound
from readinglog.core.fields import ROLES, values_of
from readinglog.core.filters_sql import finished_session, item_where, note_where
from readinglog.core.models import (
    Event,
    Item,
    ItemPerson,
    Note,
    NoteItem,
    ReadingSession,
    Tag,
    item_tags,
    note_tags,
)
from readinglog.core.query import DateRange, Filter
from readinglog.core.types import (
    EventKind,
    EventView,
    ItemKind,
    ItemRow,
    ItemView,
    NoteRow,
    NoteView,
    Person,
    SessionView,
    Status,
)

ITEM_SORTS = ("updated", "added", "title", "rating", "finished", "started", "kind", "status")
NOTE_SORTS = ("updated", "added", "title")
# Sorts that list newest / highest first unless told otherwise (title, kind, status go A to Z).
DESCENDING_SORTS = frozenset({"updated", "added", "rating", "finished", "started"})
_BATCH = 500  # ids per IN (...) list, well under SQLite's variable limit
FETCH_BATCH = 500  # rows per fetch of a long id list (see _fetched_in_batches)


def _check_sort(sort: str, allowed: tuple[str, ...], what: Message) -> None:
    if sort not in allowed:
        raise InvalidInput(
            "cannot sort {what} by {sort!r}; use one of {choices}",
            what=what,
            sort=sort,
            choices=", ".join(allowed),
        )


def _batches(ids: Iterable[int]) -> Iterator[list[int]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _BATCH):
        yield unique[start : start + _BATCH]


def _fetched_in_batches(s: Session, stmt: Select[Any]) -> Iterator[Any]:
    """The rows of ``stmt``, fetched ``FETCH_BATCH`` at a time. One fetch of 100,000 ids holds
    the GIL 15-20 ms, and a window whose list is queried on a worker thread stalls that long;
    in batches no hold passes ~3 ms, for the same total time."""
    for batch in s.execute(stmt.execution_options(yield_per=FETCH_BATCH)).partitions():
        yield from batch


def _direction(key: Any, descending: bool) -> Any:
    return key.desc().nulls_last() if descending else key.asc().nulls_last()


# -- entries ---------------------------------------------------------------------------------


def _item_sort_key(sort: str) -> Any:
    if sort in ("finished", "started"):
        column = ReadingSession.finished_on if sort == "finished" else ReadingSession.started_on
        latest = select(func.max(column)).where(ReadingSession.item_id == Item.id)
        if sort == "finished":
            latest = latest.where(finished_session())
        return latest.scalar_subquery()
    if sort in ("kind", "status"):
        enum: type[ItemKind] | type[Status] = ItemKind if sort == "kind" else Status
        return case(
            {m.value: i for i, m in enumerate(enum)}, value=getattr(Item, sort), else_=len(enum)
        )
    return {
        "updated": Item.updated_at,
        "added": Item.created_at,
        "title": Item.sort_key,
        "rating": Item.rating,
    }[sort]


def item_ids(
    s: Session, flt: Filter, sort: str = "updated", descending: bool | None = None
) -> list[int]:
    """Ids of the entries matching ``flt``; dates and rating sort newest/highest first unless
    ``descending`` says otherwise, title (pinyin-aware), kind and status A to Z. Ties go by
    title, then id."""
    _check_sort(sort, ITEM_SORTS, Message("entries"))
    desc = sort in DESCENDING_SORTS if descending is None else descending
    order = [_direction(_item_sort_key(sort), desc)]
    if sort != "title":
        order.append(Item.sort_key.asc())
    order.append(Item.id.desc() if desc and sort == "title" else Item.id.asc())
    stmt = select(Item.id).where(*item_where(flt)).order_by(*order)
    return [id_ for (id_,) in _fetched_in_batches(s, stmt)]


def count_items(s: Session, flt: Filter) -> int:
    """How many entries match ``flt`` (one COUNT query; the sidebar asks this often)."""
    return s.scalar(select(func.count(Item.id)).where(*item_where(flt))) or 0


def _people_by_item(s: Session, ids: Sequence[int]) -> dict[int, list[Person]]:
    out: dict[int, list[Person]] = defaultdict(list)
    stmt = (
        select(ItemPerson.item_id, ItemPerson.role, ItemPerson.name)
        .where(ItemPerson.item_id.in_(ids))
        .order_by(ItemPerson.item_id, ItemPerson.position, ItemPerson.id)
    )
    for item_id, role, name in s.execute(stmt):
        out[item_id].append(Person(role, name))
    return out


def _tags_by(s: Session, link: Table, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Tag names (by name) per owner id, from ``item_tags`` or ``note_tags``."""
    owner = link.c.item_id if "item_id" in link.c else link.c.note_id
    out: dict[int, list[str]] = defaultdict(list)
    stmt = (
        select(owner, Tag.name)
        .join(Tag, Tag.id == link.c.tag_id)
        .where(owner.in_(ids))
        .order_by(owner, Tag.name)
    )
    for owner_id, name in s.execute(stmt):
        out[owner_id].append(name)
    return {key: tuple(names) for key, names in out.items()}


def _sessions_by_item(s: Session, ids: Sequence[int]) -> dict[int, list[SessionView]]:
    """Sessions ordered by when they started (or, without a start, finished)."""
    out: dict[int, list[SessionView]] = defaultdict(list)
    when = func.coalesce(ReadingSession.started_on, ReadingSession.finished_on)
    stmt = (
        select(ReadingSession)
        .where(ReadingSession.item_id.in_(ids))
        .order_by(ReadingSession.item_id, when.asc().nulls_last(), ReadingSession.id)
    )
    for row in s.scalars(stmt):
        out[row.item_id].append(SessionView(row.id, row.started_on, row.finished_on, row.outcome))
    return out


def main_people(kind: ItemKind, people: Sequence[Person]) -> str:
    """Names in the kind's first role that the entry has (authors, hosts, instructors...)."""
    for role in ROLES[kind]:
        names = [p.name for p in people if p.role == role]
        if names:
            return ", ".join(names)
    return ", ".join(p.name for p in people)


def _dates(sessions: Sequence[SessionView]) -> tuple[dt.date | None, dt.date | None]:
    finished = [x.finished_on for x in sessions if x.finished_on is not None]
    return (sessions[-1].started_on if sessions else None), (finished[-1] if finished else None)


def item_rows(s: Session, ids: Sequence[int]) -> list[ItemRow]:
    """Rows for ``ids`` in their order (ids no longer in the database are left out)."""
    rows: dict[int, ItemRow] = {}
    for batch in _batches(ids):
        people = _people_by_item(s, batch)
        tags = _tags_by(s, item_tags, batch)
        sessions = _sessions_by_item(s, batch)
        stmt = select(
            Item.id, Item.kind, Item.title, Item.status, Item.rating, Item.updated_at
        ).where(Item.id.in_(batch))
        for id_, kind, title, status, rating, updated_at in s.execute(stmt):
            started, finished = _dates(sessions.get(id_, []))
            rows[id_] = ItemRow(
                id=id_,
                kind=kind,
                title=title,
                people=main_people(kind, people.get(id_, [])),
                status=status,
                rating=rating,
                tags=tags.get(id_, ()),
                started_on=started,
                finished_on=finished,
                updated_at=updated_at,
            )
    return [rows[i] for i in ids if i in rows]


def item_view(s: Session, item_id: int) -> ItemView:
    item = s.get(Item, item_id)
    if item is None:
        raise NotFound("no entry with id {id}", id=item_id)
    children = select(Item.id).where(Item.parent_id == item_id)
    children = children.order_by(
        Item.episode_number.asc().nulls_last(), Item.published_on.asc().nulls_last(), Item.id
    )
    notes = (
        select(NoteItem.note_id)
        .join(Note, Note.id == NoteItem.note_id)
        .where(NoteItem.item_id == item_id)
        .order_by(Note.created_at, Note.id)
    )
    return ItemView(
        id=item.id,
        kind=item.kind,
        title=item.title,
        status=item.status,
        fields=values_of(item),
        people=tuple(Person(p.role, p.name) for p in item.people),
        tags=tuple(tag.name for tag in item.tags),
        parent_id=item.parent_id,
        parent_title=item.parent.title if item.parent is not None else None,
        child_ids=tuple(s.scalars(children)),
        note_ids=tuple(s.scalars(notes)),
        sessions=tuple(_sessions_by_item(s, [item_id]).get(item_id, [])),
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


# -- notes -----------------------------------------------------------------------------------


def note_ids(
    s: Session, flt: Filter, sort: str = "updated", descending: bool | None = None
) -> list[int]:
    """Ids of the notes matching ``flt``: newest first, or by title (pinyin-aware) A to Z.
    Ties go by id, in the same direction."""
    _check_sort(sort, NOTE_SORTS, Message("notes"))
    desc = sort in DESCENDING_SORTS if descending is None else descending
    key = {"updated": Note.updated_at, "added": Note.created_at, "title": Note.sort_key}[sort]
    order = (key.desc(), Note.id.desc()) if desc else (key.asc(), Note.id.asc())
    stmt = select(Note.id).where(*note_where(flt)).order_by(*order)
    return [id_ for (id_,) in _fetched_in_batches(s, stmt)]


def count_notes(s: Session, flt: Filter) -> int:
    return s.scalar(select(func.count(Note.id)).where(*note_where(flt))) or 0


def _items_by_note(s: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    stmt = (
        select(NoteItem.note_id, Item.id, Item.title)
        .join(Item, Item.id == NoteItem.item_id)
        .where(NoteItem.note_id.in_(ids))
        .order_by(NoteItem.note_id, NoteItem.position, Item.id)
    )
    for note_id, item_id, title in s.execute(stmt):
        out[note_id].append((item_id, title))
    return out


def note_rows(s: Session, ids: Sequence[int]) -> list[NoteRow]:
    """Rows for ``ids`` in their order (ids no longer in the database are left out)."""
    rows: dict[int, NoteRow] = {}
    for batch in _batches(ids):
        tags = _tags_by(s, note_tags, batch)
        items = _items_by_note(s, batch)
        stmt = select(Note.id, Note.title, Note.lang, Note.body, Note.updated_at)
        for id_, title, lang, body, updated_at in s.execute(stmt.where(Note.id.in_(batch))):
            rows[id_] = NoteRow(
                id=id_,
                title=title,
                lang=lang,
                tags=tags.get(id_, ()),
                item_titles=tuple(t for _, t in items.get(id_, [])),
                words=text.plain_words(body),
                updated_at=updated_at,
            )
    return [rows[i] for i in ids if i in rows]


def note_view(s: Session, note_id: int) -> NoteView:
    note = s.get(Note, note_id)
    if note is None:
        raise NotFound("no note with id {id}", id=note_id)
    items = _items_by_note(s, [note_id]).get(note_id, [])
    return NoteView(
        id=note.id,
        title=note.title,
        body=note.body,
        lang=note.lang,
        location=note.location,
        tags=tuple(tag.name for tag in note.tags),
        item_ids=tuple(i for i, _ in items),
        item_titles=tuple(t for _, t in items),
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


# -- activity and tags -----------------------------------------------------------------------


def events(
    s: Session,
    *,
    item_id: int | None = None,
    kind: EventKind | None = None,
    between: tuple[dt.date, dt.date] | DateRange | None = None,
) -> list[EventView]:
    """The activity log, oldest first; ``between`` is inclusive (a DateRange may be open)."""
    stmt = select(Event).order_by(Event.on, Event.id)
    if item_id is not None:
        stmt = stmt.where(Event.item_id == item_id)
    if kind is not None:
        stmt = stmt.where(Event.kind == kind)
    if between is not None:
        start, end = (between.start, between.end) if isinstance(between, DateRange) else between
        if start is not None:
            stmt = stmt.where(Event.on >= start)
        if end is not None:
            stmt = stmt.where(Event.on <= end)
    return [
        EventView(e.id, e.item_id, e.kind, e.on, e.value, e.unit, e.note_id)
        for e in s.scalars(stmt)
    ]


def tag_counts(s: Session) -> list[tuple[str, int]]:
    """Every tag with how many entries and notes carry it (0 for an unused tag), sorted by name
    with Chinese names by pinyin: by the stored key, then by the name code point by code point
    (not NOCASE, which would fold only ASCII letters), so pypinyin is never needed to read."""
    on_items = select(func.count()).where(item_tags.c.tag_id == Tag.id).scalar_subquery()
    on_notes = select(func.count()).where(note_tags.c.tag_id == Tag.id).scalar_subquery()
    stmt = select(Tag.name, on_items + on_notes).order_by(Tag.sort_key, Tag.name.collate("BINARY"))
    return [(name, int(n)) for name, n in s.execute(stmt)]


def has_han_names(s: Session) -> bool:
    """Whether an entry's or a note's title or a tag's name holds a Han character (sorting them
    by pinyin, and searching them, need the Chinese text tools)."""
    for column in (Item.title, Note.title, Tag.name):
        found = s.scalar(select(column).where(column.op("GLOB")(text.HAN_GLOB)).limit(1))
        if found is not None:
            return True
    return False
