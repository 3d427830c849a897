"""Export to Goodreads' CSV, import that into an empty library: the same books come back."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item
from readinglog.core.types import Role
from readinglog.importers import csvfile, goodreads_out, review
from tests.importers.helpers import empty_library, run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_MANGA, ROW_SANTI

ROW_HOSTILE = (
    '77,"=HYPERLINK(""http://x"",""click"")",@mallory,,,="",="",3,4.0,+Evil Press,Paperback,'
    '12,1999,,2021/02/03,2021/01/01,"-minus, plain",,read,"-1 star <b>bold</b> &amp; '
    '<i>it</i><br/><a href=""https://example.com/a?b=1&amp;c=2"">a link</a>",,,1,0\n'
)
ROW_DNF_SHELF = ROW_DNF.replace("2,", "9,", 1).replace("did-not-finish", "dnf-2019")


def _export(library: Library, path: Path) -> list[list[str]]:
    with library.sessions() as s:
        steps = list(goodreads_out.export(s, path))
    assert steps[-1].done == steps[-1].total
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def _books(library: Library) -> list[tuple[Any, ...]]:
    """What a Goodreads round trip must keep, per book, in a stable order."""
    out = []
    with library.sessions() as s:
        for item_id in s.scalars(select(Item.id).order_by(Item.id)):
            view = repository.item_view(s, item_id)
            notes = sorted(repository.note_view(s, n).body for n in view.note_ids)
            sessions = sorted(
                (str(x.started_on), str(x.finished_on), str(x.outcome)) for x in view.sessions
            )
            fields = {k: v for k, v in view.fields.items() if k != "url" or "goodreads" in str(v)}
            out.append(
                (view.title, view.people_in(Role.AUTHOR), view.status, view.tags, sessions,
                 sorted(fields.items(), key=str), view.created_at.date(), notes)
            )  # fmt: skip
    return sorted(out, key=repr)


def test_round_trip_of_handmade_rows(library: Library, tmp_path: Path, template_home: Path) -> None:
    source = tmp_path / "source.csv"
    rows = (ROW_SANTI, ROW_DNF, ROW_MANGA, ROW_HOSTILE, ROW_DNF_SHELF)
    source.write_text(HEADER_24 + "".join(rows), encoding="utf-8")
    assert run_import(library, ImportKind.GOODREADS, source).created == 5
    exported = tmp_path / "out" / "goodreads_library_export.csv"
    exported.parent.mkdir()
    table = _export(library, exported)
    assert tuple(table[0]) == goodreads_out.HEADER and len(table) == 6
    for line in table[1:]:
        for name, cell in zip(goodreads_out.HEADER, line, strict=True):
            if name in ("ISBN", "ISBN13"):
                assert cell.startswith('="') and cell[2:-1].isdigit() | (cell == '=""')
            else:
                assert not cell.startswith(("=", "+", "-", "@")), (name, cell)
    hostile = next(line for line in table if "HYPERLINK" in line[1])
    assert hostile[1] == '\'=HYPERLINK("http://x","click")' and hostile[2] == "'@mallory"
    assert hostile[9] == "'+Evil Press" and hostile[16] == "'-minus, plain"
    santi = next(line for line in table if line[0] == "20518872")
    assert santi[5:7] == ['="0765377101"', '="9780765377104"']
    assert (santi[14], santi[15], santi[18], santi[22]) == ("2016/03/05", "2016/01/01", "read", "2")
    with empty_library(tmp_path, template_home) as other:
        report = run_import(other, ImportKind.GOODREADS, exported)
        assert (report.created, report.skipped, report.warnings) == (5, (), ())
        assert _books(other) == _books(library)


@pytest.mark.parametrize(
    "name",
    [
        "ErinBecker_book-tracking__goodreads_library_export.csv",  # 31 columns
        "gigikenneth_goodreads__goodreads_library_export.csv",  # 24 columns
    ],
)
def test_round_trip_of_real_exports(
    library: Library, realdata: Path, tmp_path: Path, template_home: Path, name: str
) -> None:
    report = run_import(library, ImportKind.GOODREADS, realdata / "goodreads" / name)
    exported = tmp_path / "export.csv"
    table = _export(library, exported)
    assert len(table) - 1 == report.created
    with empty_library(tmp_path, template_home) as other:
        again = run_import(other, ImportKind.GOODREADS, exported)
        assert (again.created, again.skipped) == (report.created, ())
        assert _books(other) == _books(library)


def test_neutralize_and_restore() -> None:
    for cell in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csvfile.neutralize(cell) == "'" + cell
        assert csvfile.restore(csvfile.neutralize(cell)) == cell
    for cell in ("plain", "'quoted", "", "1-2"):
        assert csvfile.neutralize(cell) == cell and csvfile.restore(cell) == cell


def test_review_html_turns_back_into_the_same_markdown() -> None:
    body = (
        "First line & <not a tag>\n\n**bold** and *it* and [a link](https://x.org/?a=1&b=2)\n"
        "> quoted\n中文 😀\n"
    )
    html = goodreads_out.to_html(body)
    assert "\n" not in html and "<b>bold</b>" in html and "&lt;not a tag&gt;" in html
    assert review.to_markdown(html) == body


def test_shelves_ratings_and_read_counts() -> None:
    assert goodreads_out.exclusive_shelf(goodreads_out.Status.ABANDONED, ["a", "dnf-2019"]) == (
        "dnf-2019"
    )
    assert goodreads_out.exclusive_shelf(goodreads_out.Status.ABANDONED, []) == "did-not-finish"
    assert [goodreads_out.stars(r) for r in (None, 0.25, 2.5, 4.75)] == [0, 1, 3, 5]
