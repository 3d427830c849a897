"""Notes get a sort key, so the title sort is an indexed ORDER BY, as it is for entries.

Revision ID: 0005_note_sort_key
Revises: 0004_import_batches
Create Date: 2026-11-28

A data migration like 0002: the key is computed in Python (``text.sort_key``) for every
existing note, a thousand at a time so a large library is never all in memory, then the column
is made NOT NULL and indexed. That second step recreates ``notes`` (copy, drop, rename), a table
that note tags, note links, events and import sources reference; it is safe only because the
migration runs with foreign keys off (env.py refuses otherwise).

Import batches saved notes as SQLite stored them, to write them back on undo; those saved rows
get the key too (and lose it on downgrade), so an undo restores a title with its own key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from readinglog.core import text

revision = "0005_note_sort_key"
down_revision = "0004_import_batches"
branch_labels = None
depends_on = None

BATCH = 1000  # rows read and written per statement

notes = sa.table(
    "notes",
    sa.column("id", sa.Integer),
    sa.column("title", sa.Text),
    sa.column("sort_key", sa.Text),
)
import_changes = sa.table(
    "import_changes",
    sa.column("id", sa.Integer),
    sa.column("target", sa.String),
    sa.column("action", sa.String),
    sa.column("snapshot", sa.Text),
)
saved_notes = sa.and_(
    import_changes.c.target == "note",
    import_changes.c.action == "updated",
    import_changes.c.snapshot.is_not(None),
)


def _in_batches(
    connection: sa.Connection, table: Any, column: Any, *where: Any
) -> Iterator[Sequence[sa.Row[Any]]]:
    """(id, column) rows of ``table`` (those matching ``where``) in id order, ``BATCH`` at a
    time."""
    last = 0
    while True:
        stmt = sa.select(table.c.id, column).where(*where, table.c.id > last)
        rows = connection.execute(stmt.order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rewrite_saved_notes(
    connection: sa.Connection, change: Callable[[dict[str, Any]], None]
) -> None:
    """Apply ``change`` to each notes row an import batch saved for undo."""
    for rows in _in_batches(connection, import_changes, import_changes.c.snapshot, saved_notes):
        updated = []
        for change_id, snapshot in rows:
            saved = json.loads(snapshot)
            for row in saved.get("notes", []):
                change(row)
            updated.append({"change_id": change_id, "saved": json.dumps(saved, ensure_ascii=False)})
        connection.execute(
            import_changes.update()
            .where(import_changes.c.id == sa.bindparam("change_id"))
            .values(snapshot=sa.bindparam("saved")),
            updated,
        )


def _add_key(row: dict[str, Any]) -> None:
    row["sort_key"] = text.sort_key(row["title"])


def _drop_key(row: dict[str, Any]) -> None:
    row.pop("sort_key", None)


def upgrade() -> None:
    # 1. Add the column nullable: SQLite does that in place.
    op.add_column("notes", sa.Column("sort_key", sa.Text(), nullable=True))
    # 2. Fill it for the notes already there, and in the notes saved by import batches.
    connection = op.get_bind()
    for rows in _in_batches(connection, notes, notes.c.title):
        connection.execute(
            notes.update()
            .where(notes.c.id == sa.bindparam("note_id"))
            .values(sort_key=sa.bindparam("key")),
            [{"note_id": note_id, "key": text.sort_key(title)} for note_id, title in rows],
        )
    _rewrite_saved_notes(connection, _add_key)
    # 3. NOT NULL and an index: SQLite cannot alter a column, so batch mode recreates the table.
    with op.batch_alter_table("notes", recreate="always") as batch_op:
        batch_op.alter_column("sort_key", existing_type=sa.Text(), nullable=False)
        batch_op.create_index(batch_op.f("ix_notes_sort_key"), ["sort_key"])


def downgrade() -> None:
    _rewrite_saved_notes(op.get_bind(), _drop_key)
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_sort_key"))
        batch_op.drop_column("sort_key")
