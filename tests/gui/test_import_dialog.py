"""File ▸ Import and drops: detection, a dry-run preview, the import on the worker, Cancel."""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle, QTreeWidget
from pytestqt.qtbot import QtBot

from readinglog.core import repository
from readinglog.core.batches import ImportReport, SkippedRow
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Item
from readinglog.core.query import Filter, parse_filter
from readinglog.gui.dialogs.import_dialog import ImportDialog
from readinglog.gui.dialogs.import_report import Problem, problems
from readinglog.gui.runtime import theme, worker
from readinglog.gui.window.actions import MainAction
from readinglog.importers import run
from tests.gui.helpers import answer, cancel_progress, list_filtered, trigger
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_MANGA, ROW_SANTI
from tests.importers.test_storygraph import HEADER as STORYGRAPH_HEADER
from tests.importers.test_storygraph import ROW as STORYGRAPH_ROW

OPML = """<?xml version="1.0"?>
<opml version="1.0"><body>
<outline text="得到头条" type="rss" xmlUrl="https://example.org/dedao.xml"/>
<outline text="Hardcore History" type="rss" xmlUrl="https://example.org/hh.xml"/>
</body></opml>
"""


def entries(library: Library) -> int:
    with library.sessions() as s:
        return len(repository.item_ids(s, Filter()))


def goodreads_csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "goodreads_library_export.csv"
    path.write_text(HEADER_24 + "".join(rows or (ROW_SANTI, ROW_DNF, ROW_MANGA)), "utf-8")
    return path


def make_dialog(qtbot: QtBot, library: Library) -> ImportDialog:
    dialog = ImportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_detect_the_kind_of_file(tmp_path: Path) -> None:
    gr = goodreads_csv(tmp_path)
    sg = tmp_path / "sg.csv"
    sg.write_text(STORYGRAPH_HEADER + STORYGRAPH_ROW, "utf-8")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", "utf-8")
    feeds = tmp_path / "feeds.xml"
    feeds.write_text(OPML, "utf-8")
    note = tmp_path / "笔记.md"
    note.write_text("# 标题\n", "utf-8")
    assert run.detect(gr).kind is ImportKind.GOODREADS
    assert run.detect(sg).kind is ImportKind.STORYGRAPH
    assert run.detect(feeds).kind is ImportKind.OPML
    assert run.detect(note).kind is ImportKind.MARKDOWN
    assert run.detect(tmp_path).kind is ImportKind.MARKDOWN
    unknown = run.detect(other)
    assert unknown.kind is None
    assert "neither Goodreads', StoryGraph's, Readwise's nor 豆伴's" in unknown.reason


def test_import_from_the_menu_previews_then_imports(qtbot: QtBot, window, tmp_path: Path) -> None:
    path = goodreads_csv(tmp_path)
    before = entries(window.library)

    def fill(dialog: ImportDialog) -> None:
        with qtbot.waitSignal(dialog.previewed, timeout=20_000) as preview:
            dialog.set_path(path)
        assert dialog.chosen_kind is ImportKind.GOODREADS
        assert "Goodreads" in dialog.detected.text()
        assert preview.args[0].dry_run and entries(window.library) == before  # rolled back
        titles = [
            dialog.rows.topLevelItem(i).text(2) for i in range(dialog.rows.topLevelItemCount())
        ]
        assert "死神永生 (三体, #3)" in titles and "Война и мир" in titles
        assert dialog.summary.text().startswith(
            "Preview: 3 entries and 2 notes would be added. Nothing is changed"
        )
        assert dialog.tabs.tabText(0) == "To import (3 entries, 2 notes)"
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
            dialog.import_button.click()
        assert dialog.summary.text().startswith("Imported: 3 entries and 2 notes added. (import")
        assert dialog.tabs.tabText(0) == "Imported (3 entries, 2 notes)"  # was "(0)"
        assert dialog.rows.topLevelItemCount() == 5  # what was imported, as previewed
        assert titles == [
            dialog.rows.topLevelItem(i).text(2) for i in range(dialog.rows.topLevelItemCount())
        ]
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    with qtbot.waitSignal(window.changed) as changed, answer(qtbot, ImportDialog, fill):
        trigger(window, MainAction.IMPORT)
    assert len(changed.args[0].items) == 3
    assert entries(window.library) == before + 3
    list_filtered(qtbot, window)
    assert window._size.text().startswith(f"{before + 3} entries")


def test_skipped_rows_are_listed_with_their_line(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45").replace("2,", "5,", 1)
    path = goodreads_csv(tmp_path, ROW_SANTI, bad_date, "1,2,3\n")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(path)
    problems = {
        dialog.problems.topLevelItem(i).text(0): dialog.problems.topLevelItem(i).text(1)
        for i in range(dialog.problems.topLevelItemCount())
    }
    assert "3" in problems and "4" in problems, problems
    assert "2 rows skipped" in dialog.summary.text()
    assert dialog.tabs.tabText(1).startswith("Skipped and warnings (")


def test_the_wrong_kind_is_one_sentence(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    sg = tmp_path / "sg.csv"
    sg.write_text(STORYGRAPH_HEADER + STORYGRAPH_ROW, "utf-8")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(sg)
    assert dialog.chosen_kind is ImportKind.STORYGRAPH and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as failed:
        dialog.set_kind(ImportKind.GOODREADS)
    assert failed.args == [None]
    assert dialog.error.text().startswith("Not a Goodreads library export: the header lacks")
    assert not dialog.import_button.isEnabled()


def test_opml_and_a_markdown_folder(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.opml"
    feeds.write_text(OPML, "utf-8")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(feeds)
    assert dialog.rows.topLevelItem(0).text(1) == "podcast show"
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "经济学笔记.md").write_text("---\ntags: [经济]\n---\n财政与土地。\n", "utf-8")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(vault)
    assert dialog.chosen_kind is ImportKind.MARKDOWN
    assert dialog.rows.topLevelItem(0).text(1) == "note"
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        dialog.start_import()
    with library.sessions() as s:
        assert len(repository.note_ids(s, Filter())) == 1


def test_cancel_rolls_the_whole_import_back(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(goodreads_csv(tmp_path))
    release = threading.Event()
    worker.start(lambda: _wait(release), writes=True)
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000) as done:
        dialog.start_import()
        cancel_progress(dialog)
        release.set()
    assert done.args == [None]
    assert dialog.summary.text().startswith("Cancelled: nothing was imported")
    assert entries(library) == 0


def _wait(event: threading.Event):  # type: ignore[no-untyped-def]
    event.wait(10)
    return
    yield


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.mark.parametrize(
    ("name", "accepted"),
    [("x.csv", True), ("x.png", False), ("My Clippings.txt", True),
     ("metadata.epub.lua", True), ("user.book.collect.json", True)],
)  # fmt: skip
def test_drag_enter_accepts_importable_files(
    window, tmp_path: Path, name: str, accepted: bool
) -> None:
    path = tmp_path / name
    path.write_text("a,b\n", "utf-8")
    mime = _mime(path)
    event = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)
    assert event.isAccepted() is accepted


def test_dropping_a_file_opens_the_import_dialog(qtbot: QtBot, window, tmp_path: Path) -> None:
    path = goodreads_csv(tmp_path)

    def fill(dialog: ImportDialog) -> None:
        assert dialog.path_edit.text() == str(path)
        assert dialog.chosen_kind is ImportKind.GOODREADS
        dialog.reject()

    mime = _mime(path)
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)  # a drop follows an accepted drag, as with a mouse
    event = QDropEvent(
        QPoint(50, 50).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with answer(qtbot, ImportDialog, fill) as shown:
        QApplication.sendEvent(window, event)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert event.isAccepted()


def import_now(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(path)
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        dialog.start_import()


def test_undo_this_import_takes_it_back(qtbot: QtBot, window, tmp_path: Path) -> None:
    before = entries(window.library)

    def fill(dialog: ImportDialog) -> None:
        assert not dialog.undo_button.isVisible()  # nothing imported yet
        import_now(qtbot, dialog, goodreads_csv(tmp_path))
        assert dialog.undo_button.isVisible() and dialog.undo_button.isEnabled()
        assert dialog.undo_button.objectName() == "undo_import_button"
        assert entries(window.library) == before + 3
        with (
            qtbot.waitSignal(window.changed, timeout=20_000) as changed,
            qtbot.waitSignal(dialog.undone, timeout=20_000),
        ):
            dialog.undo_button.click()
        changes = changed.args[0]
        assert len(changes.items) == 3 and changes.tags
        assert dialog.summary.text().startswith("Undone: import ")
        assert not dialog.undo_button.isVisible()
        dialog.reject()

    with answer(qtbot, ImportDialog, fill):
        trigger(window, MainAction.IMPORT)
    assert entries(window.library) == before
    list_filtered(qtbot, window)
    assert window._size.text().startswith(f"{before} entries")  # the views heard of it
    with window.library.sessions() as s:
        assert not repository.item_ids(s, parse_filter('title:"死神永生"'))


def test_undo_refused_after_a_later_import_says_why(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    first = make_dialog(qtbot, library)
    import_now(qtbot, first, goodreads_csv(tmp_path))
    later = tmp_path / "later"
    later.mkdir()
    rerated = ROW_SANTI.replace(",5,4.5,", ",3,4.5,", 1)
    assert rerated != ROW_SANTI
    second = make_dialog(qtbot, library)
    import_now(qtbot, second, goodreads_csv(later, rerated))
    assert second.outcome is not None and second.outcome.report.updated == 1

    with (
        qtbot.assertNotEmitted(first.undone),
        qtbot.waitSignal(first.undo_refused, timeout=20_000) as refused,
    ):
        first.undo_button.click()
    sentence = refused.args[0]
    assert sentence.startswith("Import ") and "later import" in sentence, sentence
    assert "--force" not in first.error.text()
    assert first.error.isVisible() and first.error.text().rstrip(".") == sentence.rstrip(".")
    assert first.undo_button.isEnabled()
    assert entries(library) == 3  # nothing changed

    with qtbot.waitSignal(second.undone, timeout=20_000):  # the later one can be undone
        second.undo_button.click()
    with qtbot.waitSignal(first.undone, timeout=20_000):  # and then the first
        first.undo_button.click()
    assert entries(library) == 0


def test_a_preview_only_offers_no_undo(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(goodreads_csv(tmp_path))
    assert not dialog.undo_button.isVisible()


def test_an_edit_after_the_import_blocks_undo_without_cli_advice(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, library)
    import_now(qtbot, dialog, goodreads_csv(tmp_path))
    with library.sessions.begin() as s:
        item_id = repository.item_ids(s, parse_filter('title:"死神永生"'))[0]
        s.get(Item, item_id).updated_at += dt.timedelta(seconds=5)  # edited after the import
    with qtbot.waitSignal(dialog.undo_refused, timeout=20_000) as refused:
        dialog.undo_button.click()
    assert "changed after it" in refused.args[0] and "--force" not in refused.args[0]
    assert entries(library) == 3


def shown_in_full(tree: QTreeWidget, row: int, column: int) -> bool:
    """The cell is tall enough for its text wrapped to the column (else Qt elides it)."""
    item = tree.topLevelItem(row)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    width = tree.columnWidth(column) - 2 * margin
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    needed = QFontMetrics(tree.font()).boundingRect(
        QRect(0, 0, width, 1 << 20), flags, item.text(column)
    )
    return tree.visualItemRect(item).height() >= needed.height() and needed.height() > 0


def report_rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]


def test_a_long_skip_reason_is_readable_in_full(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    shelf = ("经济学与历史学家的读书会-" * 10 + "a-long-shelf-name-" * 20)[:300]
    assert len(shelf) == 300
    long_tag = ROW_SANTI.replace('"sci-fi, read"', f'"sci-fi, {shelf}"')
    assert long_tag != ROW_SANTI
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(goodreads_csv(tmp_path, ROW_DNF, long_tag))
    assert dialog.tabs.tabText(1) == "Skipped and warnings (1)"
    dialog.tabs.setCurrentWidget(dialog.problems)
    (line, reason), *_ = report_rows(dialog.problems)
    assert line == "3" and shelf in reason and "…" not in reason, reason
    assert not reason.startswith("line "), reason  # the Line column says it once
    for width in (720, 480):  # wide, and narrow: the rows wrap again
        dialog.resize(width, 520)
        qtbot.waitUntil(lambda: shown_in_full(dialog.problems, 0, 1), timeout=5_000)
    assert dialog.problems.textElideMode() == Qt.TextElideMode.ElideNone
    assert shelf in dialog.problems.topLevelItem(0).toolTip(1)


def test_a_skipped_file_has_no_line_number(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / "sub").mkdir(parents=True)
    (vault / "ok.md").write_text("---\ntitle: 好\n---\n正文\n", "utf-8")
    (vault / "sub" / "broken.md").write_bytes(b"---\ntitle: x\n---\n\xff\xfe body\n")
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(vault)
    ((line, reason),) = report_rows(dialog.problems)
    assert line == "" and reason.startswith("sub/broken.md: not valid UTF-8"), (line, reason)


def test_copy_report_gives_every_skip_and_warning(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45")
    long_tag = ROW_MANGA.replace('manga"', f'{"标签" * 60}"', 1)
    assert long_tag != ROW_MANGA
    bad_isbn = ROW_SANTI.replace('="0765377101",="9780765377104"', '="0765377100",=""')
    assert bad_isbn != ROW_SANTI
    path = goodreads_csv(tmp_path, bad_isbn, bad_date, "1,2,3\n", long_tag)
    dialog = make_dialog(qtbot, library)
    assert not dialog.copy_report_button.isEnabled()  # nothing to copy yet
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as previewed:
        dialog.set_path(path)
    report = previewed.args[0].report
    assert len(report.skipped) == 3 and report.warnings
    QGuiApplication.clipboard().clear()
    dialog.copy_report_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[:2] == [str(path), dialog.summary.text()]
    expected = [f"line {row.line}: {row.reason}" for row in report.skipped]
    for warning in report.warnings:  # the line a warning is about leads, as for a skip
        about = re.fullmatch(r"line (\d+): (.*)", warning)
        assert about is not None, warning
        expected.append(f"line {about[1]}: warning: {about[2]}")
    assert lines[2:] == expected
    assert any("标签" * 60 in line for line in lines)  # whole, not cut
    dialog.problems.setCurrentItem(dialog.problems.topLevelItem(1))  # Ctrl+C: the selection
    dialog.problems.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == expected[1] + "\n"


def test_the_report_says_each_line_once() -> None:
    report = ImportReport(
        batch=None, created=0, updated=0, unchanged=0, warnings=("line 9: bad ISBN",),
        skipped=(SkippedRow(7, "line 7: 3 columns"), SkippedRow(8, "line 7 is fine"),
                 SkippedRow(0, "a.md: not UTF-8"), SkippedRow(2, "two\nlines")),
    )  # fmt: skip
    found = problems(report)
    assert found == [
        Problem(7, "3 columns"),
        Problem(8, "line 7 is fine"),
        Problem(0, "a.md: not UTF-8"),
        Problem(2, "two\nlines"),
        Problem(9, "warning: bad ISBN"),
    ]
    assert [p.line_text for p in found] == ["7", "8", "", "2", "9"]
    assert found[3].as_line() == "line 2: two lines"  # one line each on the clipboard


def test_the_error_sentence_follows_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, library: Library, tmp_path: Path
) -> None:
    sg = tmp_path / "sg.csv"
    sg.write_text(STORYGRAPH_HEADER + STORYGRAPH_ROW, "utf-8")
    theme.apply(qapp, "light")
    try:
        dialog = make_dialog(qtbot, library)
        with qtbot.waitSignal(dialog.previewed, timeout=20_000):
            dialog.set_path(sg)
        with qtbot.waitSignal(dialog.previewed, timeout=20_000):
            dialog.set_kind(ImportKind.GOODREADS)  # the wrong kind: one sentence, in red
        light_red = theme.error_color(dialog.palette())
        assert dialog.error.palette().color(dialog.error.foregroundRole()) == light_red
        theme.apply(qapp, "dark")  # what Preferences does
        qtbot.wait(50)
        dark_red = theme.error_color(dialog.palette())
        assert dark_red != light_red
        assert dialog.error.palette().color(dialog.error.foregroundRole()) == dark_red
    finally:
        theme.apply(qapp, "light")


def test_the_tabs_count_entries_and_notes_before_and_after_an_import(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = goodreads_csv(tmp_path)
    dialog = make_dialog(qtbot, library)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as preview:
        dialog.set_path(path)
    outcome = preview.args[0]
    kinds = [dialog.rows.topLevelItem(i).text(1) for i in range(dialog.rows.topLevelItemCount())]
    notes = kinds.count("note")
    assert (len(kinds) - notes, notes) == (outcome.report.created, 2) == (3, 2)
    assert dialog.tabs.tabText(0) == f"To import (3 entries, {notes} notes)"
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000) as done:
        dialog.start_import()
    assert done.args[0].tally == outcome.tally
    assert dialog.tabs.tabText(0) == "Imported (3 entries, 2 notes)"
    assert dialog.rows.topLevelItemCount() == 5
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.preview()  # the same file again: nothing to add
    assert dialog.tabs.tabText(0) == "To import (0)"
    assert dialog.summary.text().startswith(
        "Preview: Nothing would be added or updated, 3 already there."
    )
    assert not dialog.import_button.isEnabled()


def test_a_file_with_nothing_new_says_so_instead_of_an_empty_list(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    path = goodreads_csv(tmp_path)
    import_now(qtbot, make_dialog(qtbot, library), path)
    again = make_dialog(qtbot, library)
    with qtbot.waitSignal(again.previewed, timeout=20_000):
        again.set_path(path)
    assert again.rows.topLevelItemCount() == 0
    text = again.rows_or_sentence.empty_text
    assert text.startswith("Nothing would be added or changed: 3 already in the library"), text
    assert not again.rows.isVisible()  # no empty header, no scroll bars
