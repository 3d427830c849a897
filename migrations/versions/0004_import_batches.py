"""Imports are batches that can be undone; imported records remember where they came from.

Revision ID: 0004_import_batches
Revises: 0003_export_records
Create Date: 2026-11-28

- import_batches: one row per import run (kind, file, times, counts, report of skipped rows).
- import_changes: what a batch created (undo deletes it) or updated (undo restores the JSON
  snapshot of the rows as they were).
- import_sources: a record of another program (Goodreads book id, StoryGraph ISBN, feed URL,
  Markdown file path) -> the entry or note it became, with a fingerprint of what was read.
- notes.source_path: the file a note was imported from.

Enum values are pinned here on purpose, as in 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_import_batches"
down_revision = "0003_export_records"
branch_labels = None
depends_on = None

IMPORT_KINDS = ("goodreads", "storygraph", "opml", "markdown", "archive")
TARGETS = ("item", "note", "tag")
ACTIONS = ("created", "updated")


def _one_of(column: str, values: tuple[str, ...], name: str) -> sa.CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(name))


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime()),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
        _one_of("kind", IMPORT_KINDS, "ck_import_batches_importkind"),
    )
    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("snapshot", sa.Text()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "batch_id", "target", "target_id", name=op.f("uq_import_changes_batch_id")
        ),
        _one_of("target", TARGETS, "ck_import_changes_changetarget"),
        _one_of("action", ACTIONS, "ck_import_changes_changeaction"),
    )
    op.create_index(op.f("ix_import_changes_batch_id"), "import_changes", ["batch_id"])
    op.create_table(
        "import_sources",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Integer()),
        sa.Column("note_id", sa.Integer()),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_import_sources")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_import_sources_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_import_sources_note_id_notes"),
            ondelete="CASCADE",
        ),
        _one_of("kind", IMPORT_KINDS, "ck_import_sources_importkind"),
    )
    op.create_index(op.f("ix_import_sources_item_id"), "import_sources", ["item_id"])
    op.create_index(op.f("ix_import_sources_note_id"), "import_sources", ["note_id"])
    # A nullable column is added in place; no table is recreated.
    op.add_column("notes", sa.Column("source_path", sa.Text(), nullable=True))
    op.create_index(op.f("ix_notes_source_path"), "notes", ["source_path"])


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_source_path"))
        batch_op.drop_column("source_path")
    op.drop_table("import_sources")
    op.drop_table("import_changes")
    op.drop_table("import_batches")
