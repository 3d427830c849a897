"""The window's saved-search commands: save what is typed in the filter box under a name, apply
a saved search picked in the sidebar, delete one (Delete on its row, after asking).

A QObject child of the main window, like ``FileCommands``: the action and the sidebar connect
to its bound methods without keeping the window alive.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from readinglog import APP_NAME
from readinglog.gui.dialogs import common
from readinglog.gui.lists import saved_searches
from readinglog.gui.lists.list_pane import ListPane
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.lists.sidebar import BASE_KEYS, Sidebar
from readinglog.gui.lists.views import view_for
from readinglog.gui.window.window_part import CommandHost, WindowPart


class SearchCommands(WindowPart):
    """Saved searches between the sidebar, which lists them, and the list pane's filter box."""

    def __init__(
        self,
        window: CommandHost,
        sidebar: Sidebar,
        list_pane: ListPane,
        saved: list[SavedSearch],
    ) -> None:
        super().__init__(window)
        self.setObjectName("search_commands")
        self._sidebar = sidebar
        self._list = list_pane
        self.saved = saved
        self.last_dialog: QDialog | None = None  # the name dialog shown last (tests read it)

    def save_search(self) -> None:
        """Ask for a name and keep the filter box's text under it (replacing a namesake)."""
        window = self.window
        edit = self._list.search.edit
        edit.flush()
        query = edit.text().strip()
        if not query:
            window.status(self.tr("Type a search or a filter first, then save it."), 4000)
            return
        name = self._ask_name(query)
        if not name:
            return
        search = SavedSearch(name, query, window.list_target)
        replaced = any(s.name == name for s in self.saved)
        if not self._store(saved_searches.put(self.saved, search)):
            return
        self._sidebar.select_key(search.key)
        if replaced:
            window.status(self.tr("Replaced the search “{name}”.").format(name=name), 4000)
        else:
            window.status(self.tr("Saved the search “{name}”.").format(name=name), 4000)

    def _ask_name(self, query: str) -> str:
        dialog = QInputDialog(self.widget)
        dialog.setObjectName("save_search_dialog")
        dialog.setWindowTitle(self.tr("Save search"))
        dialog.setLabelText(self.tr("Name for “{query}”:").format(query=query))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(query)
        dialog.setOkButtonText(self.tr("Save"))
        self.last_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.textValue().strip() if accepted else ""
        finally:
            dialog.deleteLater()

    def apply(self, search: SavedSearch) -> None:
        """Show the saved search's list, filtered by its text."""
        view = view_for(BASE_KEYS[search.target])
        assert view is not None
        self._list.search.edit.set_query(search.query)
        self._list.show_view(view)
        self.widget.setWindowTitle(self.tr("{app} — {view}").format(app=APP_NAME, view=search.name))

    def delete(self, name: str) -> None:
        """Delete on a saved search in the sidebar: ask, then forget it."""
        search = next((s for s in self.saved if s.name == name), None)
        if search is None:
            return
        text = self.tr(
            "Delete the saved search “{name}”?\n\n{query}\n\nNo entry or note is deleted."
        ).format(name=name, query=search.query)
        title, button = self.tr("Delete saved search"), self.tr("Delete")
        if not common.confirm(self.widget, title, text, button):
            return
        was_current = self._sidebar.current_key == search.key
        if self._store(saved_searches.remove(self.saved, name)) and was_current:
            self._sidebar.select_key(BASE_KEYS[search.target])

    def _store(self, searches: list[SavedSearch]) -> bool:
        window = self.window
        try:
            saved_searches.store(window.settings, searches, window.library.paths.settings)
        except OSError as exc:
            window.report_error(
                self.tr("The saved searches could not be written: {error}").format(error=exc)
            )
            return False
        self.saved = searches
        self._sidebar.set_saved(searches)
        return True
