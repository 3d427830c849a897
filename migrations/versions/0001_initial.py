"""The first schema: items, people, sessions, events, notes, tags and the index queue.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-28

Written out in full rather than imported from models.py: this file must keep describing the
schema as it was at 0001 however the models change later. Enum columns are VARCHAR(16) with a
named CHECK constraint, as models._enum stores them (values pinned here on purpose).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

ITEM_KINDS = ("book", "podcast", "episode", "course", "series", "video", "article")
STATUSES = ("want", "in-progress", "finished", "abandoned", "paused")
PROGRESS_UNITS = ("pages", "percent", "minutes", "episodes")
EVENT_KINDS = ("started", "progress", "finished", "abandoned", "paused", "note")
ROLES = ("author", "translator", "editor", "narrator", "host", "guest", "instructor", "speaker")
LANGS = ("en", "zh", "mixed", "und")
DOC_TYPES = ("note", "item")


def _one_of(column: str, values: tuple[str, ...], name: str) -> sa.CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(name))


def _choice(name: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(16), nullable=nullable)


def _item_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["item_id"], ["items.id"], name=op.f(f"fk_{table}_item_id_items"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )

    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        _choice("kind"),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("original_title", sa.Text()),
        _choice("status"),
        sa.Column("rating", sa.Float()),
        sa.Column("language", sa.String(35)),
        sa.Column("url", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("parent_id", sa.Integer()),
        sa.Column("progress", sa.Float()),
        _choice("progress_unit", nullable=True),
        sa.Column("time_spent_min", sa.Integer()),
        sa.Column("isbn10", sa.String(10)),
        sa.Column("isbn13", sa.String(13)),
        sa.Column("publisher", sa.Text()),
        sa.Column("year", sa.Integer()),
        sa.Column("pages", sa.Integer()),
        sa.Column("format", sa.String(16)),
        sa.Column("cover_path", sa.Text()),
        sa.Column("feed_url", sa.Text()),
        sa.Column("episode_number", sa.Integer()),
        sa.Column("duration_s", sa.Integer()),
        sa.Column("published_on", sa.Date()),
        sa.Column("channel", sa.Text()),
        sa.Column("site", sa.Text()),
        sa.Column("platform", sa.Text()),
        sa.Column("certificate_date", sa.Date()),
        sa.Column("certificate_id", sa.Text()),
        sa.Column("certificate_url", sa.Text()),
        sa.Column("certificate_cost", sa.String(40)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        _one_of("kind", ITEM_KINDS, "ck_items_itemkind"),
        _one_of("status", STATUSES, "ck_items_status"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["items.id"], name=op.f("fk_items_parent_id_items"), ondelete="SET NULL"
        ),
        _one_of("progress_unit", PROGRESS_UNITS, "ck_items_progressunit"),
    )
    for column in ("kind", "status", "updated_at", "parent_id", "isbn10", "isbn13"):
        op.create_index(op.f(f"ix_items_{column}"), "items", [column])

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _choice("lang"),
        sa.Column("location", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
        _one_of("lang", LANGS, "ck_notes_lang"),
    )
    op.create_index(op.f("ix_notes_updated_at"), "notes", ["updated_at"])
    op.create_index(op.f("ix_notes_created_at"), "notes", ["created_at"])

    op.create_table(
        "index_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        _choice("doc_type"),
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_index_queue")),
        sa.UniqueConstraint("doc_type", "doc_id", name=op.f("uq_index_queue_doc_type")),
        _one_of("doc_type", DOC_TYPES, "ck_index_queue_doctype"),
    )

    for owner, parent in (("item", "items"), ("note", "notes")):
        table = f"{owner}_tags"
        op.create_table(
            table,
            sa.Column(f"{owner}_id", sa.Integer(), nullable=False),
            sa.Column("tag_id", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(f"{owner}_id", "tag_id", name=op.f(f"pk_{table}")),
            sa.ForeignKeyConstraint(
                [f"{owner}_id"],
                [f"{parent}.id"],
                name=op.f(f"fk_{table}_{owner}_id_{parent}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["tag_id"], ["tags.id"], name=op.f(f"fk_{table}_tag_id_tags"), ondelete="CASCADE"
            ),
        )
        op.create_index(op.f(f"ix_{table}_tag_id"), table, ["tag_id"])

    op.create_table(
        "item_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        _choice("role"),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_people")),
        _item_fk("item_people"),
        _one_of("role", ROLES, "ck_item_people_role"),
    )
    op.create_index(op.f("ix_item_people_item_id"), "item_people", ["item_id"])
    op.create_index(op.f("ix_item_people_name"), "item_people", ["name"])

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date()),
        sa.Column("finished_on", sa.Date()),
        _choice("outcome", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        _item_fk("sessions"),
        _one_of("outcome", STATUSES, "ck_sessions_status"),
    )
    op.create_index(op.f("ix_sessions_finished_on"), "sessions", ["finished_on"])
    op.create_index(op.f("ix_sessions_item_id"), "sessions", ["item_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        _choice("kind"),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float()),
        _choice("unit", nullable=True),
        sa.Column("note_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        _item_fk("events"),
        _one_of("kind", EVENT_KINDS, "ck_events_eventkind"),
        _one_of("unit", PROGRESS_UNITS, "ck_events_progressunit"),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_events_note_id_notes"), ondelete="SET NULL"
        ),
    )
    op.create_index(op.f("ix_events_item_id"), "events", ["item_id"])
    op.create_index("ix_events_on_kind", "events", ["on", "kind"])

    op.create_table(
        "note_items",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("note_id", "item_id", name=op.f("pk_note_items")),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_note_items_note_id_notes"), ondelete="CASCADE"
        ),
        _item_fk("note_items"),
    )
    op.create_index(op.f("ix_note_items_item_id"), "note_items", ["item_id"])


def downgrade() -> None:
    # Children first; dropping a table drops its indexes.
    for table in (
        "note_items",
        "events",
        "sessions",
        "item_people",
        "note_tags",
        "item_tags",
        "index_queue",
        "notes",
        "items",
        "tags",
    ):
        op.drop_table(table)
