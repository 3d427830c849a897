"""Issue 16's "done when": a real Goodreads export imported, its busiest year published as a
year in review that Hugo builds with its charts (skips without ../shared/realdata; the build
part skips without hugo). The numbers are checked against counts taken from the CSV itself."""

from __future__ import annotations

import csv
import html
import re
import shutil
from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.export.svg_charts import number
from tests.cli.helpers import run
from tests.export import test_hugo_build as hugo
from tests.importers.helpers import run_import
from tests.stats.test_goodreads_real import FILES, dnf, from_csv

Cap = pytest.CaptureFixture[str]
HUGO = shutil.which("hugo")


def _finished_titles(path: Path, year: int) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return [
            row["Title"].strip()
            for row in csv.DictReader(stream)
            if row["Date Read"].strip().startswith(f"{year}/")
            and not dnf(row["Exclusive Shelf"].strip().lower())
        ]


def _plain(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("name", FILES)
def test_a_goodreads_year_is_published_and_built(
    library: Library, realdata: Path, tmp_path: Path, capsys: Cap, name: str
) -> None:
    path = realdata / "goodreads" / name
    assert not run_import(library, ImportKind.GOODREADS, path).skipped
    counts = from_csv(path)
    year = max((y for y in counts if y), key=lambda y: (counts[y]["finished"], y))
    want = counts[year]
    site = hugo._site(tmp_path / "site")
    done = run(capsys, "export", "page", "year-in-review", "--year", str(year), "--site",
               str(site), "--publish", "--lang", "en")  # fmt: skip
    assert done.code == 0, done.err
    text = Path(done.out.strip()).read_text(encoding="utf-8")
    assert f"| Finished | {number(want['finished'])} |" in text
    assert f"| Pages read | {number(want['pages'])} |" in text
    assert f"| Re-reads | {number(want['rereads'])} |" in text
    listed = _plain(text.split("## Finished", 1)[1].split("\n## ", 1)[0])
    for title in _finished_titles(path, year):
        assert f"**{' '.join(title.split())}**" in listed, title
    if HUGO is None:
        pytest.skip("hugo is not installed (Debian: hugo)")
    hugo._build(site)
    slug = f"my-{year}-in-review"
    page = html.unescape((site / "public/posts" / slug / "index.html").read_text("utf-8"))
    assert f">{number(want['pages'])}</td>" in page
    charts = re.findall(r'<img src="([^"]+\.svg)"', page)
    assert "calendar.svg" in charts and "finished.svg" in charts
    for chart in charts:
        assert (site / "public/posts" / slug / chart).read_text("utf-8").startswith("<svg ")
