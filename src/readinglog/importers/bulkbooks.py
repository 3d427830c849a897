"""Book records a chunk at a time: the new books of a chunk in one go, the rest one by one.

For each chunk (``rows.CHUNK_ROWS`` records) one query finds the records this source brought
before, one the note records, one the ISBN matches and one the claimed title matches. Then:

- a record seen before with the same fingerprint is counted "unchanged", nothing written;
- a new record that matches no entry and whose values all pass the checks is written with
  the chunk's other new books by ``core.bulk`` (a handful of executemany statements);
- every other record (an update, a merge into an entry already there, a key repeated in the
  chunk, a bad value) goes through ``BookWriter.write`` in its own savepoint, after the bulk
  part, so a bad row is skipped with its line and reason exactly as before.

If the bulk part fails in the database, its savepoint is rolled back and the whole chunk is
written one row at a time instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError

from readinglog.core import bulk
from readinglog.core.batches import Outcome
from readinglog.core.errors import UserError
from readinglog.core.models import ImportSource
from readinglog.core.types import ItemKind, Target
from readinglog.importers.books import BookWriter, at_noon, field_values, note_left_out
from readinglog.importers.reasons import reported
from readinglog.importers.records import BookRecord, fingerprint, to_json
from readinglog.importers.rows import write_row

Rows = list[tuple[int, BookRecord]]


@dataclass
class _Fresh:
    """A new book ready for the bulk path, with what its import sources will say."""

    line: int
    record: BookRecord
    entry: bulk.NewItem
    sources: list[dict[str, Any]]  # the book's, then one per note written
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    fresh: list[_Fresh] = field(default_factory=list)
    slow: Rows = field(default_factory=list)


class ChunkWriter:
    def __init__(self, writer: BookWriter) -> None:
        self.writer = writer
        self.s, self.batch, self.kind = writer.s, writer.batch, writer.kind
        self.tags = bulk.TagIds()

    def write(self, rows: Rows) -> None:
        plan = self._plan(rows)
        if plan.fresh and not self._insert(plan.fresh):
            plan.slow += [(f.line, f.record) for f in plan.fresh]
            plan.slow.sort(key=lambda row: row[0])
        for line, record in plan.slow:
            write_row(self.s, self.batch, line, partial(self.writer.write, record))

    # -- planning --------------------------------------------------------------------------

    def _plan(self, rows: Rows) -> _Plan:
        records = [record for _, record in rows]
        known = self._sources([r.key for r in records])
        note_keys = self._sources([_note_key(r.key, n.key) for r in records for n in r.notes])
        isbns = self.writer.by_isbn(r.isbn for r in records if r.isbn)
        titled = {line: self.writer.by_title(record) for line, record in rows}
        claimed = self.writer.claimed({i for ids in titled.values() for i in ids})
        plan, seen = _Plan(), set[str]()
        for line, record in rows:
            data = to_json(record)
            print_ = fingerprint(data)
            source = known.get(record.key)
            if record.key in seen:  # after the first one is written
                plan.slow.append((line, record))
                continue
            seen.add(record.key)
            if source is not None:
                if source[0] is not None and source[1] == print_:
                    self.batch.count(Outcome.UNCHANGED)
                else:
                    plan.slow.append((line, record))  # an update
                continue
            match = self.writer.choose(record, isbns, claimed, titled[line])
            if match is not None:
                claimed.add(match)  # a later record of the chunk cannot merge into it too
                plan.slow.append((line, record))
                continue
            if any(_note_key(record.key, n.key) in note_keys for n in record.notes):
                plan.slow.append((line, record))
                continue
            try:
                plan.fresh.append(self._fresh(line, record, data, print_))
            except UserError:
                plan.slow.append((line, record))  # skipped there, with its line and reason
        return plan

    def _sources(self, keys: list[str]) -> dict[str, tuple[int | None, str]]:
        """(item id, fingerprint) of the import sources of this kind with these keys."""
        found: dict[str, tuple[int | None, str]] = {}
        for start in range(0, len(keys), 500):
            query = select(ImportSource.key, ImportSource.item_id, ImportSource.fingerprint).where(
                ImportSource.kind == self.kind, ImportSource.key.in_(keys[start : start + 500])
            )
            for key, item_id, print_ in self.s.execute(query):
                found[key] = (item_id, print_)
        return found

    def _fresh(self, line: int, record: BookRecord, data: dict[str, Any], print_: str) -> _Fresh:
        """Check everything ``BookWriter._create`` would; UserError if a value is refused."""
        notes, sources, warnings = [], [self._source(record.key, data, print_)], []
        for note in record.notes:
            try:
                at = at_noon(note.on) if note.on else None
                checked = bulk.note(note.body, title=note.title, at=at, on=note.on)
            except UserError as error:  # the book is still worth having
                warnings.append(reported(note_left_out(record, note, error)))
                continue
            notes.append(checked)
            note_data = to_json(note)
            sources.append(
                self._source(_note_key(record.key, note.key), note_data, fingerprint(note_data))
            )
        entry = bulk.entry(
            ItemKind.BOOK,
            record.title,
            field_values=field_values(record),
            people=record.people,
            tags=record.tags,
            status=record.status,
            created_at=at_noon(record.added_on) if record.added_on else None,
            sessions=[(r.started, r.finished, r.outcome) for r in record.sessions],
            notes=notes,
        )
        return _Fresh(line, record, entry, sources, warnings)

    def _source(self, key: str, data: dict[str, Any], print_: str) -> dict[str, Any]:
        return {
            "kind": self.kind, "key": key, "item_id": None, "note_id": None,
            "fingerprint": print_, "record": json.dumps(data, ensure_ascii=False, sort_keys=True),
        }  # fmt: skip

    # -- writing ---------------------------------------------------------------------------

    def _insert(self, fresh: list[_Fresh]) -> bool:
        try:
            with self.s.begin_nested():
                done = bulk.insert_items(self.s, [f.entry for f in fresh], self.tags)
                sources = []
                for f, ids in zip(fresh, done, strict=True):
                    book, *notes = f.sources
                    sources.append({**book, "item_id": ids.item_id})
                    sources += [
                        {**n, "note_id": note_id}
                        for n, note_id in zip(notes, ids.note_ids, strict=True)
                    ]
                self.s.execute(insert(bulk.TABLES["import_sources"]), sources)
                self.batch.created_many(Target.ITEM, [ids.item_id for ids in done])
                self.batch.created_many(Target.NOTE, [n for ids in done for n in ids.note_ids])
        except DBAPIError:
            self.tags.clear()
            return False
        self.batch.count(Outcome.CREATED, len(fresh))
        for f in fresh:
            for warning in f.warnings:
                self.batch.warn(warning)
        return True


def _note_key(book_key: str, note_key: str) -> str:
    return f"{book_key}#{note_key}"
