"""Unexpected errors in the window: logged with their traceback, shown in one dialog.

``install_hooks`` routes ``sys.excepthook`` (an exception in a slot, or in a pool thread's
``run``) and ``threading.excepthook`` to the log; every record logged with ``unexpected=True``
(these, and a background request that failed) reaches the ``ErrorReporter``, which shows one
``ErrorDialog``: a sentence, the log file's path, "Copy details" and OK. While it is open,
further errors are counted in it rather than stacked; for a few seconds after it closes they
go to the log only. The window keeps working: nothing is re-raised.

``install_qt_messages`` sends Qt's own warnings to the log too, and still hands them on to the
handler before it (Qt's stderr output, or pytest-qt's). The app installs both; tests install
them explicitly and undo them.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readinglog import APP_NAME, __version__, logs
from readinglog.core import failures
from readinglog.core.errors import UserError
from readinglog.gui.runtime import i18n

COOLDOWN_S = 3.0  # after a dialog closes, errors within this time go to the log only
MAX_DETAILS = 200_000  # characters kept for "Copy details" (the log has everything)

qt_log = logging.getLogger("readinglog.qt")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class ErrorDialog(QDialog):
    """One sentence, where the log is, Copy details and OK."""

    def __init__(self, sentence: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("{app}: error").format(app=APP_NAME))
        self.details = details
        self.more = 0
        self.sentence = QLabel(sentence[:1].upper() + sentence[1:], self)
        self.sentence.setObjectName("error_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel("", self)
        self.count.setObjectName("error_count")
        self.count.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.copy = QPushButton(self.tr("&Copy details"), self)
        self.copy.setObjectName("copy_details")
        self.copy.setToolTip(self.tr("Copy the error's traceback, to paste into a bug report"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add(self, details: str) -> None:
        """Another error while this one is shown: count it, keep its details too."""
        self.more += 1
        self.details = (self.details + "\n\n" + details)[-MAX_DETAILS:]
        n = self.more
        self.count.setText(
            self.tr("%Ln more error since; all are in the log.", "", n)
            if n == 1
            else self.tr("%Ln more errors since; all are in the log.", "", n)
        )
        self.count.show()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Shows unexpected errors, one dialog at a time. ``report`` may be called from any
    thread: the dialog is made on the reporter's (the GUI) thread."""

    occurred = Signal(str, str)  # sentence, details

    def __init__(self, parent: QWidget | None = None, database: Path | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._database = database
        self._dialog: ErrorDialog | None = None
        self._closed_at = -COOLDOWN_S
        self.dropped = 0  # errors only logged: they came just after a dialog closed
        self.occurred.connect(self._on_occurred)

    def set_window(self, window: QWidget) -> None:
        """The window dialogs belong to (the hooks are installed before it exists)."""
        self._window = window

    @property
    def dialog(self) -> ErrorDialog | None:
        return self._dialog

    def report(self, error: BaseException, details: str) -> None:
        self.occurred.emit(self.sentence(error), details)

    def sentence(self, error: BaseException) -> str:
        if isinstance(error, UserError):
            return i18n.said(error)
        known = failures.describe_said(error, self._database)
        if known is not None:
            return i18n.said(known)
        log_file = logs.current() if logs.failure() is None else None
        return i18n.said(failures.unexpected_said(error, log_file))

    def _on_occurred(self, sentence: str, details: str) -> None:
        try:
            self._show(sentence, details)
        except Exception as error:  # logged without ``unexpected``: no loop of dialogs
            logs.log_exception("the error dialog could not be shown", error)

    def _show(self, sentence: str, details: str) -> None:
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None  # deleted with its window
        if self._dialog is not None:
            self._dialog.add(details)
            return
        if time.monotonic() - self._closed_at < COOLDOWN_S:
            self.dropped += 1
            return
        self._dialog = ErrorDialog(sentence, _header() + details, self._window)
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self._closed_at = time.monotonic()


class _ToReporter(logging.Handler):
    """Records logged with ``unexpected=True`` (and a traceback) go to the reporter."""

    def __init__(self, reporter: ErrorReporter) -> None:
        super().__init__(logging.ERROR)
        self._reporter = reporter
        self.setFormatter(logging.Formatter(logs.FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if not getattr(record, logs.UNEXPECTED, False) or record.exc_info is None:
            return
        error = record.exc_info[1]
        if error is not None:
            self._reporter.report(error, self.format(record))


def install_hooks(reporter: ErrorReporter) -> Callable[[], None]:
    """Route uncaught exceptions to the log and the reporter; returns the undo."""
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    handler = _ToReporter(reporter)

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, error, tb)
            return
        where = threading.current_thread().name
        logs.log_exception(f"unexpected error (in {where})", (kind, error, tb), unexpected=True)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        logs.log_exception(
            f"unexpected error in thread {name}",
            (args.exc_type, args.exc_value, args.exc_traceback),
            unexpected=True,
        )

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    logs.log.addHandler(handler)

    def undo() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        logs.log.removeHandler(handler)

    return undo


def install_qt_messages() -> Callable[[], None]:
    """Qt's messages to the log (warnings at WARNING), then to the handler before; returns
    the undo."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s [%s]", message, category)
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)  # what Qt's own handler would have printed

    previous = qInstallMessageHandler(handler)

    def undo() -> None:
        qInstallMessageHandler(previous)

    return undo


def open_log_folder(parent: QWidget, folder: Path) -> bool:
    """Show the log folder in the file manager (made first: it appears with the first record)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        text = QCoreApplication.translate(
            "ErrorDialog", "The log folder {folder} cannot be made: {error}."
        )
        QMessageBox.warning(parent, APP_NAME, text.format(folder=folder, error=error.strerror))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    text = QCoreApplication.translate(
        "ErrorDialog", "No file manager opened the log folder {folder}."
    )
    QMessageBox.warning(parent, APP_NAME, text.format(folder=folder))
    return False


def _header() -> str:
    return (
        f"{APP_NAME} {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}\n\n"
    )
