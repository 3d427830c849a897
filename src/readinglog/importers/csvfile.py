"""Reading CSV exports that real people made: any encoding, broken quotes, huge fields.

- The encoding comes from a BOM (UTF-8, UTF-16) or from checking the whole file is UTF-8
  (streamed, in chunks); otherwise it is read as GB18030 (what Chinese Excel saves) with a
  warning.
- Every row's column count is checked: an unbalanced quote merges the following lines into one
  field, which shows up as a row with too few columns; it is reported with its lines.
- The csv module's field size limit is raised (a 10 MB review is a real thing).
- Rows are streamed, never loaded all at once.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from readinglog.core.errors import InvalidInput, Message
from readinglog.importers.reasons import reported

FIELD_LIMIT = 256 * 1024 * 1024
_CHUNK = 1 << 20
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP: CSV injection): a leading '."""
    return f"'{cell}" if cell.startswith(FORMULA_START) else cell


def restore(cell: str) -> str:
    """``neutralize`` undone: a cell we wrote comes back as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


@dataclass(frozen=True)
class Row:
    """A data row: ``line`` is where it starts in the file (the header is line 1)."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str  # importers.reasons.reported


def detect_encoding(path: Path) -> tuple[str, Message | None]:
    """(encoding, warning or None) for a text file."""
    with path.open("rb") as stream:
        head = stream.read(4)
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                return encoding, None
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        offset = 0
        try:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
                offset += len(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as error:
            where = offset + error.start
            return "gb18030", Message(
                "{file}: not UTF-8 (first bad byte at offset {offset}); read as GB18030, "
                "the encoding Chinese Excel saves; check the titles look right",
                file=path.name,
                offset=where,
            )
    return "utf-8", None


def _width(count: int, width: int, start: int, end: int) -> Message:
    """Why a row of ``count`` values on lines ``start`` to ``end`` is not read."""
    if end > start:
        return Message(
            "{count} columns where the header has {width}, in lines {start}–{end} (an "
            "unbalanced quote may have merged them)",
            count=count,
            width=width,
            start=start,
            end=end,
        )
    return Message("{count} columns where the header has {width}", count=count, width=width)


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise InvalidInput(
            "{path}: cannot be read ({reason})", path=path, reason=error.strerror
        ) from None


class CsvFile:
    """Rows of a CSV file as dicts keyed by the header, with bad rows reported, not raised."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise InvalidInput("{path}: no such file", path=path)
        if csv.field_size_limit() < FIELD_LIMIT:
            csv.field_size_limit(FIELD_LIMIT)
        self.path = path
        self.encoding, warning = detect_encoding(path)
        self.warnings: list[str] = [reported(warning)] if warning else []
        self.header: list[str] = []
        self._raw: IO[bytes] | None = None

    def position(self) -> int:
        """Bytes read so far (for progress)."""
        if self._raw is None or self._raw.closed:
            return 0
        return self._raw.tell()

    def rows(self) -> Iterator[Row | BadRow]:
        with self.path.open("rb") as raw:
            self._raw = raw
            stream = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            reader = csv.reader(stream)
            try:
                self.header = [name.strip() for name in next(reader)]
            except StopIteration:
                raise InvalidInput("{file}: the file is empty", file=self.path.name) from None
            except csv.Error as error:
                raise InvalidInput(
                    "{file}: line 1: {error}", file=self.path.name, error=error
                ) from None
            width = len(self.header)
            end = reader.line_num
            while True:
                start = end + 1
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    end = reader.line_num
                    yield BadRow(
                        start,
                        reported(Message("cannot be read as CSV ({error})", error=str(error))),
                    )
                    continue
                end = reader.line_num
                if not values or values == [""]:
                    continue
                if len(values) != width:
                    yield BadRow(start, reported(_width(len(values), width, start, end)))
                    continue
                yield Row(start, dict(zip(self.header, values, strict=True)))
