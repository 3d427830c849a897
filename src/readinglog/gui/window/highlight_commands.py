"""The window's commands on an entry's highlights: add, edit, delete (to the trash, Ctrl+Z
takes it back), make a note of the selected ones, quote them into the open note.

A QObject child of the main window, like ``ItemCommands``: the actions and the highlights
panel's requests connect to its bound methods. Writes go through the window's ``write`` (or the
dialog's own transaction, as an entry's edit does) and reach the one ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from readinglog.core import highlights, trash
from readinglog.core.errors import UserError
from readinglog.core.types import Changes
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.highlight_dialog import HighlightDialog
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.window.window_part import CommandHost, WindowPart

NO_NOTE = QT_TRANSLATE_NOOP(
    "HighlightCommands", "No note is open to quote into: open one, or start one with Ctrl+Shift+N"
)
NONE_SELECTED = QT_TRANSLATE_NOOP(
    "HighlightCommands", "Select highlights in the entry's list first"
)


class HighlightCommands(WindowPart):
    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("highlight_commands")

    def _run(self, dialog: HighlightDialog) -> Changes | None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.window.changed.emit(dialog.changes)
        return dialog.changes

    def add(self) -> None:
        """Add a highlight to the entry the entry actions act on."""
        entries = self.window.selected_items()
        if not entries:
            self.window.status(self.tr("Select an entry to add a highlight to"))
            return
        dialog = HighlightDialog(self.window.library, item_id=entries[0], parent=self.widget)
        changes = self._run(dialog)
        if changes is not None and changes.created is not None:
            self.window.select_highlight(changes.created)

    def edit(self, highlight_id: int) -> None:
        try:
            dialog = HighlightDialog(
                self.window.library, highlight_id=highlight_id, parent=self.widget
            )
        except UserError as error:  # gone since the page was shown
            self.window.report_error(i18n.said(error))
            self.window.changed.emit(Changes(highlights=frozenset({highlight_id})))
            return
        self._run(dialog)

    def edit_current(self) -> None:
        ids = self.window.selected_highlights()
        if ids:
            self.edit(ids[0])

    def delete(self, ids: Sequence[int]) -> None:
        """Move these highlights to the trash (several after asking); Ctrl+Z brings them back."""
        window = self.window
        ids = list(ids)
        if not ids:
            return
        n = len(ids)
        question = i18n.numerus(
            n,
            self.tr("Move %Ln highlight to the trash?", "", n),
            self.tr("Move %Ln highlights to the trash?", "", n),
        )
        delete = self.tr("Delete")
        if n > 1 and not common.confirm(self.widget, delete, question, delete):
            return
        trashed: list[int] = []

        def work(s: Session) -> Changes:
            trashed.clear()
            changes = Changes()
            for highlight_id in ids:
                moved = trash.trash_highlight(s, highlight_id)
                trashed.append(moved.trash_id)
                changes |= moved.changes
            return changes

        if window.write(work) is not None:  # committed: now it can be undone
            window.trash_deleted(trashed)

    def delete_selected(self) -> None:
        self.delete(self.window.selected_highlights())

    def to_note(self) -> None:
        """One note of the selected highlights (in reading order), opened in the editor."""
        window = self.window
        ids = window.selected_highlights()
        if not ids:
            window.status(self.tr(NONE_SELECTED))
            return
        window.flush()
        changes = window.write(lambda s: highlights.to_note(s, ids))
        if changes is not None and changes.created is not None:
            window.edit_note(changes.created)
            window.status(
                self.tr("A note made of {highlights}").format(highlights=self._count(len(ids)))
            )

    def quote(self) -> None:
        """The selected highlights as blockquotes with their citations, at the cursor of the
        note open in the editor (the entry stays shown, to pick more)."""
        window = self.window
        ids = window.selected_highlights()
        if not ids:
            window.status(self.tr(NONE_SELECTED))
            return
        with window.library.sessions() as s:
            found = highlights.views(s, ids)
        markdown = "\n\n".join(highlights.quoted(view) for view in found)
        title = window.quote_into_note(markdown)
        if title is None:
            window.status(self.tr(NO_NOTE), 8000)
        else:
            what = self._count(len(found))
            window.status(
                self.tr("Quoted {highlights} into “{note}”").format(highlights=what, note=title),
                6000,
            )

    def _count(self, n: int) -> str:
        return i18n.numerus(n, self.tr("%Ln highlight", "", n), self.tr("%Ln highlights", "", n))
