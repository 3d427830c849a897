"""Upgrading an older library at start-up, before the window exists, without looking frozen.

``upgrade_library`` runs ``migrate.upgrade`` (a backup, then every pending migration in one
transaction) on a worker thread while the GUI thread runs an event loop, so the screen keeps
repainting and the desktop never reports ReadingLog as not responding. A small library is done
before ``SHOW_AFTER_MS`` and sees nothing; a large one sees ``UpgradeDialog`` until it is done.

There is no Cancel: a migration must not be interrupted halfway, so closing the dialog (its
close button, Esc, Alt+F4) does nothing while the upgrade runs, and the worker thread is not a
daemon (a Ctrl+C in the terminal waits for it). Should the process be killed anyway, nothing is
lost: the upgrade is one transaction, so the library stays as it was and the next start
upgrades it again.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from readinglog import APP_NAME
from readinglog.core import migrate
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.paths import AppPaths

# An upgrade done sooner shows no dialog at all. A small library takes ~0.3 s (most of it
# importing pypinyin for the note sort keys), so 300 ms would still flash a dialog.
SHOW_AFTER_MS = 500
HEADING = QT_TRANSLATE_NOOP("UpgradeDialog", "Upgrading your library…")


class UpgradeDialog(QDialog):
    """A busy bar, the library's path and where the backup goes; it cannot be closed by hand
    until ``finish()`` is called."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgrade_dialog")
        self.setWindowTitle(APP_NAME)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        # Closing it is not quitting: the main window follows it.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._running = True

        heading = QLabel(self.tr(HEADING), self)
        heading.setObjectName("upgrade_heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        about = self.tr(
            "A backup is made first, then the library is updated for this version of "
            "{app}. A large library can take a minute; {app} opens when it is done."
        ).format(app=APP_NAME)
        note = _plain_label(about, "upgrade_note", self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Library:"), _plain_label(str(paths.database), "upgrade_path", self))
        form.addRow(self.tr("Backups:"), _plain_label(str(paths.backups), "upgrade_backups", self))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("upgrade_progress")
        self.bar.setRange(0, 0)  # busy: migrations report no steps
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Upgrading"))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        self.setAccessibleName(self.tr(HEADING))
        self.setAccessibleDescription(
            self.tr("{about} Library: {library}. Backups: {backups}.").format(
                about=about, library=paths.database, backups=paths.backups
            )
        )
        self.setMinimumWidth(480)

    def sizeHint(self) -> QSize:
        # As tall as the wrapped text needs at this width (not at a narrower one).
        width = max(self.minimumWidth(), super().sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    @property
    def running(self) -> bool:
        return self._running

    def finish(self) -> None:
        """The upgrade is over: the dialog may close, and closes now."""
        self._running = False
        self.close()

    def bring_to_front(self) -> None:
        if self.isVisible():
            self.raise_()
            self.activateWindow()

    def reject(self) -> None:  # Esc
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)


def _plain_label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _Done(QObject):
    """Emitted from the worker thread; made on the GUI thread, so it arrives queued there."""

    done = Signal()


def upgrade_library(
    paths: AppPaths, *, activated: SignalInstance | None = None
) -> tuple[str | None, str] | None:
    """Upgrade the library in ``paths`` if it is older than this ReadingLog; None if it was not.

    Raises the DatabaseError of ``migrate`` (a newer, unreadable or failed library), on the
    GUI thread. ``activated`` (another launch asked for this window) raises the dialog.
    """
    if migrate.pending_upgrade(paths.database) is None:
        return None
    # The helpers are the dialog's children, so they go with it, on this thread.
    dialog = UpgradeDialog(paths)
    loop = QEventLoop(dialog)
    signals = _Done(dialog)
    signals.done.connect(loop.quit)
    show = QTimer(dialog, singleShot=True, interval=SHOW_AFTER_MS)
    show.timeout.connect(dialog.show)
    if activated is not None:
        activated.connect(dialog.bring_to_front)
    # Not a daemon thread: at exit the interpreter waits for a running upgrade.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-upgrade") as pool:
        show.start()
        future = pool.submit(migrate.upgrade, paths.database, paths.backups)
        future.add_done_callback(lambda _future: signals.done.emit())
        try:
            while not future.done():  # done before the signal: never waits for a sent one
                loop.exec()  # again if something quit every event loop early
        finally:
            show.stop()
            if activated is not None:
                activated.disconnect(dialog.bring_to_front)
            dialog.finish()
            dialog.deleteLater()
    error = future.exception()
    if error is None:
        return future.result()
    try:
        raise error
    finally:  # no frame -> future -> error -> traceback -> frame cycle for a later GC to find
        del error, future
