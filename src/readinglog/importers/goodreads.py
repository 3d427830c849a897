"""Goodreads library export (``goodreads_library_export.csv``), 24- and 31-column versions.

Exclusive Shelf gives the status (custom shelves such as did-not-finish map to abandoned and
are also kept as tags), Bookshelves give tags, Date Read / Read Count give read-throughs, My
Review and Private Notes become Markdown notes linked to the book.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core import values
from readinglog.core.batches import Batch
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import ImportKind
from readinglog.core.types import BookFormat, Person, Progress, Role, Status
from readinglog.importers import review
from readinglog.importers.books import BookWriter
from readinglog.importers.bulkbooks import ChunkWriter
from readinglog.importers.csvfile import Row, restore
from readinglog.importers.reasons import reported
from readinglog.importers.records import BookRecord, NoteRecord, ReadThrough, split_names
from readinglog.importers.rows import csv_rows

REQUIRED = ("Book Id", "Title", "Author", "Exclusive Shelf")
STANDARD_SHELVES = {
    "read": Status.FINISHED,
    "currently-reading": Status.IN_PROGRESS,
    "to-read": Status.WANT,
}
ABANDONED_SHELVES = frozenset(
    {"did-not-finish", "dnf", "abandoned", "wont-finish", "won-t-finish", "gave-up",
     "not-finishing", "unfinished", "stopped-reading", "quit", "didnt-finish"}
)  # fmt: skip
PAUSED_SHELVES = frozenset({"paused", "on-hold", "on-pause", "want-to-finish-eventually"})
USED = frozenset(
    {"Book Id", "Title", "Author", "Additional Authors", "ISBN", "ISBN13", "My Rating",
     "Publisher", "Binding", "Number of Pages", "Year Published", "Date Read", "Date Added",
     "Bookshelves", "Exclusive Shelf", "My Review", "Private Notes", "Read Count"}
)  # fmt: skip
_EBOOK = ("kindle", "ebook", "e-book", "nook", "digital", "epub")
_AUDIO = ("audio", "audible", "mp3", "cd")
BOOK_URL = "https://www.goodreads.com/book/show/{}"


def check_header(header: list[str]) -> None:
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InvalidInput(
            "not a Goodreads library export: the header lacks {columns} "
            "(export it from My Books > Import and export)",
            columns=", ".join(missing),
        )


def unwrap(text: str) -> str:
    """``="0525509283"`` (Goodreads keeps Excel from eating zeros) to ``0525509283``."""
    text = text.strip()
    if text.startswith('="') and text.endswith('"'):
        return text[2:-1].strip()
    return text


def book_format(binding: str) -> BookFormat | None:
    lowered = binding.strip().lower()
    if not lowered or lowered.startswith("unknown"):
        return None
    if any(word in lowered for word in _AUDIO):
        return BookFormat.AUDIO
    if any(word in lowered for word in _EBOOK):
        return BookFormat.EBOOK
    return BookFormat.PAPER


def _isbn(row: dict[str, str], line: int, warnings: list[str]) -> str | None:
    """ISBN-10 when there is one (both are then stored), else ISBN-13."""
    for column in ("ISBN", "ISBN13"):
        raw = unwrap(row.get(column, ""))
        if not raw:
            continue
        try:
            isbn = values.normalize_isbn(raw, column)
        except InvalidInput as error:
            left_out = Message(
                "line {line}: {reason}; imported without it", line=line, reason=error
            )
            warnings.append(reported(left_out))
            continue
        return isbn
    return None


def _date(row: Row, column: str) -> dt.date | None:
    raw = row.values.get(column, "").strip()
    if not raw:
        return None
    return values.parse_date(raw, Message("line {line}: {column}", line=row.line, column=column))


def _int(row: Row, column: str) -> int | None:
    raw = row.values.get(column, "").strip()
    if not raw:
        return None
    try:
        number = int(float(raw))
    except ValueError:
        raise InvalidInput(
            "line {line}: {column}: {raw!r} is not a number", line=row.line, column=column, raw=raw
        ) from None
    return number if number > 0 else None


def is_abandoned_shelf(shelf: str) -> bool:
    return shelf in ABANDONED_SHELVES or re.search(r"\b(dnf|abandon)", shelf) is not None


def _status(shelf: str, date_read: dt.date | None) -> Status:
    if shelf in STANDARD_SHELVES:
        return STANDARD_SHELVES[shelf]
    if is_abandoned_shelf(shelf):
        return Status.ABANDONED
    if shelf in PAUSED_SHELVES:
        return Status.PAUSED
    return Status.FINISHED if date_read else Status.WANT


def _reads(status: Status, date_read: dt.date | None, count: int) -> tuple[ReadThrough, ...]:
    if status is Status.ABANDONED:
        return (ReadThrough(None, date_read, Status.ABANDONED),)
    earlier = max(count - 1, 0) if date_read else count
    reads = [ReadThrough(None, None, Status.FINISHED) for _ in range(earlier)]
    if date_read:
        reads.append(ReadThrough(None, date_read, Status.FINISHED))
    elif status is Status.FINISHED and not reads:
        reads.append(ReadThrough(None, None, Status.FINISHED))
    if status in (Status.IN_PROGRESS, Status.PAUSED):
        if status is Status.IN_PROGRESS and count and not date_read:
            reads = reads[:-1]  # Goodreads counts the read under way
        reads.append(ReadThrough(None, None, None))
    return tuple(reads)


def _tags(row: dict[str, str], shelf: str) -> tuple[str, ...]:
    names = [part.strip() for part in row.get("Bookshelves", "").split(",")]
    if shelf not in STANDARD_SHELVES:
        names.append(shelf)
    tags = dict.fromkeys(n for n in names if n and n not in STANDARD_SHELVES)
    return tuple(tags)


def _notes(row: Row, title: str, on: dt.date | None) -> tuple[NoteRecord, ...]:
    out = []
    for column, key, label in (
        ("My Review", "review", "Review of"),
        ("Private Notes", "private-notes", "Private notes on"),
    ):
        text = row.values.get(column, "")
        if text.strip():
            out.append(NoteRecord(key, f"{label} {title}"[:500], review.to_markdown(text), on))
    return tuple(out)


def parse(row: Row, warnings: list[str]) -> BookRecord:
    row = Row(row.line, {name: restore(value) for name, value in row.values.items()})
    data = row.values
    title = data["Title"].strip()
    if not title:
        raise InvalidInput("line {line}: Title: must not be empty", line=row.line)
    authors = split_names(data.get("Author", ""))
    for name in split_names(data.get("Additional Authors", "")):
        if name not in authors:
            authors.append(name)
    shelf = data["Exclusive Shelf"].strip().lower()
    date_read = _date(row, "Date Read")
    added = _date(row, "Date Added")
    status = _status(shelf, date_read)
    rating = _int(row, "My Rating")
    fields: dict[str, object] = {
        "rating": float(rating) if rating and rating <= 5 else None,
        "publisher": data.get("Publisher", "").strip() or None,
        "pages": _int(row, "Number of Pages"),
        "year": _int(row, "Year Published"),
        "format": book_format(data.get("Binding", "")),
    }
    book_id = data["Book Id"].strip()
    if book_id.isdigit():
        fields["url"] = BOOK_URL.format(book_id)
    isbn = _isbn(data, row.line, warnings)
    key = f"book/{book_id}" if book_id else f"isbn/{isbn}" if isbn else f"title/{title}"
    return BookRecord(
        key=key,
        title=title,
        people=tuple(Person(Role.AUTHOR, name) for name in authors),
        status=status,
        isbn=isbn,
        fields={name: value for name, value in fields.items() if value is not None},
        tags=_tags(data, shelf),
        sessions=_reads(status, date_read, _int(row, "Read Count") or 0),
        added_on=added,
        notes=_notes(row, title, date_read or added),
        extra={name: value for name, value in data.items() if name not in USED and value},
    )


def read(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
    writer = BookWriter(s, batch, ImportKind.GOODREADS)

    def parse_row(row: Row) -> BookRecord:
        found: list[str] = []
        record = parse(row, found)
        for warning in found:
            batch.warn(warning)
        return record

    yield from csv_rows(
        s, batch, path, parse_row, writer.write, check_header=check_header,
        write_chunk=ChunkWriter(writer).write,
    )  # fmt: skip
