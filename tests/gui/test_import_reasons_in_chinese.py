"""An import's skipped rows, warnings, detection and refusal reach a Chinese window in Chinese.

The importers' reasons keep their sentence (importers/reasons.py); the report translates it and
puts a row's line in the Line column, whichever language names it (``line 4: ``, ``第 4 行：``).
The expected Chinese is read from the catalogs, not written here; English is unchanged
(tests/gui/test_import_dialog.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from readinglog.core.batches import ImportReport, SkippedRow
from readinglog.core.errors import Message
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.gui.dialogs.import_dialog import ImportDialog
from readinglog.gui.dialogs.import_report import Problem, problems
from readinglog.importers.reasons import reported
from tests.importers.helpers import run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_SANTI

HAN = re.compile(r"[\u4e00-\u9fff]")


def translated(context: str, source: str) -> str:
    text = QCoreApplication.translate(context, source)
    assert text != source and HAN.search(text), f"no translation of {source!r}"
    return text


def _line(line: int) -> str:
    return translated("ImportReport", "line {line}: ").format(line=line)


def _broken_goodreads(folder: Path) -> Path:
    bad_isbn = ROW_DNF.replace("2,Война", "3,Анна").replace('="",="",0', '="123",="",0')
    no_title = ROW_DNF.replace("2,Война и мир", "4,")
    path = folder / "goodreads_library_export.csv"
    path.write_text(HEADER_24 + ROW_SANTI + "1,2,3\n" + bad_isbn + no_title, encoding="utf-8")
    return path


def test_the_skipped_rows_and_warnings_in_chinese(
    chinese: list[QTranslator], library: Library, tmp_path: Path
) -> None:
    report = run_import(library, ImportKind.GOODREADS, _broken_goodreads(tmp_path))
    assert [row.line for row in report.skipped] == [3, 5]
    found = problems(report)
    columns = translated("UserError", "{count} columns where the header has {width}")
    assert found[0] == Problem(3, columns.format(count=3, width=24))
    no_title = translated("UserError", "line {line}: Title: must not be empty")
    assert no_title.startswith(_line(5).replace("5", "{line}"))  # the catalog's way to say it
    assert found[1] == Problem(5, no_title.format(line=5).removeprefix(_line(5)))
    [warned] = found[2:]
    assert warned.line == 4  # the warning's line goes in the Line column, said once
    assert warned.text.startswith(translated("ImportReport", "warning: {warning}")[:3])
    assert "第 4 行" not in warned.text and "line" not in warned.text
    assert "'123'" in warned.text and HAN.search(warned.text.split("'123'")[1])
    assert all(HAN.search(problem.text) for problem in found)
    assert found[1].as_line() == no_title.format(line=5)  # the clipboard's: its line leads


def test_a_reason_is_cut_only_of_its_own_line_in_chinese(chinese: list[QTranslator]) -> None:
    same = reported(Message("line {line}: Title: must not be empty", line=7))
    other = reported(Message("line {line}: Title: must not be empty", line=6))
    report = ImportReport(
        batch=None, created=0, updated=0, unchanged=0, warnings=(),
        skipped=(SkippedRow(7, same), SkippedRow(8, other), SkippedRow(9, "line 9: as it is")),
    )  # fmt: skip
    first, second, third = problems(report)
    whole = translated("UserError", "line {line}: Title: must not be empty")
    assert first == Problem(7, whole.format(line=7).removeprefix(_line(7)))
    assert second == Problem(8, whole.format(line=6))  # another row's line stays
    assert third == Problem(9, "as it is")  # a plain English reason, as before


def test_the_detection_and_a_refusal_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = ImportDialog(library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(_broken_goodreads(tmp_path))
    reason = translated("UserError", "its header is a Goodreads library export's")
    assert reason in dialog.detected.text()
    folder = tmp_path / "a folder"
    folder.mkdir()
    dialog.set_path(folder)  # detected as Markdown notes
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_kind(ImportKind.GOODREADS)  # one file only: refused at once
    refused = translated("UserError", "{path} is a folder; {label} is one file")
    label = translated("UserError", "Goodreads library export (CSV)")
    assert dialog.error.text() == refused.format(path=folder, label=label)


def test_a_sentence_inside_a_sentence_in_chinese(
    chinese: list[QTranslator], library: Library, tmp_path: Path
) -> None:
    """A KOReader sidecar that is not Lua: the file's reason holds the parser's, which holds
    what it found; each part in Chinese."""
    from tests.importers.test_reasons import _koreader

    report = run_import(library, ImportKind.KOREADER, _koreader(tmp_path))
    lua = translated("UserError", "{file} cannot be read as Lua data: {error}")
    where = translated("UserError", "line {line}, column {column}: {message}")
    what = translated("UserError", "the table opened here is not closed")
    error = where.format(line=1, column=8, message=what)
    assert problems(report) == [
        Problem(1, lua.format(file="Dune.sdr/metadata.epub.lua", error=error))
    ]
