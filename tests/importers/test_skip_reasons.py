"""What an import report says about skipped rows: each reason in full, its line once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readinglog.core.batches import ImportReport
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from tests.cli.helpers import run
from tests.importers.helpers import run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_SANTI


def _repeats_its_line(report: ImportReport) -> list[str]:
    """Reasons that name their own row's line again (the report shows it beside them)."""
    return [
        r.reason
        for r in report.skipped
        if re.search(rf"\blines? {r.line}\b(?!–)", r.reason) or "…" in r.reason
    ]


def test_goodreads_reasons_name_no_line_twice(library: Library, tmp_path: Path) -> None:
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45")
    path = tmp_path / "gr.csv"
    path.write_text(HEADER_24 + ROW_SANTI + bad_date + "1,2,3\n", encoding="utf-8")
    report = run_import(library, ImportKind.GOODREADS, path)
    assert [r.line for r in report.skipped] == [3, 4]
    assert "Date Added" in report.skipped[0].reason
    assert report.skipped[1].reason == "3 columns where the header has 24"
    assert _repeats_its_line(report) == []


def test_storygraph_real_export_reasons(library: Library, realdata: Path) -> None:
    path = realdata / "storygraph" / "dblake26_streaming-02__storygraph_export_EXCEL_MANGLED.csv"
    report = run_import(library, ImportKind.STORYGRAPH, path)
    assert report.skipped and _repeats_its_line(report) == []
    assert report.skipped[0].reason.startswith("ISBN/UID: '9.78")


def test_markdown_skips_name_the_file_not_a_line(library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "broken.md").write_bytes(b"---\ntitle: x\n---\n\xff\xfe bad bytes\n")
    long_tag = "t" * 300
    (vault / "ok.md").write_text(f"---\ntags: [{long_tag}, short]\n---\nB\n", encoding="utf-8")
    report = run_import(library, ImportKind.MARKDOWN, vault)
    assert report.created == 1
    [skipped] = report.skipped
    assert skipped.line == 0 and skipped.reason.startswith("broken.md: not valid UTF-8 at line 4")
    [warning] = report.warnings
    assert long_tag in warning and "…" not in warning


def test_cli_prints_a_file_skip_without_a_line(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.md").write_bytes(b"\xff\n")
    (tmp_path / "ok.md").write_text("B\n", encoding="utf-8")
    result = run(capsys, "import", "markdown", str(tmp_path))
    assert "skipped: broken.md: not valid UTF-8 at line 1" in result.err
    assert "skipped line" not in result.err
