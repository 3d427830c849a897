"""Notes and entries as SearchDocs, read from the database (the index's only source)."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from readinglog.core.models import Item, ItemPerson, Note, NoteItem
from readinglog.core.types import Target
from readinglog.search.schema import SearchDoc

BATCH = 500


def _note_doc(note: Note) -> SearchDoc:
    return SearchDoc(
        doc_type=Target.NOTE,
        doc_id=note.id,
        title=note.title,
        body=note.body,
        tags=tuple(t.name for t in note.tags),
        updated=int(note.updated_at.timestamp()),
    )


def _item_doc(item: Item) -> SearchDoc:
    titles = [item.title, item.original_title or ""]
    extra = [
        *(p.name for p in item.people),
        item.isbn13 or "",
        item.isbn10 or "",
        item.parent.title if item.parent is not None else "",
    ]
    return SearchDoc(
        doc_type=Target.ITEM,
        doc_id=item.id,
        title="\n".join(t for t in titles if t),
        body="\n".join(e for e in extra if e),
        tags=tuple(t.name for t in item.tags),
        updated=int(item.updated_at.timestamp()),
    )


def _notes_query() -> Select[Note]:
    return select(Note).options(selectinload(Note.tags))


def _items_query() -> Select[Item]:
    return select(Item).options(
        selectinload(Item.tags),
        selectinload(Item.people),
        selectinload(Item.parent),
    )


def load(session: Session, doc_type: Target, ids: Iterable[int]) -> dict[int, SearchDoc]:
    """The docs for ``ids`` that still exist, by id."""
    wanted = sorted(set(ids))
    found: dict[int, SearchDoc] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        if doc_type is Target.NOTE:
            for note in session.scalars(_notes_query().where(Note.id.in_(chunk))):
                found[note.id] = _note_doc(note)
        else:
            for item in session.scalars(_items_query().where(Item.id.in_(chunk))):
                found[item.id] = _item_doc(item)
    return found


def count(session: Session) -> dict[Target, int]:
    return {
        Target.NOTE: session.scalar(select(func.count()).select_from(Note)) or 0,
        Target.ITEM: session.scalar(select(func.count()).select_from(Item)) or 0,
    }


def all_docs(session: Session) -> Iterator[SearchDoc]:
    """Every note and entry, least recently changed first (the index keeps that order, so its
    document numbers rank one-character queries by recency for free), a batch at a time."""
    streams = [_by_updated(session, Target.NOTE, Note), _by_updated(session, Target.ITEM, Item)]
    yield from heapq.merge(*streams, key=lambda doc: (doc.updated, doc.doc_type.value, doc.doc_id))


def _by_updated(session: Session, doc_type: Target, model: type[Note] | type[Item]
                ) -> Iterator[SearchDoc]:  # fmt: skip
    last: tuple[dt.datetime, int] | None = None
    while True:
        stmt = select(model.id, model.updated_at).order_by(model.updated_at, model.id)
        if last is not None:
            stmt = stmt.where(
                or_(
                    model.updated_at > last[0],
                    and_(model.updated_at == last[0], model.id > last[1]),
                )
            )
        rows = list(session.execute(stmt.limit(BATCH)))
        if not rows:
            return
        docs = load(session, doc_type, [row[0] for row in rows])
        for doc_id, _ in rows:
            if doc_id in docs:
                yield docs[doc_id]
        session.expunge_all()
        last = (rows[-1][1], rows[-1][0])


def note_items(session: Session | Connection, note_ids: Iterable[int]
               ) -> dict[int, tuple[int, ...]]:  # fmt: skip
    rows = session.execute(
        select(NoteItem.note_id, NoteItem.item_id)
        .where(NoteItem.note_id.in_(list(note_ids)))
        .order_by(NoteItem.note_id, NoteItem.position)
    )
    linked: dict[int, list[int]] = {}
    for note_id, item_id in rows:
        linked.setdefault(note_id, []).append(item_id)
    return {k: tuple(v) for k, v in linked.items()}


def texts(session: Session | Connection, doc_type: Target, ids: Iterable[int]
          ) -> dict[int, tuple[str, str]]:  # fmt: skip
    """(title, text to cut a snippet from) by id: a note's body; an entry's other names.
    A search passes a plain connection: no ORM session to set up for a few rows."""
    wanted = list(ids)
    if not wanted:
        return {}
    if doc_type is Target.NOTE:
        rows = session.execute(select(Note.id, Note.title, Note.body).where(Note.id.in_(wanted)))
        return {i: (t, b) for i, t, b in rows}
    people: dict[int, list[str]] = {}
    for item_id, name in session.execute(
        select(ItemPerson.item_id, ItemPerson.name)
        .where(ItemPerson.item_id.in_(wanted))
        .order_by(ItemPerson.item_id, ItemPerson.position)
    ):
        people.setdefault(item_id, []).append(name)
    found = {}
    for item_id, title, original in session.execute(
        select(Item.id, Item.title, Item.original_title).where(Item.id.in_(wanted))
    ):
        lines = [title, original or "", " · ".join(people.get(item_id, []))]
        found[item_id] = (title, "\n".join(line for line in lines if line))
    return found
