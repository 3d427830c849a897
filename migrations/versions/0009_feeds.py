"""Feeds: a show's RSS or YouTube feed, and the episodes it lists.

Revision ID: 0009_feeds
Revises: 0008_highlights
Create Date: 2026-12-06

- feeds: one row per show that has a feed (the show's entry id is its key; deleted with the
  entry: ON DELETE CASCADE): its URL, kind (rss, youtube), title, the ETag / Last-Modified of
  the last answer (conditional GET), when it was checked and the last error.
- feed_episodes: what a feed lists (deleted with its feed), unique by guid within a feed;
  ``item_id`` is the episode entry made when the user marked one (SET NULL when that entry
  is deleted: the episode stays listed under its show).

Two new tables, nothing recreated. Enum values are pinned here on purpose, as in 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_feeds"
down_revision = "0008_highlights"
branch_labels = None
depends_on = None

FEED_KINDS = ("rss", "youtube")


def upgrade() -> None:
    listed = ", ".join(f"'{value}'" for value in FEED_KINDS)
    op.create_table(
        "feeds",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_feeds")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_feeds_item_id_items"), ondelete="CASCADE"
        ),
        sa.CheckConstraint(f"kind IN ({listed})", name=op.f("ck_feeds_feedkind")),
    )
    op.create_table(
        "feed_episodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("episode_number", sa.Integer(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("enclosure_url", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_episodes")),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["feeds.item_id"],
            name=op.f("fk_feed_episodes_feed_id_feeds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_feed_episodes_item_id_items"),
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("feed_id", "guid", name=op.f("uq_feed_episodes_feed_id")),
    )
    op.create_index(op.f("ix_feed_episodes_item_id"), "feed_episodes", ["item_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_feed_episodes_item_id"), table_name="feed_episodes")
    op.drop_table("feed_episodes")
    op.drop_table("feeds")
