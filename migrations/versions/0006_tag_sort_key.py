"""Tags get a sort key, so the tag list is sorted in SQL, as entries and notes are.

Revision ID: 0006_tag_sort_key
Revises: 0005_note_sort_key
Create Date: 2026-12-05

A data migration like 0005: the key is computed in Python (``text.sort_key``) for every
existing tag, a thousand at a time, then the column is made NOT NULL and indexed. That second
step recreates ``tags`` (copy, drop, rename), the table ``item_tags`` and ``note_tags``
reference with ON DELETE CASCADE; dropping it keeps their rows only because the migration runs
with foreign keys off (env.py refuses otherwise).

SQLite's reflection does not report a column's collation, so the copy would lose the NOCASE
that makes "Economics" and "economics" one tag: ``name`` is given to the batch as it is
defined, both ways.

Import batches save no tag rows (only the item_tags and note_tags links of an entry or a
note, and the ids of the tags they made), so no undo record needs a key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from readinglog.core import text

revision = "0006_tag_sort_key"
down_revision = "0005_note_sort_key"
branch_labels = None
depends_on = None

BATCH = 1000  # rows read and written per statement

tags = sa.table(
    "tags",
    sa.column("id", sa.Integer),
    sa.column("name", sa.Text),
    sa.column("sort_key", sa.Text),
)


def _name() -> sa.Column[str]:
    """The name column as 0001 made it (reflection would drop its NOCASE collation)."""
    return sa.Column("name", sa.String(200, collation="NOCASE"), nullable=False)


def upgrade() -> None:
    # 1. Add the column nullable: SQLite does that in place.
    op.add_column("tags", sa.Column("sort_key", sa.Text(), nullable=True))
    # 2. Fill it, in id order, BATCH tags at a time.
    connection = op.get_bind()
    last = 0
    while True:
        stmt = sa.select(tags.c.id, tags.c.name).where(tags.c.id > last).order_by(tags.c.id)
        rows = connection.execute(stmt.limit(BATCH)).all()
        if not rows:
            break
        connection.execute(
            tags.update()
            .where(tags.c.id == sa.bindparam("tag_id"))
            .values(sort_key=sa.bindparam("key")),
            [{"tag_id": tag_id, "key": text.sort_key(name)} for tag_id, name in rows],
        )
        last = rows[-1][0]
    # 3. NOT NULL and an index: SQLite cannot alter a column, so batch mode recreates the table.
    with op.batch_alter_table("tags", recreate="always", reflect_args=[_name()]) as batch_op:
        batch_op.alter_column("sort_key", existing_type=sa.Text(), nullable=False)
        batch_op.create_index(batch_op.f("ix_tags_sort_key"), ["sort_key"])


def downgrade() -> None:
    with op.batch_alter_table("tags", reflect_args=[_name()]) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tags_sort_key"))
        batch_op.drop_column("sort_key")
