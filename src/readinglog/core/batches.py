"""Import batches: every import is recorded, and can be undone exactly.

An importer works inside the caller's transaction with a ``Batch``: before it changes a row
that was already there it calls ``touch`` (the rows of that entry or note are saved as JSON,
exactly as SQLite stores them), after it makes one it calls ``created``. ``undo`` deletes what
the batch created and writes the saved rows back, so the library is as it was before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from readinglog.core.errors import Message, NotFound, UserError
from readinglog.core.models import (
    ChangeAction,
    Highlight,
    ImportBatch,
    ImportChange,
    ImportKind,
    Item,
    Note,
    Tag,
    TrashKind,
    TrashRow,
    utcnow,
)
from readinglog.core.services import queue_for_index
from readinglog.core.types import Changes, Target

# The rows that make up an entry or a note, as (table, column naming its id). The first is the
# row itself (restored in place: deleting it would cascade to rows of other entries or notes).
ITEM_ROWS = (
    ("items", "id"),
    ("item_tags", "item_id"),
    ("item_people", "item_id"),
    ("sessions", "item_id"),
    ("events", "item_id"),
    ("import_sources", "item_id"),
)
NOTE_ROWS = (
    ("notes", "id"),
    ("note_tags", "note_id"),
    ("note_items", "note_id"),
    ("import_sources", "note_id"),
    # an import that rewrites a note keeps the old text as a version (core/history.py): undo
    # puts the versions back as they were too
    ("note_versions", "note_id"),
)
HIGHLIGHT_ROWS = (("highlights", "id"),)
_ROWS = {Target.ITEM: ITEM_ROWS, Target.NOTE: NOTE_ROWS, Target.HIGHLIGHT: HIGHLIGHT_ROWS}


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SkippedRow:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did, as ``import --json`` prints it."""

    batch: int | None
    created: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedRow, ...]
    warnings: tuple[str, ...]
    # A highlights import's own counts (importers/highlights.py): "highlights" (an object of
    # created, updated, unchanged, merged, skipped) and, where the source has them, "notes"
    # and "bookmarks" (how many the file held).
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"line": r.line, "reason": r.reason} for r in self.skipped],
            "warnings": list(self.warnings),
            **self.extra,
        }


@dataclass(frozen=True)
class BatchView:
    id: int
    kind: ImportKind
    file_name: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    created: int
    updated: int
    unchanged: int
    skipped: int
    undone_at: dt.datetime | None


@dataclass
class Batch:
    """The record of one import in progress; ``finish`` writes the counts and the report.

    What the batch created or touched is kept in ``import_changes`` only (not in memory):
    a row's savepoint rolled back takes its records with it, and memory stays flat however
    many rows a file has.
    """

    s: Session
    kind: ImportKind
    file_name: str
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._row = ImportBatch(
            kind=self.kind,
            file_name=self.file_name,
            started_at=utcnow(),
            created=0,
            updated=0,
            unchanged=0,
            skipped=0,
            report="{}",
        )
        self.s.add(self._row)
        self.s.flush()
        self._id = self._row.id
        self._tag_mark = self.s.scalar(select(func.max(Tag.id))) or 0

    @property
    def id(self) -> int:
        return self._id

    def created(self, target: Target, target_id: int) -> None:
        self.created_many(target, [target_id])

    def created_many(self, target: Target, target_ids: Iterable[int]) -> None:
        """Record rows this batch made (a row it touched first stays "updated")."""
        rows = [
            {"batch_id": self.id, "target": target, "target_id": target_id,
             "action": ChangeAction.CREATED}
            for target_id in target_ids
        ]  # fmt: skip
        if rows:
            self.s.execute(insert(ImportChange).on_conflict_do_nothing(), rows)

    def touch(self, target: Target, target_id: int) -> None:
        """Call before changing an entry or note that existed before this batch."""
        recorded = self.s.scalar(
            select(ImportChange.id).where(
                ImportChange.batch_id == self.id,
                ImportChange.target == target,
                ImportChange.target_id == target_id,
            )
        )
        if recorded is not None:
            return
        self.s.flush()
        rows = snapshot(self.s.connection(), _ROWS[target], target_id)
        self.s.add(
            ImportChange(
                batch_id=self.id,
                target=target,
                target_id=target_id,
                action=ChangeAction.UPDATED,
                snapshot=json.dumps(rows, ensure_ascii=False),
            )
        )

    def changes(self) -> Changes:
        """The entries and notes this batch created or changed so far."""
        rows = self.s.execute(
            select(ImportChange.target, ImportChange.target_id).where(
                ImportChange.batch_id == self.id
            )
        ).all()
        return Changes(
            items=frozenset(i for target, i in rows if target is Target.ITEM),
            notes=frozenset(i for target, i in rows if target is Target.NOTE),
            tags=any(target is Target.TAG for target, _ in rows),
        )

    def count(self, outcome: Outcome, n: int = 1) -> None:
        self.counts[outcome] += n

    def skip(self, line: int, reason: str) -> None:
        self.skipped.append(SkippedRow(line, reason))

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def report(self) -> ImportReport:
        return ImportReport(
            batch=self.id,
            created=self.counts[Outcome.CREATED],
            updated=self.counts[Outcome.UPDATED],
            unchanged=self.counts[Outcome.UNCHANGED],
            skipped=tuple(sorted(self.skipped, key=lambda row: row.line)),
            warnings=tuple(self.warnings),
            extra=dict(self.extra),
        )

    def finish(self) -> ImportReport:
        """Record the tags this batch made, the counts and the report; return the report."""
        self.s.flush()
        made = self.s.scalars(select(Tag.id).where(Tag.id > self._tag_mark))
        self.created_many(Target.TAG, list(made))
        report = self.report()
        row = self.s.get(ImportBatch, self._id)  # the session may have been expunged
        assert row is not None
        row.finished_at = utcnow()
        row.created, row.updated, row.unchanged = report.created, report.updated, report.unchanged
        row.skipped = len(report.skipped)
        data = report.to_json()
        row.report = json.dumps(
            {"skipped": data["skipped"], "warnings": data["warnings"], **report.extra},
            ensure_ascii=False,
        )
        self.s.flush()
        return report


def snapshot(conn: Connection, tables: Iterable[tuple[str, str]], row_id: int) -> dict[str, Any]:
    """The rows of ``tables`` that belong to ``row_id``, as SQLite stores them."""
    out: dict[str, Any] = {}
    for table, column in tables:
        result = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE {column} = ?", (row_id,))
        out[table] = [dict(row) for row in result.mappings()]
    return out


def _restore(conn: Connection, target: Target, row_id: int, saved: dict[str, Any]) -> None:
    (main, key), *children = _ROWS[target]
    [row] = saved[main]
    columns = [name for name in row if name != key]
    assignments = ", ".join(f'"{name}" = ?' for name in columns)
    conn.exec_driver_sql(
        f"UPDATE {main} SET {assignments} WHERE {key} = ?",
        (*(row[name] for name in columns), row_id),
    )
    for table, column in children:
        if table not in saved:  # saved by an older ReadingLog, before the table existed
            continue
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {column} = ?", (row_id,))
        for child in saved[table]:
            names = ", ".join(f'"{name}"' for name in child)
            marks = ", ".join("?" for _ in child)
            conn.exec_driver_sql(
                f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(child.values())
            )


def list_batches(s: Session) -> list[BatchView]:
    rows = s.scalars(select(ImportBatch).order_by(ImportBatch.id))
    return [
        BatchView(
            r.id,
            r.kind,
            r.file_name,
            r.started_at,
            r.finished_at,
            r.created,
            r.updated,
            r.unchanged,
            r.skipped,
            r.undone_at,
        )
        for r in rows
    ]


def _check_undoable(s: Session, batch: ImportBatch, changes: list[ImportChange]) -> None:
    if batch.undone_at is not None:
        raise UserError("import {id} was already undone", id=batch.id)
    mine = {(c.target, c.target_id) for c in changes if c.target is not Target.TAG}
    later = s.execute(
        select(ImportChange.batch_id, ImportChange.target, ImportChange.target_id)
        .join(ImportBatch, ImportBatch.id == ImportChange.batch_id)
        .where(ImportBatch.id > batch.id, ImportBatch.undone_at.is_(None))
    )
    blocking = sorted({b for b, target, tid in later if (target, tid) in mine})
    if blocking:
        raise UserError(
            "import {id} cannot be undone: later import {later} changed the same "
            "entries or notes; undo that first",
            id=batch.id,
            later=", ".join(str(b) for b in blocking),
        )


def _check_present(s: Session, batch: ImportBatch, changes: list[ImportChange]) -> None:
    """Refuse, in one sentence, to undo changes to an entry or note deleted since (its saved
    rows would point at nothing): restore it from the trash first."""
    for change in changes:
        if change.action is not ChangeAction.UPDATED or change.target is Target.TAG:
            continue
        model, named, kind = _KINDS[change.target]
        if s.get(model, change.target_id) is not None:
            continue
        what = named(change.target_id)
        held = s.scalar(
            select(TrashRow.id)
            .where(TrashRow.kind == kind, TrashRow.original_id == change.target_id)
            .order_by(TrashRow.id.desc())
            .limit(1)
        )
        if held is None:
            raise UserError(
                "import {id} cannot be undone: {what}, which it changed, was deleted",
                id=batch.id,
                what=what,
            )
        raise UserError(
            "import {id} cannot be undone: {what}, which it changed, is in the trash "
            "(restore it first: readinglog trash restore {held})",
            id=batch.id,
            what=what,
            held=held,
        )


def _entry(target_id: int) -> Message:
    return Message("entry {id}", id=target_id)


def _note(target_id: int) -> Message:
    return Message("note {id}", id=target_id)


def _highlight(target_id: int) -> Message:
    return Message("highlight {id}", id=target_id)


_KINDS: dict[Target, tuple[type[Item | Note | Highlight], Callable[[int], Message], TrashKind]] = {
    Target.ITEM: (Item, _entry, TrashKind.ITEM),
    Target.NOTE: (Note, _note, TrashKind.NOTE),
    Target.HIGHLIGHT: (Highlight, _highlight, TrashKind.HIGHLIGHT),
}
# What ``undo`` calls a row edited since the import (the target's own word: ``item 12``).
_EDITED: dict[Target, Callable[[int], Message]] = {
    Target.ITEM: lambda target_id: Message("item {id}", id=target_id),
    Target.NOTE: _note,
    Target.HIGHLIGHT: _highlight,
}


def _edited_since(s: Session, batch: ImportBatch, changes: list[ImportChange]) -> list[Message]:
    finished = batch.finished_at or batch.started_at
    edited = []
    for change in changes:
        if change.target is Target.TAG:
            continue
        model = _KINDS[change.target][0]
        updated = s.scalar(select(model.updated_at).where(model.id == change.target_id))
        if updated is not None and updated > finished:
            edited.append(_EDITED[change.target](change.target_id))
    return edited


def _listed(parts: list[Message]) -> Message:
    """``a, b, c`` with each part a sentence the window translates."""
    said = parts[-1]
    for part in reversed(parts[:-1]):
        said = Message("{first}, {rest}", first=part, rest=said)
    return said


def undo(s: Session, batch_id: int, *, force: bool = False) -> Changes:
    """Delete what the batch created and restore what it updated, exactly as it was."""
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("no import with id {id}", id=batch_id)
    changes = list(s.scalars(select(ImportChange).where(ImportChange.batch_id == batch_id)))
    _check_undoable(s, batch, changes)
    _check_present(s, batch, changes)
    edited = _edited_since(s, batch, changes)
    if edited and not force:
        if len(edited) > 3:
            raise UserError(
                "import {id} cannot be undone safely: {edited} and {more} more changed after it "
                "(undo with --force to lose those changes)",
                id=batch_id,
                edited=_listed(edited[:3]),
                more=len(edited) - 3,
            )
        raise UserError(
            "import {id} cannot be undone safely: {edited} changed after it "
            "(undo with --force to lose those changes)",
            id=batch_id,
            edited=_listed(edited),
        )
    s.flush()
    conn = s.connection()

    def of(target: Target, action: ChangeAction) -> list[ImportChange]:
        return [c for c in changes if c.target is target and c.action is action]

    highlight_ids = _highlights_of(conn, changes)
    deleted = (("highlights", Target.HIGHLIGHT), ("notes", Target.NOTE), ("items", Target.ITEM))
    for table, target in deleted:
        for change in of(target, ChangeAction.CREATED):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (change.target_id,))
    for target in (Target.NOTE, Target.ITEM, Target.HIGHLIGHT):
        for change in of(target, ChangeAction.UPDATED):
            _restore(conn, target, change.target_id, json.loads(change.snapshot or "{}"))
    for change in of(Target.TAG, ChangeAction.CREATED):
        conn.exec_driver_sql(
            "DELETE FROM tags WHERE id = ? AND id NOT IN (SELECT tag_id FROM item_tags) "
            "AND id NOT IN (SELECT tag_id FROM note_tags)",
            (change.target_id,),
        )
    s.expire_all()
    item_ids = {c.target_id for c in changes if c.target is Target.ITEM}
    note_ids = {c.target_id for c in changes if c.target is Target.NOTE}
    queue_for_index(s, Target.ITEM, sorted(item_ids))
    queue_for_index(s, Target.NOTE, sorted(note_ids))
    queue_for_index(s, Target.HIGHLIGHT, sorted(highlight_ids))
    batch.undone_at = utcnow()
    return Changes(
        items=frozenset(item_ids),
        notes=frozenset(note_ids),
        tags=True,
        highlights=frozenset(highlight_ids),
    )


def _highlights_of(conn: Connection, changes: list[ImportChange]) -> set[int]:
    """The highlights an undo takes back or deletes: those the batch made or changed, and
    those of the entries it made (they go with their entry)."""
    ids = {c.target_id for c in changes if c.target is Target.HIGHLIGHT}
    made = [c.target_id for c in changes
            if c.target is Target.ITEM and c.action is ChangeAction.CREATED]  # fmt: skip
    for start in range(0, len(made), 500):
        chunk = made[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        result = conn.exec_driver_sql(
            f"SELECT id FROM highlights WHERE item_id IN ({marks})", tuple(chunk)
        )
        ids.update(result.scalars())
    return ids
