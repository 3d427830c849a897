"""The window's actions, one factory each (registered with ``actions.add_action``).

Each builds its QAction with ``actions.make`` from English text marked with
``QT_TRANSLATE_NOOP`` (context ``MainAction``) and the window's slot; ``actions.create_actions``
imports this module, so every factory is registered before the actions are made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.window.actions import MainAction, StandardKey, add_action, keys
from readinglog.gui.window.actions import make as _make

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow


@add_action(MainAction.NEW_ITEM)
def _new_item(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&New entry…"),
        w.item_commands.new_item,
        keys(StandardKey.New, "Ctrl+N"),
        QT_TRANSLATE_NOOP("MainAction", "Add a book, podcast, course, video or article"),
    )


@add_action(MainAction.NEW_NOTE)
def _new_note(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "New &note"),
        w.new_note,
        keys(None, "Ctrl+Shift+N"),
        QT_TRANSLATE_NOOP("MainAction", "Write a note (about the selected entries)"),
    )


@add_action(MainAction.EDIT)
def _edit(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Edit…"),
        w.item_commands.edit_current,
        keys(None, "F2"),
        QT_TRANSLATE_NOOP("MainAction", "Edit the selected entry or note"),
    )


@add_action(MainAction.DELETE)
def _delete(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Delete…"),
        w.item_commands.delete_selected,
        # Not StandardKey.Delete: that is "delete the next character", Ctrl+D too on X11.
        keys(None, "Del"),
        QT_TRANSLATE_NOOP("MainAction", "Delete the selected entries or notes"),
    )


@add_action(MainAction.UNDO)
def _undo(w: MainWindow) -> QAction:
    # Ctrl+Z: a text field with the focus keeps it for its own undo (Qt gives an editor's
    # standard keys to the editor first); elsewhere it takes back the last delete or rating.
    action = _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Undo"),
        w.undo,
        keys(StandardKey.Undo, "Ctrl+Z"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Take back the last delete (from the trash) or the last rating set by key"
        ),
    )
    action.setEnabled(False)
    return action


@add_action(MainAction.NOTE_HISTORY)
def _note_history(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Note &history…"),
        w.history.show_history,
        keys(None, "Ctrl+Shift+H"),
        QT_TRANSLATE_NOOP("MainAction", "Earlier versions of the note in the editor; restore one"),
    )


@add_action(MainAction.LOG_PROGRESS)
def _log_progress(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Log progress…"),
        w.item_commands.log_progress,
        keys(None, "Ctrl+L"),
        QT_TRANSLATE_NOOP("MainAction", "Record pages, minutes or percent for the selected entry"),
    )


@add_action(MainAction.MARK_FINISHED)
def _mark_finished(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Mark &finished today"),
        w.item_commands.mark_finished_today,
        keys(None, "Ctrl+Shift+F"),
        QT_TRANSLATE_NOOP("MainAction", "Finish the selected entries today"),
    )


@add_action(MainAction.ADD_HIGHLIGHT)
def _add_highlight(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Add &highlight…"),
        w.highlight_commands.add,
        keys(None, "Ctrl+H"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Add a passage you marked (with your comment and its page) to the entry"
        ),
    )


@add_action(MainAction.QUOTE_HIGHLIGHTS)
def _quote_highlights(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Quote highlights in the open note"),
        w.highlight_commands.quote,
        keys(None, "Ctrl+Shift+Q"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Insert the selected highlights, with their citations, at the cursor of the open note",
        ),
    )


@add_action(MainAction.HIGHLIGHTS_TO_NOTE)
def _highlights_to_note(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Make a note of the highlights"),
        w.highlight_commands.to_note,
        keys(None, "Ctrl+Shift+M"),
        QT_TRANSLATE_NOOP(
            "MainAction", "One new note quoting the selected highlights, opened in the editor"
        ),
    )


@add_action(MainAction.LOAD_SAMPLE)
def _load_sample(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Load the &sample library"),
        w.item_commands.load_sample,
        keys(None, "Ctrl+Shift+S"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Add a few English and Chinese entries and notes to try things out"
        ),
    )


@add_action(MainAction.IMPORT)
def _import(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Import…"),
        w.files.import_files,
        keys(None, "Ctrl+I"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Import a Goodreads or StoryGraph CSV, podcast OPML or Markdown notes"
        ),
    )


@add_action(MainAction.EXPORT)
def _export(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Export note or entry…"),
        w.files.export_current,
        keys(None, "Ctrl+E"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Export the note or entry shown as a blog post "
            "(Hugo, Jekyll, Hexo, Obsidian, Markdown)",
        ),
    )


@add_action(MainAction.EXPORT_NOTES)
def _export_notes(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Export notes in the lis&t…"),
        w.files.export_listed_notes,
        keys(None, "Ctrl+Shift+E"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Export every note in the list (or the selected ones), each as its own post",
        ),
    )


@add_action(MainAction.BACK_UP_NOW)
def _back_up_now(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Back up now"),
        w.backups.back_up_now,
        keys(None, "Ctrl+Shift+B"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Copy the library into the backups folder and check the copy"
        ),
    )


@add_action(MainAction.RESTORE_BACKUP)
def _restore_backup(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Restore from backup…"),
        w.backups.restore_from_backup,
        keys(None, "Ctrl+Shift+R"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Put a backup back in place of the library (the library is backed up first)",
        ),
    )


@add_action(MainAction.PREFERENCES)
def _preferences(w: MainWindow) -> QAction:
    action = _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Preferences…"),
        w.files.preferences,
        keys(StandardKey.Preferences, "Ctrl+,"),
        QT_TRANSLATE_NOOP("MainAction", "Data folder, blog folders, export format and theme"),
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    return action


@add_action(MainAction.TOGGLE_PREVIEW)
def _toggle_preview(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Show or hide the note &preview"),
        w.toggle_preview,
        keys(None, "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Preview beside the Markdown, or one at a time when the pane is narrow"
        ),
    )


@add_action(MainAction.SHOW_COVERS)
def _show_covers(w: MainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("MainAction", "Show &covers in the list"), w)
    action.setStatusTip(
        QCoreApplication.translate(
            "MainAction", "A Cover column with each entry's thumbnail (taller rows)"
        )
    )
    action.setShortcuts(keys(None, "Ctrl+Shift+C"))
    action.setCheckable(True)
    action.toggled.connect(w.show_covers_toggled)  # a bound method (see _make)
    return action


@add_action(MainAction.STATISTICS)
def _statistics(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "S&tatistics"),
        w.show_statistics,
        keys(None, "Ctrl+Shift+T"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "A year's numbers, charts, activity calendar and goals; "
            "click a bar to list its entries",
        ),
    )


@add_action(MainAction.FOCUS_SEARCH)
def _focus_search(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Search and filter"),
        w.focus_search,
        keys(None, "Ctrl+K") + keys(StandardKey.Find, "Ctrl+F"),
        QT_TRANSLATE_NOOP("MainAction", "Type words or a filter such as kind:book"),
    )


@add_action(MainAction.SAVE_SEARCH)
def _save_search(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Sa&ve search…"),
        w.searches.save_search,
        keys(None, "Ctrl+D"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Keep what is typed in the filter box under a name in the sidebar"
        ),
    )


@add_action(MainAction.FOCUS_LIST)
def _focus_list(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Go to the &list"),
        w.focus_list,
        keys(None, "Ctrl+1"),
        QT_TRANSLATE_NOOP("MainAction", "Move to the list"),
    )


@add_action(MainAction.FOCUS_HIGHLIGHTS)
def _focus_highlights(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Go to the &highlights"),
        w.focus_highlights,
        keys(None, "Ctrl+2"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Move to the highlights of the entry shown (Enter edits one, Del deletes)"
        ),
    )


@add_action(MainAction.REFRESH_FEED)
def _refresh_feed(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Refresh this feed"),
        w.feed_commands.refresh_shown,
        keys(None, "F5"),
        QT_TRANSLATE_NOOP(
            "MainAction", "Fetch the feed of the podcast or channel shown and list its new episodes"
        ),
    )


@add_action(MainAction.REFRESH_FEEDS)
def _refresh_feeds(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Refresh &all feeds"),
        w.feed_commands.refresh_all,
        keys(None, "Shift+F5"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Fetch the feed of every show that has one "
            "(a feed that fails does not stop the others)",
        ),
    )


@add_action(MainAction.SET_FEED_URL)
def _set_feed_url(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Set feed address…"),
        w.feed_commands.set_feed_address,
        keys(None, "Ctrl+Shift+U"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Give the show its feed: a podcast's RSS address, or a YouTube channel's address "
            "or @handle",
        ),
    )


@add_action(MainAction.FOCUS_EPISODES)
def _focus_episodes(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Go to the &episodes"),
        w.focus_episodes,
        keys(None, "Ctrl+3"),
        QT_TRANSLATE_NOOP(
            "MainAction",
            "Move to the episodes of the show shown (F heard, P in progress, W want, Enter opens)",
        ),
    )


@add_action(MainAction.QUIT)
def _quit(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Quit"),
        w.close,
        keys(StandardKey.Quit, "Ctrl+Q"),
        QT_TRANSLATE_NOOP("MainAction", "Save and quit"),
    )


@add_action(MainAction.SHORTCUTS)
def _shortcuts(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&Keyboard shortcuts"),
        w.show_shortcuts,
        keys(StandardKey.HelpContents, "F1"),
        QT_TRANSLATE_NOOP("MainAction", "Every action and its keys"),
    )


@add_action(MainAction.OPEN_LOG_FOLDER)
def _open_log_folder(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "Open &log folder"),
        w.open_log_folder,
        [],
        QT_TRANSLATE_NOOP(
            "MainAction", "Show the error log in the file manager (to attach to a bug report)"
        ),
    )


@add_action(MainAction.ABOUT)
def _about(w: MainWindow) -> QAction:
    return _make(
        w,
        QT_TRANSLATE_NOOP("MainAction", "&About ReadingLog"),
        w.show_about,
        [],
        QT_TRANSLATE_NOOP("MainAction", "Version and data folder"),
    )
