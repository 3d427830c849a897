"""File ▸ Restore from backup…: the backups, newest first (date, reason, size, counts), or
"Choose file…" for one kept elsewhere. Accepting sets ``chosen`` (and ``info`` when it was
picked from the list); the window asks to confirm and restores it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from readinglog.gui.widgets.list_or_sentence import ListOrSentence

COLUMNS = ("Date", "Reason", "Size", "Entries", "Notes")
REASONS = {
    backups.DAILY: "Daily",
    backups.MANUAL: "Backed up by you",
    backups.UPGRADE: "Before an upgrade",
    backups.PRE_IMPORT: "Before an import",
    backups.PRE_UNDO: "Before undoing an import",
    backups.PRE_ARCHIVE_IMPORT: "Before an archive import",
    backups.PRE_DELETE: "Before deleting several",
    backups.PRE_RESTORE: "Before a restore",
}


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.2f} GB"


def describe(info: BackupInfo) -> str:
    """One line: date, reason, size and counts."""
    counts = "" if info.entries is None else f", {info.entries} entries, {info.notes} notes"
    when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when} ({REASONS.get(info.reason, info.reason)}, {human_size(info.size)}{counts})"


def no_backups(folder: Path) -> str:
    """What the dialog says in place of an empty list of backups."""
    return (
        f"There are no backups in {folder} yet. ReadingLog makes them itself (daily, and "
        "before an import, an upgrade or a deletion of several). To restore a copy kept "
        "elsewhere, use Choose file…"
    )


class BackupDialog(QDialog):
    def __init__(self, folder: Path, stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle("Restore from backup")
        self.infos = backups.listing(folder, stem)
        self.chosen: Path | None = None
        self.info: BackupInfo | None = None
        self._folder = folder
        intro = QLabel(
            "Choose a backup to put back in place of the library. The library as it is now is "
            "backed up first, so this can be undone the same way.",
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.infos), len(COLUMNS), self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName("Backups")
        for row, info in enumerate(self.infos):
            self._fill(row, info)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        self.stack = ListOrSentence(self.table, no_backups(folder), self)
        self.stack.set_empty(not self.infos)
        choose = QPushButton("Choose &file…", self)
        choose.setObjectName("backup_choose_file")
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            "&Restore…", QDialogButtonBox.ButtonRole.AcceptRole
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
            REASONS.get(info.reason, info.reason),
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
            "Choose a backup",
            str(self._folder),
            "ReadingLog libraries (*.sqlite3 *.sqlite *.db);;All files (*)",
        )
        if name:
            self.choose_file(Path(name))
