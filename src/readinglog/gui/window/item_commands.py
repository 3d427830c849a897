"""The window's commands on the list's entries and notes: new entry, edit, delete, log progress,
mark finished today, load the sample library.

A QObject child of the main window, like ``FileCommands``: the actions connect to its bound
methods without keeping the window alive. Each write goes through ``MainWindow.write`` or a
dialog, and what it changed reaches the window's one ``changed`` signal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from readinglog.core import repository, sample, trash
from readinglog.core.backups import PRE_DELETE
from readinglog.core.query import Filter
from readinglog.core.types import Changes, ItemKind, Target
from readinglog.gui.dialogs import common, log_dialog
from readinglog.gui.dialogs.item_dialog import ItemDialog
from readinglog.gui.dialogs.log_dialog import LogDialog
from readinglog.gui.lists.views import DEFAULT_KEY
from readinglog.gui.runtime import i18n
from readinglog.gui.window.window_part import CommandHost, WindowPart


class ItemCommands(WindowPart):
    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("entry_commands")

    def _run_dialog(self, dialog: QDialog) -> Changes | None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        changes: Changes = dialog.changes  # type: ignore[attr-defined]
        self.window.changed.emit(changes)
        return changes

    def new_item(self) -> None:
        window = self.window
        key = window.view.key if window.view else ""
        preferred = ItemKind(key[5:]) if key.startswith("kind:") else None
        kind = common.choose_kind(self.widget, preferred)
        if kind is None:
            return
        changes = self._run_dialog(ItemDialog(window.library, kind=kind, parent=self.widget))
        if changes is not None and changes.created is not None:
            window.select_item(changes.created)

    def edit_current(self) -> None:
        window = self.window
        current = window.current_id()
        if current is None:
            current = next(iter(window.selected_ids()), None)
        if current is None:
            return
        if window.list_target is Target.NOTE:
            window.edit_note(current)
            return
        self._run_dialog(ItemDialog(window.library, item_id=current, parent=self.widget))

    def delete_selected(self) -> None:
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        notes_list = window.list_target is Target.NOTE
        with window.library.sessions() as s:
            rows = repository.note_rows(s, ids) if notes_list else repository.item_rows(s, ids)
        n = len(rows)
        titles = "\n".join(f"• {r.title}" for r in rows[:8]) + ("\n…" if n > 8 else "")
        if notes_list:
            question = i18n.numerus(
                n,
                self.tr("Delete %Ln note?\n\n{titles}", "", n),
                self.tr("Delete %Ln notes?\n\n{titles}", "", n),
            )
        else:
            question = i18n.numerus(
                n,
                self.tr("Delete %Ln entry?\n\n{titles}\nTheir notes are kept.", "", n),
                self.tr("Delete %Ln entries?\n\n{titles}\nTheir notes are kept.", "", n),
            )
        delete = self.tr("Delete")
        if not common.confirm(self.widget, delete, question.format(titles=titles), delete):
            return
        window.flush()
        remove = trash.trash_note if notes_list else trash.trash_item
        trashed: list[int] = []

        def work(s: Session) -> Changes:
            trashed.clear()
            changes = Changes()
            for row in rows:
                moved = remove(s, row.id)
                trashed.append(moved.trash_id)
                changes |= moved.changes
            return changes

        def write() -> None:
            if window.write(work) is not None:  # committed: now it can be undone
                window.trash_deleted(trashed)

        if len(rows) > 1:  # a bulk delete: a verified backup first, on a worker
            window.after_backup(PRE_DELETE, write)
        else:
            write()

    def log_progress(self) -> None:
        entries = self.window.selected_items()
        if entries:
            self._run_dialog(LogDialog(self.window.library, entries[0], parent=self.widget))

    def mark_finished_today(self) -> None:
        """Log the selected entries finished today, after asking (optionally) for a rating."""
        window = self.window
        entries = window.selected_items()
        if not entries:
            return
        rating = log_dialog.ask_rating(window.library, entries, self.widget)
        today = dt.date.today()
        if window.write(lambda s: log_dialog.log_finished(s, entries, today, rating)) is not None:
            window.status(
                self.tr("Finished today: {entries}").format(entries=self._entries(len(entries))),
                4000,
            )

    def _entries(self, n: int) -> str:
        return i18n.numerus(n, self.tr("%Ln entry", "", n), self.tr("%Ln entries", "", n))

    def load_sample(self) -> None:
        window = self.window
        with window.library.sessions() as s:
            count = len(repository.item_ids(s, Filter()))
        force = False
        if count:
            text = self.tr(
                "The library already has {entries}. Add the sample entries and notes to it anyway?"
            ).format(entries=self._entries(count))
            title, button = self.tr("Load the sample library"), self.tr("Add the sample")
            if not common.confirm(self.widget, title, text, button):
                return
            force = True
        if window.write(lambda s: sample.load(s, force=force)) is not None:
            window.open_view(DEFAULT_KEY)
