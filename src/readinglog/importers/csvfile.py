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

from readinglog.core.errors import InvalidInput

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
    reason: str


def detect_encoding(path: Path) -> tuple[str, str | None]:
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
            return "gb18030", (
                f"{path.name}: not UTF-8 (first bad byte at offset {where}); read as GB18030, "
                "the encoding Chinese Excel saves; check the titles look right"
            )
    return "utf-8", None


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise InvalidInput(f"{path}: cannot be read ({error.strerror})") from None


class CsvFile:
    """Rows of a CSV file as dicts keyed by the header, with bad rows reported, not raised."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise InvalidInput(f"{path}: no such file")
        if csv.field_size_limit() < FIELD_LIMIT:
            csv.field_size_limit(FIELD_LIMIT)
        self.path = path
        self.encoding, warning = detect_encoding(path)
        self.warnings: list[str] = [warning] if warning else []
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
                raise InvalidInput(f"{self.path.name}: the file is empty") from None
            except csv.Error as error:
                raise InvalidInput(f"{self.path.name}: line 1: {error}") from None
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
                    yield BadRow(start, f"cannot be read as CSV ({error})")
                    continue
                end = reader.line_num
                if not values or values == [""]:
                    continue
                if len(values) != width:
                    hint = (
                        f", in lines {start}–{end} (an unbalanced quote may have merged them)"
                        if end > start
                        else ""
                    )
                    yield BadRow(start, f"{len(values)} columns where the header has {width}{hint}")
                    continue
                yield Row(start, dict(zip(self.header, values, strict=True)))
