"""Edit ▸ Note history…: open the history of the note in the editor, and restore the version
the dialog (``dialogs.history_dialog``) picked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from readinglog.core import history
from readinglog.core.types import Target
from readinglog.gui.dialogs.history_dialog import HistoryDialog
from readinglog.gui.window.window_part import CommandHost, WindowPart


class HistoryCommands(WindowPart):
    """Opens the history of the note shown in the editor."""

    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("history_commands")

    def current_note(self) -> int | None:
        target, note_id = self.window.shown_page()
        return note_id if target is Target.NOTE else None

    def show_history(self) -> None:
        note_id = self.current_note()
        if note_id is None:
            return
        window = self.window
        window.flush()  # the text in the editor is saved (and maybe versioned) first
        dialog = HistoryDialog(window.library, note_id, self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore(note_id, dialog.chosen)

    def restore(self, note_id: int, version_id: int) -> None:
        window = self.window
        window.flush()
        changes = window.write(lambda s: history.restore_version(s, note_id, version_id))
        if changes is None:
            return
        window.reload_note(note_id)
        window.status(self.tr("Restored an earlier version"))
