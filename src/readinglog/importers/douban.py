"""豆瓣 (Douban) reading history: the JSON backups of the Douban API, and 豆伴's spreadsheets.

A JSON backup is an array of "interests" (or an API page ``{"collections": [...]}``), either
flat (``book_id``, ``book_title``, ``url``: what archive tools saved) or with the book inside
(``book``: title, subtitle, origin_title, author, translator, publisher, pubdate, pages,
isbn10/isbn13, summary, alt, image). Each interest has a status (``read``/``collect``/``done``
读过, ``reading``/``do``/``doing`` 在读, ``wish``/``mark`` 想读, or none: then the file's name
or a rating tells), a rating 1-5 (0 or none: unrated), a 短评 ``comment`` (a review note),
``tags`` and ``updated`` (the day it was marked: the read-through's end, or its start while
reading). The Douban book id is the record's key, so a later backup updates, never duplicates.

豆伴's CSV layouts are read by ``douban_csv``; its xlsx workbooks need openpyxl, which is not
a dependency: they are refused with what to do instead.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from readinglog.core import values
from readinglog.core.batches import Batch
from readinglog.core.errors import InvalidInput, Message, UserError
from readinglog.core.types import Person, Progress, Role, Status
from readinglog.importers.bulkbooks import ChunkWriter
from readinglog.importers.csvfile import file_size
from readinglog.importers.douban_writer import DoubanWriter
from readinglog.importers.reasons import reported, said
from readinglog.importers.records import BookRecord, NoteRecord, ReadThrough, match_title
from readinglog.importers.rows import CHUNK_ROWS, PROGRESS_EVERY, skip

MAX_BYTES = 50 * 1024 * 1024
BOOK_URL = "https://book.douban.com/subject/{}/"
STATUSES = {
    "read": Status.FINISHED, "collect": Status.FINISHED, "done": Status.FINISHED,
    "读过": Status.FINISHED,
    "reading": Status.IN_PROGRESS, "do": Status.IN_PROGRESS, "doing": Status.IN_PROGRESS,
    "在读": Status.IN_PROGRESS,
    "wish": Status.WANT, "mark": Status.WANT, "想读": Status.WANT,
}  # fmt: skip
_SUBJECT_RE = re.compile(r"douban\.com/subject/(\d+)")
_UPDATED_RE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$"
)
# "[美]", "（英）", "【日】", "〔法〕" before a name; "著", "译" after it
_NATION_RE = re.compile(r"^\s*[\[【（(〔［][^\]】）)〕］]{1,8}[\]】）)〕］]\s*")
_EDITOR_RE = re.compile(r"\s*(?:主编|编)$")
_SUFFIX_RE = re.compile(r"\s*(?:编著|著|译|等)$")
_HINT_RE = re.compile(r"(?<![a-z])book[._-](collect|done|read|do|doing|reading|wish|mark)(?![a-z])")
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# one JSON interest, for sniff: a record of the Douban API is unmistakable by these keys
_SNIFF_KEYS = (re.compile(r'"(book_id|book)"\s*:'), re.compile(r'"updated"\s*:\s*"\d{4}-\d\d-\d\d'))


def sniff(head: str) -> bool:
    """True when the first few KB of a file's text are a Douban JSON backup or 豆伴 CSV."""
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        match = re.match(r'\{\s*"(?:count|start|total|collections)"', text)
        if match is None or '"collections"' not in text:
            return False
        text = text[text.index('"collections"') :].partition("[")[2].lstrip()
    elif text.startswith("["):
        text = text[1:].lstrip()
    else:
        from readinglog.importers import douban_csv

        return douban_csv.sniff(text)
    if not text.startswith("{"):
        return False
    return "douban" in text and all(key.search(text) for key in _SNIFF_KEYS)


# -- the parts of a record ---------------------------------------------------------------------


def status_hint(path: Path) -> Status | None:
    """The status a file's name gives (``user.x.book.collect.json``, ``读过.csv``), or None."""
    name = path.stem.lower()
    for word, status in (("读过", Status.FINISHED), ("在读", Status.IN_PROGRESS),
                         ("想读", Status.WANT)):  # fmt: skip
        if word in name:
            return status
    found = _HINT_RE.search(name)  # the archive's "book.<status>", not any English word
    return STATUSES[found.group(1)] if found else None


def parse_status(raw: object, what: str | Message) -> Status | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    status = STATUSES.get(str(raw).strip().lower())
    if status is None:
        raise InvalidInput(
            "{what}: {raw!r} is not one of read, reading, wish (读过, 在读, 想读)",
            what=what,
            raw=raw,
        )
    return status


def parse_rating(raw: object, what: str | Message) -> float | None:
    """1-5 stars as our rating; 0, blank or none is unrated. ``{"value": "4", "max": 5}`` too."""
    if isinstance(raw, dict):
        raw = raw.get("value")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise InvalidInput("{what}: {raw!r} is not a number from 1 to 5", what=what, raw=raw)
    try:
        stars = float(raw)
    except ValueError:
        raise InvalidInput(
            "{what}: {raw!r} is not a number from 1 to 5", what=what, raw=raw
        ) from None
    if stars != int(stars) or not 0 <= stars <= 5:
        raise InvalidInput("{what}: {raw!r} is not a number from 1 to 5", what=what, raw=raw)
    return stars or None


def parse_day(raw: object, what: str | Message) -> dt.date | None:
    """The day of ``YYYY-MM-DD HH:MM:SS`` (Douban's clock: the day the user saw)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    match = _UPDATED_RE.match(str(raw).strip())
    if match is None:
        raise InvalidInput(
            "{what}: {raw!r} is not a date (YYYY-MM-DD HH:MM:SS)", what=what, raw=raw
        )
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise InvalidInput("{what}: {raw!r} is not a valid date", what=what, raw=raw) from None


def clean_name(raw: str) -> tuple[Role, str] | None:
    """``[美] 卡尔·萨根 著`` -> (author, 卡尔·萨根); ``张三 主编`` -> (editor, 张三)."""
    name = _NATION_RE.sub("", " ".join(raw.split()))
    role = Role.EDITOR if _EDITOR_RE.search(name) and not name.endswith("编著") else Role.AUTHOR
    name = _SUFFIX_RE.sub("", _EDITOR_RE.sub("", name)).strip()
    return (role, name) if name else None


def people(authors: Sequence[str], translators: Sequence[str]) -> tuple[Person, ...]:
    out: list[Person] = []
    for raw in authors:
        found = clean_name(raw)
        if found is not None and Person(*found) not in out:
            out.append(Person(*found))
    for raw in translators:
        found = clean_name(raw)
        if found is not None and Person(Role.TRANSLATOR, found[1]) not in out:
            out.append(Person(Role.TRANSLATOR, found[1]))
    return tuple(out)


def year_of(raw: object) -> int | None:
    match = _YEAR_RE.search(str(raw or ""))
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def pages_of(raw: object) -> int | None:
    match = re.match(r"\s*(\d+)", str(raw or ""))
    return int(match.group(1)) if match and 0 < int(match.group(1)) < 100_000 else None


def isbn_of(candidates: Sequence[object], what: str | Message, warnings: list[str]) -> str | None:
    """The first valid ISBN of ``candidates`` (13 before 10); a bad one is a warning."""
    for raw in candidates:
        text = str(raw or "").strip()
        if not text or text.lower() in ("none", "null"):
            continue
        try:
            return values.normalize_isbn(text, what)
        except InvalidInput as error:
            warnings.append(reported(Message("{reason}; imported without it", reason=error)))
    return None


def book_id_of(*texts: object) -> str | None:
    for text in texts:
        text = str(text or "").strip()
        if text.isdigit():
            return text
        match = _SUBJECT_RE.search(text)
        if match:
            return match.group(1)
    return None


@dataclass
class Interest:
    """One book with the user's mark on it, as any Douban layout gives it."""

    position: int  # the record's number in a JSON array, or its line in a CSV file
    title: str
    unit: str = "record"  # what ``position`` counts: "record" or "line"
    book_id: str | None = None
    status: Status | None = None
    rating: float | None = None
    comment: str = ""
    tags: tuple[str, ...] = ()
    day: dt.date | None = None
    people: tuple[Person, ...] = ()
    isbn: str | None = None
    fields: dict[str, object] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)


def to_record(interest: Interest, default: Status | None, warnings: list[str]) -> BookRecord:
    title = interest.title.strip()
    where = _where(interest)
    if not title:
        raise InvalidInput("{where}: title: must not be empty", where=where)
    status = interest.status or default
    if status is None:
        status = Status.FINISHED if interest.rating else Status.WANT
        no_status = Message(
            "{where} ({title}): no status; imported as {status_name}",
            where=where,
            title=title,
            status_name=status.value,
        )
        warnings.append(reported(no_status))
    day = interest.day
    reads: tuple[ReadThrough, ...] = ()
    if status is Status.FINISHED:
        reads = (ReadThrough(None, day, Status.FINISHED),)
    elif status is Status.IN_PROGRESS:
        reads = (ReadThrough(day, None, None),)
    fields = {k: v for k, v in interest.fields.items() if v is not None}
    if interest.rating:
        fields["rating"] = interest.rating
    if interest.book_id:
        fields.setdefault("url", BOOK_URL.format(interest.book_id))
        key = f"book/{interest.book_id}"
    else:
        author = next((p.name for p in interest.people if p.role is Role.AUTHOR), "")
        key = f"title/{match_title(title)}/{author}"
    notes: tuple[NoteRecord, ...] = ()
    if interest.comment.strip():
        body = interest.comment.strip() + "\n"
        notes = (NoteRecord("review", f"《{title}》短评"[:500], body, day),)
    tags = dict.fromkeys(t.strip() for t in interest.tags if t and t.strip())
    return BookRecord(
        key=key,
        title=title,
        people=interest.people,
        status=status,
        isbn=interest.isbn,
        fields=fields,
        tags=tuple(tags),
        sessions=reads,
        added_on=day,
        notes=notes,
        extra=interest.extra,
    )


# -- JSON ----------------------------------------------------------------------------------

_JSON_USED = frozenset(
    {"status", "rating", "comment", "tags", "updated", "book_id", "book_title", "url", "book",
     "title"}
)  # fmt: skip
_BOOK_USED = frozenset(
    {"id", "title", "origin_title", "author", "translator", "publisher", "pubdate", "pages",
     "isbn10", "isbn13", "summary", "alt"}
)  # fmt: skip


def _text(raw: object) -> str:
    return (
        raw if isinstance(raw, str) else "" if raw is None else json.dumps(raw, ensure_ascii=False)
    )


def _field(raw: object) -> str | None:
    """A one-line text field; anything that is not text is left out (kept in the record)."""
    return (raw.strip() or None) if isinstance(raw, str) else None


def _names(raw: object) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    return [str(n) for n in raw] if isinstance(raw, list) else []


def _summary(raw: object) -> str | None:
    text = raw.strip() if isinstance(raw, str) else ""
    return text[:2000] or None  # the whole summary stays in the record


def _where(interest: Interest) -> Message:
    """Where an interest is in its file: "record 3" of a JSON array, "line 4" of a CSV file."""
    if interest.unit == "line":
        return Message("line {line}", line=interest.position)
    return Message("record {number}", number=interest.position)


def titled(where: Message, title: str, found: list[str]) -> list[str]:
    """The warnings ``found`` about one book, each after where it is and its title."""
    return [
        reported(Message("{where} ({title}): {warning}", where=where, title=title, warning=said(w)))
        for w in found
    ]


def _key(n: int, key: str) -> Message:
    """Key ``key`` of record ``n``: "record 3: rating"."""
    return Message("record {number}: {key}", number=n, key=key)


def from_json(obj: object, n: int, warnings: list[str]) -> Interest:
    """Interest number ``n`` (from 1) of a JSON backup."""
    if not isinstance(obj, dict):
        raise InvalidInput(
            "record {number}: not an object but {type}", number=n, type=type(obj).__name__
        )
    book = obj.get("book") if isinstance(obj.get("book"), dict) else {}
    assert isinstance(book, dict)
    title = book.get("title") or obj.get("book_title") or obj.get("title") or ""
    if not isinstance(title, str):
        raise InvalidInput("record {number}: title: {title!r} is not text", number=n, title=title)
    tags = obj.get("tags") or []
    if not isinstance(tags, list):
        raise InvalidInput("record {number}: tags: {tags!r} is not a list", number=n, tags=tags)
    comment = obj.get("comment") or ""
    if not isinstance(comment, str):
        raise InvalidInput(
            "record {number}: comment: {comment!r} is not text", number=n, comment=comment
        )
    found: list[str] = []
    isbn = isbn_of([book.get("isbn13"), book.get("isbn10")], _key(n, "isbn"), found)
    warnings += titled(Message("record {number}", number=n), title, found)
    extra = {k: _text(v) for k, v in obj.items() if k not in _JSON_USED and v is not None}
    extra.update(
        {f"book.{k}": _text(v) for k, v in book.items() if k not in _BOOK_USED and v is not None}
    )
    return Interest(
        position=n,
        title=title,
        book_id=book_id_of(obj.get("book_id"), book.get("id"), obj.get("url"), book.get("alt")),
        status=parse_status(obj.get("status"), _key(n, "status")),
        rating=parse_rating(obj.get("rating"), _key(n, "rating")),
        comment=comment,
        tags=tuple(_text(t.get("name") if isinstance(t, dict) else t) for t in tags),
        day=parse_day(obj.get("updated"), _key(n, "updated")),
        people=people(_names(book.get("author")), _names(book.get("translator"))),
        isbn=isbn,
        fields={
            "original_title": _field(book.get("origin_title")),
            "publisher": _field(book.get("publisher")),
            "year": year_of(book.get("pubdate")),
            "pages": pages_of(book.get("pages")),
            "summary": _summary(book.get("summary")),
            "url": _field(book.get("alt")) or _field(obj.get("url")),
        },
        extra=extra,
    )


def load_json(path: Path) -> list[Any]:
    size = file_size(path)
    if size > MAX_BYTES:
        raise InvalidInput(
            "{file}: {size} MB is more than a Douban backup holds ({limit} MB at most); "
            "split it into smaller files",
            file=path.name,
            size=size // (1024 * 1024),
            limit=MAX_BYTES // (1024 * 1024),
        )
    text = values.decode_utf8(path.read_bytes(), path.name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            "{file}: line {line}: not valid JSON ({error})",
            file=path.name,
            line=error.lineno,
            error=error.msg,
        ) from None
    if isinstance(data, dict) and isinstance(data.get("collections"), list):
        data = data["collections"]
    if not isinstance(data, list):
        raise InvalidInput("{file}: not a Douban backup (a JSON array of books)", file=path.name)
    return data


# -- reading -------------------------------------------------------------------------------


def interests(path: Path, warnings: list[str]) -> Iterator[Interest | tuple[int, str | Message]]:
    """Each interest of the file, or (position, reason) for one that cannot be read."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xls"):
        raise InvalidInput(
            "{file}: a spreadsheet (豆伴 xlsx) cannot be read here; open it and save each "
            "sheet (想读, 在读, 读过) as CSV UTF-8 with the sheet's name in the file name, "
            "then import those",
            file=path.name,
        )
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{"):
        for n, obj in enumerate(load_json(path), 1):
            try:
                yield from_json(obj, n, warnings)
            except UserError as error:
                yield (n, error.said)
        return
    from readinglog.importers import douban_csv

    yield from douban_csv.interests(path, warnings)


def read(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
    if not path.is_file():
        raise InvalidInput("{path}: not a file; a Douban backup is one JSON or CSV file", path=path)
    yield Progress(0, None, reported(Message("reading {file}", file=path.name)))
    default = status_hint(path)
    writer = ChunkWriter(DoubanWriter(s, batch))
    chunk: list[tuple[int, BookRecord]] = []
    count = 0
    for count, got in enumerate(interests(path, batch.warnings), 1):
        if isinstance(got, tuple):
            skip(batch, *got)
        else:
            try:
                chunk.append((got.position, to_record(got, default, batch.warnings)))
            except UserError as error:
                skip(batch, got.position, error.said)
        if len(chunk) >= CHUNK_ROWS:
            writer.write(chunk)
            chunk = []
        if count % PROGRESS_EVERY == 0:
            yield Progress(count, None, reported(Message("record {number}", number=count)))
    if chunk:
        writer.write(chunk)
    read_all = Message("read {file}: {count} records", file=path.name, count=count)
    yield Progress(count, count, reported(read_all))
