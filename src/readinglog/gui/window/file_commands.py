"""The window's File and Preferences commands: export, import (menu or drop) and preferences.

A QObject child of the main window, so the actions can connect to its bound methods without
keeping the window alive. Each command opens its dialog, window-modal, and forwards what the
dialog wrote to the window's one ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from readinglog.core import repository
from readinglog.core.errors import NotFound
from readinglog.core.models import NoteItem
from readinglog.core.types import Target
from readinglog.export.plan import Request
from readinglog.gui.dialogs.export_dialog import ExportDialog
from readinglog.gui.dialogs.import_dialog import ImportDialog
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.window.window_part import CommandHost, WindowPart

CHUNK = 500  # ids per IN (...) query


class FileCommands(WindowPart):
    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("file_commands")
        self.last_dialog: QDialog | None = None  # the dialog shown last (tests read it)

    # -- export --------------------------------------------------------------------------

    def export_current(self) -> None:
        """The note or entry shown in the detail pane, as one post."""
        window = self.window
        window.flush()
        target, current = window.shown_page()
        if target is None or current is None:
            window.status(self.tr("Select a note or an entry to export."), 4000)
            return
        try:
            with window.library.sessions() as s:
                if target is Target.NOTE:
                    title = repository.note_view(s, current).title
                    request = Request(Target.NOTE, (current,), title)
                else:
                    title = repository.item_view(s, current).title
                    request = Request(Target.ITEM, (current,), title)
        except NotFound:
            return
        self._export(request)

    def export_listed_notes(self) -> None:
        """The notes in the list (the selected ones when several are selected); for a list of
        entries, the notes about them."""
        window = self.window
        window.flush()
        selected = window.selected_ids()
        ids = list(selected) if len(selected) > 1 else window.listed_ids()
        where = self._where(window.view.title if window.view is not None else None, selected)
        if window.list_target is Target.ITEM:
            ids = self._notes_about(ids)
        if not ids:
            window.status(self.tr("There are no notes to export in this list."), 4000)
            return
        self._export(Request(Target.NOTE, tuple(ids), where, many=True))

    def _where(self, title: str | None, selected: Sequence[int]) -> str:
        """Which notes, as the export dialog names them: "selected in Books", "about the
        entries selected in Books", "about Books" (whole sentences, for word order)."""
        several = len(selected) > 1
        notes = self.window.list_target is not Target.ITEM
        if title is None:
            if several:
                if notes:
                    return self.tr("selected in the list")
                return self.tr("about the entries selected in the list")
            return self.tr("the list") if notes else self.tr("about the list")
        if several:
            if notes:
                return self.tr("selected in {list}").format(list=title)
            return self.tr("about the entries selected in {list}").format(list=title)
        return title if notes else self.tr("about {list}").format(list=title)

    def _notes_about(self, item_ids: Sequence[int]) -> list[int]:
        found: set[int] = set()
        with self.window.library.sessions() as s:
            for start in range(0, len(item_ids), CHUNK):
                chunk = item_ids[start : start + CHUNK]
                stmt = select(NoteItem.note_id).where(NoteItem.item_id.in_(chunk))
                found.update(s.scalars(stmt))
        return sorted(found)

    def _export(self, request: Request) -> None:
        window = self.window
        dialog = ExportDialog(window.library, window.settings, request, self.widget)
        self._show(dialog)

    # -- import --------------------------------------------------------------------------

    def import_files(self) -> None:
        """The import dialog, to pick a file or folder."""
        self.import_paths(())

    def import_paths(self, paths: Sequence[Path]) -> None:
        """The import dialog, once for each path given (dropped), or once to pick one."""
        window = self.window
        window.flush()
        chosen: list[Path | None] = list(paths) or [None]
        for number, path in enumerate(chosen, 1):
            dialog = ImportDialog(window.library, path, self.widget)
            if len(chosen) > 1:
                dialog.setWindowTitle(
                    self.tr("Import ({number} of {count})").format(number=number, count=len(chosen))
                )
            dialog.imported.connect(window.changed)
            dialog.undone.connect(window.changed)
            self._show(dialog)

    # -- preferences ---------------------------------------------------------------------

    def preferences(self) -> None:
        window = self.window
        dialog = PreferencesDialog(window.library.paths, window.settings, self.widget)
        if self._show(dialog):
            window.apply_search_options()

    def _show(self, dialog: QDialog) -> int:
        self.last_dialog = dialog
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()
