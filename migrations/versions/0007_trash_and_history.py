"""A trash for deleted entries and notes, and the earlier versions of each note.

Revision ID: 0007_trash_and_history
Revises: 0006_tag_sort_key
Create Date: 2026-12-06

- trash: one row per deleted entry or note (kind, its id, title, when) with a JSON payload of
  the row and every row attached to it (links, sessions, events, tags by name, people, import
  sources, export records, note versions), so a restore puts back exactly what the delete took.
- note_versions: earlier texts of a note (title, body, when saved), recorded when an editing
  burst ends; deleted with the note (ON DELETE CASCADE).

Two new tables, nothing recreated. Enum values are pinned here on purpose, as in 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_trash_and_history"
down_revision = "0006_tag_sort_key"
branch_labels = None
depends_on = None

TRASH_KINDS = ("item", "note")


def upgrade() -> None:
    listed = ", ".join(f"'{value}'" for value in TRASH_KINDS)
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
        sa.CheckConstraint(f"kind IN ({listed})", name=op.f("ck_trash_trashkind")),
    )
    op.create_index(op.f("ix_trash_deleted_at"), "trash", ["deleted_at"])
    op.create_table(
        "note_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_versions")),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_note_versions_note_id_notes"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_note_versions_note_id"), "note_versions", ["note_id"])


def downgrade() -> None:
    op.drop_table("note_versions")
    op.drop_table("trash")
