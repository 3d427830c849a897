"""The trash's commands: Ctrl+Z right after a delete, restoring, and opening the Trash window
(from the sidebar's Trash row).

``TrashCommands`` is a QObject child of the main window, like ``ItemCommands``: the delete
command tells it which trash rows the delete made (after the commit), Undo restores them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from readinglog.core import trash
from readinglog.core.models import TrashKind
from readinglog.core.trash import Restored
from readinglog.core.types import Changes
from readinglog.gui.dialogs.trash_dialog import TrashDialog
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.window.window_part import CommandHost, WindowPart

MOVED = QT_TRANSLATE_NOOP("TrashCommands", "Moved to the trash — Ctrl+Z to undo")


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
    lines = [f"• {i18n.said(notice)}" for r in done for notice in r.notices]
    if not lines:
        return ""
    text = QCoreApplication.translate("TrashCommands", "Restored, but:\n\n{problems}")
    return text.format(problems="\n".join(lines))


class TrashCommands(WindowPart):
    """Undo of the last delete, and the Trash window."""

    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("trash_commands")
        self._last: list[int] = []
        self._dialog: TrashDialog | None = None

    @property
    def can_undo(self) -> bool:
        return bool(self._last)

    def deleted(self, trash_ids: Sequence[int]) -> None:
        """A delete was committed: it can be undone, and the status bar says so."""
        self._last = list(trash_ids)
        self._update_action()
        self.window.status(self.tr(MOVED), 10_000)

    def undo(self) -> None:
        """Put back what the last delete moved to the trash (when it is still there)."""
        ids, self._last = self._last, []
        self._update_action()
        with self.window.library.sessions() as s:
            held = {row.id for row in trash.list_trash(s)}
        ids = [i for i in ids if i in held]
        if not ids:
            self.window.status(self.tr("Nothing to undo: it is no longer in the trash"))
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
        window.status(self.tr("Restored {what}").format(what=_what(done)))
        if done:
            self._show(done[0])
        text = problems_text(done)
        if text:
            QMessageBox.information(self.widget, self.tr("Restore"), text)
        return done

    def _update_action(self) -> None:
        self.window.undo_changed(self)

    def show_trash(self) -> None:
        if self._dialog is None:
            self._dialog = TrashDialog(self.window, self.restore, self.widget)
        self._dialog.refresh()
        if self._dialog.isVisible():  # open behind the window: bring it to the front
            self._dialog.raise_()
            self._dialog.activateWindow()
        else:
            self._dialog.show()

    def _show(self, restored: Restored) -> None:
        if restored.kind is TrashKind.NOTE:
            self.window.show_note(restored.id)
        elif restored.kind is TrashKind.ITEM:
            self.window.select_item(restored.id)
        elif restored.changes.items:  # a highlight: show its entry
            self.window.select_item(min(restored.changes.items))


def _what(done: Sequence[Restored]) -> str:
    n = len(done)
    if n == 1:
        return QCoreApplication.translate("TrashCommands", "“{title}”").format(title=done[0].title)
    return i18n.numerus(
        n,
        QCoreApplication.translate("TrashCommands", "%Ln thing", "", n),
        QCoreApplication.translate("TrashCommands", "%Ln things", "", n),
    )
