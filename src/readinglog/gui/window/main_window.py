"""The main window: sidebar | list | detail, the menus, the status bar, and the one
``changed(Changes)`` signal every view refreshes itself from (ARCHITECTURE.md rule 5). The
commands live in QObject children: ``ItemCommands``, ``FileCommands``, ``SearchCommands``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget
from sqlalchemy.orm import Session

from readinglog import APP_NAME, config, logs
from readinglog.config import Settings
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.types import Changes, Target
from readinglog.gui.detail.detail_view import DetailView
from readinglog.gui.dialogs import common
from readinglog.gui.lists import saved_searches
from readinglog.gui.lists.list_pane import ListPane
from readinglog.gui.lists.sidebar import Counts, Sidebar, tag_view
from readinglog.gui.lists.views import DEFAULT_KEY, View
from readinglog.gui.runtime import error_dialog, i18n
from readinglog.gui.search import search_options
from readinglog.gui.search.index_keeper import IndexKeeper
from readinglog.gui.window import actions, drop, window_state
from readinglog.gui.window.actions import MENUS, MainAction, create_actions
from readinglog.gui.window.backup_commands import BackupCommands
from readinglog.gui.window.feed_commands import FeedCommands
from readinglog.gui.window.file_commands import FileCommands
from readinglog.gui.window.highlight_commands import HighlightCommands
from readinglog.gui.window.history_commands import HistoryCommands
from readinglog.gui.window.item_commands import ItemCommands
from readinglog.gui.window.saved_search_commands import SearchCommands
from readinglog.gui.window.shortcuts import ShortcutPolicy, ShortcutsDialog
from readinglog.gui.window.trash_commands import TrashCommands
from readinglog.gui.window.window_part import Undoer
from readinglog.gui.window.window_state import PaneSizes

FEEDS_MENU = MENUS[3][0]  # Fee&ds, named in a status message
CLOSE_WAIT_MS = 10_000  # for a list query still running when the window closes


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes, after every write

    def __init__(
        self, library: Library, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.library = library
        self.settings = settings or config.load(library.paths.settings)
        saved = saved_searches.load(self.settings)
        self.sidebar = Sidebar(library, self, saved)
        self._undoers: list[Undoer] = []  # what Edit ▸ Undo can take back, newest last
        self._stats: QWidget | None = None  # View ▸ Statistics, once opened
        self.list_pane = ListPane(library, self)
        self.searches = SearchCommands(self, self.sidebar, self.list_pane, saved)
        self.detail = DetailView(library, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        for pane in (self.sidebar, self.list_pane, self.detail):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(self.splitter.indexOf(pane), False)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([210, 690, 380])
        self.setCentralWidget(self.splitter)
        self.panes = PaneSizes(self.splitter)
        self._shown = False
        self.files = FileCommands(self)
        self.backups = BackupCommands(self)
        self.item_commands = ItemCommands(self)
        self.trash = TrashCommands(self)
        self.highlight_commands = HighlightCommands(self)
        self.history = HistoryCommands(self)
        self.feed_commands = FeedCommands(self)
        self.main_actions = create_actions(self)
        self.shortcut_policy = ShortcutPolicy(self, self.main_actions)
        self.setAcceptDrops(True)
        self._build_menus()
        self._size = QLabel(self)
        self._size.setObjectName("library_size")
        self.index = IndexKeeper(library, self)  # started once the window is shown
        self._index_state = QLabel(self.index.text, self)
        self._index_state.setObjectName("index_state")
        self.statusBar().setSizeGripEnabled(False)  # windows resize from their edges
        self._index_state.setContentsMargins(0, 0, 16, 0)
        self.statusBar().addPermanentWidget(self._index_state)
        self.statusBar().addPermanentWidget(self._size)
        self.resize(1280, 760)
        self._connect()
        self.apply_search_options()
        self._on_sidebar_counted(self.sidebar.counts)
        self.sidebar.select_key(DEFAULT_KEY)
        self._update_actions()

    # -- building --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        for title, keys in MENUS:
            menu = self.menuBar().addMenu(actions.tr(title))
            for key in keys:
                if key is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.main_actions[key])

    def _connect(self) -> None:
        self.sidebar.view_selected.connect(self._on_sidebar_view_selected)
        self.sidebar.counted.connect(self._on_sidebar_counted)
        self.sidebar.saved_selected.connect(self.searches.apply)
        self.sidebar.delete_saved_requested.connect(self.searches.delete)
        self.sidebar.trash_requested.connect(self.trash.show_trash)
        self.list_pane.current_changed.connect(self._on_list_current_changed)
        # The actions follow the selection however it changes: a click, Ctrl+click, the
        # keyboard, a filter's answer, a reset that keeps or drops rows (Qt clears the
        # selection of a reset model without a selectionChanged).
        for table in (self.list_pane.items, self.list_pane.notes):
            table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
            table.model().modelReset.connect(self._update_actions)
        self.list_pane.activated.connect(self._on_list_activated)
        self.detail.link_activated.connect(self._on_detail_link_activated)
        self.detail.changed.connect(self.changed)
        self.detail.cover.write_requested.connect(self.write)  # choose / remove a cover
        self.detail.page_changed.connect(self._on_detail_page_changed)
        panel = self.detail.highlights
        panel.edit_requested.connect(self.highlight_commands.edit)
        panel.delete_requested.connect(self.highlight_commands.delete)
        panel.selection_changed.connect(self._update_actions)
        menu = (
            MainAction.QUOTE_HIGHLIGHTS,
            MainAction.HIGHLIGHTS_TO_NOTE,
            MainAction.ADD_HIGHLIGHT,
        )
        panel.set_actions([self.main_actions[key] for key in menu])
        self._connect_episodes()
        self.changed.connect(self._on_self_changed)
        self.changed.connect(self.index.on_changed)  # editor autosaves come this way too
        self.index.state_changed.connect(self._index_state.setText)
        self.index.serve(self.list_pane.results)
        self.list_pane.results.opened.connect(self._on_results_opened)
        self.list_pane.rating.changed.connect(self._on_rating_changed)
        self.list_pane.rating.failed.connect(self.report_error)
        self.list_pane.rating.message.connect(self.status)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.index.close)

    def _connect_episodes(self) -> None:
        episodes, feeds = self.detail.episodes, self.feed_commands
        episodes.mark_requested.connect(feeds.mark)
        episodes.open_requested.connect(feeds.open_entry)
        episodes.message.connect(self.status)
        refresh = self.main_actions[MainAction.REFRESH_FEED].shortcut().toString()
        episodes.refresh_keys = feeds.refresh_keys = refresh
        episodes.set_feed_name = actions.plain_text(self.main_actions[MainAction.SET_FEED_URL])

    def apply_search_options(self) -> None:
        """Preferences' search options, from ``self.settings``, to the box and the results."""
        options = search_options.load(self.settings)
        self.list_pane.apply_search_options(options)
        if self.index.limit != options.results:
            self.index.limit = options.results
            self.list_pane.results.refresh()  # the panel showing now gets the new count

    def action(self, key: MainAction) -> Any:
        return self.main_actions[key]

    # -- the current view and selection ----------------------------------------------------

    @property
    def view(self) -> View | None:
        return self.list_pane.view

    def selected_ids(self) -> list[int]:
        """The rows the list's actions act on: the selected ones, or the current row when
        none is selected (Qt makes a row current without selecting it, e.g. when the list gets
        the focus with no current row, and the detail pane shows that row)."""
        table = self.list_pane.table()
        current = table.current_id()
        return table.selected_ids() or ([] if current is None else [current])

    def current_id(self) -> int | None:
        return self.list_pane.table().current_id()

    @property
    def list_target(self) -> Target:
        return self.list_pane.target

    def listed_ids(self) -> list[int]:
        return list(self.list_pane.table().paged_model().ids)

    def shown_page(self) -> tuple[Target | None, int | None]:
        return self.detail.current

    def selected_items(self) -> list[int]:
        """The entries the entry actions act on: those selected in the list when the detail
        pane shows one of them (or nothing), else the entry the detail pane shows."""
        listed = self.selected_ids() if self.list_pane.target is Target.ITEM else []
        target, shown = self.detail.current
        if target is not Target.ITEM or shown is None or shown in listed:
            return listed
        return [shown]

    def _update_actions(self) -> None:
        entries = bool(self.selected_items())
        any_selected = bool(self.selected_ids())
        enable = {
            MainAction.EDIT: any_selected,
            MainAction.DELETE: any_selected,
            MainAction.LOG_PROGRESS: entries,
            MainAction.MARK_FINISHED: entries,
            MainAction.ADD_HIGHLIGHT: entries,
            MainAction.QUOTE_HIGHLIGHTS: bool(self.selected_highlights()),
            MainAction.HIGHLIGHTS_TO_NOTE: bool(self.selected_highlights()),
            MainAction.EXPORT: self.detail.current[0] is not None,
            MainAction.TOGGLE_PREVIEW: self.detail.page_target is Target.NOTE,
            MainAction.NOTE_HISTORY: self.history.current_note() is not None,
        }
        for key, on in enable.items():
            self.main_actions[key].setEnabled(on)

    # -- writes ------------------------------------------------------------------------------

    def write(self, work: Callable[[Session], Changes]) -> Changes | None:
        """Run ``work`` in one transaction; tell every view what changed, or say what failed."""
        try:
            with self.library.sessions.begin() as s:
                changes = work(s)
        except UserError as exc:
            self.report_error(i18n.said(exc))
            return None
        self.changed.emit(changes)
        return changes

    def report_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message[:1].upper() + message[1:])

    # -- actions -----------------------------------------------------------------------------

    def new_note(self) -> None:
        self.detail.new_note(self.selected_items())

    def focus_search(self) -> None:
        edit = self.list_pane.search.edit
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def toggle_preview(self) -> None:
        editor = self.detail.editor
        if editor is not None and self.detail.page_target is Target.NOTE:
            editor.toggle_preview()

    def show_covers_toggled(self, on: bool) -> None:
        """View > Show covers in the list (kept in window.ini with the list's columns)."""
        self.list_pane.items.set_covers_shown(on)

    def show_statistics(self) -> None:
        """View ▸ Statistics: its own window, made (and its code imported) when first opened."""
        if self._stats is None:
            from readinglog.gui.stats.stats_window import StatsWindow  # not at start-up

            self._stats = StatsWindow(self, self)
        if self._stats.isVisible():
            self._stats.raise_()
        else:
            self._stats.show()
        self._stats.activateWindow()

    def focus_list(self) -> None:
        self.list_pane.table().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_highlights(self) -> None:
        if self.detail.page_target is not Target.ITEM:
            self.status(self.tr("Open an entry to go to its highlights"))
        elif not self.detail.highlights.focus_list():
            add = self.main_actions[MainAction.ADD_HIGHLIGHT].shortcut().toString()
            self.status(
                self.tr("This entry has no highlights yet: {keys} adds one").format(keys=add)
            )

    def focus_episodes(self) -> None:
        episodes = self.detail.episodes
        if self.detail.page_target is not Target.ITEM or not episodes.active:
            self.status(self.tr("Open a podcast or a YouTube channel to go to its episodes"))
        elif not episodes.focus_list():
            refresh = self.main_actions[MainAction.REFRESH_FEED]
            self.status(
                self.tr("No episodes listed yet: {menu} ▸ {action} fetches them").format(
                    menu=i18n.plain(actions.tr(FEEDS_MENU)), action=actions.plain_text(refresh)
                )
            )

    def show_shortcuts(self) -> None:
        groups = [
            (title, [self.main_actions[k] for k in keys if k is not None]) for title, keys in MENUS
        ]
        ShortcutsDialog(groups, self).exec()

    def show_about(self) -> None:
        common.show_about(self, self.library.paths)

    def open_log_folder(self) -> None:
        log_file = logs.current()
        folder = log_file.parent if log_file is not None else self.library.paths.logs
        error_dialog.open_log_folder(self, folder)

    # -- navigation --------------------------------------------------------------------------

    def select_item(self, item_id: int) -> None:
        """Select an entry in the list (switching to All entries when it is not shown)."""
        if self.list_pane.target is Target.ITEM:
            self.list_pane.items.paged_model().settle()  # a new entry is listed by now
            if self.list_pane.items.select_id(item_id):
                return
        self.sidebar.select_key(DEFAULT_KEY)
        if not self.list_pane.items.select_id(item_id):
            self.detail.show_item(item_id)

    def show_note(self, note_id: int) -> None:
        """Select the note in the notes list when it is shown, else open it in the editor."""
        if self.list_pane.target is Target.NOTE:
            self.list_pane.notes.select_when_listed(note_id)
        else:
            self.detail.show_note(note_id)

    def open_view(self, key: str) -> None:
        self.sidebar.select_key(key)

    def edit_note(self, note_id: int) -> None:
        self.detail.show_note(note_id)
        if self.detail.editor is not None:
            self.detail.editor.setFocus()

    def reload_note(self, note_id: int) -> None:
        editor = self.detail.editor
        if editor is not None and editor.note_id == note_id:
            editor.reload()

    def open_page(self, target: Target, item_id: int) -> None:
        """Show an entry or a note in the detail pane: by selecting its row when the list
        shows it, else on its own beside the list (a link followed, a page restored)."""
        if self.list_pane.target is target:
            self.list_pane.table(target).select_id(item_id)
        if self.detail.current == (target, item_id):  # its row made it current
            return
        if target is Target.ITEM:
            self.detail.show_item(item_id)
        else:
            self.detail.show_note(item_id)

    # -- what the window's parts ask of it (runtime.host.WindowHost) ----------------------------

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def after_backup(self, reason: str, then: Callable[[], object]) -> None:
        self.backups.after_backup(reason, then)

    def refresh_counts(self) -> None:
        self.sidebar.recount()

    # -- what its command objects ask of it (window_part.CommandHost) ---------------------------

    def selected_highlights(self) -> list[int]:
        if self.detail.page_target is not Target.ITEM:
            return []
        return self.detail.highlights.selected_ids()

    def select_highlight(self, highlight_id: int) -> None:
        self.detail.highlights.select(highlight_id)

    def quote_into_note(self, markdown: str) -> str | None:
        return self.detail.quote_into_note(markdown)

    def trash_deleted(self, trash_ids: Sequence[int]) -> None:
        self.trash.deleted(trash_ids)

    def settle(self, wait_ms: int) -> bool:
        self.list_pane.wait_for_queries(wait_ms)
        return self.sidebar.wait_for_counts(wait_ms)

    def after_restore(self) -> None:
        self.detail.show_nothing()
        self.index.updated.emit()

    def bring_to_front(self) -> None:
        """A second launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def flush(self) -> None:
        self.detail.flush()

    # -- undo: the last delete or the last rating set by key --------------------------------

    def undo(self) -> None:
        """Take back the newest change that can be: a delete (from the trash) or a rating."""
        for undoer in reversed(self._undoers):
            if undoer.can_undo:
                undoer.undo()
                break
        self._update_undo()

    def undo_changed(self, undoer: Undoer) -> None:
        """``undoer`` made a change that can be taken back (or took its own back)."""
        if undoer in self._undoers:
            self._undoers.remove(undoer)
        self._undoers.append(undoer)  # the newest last
        self._update_undo()

    def _update_undo(self) -> None:
        self.action(MainAction.UNDO).setEnabled(any(u.can_undo for u in self._undoers))

    def _on_rating_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.undo_changed(self.list_pane.rating)

    # -- state -------------------------------------------------------------------------------

    def save_state(self) -> None:
        window_state.save_window(self)

    def restore_state(self) -> None:
        window_state.restore_window(self)

    def changeEvent(self, event: QEvent) -> None:
        """Light/dark switched: colours computed from the palette are computed again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.sidebar.refresh()
            target, current = self.detail.current
            if target is Target.ITEM and current is not None:
                self.detail.show_item(current)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the restored widths, now that the window has its real size
            self._shown = True
            self.panes.apply()
            # The index keeper's first job loads the Chinese text tools, and rjieba's import
            # holds the GIL ~190 ms: it starts once the window has painted (eventFilter), or
            # the first paint waited for it (offscreen at 10k entries: shown 0.71 s, not 0.85).
            _application().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Until the window's first paint: then the index keeper starts (see showEvent)."""
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            _application().removeEventFilter(self)
            QTimer.singleShot(0, self.index, self.index.start)  # after this paint, on the pool
            self.backups.schedule_daily()  # a few seconds later, on a worker, when due
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if drop.importable_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if drop.importable_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = drop.importable_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            # After the drop returns: the drag source must not wait on the import dialog.
            QTimer.singleShot(0, self.files, partial(self.files.import_paths, paths))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.save_state()
        self.list_pane.wait_for_queries(CLOSE_WAIT_MS)
        self.sidebar.wait_for_counts(CLOSE_WAIT_MS)
        self.index.close()
        super().closeEvent(event)

    # -- slots -------------------------------------------------------------------------------

    def _on_sidebar_view_selected(self, view: View) -> None:
        view = tag_view(self.library, view)
        self.list_pane.show_view(view)
        self.setWindowTitle(self.tr("{app} — {view}").format(app=APP_NAME, view=view.title))
        self._update_actions()

    def _on_sidebar_counted(self, counts: Counts | None) -> None:
        if counts is not None:
            entries, notes = counts.entries, counts.notes
            self._size.setText(
                self.tr("{entries} · {notes}").format(
                    entries=i18n.numerus(
                        entries,
                        self.tr("%Ln entry", "", entries),
                        self.tr("%Ln entries", "", entries),
                    ),
                    notes=i18n.numerus(
                        notes, self.tr("%Ln note", "", notes), self.tr("%Ln notes", "", notes)
                    ),
                )
            )

    def _on_list_current_changed(self, target: Target, item_id: int | None) -> None:
        if item_id is None:
            self.detail.show_nothing()
        elif target is Target.ITEM:
            self.detail.show_item(item_id)
        else:
            self.detail.show_note(item_id)
        self._update_actions()

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_actions()

    def _on_detail_page_changed(self, target: Target | None) -> None:
        """A note gets the room an editor needs; going back to an entry restores the panes.
        The hint keeps the widths in use: typing a filter that hides the note being read, then
        clearing it, must not move the panes under the user's eyes (nor lay out the window)."""
        if target is not None:
            self.panes.use_note_layout(target is Target.NOTE)
        self._update_actions()

    def _on_list_activated(self, target: Target, _item_id: int) -> None:
        if target is self.list_pane.target:
            self.item_commands.edit_current()

    def _on_detail_link_activated(self, target: Target, item_id: int) -> None:
        self.open_page(target, item_id)

    def _on_results_opened(self, target: Target, item_id: int) -> None:
        """A full-text hit: the note in the editor, the entry in the detail pane."""
        self._on_detail_link_activated(target, item_id)
        if target is Target.NOTE and self.detail.editor is not None:
            self.detail.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.list_pane.target is target and self.current_id() == item_id:
            self.focus_list()
        else:
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_self_changed(self, changes: Changes) -> None:
        self.sidebar.on_changed(changes)
        self.list_pane.on_changed(changes)
        self.detail.on_changed(changes)
        created = changes.created
        if created in changes.notes and self.list_pane.target is Target.NOTE:
            assert created is not None
            self.list_pane.notes.select_when_listed(created)
        self._update_actions()


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # a window exists
    return app
