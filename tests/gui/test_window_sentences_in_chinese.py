"""The last of core's English reaching a Chinese window (issue 17): a backup's second-folder
notice, a trash restore's problems, where an entry stands and its read-throughs, a full disk
or a bug said by the error dialog, a worker, the note editor and a failed start, the log
dialog's field names, and the progress of the backup made before an import. The expected
Chinese is read from the catalogs (or no English word may be left); in English the text is
the command line's, byte for byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from readinglog import app, paths
from readinglog.core import activity, backups, notes, services
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit, Status
from readinglog.gui.detail.detail_view import DetailView
from readinglog.gui.detail.note_editor import NoteEditor
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.log_dialog import LogDialog
from readinglog.gui.runtime import error_dialog, worker
from readinglog.gui.window.actions import MainAction
from tests.gui.conftest import FullDisk
from tests.gui.helpers import note_whose_entry_is_gone, trigger
from tests.gui.test_core_sentences_in_chinese import english_left

HAN = re.compile(r"[\u4e00-\u9fff]")
MIRROR_MISSING = "the second backup folder {folder} is not there (is the drive connected?)"
GONE = "entry {id} no longer exists"


def translated(context: str, source: str) -> str:
    text = QCoreApplication.translate(context, source)
    assert text != source and HAN.search(text), f"no translation of {source!r}"
    return text


def said(template: str, **values: object) -> str:
    """A core sentence as the catalogs say it, with its values."""
    return translated("UserError", template).format(**values)


def _missing_mirror(window: Any, tmp_path: Path) -> Path:
    folder = tmp_path / "usb drive"
    window.settings = dataclasses.replace(window.settings, backup_mirror=str(folder))
    return folder


def _back_up_now(qtbot: QtBot, window: Any) -> str:
    trigger(window, MainAction.BACK_UP_NOW)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)
    return str(window.statusBar().currentMessage())


# -- 1. a backup's notice, a restore's problems -------------------------------------------


def test_a_backups_second_folder_notice_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    folder = _missing_mirror(window, tmp_path)
    message = _back_up_now(qtbot, window)
    assert message.endswith(f" — {said(MIRROR_MISSING, folder=folder)}"), message
    assert "second backup folder" not in message


def test_a_backups_second_folder_notice_in_english_is_as_before(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    folder = _missing_mirror(window, tmp_path)
    message = _back_up_now(qtbot, window)
    assert message.endswith(
        f" — {MIRROR_MISSING[:1].upper()}{MIRROR_MISSING[1:]}".format(folder=folder)
    )


def test_a_restores_problems_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "confirm", lambda *_a: True)
    trashed, entry = note_whose_entry_is_gone(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.trash.restore([trashed])
    but = translated("TrashCommands", "Restored, but:\n\n{problems}")
    assert shown == [but.format(problems=f"• {said(GONE, id=entry)}")]


# -- 2. where an entry stands, its read-throughs, a logged amount ----------------------------


def _book_under_way(library: Library) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(
            s, ItemKind.BOOK, "人类简史", field_values={"pages": 440}, status=Status.IN_PROGRESS
        )
    assert made.created is not None
    with library.sessions.begin() as s:
        activity.log_event(s, made.created, EventKind.STARTED, dt.date(2024, 3, 1))
        activity.log_event(
            s, made.created, EventKind.PROGRESS, dt.date(2024, 3, 9), value=120,
            unit=ProgressUnit.PAGES,
        )  # fmt: skip
    return made.created


def _entry_page(library: Library, qtbot: QtBot, item_id: int) -> str:
    view = DetailView(library)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_item(item_id)
    return str(view._entry_page.toPlainText())


def test_progress_and_read_throughs_on_the_entry_page_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library
) -> None:
    page = _entry_page(library, qtbot, _book_under_way(library))
    stands = said("page {page} of {pages} ({share}%)", page="120", pages=440, share=27)
    assert stands in page
    assert said("started {start}, not finished", start="2024-03-01") in page
    assert said("page {page}", page="120") in page  # the logged amount, in the activity
    for english in ("page 120", "of 440", "not finished", "started 2024"):
        assert english not in page, (english, page)


def test_progress_and_read_throughs_in_english_are_as_before(
    qtbot: QtBot, library: Library
) -> None:
    page = _entry_page(library, qtbot, _book_under_way(library))
    for english in ("page 120 of 440 (27%)", "started 2024-03-01, not finished", "· page 120"):
        assert english in page, (english, page)


# -- 3. a full disk and a bug ----------------------------------------------------------------

FULL = OSError(errno.ENOSPC, "No space left on device", "/tmp/library.sqlite3")
FULL_SAID = ("no space left on device while writing {path}", {"path": "/tmp/library.sqlite3"})


def _no_english(text: str, typed: str = "") -> None:
    assert HAN.search(text), text
    assert english_left(text, typed) == [], text


def test_the_error_dialog_says_a_full_disk_and_a_bug_in_chinese(
    chinese: list[QTranslator], qapp: Any, tmp_path: Path
) -> None:
    reporter = error_dialog.ErrorReporter(None, tmp_path / "library.sqlite3")
    template, values = FULL_SAID
    assert reporter.sentence(FULL) == said(template, **values)
    _no_english(reporter.sentence(KeyError("gone")), "KeyError gone log txt run debug")


def test_the_error_dialog_in_english_is_as_before(qapp: Any, tmp_path: Path) -> None:
    reporter = error_dialog.ErrorReporter(None, tmp_path / "library.sqlite3")
    assert reporter.sentence(FULL) == "no space left on device while writing /tmp/library.sqlite3"


def _failed(qtbot: QtBot, error: Exception) -> str:
    def job() -> Generator[Any, None, None]:
        yield from ()
        raise error

    task = worker.Task()
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as failed:
        worker.start(job, writes=False, task=task)
    return str(failed.args[0])


def test_a_workers_full_disk_and_bug_in_chinese(chinese: list[QTranslator], qtbot: QtBot) -> None:
    template, values = FULL_SAID
    assert _failed(qtbot, FULL) == said(template, **values)
    _no_english(_failed(qtbot, RuntimeError("boom")), "RuntimeError boom log txt run debug")


def test_a_workers_full_disk_in_english_is_as_before(qtbot: QtBot) -> None:
    assert _failed(qtbot, FULL) == "no space left on device while writing /tmp/library.sqlite3"


def test_the_note_editor_says_a_full_disk_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library, full_disk: FullDisk
) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "stored").created
    assert note_id is not None
    editor = NoteEditor(library)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(note_id)
    full_disk.on = True
    editor.source.insertPlainText("再写几句")
    qtbot.waitUntil(lambda: editor.error is not None, timeout=3000)
    library_said = said("the library {path}", path=library.paths.database)
    full = said("no space left on device while writing {library} (database or disk is full)",
                library=library_said)  # fmt: skip
    expected = translated("NoteEditor", "Not saved: {reason}").format(reason=full)
    assert editor.save_state.text() == expected
    full_disk.on = False
    editor._preview.wait(5000)


def test_a_failed_start_says_a_full_disk_in_chinese(
    chinese: list[QTranslator], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app, "_message", shown.append)
    monkeypatch.setattr(app, "start", lambda _paths: (_ for _ in ()).throw(FULL))
    home = paths.in_home(tmp_path / "home").ensure()
    reporter = error_dialog.ErrorReporter(None, home.database)
    assert app._run(home, reporter) == 1
    template, values = FULL_SAID
    assert shown == [said(template, **values)]


# -- 4. the log dialog's field names -----------------------------------------------------------


def _log_errors(qtbot: QtBot, library: Library, amount: str, spent: str) -> tuple[str, str]:
    item_id = _book_under_way(library)
    dialog = LogDialog(library, item_id)
    qtbot.addWidget(dialog)
    dialog.amount.setText(amount)
    dialog.spent.setText(spent)
    dialog.accept()
    return dialog.amount_box.error.text(), dialog.spent_box.error.text()


def test_the_log_dialogs_field_names_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library
) -> None:
    amount, spent = _log_errors(qtbot, library, "很多", "一会儿")
    assert amount == said("{what}: {text!r} is not a number", what=said("amount"), text="很多")
    duration = "{what}: {text!r} is not a duration (use 1:02:03, 1h30m or minutes)"
    assert spent == said(duration, what=said("time"), text="一会儿")


def test_the_log_dialogs_field_names_in_english_are_as_before(
    qtbot: QtBot, library: Library
) -> None:
    amount, spent = _log_errors(qtbot, library, "lots", "a while")
    assert amount == "amount: 'lots' is not a number"
    assert spent == "time: 'a while' is not a duration (use 1:02:03, 1h30m or minutes)"


# -- 5. the backup made before an import -----------------------------------------------------


def _first_step(library: Library, tmp_path: Path) -> Any:
    def job() -> Generator[Any, None, None]:
        yield from ()

    steps = backups.backed_up(
        library.paths.database, tmp_path / "backups", backups.PRE_IMPORT, job(),
        policy=backups.Policy(),
    )  # fmt: skip
    return next(steps)


def test_the_backup_before_an_import_shows_its_progress_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    step = _first_step(sample_library, tmp_path)
    task = worker.Task()
    dialog = worker.ProgressDialog("导入", task)
    qtbot.addWidget(dialog)
    dialog.show_progress(step)
    assert dialog.labelText() == said("Backing up the library first…")


def test_the_backup_before_an_import_says_the_same_english(
    sample_library: Library, tmp_path: Path
) -> None:
    step = _first_step(sample_library, tmp_path)
    assert step.message == "Backing up the library first…"
    assert type(str(step.message)) is str and str(step.message) == step.message
