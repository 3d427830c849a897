"""The way back: the library's books as a Goodreads library export (the current 24 columns).

What Goodreads reads back in: title, authors, ISBNs, rating (whole stars), shelves (the
status as the exclusive shelf, tags as shelves), Date Read / Date Added / Read Count from the
read-throughs, and the review and private notes a Goodreads or StoryGraph import brought
(other notes stay in the library: a private note must not become a public review). Columns
only Goodreads knows (Average Rating, Original Publication Year...) come from the record an
import kept. Importing the file into an empty library gives the same books back.

Every cell a spreadsheet could run as a formula (starting with = + - @, tab or CR) gets a
leading apostrophe (OWASP's advice on CSV injection); ``restore`` in the importer takes it off
again. The ISBN cells are the one exception: Goodreads writes them as ``="0765377101"`` so
Excel keeps the leading zero, and ours hold only digits we checked.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import (
    ImportKind,
    ImportSource,
    Item,
    ItemPerson,
    Note,
    NoteItem,
    ReadingSession,
    Tag,
    item_tags,
)
from readinglog.core.types import BookFormat, ItemKind, Progress, Role, Status
from readinglog.importers.csvfile import neutralize
from readinglog.importers.goodreads import BOOK_URL, PAUSED_SHELVES, is_abandoned_shelf
from readinglog.importers.reasons import reported

HEADER = (
    "Book Id", "Title", "Author", "Author l-f", "Additional Authors", "ISBN", "ISBN13",
    "My Rating", "Average Rating", "Publisher", "Binding", "Number of Pages", "Year Published",
    "Original Publication Year", "Date Read", "Date Added", "Bookshelves",
    "Bookshelves with positions", "Exclusive Shelf", "My Review", "Spoiler", "Private Notes",
    "Read Count", "Owned Copies",
)  # fmt: skip
KEPT = ("Average Rating", "Original Publication Year", "Spoiler", "Owned Copies")
SHELVES = {
    Status.FINISHED: "read",
    Status.IN_PROGRESS: "currently-reading",
    Status.WANT: "to-read",
    Status.ABANDONED: "did-not-finish",
    Status.PAUSED: "paused",
}
BINDINGS = {BookFormat.PAPER.value: "Paperback", BookFormat.EBOOK.value: "Kindle Edition",
            BookFormat.AUDIO.value: "Audiobook"}  # fmt: skip
PAGE = 500
NOON_UTC = dt.time(12)
_BOOK_ID_RE = re.compile(re.escape(BOOK_URL.format("")) + r"(\d+)$")


@dataclass
class _Book:
    item: Item
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    reads: list[ReadingSession] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # "review" / "private-notes" -> body
    source_key: str | None = None
    record: dict[str, Any] = field(default_factory=dict)


def export(s: Session, path: Path) -> Iterator[Progress]:
    """Write every book to ``path`` (written aside, then moved in place), with progress."""
    ids = list(s.scalars(select(Item.id).where(Item.kind == ItemKind.BOOK).order_by(Item.id)))
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput("{folder}: no such folder", folder=folder)
    partial = path.with_name(f".{path.name}.partial")
    yield Progress(0, len(ids), reported(Message("writing {file}", file=path.name)))
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            out = csv.writer(stream)
            out.writerow(HEADER)
            for start in range(0, len(ids), PAGE):
                for book in _load(s, ids[start : start + PAGE]):
                    out.writerow(row(book))
                s.expunge_all()
                done = min(start + PAGE, len(ids))
                books = Message("{done} of {total} books", done=done, total=len(ids))
                yield Progress(done, len(ids), reported(books))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _load(s: Session, ids: Sequence[int]) -> list[_Book]:
    books = {item.id: _Book(item) for item in s.scalars(select(Item).where(Item.id.in_(ids)))}
    authors = (
        select(ItemPerson.item_id, ItemPerson.name)
        .where(ItemPerson.item_id.in_(ids), ItemPerson.role == Role.AUTHOR)
        .order_by(ItemPerson.item_id, ItemPerson.position, ItemPerson.id)
    )
    for item_id, name in s.execute(authors):
        books[item_id].authors.append(name)
    tags = (
        select(item_tags.c.item_id, Tag.name)
        .join(Tag, Tag.id == item_tags.c.tag_id)
        .where(item_tags.c.item_id.in_(ids))
        .order_by(item_tags.c.item_id, Tag.name)
    )
    for item_id, name in s.execute(tags):
        books[item_id].tags.append(name)
    reads = select(ReadingSession).where(ReadingSession.item_id.in_(ids))
    for read in s.scalars(reads.order_by(ReadingSession.id)):
        books[read.item_id].reads.append(read)
    sources = select(ImportSource.item_id, ImportSource.key, ImportSource.record).where(
        ImportSource.kind == ImportKind.GOODREADS, ImportSource.item_id.in_(ids)
    )
    for source_item, key, record in s.execute(sources):
        if source_item is not None:
            books[source_item].source_key, books[source_item].record = key, json.loads(record)
    _load_notes(s, ids, books)
    return [books[i] for i in ids if i in books]


def _load_notes(s: Session, ids: Sequence[int], books: dict[int, _Book]) -> None:
    """The review and private notes that book imports brought, by the key they came with."""
    found: dict[tuple[int, str], str] = {}
    query = (
        select(NoteItem.item_id, ImportSource.key, Note.body)
        .join(Note, Note.id == NoteItem.note_id)
        .join(ImportSource, ImportSource.note_id == Note.id)
        .where(NoteItem.item_id.in_(ids))
        .order_by(ImportSource.kind, Note.id)
    )
    for item_id, key, body in s.execute(query):
        kind = key.rpartition("#")[2]
        if kind in ("review", "private-notes"):
            found.setdefault((item_id, kind), body)
    for (item_id, kind), body in found.items():
        books[item_id].notes[kind] = body


def row(book: _Book) -> list[str]:
    item, extra = book.item, book.record.get("extra", {})
    shelf = exclusive_shelf(item.status, book.tags)
    shelves = ([] if shelf == "read" else [shelf]) + [t for t in book.tags if t != shelf]
    date_read, count = reads(item.status, book.reads)
    cells = {
        "Book Id": book_id(book),
        "Title": item.title,
        "Author": book.authors[0] if book.authors else "",
        "Author l-f": _last_first(book, extra),
        "Additional Authors": ", ".join(book.authors[1:]),
        "My Rating": str(stars(item.rating)),
        "Publisher": item.publisher or "",
        "Binding": BINDINGS.get(item.format or "", ""),
        "Number of Pages": str(item.pages or ""),
        "Year Published": str(item.year or ""),
        "Date Read": _day(date_read),
        "Date Added": _day(added_on(item.created_at)),
        "Bookshelves": ", ".join(shelves),
        "Exclusive Shelf": shelf,
        "My Review": to_html(book.notes.get("review", "")),
        "Private Notes": to_html(book.notes.get("private-notes", "")),
        "Read Count": str(count),
    }
    cells.update({name: str(extra.get(name, "")) for name in KEPT})
    cells.setdefault("Owned Copies", "0")
    out = [neutralize(cells.get(name, "")) for name in HEADER]
    out[HEADER.index("ISBN")] = f'="{item.isbn10 or ""}"'
    out[HEADER.index("ISBN13")] = f'="{item.isbn13 or ""}"'
    return out


def exclusive_shelf(status: Status, tags: Sequence[str]) -> str:
    """The status as Goodreads' exclusive shelf; a did-not-finish or paused shelf among the
    tags (what a Goodreads import keeps) is used as it is."""
    if status is Status.ABANDONED:
        return next((t for t in tags if is_abandoned_shelf(t.lower())), SHELVES[status])
    if status is Status.PAUSED:
        return next((t for t in tags if t.lower() in PAUSED_SHELVES), SHELVES[status])
    return SHELVES[status]


def reads(status: Status, sessions: Sequence[ReadingSession]) -> tuple[dt.date | None, int]:
    """(Date Read, Read Count) that the importer turns back into these read-throughs."""
    outcome = Status.ABANDONED if status is Status.ABANDONED else Status.FINISHED
    dates = [r.finished_on for r in sessions if r.outcome is outcome and r.finished_on]
    date_read = max(dates) if dates else None
    count = sum(1 for r in sessions if r.outcome is Status.FINISHED)
    if status is Status.IN_PROGRESS and date_read is None:
        count += 1  # Goodreads counts the read under way
    return date_read, count


def stars(rating: float | None) -> int:
    """Whole stars (Goodreads has no halves); any rating is at least one star."""
    if not rating:
        return 0
    return max(1, int(rating + 0.5))


def book_id(book: _Book) -> str:
    key = book.source_key or ""
    if key.startswith("book/"):
        return key.removeprefix("book/")
    match = _BOOK_ID_RE.match(book.item.url or "")
    return match.group(1) if match else ""


def added_on(created_at: dt.datetime) -> dt.date:
    """The day an entry was added: imports store a date alone as noon UTC."""
    if created_at.astimezone(dt.UTC).time() == NOON_UTC:
        return created_at.astimezone(dt.UTC).date()
    return created_at.astimezone().date()


def _last_first(book: _Book, extra: dict[str, Any]) -> str:
    if not book.authors:
        return ""
    people = book.record.get("people") or [[None, None]]
    if extra.get("Author l-f") and people[0][1] == book.authors[0]:
        return str(extra["Author l-f"])
    first, _, last = book.authors[0].rpartition(" ")
    return f"{last}, {first}" if first else last


def _day(day: dt.date | None) -> str:
    return day.strftime("%Y/%m/%d") if day else ""


_BOLD_RE = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
_ITALIC_RE = re.compile(r"(?<![*\w])\*(\S(?:[^*]*?\S)?)\*(?![*\w])")
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s()\"<>]+)\)")


def to_html(markdown: str) -> str:
    """A note as Goodreads review HTML: line breaks, bold, italics and links.

    ``review.to_markdown`` turns it back into the same text.
    """
    text = html.escape(markdown.strip(), quote=False)
    text = _LINK_RE.sub(r'<a href="\2">\1</a>', text)
    text = _BOLD_RE.sub(r"<b>\1</b>", text)
    text = _ITALIC_RE.sub(r"<i>\1</i>", text)
    return text.replace("\n", "<br/>")
