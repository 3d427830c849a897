"""Enums and frozen values shared by every layer (no SQLAlchemy objects cross this line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from readinglog.core.errors import Message


class ItemKind(StrEnum):
    BOOK = "book"
    PODCAST = "podcast"
    EPISODE = "episode"
    COURSE = "course"
    SERIES = "series"
    VIDEO = "video"
    ARTICLE = "article"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def said(self) -> Message:
        """The label as a part of a sentence, which the window translates (core/errors.py)."""
        return _KIND_SAID[self]


_KIND_LABELS = {
    ItemKind.BOOK: "book",
    ItemKind.PODCAST: "podcast show",
    ItemKind.EPISODE: "podcast episode",
    ItemKind.COURSE: "course",
    ItemKind.SERIES: "course series",
    ItemKind.VIDEO: "video or talk",
    ItemKind.ARTICLE: "article",
}
_KIND_SAID = {
    ItemKind.BOOK: Message("book"),
    ItemKind.PODCAST: Message("podcast show"),
    ItemKind.EPISODE: Message("podcast episode"),
    ItemKind.COURSE: Message("course"),
    ItemKind.SERIES: Message("course series"),
    ItemKind.VIDEO: Message("video or talk"),
    ItemKind.ARTICLE: Message("article"),
}

# Which kind of entry may contain which: an episode belongs to a show, a course to a series.
PARENT_KINDS: dict[ItemKind, frozenset[ItemKind]] = {
    ItemKind.EPISODE: frozenset({ItemKind.PODCAST}),
    ItemKind.COURSE: frozenset({ItemKind.SERIES}),
    ItemKind.VIDEO: frozenset({ItemKind.SERIES}),
    ItemKind.ARTICLE: frozenset({ItemKind.SERIES}),
    ItemKind.BOOK: frozenset({ItemKind.SERIES}),
}


class Status(StrEnum):
    WANT = "want"
    IN_PROGRESS = "in-progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"
    PAUSED = "paused"


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"
    MIXED = "mixed"
    UNKNOWN = "und"


class ProgressUnit(StrEnum):
    PAGES = "pages"
    PERCENT = "percent"
    MINUTES = "minutes"
    EPISODES = "episodes"


class EventKind(StrEnum):
    STARTED = "started"
    PROGRESS = "progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"
    PAUSED = "paused"
    NOTE = "note"


class BookFormat(StrEnum):
    PAPER = "paper"
    EBOOK = "ebook"
    AUDIO = "audio"


class Role(StrEnum):
    AUTHOR = "author"
    TRANSLATOR = "translator"
    EDITOR = "editor"
    NARRATOR = "narrator"
    HOST = "host"
    GUEST = "guest"
    INSTRUCTOR = "instructor"
    SPEAKER = "speaker"


class Target(StrEnum):
    """What a row is about where it can be more than one thing: an entry (the code's word for
    it is item), a note, a tag or a highlight. A search document or a trash row is an ITEM,
    a NOTE or a HIGHLIGHT; an export record or a list an ITEM or a NOTE; only an import's
    record of what it made can also be a TAG."""

    ITEM = "item"
    NOTE = "note"
    TAG = "tag"
    HIGHLIGHT = "highlight"


class HighlightSource(StrEnum):
    """Where a highlight came from (``manual``: typed in ReadingLog)."""

    KINDLE = "kindle"
    READWISE = "readwise"
    KOREADER = "koreader"
    WEREAD = "weread"
    DOUBAN = "douban"
    MANUAL = "manual"


@dataclass(frozen=True)
class Person:
    role: Role
    name: str


@dataclass(frozen=True)
class SessionView:
    """One read-through (or listen, or watch): re-reads are several sessions."""

    id: int
    started_on: dt.date | None
    finished_on: dt.date | None
    outcome: Status | None  # finished / abandoned, None while it is still open


@dataclass(frozen=True)
class EventView:
    id: int
    item_id: int
    kind: EventKind
    on: dt.date
    value: float | None
    unit: ProgressUnit | None
    note_id: int | None


@dataclass(frozen=True)
class ItemView:
    """Everything about one entry, as the CLI, the window and the exporters show it."""

    id: int
    kind: ItemKind
    title: str
    status: Status
    fields: dict[str, object]  # kind-specific fields that are set, by field name
    people: tuple[Person, ...]
    tags: tuple[str, ...]
    parent_id: int | None
    parent_title: str | None
    child_ids: tuple[int, ...]
    note_ids: tuple[int, ...]
    sessions: tuple[SessionView, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    def people_in(self, role: Role) -> tuple[str, ...]:
        return tuple(p.name for p in self.people if p.role == role)

    @property
    def started_on(self) -> dt.date | None:
        return self.sessions[-1].started_on if self.sessions else None

    @property
    def finished_on(self) -> dt.date | None:
        finished = [s.finished_on for s in self.sessions if s.finished_on is not None]
        return finished[-1] if finished else None


@dataclass(frozen=True)
class ItemRow:
    """The columns a list shows, cheap to load for thousands of rows."""

    id: int
    kind: ItemKind
    title: str
    people: str
    status: Status
    rating: float | None
    tags: tuple[str, ...]
    started_on: dt.date | None
    finished_on: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class NoteView:
    id: int
    title: str
    body: str
    lang: Lang
    location: str | None
    tags: tuple[str, ...]
    item_ids: tuple[int, ...]
    item_titles: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class NoteRow:
    id: int
    title: str
    lang: Lang
    tags: tuple[str, ...]
    item_titles: tuple[str, ...]
    words: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class Place:
    """Where a passage is, with whatever its source gives (every part optional)."""

    page: int | None = None
    page_end: int | None = None
    loc_start: int | None = None  # a Kindle location range (Readwise's "location" too)
    loc_end: int | None = None
    chapter: str | None = None
    percent: float | None = None  # 0-100
    position: str | None = None  # a KOReader xpointer, Readwise's "offset 194", "order 2"


@dataclass(frozen=True)
class HighlightView:
    """One highlight, with the entry it belongs to."""

    id: int
    item_id: int
    item_title: str
    text: str  # exactly as highlighted ('' for a note made at a place)
    comment: str | None
    place: Place
    color: str | None
    made_at: str | None  # ISO 8601 as the source wrote it (no zone when it gave none)
    source: HighlightSource
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Changes:
    """What a write changed, so each view can decide what to refresh (Anki's OpChanges)."""

    items: frozenset[int] = frozenset()
    notes: frozenset[int] = frozenset()
    tags: bool = False
    created: int | None = None  # the id a create made, for the caller to show
    highlights: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            items=self.items | other.items,
            notes=self.notes | other.notes,
            tags=self.tags or other.tags,
            highlights=self.highlights | other.highlights,
            created=other.created if other.created is not None else self.created,
        )


@dataclass(frozen=True)
class Progress:
    """One step of long work: ``done`` of ``total`` (None when unknown), and what it is doing."""

    done: int
    total: int | None
    message: str = ""
    warnings: tuple[str, ...] = field(default=())
