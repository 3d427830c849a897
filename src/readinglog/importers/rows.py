"""The loop every row-based importer shares: one savepoint per row, bad rows skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import UserError
from readinglog.core.types import Progress
from readinglog.importers.csvfile import BadRow, CsvFile, Row, file_size

T = TypeVar("T")
PROGRESS_EVERY = 250
EXPUNGE_EVERY = 2000  # keep memory flat: forget loaded ORM objects now and then


def write_row(s: Session, batch: Batch, line: int, write: Callable[[], Outcome]) -> bool:
    """Run ``write`` in a savepoint; on a UserError roll just this row back and skip it."""
    state = batch.save_state()
    try:
        with s.begin_nested():
            outcome = write()
    except UserError as error:
        batch.restore_state(state)
        batch.skip(line, error.message)
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
    on_failure: Callable[[], None] | None = None,
) -> Iterator[Progress]:
    """Parse and write each row of a CSV file, yielding progress in bytes read."""
    reader = CsvFile(path)
    for warning in reader.warnings:
        batch.warn(warning)
    total = file_size(path)
    yield Progress(0, total, f"reading {path.name}")
    checked = False
    for count, row in enumerate(reader.rows(), 1):
        if not checked and check_header is not None:
            check_header(reader.header)
            checked = True
        if isinstance(row, BadRow):
            batch.skip(row.line, row.reason)
        else:
            try:
                record = parse(row)
            except UserError as error:
                batch.skip(row.line, error.message)
            else:
                written = write_row(s, batch, row.line, partial(write, record))
                if not written and on_failure is not None:
                    on_failure()
        if count % EXPUNGE_EVERY == 0:
            s.flush()
            s.expunge_all()
        if count % PROGRESS_EVERY == 0:
            yield Progress(min(reader.position(), total), total, f"line {row.line}")
    if not checked and check_header is not None:
        check_header(reader.header)
    yield Progress(total, total, f"read {path.name}")
