"""The trash in the window: Ctrl+Z right after a delete, and the Trash window (from the
sidebar's Trash row) listing what was deleted, with Restore, Delete forever and Empty trash.

``TrashCommands`` is a QObject child of the main window, like ``EntryCommands``: the delete
command tells it which trash rows the delete made (after the commit), Undo restores them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
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
from readinglog.core.trash import Restored, TrashView
from readinglog.core.types import Changes
from readinglog.gui.dialogs import common
from readinglog.gui.lists.views import Target
from readinglog.gui.window.actions import MainAction
from readinglog.gui.window.window_part import WindowPart

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow

MOVED = "Moved to the trash — Ctrl+Z to undo"
KIND_TEXT = {TrashKind.ITEM: "Entry", TrashKind.NOTE: "Note"}
ID_ROLE = Qt.ItemDataRole.UserRole


def restore_all(s: Session, trash_ids: Sequence[int], done: list[Restored]) -> Changes:
    """Restore each trash row (in one transaction); ``done`` gets what each restore did."""
    done.clear()
    changes = Changes()
    for trash_id in trash_ids:
        restored = trash.restore(s, trash_id)
        done.append(restored)
        changes |= restored.changes
    return changes


def problems_text(done: Sequence[Restored]) -> str:
    lines = [f"• {problem}" for r in done for problem in r.problems]
    return "Restored, but:\n\n" + "\n".join(lines) if lines else ""


class TrashCommands(WindowPart):
    """Undo of the last delete, and the Trash window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trash_commands")
        self._last: list[int] = []
        self._dialog: TrashDialog | None = None
        window.sidebar.trash_requested.connect(self.show_trash)

    @property
    def can_undo(self) -> bool:
        return bool(self._last)

    def deleted(self, trash_ids: Sequence[int]) -> None:
        """A delete was committed: it can be undone, and the status bar says so."""
        self._last = list(trash_ids)
        self._update_action()
        self.window.statusBar().showMessage(MOVED, 10_000)

    def undo_delete(self) -> None:
        """Put back what the last delete moved to the trash (when it is still there)."""
        ids, self._last = self._last, []
        self._update_action()
        with self.window.library.sessions() as s:
            held = {row.id for row in trash.list_trash(s)}
        ids = [i for i in ids if i in held]
        if not ids:
            self.window.statusBar().showMessage(
                "Nothing to undo: it is no longer in the trash", 5000
            )
            return
        self.restore(ids)

    def restore(self, trash_ids: Sequence[int]) -> list[Restored]:
        """Restore these trash rows; select the first thing restored; name what could not
        come back as it was."""
        window = self.window
        window.flush()
        done: list[Restored] = []
        if window.write(lambda s: restore_all(s, trash_ids, done)) is None:
            return []
        window.statusBar().showMessage(f"Restored {_what(done)}", 5000)
        if done:
            self._show(done[0])
        text = problems_text(done)
        if text:
            QMessageBox.information(window, "Restore", text)
        return done

    def _update_action(self) -> None:
        self.window.action(MainAction.UNDO_DELETE).setEnabled(self.can_undo)

    def show_trash(self) -> None:
        if self._dialog is None:
            self._dialog = TrashDialog(self, self.window)
        self._dialog.refresh()
        if self._dialog.isVisible():  # open behind the window: bring it to the front
            self._dialog.raise_()
            self._dialog.activateWindow()
        else:
            self._dialog.show()

    def _show(self, restored: Restored) -> None:
        window = self.window
        if restored.kind is TrashKind.ITEM:
            window.show_entry(restored.id)
        elif window.list_pane.target is Target.NOTES:
            window.list_pane.notes.select_when_listed(restored.id)
        else:
            window.detail.show_note(restored.id)


def _what(done: Sequence[Restored]) -> str:
    if len(done) == 1:
        return f"“{done[0].title}”"
    return common.plural(len(done), "thing", "things")


class TrashDialog(QDialog):
    """What the trash holds: kind, title, when deleted; Restore, Delete forever, Empty."""

    def __init__(self, commands: TrashCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle("Trash")
        self._commands = commands
        self.list = QTreeWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setHeaderLabels(["Kind", "Title", "Deleted"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep = f"Deleted entries and notes stay here for {trash.KEEP_DAYS} days."
        self.hint = QLabel(keep, self)
        self.hint.setWordWrap(True)
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
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        commands.window.changed.connect(self._on_window_changed)

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def refresh(self) -> None:
        with self._commands.window.library.sessions() as s:
            rows = trash.list_trash(s)
        self.list.clear()
        for row in rows:
            self.list.addTopLevelItem(_row_item(row))
        for column in (0, 2):
            self.list.resizeColumnToContents(column)
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
            if self._commands.window.write(run) is not None:  # the list refreshes on `changed`
                self._commands.window.sidebar.recount()

        if backup_first:  # for good: a verified backup first, on a worker
            self._commands.window.backups.after_backup(PRE_DELETE, write)
        else:
            write()

    def _on_restore_clicked(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._commands.restore(ids)  # the list refreshes on the window's `changed`

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._commands.restore([int(item.data(0, ID_ROLE))])

    def _on_delete_clicked(self) -> None:
        ids = self.selected_ids()
        what = common.plural(len(ids), "thing", "things")
        text = f"Delete {what} in the trash for good? This cannot be undone."
        if ids and common.confirm(self, "Delete forever", text, "Delete forever"):
            self._write_trash(lambda s: trash.delete_forever(s, ids), backup_first=True)

    def _on_empty_clicked(self) -> None:
        count = self.list.topLevelItemCount()
        what = common.plural(count, "thing", "things")
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
