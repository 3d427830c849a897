"""File ▸ Import for highlights: a Kindle file or a KOReader folder is detected, the preview
and the report count highlights (not "nothing would be added"), the import refreshes them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from readinglog.core.library import Library
from readinglog.core.models import Highlight, ImportKind
from readinglog.gui.dialogs.import_dialog import ImportDialog
from readinglog.gui.dialogs.import_report import summary
from readinglog.importers import run
from tests.gui.test_import_dialog import make_dialog
from tests.importers.test_run import KINDLE, MORE


def _highlights(library: Library) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count()).select_from(Highlight)) or 0


def _rows(dialog: ImportDialog) -> list[tuple[str, str]]:
    shown = [dialog.rows.topLevelItem(i) for i in range(dialog.rows.topLevelItemCount())]
    return [(row.text(0), row.text(1)) for row in shown if row is not None]


def test_a_kindle_file_shows_its_highlight_counts(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "clippings from my kindle.txt"  # any name
    path.write_text(KINDLE, "utf-8")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as preview:
        dialog.set_path(path)
    assert dialog.chosen_kind is ImportKind.KINDLE
    assert "Kindle My Clippings.txt" in dialog.detected.text()
    outcome = preview.args[0]
    assert dialog.summary.text() == (
        "Preview: 2 highlights and 2 entries would be added, 1 note read, 1 bookmark skipped. "
        "Nothing is changed until you press Import."
    )
    assert dialog.summary.text().startswith(f"Preview: {summary(outcome)}")
    assert dialog.tabs.tabText(0) == "To import (2 highlights, 2 entries)"
    assert _rows(dialog).count(("new", "highlight")) == 2
    assert dialog.import_button.isEnabled() and _highlights(library) == 0

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        dialog.start_import()
    assert dialog.summary.text().startswith(
        "Imported: 2 highlights and 2 entries added, 1 note read, 1 bookmark skipped. (import"
    )
    with library.sessions() as s:
        assert imported.args[0].highlights == frozenset(s.scalars(select(Highlight.id)))
    assert dialog.undo_button.isVisible()


def test_highlights_for_entries_already_there_can_be_imported(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "My Clippings.txt"
    path.write_text(KINDLE, "utf-8")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(path)
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        dialog.start_import()
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.preview()  # the same file again: all there
    assert dialog.summary.text().startswith(
        "Preview: Nothing would be added or updated, 1 note read, 1 bookmark skipped, "
        "2 highlights already there."
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.rows_or_sentence.sentence.text() == (
        "Nothing would be added or changed: 2 already in the library as they are in the file."
    )
    path.write_text(KINDLE + MORE, "utf-8")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.preview()
    assert dialog.summary.text().startswith("Preview: 1 highlight would be added, 1 note read")
    assert _rows(dialog) == [("new", "highlight")]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        dialog.start_import()
    assert _highlights(library) == 3 and dialog.undo_button.isVisible()


def test_a_folder_for_readwise_or_koreader_is_not_refused(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    books = tmp_path / "device" / "Dune.sdr"
    books.mkdir(parents=True)
    (books / "metadata.epub.lua").write_text(
        '-- we can read Lua syntax here!\nreturn {\n    ["annotations"] = {\n        [1] = {\n'
        '            ["chapter"] = "One",\n            ["datetime"] = "2024-01-02 10:00:00",\n'
        '            ["pageno"] = 12,\n            ["pos0"] = "/body/p[1]/text().0",\n'
        '            ["pos1"] = "/body/p[1]/text().20",\n'
        '            ["text"] = "Fear is the mind-killer.",\n        },\n    },\n'
        '    ["doc_props"] = {\n        ["authors"] = "Frank Herbert",\n'
        '        ["title"] = "Dune",\n    },\n}\n',
        "utf-8",
    )
    assert run.detect(tmp_path / "device").kind is ImportKind.KOREADER
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as preview:
        dialog.set_path(tmp_path / "device")
    assert dialog.chosen_kind is ImportKind.KOREADER
    assert preview.args[0] is not None, dialog.error.text()
    assert dialog.summary.text().startswith("Preview: 1 highlight and 1 entry would be added")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as refused:
        dialog.set_kind(ImportKind.KINDLE)  # a folder for a one-file kind: one sentence
    assert refused.args == [None]
    assert dialog.error.text().endswith(
        "is a folder; Kindle highlights (My Clippings.txt) is one file"
    )
