from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from readinglog.core import batches, repository
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item
from readinglog.core.types import Role, Status
from tests.importers.helpers import csv_rows, dump, run_import, total

HEADER = (
    "Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date Added,Last Date Read,Dates Read,"
    "Read Count,Moods,Pace,Character- or Plot-Driven?,Strong Character Development?,"
    "Loveable Characters?,Diverse Characters?,Flawed Characters?,Star Rating,Review,"
    "Content Warnings,Content Warning Description,Tags,Owned?\n"
)
ROW = (
    '回家之路,Yaa Gyasi,"Jingyi Li (Translator), Ann Reader (Narrator)",9789577412300,audio,'
    'read,2021/07/10,2023/06/07,"2022/01/02-2022/01/20, 2023/05/23-2023/06/07",2,'
    '"reflective, sad",slow,,,,,,4.25,Loved it<br/>really,,,family,Yes\n'
)


def test_row_with_ranges_roles_quarter_stars(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "sg.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert report.created == 1, report
    with library.sessions() as s:
        item = repository.item_view(s, s.scalar(select(Item.id)) or 0)
    assert item.title == "回家之路" and item.status is Status.FINISHED
    assert item.people_in(Role.TRANSLATOR) == ("Jingyi Li",)
    assert item.people_in(Role.NARRATOR) == ("Ann Reader",)
    assert item.fields["rating"] == 4.25 and item.fields["format"] == "audio"
    assert set(item.tags) == {"family", "mood-reflective", "mood-sad", "pace-slow"}
    assert sorted((x.started_on, x.finished_on) for x in item.sessions) == [
        (dt.date(2022, 1, 2), dt.date(2022, 1, 20)),
        (dt.date(2023, 5, 23), dt.date(2023, 6, 7)),
    ]
    assert len(item.note_ids) == 1


def test_goodreads_and_storygraph_become_one_entry(library: Library, tmp_path: Path) -> None:
    from tests.importers.test_goodreads import HEADER_24

    gr = tmp_path / "gr.csv"
    gr.write_text(
        HEADER_24 + '9,Homegoing,Yaa Gyasi,,,="",="9789577412300",4,,,Paperback,300,2016,2016,'
        "2023/06/07,2021/01/01,,,read,,,,1,0\n",
        encoding="utf-8",
    )
    assert run_import(library, ImportKind.GOODREADS, gr).created == 1
    sg = tmp_path / "sg.csv"
    sg.write_text(HEADER + ROW, encoding="utf-8")
    report = run_import(library, ImportKind.STORYGRAPH, sg)
    assert (report.created, report.updated) == (0, 1)
    with library.sessions() as s:
        [item_id] = s.scalars(select(Item.id))
        item = repository.item_view(s, item_id)
    assert item.title == "Homegoing" and item.fields["rating"] == 4.0  # filled, not overwritten
    # Goodreads knew the finish; StoryGraph added the start and the earlier read.
    assert sorted((x.started_on, x.finished_on) for x in item.sessions) == [
        (dt.date(2022, 1, 2), dt.date(2022, 1, 20)),
        (dt.date(2023, 5, 23), dt.date(2023, 6, 7)),
    ]
    assert item.people_in(Role.TRANSLATOR) == ("Jingyi Li",)


def test_real_export(library: Library, realdata: Path) -> None:
    path = realdata / "storygraph" / "bsanser_mapmyreads__storygraph_export.csv"
    before = dump(library)
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert report.created == csv_rows(path) and not report.skipped
    assert run_import(library, ImportKind.STORYGRAPH, path).unchanged == csv_rows(path)
    with library.sessions() as s:
        titles = set(s.scalars(select(Item.title)))
    assert "回家之路" in titles
    with library.sessions.begin() as s:
        batches.undo(s, report.batch or 0)
    assert dump(library) == before


def test_excel_mangled_export_reports_rows_it_cannot_trust(
    library: Library, realdata: Path
) -> None:
    path = realdata / "storygraph" / "dblake26_streaming-02__storygraph_export_EXCEL_MANGLED.csv"
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert total(report) == csv_rows(path)
    assert len(report.skipped) == 115
    assert all("E+" in r.reason and "spreadsheet" in r.reason for r in report.skipped)
    assert any("month/day/year" in w for w in report.warnings)
    with library.sessions() as s:
        item_id = s.scalar(select(Item.id).where(Item.title == "The Lessons We Learn"))
        item = repository.item_view(s, item_id or 0)
    assert item.created_at.date() == dt.date(2022, 10, 12)
    assert [x.finished_on for x in item.sessions] == [dt.date(2022, 10, 13)]


def test_ambiguous_spreadsheet_dates_are_not_guessed(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "sg.csv"
    path.write_text(
        "Title,Authors,Read Status,Date Added\nA,X,to-read,3/4/2022\nB,Y,to-read,\n",
        encoding="utf-8",
    )
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert report.created == 1 and report.skipped[0].line == 2
    assert "month/day or day/month" in report.skipped[0].reason


@pytest.mark.parametrize(
    ("tags", "status"),
    [
        ("abandonados", Status.ABANDONED),
        ("DNF, fantasy", Status.ABANDONED),
        ("libros, no terminado", Status.ABANDONED),
        ("放弃", Status.ABANDONED),
        ("fantasy", Status.WANT),
        ("", Status.WANT),
        ("leídos", Status.FINISHED),
        ("on hold", Status.PAUSED),
    ],
)
def test_empty_read_status_is_read_from_the_tags(
    library: Library, tmp_path: Path, tags: str, status: Status
) -> None:
    path = tmp_path / "sg.csv"
    path.write_text(
        f'Title,Authors,Read Status,Date Added,Tags\nEl libro,Ana,,2022/03/04,"{tags}"\n',
        encoding="utf-8",
    )
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert (report.created, report.skipped) == (1, ()), report
    with library.sessions() as s:
        item = repository.item_view(s, s.scalar(select(Item.id)) or 0)
    assert item.status is status
    assert set(item.tags) == {t.strip() for t in tags.split(",") if t.strip()}
    assert any("line 2: Read Status is empty" in w and status.value in w for w in report.warnings)
