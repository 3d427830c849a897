"""Importing for the window, without Qt: which importer a file wants (``detect``, from
importers/detection.py), a dry run that shows what would change, and the real import; both
are generators for the worker (ARCHITECTURE.md rule 4).

Each run owns its session and transaction, made on the worker thread. A dry run is the real
importer in a transaction that is always rolled back, so the preview is exactly what the import
would do. Cancel closes the generator: the ``GeneratorExit`` rolls the whole batch back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog import importers
from readinglog.core import batches, repository
from readinglog.core.batches import ImportReport
from readinglog.core.db import SessionFactory
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import ChangeAction, Highlight, ImportChange, ImportKind, Item
from readinglog.core.text import plural
from readinglog.core.types import Changes, Progress, Target
from readinglog.importers.detection import Detected, detect, read_head
from readinglog.importers.reasons import reported

# detect and Detected are the window's: they live in importers/detection.py
__all__ = ["KINDS", "KIND_LABELS", "Detected", "check_path", "detect", "read_head", "run", "undo"]

KINDS = (
    ImportKind.GOODREADS,
    ImportKind.STORYGRAPH,
    ImportKind.OPML,
    ImportKind.MARKDOWN,
    ImportKind.KINDLE,
    ImportKind.READWISE,
    ImportKind.KOREADER,
    ImportKind.WEREAD,
    ImportKind.DOUBAN,
)
_LABELS = {
    ImportKind.GOODREADS: Message("Goodreads library export (CSV)"),
    ImportKind.STORYGRAPH: Message("StoryGraph export (CSV)"),
    ImportKind.OPML: Message("Podcast subscriptions (OPML)"),
    ImportKind.MARKDOWN: Message("Markdown notes (a file, a blog or a vault)"),
    ImportKind.KINDLE: Message("Kindle highlights (My Clippings.txt)"),
    ImportKind.READWISE: Message("Readwise highlights (the CSV, or the Markdown export's folder)"),
    ImportKind.KOREADER: Message(
        "KOReader highlights (a book's metadata .lua, or a folder of books)"
    ),
    ImportKind.WEREAD: Message("WeRead notes (微信读书's exported text)"),
    ImportKind.DOUBAN: Message("豆瓣 backup (JSON) or 豆伴 sheet (CSV)"),
}
KIND_LABELS = {kind: str(label) for kind, label in _LABELS.items()}
FOLDER_KINDS = frozenset({ImportKind.MARKDOWN, ImportKind.READWISE, ImportKind.KOREADER})
PREVIEW_ROWS = 500  # a preview lists at most this many entries, notes and highlights


@dataclass(frozen=True)
class PreviewRow:
    action: str  # "new" or "updated"
    what: str  # "book", "podcast", ..., or "note"
    title: str


def _listed(entries: int, notes: int, highlights: int = 0) -> list[str]:
    """['326 highlights', '3 entries', '1 note'], leaving out a kind there are none of."""
    return [
        plural(n, one, many)
        for n, one, many in (
            (highlights, "highlight", "highlights"),
            (entries, "entry", "entries"),
            (notes, "note", "notes"),
        )
        if n
    ]


def _and(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts)


@dataclass(frozen=True)
class Tally:
    """How many entries and notes an import added and updated, as its batch recorded them
    (one Goodreads row can add an entry and a note; a row left as it was adds neither), and
    the highlights a highlights import added, updated and found already there (its report's
    counts: a re-highlight folded into a longer one is not counted twice)."""

    items_added: int = 0
    items_updated: int = 0
    notes_added: int = 0
    notes_updated: int = 0
    highlights_added: int = 0
    highlights_updated: int = 0
    highlights_unchanged: int = 0

    @property
    def entries(self) -> int:
        return self.items_added + self.items_updated

    @property
    def notes(self) -> int:
        return self.notes_added + self.notes_updated

    @property
    def highlights(self) -> int:
        return self.highlights_added + self.highlights_updated

    @property
    def changes_anything(self) -> bool:
        return bool(self.entries or self.notes or self.highlights)

    def kinds(self) -> str:
        """'326 highlights, 978 entries, 757 notes'; '0' when there are none."""
        return ", ".join(_listed(self.entries, self.notes, self.highlights)) or "0"

    def sentence(self, dry_run: bool) -> str:
        """'978 entries and 757 notes would be added, 3 entries would be updated'; '326
        highlights and 9 entries added'; 'nothing would be added or updated' (without
        ``would be`` for an import made)."""
        would = "would be " if dry_run else ""
        done: list[str] = []
        for entries, notes, highlights, verb in (
            (self.items_added, self.notes_added, self.highlights_added, "added"),
            (self.items_updated, self.notes_updated, self.highlights_updated, "updated"),
        ):
            what = _listed(entries, notes, highlights)
            if what:
                done.append(f"{_and(what)} {would}{verb}")
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
        yield Progress(0, None, reported(Message("Reading {file}", file=path.name)))
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
    yield Progress(0, None, reported(Message("Undoing import {batch}", batch=batch_id)))
    with sessions.begin() as s:
        return batches.undo(s, batch_id)


Recorded = list[tuple[Target, int, ChangeAction]]
_LISTED = (Target.ITEM, Target.NOTE, Target.HIGHLIGHT)  # what the outcome lists, in order


def _recorded(s: Session, batch_id: int | None) -> Recorded:
    """The entries, notes and highlights the batch created or updated, in the order it
    happened (a highlight it made and then folded into another, since deleted, too)."""
    if batch_id is None:
        return []
    stmt = (
        select(ImportChange.target, ImportChange.target_id, ImportChange.action)
        .where(ImportChange.batch_id == batch_id, ImportChange.target.in_(_LISTED))
        .order_by(ImportChange.id)
    )
    return [(row.target, row.target_id, row.action) for row in s.execute(stmt)]


def _outcome(s: Session, report: ImportReport, dry_run: bool) -> ImportOutcome:
    """What the batch did, counted by kind and listed, read before its commit or rollback."""
    recorded = _recorded(s, report.batch)
    rows, more = _rows(s, recorded)
    tally = _tally(recorded, report.extra)
    outcome = ImportOutcome(report, dry_run, tally=tally, rows=rows, more_rows=more)
    if not dry_run and report.batch is not None:
        outcome.changes = Changes(
            items=frozenset(i for target, i, _ in recorded if target is Target.ITEM),
            notes=frozenset(i for target, i, _ in recorded if target is Target.NOTE),
            highlights=frozenset(i for target, i, _ in recorded if target is Target.HIGHLIGHT),
            tags=True,
        )
    return outcome


def _tally(recorded: Recorded, extra: Mapping[str, Any]) -> Tally:
    """Entries and notes as the batch recorded them; highlights as the import counted them
    (its report's ``extra``), else as recorded."""
    counts = Counter((target, action) for target, _, action in recorded)
    made, changed = ChangeAction.CREATED, ChangeAction.UPDATED
    counted = extra.get("highlights")
    if isinstance(counted, Mapping):
        highlights = (
            int(counted.get("created", 0)),
            int(counted.get("updated", 0)),
            int(counted.get("unchanged", 0)),
        )
    else:
        highlights = (counts[(Target.HIGHLIGHT, made)], counts[(Target.HIGHLIGHT, changed)], 0)
    return Tally(
        counts[(Target.ITEM, made)],
        counts[(Target.ITEM, changed)],
        counts[(Target.NOTE, made)],
        counts[(Target.NOTE, changed)],
        *highlights,
    )


def _rows(s: Session, recorded: Recorded) -> tuple[list[PreviewRow], int]:
    """The first PREVIEW_ROWS of what the batch recorded: entries, then notes, then
    highlights (those it still has), each in the order they were recorded."""
    kept = [row for row in recorded if row[0] is not Target.HIGHLIGHT]
    kept += _existing_highlights(s, [row for row in recorded if row[0] is Target.HIGHLIGHT])
    kept.sort(key=lambda row: _LISTED.index(row[0]))  # stable: recorded order within a kind
    listed = kept[:PREVIEW_ROWS]
    action = {(target, i): _action_word(done) for target, i, done in listed}
    ids = {target: [i for t, i, _ in listed if t is target] for target in _LISTED}
    rows = [
        PreviewRow(action[(Target.ITEM, r.id)], r.kind.label, r.title)
        for r in repository.item_rows(s, ids[Target.ITEM])
    ]
    rows += [
        PreviewRow(action[(Target.NOTE, r.id)], "note", r.title)
        for r in repository.note_rows(s, ids[Target.NOTE])
    ]
    rows += [
        PreviewRow(action[(Target.HIGHLIGHT, i)], "highlight", title)
        for i, title in _highlight_titles(s, ids[Target.HIGHLIGHT])
    ]
    return rows, len(kept) - len(listed)


def _existing_highlights(s: Session, recorded: Recorded) -> Recorded:
    """``recorded`` without the highlights since deleted (a note folded into its highlight)."""
    there: set[int] = set()
    ids = [i for _, i, _ in recorded]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        there.update(s.scalars(select(Highlight.id).where(Highlight.id.in_(chunk))))
    return [row for row in recorded if row[1] in there]


def _highlight_titles(s: Session, ids: list[int]) -> list[tuple[int, str]]:
    """(id, "Entry title: the highlight's first words") for ``ids``, in their order."""
    if not ids:
        return []
    stmt = (
        select(Highlight.id, Highlight.text, Highlight.comment, Item.title)
        .join(Item, Item.id == Highlight.item_id)
        .where(Highlight.id.in_(ids))
    )
    shown = {
        i: f"{title}: {_snippet(text or comment or '')}"
        for i, text, comment, title in s.execute(stmt)
    }
    return [(i, shown[i]) for i in ids if i in shown]


def _snippet(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _action_word(action: ChangeAction) -> str:
    return "new" if action is ChangeAction.CREATED else "updated"


def check_path(path: Path, kind: ImportKind) -> None:
    """Refuse at once what the importer would refuse after a while: a path that is not
    there, a folder for a kind that reads one file (Markdown, Readwise and KOReader read a
    folder too)."""
    if not path.exists():
        raise InvalidInput("{path}: no such file or folder", path=path)
    if kind not in FOLDER_KINDS and path.is_dir():
        label = _LABELS.get(kind, kind.value)
        raise InvalidInput("{path} is a folder; {label} is one file", path=path, label=label)
