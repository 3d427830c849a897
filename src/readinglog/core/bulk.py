"""Many new entries at once (imports of thousands of books): a few statements per chunk.

Every value goes through the checks the one-at-a-time path uses (``services.new_item``,
``services.clean_tag_names``, ``activity.session_events``, the note checks), so a value
``add_item`` would refuse is refused here with the same message. Only the writing differs:
SQLAlchemy Core ``executemany`` per table instead of a unit-of-work flush per row.

Ids are given up front from ``max(id) + 1``: the caller's write transaction holds SQLite's
write lock, so nobody else can take them, and children are written without a round trip.

    entries = [bulk.entry(ItemKind.BOOK, "Dune", tags=["sf"]), ...]   # raises UserError
    inserted = bulk.insert(s, entries, bulk.TagIds())
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, inspect, select
from sqlalchemy.orm import Session

from readinglog.core import activity, services, text
from readinglog.core.models import Base, Tag, utcnow
from readinglog.core.notes import check_body, clean_title
from readinglog.core.types import EventKind, ItemKind, Lang, Person, Status, Target

TABLES = Base.metadata.tables
ITEM_COLUMNS = tuple(c.name for c in TABLES["items"].columns if c.name != "id")
_ASCII_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_IN_LIMIT = 500  # names per IN (...) query

Read = tuple[dt.date | None, dt.date | None, Status | None]


def nocase(name: str) -> str:
    """A tag name as SQLite's NOCASE collation compares it (ASCII letters only are folded)."""
    return name.translate(_ASCII_FOLD)


@dataclass(frozen=True)
class NewNote:
    title: str
    sort_key: str
    body: str
    lang: Lang
    at: dt.datetime  # created and updated
    event_on: dt.date  # the "note written" event on the entry


@dataclass(frozen=True)
class NewItem:
    row: Mapping[str, Any]  # the items columns but id
    people: tuple[tuple[str, str, int], ...]  # role, name, position
    tags: tuple[str, ...]
    sessions: tuple[Read, ...]
    events: tuple[tuple[EventKind, dt.date], ...]
    notes: tuple[NewNote, ...]


@dataclass(frozen=True)
class Inserted:
    item_id: int
    note_ids: tuple[int, ...]


def entry(
    kind: ItemKind,
    title: str,
    *,
    field_values: Mapping[str, object] | None = None,
    people: Sequence[Person] = (),
    tags: Sequence[str] = (),
    status: Status = Status.WANT,
    created_at: dt.datetime | None = None,
    sessions: Sequence[Read] = (),
    notes: Sequence[NewNote] = (),
) -> NewItem:
    """A checked new entry with its past read-throughs (``add_item`` + ``add_session``)."""
    item = services.new_item(kind, title, field_values=field_values, status=status)
    checked = services.checked_people(kind, people)
    names = services.clean_tag_names(tags)
    events = [event for read in sessions for event in activity.session_events(*read)]
    now = utcnow()
    values = inspect(item).dict  # what was set; the rest is None, as a flush would store it
    row = {name: values.get(name) for name in ITEM_COLUMNS}
    row["created_at"], row["updated_at"] = created_at or now, now
    return NewItem(
        row=row,
        people=tuple((p.role.value, p.name, n) for n, p in enumerate(checked)),
        tags=tuple(names),
        sessions=tuple(sessions),
        events=tuple(events),
        notes=tuple(notes),
    )


def note(
    body: str, *, title: str | None, at: dt.datetime | None = None, on: dt.date | None = None
) -> NewNote:
    """A checked note about the entry it comes with (``notes.add_note``'s checks)."""
    now = utcnow()
    checked = clean_title(title, check_body(body))
    return NewNote(
        title=checked,
        sort_key=text.sort_key(checked),
        body=body,
        lang=text.detect_lang(f"{title or ''}\n{body}"),
        at=at or now,
        event_on=on or now.astimezone().date(),
    )


class TagIds:
    """Tag ids by name for one import: each name is looked up once, missing tags are made."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def clear(self) -> None:
        """Forget everything (after a rollback took back tags this cache made)."""
        self._ids.clear()

    def resolve(self, s: Session, names: Iterable[str]) -> None:
        wanted: dict[str, str] = {}
        for name in names:
            if nocase(name) not in self._ids:
                wanted.setdefault(nocase(name), name)
        missing = list(wanted.values())
        for start in range(0, len(missing), _IN_LIMIT):
            part = missing[start : start + _IN_LIMIT]
            for tag_id, name in s.execute(select(Tag.id, Tag.name).where(Tag.name.in_(part))):
                self._ids[nocase(name)] = tag_id
        new = [name for key, name in wanted.items() if key not in self._ids]
        if new:
            first = _next_id(s, TABLES["tags"])
            # A Core insert skips Tag's name validator: the key is given as it would give it.
            rows = [
                {"id": first + n, "name": name, "sort_key": text.sort_key(name)}
                for n, name in enumerate(new)
            ]
            s.execute(insert(TABLES["tags"]), rows)
            self._ids.update((nocase(name), first + n) for n, name in enumerate(new))

    def id(self, name: str) -> int:
        return self._ids[nocase(name)]


def _next_id(s: Session, table: Table) -> int:
    return int(s.scalar(select(func.max(table.c.id))) or 0) + 1


def insert_items(s: Session, entries: Sequence[NewItem], tags: TagIds) -> list[Inserted]:
    """Write the entries, their people, tags, read-throughs, events and notes; queue them for
    the search index. Returns the ids given, in order."""
    if not entries:
        return []
    tags.resolve(s, (name for e in entries for name in e.tags))
    now = utcnow()
    item_id, note_id = _next_id(s, TABLES["items"]), _next_id(s, TABLES["notes"])
    rows: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("items", "item_people", "item_tags", "sessions", "notes",
                              "note_items", "events")
    }  # fmt: skip
    out: list[Inserted] = []

    def event(kind: EventKind, on: dt.date, note: int | None = None) -> dict[str, Any]:
        return {"item_id": item_id, "kind": kind, "on": on, "value": None, "unit": None,
                "note_id": note, "created_at": now}  # fmt: skip

    for new in entries:
        rows["items"].append({**new.row, "id": item_id})
        rows["item_people"] += [
            {"item_id": item_id, "role": role, "name": name, "position": position}
            for role, name, position in new.people
        ]
        tag_ids = dict.fromkeys(tags.id(name) for name in new.tags)
        rows["item_tags"] += [{"item_id": item_id, "tag_id": t} for t in tag_ids]
        rows["sessions"] += [
            {"item_id": item_id, "started_on": a, "finished_on": b, "outcome": o}
            for a, b, o in new.sessions
        ]
        rows["events"] += [event(kind, on) for kind, on in new.events]
        note_ids = []
        for n in new.notes:
            rows["notes"].append(
                {"id": note_id, "title": n.title, "sort_key": n.sort_key, "body": n.body,
                 "lang": n.lang, "location": None, "created_at": n.at, "updated_at": n.at,
                 "source_path": None}
            )  # fmt: skip
            rows["note_items"].append({"note_id": note_id, "item_id": item_id, "position": 0})
            rows["events"].append(event(EventKind.NOTE, n.event_on, note_id))
            note_ids.append(note_id)
            note_id += 1
        out.append(Inserted(item_id, tuple(note_ids)))
        item_id += 1
    for table, table_rows in rows.items():
        if table_rows:
            s.execute(insert(TABLES[table]), table_rows)
    services.queue_for_index(s, Target.ITEM, [i.item_id for i in out])
    services.queue_for_index(s, Target.NOTE, [n for i in out for n in i.note_ids])
    return out
