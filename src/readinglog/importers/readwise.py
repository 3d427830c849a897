"""Readwise's exports: the CSV (``readwise-data.csv``) and the Markdown export (a folder).

``parse(path)`` takes the CSV, one Markdown file, or the Markdown export's folder (``Books/``,
``Articles/``, ``Tweets/``, ``Podcasts/``, ``Supplementals/``, possibly under ``Readwise/``).

The CSV comes in three header generations: 9 columns, then + ``Highlighted at``, then +
``Document tags``. It has no category: a "Book Author" that is a domain (reason.com, x.com)
marks an article. Location Type ``location`` is a Kindle location, ``page`` a page, and
``order``/``offset``/``time_offset`` go to ``Place.position`` as "order 2".

Readwise's heading action tag (docs.readwise.io/readwise/guides/action-tags): a highlight
whose note is ``.h1``..``.h6`` (after sync: tagged ``h1``..``h6``) is a chapter heading, not
a highlight. It names the chapter of the book's highlights from its place on, and the words
the user wrote under it come in as a note. The CSV is not in reading order (nor grouped by
book), so the CSV is read twice: once for the headings (a few per book), once for the clips.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from readinglog.core.errors import InvalidInput, Message
from readinglog.core.types import ItemKind
from readinglog.importers.clips import BadRecord, Clip, ClipKind, Parsed, Place
from readinglog.importers.readwise_md import (
    INVALID_UTF8,
    KINDS,
    book_ref,
    chapter_name,
    heading_level,
    looks_like_markdown,
    parse_markdown,
    read_lines,
    split_note,
)
from readinglog.importers.reasons import reported

_BASE = (
    "Highlight",
    "Book Title",
    "Book Author",
    "Amazon Book ID",
    "Note",
    "Color",
    "Tags",
    "Location Type",
    "Location",
)
GENERATIONS = (_BASE, (*_BASE, "Highlighted at"), (*_BASE, "Highlighted at", "Document tags"))
_ASIN = re.compile(r"[A-Z0-9]{10}")


def sniff(head: str) -> bool:
    """True when the start of a file looks like a Readwise CSV or Markdown export."""
    head = head.removeprefix("\ufeff")
    first = head.split("\n", 1)[0].rstrip("\r")
    return first.startswith(",".join(_BASE[:5])) or looks_like_markdown(head)


def parse(path: Path) -> Iterator[Parsed]:
    """Every clip of a Readwise CSV, Markdown file or Markdown export folder, in file order."""
    if path.is_dir():
        yield from _parse_folder(path)
        return
    head = _head(path)
    if not head.strip():
        raise InvalidInput("{file} is empty, not a Readwise export.", file=path.name)
    if head.startswith("Highlight,"):
        yield from parse_csv(path)
    elif looks_like_markdown(head):
        yield from parse_markdown(path)
    else:
        raise InvalidInput(
            "{file} is not a Readwise export: it has neither the CSV's header "
            "(Highlight,Book Title,...) nor the Markdown export's Metadata and Highlights.",
            file=path.name,
        )


def _head(path: Path) -> str:
    with path.open("rb") as f:
        return f.read(4096).decode("utf-8", errors="replace").removeprefix("\ufeff")


def _parse_folder(folder: Path) -> Iterator[Parsed]:
    root = folder / "Readwise" if (folder / "Readwise").is_dir() else folder
    found = False
    for sub in sorted(root.iterdir()):
        kind = KINDS.get(sub.name.lower())
        if kind is None or not sub.is_dir():
            continue
        for file in sorted(sub.rglob("*.md")):
            found = True
            if looks_like_markdown(_head(file)):
                yield from parse_markdown(file, kind)
            else:
                yield BadRecord(
                    1, reported(Message("{file} is not a Readwise Markdown file", file=file.name))
                )
    if not found:
        raise InvalidInput(
            "{folder} is not a Readwise Markdown export: it has no Books, Articles, "
            "Tweets or Podcasts folder with .md files.",
            folder=folder.name,
        )


# ---- the CSV -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    line: int
    bad_utf8: bool
    fields: dict[str, str]


def parse_csv(path: Path) -> Iterator[Parsed]:
    chapters = _Chapters()
    for row in _rows(path):
        if isinstance(row, _Row) and (heading := _heading(row)) is not None:
            chapters.add(*heading)
    for row in _rows(path):
        if isinstance(row, BadRecord):
            yield row
        else:
            yield from _clips(row, chapters)


def _rows(path: Path) -> Iterator[_Row | BadRecord]:
    bad_lines: list[int] = []

    def lines() -> Iterator[str]:
        for number, text, bad in read_lines(path):
            if bad:
                bad_lines.append(number)
            yield text + "\n"

    reader = csv.reader(lines())
    header = tuple(next(reader, []))
    if header not in GENERATIONS:
        raise InvalidInput(
            "{file} has an unknown Readwise CSV header: {header} "
            "(expected {expected}, or without the last one or two).",
            file=path.name,
            header=", ".join(header),
            expected=", ".join(GENERATIONS[-1]),
        )
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader, None)
        except csv.Error as e:
            yield BadRecord(
                start, reported(Message("the record cannot be read as CSV ({error})", error=str(e)))
            )
            end = reader.line_num
            continue
        if row is None:
            return
        end = reader.line_num
        bad = any(n >= start for n in bad_lines)
        bad_lines.clear()
        if not row:
            continue
        if len(row) != len(header):
            yield BadRecord(
                start,
                reported(
                    Message(
                        "the record has {count} fields, the header {header}",
                        count=len(row),
                        header=len(header),
                    )
                ),
            )
            continue
        yield _Row(start, bad, dict(zip(header, row, strict=True)))


def _tags(row: _Row) -> tuple[str, ...]:
    return tuple(t for t in (t.strip() for t in row.fields["Tags"].split(",")) if t)


def _book_key(row: _Row) -> tuple[str, str]:
    return row.fields["Book Title"].strip(), row.fields["Book Author"].strip()


def _heading(row: _Row) -> tuple[tuple[str, str], str, float, str] | None:
    """(book, location type, number, chapter name) when the row is a heading."""
    if heading_level(row.fields["Note"], _tags(row)) is None:
        return None
    number = _number(row.fields["Location"])
    if number is None:
        return None
    kind = row.fields["Location Type"].strip()
    return _book_key(row), kind, number, chapter_name(row.fields["Highlight"])


class _Chapters:
    """The headings of every book: (book, location type) -> sorted places and names."""

    def __init__(self) -> None:
        self._by: dict[tuple[tuple[str, str], str], list[tuple[float, str]]] = {}

    def add(self, book: tuple[str, str], kind: str, number: float, name: str) -> None:
        bisect.insort(self._by.setdefault((book, kind), []), (number, name), key=lambda h: h[0])

    def at(self, book: tuple[str, str], kind: str, number: float | None) -> str | None:
        headings = self._by.get((book, kind))
        if not headings or number is None:
            return None
        i = bisect.bisect_right(headings, number, key=lambda h: h[0])
        return headings[i - 1][1] if i else None


def _number(text: str) -> float | None:
    try:
        return float(text.strip())
    except ValueError:
        return None


def _clips(row: _Row, chapters: _Chapters) -> Iterator[Parsed]:
    f = row.fields
    title = f["Book Title"].strip()
    if row.bad_utf8:
        yield BadRecord(row.line, INVALID_UTF8)
    if not title:
        yield BadRecord(row.line, reported(Message("the record has no Book Title")))
        return
    asin = f["Amazon Book ID"].strip()
    book = book_ref(
        title, f["Book Author"], ItemKind.BOOK, asin=asin if _ASIN.fullmatch(asin) else None
    )
    kind, number = f["Location Type"].strip(), _number(f["Location"])
    place = replace(
        _place(kind, f["Location"].strip()), chapter=chapters.at(_book_key(row), kind, number)
    )
    tags = _tags(row)
    text = f["Highlight"].strip()
    note, tags = split_note(f["Note"], tags)
    made_at = _when(f.get("Highlighted at", ""))
    if heading_level(f["Note"], tags) is not None:
        if note:  # the user's words on the chapter; the heading itself is no highlight
            heading = replace(place, chapter=chapter_name(text))
            yield Clip(book, ClipKind.NOTE, "", note, heading, made_at, line=row.line)
        return
    if not text and not note:
        yield BadRecord(
            row.line, reported(Message("the record has neither a highlight nor a note"))
        )
        return
    yield Clip(
        book,
        ClipKind.HIGHLIGHT if text else ClipKind.NOTE,
        text,
        note,
        place,
        made_at,
        color=f["Color"].strip() or None,
        tags=tags,
        line=row.line,
    )


def _place(kind: str, location: str) -> Place:
    if not location or (not kind and location == "0"):
        return Place()
    if location.isdigit() and kind == "location":
        return Place(loc_start=int(location))
    if location.isdigit() and kind == "page":
        return Place(page=int(location))
    return Place(position=f"{kind} {location}".strip())


def _when(text: str) -> dt.datetime | None:
    """'2020-11-26 03:28:15+00:00' and '2026-06-22 10:34:42.964038+00:00' (aware)."""
    try:
        return dt.datetime.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None
