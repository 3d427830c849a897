"""Importing for the window, without Qt: which importer a file wants, a dry run that shows what
would change, and the real import; both are generators for the worker (ARCHITECTURE.md rule 4).

Each run owns its session and transaction, made on the worker thread. A dry run is the real
importer in a transaction that is always rolled back, so the preview is exactly what the import
would do. Cancel closes the generator: the ``GeneratorExit`` rolls the whole batch back.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog import importers
from readinglog.core import batches, repository
from readinglog.core.batches import ImportReport
from readinglog.core.db import SessionFactory
from readinglog.core.errors import InvalidInput
from readinglog.core.models import ChangeAction, ImportChange, ImportKind
from readinglog.core.text import plural
from readinglog.core.types import Changes, Progress, Target
from readinglog.importers import goodreads, storygraph
from readinglog.importers.csvfile import detect_encoding

KINDS = (ImportKind.GOODREADS, ImportKind.STORYGRAPH, ImportKind.OPML, ImportKind.MARKDOWN)
KIND_LABELS = {
    ImportKind.GOODREADS: "Goodreads library export (CSV)",
    ImportKind.STORYGRAPH: "StoryGraph export (CSV)",
    ImportKind.OPML: "Podcast subscriptions (OPML)",
    ImportKind.MARKDOWN: "Markdown notes (a file, a blog or a vault)",
}
PREVIEW_ROWS = 500  # a preview lists at most this many entries and notes
_MARKDOWN = (".md", ".markdown", ".mdown")


@dataclass(frozen=True)
class Detected:
    kind: ImportKind | None
    reason: str  # one sentence: why this kind, or why none


def detect(path: Path) -> Detected:
    """The importer a file or folder is for: a CSV by its header, OPML, Markdown."""
    if path.is_dir():
        return Detected(ImportKind.MARKDOWN, "a folder: its Markdown files are imported as notes")
    suffix = path.suffix.lower()
    if suffix in _MARKDOWN:
        return Detected(ImportKind.MARKDOWN, "a Markdown file")
    if suffix == ".opml" or (suffix == ".xml" and _looks_like_opml(path)):
        return Detected(ImportKind.OPML, "an OPML file of podcast subscriptions")
    if suffix == ".csv":
        return _detect_csv(path)
    return Detected(None, f"{path.name} is not a CSV, OPML or Markdown file")


def _looks_like_opml(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return b"<opml" in stream.read(4096).lower()
    except OSError:
        return False


def _detect_csv(path: Path) -> Detected:
    try:
        encoding, _warning = detect_encoding(path)
        with path.open(encoding=encoding, errors="replace", newline="") as stream:
            header = [name.strip() for name in next(csv.reader(stream), [])]
    except (OSError, csv.Error) as error:
        return Detected(None, f"{path.name} cannot be read: {error}")
    if all(name in header for name in goodreads.REQUIRED):
        return Detected(ImportKind.GOODREADS, "its header is a Goodreads library export's")
    if all(name in header for name in storygraph.REQUIRED):
        return Detected(ImportKind.STORYGRAPH, "its header is a StoryGraph export's")
    return Detected(None, f"{path.name}: the header is neither Goodreads' nor StoryGraph's")


@dataclass(frozen=True)
class PreviewRow:
    action: str  # "new" or "updated"
    what: str  # "book", "podcast", ..., or "note"
    title: str


def _listed(entries: int, notes: int) -> list[str]:
    """['3 entries', '1 note'], leaving out a kind there are none of."""
    what = [plural(entries, "entry", "entries")] if entries else []
    return what + ([plural(notes, "note", "notes")] if notes else [])


@dataclass(frozen=True)
class Tally:
    """How many entries and notes an import added and updated, as its batch recorded them
    (one Goodreads row can add an entry and a note; a row left as it was adds neither)."""

    items_added: int = 0
    items_updated: int = 0
    notes_added: int = 0
    notes_updated: int = 0

    @property
    def entries(self) -> int:
        return self.items_added + self.items_updated

    @property
    def notes(self) -> int:
        return self.notes_added + self.notes_updated

    def kinds(self) -> str:
        """'978 entries, 757 notes'; '0' when there are none."""
        return ", ".join(_listed(self.entries, self.notes)) or "0"

    def sentence(self, dry_run: bool) -> str:
        """'978 entries and 757 notes would be added, 3 entries would be updated'; 'nothing
        would be added or updated' (without ``would be`` for an import made)."""
        would = "would be " if dry_run else ""
        done: list[str] = []
        for entries, notes, verb in (
            (self.items_added, self.notes_added, "added"),
            (self.items_updated, self.notes_updated, "updated"),
        ):
            what = _listed(entries, notes)
            if what:
                done.append(f"{' and '.join(what)} {would}{verb}")
        return ", ".join(done) or f"nothing {would}added or updated"


@dataclass
class ImportOutcome:
    report: ImportReport
    dry_run: bool
    changes: Changes = field(default_factory=Changes)
    tally: Tally = field(default_factory=Tally)
    rows: list[PreviewRow] = field(default_factory=list)  # what was (or would be) imported
    more_rows: int = 0  # rows not listed beyond PREVIEW_ROWS


Job = Generator[Progress, None, ImportOutcome]


def run(sessions: SessionFactory, kind: ImportKind, path: Path, *, dry_run: bool) -> Job:
    """Import ``path`` as ``kind`` in one transaction; roll it back for a dry run (and on
    any error or Cancel)."""
    s = sessions.writer()
    try:
        s.begin()
        job = importers.start(s, kind, path)
        yield Progress(0, None, f"Reading {path.name}")
        yield from job.steps
        report = job.report()
        outcome = _outcome(s, report, dry_run)
        if dry_run:
            s.rollback()
        else:
            s.commit()
        return outcome
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()


def undo(sessions: SessionFactory, batch_id: int) -> Generator[Progress, None, Changes]:
    """Take an import back in one write transaction; a ``UserError`` (one sentence) when a
    later import or edit changed its rows."""
    yield Progress(0, None, f"Undoing import {batch_id}")
    with sessions.begin() as s:
        return batches.undo(s, batch_id)


Recorded = list[tuple[Target, int, ChangeAction]]


def _recorded(s: Session, batch_id: int | None) -> Recorded:
    """The entries and notes the batch created or updated, in the order it happened."""
    if batch_id is None:
        return []
    stmt = (
        select(ImportChange.target, ImportChange.target_id, ImportChange.action)
        .where(
            ImportChange.batch_id == batch_id,
            ImportChange.target.in_((Target.ITEM, Target.NOTE)),
        )
        .order_by(ImportChange.id)
    )
    return [(row.target, row.target_id, row.action) for row in s.execute(stmt)]


def _outcome(s: Session, report: ImportReport, dry_run: bool) -> ImportOutcome:
    """What the batch did, counted by kind and listed, read before its commit or rollback."""
    recorded = _recorded(s, report.batch)
    rows, more = _rows(s, recorded)
    outcome = ImportOutcome(report, dry_run, tally=_tally(recorded), rows=rows, more_rows=more)
    if not dry_run and report.batch is not None:
        outcome.changes = Changes(
            items=frozenset(i for target, i, _ in recorded if target is Target.ITEM),
            notes=frozenset(i for target, i, _ in recorded if target is Target.NOTE),
            tags=True,
        )
    return outcome


def _tally(recorded: Recorded) -> Tally:
    counts = Counter((target, action) for target, _, action in recorded)
    made, changed = ChangeAction.CREATED, ChangeAction.UPDATED
    return Tally(
        items_added=counts[(Target.ITEM, made)],
        items_updated=counts[(Target.ITEM, changed)],
        notes_added=counts[(Target.NOTE, made)],
        notes_updated=counts[(Target.NOTE, changed)],
    )


def _rows(s: Session, recorded: Recorded) -> tuple[list[PreviewRow], int]:
    """The first PREVIEW_ROWS entries and notes the batch recorded, entries first."""
    listed = recorded[:PREVIEW_ROWS]
    action = {(target, i): _action_word(done) for target, i, done in listed}
    item_ids = [i for target, i, _ in listed if target is Target.ITEM]
    note_ids = [i for target, i, _ in listed if target is Target.NOTE]
    rows = [
        PreviewRow(action[(Target.ITEM, r.id)], r.kind.label, r.title)
        for r in repository.item_rows(s, item_ids)
    ]
    rows += [
        PreviewRow(action[(Target.NOTE, r.id)], "note", r.title)
        for r in repository.note_rows(s, note_ids)
    ]
    return rows, len(recorded) - len(listed)


def _action_word(action: ChangeAction) -> str:
    return "new" if action is ChangeAction.CREATED else "updated"


def check_path(path: Path, kind: ImportKind) -> None:
    """Refuse at once what the importer would refuse after a while."""
    if not path.exists():
        raise InvalidInput(f"{path}: no such file or folder")
    if kind is not ImportKind.MARKDOWN and path.is_dir():
        raise InvalidInput(f"{path} is a folder; {KIND_LABELS[kind]} is one file")
