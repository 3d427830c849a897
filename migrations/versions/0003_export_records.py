"""Exports remember what they wrote (path and content hash), so re-export never clobbers edits.

Revision ID: 0003_export_records
Revises: 0002_item_sort_key
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_export_records"
down_revision = "0002_item_sort_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_records",
        sa.Column("doc_type", sa.String(length=16), nullable=False),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("doc_type IN ('note', 'item')", name=op.f("ck_export_records_doctype")),
        sa.PrimaryKeyConstraint("doc_type", "doc_id", "format", name=op.f("pk_export_records")),
    )


def downgrade() -> None:
    op.drop_table("export_records")
