"""What highlight importers read (Kindle, Readwise, KOReader, WeRead), before it touches the
library: plain frozen records, one per highlight, note or bookmark, in file order.

A parser is a generator ``parse(path) -> Iterator[Clip | BadRecord]``: it streams (memory stays
flat however long the file), reports a record it cannot read as a ``BadRecord`` naming the line
and why, and goes on. Matching a clip's book to an entry, attaching a note to the highlight at
its place, de-duplicating and writing are the writer's (``importers/highlights.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from readinglog.core.types import ItemKind, Place

__all__ = ["BadRecord", "BookRef", "Clip", "ClipKind", "Parsed", "Place"]


class ClipKind(StrEnum):
    HIGHLIGHT = "highlight"  # marked text, with the user's comment on it if there is one
    NOTE = "note"  # a note typed at a place, not (yet) attached to a highlight
    BOOKMARK = "bookmark"  # a place only: counted, not stored


@dataclass(frozen=True)
class BookRef:
    """The book (or article, tweet, ...) a clip belongs to, as the file names it."""

    title: str
    authors: tuple[str, ...] = ()
    isbn: str | None = None  # ISBN-10 or -13, digits (and X) only
    asin: str | None = None  # Amazon's id (Kindle, Readwise's "Amazon Book ID")
    kind: ItemKind = ItemKind.BOOK
    url: str | None = None


@dataclass(frozen=True)
class Clip:
    book: BookRef
    kind: ClipKind
    text: str  # exactly as highlighted ('' for a note or a bookmark)
    comment: str = ""  # the user's own words on it (a note's text for ClipKind.NOTE)
    place: Place = field(default_factory=Place)
    made_at: dt.datetime | None = None  # as the file gives it: naive (wall clock) if no zone
    color: str | None = None
    key: str | None = None  # the source's own id for it, when the source has one
    tags: tuple[str, ...] = ()
    line: int = 0  # the line (or record number) in the file it was read from


@dataclass(frozen=True)
class BadRecord:
    """A record that could not be read: reported with its line, the rest goes on."""

    line: int
    reason: str  # importers.reasons.reported: the window can translate it


Parsed = Clip | BadRecord
