"""Unexpected errors in the window: logged with their traceback, one dialog (not a stack of
them), Copy details, and a window that goes on working. Help ▸ Open log folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import exc as sa_exc

from readinglog import config, logs, paths
from readinglog.config import Settings
from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.gui.runtime import error_dialog, worker
from readinglog.gui.runtime.error_dialog import ErrorDialog, ErrorReporter
from readinglog.gui.window.actions import MainAction
from tests.gui.helpers import trigger


@pytest.fixture
def log_file(sample_library: Library) -> Iterator[Path]:
    path = logs.setup(sample_library.paths)
    assert path is not None
    yield path
    logs.shutdown()


@pytest.fixture
def reporter(window, log_file: Path) -> Iterator[ErrorReporter]:  # type: ignore[no-untyped-def]
    """The hooks as the app installs them (pytest-qt's own excepthook comes back after)."""
    made = ErrorReporter(window, window.library.paths.database)
    undo = error_dialog.install_hooks(made)
    yield made
    undo()
    if made.dialog is not None:
        made.dialog.close()


def _shown_dialogs() -> list[ErrorDialog]:
    """Every visible error dialog (a dialog with a parent is a top-level widget too)."""
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def _raise_in_slot(message: str) -> None:
    def broken_slot() -> None:
        raise RuntimeError(message)

    QTimer.singleShot(0, broken_slot)


def test_an_exception_in_a_slot_is_logged_shown_once_and_the_window_goes_on(
    window, reporter: ErrorReporter, log_file: Path, qtbot: QtBot
) -> None:
    _raise_in_slot("the slot broke")
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None and dialog.parent() is window
    assert dialog.sentence.text() == (
        f"Unexpected error: RuntimeError: the slot broke; details in {log_file}"
    )
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR [MainThread] readinglog: unexpected error (in MainThread)" in text
    assert "in broken_slot" in text and "RuntimeError: the slot broke" in text

    dialog.findChild(QPushButton, "copy_details").click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("ReadingLog ") and "Traceback (most recent call last)" in copied
    assert "RuntimeError: the slot broke" in copied

    _raise_in_slot("and again")  # no second dialog: the open one counts it
    qtbot.waitUntil(lambda: dialog.more == 1)
    assert _shown_dialogs() == [dialog]
    assert dialog.count.text() == "1 more error since; all are in the log."
    assert "and again" in log_file.read_text(encoding="utf-8")

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    _raise_in_slot("right after closing")  # within the cool-down: the log only
    qtbot.waitUntil(lambda: reporter.dropped == 1)
    assert reporter.dialog is None
    assert "right after closing" in log_file.read_text(encoding="utf-8")

    # the window still works: a write goes through and every view hears of it
    window.write(lambda s: services.add_item(s, ItemKind.BOOK, "After the error"))
    qtbot.waitUntil(lambda: window.findChild(type(window._size), "library_size").text()
                    .startswith("14 entries"))  # fmt: skip


def test_a_full_disk_under_a_window_write_is_named_in_the_dialog(
    window, reporter: ErrorReporter, log_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        orig = sqlite3.OperationalError("database or disk is full")
        raise sa_exc.OperationalError("INSERT INTO items ...", {}, orig) from orig

    monkeypatch.setattr(services, "add_item", full)
    QTimer.singleShot(0, partial(window.write, partial(services.add_item, kind=ItemKind.BOOK)))
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert reporter.dialog.windowTitle() == "ReadingLog: error"
    assert reporter.dialog.sentence.text() == (
        "No space left on device while writing the library "
        f"{window.library.paths.database} (database or disk is full)"
    )
    assert "sqlite3.OperationalError: database or disk is full" in log_file.read_text("utf-8")
    assert window.findChild(type(window._size), "library_size").text().startswith("13 entries")


def test_an_exception_in_a_thread_and_in_a_background_request_show_the_dialog(
    reporter: ErrorReporter, log_file: Path, qtbot: QtBot
) -> None:
    def run() -> None:
        raise ValueError("a thread broke")

    thread = threading.Thread(target=run, name="feed-fetcher")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "ValueError: a thread broke" in reporter.dialog.sentence.text()
    assert "unexpected error in thread feed-fetcher" in log_file.read_text(encoding="utf-8")

    def request() -> object:
        raise KeyError("a lookup broke")

    jobs = worker.LatestOnly("test_pool")
    answers: list[object] = []
    jobs.answered.connect(answers.append)
    jobs.request(request)
    qtbot.waitUntil(lambda: answers == [None])
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.more == 1)
    text = log_file.read_text(encoding="utf-8")
    assert "background request failed" in text and "KeyError: 'a lookup broke'" in text


def test_a_worker_error_is_logged_and_its_sentence_names_the_log(
    log_file: Path, qtbot: QtBot
) -> None:
    def job() -> worker.Job:
        yield from ()
        raise ZeroDivisionError("the job broke")

    task = worker.Task()
    failed: list[str] = []
    task.signals.failed.connect(failed.append)
    with qtbot.waitSignal(task.signals.done, timeout=10_000):
        worker.start(job, writes=False, task=task)
    assert failed == [f"unexpected error: ZeroDivisionError: the job broke; details in {log_file}"]
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR [" in text and "readinglog.gui.runtime.worker: background task failed" in text
    assert "in job" in text and "ZeroDivisionError: the job broke" in text


def test_a_full_disk_in_a_worker_is_one_sentence(log_file: Path, qtbot: QtBot) -> None:
    def job() -> worker.Job:
        yield from ()
        raise OSError(28, "No space left on device", "/media/usb/export/note.md")

    task = worker.Task()
    failed: list[str] = []
    task.signals.failed.connect(failed.append)
    with qtbot.waitSignal(task.signals.done, timeout=10_000):
        worker.start(job, writes=False, task=task)
    assert failed == ["no space left on device while writing /media/usb/export/note.md"]
    assert "WARNING" in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore("a warning from Qt for the log")
def test_qt_warnings_go_to_the_log_and_on_to_the_handler_before(log_file: Path) -> None:
    undo = error_dialog.install_qt_messages()
    try:
        qWarning("a warning from Qt for the log")
    finally:
        undo()
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING [MainThread] readinglog.qt: a warning from Qt for the log [default]" in text


class _FileManager(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_help_open_log_folder_opens_it(window, log_file: Path) -> None:  # type: ignore[no-untyped-def]
    files = _FileManager()
    QDesktopServices.setUrlHandler("file", files, "show")
    try:
        trigger(window, MainAction.OPEN_LOG_FOLDER)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in files.opened] == [str(log_file.parent)]
    assert log_file.parent.is_dir()  # made, so there is something to open
    help_menu = next(m for m in window.menuBar().actions() if m.text() == "&Help").menu()
    assert window.main_actions[MainAction.OPEN_LOG_FOLDER] in help_menu.actions()


def test_the_app_installs_the_hooks_and_logs_inside_its_home(tmp_path: Path) -> None:
    """The real start-up (``readinglog`` without a command): a bug in a slot is in the log
    file inside the home and one dialog is shown; the app then quits normally."""
    home = tmp_path / "home"
    config.save(Settings(first_run_done=True), paths.in_home(home).settings)
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from readinglog import app
        from readinglog.cli import main
        from readinglog.gui.runtime.error_dialog import ErrorDialog

        def broken_slot():
            raise RuntimeError("a bug in a slot")

        def check():
            shown = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, ErrorDialog) and w.isVisible()]
            if shown or poll.remainingTime() < 0:
                print("DIALOGS", len(shown), shown[0].sentence.text() if shown else "")
                QApplication.instance().quit()

        app.application()  # the timers need it; main() reuses it
        QTimer.singleShot(300, broken_slot)
        poll = QTimer()
        poll.timeout.connect(check)
        poll.start(100)
        QTimer.singleShot(20_000, QApplication.instance().quit)
        raise SystemExit(main([]))
        """
    )
    env = {**os.environ, "READINGLOG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    log_file = home / "logs" / logs.FILENAME
    assert f"DIALOGS 1 Unexpected error: RuntimeError: a bug in a slot; details in {log_file}" in (
        done.stdout
    )
    text = log_file.read_text(encoding="utf-8")
    assert "INFO [MainThread] readinglog.app: ReadingLog" in text  # the start is logged
    assert "in broken_slot" in text and "RuntimeError: a bug in a slot" in text


def test_a_dialog_deleted_with_its_window_does_not_break_the_next_one(qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtWidgets import QWidget

    first, second = QWidget(), QWidget()
    qtbot.addWidget(second)
    reporter = ErrorReporter(None)
    reporter.set_window(first)
    reporter.report(RuntimeError("one"), "details one")
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    shiboken6.delete(first)  # the window goes, and its dialog with it
    reporter.set_window(second)
    reporter.report(RuntimeError("two"), "details two")
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.parent() is second)
    dialog = reporter.dialog
    assert dialog is not None and "RuntimeError: two" in dialog.sentence.text()
    dialog.close()
