"""A real Goodreads export imported, its year's figures against counts taken from the CSV."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.types import ItemKind
from readinglog.stats.compute import figures, years_with_activity
from readinglog.stats.figures import Period
from tests.conftest import REALDATA
from tests.importers.helpers import run_import

FILES = sorted(p.name for p in (REALDATA / "goodreads").glob("*.csv")) or ["absent"]
# The shelves the importer takes for "did not finish" (importers/goodreads.py).
DNF = {"did-not-finish", "dnf", "abandoned", "wont-finish", "won-t-finish", "gave-up",
       "not-finishing", "unfinished", "stopped-reading", "quit", "didnt-finish"}  # fmt: skip


def dnf(shelf: str) -> bool:
    return shelf in DNF or re.search(r"\b(dnf|abandon)", shelf) is not None


def number(raw: str | None) -> int:
    try:
        value = int(float((raw or "").strip()))
    except ValueError:
        return 0
    return max(value, 0)


def from_csv(path: Path) -> dict[int, Counter[str]]:
    """Per year of Date Read: finished read-throughs, pages, re-reads (Read Count over 1)
    and abandoned ones, as the CSV says; notes (a review, private notes) by the year of Date
    Read, else Date Added; plus the undated read-throughs (key 0)."""
    years: dict[int, Counter[str]] = {0: Counter()}
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for row in csv.DictReader(stream):
            shelf = row["Exclusive Shelf"].strip().lower()
            raw = row["Date Read"].strip()
            count = number(row.get("Read Count"))
            written = raw or row.get("Date Added", "").strip()
            for column in ("My Review", "Private Notes"):
                if row.get(column, "").strip() and written:
                    noted = dt.datetime.strptime(written, "%Y/%m/%d").year
                    years.setdefault(noted, Counter())["notes"] += 1
            if not raw:
                years[0]["undated"] += _undated_reads(shelf, count)
                continue
            year = dt.datetime.strptime(raw, "%Y/%m/%d").year
            c = years.setdefault(year, Counter())
            if dnf(shelf):
                c["abandoned"] += 1
                continue
            c["finished"] += 1
            c["pages"] += number(row.get("Number of Pages"))
            c["rereads"] += count >= 2
            years[0]["undated"] += count - 1 if count >= 2 else 0  # earlier reads, no date
    return years


def _undated_reads(shelf: str, count: int) -> int:
    """Read-throughs with no date a row without Date Read brings: a DNF shelf one (abandoned,
    no date); Read Count earlier reads (less the one under way on currently-reading); a
    "read" shelf row with no count one."""
    if dnf(shelf):
        return 1
    if shelf == "currently-reading":
        return max(count - 1, 0)
    if shelf == "read":
        return max(count, 1)
    return count


@pytest.mark.parametrize("name", FILES)
def test_goodreads_import_figures_match_the_csv(
    library: Library, realdata: Path, name: str
) -> None:
    path = realdata / "goodreads" / name
    report = run_import(library, ImportKind.GOODREADS, path)
    assert not report.skipped
    want = from_csv(path)
    with library.sessions() as s:
        for year in sorted(y for y in want if y):
            got = figures(s, Period.year(year))
            c = want[year]
            assert got.totals.finished.get(ItemKind.BOOK, 0) == c["finished"], year
            assert got.totals.titles == c["finished"], year  # one row, one book
            assert got.totals.pages == c["pages"], year
            assert got.totals.rereads == c["rereads"], year
            assert got.totals.abandoned == c["abandoned"], year
            assert got.totals.notes == c["notes"], year
        everything = figures(s, Period.all_time())
        assert everything.undated_sessions == want[0]["undated"]
        assert everything.totals.titles == sum(want[y]["finished"] for y in want if y)
        assert years_with_activity(s) == sorted((y for y in want if y), reverse=True)
    assert sum(want[y]["finished"] for y in want) > 0  # a real history, not an empty one
