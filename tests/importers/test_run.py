"""The window's import run (importers/run.py): what a dry run and an import report, by kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import Highlight, ImportKind, Item, Note
from readinglog.core.types import Changes
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


# --- highlights: detection, check_path, a dry run and the import of a Kindle file ----------

KINDLE = """\ufeffThe Mind Map (Ann Author)
- Your Highlight on Location 55-56 | Added on Sunday, February 23, 2020 2:58:27 PM

The first passage we marked.
==========
The Mind Map (Ann Author)
- Your Note on Location 56 | Added on Sunday, February 23, 2020 2:58:40 PM

my own thought
==========
The Mind Map (Ann Author)
- Your Bookmark on Location 70 | Added on Sunday, February 23, 2020 3:00:00 PM


==========
刻意练习 (安德斯·艾利克森)
- 您在位置 #609-609的标注 | 添加于 2023年3月19日星期日 下午4:26:36

我们的最终目标便是刻意练习。
==========
"""
MORE = """The Mind Map (Ann Author)
- Your Highlight on Location 90-91 | Added on Monday, February 24, 2020 9:00:00 AM

A passage marked the next day.
==========
"""
REAL_FORMATS = [
    ("highlights/kindle", "*My_Clippings.txt", ImportKind.KINDLE),
    ("highlights/readwise", "*.csv", ImportKind.READWISE),
    ("highlights/readwise", "*.md", ImportKind.READWISE),
    ("highlights/koreader", "*.lua", ImportKind.KOREADER),
    ("douban", "*.json", ImportKind.DOUBAN),
]
WEREAD = Path(__file__).parent.parent / "data" / "weread"


def _run_kind(library: Library, kind: ImportKind, path: Path, *, dry_run: bool) -> ImportOutcome:
    job = run.run(library.sessions, kind, path, dry_run=dry_run)
    while True:
        try:
            next(job)
        except StopIteration as stop:
            outcome: ImportOutcome = stop.value
            return outcome


def _highlights(library: Library) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count()).select_from(Highlight)) or 0


@pytest.mark.parametrize("folder, pattern, kind", REAL_FORMATS)
def test_real_exports_are_detected(
    realdata: Path, tmp_path: Path, folder: str, pattern: str, kind: ImportKind
) -> None:
    files = sorted((realdata / folder).glob(pattern))
    assert files, f"no {pattern} in {folder}"
    for path in files:
        assert run.detect(path).kind is kind, path.name
        renamed = tmp_path / f"export{path.suffix}"  # any name: detected by what it holds
        renamed.write_bytes(path.read_bytes())
        assert run.detect(renamed).kind is kind, path.name


@pytest.mark.parametrize("path", sorted(WEREAD.glob("*.txt")), ids=lambda p: p.name)
def test_weread_exports_are_detected(path: Path) -> None:
    assert run.detect(path).kind is ImportKind.WEREAD


def test_export_folders_are_detected(realdata: Path, tmp_path: Path) -> None:
    readwise = sorted((realdata / "highlights/readwise").glob("*Readwise_Articles*.md"))
    for root in (tmp_path / "export", tmp_path / "under" / "Readwise"):
        (root / "Articles").mkdir(parents=True)
        (root / "Articles" / "one.md").write_bytes(readwise[0].read_bytes())
    assert run.detect(tmp_path / "export").kind is ImportKind.READWISE
    assert run.detect(tmp_path / "under").kind is ImportKind.READWISE
    sidecar = next((realdata / "highlights/koreader").glob("*.lua"))
    books = tmp_path / "device" / "books" / "Dune.sdr"
    books.mkdir(parents=True)
    (books / "metadata.epub.lua").write_bytes(sidecar.read_bytes())
    assert run.detect(tmp_path / "device").kind is ImportKind.KOREADER
    one_book = run.detect(books)  # the importer reads below a folder: not the .sdr itself
    assert one_book.kind is None
    assert one_book.reason == (
        "Dune.sdr is one KOReader book's folder: import its metadata.epub.lua, or the folder "
        "that holds the books"
    )
    vault = tmp_path / "vault" / "Books"  # a vault's own Books/ of notes is not Readwise's
    vault.mkdir(parents=True)
    (vault / "Dune.md").write_text("# Dune\n\n- Full Title: mine\n\nthoughts\n", "utf-8")
    (tmp_path / "vault" / "notes.sdr").mkdir()  # a folder named .sdr without a sidecar
    assert run.detect(tmp_path / "vault").kind is ImportKind.MARKDOWN
    assert run.detect(tmp_path / "vault" / "Books").kind is ImportKind.MARKDOWN


def test_detection_reads_the_head_leniently(tmp_path: Path) -> None:
    body = KINDLE.removeprefix("\ufeff").encode("utf-8")
    cut = tmp_path / "clips.txt"  # a character cut at 4 KB, a BOM: still a Kindle file
    cut.write_bytes(b"\xef\xbb\xbf" + body + ("长" * 3000).encode("utf-8"))
    assert run.detect(cut).kind is ImportKind.KINDLE
    wide = tmp_path / "clippings.txt"
    wide.write_bytes(KINDLE.encode("utf-16"))
    assert run.detect(wide).kind is ImportKind.KINDLE
    sheet = tmp_path / "读过.csv"  # 豆伴 CSV as Chinese Excel saves it
    header = (
        "ID,标题,作者,译者,出版社,原作名,出版日期,ISBN,页数,链接,我的评分,我的评价,"
        "创建时间,评价时间,标签,评论\n"
    )
    sheet.write_bytes(header.encode("gb18030"))
    assert run.detect(sheet).kind is ImportKind.DOUBAN
    readwise = tmp_path / "data.csv"
    readwise.write_text("Book Title,Highlight,Note\nDune,Fear is the mind-killer,\n", "utf-8")
    assert run.detect(readwise).kind is ImportKind.READWISE


def test_an_unknown_file_is_one_sentence_naming_what_was_looked_for(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\nand more words\n", "utf-8")
    found = run.detect(path)
    assert found.kind is None
    assert found.reason.count(". ") == 0 and not found.reason.endswith(".")  # one sentence
    for looked_for in ("Kindle", "Readwise", "KOReader", "WeRead", "豆瓣", "Goodreads"):
        assert looked_for in found.reason


@pytest.mark.parametrize("kind", run.KINDS)
def test_check_path_takes_a_folder_for_the_kinds_that_read_one(
    tmp_path: Path, kind: ImportKind
) -> None:
    if kind in (ImportKind.MARKDOWN, ImportKind.READWISE, ImportKind.KOREADER):
        run.check_path(tmp_path, kind)  # no KeyError, no refusal
    else:
        with pytest.raises(InvalidInput, match=r"is a folder; .* is one file"):
            run.check_path(tmp_path, kind)
    assert kind in run.KIND_LABELS


def test_a_kindle_dry_run_counts_highlights_and_changes_nothing(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "My Clippings.txt"
    path.write_text(KINDLE, "utf-8")
    assert run.detect(path).kind is ImportKind.KINDLE
    before = (_stored(library), _highlights(library))
    preview = _run_kind(library, ImportKind.KINDLE, path, dry_run=True)
    assert (_stored(library), _highlights(library)) == before  # rolled back
    assert preview.changes == Changes()
    assert preview.tally.highlights_added == 2 and preview.tally.items_added == 2
    assert preview.tally.sentence(True) == "2 highlights and 2 entries would be added"
    assert preview.report.extra["notes"] == 1 and preview.report.extra["bookmarks"] == 1
    assert [(r.action, r.what) for r in preview.rows] == [
        ("new", "book"), ("new", "book"), ("new", "highlight"), ("new", "highlight")
    ]  # fmt: skip
    assert preview.rows[2].title.startswith("The Mind Map: The first passage")

    done = _run_kind(library, ImportKind.KINDLE, path, dry_run=False)
    assert _highlights(library) == 2
    assert done.tally == preview.tally and done.rows == preview.rows
    with library.sessions() as s:
        assert done.changes.highlights == frozenset(s.scalars(select(Highlight.id)))
    assert len(done.changes.items) == 2

    again = _run_kind(library, ImportKind.KINDLE, path, dry_run=True)
    assert again.tally.sentence(True) == "nothing would be added or updated"
    assert again.tally.highlights_unchanged == 2 and again.rows == []


def test_highlights_added_to_entries_already_there_are_not_nothing(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "My Clippings.txt"
    path.write_text(KINDLE, "utf-8")
    _run_kind(library, ImportKind.KINDLE, path, dry_run=False)
    path.write_text(KINDLE + MORE, "utf-8")  # the Kindle's file, one clipping longer
    preview = _run_kind(library, ImportKind.KINDLE, path, dry_run=True)
    assert preview.tally.sentence(True) == "1 highlight would be added"
    assert preview.tally.changes_anything
    assert [(r.action, r.what) for r in preview.rows] == [("new", "highlight")]
    done = _run_kind(library, ImportKind.KINDLE, path, dry_run=False)
    assert len(done.changes.highlights) == 1 and _highlights(library) == 3


@pytest.mark.parametrize(
    "tally, dry_run, sentence, kinds",
    [
        (Tally(2, 0, 0, 0, 326), True, "326 highlights and 2 entries would be added",
         "326 highlights, 2 entries"),
        (Tally(1, 0, 1, 0, 3, 2), False, "3 highlights, 1 entry and 1 note added, "
         "2 highlights updated", "5 highlights, 1 entry, 1 note"),
        (Tally(highlights_unchanged=9), True, "nothing would be added or updated", "0"),
    ],
)  # fmt: skip
def test_the_tally_says_highlights(tally: Tally, dry_run: bool, sentence: str, kinds: str) -> None:
    assert tally.sentence(dry_run) == sentence
    assert tally.kinds() == kinds


def test_a_detected_folder_imports_as_its_kind(
    library: Library, realdata: Path, tmp_path: Path
) -> None:
    """What detect() says of a folder, check_path and the importer take (a dry run)."""
    root = tmp_path / "export" / "Readwise"
    for path in sorted((realdata / "highlights/readwise").glob("*Readwise_*.md")):
        folder = root / ("Tweets" if "_Tweets_" in path.name else "Articles")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / path.name).write_bytes(path.read_bytes())
    device = tmp_path / "device"
    for n, path in enumerate(sorted((realdata / "highlights/koreader").glob("*.lua"))):
        book = device / f"book{n}.sdr"
        book.mkdir(parents=True)
        (book / "metadata.epub.lua").write_bytes(path.read_bytes())
    for folder, kind in ((tmp_path / "export", ImportKind.READWISE), (device, ImportKind.KOREADER)):
        assert run.detect(folder).kind is kind
        run.check_path(folder, kind)
        preview = _run_kind(library, kind, folder, dry_run=True)
        assert preview.tally.highlights_added > 0, preview.report
        assert preview.tally.sentence(True).startswith(
            f"{preview.tally.highlights_added:,} highlight"
        )
    assert _highlights(library) == 0
