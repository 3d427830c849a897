"""What the pages read from the library: entries with the facts a page lists, and where the
posts of those entries and of their notes already are (the export ledger).

Everything comes back as frozen values; the pages' text is made from them without a session.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from readinglog.core.fields import ROLES, values_of
from readinglog.core.models import Item, Note, NoteItem, ReadingSession
from readinglog.core.types import ItemKind, Status
from readinglog.export.ledger import export_paths
from readinglog.export.links import LinkTarget
from readinglog.export.profiles import Format
from readinglog.export.resolve import looks_draft

BATCH = 500


@dataclass(frozen=True)
class PageEntry:
    """One entry as a page lists it."""

    id: int
    kind: ItemKind
    title: str
    sort_key: str  # the title's (pinyin for Chinese), as the library stores it
    people: tuple[str, ...]  # in the kind's first role that has any (authors, hosts ...)
    status: Status
    rating: float | None
    finished_on: dt.date | None  # the last finished read-through's day
    parent_id: int | None
    parent_title: str | None
    cover: str | None  # as the entry stores it
    fields: dict[str, object]  # the kind's fields that are set (fields.values_of)
    updated_at: dt.datetime


@dataclass(frozen=True)
class References:
    """Posts a page can link to: entries' and notes' posts exported earlier into the folder
    (by ``("item", id)`` and ``("note", id)``), and each entry's notes (id, title) in order."""

    targets: dict[tuple[str, int], LinkTarget] = field(default_factory=dict)
    notes_of: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    # The library's export records these were found in: every post (kind, id) exported in
    # ``written_for`` (format, folder resolved), so planning the page reads them only once.
    written: dict[tuple[str, int], PurePosixPath] | None = None
    written_for: tuple[str, Path] | None = None


def _batches(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _main_people(item: Item) -> tuple[str, ...]:
    for role in ROLES[item.kind]:
        names = tuple(p.name for p in item.people if p.role == role)
        if names:
            return names
    return tuple(p.name for p in item.people)


def _last_finished(s: Session, ids: Sequence[int]) -> dict[int, dt.date]:
    stmt = (
        select(ReadingSession.item_id, func.max(ReadingSession.finished_on))
        .where(ReadingSession.item_id.in_(ids))
        .where(ReadingSession.outcome == Status.FINISHED)
        .group_by(ReadingSession.item_id)
    )
    return {item_id: day for item_id, day in s.execute(stmt) if day is not None}


def entries(s: Session, ids: Sequence[int]) -> list[PageEntry]:
    """The entries ``ids`` in that order (ids no longer there are left out)."""
    found: dict[int, PageEntry] = {}
    for batch in _batches(list(ids)):
        finished = _last_finished(s, batch)
        stmt = (
            select(Item)
            .where(Item.id.in_(batch))
            .options(selectinload(Item.people), joinedload(Item.parent))
        )
        for item in s.scalars(stmt):
            found[item.id] = PageEntry(
                id=item.id,
                kind=item.kind,
                title=item.title,
                sort_key=item.sort_key,
                people=_main_people(item),
                status=item.status,
                rating=item.rating,
                finished_on=finished.get(item.id),
                parent_id=item.parent_id,
                parent_title=item.parent.title if item.parent is not None else None,
                cover=item.cover_path,
                fields=values_of(item),
                updated_at=item.updated_at,
            )
    return [found[i] for i in ids if i in found]


def ids_of(s: Session, kinds: Iterable[ItemKind]) -> list[int]:
    """Every entry of ``kinds``, by id."""
    stmt = select(Item.id).where(Item.kind.in_(list(kinds))).order_by(Item.id)
    return list(s.scalars(stmt))


def finished_ids(s: Session, kinds: Iterable[ItemKind], year: int | None = None) -> list[int]:
    """The entries of ``kinds`` with a dated finished read-through (the last of them in
    ``year`` when given), by id: the only ones a page of what was finished loads."""
    last = func.max(ReadingSession.finished_on)
    stmt = (
        select(ReadingSession.item_id)
        .join(Item, Item.id == ReadingSession.item_id)
        .where(
            Item.kind.in_(list(kinds)),
            ReadingSession.outcome == Status.FINISHED,
            ReadingSession.finished_on.is_not(None),
        )
        .group_by(ReadingSession.item_id)
        .order_by(ReadingSession.item_id)
    )
    if year is not None:
        stmt = stmt.having(last >= dt.date(year, 1, 1), last < dt.date(year + 1, 1, 1))
    return list(s.scalars(stmt))


def _target(
    base: Path, relative: PurePosixPath, doc_id: int, title: str, fmt: Format
) -> LinkTarget | None:
    """The post an earlier export wrote at ``relative`` under ``base`` (the folder, resolved),
    if it is still there."""
    path = base / Path(*relative.parts)
    if not path.is_file():
        return None
    return LinkTarget(doc_id, relative, title, looks_draft(path, fmt))


def references(s: Session, items: Sequence[tuple[int, str]], fmt: Format, root: Path) -> References:
    """The posts of ``items`` (id, title) and of their notes already exported under ``root``
    (``export item`` and ``export note`` records: one query for all of them)."""
    written = export_paths(s, fmt.value, root)
    base = root.resolve()
    targets: dict[tuple[str, int], LinkTarget] = {}
    for item_id, title in dict(items).items():
        relative = written.get(("item", item_id))
        found = None if relative is None else _target(base, relative, item_id, title, fmt)
        if found is not None:
            targets[("item", item_id)] = found
    notes_of: dict[int, list[tuple[int, str]]] = defaultdict(list)
    exported_notes = {doc_id for kind, doc_id in written if kind == "note"}
    ids = list(dict.fromkeys(item_id for item_id, _ in items))
    for batch in _batches(ids):
        stmt = (
            select(NoteItem.item_id, Note.id, Note.title)
            .join(Note, Note.id == NoteItem.note_id)
            .where(NoteItem.item_id.in_(batch))
            .order_by(NoteItem.item_id, Note.created_at, Note.id)
        )
        for item_id, note_id, note_title in s.execute(stmt):
            if note_id not in exported_notes:
                continue
            target = _target(base, written[("note", note_id)], note_id, note_title, fmt)
            if target is not None:
                targets[("note", note_id)] = target
                notes_of[item_id].append((note_id, note_title))
    return References(
        targets, {k: tuple(v) for k, v in notes_of.items()}, written, (fmt.value, base)
    )
