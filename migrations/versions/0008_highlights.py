"""Highlights: passages marked in an entry, imported (Kindle, Readwise, KOReader, WeRead, 豆瓣)
or typed, each with its comment, place and source.

Revision ID: 0008_highlights
Revises: 0007_trash_and_history
Create Date: 2026-12-06

- highlights: a new table (deleted with its entry: ON DELETE CASCADE); ``source`` +
  ``source_key`` unique, so re-importing a file finds what it brought before.
- New enum values, so the CHECK constraints of five tables are widened (batch mode recreates
  those tables, with foreign keys off as env.py ensures; no row changes):
  import kinds kindle/readwise/koreader/weread/douban (import_batches, import_sources);
  a highlight as an import's change (import_changes), a search document (index_queue) and a
  trash row (trash).

Enum values are pinned here on purpose, as in 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_highlights"
down_revision = "0007_trash_and_history"
branch_labels = None
depends_on = None

OLD_IMPORT_KINDS = ("goodreads", "storygraph", "opml", "markdown", "archive")
IMPORT_KINDS = (*OLD_IMPORT_KINDS, "kindle", "readwise", "koreader", "weread", "douban")
SOURCES = ("kindle", "readwise", "koreader", "weread", "douban", "manual")
# (table, column, constraint name, values before, values after)
WIDENED = (
    ("import_batches", "kind", "importkind", OLD_IMPORT_KINDS, IMPORT_KINDS),
    ("import_sources", "kind", "importkind", OLD_IMPORT_KINDS, IMPORT_KINDS),
    ("import_changes", "target", "changetarget", ("item", "note", "tag"),
     ("item", "note", "tag", "highlight")),
    ("index_queue", "doc_type", "doctype", ("note", "item"), ("note", "item", "highlight")),
    ("trash", "kind", "trashkind", ("item", "note"), ("item", "note", "highlight")),
)  # fmt: skip


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def _set_checks(new: bool) -> None:
    for table, column, name, before, after in WIDENED:
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
            batch_op.create_check_constraint(name, _one_of(column, after if new else before))


def upgrade() -> None:
    op.create_table(
        "highlights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("chapter", sa.Text(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("page_end", sa.Integer(), nullable=True),
        sa.Column("loc_start", sa.Integer(), nullable=True),
        sa.Column("loc_end", sa.Integer(), nullable=True),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("color", sa.String(32), nullable=True),
        sa.Column("made_at", sa.String(40), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_highlights")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_highlights_item_id_items"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint("source", "source_key", name=op.f("uq_highlights_source")),
        sa.CheckConstraint(_one_of("source", SOURCES), name=op.f("ck_highlights_highlightsource")),
    )
    op.create_index(op.f("ix_highlights_item_id"), "highlights", ["item_id"])
    _set_checks(new=True)


def downgrade() -> None:
    # What only this revision can hold goes with the highlights table: the rows the narrower
    # checks would refuse (queued highlights, trashed ones, the new imports and their records).
    new_kinds = ", ".join(repr(kind) for kind in IMPORT_KINDS if kind not in OLD_IMPORT_KINDS)
    for statement in (
        "DELETE FROM index_queue WHERE doc_type = 'highlight'",
        "DELETE FROM trash WHERE kind = 'highlight'",
        "DELETE FROM import_changes WHERE target = 'highlight'",
        f"DELETE FROM import_sources WHERE kind IN ({new_kinds})",
        "DELETE FROM import_changes WHERE batch_id IN "
        f"(SELECT id FROM import_batches WHERE kind IN ({new_kinds}))",
        f"DELETE FROM import_batches WHERE kind IN ({new_kinds})",
    ):
        op.execute(statement)
    _set_checks(new=False)
    op.drop_index(op.f("ix_highlights_item_id"), table_name="highlights")
    op.drop_table("highlights")
