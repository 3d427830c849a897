"""The trash: a deleted entry or note keeps everything attached to it and can come back.

Deleting moves a snapshot of the rows (exactly as SQLite stores them) into one ``trash`` row
and deletes the rows in the same transaction, so lists, counts, search and exports need no
filter. What a delete takes, and restore puts back:

- an entry: its row, people, sessions, events, tags (by name), import records, export
  records, its links to notes (the notes themselves stay, as before the trash existed) and
  which entries were its children (they stay too, without a parent);
- a note: its row, tags (by name), links to entries, import records, export records, its
  earlier versions, and which events of entries named it;
- a highlight: its row (an entry's highlights go with the entry, and come back with it).

Restore uses the original ids when they are free (otherwise SQLite gives new ones and the
result says so), recreates missing tags, and links only to what still exists, naming the
links it could not restore. Trash rows older than ``KEEP_DAYS`` are purged when the library
opens, a bounded number at a time.

Undoing an import (core/batches.py) does not use the trash: it is an exact undo of what the
import made, and is backed up before it runs; a trash full of rows an import brought would only
hide the next import's duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.orm import Session

from readinglog.core.batches import snapshot
from readinglog.core.errors import Message, NotFound, UserError
from readinglog.core.models import Highlight, Item, Note, TrashKind, TrashRow, utcnow
from readinglog.core.services import load_item, load_note, queue_for_index, tags_named
from readinglog.core.types import Changes, Target

KEEP_DAYS = 30
PURGE_LIMIT = 500  # trash rows purged per library open
FORMAT = 1

# (table, column naming the entry or note) for the rows that go with it, in insert order.
_ITEM_ROWS = (
    ("item_people", "item_id"),
    ("sessions", "item_id"),
    ("events", "item_id"),
    ("import_sources", "item_id"),
    ("note_items", "item_id"),
    ("highlights", "item_id"),
    ("feeds", "item_id"),  # a show's feed and what it lists (core/feeds.py)
    ("feed_episodes", "feed_id"),
)
_NOTE_ROWS = (
    ("note_items", "note_id"),
    ("import_sources", "note_id"),
    ("note_versions", "note_id"),
)
# kind: (its table, the rows that go with it, its tag links, their column, its document type)
_KINDS: dict[TrashKind, tuple[str, tuple[tuple[str, str], ...], str | None, str, Target]] = {
    TrashKind.ITEM: ("items", _ITEM_ROWS, "item_tags", "item_id", Target.ITEM),
    TrashKind.NOTE: ("notes", _NOTE_ROWS, "note_tags", "note_id", Target.NOTE),
    TrashKind.HIGHLIGHT: ("highlights", (), None, "highlight_id", Target.HIGHLIGHT),
}
KIND_WORDS = {TrashKind.ITEM: "entry", TrashKind.NOTE: "note", TrashKind.HIGHLIGHT: "highlight"}


@dataclass(frozen=True)
class TrashView:
    """One row of ``trash list``."""

    id: int
    kind: TrashKind
    original_id: int
    title: str
    deleted_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "original_id": self.original_id,
            "title": self.title,
            "deleted_at": self.deleted_at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class Trashed:
    """What a delete did: the trash row that holds it, and what changed for the views."""

    trash_id: int
    changes: Changes


@dataclass(frozen=True)
class Restored:
    """What a restore did; ``notices`` names what could not come back as it was (for the
    window to translate, ``i18n.said``), ``problems`` the same in English."""

    kind: TrashKind
    id: int
    original_id: int
    title: str
    notices: tuple[Message, ...]
    changes: Changes

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(str(notice) for notice in self.notices)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "id": self.id, "original_id": self.original_id,
                "title": self.title, "problems": list(self.problems)}  # fmt: skip


def _one(conn: Connection, sql: str, *params: object) -> Any:
    return conn.exec_driver_sql(sql, params).scalar()


def _exists(conn: Connection, table: str, row_id: object) -> bool:
    return _one(conn, f"SELECT 1 FROM {table} WHERE id = ?", row_id) is not None


def _tag_names(conn: Connection, link_table: str, column: str, row_id: int) -> list[str]:
    result = conn.exec_driver_sql(
        f"SELECT t.name FROM {link_table} l JOIN tags t ON t.id = l.tag_id "
        f"WHERE l.{column} = ? ORDER BY t.id",
        (row_id,),
    )
    return [name for (name,) in result]


def _export_records(conn: Connection, doc_type: Target, doc_id: int) -> list[dict[str, Any]]:
    result = conn.exec_driver_sql(
        "SELECT * FROM export_records WHERE doc_type = ? AND doc_id = ?", (doc_type.value, doc_id)
    )
    return [dict(row) for row in result.mappings()]


def _move(
    s: Session,
    kind: TrashKind,
    row: Item | Note | Highlight,
    extra: dict[str, list[int]],
    now: dt.datetime,
) -> tuple[int, dict[str, list[dict[str, Any]]]]:
    """Store ``row``, the rows attached to it, its tags, its export records and ``extra`` in
    one trash row, then delete it (its attached rows cascade) and its export records.
    Returns the trash row's id and the rows stored."""
    table, attached, tag_table, column, doc_type = _KINDS[kind]
    row_id = row.id
    s.flush()
    conn = s.connection()
    rows = snapshot(conn, ((table, "id"), *attached), row_id)
    rows["export_records"] = _export_records(conn, doc_type, row_id)
    tags = _tag_names(conn, tag_table, column, row_id) if tag_table else []
    payload = {"rows": rows, "tags": tags, **extra}
    entry = TrashRow(
        kind=kind,
        original_id=row_id,
        title=_title(row),
        deleted_at=now,
        payload=json.dumps({"format": FORMAT, **payload}, ensure_ascii=False),
    )
    s.add(entry)
    s.flush()
    s.delete(row)
    s.flush()
    conn.exec_driver_sql(
        "DELETE FROM export_records WHERE doc_type = ? AND doc_id = ?", (doc_type.value, row_id)
    )
    s.expire_all()
    return entry.id, rows


def _title(row: Item | Note | Highlight) -> str:
    if not isinstance(row, Highlight):
        return row.title
    words = " ".join((row.text.strip() or row.comment or "").split())
    return words if len(words) <= 80 else words[:79] + "…"


def trash_item(s: Session, item_id: int, *, now: dt.datetime | None = None) -> Trashed:
    """Move an entry, with everything attached to it, to the trash."""
    item = load_item(s, item_id)
    children = [child.id for child in item.children]
    s.flush()
    listed = s.connection().exec_driver_sql(  # a feed episode this entry was made from
        "SELECT id FROM feed_episodes WHERE item_id = ?", (item_id,)
    )
    extra = {"children": children, "feed_episodes": list(listed.scalars())}
    trash_id, rows = _move(s, TrashKind.ITEM, item, extra, now or utcnow())
    note_ids = [link["note_id"] for link in rows["note_items"]]
    highlight_ids = [row["id"] for row in rows["highlights"]]
    queue_for_index(s, Target.ITEM, [item_id, *children])
    queue_for_index(s, Target.NOTE, note_ids)
    queue_for_index(s, Target.HIGHLIGHT, highlight_ids)
    changes = Changes(
        items=frozenset({item_id, *children}),
        notes=frozenset(note_ids),
        tags=True,
        highlights=frozenset(highlight_ids),
    )
    return Trashed(trash_id, changes)


def trash_highlight(s: Session, highlight_id: int, *, now: dt.datetime | None = None) -> Trashed:
    """Move a highlight to the trash (restore puts it back on its entry)."""
    row = s.get(Highlight, highlight_id)
    if row is None:
        raise NotFound("no highlight with id {id}", id=highlight_id)
    item_id = row.item_id
    trash_id, _rows = _move(s, TrashKind.HIGHLIGHT, row, {}, now or utcnow())
    queue_for_index(s, Target.HIGHLIGHT, [highlight_id])
    changes = Changes(items=frozenset({item_id}), highlights=frozenset({highlight_id}))
    return Trashed(trash_id, changes)


def trash_note(s: Session, note_id: int, *, now: dt.datetime | None = None) -> Trashed:
    """Move a note, with its links, tags and earlier versions, to the trash."""
    note = load_note(s, note_id)
    s.flush()
    events = s.connection().exec_driver_sql("SELECT id FROM events WHERE note_id = ?", (note_id,))
    extra = {"events": list(events.scalars())}
    trash_id, rows = _move(s, TrashKind.NOTE, note, extra, now or utcnow())
    queue_for_index(s, Target.NOTE, [note_id])
    item_ids = frozenset(link["item_id"] for link in rows["note_items"])
    return Trashed(trash_id, Changes(notes=frozenset({note_id}), items=item_ids, tags=True))


def list_trash(s: Session) -> list[TrashView]:
    """What the trash holds, the most recently deleted first (without the payloads)."""
    rows = s.execute(
        select(
            TrashRow.id,
            TrashRow.kind,
            TrashRow.original_id,
            TrashRow.title,
            TrashRow.deleted_at,
        ).order_by(TrashRow.deleted_at.desc(), TrashRow.id)
    )
    return [TrashView(*row) for row in rows]


def count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(TrashRow)) or 0


def _insert(conn: Connection, table: str, row: dict[str, Any]) -> int:
    """Insert ``row``; an ``id`` already taken is left for SQLite to choose. Returns the id."""
    if "id" in row and _exists(conn, table, row["id"]):
        row = {name: value for name, value in row.items() if name != "id"}
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    result = conn.exec_driver_sql(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())
    )
    return int(result.lastrowid)


def _restore_import_sources(
    conn: Connection, rows: list[dict[str, Any]], column: str, new_id: int, problems: list[Message]
) -> None:
    for row in rows:
        taken = _one(
            conn, "SELECT 1 FROM import_sources WHERE kind = ? AND key = ?", row["kind"], row["key"]
        )
        if taken is not None:
            problems.append(
                Message(
                    "the {kind} import record {key!r} now belongs to another entry or note",
                    kind=row["kind"],
                    key=row["key"],
                )
            )
            continue
        _insert(conn, "import_sources", {**row, column: new_id})


def _restore_export_records(conn: Connection, rows: list[dict[str, Any]], new_id: int) -> None:
    for row in rows:
        conn.exec_driver_sql(
            'INSERT OR IGNORE INTO export_records ("doc_type", "doc_id", "format", "path", '
            '"sha256", "exported_at") VALUES (?, ?, ?, ?, ?, ?)',
            (row["doc_type"], new_id, row["format"], row["path"], row["sha256"],
             row["exported_at"]),
        )  # fmt: skip


def _link_tags(s: Session, link_table: str, column: str, row_id: int, names: list[str]) -> None:
    tags = tags_named(s, names)
    s.flush()
    conn = s.connection()
    for tag in tags:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO {link_table} ({column}, tag_id) VALUES (?, ?)",
            (row_id, tag.id),
        )


def _restore_item(
    s: Session, payload: dict[str, Any], problems: list[Message]
) -> tuple[int, Changes]:
    conn = s.connection()
    rows: dict[str, list[dict[str, Any]]] = payload["rows"]
    [item] = rows["items"]
    parent = item.get("parent_id")
    if parent is not None and not _exists(conn, "items", parent):
        problems.append(Message("its parent entry {id} no longer exists", id=parent))
        item = {**item, "parent_id": None}
    new_id = _insert(conn, "items", item)
    for table in ("item_people", "sessions", "events"):
        for row in rows[table]:
            note = row.get("note_id") if table == "events" else None
            if note is not None and not _exists(conn, "notes", note):
                row = {**row, "note_id": None}
            _insert(conn, table, {**row, "item_id": new_id})
    _restore_import_sources(conn, rows["import_sources"], "item_id", new_id, problems)
    _restore_export_records(conn, rows["export_records"], new_id)
    highlights = [
        _insert_highlight(conn, {**row, "item_id": new_id}, problems)
        for row in rows.get("highlights", [])  # trashed before highlights existed: none
    ]
    _restore_feed(conn, rows, new_id, payload.get("feed_episodes", []))
    notes: list[int] = []
    for link in rows["note_items"]:
        if _exists(conn, "notes", link["note_id"]):
            _insert(conn, "note_items", {**link, "item_id": new_id})
            notes.append(link["note_id"])
        else:
            problems.append(Message("note {id} no longer exists", id=link["note_id"]))
    children: list[int] = []
    for child in payload["children"]:
        orphan = _one(conn, "SELECT 1 FROM items WHERE id = ? AND parent_id IS NULL", child)
        if orphan is not None:
            conn.exec_driver_sql("UPDATE items SET parent_id = ? WHERE id = ?", (new_id, child))
            children.append(child)
        else:
            problems.append(Message("entry {id} is no longer one of its children", id=child))
    _link_tags(s, "item_tags", "item_id", new_id, payload["tags"])
    queue_for_index(s, Target.ITEM, [new_id, *children])
    queue_for_index(s, Target.NOTE, notes)
    queue_for_index(s, Target.HIGHLIGHT, highlights)
    changes = Changes(
        items=frozenset({new_id, *children}),
        notes=frozenset(notes),
        tags=True,
        highlights=frozenset(highlights),
    )
    return new_id, changes


def _restore_feed(
    conn: Connection, rows: dict[str, list[dict[str, Any]]], new_id: int, made_from: list[int]
) -> None:
    """A show's feed with the episodes it listed, and the link from the feed episode an entry
    was made from (trashed before feeds existed: none of these)."""
    for feed in rows.get("feeds", []):
        _insert(conn, "feeds", {**feed, "item_id": new_id})
    for episode in rows.get("feed_episodes", []):
        entry = episode.get("item_id")
        if entry is not None and not _exists(conn, "items", entry):
            episode = {**episode, "item_id": None}
        _insert(conn, "feed_episodes", {**episode, "feed_id": new_id})
    for episode_id in made_from:
        conn.exec_driver_sql(
            "UPDATE feed_episodes SET item_id = ? WHERE id = ? AND item_id IS NULL",
            (new_id, episode_id),
        )


def _insert_highlight(conn: Connection, row: dict[str, Any], problems: list[Message]) -> int:
    """Insert a highlight row; a source key taken since (the same highlight imported again)
    is dropped, so the two stay apart and the user can delete either."""
    key = row.get("source_key")
    if key is not None and _one(
        conn, "SELECT 1 FROM highlights WHERE source = ? AND source_key = ?", row["source"], key
    ):
        problems.append(
            Message("highlight {id} was imported again since; both are kept", id=row["id"])
        )
        row = {**row, "source_key": None}
    return _insert(conn, "highlights", row)


def _restore_highlight(
    s: Session, payload: dict[str, Any], problems: list[Message]
) -> tuple[int, Changes]:
    conn = s.connection()
    [row] = payload["rows"]["highlights"]
    if not _exists(conn, "items", row["item_id"]):
        held = _one(
            conn,
            "SELECT id FROM trash WHERE kind = 'item' AND original_id = ? ORDER BY id DESC",
            row["item_id"],
        )
        if held:
            raise UserError(
                "the highlight's entry {id} no longer exists "
                "(restore it first: readinglog trash restore {trash_id})",
                id=row["item_id"],
                trash_id=held,
            )
        raise UserError("the highlight's entry {id} no longer exists", id=row["item_id"])
    new_id = _insert_highlight(conn, row, problems)
    queue_for_index(s, Target.HIGHLIGHT, [new_id])
    changes = Changes(items=frozenset({row["item_id"]}), highlights=frozenset({new_id}))
    return new_id, changes


def _restore_note(
    s: Session, payload: dict[str, Any], problems: list[Message]
) -> tuple[int, Changes]:
    conn = s.connection()
    rows: dict[str, list[dict[str, Any]]] = payload["rows"]
    [note] = rows["notes"]
    new_id = _insert(conn, "notes", note)
    items: list[int] = []
    for link in rows["note_items"]:
        if _exists(conn, "items", link["item_id"]):
            _insert(conn, "note_items", {**link, "note_id": new_id})
            items.append(link["item_id"])
        else:
            problems.append(Message("entry {id} no longer exists", id=link["item_id"]))
    for version in rows["note_versions"]:
        _insert(conn, "note_versions", {**version, "note_id": new_id})
    _restore_import_sources(conn, rows["import_sources"], "note_id", new_id, problems)
    _restore_export_records(conn, rows["export_records"], new_id)
    for event_id in payload["events"]:
        conn.exec_driver_sql(
            "UPDATE events SET note_id = ? WHERE id = ? AND note_id IS NULL", (new_id, event_id)
        )
    _link_tags(s, "note_tags", "note_id", new_id, payload["tags"])
    queue_for_index(s, Target.NOTE, [new_id])
    return new_id, Changes(notes=frozenset({new_id}), items=frozenset(items), tags=True)


def restore(s: Session, trash_id: int) -> Restored:
    """Put a trashed entry, note or highlight back, with everything that can still be attached."""
    entry = s.get(TrashRow, trash_id)
    if entry is None:
        raise NotFound("nothing in the trash with id {id}", id=trash_id)
    payload = json.loads(entry.payload)
    kind, original, title = entry.kind, entry.original_id, entry.title
    s.delete(entry)
    s.flush()
    problems: list[Message] = []
    if kind is TrashKind.ITEM:
        new_id, changes = _restore_item(s, payload, problems)
    elif kind is TrashKind.NOTE:
        new_id, changes = _restore_note(s, payload, problems)
    else:
        new_id, changes = _restore_highlight(s, payload, problems)
    if new_id != original:
        problems.insert(0, _renumbered(kind, original, new_id))
    s.expire_all()
    return Restored(kind, new_id, original, title, tuple(problems), changes)


def empty(
    s: Session, *, older_than: dt.timedelta | None = None, now: dt.datetime | None = None
) -> int:
    """Delete trash rows for good (all, or those deleted more than ``older_than`` ago)."""
    statement = delete(TrashRow)
    if older_than is not None:
        statement = statement.where(TrashRow.deleted_at < (now or utcnow()) - older_than)
    result = s.execute(statement.execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def delete_forever(s: Session, trash_ids: Sequence[int]) -> int:
    """Delete these trash rows for good; returns how many there were."""
    if not trash_ids:
        return 0
    result = s.execute(
        delete(TrashRow)
        .where(TrashRow.id.in_(list(trash_ids)))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def has_expired(s: Session, *, now: dt.datetime | None = None) -> bool:
    """Whether anything has been in the trash longer than ``KEEP_DAYS`` (one indexed read)."""
    cutoff = (now or utcnow()) - dt.timedelta(days=KEEP_DAYS)
    return s.scalar(select(TrashRow.id).where(TrashRow.deleted_at < cutoff).limit(1)) is not None


def purge(s: Session, *, now: dt.datetime | None = None, limit: int = PURGE_LIMIT) -> int:
    """Delete at most ``limit`` trash rows older than ``KEEP_DAYS`` (called at library open)."""
    cutoff = (now or utcnow()) - dt.timedelta(days=KEEP_DAYS)
    old = select(TrashRow.id).where(TrashRow.deleted_at < cutoff).limit(limit)
    ids = list(s.scalars(old))
    if ids:
        s.execute(
            delete(TrashRow)
            .where(TrashRow.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
    return len(ids)


def _renumbered(kind: TrashKind, original: int, new_id: int) -> Message:
    """What a restore says when the id it had is taken (one sentence per kind)."""
    if kind is TrashKind.ITEM:
        return Message(
            "entry {old} is now entry {new} (its id was taken)", old=original, new=new_id
        )
    if kind is TrashKind.NOTE:
        return Message("note {old} is now note {new} (its id was taken)", old=original, new=new_id)
    return Message(
        "highlight {old} is now highlight {new} (its id was taken)", old=original, new=new_id
    )
