"""File ▸ Restore from backup…: the backups, newest first (date, reason, size, counts), or
"Choose file…" for one kept elsewhere. Accepting sets ``chosen`` (and ``info`` when it was
picked from the list); the window asks to confirm and restores it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import backups
from readinglog.core.backups import BackupInfo
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.list_or_sentence import ListOrSentence

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupDialog", "Date"),
    QT_TRANSLATE_NOOP("BackupDialog", "Reason"),
    QT_TRANSLATE_NOOP("BackupDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupDialog", "Entries"),
    QT_TRANSLATE_NOOP("BackupDialog", "Notes"),
)
REASONS = {
    backups.DAILY: QT_TRANSLATE_NOOP("BackupDialog", "Daily"),
    backups.MANUAL: QT_TRANSLATE_NOOP("BackupDialog", "Backed up by you"),
    backups.UPGRADE: QT_TRANSLATE_NOOP("BackupDialog", "Before an upgrade"),
    backups.PRE_IMPORT: QT_TRANSLATE_NOOP("BackupDialog", "Before an import"),
    backups.PRE_UNDO: QT_TRANSLATE_NOOP("BackupDialog", "Before undoing an import"),
    backups.PRE_ARCHIVE_IMPORT: QT_TRANSLATE_NOOP("BackupDialog", "Before an archive import"),
    backups.PRE_DELETE: QT_TRANSLATE_NOOP("BackupDialog", "Before deleting several"),
    backups.PRE_RESTORE: QT_TRANSLATE_NOOP("BackupDialog", "Before a restore"),
}


def reason_text(reason: str) -> str:
    """A backup's reason in the window's language (an unknown one as it is written)."""
    known = REASONS.get(reason)
    return reason if known is None else QCoreApplication.translate("BackupDialog", known)


def human_size(size: int) -> str:
    value = float(size)
    if value < 1024:
        return QCoreApplication.translate("BackupDialog", "{size} bytes").format(
            size=f"{value:.0f}"
        )
    for unit in ("KB", "MB"):
        value /= 1024
        if value < 1024:
            return f"{value:.1f} {unit}"
    return f"{value / 1024:.2f} GB"


def describe(info: BackupInfo) -> str:
    """One line: date, reason, size and counts."""
    when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
    values = {"when": when, "reason": reason_text(info.reason), "size": human_size(info.size)}
    if info.entries is None:
        return QCoreApplication.translate("BackupDialog", "{when} ({reason}, {size})").format(
            **values
        )
    return QCoreApplication.translate(
        "BackupDialog", "{when} ({reason}, {size}, {entries} entries, {notes} notes)"
    ).format(entries=info.entries, notes=info.notes, **values)


def no_backups(folder: Path) -> str:
    """What the dialog says in place of an empty list of backups."""
    return QCoreApplication.translate(
        "BackupDialog",
        "There are no backups in {folder} yet. ReadingLog makes them itself (daily, and "
        "before an import, an upgrade or a deletion of several). To restore a copy kept "
        "elsewhere, use Choose file…",
    ).format(folder=folder)


class BackupDialog(QDialog):
    def __init__(self, folder: Path, stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.infos = backups.listing(folder, stem)
        self.chosen: Path | None = None
        self.info: BackupInfo | None = None
        self._folder = folder
        intro = QLabel(
            self.tr(
                "Choose a backup to put back in place of the library. The library as it is now "
                "is backed up first, so this can be undone the same way."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.infos), len(COLUMNS), self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Backups"))
        for row, info in enumerate(self.infos):
            self._fill(row, info)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self.stack = ListOrSentence(self.table, no_backups(folder), self)
        self.stack.set_empty(not self.infos)
        choose = QPushButton(self.tr("Choose &file…"), self)
        choose.setObjectName("backup_choose_file")
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("backup_restore")
        self.buttons.addButton(choose, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        if self.infos:
            self.table.selectRow(0)
        self._on_table_item_selection_changed()
        self.resize(640, 380)

    def _fill(self, row: int, info: BackupInfo) -> None:
        cells = (
            info.created.astimezone().strftime("%Y-%m-%d %H:%M"),
            reason_text(info.reason),
            human_size(info.size),
            "?" if info.entries is None else str(info.entries),
            "?" if info.notes is None else str(info.notes),
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column >= 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setToolTip(str(info.path))
            self.table.setItem(row, column, cell)

    def select(self, number: int) -> None:
        """Select the backup ``number`` (0 is the newest)."""
        self.table.selectRow(number)

    def choose_file(self, path: Path) -> None:
        """A backup file from elsewhere (what "Choose file…" does once a file is picked)."""
        self.chosen, self.info = path, None
        super().accept()

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.info = self.infos[rows[0].row()]
        self.chosen = self.info.path
        super().accept()

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _on_table_item_double_clicked(self, _item: QTableWidgetItem) -> None:
        self.accept()

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._folder),
            self.tr("ReadingLog libraries (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.choose_file(Path(name))
