"""SQLAlchemy 2 typed models: the one source of truth for the schema (Alembic follows it)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import text as text_clause
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from readinglog.core import text
from readinglog.core.types import (
    EventKind,
    HighlightSource,
    ItemKind,
    Lang,
    ProgressUnit,
    Role,
    Status,
    Target,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC in SQLite, always handed out as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def _enum(cls: type[StrEnum], name: str | None = None, *, check: bool = True) -> Enum:
    # Store the values (what users type), check them in the database too. ``name`` names the
    # check constraint when it is not the enum's own name (kept as the migrations made it);
    # ``check=False`` when the table states a narrower check itself (``_documents_only``).
    return Enum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        validate_strings=True,
        length=16,
        name=name or cls.__name__.lower(),
        create_constraint=check,
    )


def _documents_only(*, highlights: bool = False) -> CheckConstraint:
    """A searchable row is a note, an entry or a highlight; an exportable one a note or an
    entry; never a tag (a Target can be)."""
    kinds = "'note', 'item', 'highlight'" if highlights else "'note', 'item'"
    return CheckConstraint(f"doc_type IN ({kinds})", name="doctype")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


item_tags = Table(
    "item_tags",
    Base.metadata,
    Column("item_id", ForeignKey("items.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

note_tags = Table(
    "note_tags",
    Base.metadata,
    Column("note_id", ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique without regard to ASCII case: "Economics" and "economics" are one tag.
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), unique=True)
    sort_key: Mapped[str] = mapped_column(Text, index=True)

    @validates("name")
    def _set_sort_key(self, _attribute: str, name: str) -> str:
        """Giving a tag its name (a new tag, a rename) gives it the name's sort key too."""
        self.sort_key = text.sort_key(name)
        return name


class Item(Base):
    """An entry: a book, a podcast show or episode, a course or series, a video, an article."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind), index=True)
    title: Mapped[str] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(Text, index=True)
    original_title: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    status: Mapped[Status] = mapped_column(_enum(Status), index=True)
    rating: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(35))
    url: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"), index=True
    )
    # Progress, in the unit that fits the kind; total is pages, minutes, episodes or 100.
    progress: Mapped[float | None] = mapped_column(Float)
    progress_unit: Mapped[ProgressUnit | None] = mapped_column(_enum(ProgressUnit))
    time_spent_min: Mapped[int | None] = mapped_column(Integer)
    # book
    isbn10: Mapped[str | None] = mapped_column(String(10), index=True)
    isbn13: Mapped[str | None] = mapped_column(String(13), index=True)
    publisher: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str | None] = mapped_column(String(16))
    cover_path: Mapped[str | None] = mapped_column(Text)
    # podcast show / episode, video, article
    feed_url: Mapped[str | None] = mapped_column(Text)
    episode_number: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    # course and course series
    platform: Mapped[str | None] = mapped_column(Text)
    certificate_date: Mapped[dt.date | None] = mapped_column(Date)
    certificate_id: Mapped[str | None] = mapped_column(Text)
    certificate_url: Mapped[str | None] = mapped_column(Text)
    certificate_cost: Mapped[str | None] = mapped_column(String(40))

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    parent: Mapped[Item | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Item]] = relationship(back_populates="parent", passive_deletes=True)
    people: Mapped[list[ItemPerson]] = relationship(
        order_by="ItemPerson.position", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=item_tags, order_by=Tag.name)
    sessions: Mapped[list[ReadingSession]] = relationship(
        order_by="ReadingSession.id", cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list[Event]] = relationship(
        order_by="Event.id", cascade="all, delete-orphan", passive_deletes=True
    )
    note_links: Mapped[list[NoteItem]] = relationship(
        back_populates="item", cascade="all, delete-orphan", passive_deletes=True
    )
    highlights: Mapped[list[Highlight]] = relationship(
        order_by="Highlight.id", cascade="all, delete-orphan", passive_deletes=True
    )


class ItemPerson(Base):
    """Authors, translators, hosts, guests, instructors, speakers, in the order given."""

    __tablename__ = "item_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    name: Mapped[str] = mapped_column(Text, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReadingSession(Base):
    """One read-through, listen or watch; a re-read adds another."""

    __tablename__ = "sessions"
    # The statistics read these instead of the table (migration 0012): the read-throughs
    # that ended in a period, an entry's finished ones, the days read-throughs began.
    __table_args__ = (
        Index("ix_sessions_ended", "finished_on", "outcome", "item_id", "started_on"),
        Index("ix_sessions_item_outcome", "item_id", "outcome", "finished_on"),
        Index("ix_sessions_started_on", "started_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[Status | None] = mapped_column(_enum(Status))


class Event(Base):
    """The activity log: started, progress, finished, abandoned, paused, note written."""

    __tablename__ = "events"
    # A period's activity log, read from the index alone by the statistics (migration 0012).
    __table_args__ = (Index("ix_events_on_kind_item", "on", "kind", "item_id", "value", "unit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[ProgressUnit | None] = mapped_column(_enum(ProgressUnit))
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(Text, index=True)
    body: Mapped[str] = mapped_column(Text)
    lang: Mapped[Lang] = mapped_column(_enum(Lang))
    location: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # The file a note was imported from (Markdown import): re-import updates, never duplicates.
    source_path: Mapped[str | None] = mapped_column(Text, index=True)

    tags: Mapped[list[Tag]] = relationship(secondary=note_tags, order_by=Tag.name)
    item_links: Mapped[list[NoteItem]] = relationship(
        back_populates="note",
        order_by="NoteItem.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Highlight(Base):
    """A passage the user marked in an entry, with their comment on it and where it is.

    The text is kept exactly as highlighted. The place is whatever the source gave (page,
    Kindle location range, chapter, percent, a KOReader position). ``source_key`` identifies it
    in its source, so importing the same file again finds it instead of adding a twin.
    """

    __tablename__ = "highlights"
    __table_args__ = (UniqueConstraint("source", "source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    chapter: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    page_end: Mapped[int | None] = mapped_column(Integer)
    loc_start: Mapped[int | None] = mapped_column(Integer)
    loc_end: Mapped[int | None] = mapped_column(Integer)
    percent: Mapped[float | None] = mapped_column(Float)
    position: Mapped[str | None] = mapped_column(Text)
    color: Mapped[str | None] = mapped_column(String(32))
    # When it was made, as the source wrote it (ISO 8601; no zone when the source gave none).
    made_at: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[HighlightSource] = mapped_column(_enum(HighlightSource))
    source_key: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class NoteItem(Base):
    """A note is about zero, one or several entries, in the order the user linked them."""

    __tablename__ = "note_items"

    note_id: Mapped[int] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    note: Mapped[Note] = relationship(back_populates="item_links")
    item: Mapped[Item] = relationship(back_populates="note_links")


class IndexQueue(Base):
    """Documents whose searchable text changed and the search index has not caught up with."""

    __tablename__ = "index_queue"
    __table_args__ = (UniqueConstraint("doc_type", "doc_id"), _documents_only(highlights=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[Target] = mapped_column(_enum(Target, check=False))
    doc_id: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExportRecord(Base):
    """What an export last wrote for a note or entry in one format: re-export stays safe."""

    __tablename__ = "export_records"
    __table_args__ = (_documents_only(),)

    doc_type: Mapped[Target] = mapped_column(_enum(Target, check=False), primary_key=True)
    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    format: Mapped[str] = mapped_column(String(16), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportKind(StrEnum):
    """What an import read (also the namespace of the keys it remembers)."""

    GOODREADS = "goodreads"
    STORYGRAPH = "storygraph"
    OPML = "opml"
    MARKDOWN = "markdown"
    ARCHIVE = "archive"
    KINDLE = "kindle"
    READWISE = "readwise"
    KOREADER = "koreader"
    WEREAD = "weread"
    DOUBAN = "douban"


class ChangeAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"


class ImportBatch(Base):
    """One run of an importer: what it read, when, and how many rows did what."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ImportKind] = mapped_column(_enum(ImportKind))
    file_name: Mapped[str] = mapped_column(Text)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    # JSON: {"skipped": [{"line": L, "reason": "..."}], "warnings": ["..."]}
    report: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ImportChange(Base):
    """A row an import created (undo deletes it) or updated (undo restores the snapshot)."""

    __tablename__ = "import_changes"
    __table_args__ = (UniqueConstraint("batch_id", "target", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    target: Mapped[Target] = mapped_column(_enum(Target, "changetarget"))
    target_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[ChangeAction] = mapped_column(_enum(ChangeAction))
    # JSON of the rows as they were before the import (for "updated"), exactly as stored.
    snapshot: Mapped[str | None] = mapped_column(Text)


class ImportSource(Base):
    """A record of another program (a Goodreads book id, a file path) and the entry or note
    it became, with a fingerprint of what was read: the same record again is "unchanged"."""

    __tablename__ = "import_sources"

    kind: Mapped[ImportKind] = mapped_column(_enum(ImportKind), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(Text)  # JSON of what was read (nothing is lost)


class TrashKind(StrEnum):
    """What a trash row holds."""

    ITEM = "item"
    NOTE = "note"
    HIGHLIGHT = "highlight"


class TrashRow(Base):
    """A deleted entry or note, with every row that was attached to it, restorable.

    ``payload`` is JSON of the rows exactly as stored (see core/trash.py); the rows themselves
    are gone from their tables, so lists, counts, search and exports need no filter.
    """

    __tablename__ = "trash"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TrashKind] = mapped_column(_enum(TrashKind))
    original_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    deleted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    payload: Mapped[str] = mapped_column(Text)


class NoteVersion(Base):
    """An earlier text of a note: the state at the end of an editing burst (core/history.py)."""

    __tablename__ = "note_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class FeedKind(StrEnum):
    """What a show's feed is: a podcast's RSS, or a YouTube channel's Atom feed."""

    RSS = "rss"
    YOUTUBE = "youtube"


class Feed(Base):
    """A show's feed (a podcast, or a YouTube channel kept as a series) and what the last
    refresh learnt: the validators for a conditional GET, when it was checked, its error."""

    __tablename__ = "feeds"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[FeedKind] = mapped_column(_enum(FeedKind))
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(Text)


class FeedEpisode(Base):
    """An episode or video a feed lists, under its show; ``item_id`` is the entry made from it
    when the user marked it (None until then: see core/feeds.py)."""

    __tablename__ = "feed_episodes"
    __table_args__ = (UniqueConstraint("feed_id", "guid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.item_id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    episode_number: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(Text)
    enclosure_url: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"), index=True
    )


class GoalMetric(StrEnum):
    """What a yearly goal counts (stats/goals.py reads each from the year's figures)."""

    FINISHED = "finished"  # read-throughs finished (of one kind, or of any)
    PAGES = "pages"
    HOURS = "hours"
    NOTES = "notes"
    WORDS = "words"


class Goal(Base):
    """A target for one year: ``target`` of ``metric`` (finished entries of ``kind``, or of any
    kind when it is None). One goal per year, metric and kind: setting it again replaces the
    target (core/goals.py; SQLite lets NULLs repeat in a UNIQUE constraint, so the goals that
    name no kind have their own partial index)."""

    __tablename__ = "goals"
    __table_args__ = (
        UniqueConstraint("year", "metric", "kind"),
        Index(
            "uq_goals_year_metric_any_kind",
            "year",
            "metric",
            unique=True,
            sqlite_where=text_clause("kind IS NULL"),
        ),
        CheckConstraint("target > 0", name="target_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    metric: Mapped[GoalMetric] = mapped_column(_enum(GoalMetric))
    kind: Mapped[ItemKind | None] = mapped_column(_enum(ItemKind))
    target: Mapped[float] = mapped_column(Float)
