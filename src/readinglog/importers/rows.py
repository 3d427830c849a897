"""The loop every row-based importer shares: bad rows skipped with their line, the rest written.

A row is written in its own savepoint (a UserError rolls back just that row), or, with
``write_chunk``, parsed rows are handed over ``CHUNK_ROWS`` at a time for a writer that can
write many at once and falls back to ``write_row`` for the rows it cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import Message, Said, UserError
from readinglog.core.types import Progress
from readinglog.importers.csvfile import BadRow, CsvFile, Row, file_size
from readinglog.importers.reasons import reported

T = TypeVar("T")
PROGRESS_EVERY = 250
CHUNK_ROWS = 500
EXPUNGE_EVERY = 2000  # keep memory flat: forget loaded ORM objects now and then


def skip(batch: Batch, line: int, reason: str | Message) -> None:
    """Skip row ``line``, in full; the report shows the line beside the reason, so a reason
    that starts with ``line <line>:`` (the error also serves as a warning) loses that start.
    A ``Message`` is kept with it (``importers.reasons``): the window says it in its language."""
    text = reported(reason)
    prefix = f"line {line}: "
    if line > 0 and text.startswith(prefix):
        cut = text.removeprefix(prefix)
        text = Said(text.said, cut) if isinstance(text, Said) else cut
    batch.skip(line, text)


def write_row(s: Session, batch: Batch, line: int, write: Callable[[], Outcome]) -> bool:
    """Run ``write`` in a savepoint; on a UserError roll just this row back and skip it."""
    try:
        with s.begin_nested():
            outcome = write()
    except UserError as error:
        skip(batch, line, error.said)
        return False
    batch.count(outcome)
    return True


def csv_rows(
    s: Session,
    batch: Batch,
    path: Path,
    parse: Callable[[Row], T],
    write: Callable[[T], Outcome],
    *,
    check_header: Callable[[list[str]], None] | None = None,
    write_chunk: Callable[[list[tuple[int, T]]], None] | None = None,
) -> Iterator[Progress]:
    """Parse and write each row of a CSV file, yielding progress in bytes read."""
    reader = CsvFile(path)
    for warning in reader.warnings:
        batch.warn(warning)
    total = file_size(path)
    yield Progress(0, total, reported(Message("reading {file}", file=path.name)))
    checked = False
    chunk: list[tuple[int, T]] = []
    for count, row in enumerate(reader.rows(), 1):
        if not checked and check_header is not None:
            check_header(reader.header)
            checked = True
        if isinstance(row, BadRow):
            skip(batch, row.line, row.reason)
        else:
            try:
                record = parse(row)
            except UserError as error:
                skip(batch, row.line, error.said)
            else:
                if write_chunk is None:
                    write_row(s, batch, row.line, partial(write, record))
                else:
                    chunk.append((row.line, record))
        if len(chunk) >= CHUNK_ROWS and write_chunk is not None:
            write_chunk(chunk)
            chunk = []
        if count % EXPUNGE_EVERY == 0:
            s.flush()
            s.expunge_all()
        if count % PROGRESS_EVERY == 0:
            at = reported(Message("line {line}", line=row.line))
            yield Progress(min(reader.position(), total), total, at)
    if chunk and write_chunk is not None:
        write_chunk(chunk)
    if not checked and check_header is not None:
        check_header(reader.header)
    yield Progress(total, total, reported(Message("read {file}", file=path.name)))
