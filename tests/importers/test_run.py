"""The window's import run (importers/run.py): what a dry run and an import report, by kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item, Note
from readinglog.importers import run
from readinglog.importers.run import ImportOutcome, Tally
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_MANGA, ROW_SANTI

REAL_GOODREADS = "goodreads/genekaufman_gr-exp-analysis__goodreads_library_export.csv"


def _run(library: Library, path: Path, *, dry_run: bool) -> ImportOutcome:
    job = run.run(library.sessions, ImportKind.GOODREADS, path, dry_run=dry_run)
    while True:
        try:
            next(job)
        except StopIteration as stop:
            outcome: ImportOutcome = stop.value
            return outcome


def _stored(library: Library) -> tuple[int, int]:
    with library.sessions() as s:
        items = s.scalar(select(func.count()).select_from(Item)) or 0
        notes = s.scalar(select(func.count()).select_from(Note)) or 0
    return items, notes


def _check(library: Library, path: Path) -> ImportOutcome:
    """A dry run and the import count and list the same entries and notes, by kind, and
    those are the rows the import stored."""
    before = _stored(library)
    preview = _run(library, path, dry_run=True)
    assert _stored(library) == before  # rolled back
    done = _run(library, path, dry_run=False)
    items, notes = (now - then for now, then in zip(_stored(library), before, strict=True))
    for outcome in (preview, done):
        assert outcome.tally == Tally(items_added=items, notes_added=notes)
        assert outcome.tally.items_added == outcome.report.created  # one entry a row
        assert len(outcome.rows) + outcome.more_rows == items + notes
        kinds = [row.what == "note" for row in outcome.rows]
        assert len(outcome.rows) == min(run.PREVIEW_ROWS, items + notes)
        assert kinds == sorted(kinds)  # entries, then notes
    assert [(r.what, r.title) for r in done.rows] == [(r.what, r.title) for r in preview.rows]
    assert len(done.changes.items) == items and len(done.changes.notes) == notes
    assert preview.changes.items == frozenset()  # nothing changed in the library
    return done


def test_an_import_lists_and_counts_what_it_added(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "gr.csv"
    path.write_text(HEADER_24 + ROW_SANTI + ROW_DNF + ROW_MANGA, "utf-8")
    done = _check(library, path)
    assert done.tally == Tally(items_added=3, notes_added=2)  # 死神永生: review, private notes
    again = _run(library, path, dry_run=False)  # every row already there
    assert again.tally == Tally() and again.rows == [] and again.report.unchanged == 3


def test_a_real_goodreads_export_is_counted_by_kind(library: Library, realdata: Path) -> None:
    done = _check(library, realdata / REAL_GOODREADS)
    assert done.tally.notes_added > 0 and done.more_rows > 0


@pytest.mark.parametrize(
    "tally, dry_run, sentence, kinds",
    [
        (Tally(978, 0, 757, 0), True, "978 entries and 757 notes would be added",
         "978 entries, 757 notes"),
        (Tally(1, 2, 0, 1), False, "1 entry added, 2 entries and 1 note updated",
         "3 entries, 1 note"),
        (Tally(0, 0, 1, 0), True, "1 note would be added", "1 note"),
        (Tally(), True, "nothing would be added or updated", "0"),
        (Tally(), False, "nothing added or updated", "0"),
    ],
)  # fmt: skip
def test_the_tally_in_words(tally: Tally, dry_run: bool, sentence: str, kinds: str) -> None:
    assert tally.sentence(dry_run) == sentence
    assert tally.kinds() == kinds
