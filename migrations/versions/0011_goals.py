"""Goals: a yearly target of finished entries (of one kind or any), pages, hours, notes or words.

Revision ID: 0011_goals
Revises: 0010_subtitle
Create Date: 2026-12-07

- goals: one row per year, metric and kind (kind NULL: any kind), the target above 0. SQLite
  lets NULLs repeat in a UNIQUE constraint, so the goals that name no kind have their own
  partial unique index.

One new table, nothing recreated. Enum values are pinned here on purpose, as in 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_goals"
down_revision = "0010_subtitle"
branch_labels = None
depends_on = None

GOAL_METRICS = ("finished", "pages", "hours", "notes", "words")
ITEM_KINDS = ("book", "podcast", "episode", "course", "series", "video", "article")


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def upgrade() -> None:
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=True),
        sa.Column("target", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("year", "metric", "kind", name=op.f("uq_goals_year")),
        sa.CheckConstraint(
            f"metric IN ({_listed(GOAL_METRICS)})", name=op.f("ck_goals_goalmetric")
        ),
        sa.CheckConstraint(f"kind IN ({_listed(ITEM_KINDS)})", name=op.f("ck_goals_itemkind")),
        sa.CheckConstraint("target > 0", name=op.f("ck_goals_target_positive")),
    )
    op.create_index(
        "uq_goals_year_metric_any_kind",
        "goals",
        ["year", "metric"],
        unique=True,
        sqlite_where=sa.text("kind IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_goals_year_metric_any_kind", table_name="goals")
    op.drop_table("goals")
