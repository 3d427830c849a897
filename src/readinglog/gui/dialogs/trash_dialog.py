"""The Trash window (from the sidebar's Trash row): what was deleted, with Restore, Delete
forever and Empty trash. What it restores goes through the window's trash commands (passed in
as ``restore``), so the window selects what came back."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
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
from readinglog.core.trash import TrashView
from readinglog.core.types import Changes
from readinglog.gui.dialogs import common
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.host import WindowHost
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.list_or_sentence import ListOrSentence

KIND_TEXT = {
    TrashKind.ITEM: QT_TRANSLATE_NOOP("TrashDialog", "Entry"),
    TrashKind.NOTE: QT_TRANSLATE_NOOP("TrashDialog", "Note"),
    TrashKind.HIGHLIGHT: QT_TRANSLATE_NOOP("TrashDialog", "Highlight"),
}
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
        self.setWindowTitle(self.tr("Trash"))
        self._host = host
        self._restore = restore
        self.list = QTreeWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Title"), self.tr("Deleted")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        days = trash.KEEP_DAYS
        keep = self.tr("Deleted entries and notes stay here for {days} days.").format(days=days)
        self.hint = QLabel(keep, self)
        self.hint.setWordWrap(True)
        empty = self.tr("The trash is empty. Deleted entries and notes stay here for {days} days.")
        self.stack = ListOrSentence(self.list, empty.format(days=days), self)
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(buttons, self.tr("&Restore"), "trash_restore")
        self.delete_button = self._button(buttons, self.tr("&Delete forever…"), "trash_delete")
        self.empty_button = self._button(buttons, self.tr("&Empty trash…"), "trash_empty")
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
        n = len(ids)
        text = i18n.numerus(
            n,
            self.tr("Delete %Ln thing in the trash for good? This cannot be undone.", "", n),
            self.tr("Delete %Ln things in the trash for good? This cannot be undone.", "", n),
        )
        title = self.tr("Delete forever")
        if ids and common.confirm(self, title, text, title):
            self._write_trash(lambda s: trash.delete_forever(s, ids), backup_first=True)

    def _on_empty_clicked(self) -> None:
        n = self.list.topLevelItemCount()
        text = i18n.numerus(
            n,
            self.tr("Delete the %Ln thing in the trash for good? This cannot be undone.", "", n),
            self.tr("Delete the %Ln things in the trash for good? This cannot be undone.", "", n),
        )
        title = self.tr("Empty trash")
        if common.confirm(self, title, text, title):
            self._write_trash(lambda s: trash.empty(s), backup_first=True)

    def _on_window_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()


def _row_item(row: TrashView) -> QTreeWidgetItem:
    deleted = row.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
    kind = QCoreApplication.translate("TrashDialog", KIND_TEXT[row.kind])
    item = QTreeWidgetItem([kind, row.title, deleted])
    item.setData(0, ID_ROLE, row.id)
    tip = QCoreApplication.translate("TrashDialog", "{kind} #{id}: {title}")
    item.setToolTip(1, tip.format(kind=kind, id=row.original_id, title=row.title))
    return item
