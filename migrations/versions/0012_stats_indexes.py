"""Indexes the statistics read instead of the tables (a year at 100k entries in <= 300 ms).

Revision ID: 0012_stats_indexes
Revises: 0011_goals
Create Date: 2026-12-07

- events: ``ix_events_on_kind`` (on, kind) becomes ``ix_events_on_kind_item`` (on, kind,
  item_id, value, unit): a period's activity log is read from the index alone. Every query
  the old index served, the new one serves (same leading columns).
- sessions: ``ix_sessions_finished_on`` becomes ``ix_sessions_ended`` (finished_on, outcome,
  item_id, started_on): the read-throughs that ended in a period; ``ix_sessions_item_id``
  becomes ``ix_sessions_item_outcome`` (item_id, outcome, finished_on): an entry's finished
  read-throughs (re-reads, entries recorded finished without one); ``ix_sessions_started_on``
  is new: the days read-throughs began.

Indexes only: no row and no table changes, so downgrade puts the old indexes back.
"""

from __future__ import annotations

from alembic import op

revision = "0012_stats_indexes"
down_revision = "0011_goals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_on_kind", table_name="events")
    op.create_index("ix_events_on_kind_item", "events", ["on", "kind", "item_id", "value", "unit"])
    op.drop_index("ix_sessions_finished_on", table_name="sessions")
    op.drop_index("ix_sessions_item_id", table_name="sessions")
    op.create_index(
        "ix_sessions_ended", "sessions", ["finished_on", "outcome", "item_id", "started_on"]
    )
    op.create_index("ix_sessions_item_outcome", "sessions", ["item_id", "outcome", "finished_on"])
    op.create_index("ix_sessions_started_on", "sessions", ["started_on"])


def downgrade() -> None:
    op.drop_index("ix_sessions_started_on", table_name="sessions")
    op.drop_index("ix_sessions_item_outcome", table_name="sessions")
    op.drop_index("ix_sessions_ended", table_name="sessions")
    op.create_index("ix_sessions_item_id", "sessions", ["item_id"])
    op.create_index("ix_sessions_finished_on", "sessions", ["finished_on"])
    op.drop_index("ix_events_on_kind_item", table_name="events")
    op.create_index("ix_events_on_kind", "events", ["on", "kind"])
