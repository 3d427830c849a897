"""The chunked import path writes exactly what the row-at-a-time path writes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from readinglog.core import batches, bulk
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Tag
from readinglog.core.types import ItemKind
from readinglog.importers import bulkbooks, rows
from tests.importers.helpers import csv_rows, dump, empty_library, run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_MANGA, ROW_SANTI

_NOW = re.compile(rf"^{dt.datetime.now(dt.UTC).date().isoformat()} \d\d:\d\d:\d\d(\.\d+)?$")


def _masked(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The library with the moments "now" (when a row was written) blanked out."""
    return {
        name: sorted(
            (tuple("<now>" if isinstance(v, str) and _NOW.match(v) else v for v in row)
             for row in table),
            key=repr,
        )
        for name, table in tables.items()
    }  # fmt: skip


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every record through BookWriter.write in its own savepoint, as before chunks."""

    def plan(self: bulkbooks.ChunkWriter, chunk: bulkbooks.Rows) -> bulkbooks._Plan:
        return bulkbooks._Plan(slow=list(chunk))

    monkeypatch.setattr(bulkbooks.ChunkWriter, "_plan", plan)


def _bad_rows_file(tmp_path: Path, count: int) -> Path:
    """``count`` good books with bad ones among them, across several chunks."""
    lines = [HEADER_24]
    for n in range(count):
        row = ROW_SANTI.replace("20518872,", f"{1000 + n},", 1).replace('="0765377101"', '=""')
        row = row.replace('="9780765377104"', '=""').replace("死神永生", f"死神永生 {n}")
        if n % 37 == 5:
            row = row.replace('"sci-fi, read"', '"sci-fi, ' + "t" * 120 + '"')  # tag too long
        if n % 53 == 7:
            row = row.replace(",刘慈欣,", ",作者" + "x" * 2100 + ",")  # author name too long
        lines.append(row)
    lines += [ROW_DNF, ROW_MANGA]
    path = tmp_path / "bad.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_chunks_write_what_rows_write_with_bad_rows(
    library: Library,
    tmp_path: Path,
    template_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    monkeypatch.setattr(rows, "CHUNK_ROWS", chunk)
    path = _bad_rows_file(tmp_path, 150)
    fast = run_import(library, ImportKind.GOODREADS, path)
    with monkeypatch.context() as patch, empty_library(tmp_path, template_home) as other:
        _one_by_one(patch)
        slow = run_import(other, ImportKind.GOODREADS, path)
        slow_dump = dump(other)
    assert fast.skipped == slow.skipped and len(fast.skipped) == 4 + 3
    assert [s.line for s in fast.skipped] == sorted(s.line for s in fast.skipped)
    assert any("tag:" in s.reason for s in fast.skipped)
    assert any("author:" in s.reason and "2000" in s.reason for s in fast.skipped)
    assert (fast.created, fast.updated, fast.unchanged) == (slow.created, 0, 0)
    assert fast.warnings == slow.warnings
    assert _masked(dump(library)) == _masked(slow_dump)


def test_real_export_same_as_row_at_a_time(
    library: Library,
    realdata: Path,
    tmp_path: Path,
    template_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rows, "CHUNK_ROWS", 100)
    path = realdata / "goodreads" / "gigikenneth_goodreads__goodreads_library_export.csv"
    fast = run_import(library, ImportKind.GOODREADS, path)
    assert fast.created == csv_rows(path) > rows.CHUNK_ROWS * 2
    with monkeypatch.context() as patch, empty_library(tmp_path, template_home) as other:
        _one_by_one(patch)
        slow = run_import(other, ImportKind.GOODREADS, path)
        assert _masked(dump(library)) == _masked(dump(other))
    assert fast == batches.ImportReport(
        fast.batch, slow.created, slow.updated, slow.unchanged, slow.skipped, slow.warnings
    )


def test_repeated_key_in_a_chunk_and_a_match_claimed_once(library: Library, tmp_path: Path) -> None:
    """A key twice in one chunk: created, then updated. Two records matching one entry by ISBN:
    the first merges into it, the second becomes a new entry."""
    path = tmp_path / "first.csv"
    path.write_text(HEADER_24 + ROW_SANTI, encoding="utf-8")
    run_import(library, ImportKind.GOODREADS, path)
    twin_a = ROW_SANTI.replace("20518872,", "555,", 1)
    twin_b = ROW_SANTI.replace("20518872,", "556,", 1)
    same_twice = ROW_DNF.replace(",0,4.1,", ",3,4.1,")
    path.write_text(HEADER_24 + ROW_DNF + twin_a + same_twice + twin_b, encoding="utf-8")
    with library.sessions.begin() as s:
        # the first import's record is forgotten: its entry is unclaimed, matchable by ISBN
        s.execute(bulk.TABLES["import_sources"].delete())
    report = run_import(library, ImportKind.GOODREADS, path)
    assert (report.created, report.updated, report.unchanged) == (2, 2, 0)
    with library.sessions() as s:
        from readinglog.core.models import Item

        titles = sorted(s.scalars(select(Item.title)))
        rating = s.scalar(select(Item.rating).where(Item.title == "Война и мир"))
    assert titles == ["Война и мир", "死神永生 (三体, #3)", "死神永生 (三体, #3)"]
    assert rating == 3.0


def test_tag_cache_follows_sqlite_nocase(library: Library) -> None:
    """ASCII case is one tag (as the NOCASE column says), other case differences are not."""
    with library.sessions.begin() as s:
        s.add(Tag(name="Economics"))
        s.flush()
        tags = bulk.TagIds()
        entries = [
            bulk.entry(ItemKind.BOOK, "A", tags=["economics", "Économie"]),
            bulk.entry(ItemKind.BOOK, "B", tags=["ECONOMICS", "économie"]),
        ]
        bulk.insert_items(s, entries, tags)
        names = sorted(s.scalars(select(Tag.name)))
    assert names == ["Economics", "Économie", "économie"]


def test_entry_checks_like_add_item() -> None:
    with pytest.raises(InvalidInput, match="title: must not be empty"):
        bulk.entry(ItemKind.BOOK, "  ")
    with pytest.raises(InvalidInput, match="feed_url does not apply to a book"):
        bulk.entry(ItemKind.BOOK, "A", field_values={"feed_url": "x"})
    with pytest.raises(InvalidInput, match="finished 2020-01-01 is before started"):
        bulk.entry(ItemKind.BOOK, "A", sessions=[(dt.date(2020, 2, 1), dt.date(2020, 1, 1), None)])
    with pytest.raises(InvalidInput, match="NUL"):
        bulk.note("a\x00b", title=None)
