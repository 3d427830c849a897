"""Entries get a subtitle (a book's, as its publisher and the lookup sources give it).

Revision ID: 0010_subtitle
Revises: 0009_feeds
Create Date: 2026-12-07

One nullable column, added in place (SQLite's ADD COLUMN): no table is recreated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_subtitle"
down_revision = "0009_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("items", sa.Column("subtitle", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch_op:
        batch_op.drop_column("subtitle")
