"""The window's saved-search commands: save what is typed in the filter box under a name, apply
a saved search picked in the sidebar, delete one (Delete on its row, after asking).

A QObject child of the main window, like ``FileCommands``: the action and the sidebar connect
to its bound methods without keeping the window alive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from readinglog import APP_NAME
from readinglog.gui.dialogs import common
from readinglog.gui.lists import saved_searches
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.lists.sidebar import BASE_KEYS
from readinglog.gui.lists.views import view_for
from readinglog.gui.window.window_part import WindowPart

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow


class SearchCommands(WindowPart):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("search_commands")
        self.saved = saved_searches.load(window.settings)
        self.last_dialog: QDialog | None = None  # the name dialog shown last (tests read it)

    def save_search(self) -> None:
        """Ask for a name and keep the filter box's text under it (replacing a namesake)."""
        window = self.window
        edit = window.list_pane.search.edit
        edit.flush()
        query = edit.text().strip()
        if not query:
            window.statusBar().showMessage("Type a search or a filter first, then save it.", 4000)
            return
        name = self._ask_name(query)
        if not name:
            return
        search = SavedSearch(name, query, window.list_pane.target)
        replaced = any(s.name == name for s in self.saved)
        if not self._store(saved_searches.put(self.saved, search)):
            return
        window.sidebar.select_key(search.key)
        verb = "Replaced" if replaced else "Saved"
        window.statusBar().showMessage(f"{verb} the search “{name}”.", 4000)

    def _ask_name(self, query: str) -> str:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("save_search_dialog")
        dialog.setWindowTitle("Save search")
        dialog.setLabelText(f"Name for “{query}”:")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(query)
        dialog.setOkButtonText("Save")
        self.last_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.textValue().strip() if accepted else ""
        finally:
            dialog.deleteLater()

    def apply(self, search: SavedSearch) -> None:
        """Show the saved search's list, filtered by its text."""
        window = self.window
        view = view_for(BASE_KEYS[search.target])
        assert view is not None
        window.list_pane.search.edit.set_query(search.query)
        window.list_pane.show_view(view)
        window.setWindowTitle(f"{APP_NAME} — {search.name}")

    def delete(self, name: str) -> None:
        """Delete on a saved search in the sidebar: ask, then forget it."""
        search = next((s for s in self.saved if s.name == name), None)
        if search is None:
            return
        window = self.window
        text = (
            f"Delete the saved search “{name}”?\n\n{search.query}\n\nNo entry or note is deleted."
        )
        if not common.confirm(window, "Delete saved search", text, "Delete"):
            return
        was_current = window.sidebar.current_key == search.key
        if self._store(saved_searches.remove(self.saved, name)) and was_current:
            window.sidebar.select_key(BASE_KEYS[search.target])

    def _store(self, searches: list[SavedSearch]) -> bool:
        window = self.window
        try:
            saved_searches.store(window.settings, searches, window.library.paths.settings)
        except OSError as exc:
            window.report_error(f"the saved searches could not be written: {exc}")
            return False
        self.saved = searches
        window.sidebar.set_saved(searches)
        return True
