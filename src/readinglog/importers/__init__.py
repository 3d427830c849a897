"""Importers: one module per format, each a generator of ``Progress`` over a ``Batch``.

    with library.sessions.begin() as s:
        job = importers.start(s, ImportKind.GOODREADS, Path("goodreads_library_export.csv"))
        for step in job.steps:      # a progress bar, or a worker thread with Cancel
            ...
        report = job.report()       # created / updated / unchanged / skipped / warnings

The caller owns the transaction: stop iterating and roll back, and no half batch is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core.batches import Batch, ImportReport
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import ImportKind
from readinglog.core.types import Progress
from readinglog.importers.reasons import reported

Reader = Callable[[Session, Batch, Path], Iterator[Progress]]


def _reader(kind: ImportKind) -> Reader:
    # Imported on use: each format pulls in only what it needs.
    if kind is ImportKind.GOODREADS:
        from readinglog.importers import goodreads

        return goodreads.read
    if kind is ImportKind.STORYGRAPH:
        from readinglog.importers import storygraph

        return storygraph.read
    if kind is ImportKind.OPML:
        from readinglog.importers import opml

        return opml.read
    if kind is ImportKind.MARKDOWN:
        from readinglog.importers import markdown

        return markdown.read
    if kind is ImportKind.DOUBAN:
        from readinglog.importers import douban

        return douban.read
    from readinglog.importers import highlights

    if kind in highlights.FORMATS:
        return highlights.reader(kind)
    raise InvalidInput("no importer for {kind}", kind=kind.value)


@dataclass
class ImportJob:
    batch: Batch
    steps: Iterator[Progress]

    def report(self) -> ImportReport:
        return self.batch.report()


def start(s: Session, kind: ImportKind, path: Path) -> ImportJob:
    """An import of ``path`` as ``kind``; nothing is read until ``steps`` is iterated."""
    reader = _reader(kind)
    if not path.exists():
        raise InvalidInput("{path}: no such file or folder", path=path)
    batch = Batch(s, kind, str(path.expanduser().resolve()))

    def steps() -> Iterator[Progress]:
        last = Progress(0, None)
        for last in reader(s, batch, path):
            yield last
        batch.finish()
        done = reported(Message("done"))
        yield Progress(last.total or last.done, last.total, done, tuple(batch.warnings))

    return ImportJob(batch, steps())
