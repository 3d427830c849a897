"""The GUI composition root: ``readinglog`` without a command calls ``run(paths)``.

Order matters: the single-instance lock is taken before the database is opened (a second
launch must not migrate or write anything), an older library is upgraded off the GUI thread
before the window is made (see gui/runtime/upgrade.py), the window is shown before the first-run
question, and editors are flushed after the event loop ends, however it ends (window closed,
Quit, SIGTERM or Ctrl+C in the terminal). Uncaught exceptions and Qt's warnings go to the log
file from the start (gui/runtime/error_dialog.py); an unexpected error shows one dialog and the
window goes on. Garbage collections run on the GUI thread only, from the start
(gui/runtime/gc_freeze.py).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from readinglog import APP_ID, APP_NAME, __version__, config, logs
from readinglog.config import Settings
from readinglog.core import failures
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.gui.dialogs import first_run
from readinglog.gui.runtime import error_dialog, gc_freeze, i18n, input_method, theme, upgrade
from readinglog.gui.runtime.single_instance import SingleInstance
from readinglog.gui.window.main_window import MainWindow
from readinglog.paths import AppPaths, package_data

log = logging.getLogger(__name__)
WAKE_UP_MS = 100  # Python runs signal handlers only when the interpreter gets control
# How long a thread may keep the GIL while another waits for it (Python's default: 5 ms). The GUI
# thread gives the GIL up around many Qt calls (PySide releases it in painting, layout...) and
# must win it back each time from a busy worker (a search over 100,000 notes takes 100-300 ms of
# Python): at 5 ms a repaint could wait 70-120 ms; at 1 ms the worst stall stays under ~40 ms
# (benchmarks/gui_typing.py). The workers lose little: the switch only happens when asked.
GIL_SWITCH_INTERVAL_S = 0.001
# 1: print whether the window is shown and quit once it is (no first-run question), for the
# smoke tests of a wheel or a frozen build, which have no Python to drive the window with.
QUIT_AFTER_SHOWN_ENV = "READINGLOG_QUIT_AFTER_SHOWN"


@dataclass
class Running:
    app: QApplication
    window: MainWindow
    library: Library
    instance: SingleInstance
    settings: Settings

    def close(self) -> None:
        self.window.flush()
        self.window.save_state()
        self.library.close()
        self.instance.release()


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setOrganizationDomain("readinglog.github.io")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    input_method.apply()  # before Qt picks its input method: fcitx users get pinyin too
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication(sys.argv[:1])
    gc_freeze.collect_on_gui_thread()  # before any thread (the upgrade's, the pools) allocates
    app.setWindowIcon(QIcon(str(package_data("resources") / "icons" / "readinglog.svg")))
    return app


def start(paths: AppPaths) -> Running | int:
    """Everything up to a shown window; an exit code when there is nothing to show."""
    app = application()
    paths.ensure()
    instance = SingleInstance(paths.data)
    if not instance.acquire():
        if instance.notify():
            return 0
        i18n.install(app, _language(paths))  # its one sentence in the user's language
        text = QCoreApplication.translate(
            "App", "{app} is already open for the library in {folder}."
        )
        _message(text.format(app=APP_NAME, folder=paths.data))
        return 1
    instance.listen()
    settings = config.load(paths.settings)
    i18n.install(app, settings.language)  # before any window or dialog is made
    theme.apply(app, settings.theme)  # before the upgrade, so its dialog has the theme
    try:
        upgrade.upgrade_library(paths, activated=instance.activated)
        library = Library.open(paths)
    except UserError as exc:
        instance.release()
        _message(i18n.said(exc))
        return 1
    theme.follow_system(app, lambda: settings.theme)
    window = MainWindow(library, settings)
    instance.activated.connect(window.bring_to_front)
    window.restore_state()
    window.show()
    return Running(app, window, library, instance, settings)


def offer_first_run(running: Running) -> None:
    if not first_run.needs_first_run(running.library, running.settings):
        return
    dialog = first_run.FirstRunDialog(running.window)
    wants_sample = dialog.exec() == first_run.FirstRunDialog.DialogCode.Accepted
    try:
        changes = first_run.finish_first_run(running.library, running.settings, wants_sample)
    except UserError as exc:
        running.window.report_error(i18n.said(exc))
        return
    if changes.items or changes.notes:
        running.window.changed.emit(changes)


def quit_after_shown(running: Running) -> None:
    """Smoke tests of a built app (packaging/smoke.sh): say what is shown, then quit as the
    window's close would."""
    window = running.window
    rows = window.list_pane.items.paged_model().rowCount()
    print(
        f"window shown: {window.isVisible()}, title {window.windowTitle()!r}, {rows} rows",
        flush=True,
    )
    running.app.quit()


def run(paths: AppPaths) -> int:
    if logs.current() is None:  # ``readinglog`` has set it up; a direct call has not
        logs.setup(paths)
    log.info("%s %s starting on the library in %s", APP_NAME, __version__, paths.data)
    undo_qt_messages = error_dialog.install_qt_messages()
    application()
    reporter = error_dialog.ErrorReporter(None, paths.database)
    undo_hooks = error_dialog.install_hooks(reporter)
    try:
        return _run(paths, reporter)
    finally:
        undo_hooks()
        undo_qt_messages()


def _run(paths: AppPaths, reporter: error_dialog.ErrorReporter) -> int:
    try:
        started = start(paths)
    except Exception as exc:  # a bug before there is a window: say so in a message box
        log_file = logs.log_exception("the window could not start", exc, shown=True)
        said = failures.describe_said(exc, paths.database)
        _message(i18n.said(said or failures.unexpected_said(exc, log_file)))
        return 1
    if isinstance(started, int):
        return started
    reporter.set_window(started.window)
    if os.environ.get(QUIT_AFTER_SHOWN_ENV) == "1":
        QTimer.singleShot(0, lambda: quit_after_shown(started))
    else:
        QTimer.singleShot(0, lambda: offer_first_run(started))
    with quit_on_signals(started.app):
        code = started.app.exec()
    started.close()
    return code


@contextmanager
def quit_on_signals(app: QApplication) -> Iterator[None]:
    """SIGTERM and SIGINT quit the event loop cleanly (so editors are flushed)."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        app.quit()

    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {sig: signal.signal(sig, handler) for sig in wanted}
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(WAKE_UP_MS)
    try:
        yield
    finally:
        timer.stop()
        for sig, old in previous.items():
            signal.signal(sig, old)


def _language(paths: AppPaths) -> str:
    """The language setting, read without ``config.load``'s side effect (a broken settings
    file is set aside): a second launch writes nothing in the folder the first one holds."""
    try:
        chosen = tomllib.loads(paths.settings.read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError):  # none, unreadable, not TOML: as config.load would say
        chosen = None
    return chosen if isinstance(chosen, str) else Settings().language


def _message(text: str) -> None:
    application()
    QMessageBox.critical(None, APP_NAME, text[:1].upper() + text[1:])
