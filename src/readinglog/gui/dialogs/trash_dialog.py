"""The Trash window (from the sidebar's Trash row): what was deleted, with Restore, Delete
forever and Empty trash. What it restores goes through the window's trash commands (passed in
as ``restore``), so the window selects what came back."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from readinglog.core import trash
from readinglog.core.backups import PRE_DELETE
from readinglog.core.models import TrashKind
from readinglog.core.text import plural
from readinglog.core.trash import TrashView
from readinglog.core.types import Changes
from readinglog.gui.dialogs import common
from readinglog.gui.runtime.host import WindowHost
from readinglog.gui.widgets.list_or_sentence import ListOrSentence

KIND_TEXT = {TrashKind.ITEM: "Entry", TrashKind.NOTE: "Note", TrashKind.HIGHLIGHT: "Highlight"}
ID_ROLE = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    """What the trash holds: kind, title, when deleted; Restore, Delete forever, Empty."""

    def __init__(
        self,
        host: WindowHost,
        restore: Callable[[Sequence[int]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle("Trash")
        self._host = host
        self._restore = restore
        self.list = QTreeWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setHeaderLabels(["Kind", "Title", "Deleted"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep = f"Deleted entries and notes stay here for {trash.KEEP_DAYS} days."
        self.hint = QLabel(keep, self)
        self.hint.setWordWrap(True)
        self.stack = ListOrSentence(self.list, f"The trash is empty. {keep}", self)
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(buttons, "&Restore", "trash_restore")
        self.delete_button = self._button(buttons, "&Delete forever…", "trash_delete")
        self.empty_button = self._button(buttons, "&Empty trash…", "trash_empty")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        host.changed.connect(self._on_window_changed)

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def refresh(self) -> None:
        with self._host.library.sessions() as s:
            rows = trash.list_trash(s)
        self.list.clear()
        for row in rows:
            self.list.addTopLevelItem(_row_item(row))
        for column in (0, 2):
            self.list.resizeColumnToContents(column)
        self.stack.set_empty(not rows)
        self.hint.setVisible(bool(rows))  # the sentence in the list's place says it then
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [int(item.data(0, ID_ROLE)) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.list.topLevelItemCount() > 0)

    def _write_trash(self, work: Callable[[Session], object], backup_first: bool = False) -> None:
        """Delete for good (a refusal, e.g. a read-only library, is shown, not raised)."""

        def run(s: Session) -> Changes:
            work(s)
            return Changes()  # no entry or note changed: only the trash's count

        def write() -> None:
            if self._host.write(run) is not None:  # the list refreshes on `changed`
                self._host.refresh_counts()

        if backup_first:  # for good: a verified backup first, on a worker
            self._host.after_backup(PRE_DELETE, write)
        else:
            write()

    def _on_restore_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._restore(ids)  # the list refreshes on the window's `changed`

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._restore([int(item.data(0, ID_ROLE))])

    def _on_delete_clicked(self) -> None:
        ids = self.selected_ids()
        what = plural(len(ids), "thing", "things")
        text = f"Delete {what} in the trash for good? This cannot be undone."
        if ids and common.confirm(self, "Delete forever", text, "Delete forever"):
            self._write_trash(lambda s: trash.delete_forever(s, ids), backup_first=True)

    def _on_empty_clicked(self) -> None:
        count = self.list.topLevelItemCount()
        what = plural(count, "thing", "things")
        text = f"Delete the {what} in the trash for good? This cannot be undone."
        if common.confirm(self, "Empty trash", text, "Empty trash"):
            self._write_trash(lambda s: trash.empty(s), backup_first=True)

    def _on_window_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()


def _row_item(row: TrashView) -> QTreeWidgetItem:
    deleted = row.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
    item = QTreeWidgetItem([KIND_TEXT[row.kind], row.title, deleted])
    item.setData(0, ID_ROLE, row.id)
    item.setToolTip(1, f"{KIND_TEXT[row.kind]} #{row.original_id}: {row.title}")
    return item
