"""Bring a book record into the library: create it, update it, or merge it into its twin.

- The same record again (same source, same key, same fingerprint) is "unchanged".
- A newer version of a record this source brought before updates what changed in it.
- Otherwise the book is matched by ISBN, then by normalized title + author, among entries no
  record of this source claims (two editions in one Goodreads file stay two entries); a match
  is merged: empty fields filled, people, tags and read-throughs added.
- Else a new entry is made.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from readinglog.core import activity, notes, services, values
from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import Message, UserError
from readinglog.core.models import (
    Event,
    ImportKind,
    ImportSource,
    Item,
    ItemPerson,
    Note,
    ReadingSession,
)
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status, Target
from readinglog.importers.reasons import reported
from readinglog.importers.records import (
    BookRecord,
    NoteRecord,
    ReadThrough,
    fingerprint,
    match_person,
    match_title,
    to_json,
)

NOON = dt.time(12, tzinfo=dt.UTC)  # a date alone lands on the same day in almost every zone


def at_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, NOON)


def note_left_out(record: BookRecord, note: NoteRecord, error: UserError) -> Message:
    """The warning for a book's note that was refused: the book is still imported."""
    return Message(
        "{title}: {note!r} was not imported: {reason}",
        title=record.title,
        note=note.title,
        reason=error,
    )


class BookWriter:
    """Writes book records of one import into the library, one at a time.

    An entry is "claimed" by this source when an ``import_sources`` row of its kind points at
    it; that is checked in the database, so a rolled-back row leaves nothing stale behind.
    """

    def __init__(self, s: Session, batch: Batch, kind: ImportKind) -> None:
        self.s, self.batch, self.kind = s, batch, kind
        self._by_title: dict[tuple[str, str], list[int]] | None = None

    # -- matching ------------------------------------------------------------------------

    def _unclaimed(self) -> ColumnElement[bool]:
        return ~exists().where(ImportSource.kind == self.kind, ImportSource.item_id == Item.id)

    def claimed(self, item_ids: Collection[int]) -> set[int]:
        """Those of ``item_ids`` a record of this source already became."""
        if not item_ids:
            return set()
        query = select(ImportSource.item_id).where(
            ImportSource.kind == self.kind, ImportSource.item_id.in_(item_ids)
        )
        return {i for i in self.s.scalars(query) if i is not None}

    def by_isbn(self, isbns: Iterable[str]) -> dict[str, list[int]]:
        """Unclaimed books by ISBN-13, in id order, for these ISBNs (10 or 13 digits)."""
        wanted = {isbn if len(isbn) == 13 else values.isbn10_to_13(isbn) for isbn in isbns}
        found: dict[str, list[int]] = defaultdict(list)
        if wanted:
            rows = self.s.execute(
                select(Item.id, Item.isbn13)
                .where(Item.kind == ItemKind.BOOK, Item.isbn13.in_(wanted), self._unclaimed())
                .order_by(Item.id)
            )
            for item_id, isbn13 in rows:
                found[isbn13 or ""].append(item_id)
        return found

    def _title_index(self) -> dict[tuple[str, str], list[int]]:
        """Unclaimed books by (title, author) as matching sees them, loaded once.

        Entries made by this import are claimed as they are made, so they never need to be
        added: the index stays the size of the library before the import.
        """
        if self._by_title is None:
            index: dict[tuple[str, str], list[int]] = defaultdict(list)
            rows = self.s.execute(
                select(Item.id, Item.title, ItemPerson.name)
                .join(ItemPerson, ItemPerson.item_id == Item.id)
                .where(
                    Item.kind == ItemKind.BOOK, ItemPerson.role == Role.AUTHOR, self._unclaimed()
                )
                .order_by(Item.id, ItemPerson.position)
            )
            for item_id, title, name in rows:
                index[(match_title(title), match_person(name))].append(item_id)
            self._by_title = index
        return self._by_title

    def by_title(self, record: BookRecord) -> list[int]:
        index = self._title_index()
        if not index:
            return []
        title = match_title(record.title)
        return [
            item_id
            for person in record.people
            if person.role is Role.AUTHOR
            for item_id in index.get((title, match_person(person.name)), [])
        ]

    def choose(
        self,
        record: BookRecord,
        isbns: dict[str, list[int]],
        claimed: set[int],
        titled: list[int] | None = None,
    ) -> int | None:
        """The entry ``record`` is: by ISBN, then by title and author (``titled``, if known);
        not one in ``claimed``."""
        if record.isbn:
            isbn13 = record.isbn if len(record.isbn) == 13 else values.isbn10_to_13(record.isbn)
            for item_id in isbns.get(isbn13, []):
                if item_id not in claimed:
                    return item_id
        for item_id in self.by_title(record) if titled is None else titled:
            if item_id not in claimed:
                return item_id
        return None

    def match(self, record: BookRecord) -> int | None:
        isbns = self.by_isbn([record.isbn] if record.isbn else [])
        titled = self.by_title(record)
        return self.choose(record, isbns, self.claimed(titled), titled)

    # -- writing -------------------------------------------------------------------------

    def write(self, record: BookRecord) -> Outcome:
        data = to_json(record)
        print_ = fingerprint(data)
        source = self.s.get(ImportSource, (self.kind, record.key))
        if source is not None and source.item_id is not None:
            if source.fingerprint == print_:
                return Outcome.UNCHANGED
            self.batch.touch(Target.ITEM, source.item_id)
            self._update(source.item_id, json.loads(source.record), record)
            source.fingerprint, source.record = print_, _dump(data)
            self._write_notes(source.item_id, record)
            return Outcome.UPDATED
        item_id = self.match(record)
        if item_id is not None:
            self.batch.touch(Target.ITEM, item_id)
            self._merge(item_id, record)
            outcome = Outcome.UPDATED
        else:
            item_id = self._create(record)
            outcome = Outcome.CREATED
        self.s.add(
            ImportSource(
                kind=self.kind,
                key=record.key,
                item_id=item_id,
                fingerprint=print_,
                record=_dump(data),
            )
        )
        self._write_notes(item_id, record)
        return outcome

    def _create(self, record: BookRecord) -> int:
        changes = services.add_item(
            self.s,
            ItemKind.BOOK,
            record.title,
            field_values=field_values(record),
            people=record.people,
            tags=record.tags,
            status=record.status,
        )
        assert changes.created is not None
        item_id = changes.created
        self.batch.created(Target.ITEM, item_id)
        if record.added_on is not None:
            item = services.load_item(self.s, item_id)
            item.created_at = at_noon(record.added_on)
        for read in record.sessions:
            activity.add_session(self.s, item_id, read.started, read.finished, read.outcome)
        return item_id

    def _merge(self, item_id: int, record: BookRecord) -> None:
        """Fill what the entry lacks; add people, tags and read-throughs it does not have."""
        item = services.load_item(self.s, item_id)
        wanted = field_values(record)
        empty = {
            name: value
            for name, value in wanted.items()
            if (item.isbn13 if name == "isbn" else getattr(item, _column(name))) is None
        }
        status = record.status if item.status is Status.WANT else None
        services.edit_item(
            self.s,
            item_id,
            field_values=empty,
            people=_merged_people(item, record.people),
            add_tags=record.tags,
            status=status,
        )
        self._add_sessions(item_id, record.sessions)

    def _update(self, item_id: int, old: dict[str, Any], record: BookRecord) -> None:
        """Apply what changed between the record imported before and this one."""
        new = to_json(record)
        old_fields, new_fields = old.get("fields", {}), new["fields"]
        typed = field_values(record)
        changed: dict[str, object] = {}
        for name in {*old_fields, *new_fields}:
            if old_fields.get(name) != new_fields.get(name):
                changed[name] = typed.get(name)
        if old.get("isbn") != new["isbn"]:
            changed["isbn"] = record.isbn
        item = services.load_item(self.s, item_id)
        people = None
        if old.get("people") != new["people"]:
            gone = {tuple(p) for p in old.get("people", [])} - {tuple(p) for p in new["people"]}
            kept = [p for p in item.people if (p.role.value, p.name) not in gone]
            base = [Person(p.role, p.name) for p in kept]
            people = base + [p for p in record.people if p not in base]
        services.edit_item(
            self.s,
            item_id,
            title=record.title if old.get("title") != record.title else None,
            field_values=changed,
            people=people,
            add_tags=record.tags,
            remove_tags=[t for t in old.get("tags", []) if t not in record.tags],
            status=record.status if old.get("status") != record.status.value else None,
        )
        self._add_sessions(item_id, record.sessions)

    def _add_sessions(self, item_id: int, reads: tuple[ReadThrough, ...]) -> None:
        """Add the read-throughs the entry does not have; give a known one its start date."""
        self.s.flush()
        have = list(self.s.scalars(select(ReadingSession).where(ReadingSession.item_id == item_id)))
        for read in reads:
            twin = _same_read(have, read)
            if twin is not None:
                self._fill_start(item_id, twin, read.started)
                continue
            undated = read.started is None and read.finished is None
            if undated and (len(have) >= len(reads) or read.outcome is None):
                continue
            activity.add_session(self.s, item_id, read.started, read.finished, read.outcome)
            have.append(
                ReadingSession(
                    started_on=read.started, finished_on=read.finished, outcome=read.outcome
                )
            )

    def _fill_start(self, item_id: int, twin: ReadingSession, started: dt.date | None) -> None:
        if started is None or twin.started_on is not None:
            return
        if twin.finished_on is not None and started > twin.finished_on:
            return
        twin.started_on = started
        self.s.add(Event(item_id=item_id, kind=EventKind.STARTED, on=started))

    def _write_notes(self, item_id: int, record: BookRecord) -> None:
        for note in record.notes:
            try:
                with self.s.begin_nested():
                    self._write_note(item_id, record.key, note)
            except UserError as error:  # the book is still worth having
                self.batch.warn(reported(note_left_out(record, note, error)))

    def _write_note(self, item_id: int, book_key: str, note: NoteRecord) -> None:
        key = f"{book_key}#{note.key}"
        data = to_json(note)
        print_ = fingerprint(data)
        source = self.s.get(ImportSource, (self.kind, key))
        if source is not None and source.note_id is not None:
            if source.fingerprint != print_:
                self.batch.touch(Target.NOTE, source.note_id)
                notes.edit_note(self.s, source.note_id, title=note.title, body=note.body)
                source.fingerprint, source.record = print_, _dump(data)
            return
        changes = notes.add_note(self.s, note.body, title=note.title, item_ids=[item_id])
        assert changes.created is not None
        note_id = changes.created
        self.batch.created(Target.NOTE, note_id)
        if note.on is not None:
            row = self.s.get(Note, note_id)
            assert row is not None
            row.created_at = row.updated_at = at_noon(note.on)
            for event in self.s.scalars(select(Event).where(Event.note_id == note_id)):
                event.on = note.on
        if source is not None:
            self.s.delete(source)
            self.s.flush()
        self.s.add(
            ImportSource(
                kind=self.kind, key=key, note_id=note_id, fingerprint=print_, record=_dump(data)
            )
        )


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _column(name: str) -> str:
    from readinglog.core.fields import spec

    return spec(name).column


def field_values(record: BookRecord) -> dict[str, object]:
    values = dict(record.fields)
    if record.isbn:
        values["isbn"] = record.isbn
    return values


def _merged_people(item: Item, people: tuple[Person, ...]) -> list[Person] | None:
    have = [Person(p.role, p.name) for p in item.people]
    seen = {(p.role, match_person(p.name)) for p in have}
    extra = [p for p in people if (p.role, match_person(p.name)) not in seen]
    return have + extra if extra else None


def _same_read(have: list[ReadingSession], read: ReadThrough) -> ReadingSession | None:
    for session in have:
        if read.finished is not None and session.finished_on == read.finished:
            return session
        if read.started is not None and session.started_on == read.started:
            return session
        if read.outcome is None and session.outcome is None:
            return session  # one open read-through at a time
    return None
