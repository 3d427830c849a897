"""Core's sentences reach a Chinese window in Chinese, through the real paths that show them.

The filter box's error, a background task's ``failed`` sentence and the error dialog's all go
through ``i18n.said``: in 简体中文 the template is looked up in the catalogs (``UserError``
context) and filled with the same values, a sentence inside a sentence translated too; in
English, and when a translation does not fit its values, the English sentence as the command
line prints it. The expected Chinese is read from the catalogs, not written here.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readinglog.config import Settings
from readinglog.core import notes, repository
from readinglog.core.errors import Message, Said, UserError
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Target
from readinglog.export.ledger import export_paths
from readinglog.export.plan import Choice, Request, job_for, user_message
from readinglog.export.profiles import Format
from readinglog.gui.dialogs import lookup_jobs
from readinglog.gui.dialogs.export_dialog import ExportDialog
from readinglog.gui.runtime import i18n, worker
from readinglog.gui.runtime.error_dialog import ErrorReporter
from readinglog.online import books
from readinglog.online.books.googlebooks import GoogleBooks
from readinglog.online.books.openlibrary import OpenLibrary
from readinglog.online.http import Http, NetworkError
from tests.gui.helpers import type_filter

HAN = re.compile(r"[\u4e00-\u9fff]")
NOT_A_RATING = "{raw!r} is not a rating; use a number from 0 to 5"
CANNOT_REACH = "cannot reach {host} (offline, or the address is wrong): {error}"
NO_BOOK = "no book found for ISBN {isbn} ({problems})"
NOT_FOUND_404 = "{host} answered not found (404)"
CHOOSE_SITE = "choose the site folder to export into"
EDITED = "{path} was edited since it was exported; use --force to overwrite it"


def catalog(template: str) -> str:
    """The installed catalogs' translation of ``template`` (the test fails if there is none)."""
    translated = QCoreApplication.translate("UserError", template)
    assert translated != template, f"no translation of {template!r} in the catalogs"
    return translated


def words(translation: str) -> list[str]:
    """The translation's own text between its placeholders (what must show, whatever the
    values are)."""
    return [part for part in re.split(r"\{[^{}]*\}", translation) if part.strip()]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def unreachable() -> list[books.Provider]:
    base = f"http://127.0.0.1:{closed_port()}"
    return [OpenLibrary(base), GoogleBooks(base)]


def failed_lookup(qtbot: QtBot, providers: list[books.Provider]) -> str:
    """The ``failed`` sentence of the lookup dialog's job, run on the worker."""
    task = worker.Task()
    http = Http(min_interval=0)
    with qtbot.waitSignal(task.signals.failed, timeout=20000) as failed:
        worker.start(
            lambda: lookup_jobs.lookup_job("9787020002207", providers, http),
            writes=False,
            task=task,
        )
    return str(failed.args[0])


def choose_site_error() -> UserError:
    with pytest.raises(UserError) as raised:
        job_for(Choice(Format.HUGO, ""), paths=None)  # type: ignore[arg-type]
    return raised.value


# -- the filter box ---------------------------------------------------------------------------


def test_a_bad_filter_is_said_in_chinese_under_the_box(
    chinese: list[QTranslator], qtbot: QtBot, window
) -> None:  # type: ignore[no-untyped-def]
    type_filter(qtbot, window, "rating:xyz")
    shown = window.list_pane.search.error_text
    inner = catalog(NOT_A_RATING).format(raw="xyz")
    assert inner in shown  # the parser's sentence, inside the filter's "{token!r}: {reason}"
    assert "'rating:xyz'" in shown and "is not a rating" not in shown


def test_a_bad_filter_is_said_in_english_without_the_translators(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    type_filter(qtbot, window, "rating:xyz")
    shown = window.list_pane.search.error_text
    assert shown == "'rating:xyz': 'xyz' is not a rating; use a number from 0 to 5"


# -- a background task --------------------------------------------------------------------


def test_a_failed_lookup_on_the_worker_is_said_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot
) -> None:
    shown = failed_lookup(qtbot, unreachable())
    # Both sources failed: each one's sentence translated, joined as the English joins them.
    cannot = words(catalog(CANNOT_REACH))
    assert all(shown.count(part) == 2 for part in cannot), shown
    assert shown.startswith("Open Library: ") and "; Google Books: " in shown
    assert "cannot reach" not in shown


def test_a_failed_lookup_on_the_worker_is_the_cli_sentence_in_english(qtbot: QtBot) -> None:
    providers = unreachable()
    with pytest.raises(NetworkError) as raised:
        books.lookup(Http(min_interval=0), "9787020002207", providers)
    shown = failed_lookup(qtbot, providers)
    assert shown == raised.value.message
    assert shown.count("cannot reach 127.0.0.1:") == 2 and not HAN.search(shown)


# -- the error dialog ---------------------------------------------------------------------


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[ErrorReporter]:
    made = ErrorReporter(None)
    yield made
    if made.dialog is not None:
        made.dialog.close()


def test_the_error_dialog_says_a_user_error_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, reporter: ErrorReporter
) -> None:
    error = choose_site_error()
    assert reporter.sentence(error) == catalog(CHOOSE_SITE)
    reporter.report(error, "details")
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert reporter.dialog.sentence.text() == catalog(CHOOSE_SITE)


def test_the_error_dialog_says_it_in_english_without_the_translators(
    reporter: ErrorReporter,
) -> None:
    error = choose_site_error()
    assert reporter.sentence(error) == error.message == CHOOSE_SITE


# -- sentences inside sentences, and a translation that does not fit ------------------------


def refusal() -> NetworkError:
    return NetworkError(NOT_FOUND_404, status=404, host="book.douban.com")


def nested() -> UserError:
    return books.nothing_found("9787020002207", [books.problem("douban", refusal())])


def test_a_sentence_inside_a_sentence_is_translated_in_both_parts(
    chinese: list[QTranslator],
) -> None:
    shown = i18n.said(nested())
    inner = catalog(NOT_FOUND_404).format(host="book.douban.com")
    outer = catalog(NO_BOOK).format(isbn="9787020002207", problems=f"豆瓣: {inner}")
    assert shown == outer
    assert "answered" not in shown and "no book found" not in shown


def test_in_english_the_nested_sentence_is_the_cli_sentence() -> None:
    error = nested()
    assert (
        i18n.said(error)
        == error.message
        == ("no book found for ISBN 9787020002207 (豆瓣: book.douban.com answered not found (404))")
    )


class Broken(QTranslator):
    """A catalog whose every UserError translation lost its placeholders."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "坏了：{nothing}" if context == "UserError" else ""

    def isEmpty(self) -> bool:
        return False


def test_a_translation_that_does_not_fit_falls_back_to_english(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    broken = Broken()
    qapp.installTranslator(broken)
    try:
        assert QCoreApplication.translate("UserError", CHOOSE_SITE) == "坏了：{nothing}"
        error = nested()
        assert i18n.said(error) == error.message
        assert "does not fit its values" in caplog.text
    finally:
        qapp.removeTranslator(broken)


# -- the export dialog's Overwrite hint ------------------------------------------------------


def test_the_cli_hint_is_dropped_from_the_chinese_sentence_too(
    chinese: list[QTranslator], tmp_path: Path
) -> None:
    target = tmp_path / "post.md"
    error = UserError(EDITED, path=target)
    text, overwritable = user_message(i18n.said(error))
    assert overwritable and "--force" not in text
    assert text.startswith(f"{target} ") and text.endswith("。")
    assert HAN.search(text) and not re.search("[A-Za-z]", text.replace(str(target), ""))
    assert user_message(error.message) == (
        f"{target} was edited since it was exported.",
        True,
    )


def test_a_source_that_failed_while_others_answered_in_chinese(
    chinese: list[QTranslator],
) -> None:
    found = books.Found((), (books.problem("douban", refusal()),))
    assert found.problems == ("豆瓣: book.douban.com answered not found (404)",)
    assert [i18n.said(f) for f in found.failures] == [
        "豆瓣: " + catalog(NOT_FOUND_404).format(host="book.douban.com")
    ]


# -- an export's skipped notes and warnings -------------------------------------------------


def export_all(qtbot: QtBot, library: Library, folder: Path) -> ExportDialog:
    with library.sessions() as s:
        ids = tuple(repository.note_ids(s, parse_filter("")))
    dialog = ExportDialog(library, Settings(), Request(Target.NOTE, ids, "All notes", many=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setChecked(True)
    dialog.folder.setText(str(folder))
    dialog.format.setCurrentIndex(list(Format).index(Format.PLAIN))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        dialog.export_button.click()
    return dialog


def note_without_its_picture(library: Library) -> int:
    with library.sessions.begin() as s:
        made = notes.add_note(s, "![cover](missing.png)", title="缺图的笔记")
    assert made.created is not None
    return made.created


def edit_a_post(library: Library, folder: Path, other_than: int) -> Path:
    with library.sessions() as s:
        chosen = next(i for i in repository.note_ids(s, parse_filter("")) if i != other_than)
        written = export_paths(s, Format.PLAIN.value, folder)
    post = folder / written[("note", chosen)]
    post.write_text("my own edits", encoding="utf-8")
    return post


def test_an_exports_skipped_notes_and_warnings_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    missing = note_without_its_picture(sample_library)
    export_all(qtbot, sample_library, tmp_path)
    post = edit_a_post(sample_library, tmp_path, other_than=missing)
    dialog = export_all(qtbot, sample_library, tmp_path)
    lines = dialog.details.toPlainText().splitlines()
    note = catalog("note {id}").format(id=missing)
    warning = catalog("{who}: attachment {path!r} not found; link kept")
    assert any(warning.format(who=note, path="missing.png") in line for line in lines), lines
    skipped = [line for line in lines if str(post) in line]
    assert len(skipped) == 1 and HAN.search(skipped[0].replace(str(post), ""))
    assert "edited since" not in skipped[0] and "--force" not in skipped[0]
    assert dialog.overwrite.isVisible()  # routed on the English sentence's --force


def test_an_exports_warnings_in_english_are_the_cli_sentences(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    missing = note_without_its_picture(sample_library)
    dialog = export_all(qtbot, sample_library, tmp_path)
    assert dialog.report is not None
    expected = f"note {missing}: attachment 'missing.png' not found; link kept"
    assert expected in dialog.report.warnings
    shown = f"warning: Note {missing}: attachment 'missing.png' not found; link kept"
    assert shown in dialog.details.toPlainText().splitlines()


def test_a_notice_is_its_english_everywhere_a_str_goes(chinese: list[QTranslator]) -> None:
    notice = Said(Message("removed the previous export {path}", path="/blog/a.md"))
    assert notice == "removed the previous export /blog/a.md"
    assert json.loads(json.dumps({"warnings": [notice]})) == {"warnings": [str(notice)]}
    translated = catalog("removed the previous export {path}").format(path="/blog/a.md")
    assert i18n.said(notice) == translated and i18n.said(str(notice)) == str(notice)


def test_a_sentence_shown_alone_ends_as_its_language_ends_one(
    chinese: list[QTranslator],
) -> None:
    chinese_sentence = catalog(CHOOSE_SITE)
    assert i18n.full_sentence(chinese_sentence) == chinese_sentence + "。"
    assert i18n.full_sentence(chinese_sentence + "。") == chinese_sentence + "。"
    assert i18n.full_sentence(CHOOSE_SITE) == "Choose the site folder to export into."


def test_in_english_a_sentence_about_a_chinese_title_ends_in_a_full_stop() -> None:
    error = books.nothing_found("红楼梦")
    assert i18n.full_sentence(i18n.said(error)) == "No book found for '红楼梦'."


def test_a_said_inside_a_sentence_is_translated_too(chinese: list[QTranslator]) -> None:
    """A value that is English text keeping its sentence (a Said) is said in Chinese too."""
    inner = Said(Message(NOT_FOUND_404, host="book.douban.com"))
    shown = i18n.said(Message("{source}: {reason}", source="豆瓣", reason=inner))
    assert shown == "豆瓣: " + catalog(NOT_FOUND_404).format(host="book.douban.com")
