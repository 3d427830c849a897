"""Items get a sort key, so Chinese titles sort by pinyin among English ones.

Revision ID: 0002_item_sort_key
Revises: 0001_initial
Create Date: 2026-11-28

A data migration: the key is computed in Python for every existing item, then the column is
made NOT NULL and indexed. That second step recreates ``items`` (copy, drop, rename), a table
that sessions, events, people, note links and tags reference with ON DELETE CASCADE; it is safe
only because the migration runs with foreign keys off (env.py refuses otherwise).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from readinglog.core import text

revision = "0002_item_sort_key"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

items = sa.table(
    "items",
    sa.column("id", sa.Integer),
    sa.column("title", sa.Text),
    sa.column("sort_key", sa.Text),
)


def upgrade() -> None:
    # 1. Add the column nullable: SQLite does that in place.
    op.add_column("items", sa.Column("sort_key", sa.Text(), nullable=True))
    # 2. Fill it for the items already there.
    connection = op.get_bind()
    keys = [
        {"item_id": item_id, "key": text.sort_key(title)}
        for item_id, title in connection.execute(sa.select(items.c.id, items.c.title))
    ]
    if keys:
        connection.execute(
            items.update()
            .where(items.c.id == sa.bindparam("item_id"))
            .values(sort_key=sa.bindparam("key")),
            keys,
        )
    # 3. NOT NULL and an index: SQLite cannot alter a column, so batch mode recreates the table.
    with op.batch_alter_table("items", recreate="always") as batch_op:
        batch_op.alter_column("sort_key", existing_type=sa.Text(), nullable=False)
        batch_op.create_index(batch_op.f("ix_items_sort_key"), ["sort_key"])


def downgrade() -> None:
    with op.batch_alter_table("items") as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_sort_key"))
        batch_op.drop_column("sort_key")
