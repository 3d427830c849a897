"""StoryGraph export (23 columns): date ranges, quarter stars, contributor roles, moods, ASINs.

A file that went through Excel is detected before anything is written: its dates turned into
M/D/YYYY (read that way when the file itself proves the order, else those rows are skipped)
and its ISBNs into numbers like ``9.78053E+12`` (the digits are gone: those rows are skipped
with the reason, not imported under a wrong or missing ISBN).
"""

from __future__ import annotations

import csv
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
from readinglog.importers.csvfile import CsvFile, Row
from readinglog.importers.reasons import reported
from readinglog.importers.records import (
    BookRecord,
    NoteRecord,
    ReadThrough,
    match_person,
    match_title,
    split_names,
)
from readinglog.importers.rows import csv_rows

REQUIRED = ("Title", "Authors", "Read Status")
DATE_COLUMNS = ("Date Added", "Last Date Read", "Dates Read")
STATUSES = {
    "read": Status.FINISHED,
    "to-read": Status.WANT,
    "currently-reading": Status.IN_PROGRESS,
    "did-not-finish": Status.ABANDONED,
    "paused": Status.PAUSED,
}
ROLES = {"translator": Role.TRANSLATOR, "narrator": Role.NARRATOR, "editor": Role.EDITOR,
         "author": Role.AUTHOR}  # fmt: skip
FORMATS = {
    "paperback": BookFormat.PAPER,
    "hardcover": BookFormat.PAPER,
    "digital": BookFormat.EBOOK,
    "ebook": BookFormat.EBOOK,
    "audio": BookFormat.AUDIO,
}
USED = frozenset(
    {"Title", "Authors", "Contributors", "ISBN/UID", "Format", "Read Status", "Date Added",
     "Last Date Read", "Dates Read", "Read Count", "Moods", "Pace", "Star Rating", "Review",
     "Tags"}
)  # fmt: skip
_YMD_RE = re.compile(r"\d{4}/\d{1,2}/\d{1,2}")
_SLASHED_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_SCIENTIFIC_RE = re.compile(r"^\d(\.\d+)?E\+\d+$", re.I)
_CONTRIBUTOR_RE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
AMAZON_URL = "https://www.amazon.com/dp/{}"


def check_header(header: list[str]) -> None:
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InvalidInput(
            "not a StoryGraph export: the header lacks {columns} "
            "(export it from Manage Account > Export StoryGraph Library)",
            columns=", ".join(missing),
        )


def date_order(path: Path) -> str | None:
    """'ymd' for StoryGraph's own dates, 'mdy' or 'dmy' when a spreadsheet rewrote them and
    the file proves which (some day above 12), None when no date tells."""
    seen = {"ymd": False, "mdy": False, "dmy": False}
    reader = CsvFile(path)
    for row in reader.rows():
        if not isinstance(row, Row):
            continue
        for column in DATE_COLUMNS:
            text = row.values.get(column, "")
            if _YMD_RE.search(text):
                seen["ymd"] = True
            for first, second, _ in _SLASHED_RE.findall(text):
                if int(first) > 12:
                    seen["dmy"] = True
                elif int(second) > 12:
                    seen["mdy"] = True
    if seen["ymd"]:
        return "ymd"
    if seen["mdy"] != seen["dmy"]:
        return "mdy" if seen["mdy"] else "dmy"
    return None


class Parser:
    def __init__(self, order: str | None, warnings: list[str]) -> None:
        self.order = order
        self.warnings = warnings

    def date(self, text: str, line: int, column: str) -> dt.date:
        text = text.strip()
        slashed = _SLASHED_RE.fullmatch(text)
        if slashed is None:
            return values.parse_date(
                text, Message("line {line}: {column}", line=line, column=column)
            )
        first, second, year = (int(g) for g in slashed.groups())
        if self.order not in ("mdy", "dmy"):
            raise InvalidInput(
                "line {line}: {column}: {text!r} could be month/day or day/month (the file "
                "went through a spreadsheet); re-export from StoryGraph",
                line=line,
                column=column,
                text=text,
            )
        month, day = (first, second) if self.order == "mdy" else (second, first)
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise InvalidInput(
                "line {line}: {column}: {text!r} is not a valid date",
                line=line,
                column=column,
                text=text,
            ) from None

    def reads(self, row: Row, status: Status) -> tuple[ReadThrough, ...]:
        text = row.values.get("Dates Read", "").strip()
        outcome = Status.ABANDONED if status is Status.ABANDONED else Status.FINISHED
        reads: list[ReadThrough] = []
        for part in filter(None, (p.strip() for p in text.split(","))):
            start_text, _, end_text = part.partition("-")
            start = self.date(start_text, row.line, "Dates Read") if start_text else None
            end = self.date(end_text, row.line, "Dates Read") if end_text else None
            if not _ and start is not None:  # a single date is the day it was finished
                start, end = None, start
            if start and end and start > end:
                ends_first = Message(
                    "line {line}: Dates Read: {dates!r} ends before it starts; "
                    "kept the end date only",
                    line=row.line,
                    dates=part,
                )
                self.warnings.append(reported(ends_first))
                start = None
            reads.append(ReadThrough(start, end, outcome if end else None))
        if not reads:
            last = row.values.get("Last Date Read", "").strip()
            if last and status in (Status.FINISHED, Status.ABANDONED):
                reads.append(
                    ReadThrough(None, self.date(last, row.line, "Last Date Read"), outcome)
                )
        count = _count(row)
        while len(reads) < count and status is not Status.WANT:
            reads.insert(0, ReadThrough(None, None, Status.FINISHED))
        if status in (Status.IN_PROGRESS, Status.PAUSED) and not any(
            r.outcome is None for r in reads
        ):
            reads.append(ReadThrough(None, None, None))
        return tuple(sorted(reads, key=_read_order))

    def shelved(self, row: Row) -> Status:
        """The status of a book with no Read Status, shelved only by a tag ("abandonados")."""
        tags = [t.strip() for t in row.values.get("Tags", "").split(",") if t.strip()]
        for tag in tags:
            status = status_of_tag(tag)
            if status is not None:
                from_tag = Message(
                    "line {line}: Read Status is empty; imported as {status_name} "
                    "(from the tag {tag!r})",
                    line=row.line,
                    status_name=status.value,
                    tag=tag,
                )
                self.warnings.append(reported(from_tag))
                return status
        self.warnings.append(
            reported(
                Message(
                    "line {line}: Read Status is empty; imported as want-to-read", line=row.line
                )
            )
        )
        return Status.WANT

    def parse(self, row: Row) -> BookRecord:
        data = row.values
        title = data["Title"].strip()
        if not title:
            raise InvalidInput("line {line}: Title: must not be empty", line=row.line)
        uid = data.get("ISBN/UID", "").strip()
        if _SCIENTIFIC_RE.match(uid):
            raise InvalidInput(
                "line {line}: ISBN/UID: {uid!r} was turned into a number by a spreadsheet "
                "and its digits are lost; re-export from StoryGraph",
                line=row.line,
                uid=uid,
            )
        raw_status = data["Read Status"].strip().lower()
        if raw_status:
            if raw_status not in STATUSES:
                raise InvalidInput(
                    "line {line}: Read Status: {raw!r} is not one of {known}",
                    line=row.line,
                    raw=raw_status,
                    known=", ".join(STATUSES),
                )
            status = STATUSES[raw_status]
        else:
            status = self.shelved(row)
        people = [Person(Role.AUTHOR, name) for name in split_names(data["Authors"])]
        people += _contributors(data.get("Contributors", ""), people)
        isbn: str | None = None
        fields: dict[str, object] = {}
        if re.fullmatch(r"[\dXx-]{10,17}", uid):
            try:
                isbn = values.normalize_isbn(uid, f"line {row.line}: ISBN/UID")
            except InvalidInput:
                isbn = None
        elif re.fullmatch(r"B0[0-9A-Z]{8}", uid):
            fields["url"] = AMAZON_URL.format(uid)
        rating = data.get("Star Rating", "").strip()
        if rating:
            fields["rating"] = values.parse_rating(rating, f"line {row.line}: Star Rating")
        book_format = FORMATS.get(data.get("Format", "").strip().lower())
        if book_format is not None:
            fields["format"] = book_format
        added_text = data.get("Date Added", "").strip()
        added = self.date(added_text, row.line, "Date Added") if added_text else None
        reads = self.reads(row, status)
        author = people[0].name if people else ""
        key = f"uid/{uid}" if uid else f"title/{match_title(title)}/{match_person(author)}"
        body = data.get("Review", "")
        finished = [r.finished for r in reads if r.finished]
        notes: tuple[NoteRecord, ...] = ()
        if body.strip():
            on = finished[-1] if finished else added
            notes = (
                NoteRecord("review", f"Review of {title}"[:500], review.to_markdown(body), on),
            )
        return BookRecord(
            key=key,
            title=title,
            people=tuple(people),
            status=status,
            isbn=isbn,
            fields=fields,
            tags=_tags(data),
            sessions=reads,
            added_on=added,
            notes=notes,
            extra={name: value for name, value in data.items() if name not in USED and value},
        )


# Shelf tags people use instead of a Read Status, in the languages StoryGraph users write.
_TAG_STATUSES = (
    (
        Status.ABANDONED,
        re.compile(
            r"abandon|dnf|did.?not.?finish|not.?finish|unfinished|gave.?up|stopped|dropped"
            r"|no.?termin|sin.?termin|inacabad|dejad|abbandon|abgebrochen|non.?termin"
            r"|放弃|弃|未读完|棄|中断",
            re.I,
        ),
    ),
    (
        Status.PAUSED,
        re.compile(r"paused|on.?hold|pausad|en.?pausa|in.?pausa|pausiert|搁置|暂停", re.I),
    ),
    (
        Status.IN_PROGRESS,
        re.compile(
            r"currently.?reading|^reading$|^now.?reading|leyendo|lendo|en.?cours|in.?lettura"
            r"|在读|正在读|読書中",
            re.I,
        ),
    ),
    (
        Status.FINISHED,
        re.compile(r"^(read|finished|le[íi]dos?|lidos?|lus?|gelesen|letti|已读|读过|読了)$", re.I),
    ),
    (
        Status.WANT,
        re.compile(r"to.?read|want|wishlist|por.?leer|pendiente|para.?ler|à.?lire|想读|積読", re.I),
    ),
)


def status_of_tag(tag: str) -> Status | None:
    """The reading status a shelf tag clearly names, or None."""
    for status, pattern in _TAG_STATUSES:
        if pattern.search(tag.strip()):
            return status
    return None


def _count(row: Row) -> int:
    text = row.values.get("Read Count", "").strip()
    return int(text) if text.isdigit() else 0


def _read_order(read: ReadThrough) -> tuple[int, dt.date]:
    when = read.finished or read.started
    if read.outcome is None:
        return (2, when or dt.date.max)
    return (1, when) if when else (0, dt.date.min)


def _contributors(text: str, authors: list[Person]) -> list[Person]:
    out: list[Person] = []
    for part in split_names(text):
        match = _CONTRIBUTOR_RE.match(part)
        name, role_text = (match.group(1), match.group(2)) if match else (part, "author")
        role = ROLES.get(role_text.strip().lower())
        if role is None:  # illustrator, cover artist: kept in the import record only
            continue
        person = Person(role, name)
        if person not in authors and person not in out:
            out.append(person)
    return out


def _tags(data: dict[str, str]) -> tuple[str, ...]:
    tags = [t.strip() for t in data.get("Tags", "").split(",")]
    tags += [f"mood-{m.strip()}" for m in data.get("Moods", "").split(",") if m.strip()]
    pace = data.get("Pace", "").strip()
    if pace:
        tags.append(f"pace-{pace}")
    return tuple(dict.fromkeys(t for t in tags if t))


def _spreadsheet(path: Path, order: str) -> Message:
    """The warning for a file saved by a spreadsheet program, which rewrote its dates."""
    if order == "mdy":
        return Message(
            "{file} went through a spreadsheet program: dates are read as month/day/year, and "
            "rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from "
            "StoryGraph to import them",
            file=path.name,
        )
    return Message(
        "{file} went through a spreadsheet program: dates are read as day/month/year, and "
        "rows whose ISBN became a number like 9.78053E+12 are skipped; re-export from "
        "StoryGraph to import them",
        file=path.name,
    )


def read(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
    check_header(_header(path))
    order = date_order(path)
    if order in ("mdy", "dmy"):
        batch.warn(reported(_spreadsheet(path, order)))
    parser = Parser(order, batch.warnings)
    writer = BookWriter(s, batch, ImportKind.STORYGRAPH)
    yield from csv_rows(
        s, batch, path, parser.parse, writer.write, check_header=check_header,
        write_chunk=ChunkWriter(writer).write,
    )  # fmt: skip


def _header(path: Path) -> list[str]:
    reader = CsvFile(path)
    with path.open(encoding=reader.encoding, errors="replace", newline="") as stream:
        return [name.strip() for name in next(csv.reader(stream), [])]
