from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from readinglog.core import batches, repository
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item, Note
from readinglog.core.types import BookFormat, Role, Status
from readinglog.importers import goodreads, review
from tests.importers.helpers import csv_rows, dump, run_import, total

HEADER_24 = (
    "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,"
    "Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
    "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
    "Private Notes,Read Count,Owned Copies\n"
)
ROW_SANTI = (
    '20518872,"死神永生 (三体, #3)",刘慈欣,"刘, 慈欣",Ken Liu,="0765377101",="9780765377104",5,4.5,'
    'Tor,Hardcover,604,2016,2010,2016/03/05,2016/01/01,"sci-fi, read",,read,'
    '"Great.<br/><br/>See [b:The Three-Body Problem|20518872|The Three-Body Problem|Cixin Liu|'
    'https://x/y.jpg|2]",,Notes <b>here</b>,2,0\n'
)
ROW_DNF = (
    '2,Война и мир,Лев Толстой,"Толстой, Лев",,="",="",0,4.1,,Kindle Edition,1225,2007,1869,,'
    "2019/02/03,did-not-finish,,did-not-finish,,,,0,0\n"
)
ROW_MANGA = (
    '3,"ワンパンマン 1 [Wanpanman 1] (Onepunch-Man, #1)",ONE,"ONE, ",Yusuke Murata,="",="",0,4.3,'
    ',Paperback,200,2012,2012,,2020/01/01,"currently-reading, manga",,currently-reading,,,,1,0\n'
)


def _write(tmp_path: Path, *rows: str, name: str = "gr.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER_24 + "".join(rows)).encode(encoding))
    return path


def test_helpers() -> None:
    assert goodreads.unwrap('="0525509283"') == "0525509283"
    assert goodreads.unwrap('=""') == ""
    assert goodreads.book_format("Kindle Edition") is BookFormat.EBOOK
    assert goodreads.book_format("Audible Audio") is BookFormat.AUDIO
    assert goodreads.book_format("Mass Market Paperback") is BookFormat.PAPER
    assert goodreads.book_format("Unknown Binding") is None


def test_review_markup_becomes_markdown() -> None:
    text = (
        "Wow.<br/>Read <b>this</b> and <i>that</i>: [b:Replay|341735|Replay|Ken Grimwood|"
        "https://d.gr-assets.com/x.jpg|1804797] by [a:Ken Grimwood|1234|Ken Grimwood|u] &amp; co"
    )
    assert review.to_markdown(text) == (
        "Wow.\nRead **this** and *that*: [Replay](https://www.goodreads.com/book/show/341735) "
        "by [Ken Grimwood](https://www.goodreads.com/author/show/1234) & co\n"
    )


def test_rows_become_books_with_history_and_notes(library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, ROW_SANTI, ROW_DNF, ROW_MANGA)
    report = run_import(library, ImportKind.GOODREADS, path)
    assert (report.created, report.updated, report.skipped) == (3, 0, ())
    with library.sessions() as s:
        ids = list(s.scalars(select(Item.id).order_by(Item.id)))
        santi, dnf, manga = (repository.item_view(s, i) for i in ids)
        assert santi.title == "死神永生 (三体, #3)" and santi.status is Status.FINISHED
        assert santi.people_in(Role.AUTHOR) == ("刘慈欣", "Ken Liu")
        assert santi.fields["isbn"] == "9780765377104" and santi.fields["isbn10"] == "0765377101"
        assert santi.fields["rating"] == 5.0 and santi.fields["pages"] == 604
        assert santi.tags == ("sci-fi",)
        assert sorted((str(x.finished_on), x.outcome) for x in santi.sessions) == [
            ("2016-03-05", Status.FINISHED),
            ("None", Status.FINISHED),
        ]
        assert santi.created_at.date().isoformat() == "2016-01-01"
        assert len(santi.note_ids) == 2
        review_note = repository.note_view(s, santi.note_ids[0])
        assert review_note.body.startswith("Great.\n\nSee [The Three-Body Problem](")
        assert dnf.title == "Война и мир" and dnf.status is Status.ABANDONED
        assert dnf.tags == ("did-not-finish",) and dnf.fields["format"] == BookFormat.EBOOK
        assert manga.title.startswith("ワンパンマン") and manga.status is Status.IN_PROGRESS
        assert [x.outcome for x in manga.sessions] == [None]
        assert manga.people_in(Role.AUTHOR) == ("ONE", "Yusuke Murata")


def test_reimport_is_a_noop_and_undo_restores_exactly(library: Library, tmp_path: Path) -> None:
    first = _write(tmp_path, ROW_SANTI, ROW_DNF)
    run_import(library, ImportKind.GOODREADS, first)
    before = dump(library)
    again = run_import(library, ImportKind.GOODREADS, first)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert dump(library) == before
    newer = _write(tmp_path, ROW_SANTI.replace(",5,4.5,", ",4,4.5,"), ROW_DNF, ROW_MANGA,
                   name="newer.csv")  # fmt: skip
    report = run_import(library, ImportKind.GOODREADS, newer)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    with library.sessions() as s:
        rating = s.scalar(select(Item.rating).where(Item.title.startswith("死神")))
    assert rating == 4.0
    with library.sessions.begin() as s:
        batches.undo(s, report.batch or 0)
    assert dump(library) == before


def test_bad_rows_are_skipped_with_line_numbers(library: Library, tmp_path: Path) -> None:
    broken_quote = '4,"Unclosed title,Someone,,,,,0,,,,,,,,2020/01/01,,,to-read,,,,0,0\n'
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45").replace("2,", "5,", 1)
    path = _write(tmp_path, ROW_SANTI, bad_date, "1,2,3\n", ROW_MANGA, broken_quote, ROW_DNF)
    report = run_import(library, ImportKind.GOODREADS, path)
    lines = {row.line: row.reason for row in report.skipped}
    assert report.created == 2
    assert "Date Added" in lines[3] and "2019/13/45" in lines[3]
    assert "3 columns where the header has 24" in lines[4]
    assert "unbalanced quote" in lines[6] and "lines 6–7" in lines[6]
    assert total(report) == 5 + 0  # the quote swallowed the last row into its own


def test_encodings_bom_and_gb18030(library: Library, tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + (HEADER_24 + ROW_SANTI).encode())
    assert run_import(library, ImportKind.GOODREADS, bom).created == 1
    gbk = _write(tmp_path, ROW_SANTI.replace("20518872", "77"), name="gbk.csv",
                 encoding="gb18030")  # fmt: skip
    report = run_import(library, ImportKind.GOODREADS, gbk)
    assert report.unchanged + report.updated == 1 or report.created == 1
    assert any("GB18030" in w for w in report.warnings)
    with library.sessions() as s:
        titles = set(s.scalars(select(Item.title)))
    assert titles == {"死神永生 (三体, #3)"}


def test_huge_fields(library: Library, tmp_path: Path) -> None:
    big = "x" * (4 * 1024 * 1024)  # far over the csv module's default field limit
    path = _write(tmp_path, ROW_SANTI.replace("Great.", big))
    assert run_import(library, ImportKind.GOODREADS, path).created == 1
    with library.sessions() as s:
        assert max(len(b) for b in s.scalars(select(Note.body))) > 4 * 1024 * 1024
    huge = _write(tmp_path, ROW_DNF.replace(
        "did-not-finish,,,,0,0", 'did-not-finish,"' + "y" * 10_000_000 + '",,,0,0'),
                  name="huge.csv")  # fmt: skip
    report = run_import(library, ImportKind.GOODREADS, huge)
    assert report.created == 1 and "was not imported: note: the text is" in report.warnings[0]


def test_not_a_goodreads_file_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    from readinglog.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="not a Goodreads library export"):
        run_import(library, ImportKind.GOODREADS, path)
    with library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0


@pytest.mark.parametrize(
    "name",
    [
        "ErinBecker_book-tracking__goodreads_library_export.csv",
        "bsanser_mapmyreads__goodreads_library_export.csv",
        "crhm_Books__goodreads_library_export.csv",
        "genekaufman_gr-exp-analysis__goodreads_library_export.csv",
        "gigikenneth_goodreads__goodreads_library_export.csv",
    ],
)
def test_real_exports(library: Library, realdata: Path, name: str) -> None:
    path = realdata / "goodreads" / name
    rows = csv_rows(path)
    before = dump(library)
    report = run_import(library, ImportKind.GOODREADS, path)
    assert report.created == rows and not report.skipped
    with library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == rows
    after = dump(library)
    again = run_import(library, ImportKind.GOODREADS, path)
    assert again.unchanged == rows and dump(library) == after
    with library.sessions.begin() as s:
        batches.undo(s, again.batch or 0)
        batches.undo(s, report.batch or 0)
    assert dump(library) == before
