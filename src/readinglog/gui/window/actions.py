"""Every window action, made by one factory per enum member (Picard's ``add_action``).

Each QAction's objectName is its id (tests trigger them by name), standard key sequences are
used where Qt has one, and ``MENUS`` puts every action in a menu. The factories themselves are
in ``action_factories``. The texts are English marked
with ``QT_TRANSLATE_NOOP`` (context ``MainAction``) and translated where an action or a menu is
made (``tr``), so a Chinese window shows them in Chinese.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP, plain

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow

StandardKey = QKeySequence.StandardKey
CONTEXT = "MainAction"  # the translation context of every text here


class MainAction(StrEnum):
    NEW_ITEM = "new_item"
    NEW_NOTE = "new_note"
    EDIT = "edit"
    DELETE = "delete"
    UNDO = "undo"
    NOTE_HISTORY = "note_history"
    LOG_PROGRESS = "log_progress"
    MARK_FINISHED = "mark_finished_today"
    ADD_HIGHLIGHT = "add_highlight"
    QUOTE_HIGHLIGHTS = "quote_highlights"
    HIGHLIGHTS_TO_NOTE = "highlights_to_note"
    IMPORT = "import"
    EXPORT = "export"
    EXPORT_NOTES = "export_notes"
    BACK_UP_NOW = "back_up_now"
    RESTORE_BACKUP = "restore_backup"
    LOAD_SAMPLE = "load_sample"
    PREFERENCES = "preferences"
    FOCUS_SEARCH = "focus_search"
    SAVE_SEARCH = "save_search"
    FOCUS_LIST = "focus_list"
    FOCUS_HIGHLIGHTS = "focus_highlights"
    TOGGLE_PREVIEW = "toggle_preview"
    SHOW_COVERS = "show_covers"
    STATISTICS = "statistics"
    REFRESH_FEED = "refresh_feed"
    REFRESH_FEEDS = "refresh_feeds"
    SET_FEED_URL = "set_feed_url"
    FOCUS_EPISODES = "focus_episodes"
    QUIT = "quit"
    SHORTCUTS = "shortcuts"
    OPEN_LOG_FOLDER = "open_log_folder"
    ABOUT = "about"


# Actions whose keys are also a text field's own editing keys (Del deletes a character, Ctrl+Z
# undoes typing): a focused text field keeps them; everywhere else they act on the list. Every
# other action's keys are the window's wherever the focus is (see shortcuts.ShortcutPolicy).

YIELDS_TO_TEXT = frozenset({MainAction.DELETE, MainAction.UNDO})

Factory = Callable[["MainWindow"], QAction]
_FACTORIES: dict[MainAction, Factory] = {}

# Menu title -> actions in order (None is a separator).
MENUS: tuple[tuple[str, tuple[MainAction | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainAction", "&File"),
        (
            MainAction.NEW_ITEM,
            MainAction.NEW_NOTE,
            None,
            MainAction.IMPORT,
            MainAction.EXPORT,
            MainAction.EXPORT_NOTES,
            None,
            MainAction.BACK_UP_NOW,
            MainAction.RESTORE_BACKUP,
            None,
            MainAction.LOAD_SAMPLE,
            None,
            MainAction.QUIT,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainAction", "&Edit"),
        (
            MainAction.EDIT,
            MainAction.DELETE,
            MainAction.UNDO,
            None,
            MainAction.NOTE_HISTORY,
            None,
            MainAction.LOG_PROGRESS,
            MainAction.MARK_FINISHED,
            None,
            MainAction.ADD_HIGHLIGHT,
            MainAction.QUOTE_HIGHLIGHTS,
            MainAction.HIGHLIGHTS_TO_NOTE,
            None,
            MainAction.PREFERENCES,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainAction", "&View"),
        (
            MainAction.FOCUS_SEARCH,
            MainAction.SAVE_SEARCH,
            MainAction.FOCUS_LIST,
            MainAction.FOCUS_HIGHLIGHTS,
            None,
            MainAction.TOGGLE_PREVIEW,
            MainAction.SHOW_COVERS,
            None,
            MainAction.STATISTICS,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainAction", "Fee&ds"),
        (
            MainAction.REFRESH_FEED,
            MainAction.REFRESH_FEEDS,
            None,
            MainAction.SET_FEED_URL,
            None,
            MainAction.FOCUS_EPISODES,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainAction", "&Help"),
        (MainAction.SHORTCUTS, None, MainAction.OPEN_LOG_FOLDER, None, MainAction.ABOUT),
    ),
)


def add_action(key: MainAction) -> Callable[[Factory], Factory]:
    def register(factory: Factory) -> Factory:
        _FACTORIES[key] = factory
        return factory

    return register


def typeable(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard: letters, digits, signs,
    Esc to Del, the arrows, F1 to F12 (not F13 and up, nor keys such as New, Find, Undo)."""
    return all(
        sequence[i].key() < Qt.Key.Key_F13  # type: ignore[index]  # (the stubs lack __getitem__)
        for i in range(sequence.count())
    )


def keys(standard: StandardKey | None = None, *extra: str) -> list[QKeySequence]:
    """The platform's standard sequences (when it has them) that can be typed, then ``extra``
    ones. Some standard keys expand to more than their name says (on X11 Delete is also
    Ctrl+D): tests/gui/test_shortcuts.py checks the expanded lists for clashes."""
    bound = QKeySequence.keyBindings(standard) if standard is not None else []
    found = [sequence for sequence in bound if typeable(sequence)]
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in found:
            found.append(sequence)
    return found


def tr(text: str) -> str:
    """A text of this module (a menu's title, an action's) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def make(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[QKeySequence],
    tip: str = "",
) -> QAction:
    """``text`` and ``tip`` are English marked with QT_TRANSLATE_NOOP: translated here."""
    action = QAction(tr(text), window)
    action.setShortcuts(shortcuts)
    action.setStatusTip(tr(tip) if tip else "")
    # A bound method, never a lambda: a lambda holding the window would keep it alive (the
    # connection lives in C++, where Python's garbage collector cannot see the cycle).
    action.triggered.connect(slot)
    return action


def create_actions(window: MainWindow) -> dict[MainAction, QAction]:
    """One QAction per MainAction, named by its id and added to the window (so its shortcut
    works wherever the focus is in the window)."""
    from readinglog.gui.window import action_factories  # noqa: F401  (registers the factories)

    made: dict[MainAction, QAction] = {}
    for key in MainAction:
        action = _FACTORIES[key](window)
        action.setObjectName(key.value)
        window.addAction(action)
        made[key] = action
    return made


def plain_text(action: QAction) -> str:
    """The action's menu text without its mnemonic ampersand and ellipsis."""
    return plain(action.text())
