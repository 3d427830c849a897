"""Notes, entries and highlights as SearchDocs, read from the database (the index's only
source), and what a hit shows of them."""

from __future__ import annotations

import datetime as dt
import heapq
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields

from sqlalchemy import Connection, Select, and_, bindparam, func, literal_column, or_, select
from sqlalchemy.orm import Session, selectinload

from readinglog.core.filters_sql import highlight_where
from readinglog.core.highlights import location
from readinglog.core.models import Highlight, Item, ItemPerson, Note, NoteItem
from readinglog.core.query import Filter
from readinglog.core.types import HighlightView, Place, Target
from readinglog.search.schema import SearchDoc

BATCH = 500
# The ids a search's hits show, as one JSON parameter read by SQLite's json_each: one cached
# statement whatever their number (an expanding IN is compiled anew for each count: 0.45 ms
# for a page of 20 hits, this 0.16).
_IDS: Select[tuple[int]] = select(literal_column("value")).select_from(
    func.json_each(bindparam("ids"))
)
_NOTE_TEXTS = select(Note.id, Note.title, Note.body).where(Note.id.in_(_IDS))
_NOTE_ITEMS = (
    select(NoteItem.note_id, NoteItem.item_id)
    .where(NoteItem.note_id.in_(_IDS))
    .order_by(NoteItem.note_id, NoteItem.position)
)
_PEOPLE = (
    select(ItemPerson.item_id, ItemPerson.name)
    .where(ItemPerson.item_id.in_(_IDS))
    .order_by(ItemPerson.item_id, ItemPerson.position)
)
_ITEM_TEXTS = select(Item.id, Item.title, Item.original_title).where(Item.id.in_(_IDS))


def _ids(ids: Iterable[int]) -> dict[str, str]:
    return {"ids": json.dumps([int(i) for i in ids])}


Model = type[Note] | type[Item] | type[Highlight]
_MODELS: dict[Target, Model] = {Target.NOTE: Note, Target.ITEM: Item, Target.HIGHLIGHT: Highlight}


@dataclass(frozen=True)
class Shown:
    """What a hit shows of a document: its title (a highlight's: its entry's), the text a
    snippet is cut from, the entries it belongs to (a highlight's one), and a highlight's place
    ("p. 42", "位置 145–146", as core.highlights.location words it; else "")."""

    title: str
    text: str
    item_ids: tuple[int, ...] = ()
    place: str = ""


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


def highlight_body(text: str, comment: str | None) -> str:
    """A highlight's searchable text: the passage, then the user's comment on it."""
    return f"{text}\n\n{comment}" if comment else text


def _highlight_doc(row: Highlight) -> SearchDoc:
    return SearchDoc(
        doc_type=Target.HIGHLIGHT,
        doc_id=row.id,
        title="",  # the entry's title is not the passage's (search.schema)
        body=highlight_body(row.text, row.comment),
        updated=int(row.updated_at.timestamp()),
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
        elif doc_type is Target.HIGHLIGHT:
            for row in session.scalars(select(Highlight).where(Highlight.id.in_(chunk))):
                found[row.id] = _highlight_doc(row)
        else:
            for item in session.scalars(_items_query().where(Item.id.in_(chunk))):
                found[item.id] = _item_doc(item)
    return found


def count(session: Session) -> dict[Target, int]:
    return {
        doc_type: session.scalar(select(func.count()).select_from(model)) or 0
        for doc_type, model in _MODELS.items()
    }


def ids(session: Session, doc_type: Target) -> Iterator[int]:
    """Every id of a document type in the database."""
    yield from session.scalars(select(_MODELS[doc_type].id))


def highlight_ids(session: Session, flt: Filter) -> list[int]:
    """Ids of the highlights ``flt`` lets through (core.filters_sql), most recently changed
    first, as ``list`` orders notes."""
    stmt = (
        select(Highlight.id)
        .where(*highlight_where(flt))
        .order_by(Highlight.updated_at.desc(), Highlight.id.desc())
    )
    return list(session.scalars(stmt))


def all_docs(session: Session) -> Iterator[SearchDoc]:
    """Every note, entry and highlight, least recently changed first (the index keeps that
    order, so its document numbers rank one-character queries by recency for free), a batch
    at a time."""
    streams = [_by_updated(session, doc_type) for doc_type in _MODELS]
    yield from heapq.merge(*streams, key=lambda doc: (doc.updated, doc.doc_type.value, doc.doc_id))


def _by_updated(session: Session, doc_type: Target) -> Iterator[SearchDoc]:
    model = _MODELS[doc_type]
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
    rows = session.execute(_NOTE_ITEMS, _ids(note_ids))
    linked: dict[int, list[int]] = {}
    for note_id, item_id in rows:
        linked.setdefault(note_id, []).append(item_id)
    return {k: tuple(v) for k, v in linked.items()}


def shown(session: Session | Connection, doc_type: Target, wanted: Iterable[int]
          ) -> dict[int, Shown]:  # fmt: skip
    """What the hits show by id: a note's body and its entries; an entry's other names; a
    highlight's text and comment, its entry and place. A search passes a plain connection: no
    ORM session to set up for a few rows."""
    wanted = list(wanted)
    if doc_type is Target.HIGHLIGHT:
        return _highlights_shown(session, wanted)
    found = texts(session, doc_type, wanted)
    links = note_items(session, found) if doc_type is Target.NOTE and found else {}
    return {i: Shown(t, b, links.get(i, ())) for i, (t, b) in found.items()}


_PLACE = [getattr(Highlight, spec.name) for spec in fields(Place)]


def _highlights_shown(session: Session | Connection, wanted: list[int]) -> dict[int, Shown]:
    found: dict[int, Shown] = {}
    for start in range(0, len(wanted), BATCH):
        rows = session.execute(
            select(Highlight.id, Highlight.item_id, Item.title, Highlight.text,
                   Highlight.comment, Highlight.color, Highlight.made_at, Highlight.source,
                   Highlight.created_at, Highlight.updated_at, *_PLACE)
            .join(Item, Item.id == Highlight.item_id)
            .where(Highlight.id.in_(wanted[start : start + BATCH]))
        )  # fmt: skip
        for hid, item_id, title, text, comment, color, made, source, added, changed, *place in rows:
            view = HighlightView(
                id=hid, item_id=item_id, item_title=title, text=text, comment=comment,
                place=Place(*place), color=color, made_at=made, source=source,
                created_at=added, updated_at=changed,
            )  # fmt: skip
            body = highlight_body(view.text, view.comment)
            found[view.id] = Shown(view.item_title, body, (view.item_id,), location(view))
    return found


def texts(session: Session | Connection, doc_type: Target, ids: Iterable[int]
          ) -> dict[int, tuple[str, str]]:  # fmt: skip
    """(title, text to cut a snippet from) by id: a note's body; an entry's other names."""
    wanted = list(ids)
    if not wanted:
        return {}
    if doc_type is Target.NOTE:
        rows = session.execute(_NOTE_TEXTS, _ids(wanted))
        return {i: (t, b) for i, t, b in rows}
    people: dict[int, list[str]] = {}
    for item_id, name in session.execute(_PEOPLE, _ids(wanted)):
        people.setdefault(item_id, []).append(name)
    found = {}
    for item_id, title, original in session.execute(_ITEM_TEXTS, _ids(wanted)):
        lines = [title, original or "", " · ".join(people.get(item_id, []))]
        found[item_id] = (title, "\n".join(line for line in lines if line))
    return found
