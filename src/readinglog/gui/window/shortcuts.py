"""The window's keys: who gets a key when a text field wants it too, and the F1 sheet.

A text field claims many keys before the window's shortcuts see them (Qt's ShortcutOverride):
on X11 a line edit takes Ctrl+E (end of line) and Ctrl+D (delete a character), so Export and
Save search did nothing while the filter box had the focus. ``ShortcutPolicy`` settles it one
way for the whole window: the keys of an enabled window action are the window's wherever the
focus is (the sidebar on a saved search took Ctrl+D too: on X11 it is one of the Delete keys),
except those of the actions in ``YIELDS_TO_TEXT`` (Del, Ctrl+Z), which a text field keeps for
its own editing and other widgets may claim (Del on a saved search forgets it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from readinglog.core.types import Status
from readinglog.gui.detail.episodes_panel import MARK_KEYS
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP, plain
from readinglog.gui.window.actions import YIELDS_TO_TEXT, MainAction, plain_text, tr

# Keys that are not actions but work in one part of the window: (group, [(what, keys)]); the
# texts are translated when the sheet is made (keys are named as Qt names them, but for a few
# words: "0 clears").
CONTEXT_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the list"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected entry or note"), "Enter"),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Select several rows"), "Shift+Up, Shift+Down"),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Empty the filter box"), "Esc"),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Rate the selected entries"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "1 – 5, 0 clears, + / − half a star"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the search box"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the results or the list"), "Down, Enter"),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search box"), "Esc"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In an entry's highlights"),
        (
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the highlight"), "Enter"),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected highlights to the trash"),
                "Del",
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Copy them as quotes with their citations"),
                "Ctrl+C",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In a show's episodes"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark the selected episodes heard or watched"),
                MARK_KEYS[Status.FINISHED],
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark them in progress"),
                MARK_KEYS[Status.IN_PROGRESS],
            ),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark them as wanted"), MARK_KEYS[Status.WANT]),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a marked episode's entry"),
                "Enter",
            ),  # episodes_panel.OPEN_KEYS
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the sidebar"),
        ((QT_TRANSLATE_NOOP("ShortcutsDialog", "Forget the selected saved search"), "Del"),),
    ),
    # Written out, not imported: gui.stats is loaded when View ▸ Statistics first opens it
    # (tests/gui/test_stats_view_more.py presses each of these keys there).
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the statistics"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between a chart's bars"),
                "Left, Right, Home, End",
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Move a week or a day in the calendar"),
                "Left, Right, Up, Down",
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "List the entries of the bar or the day"),
                "Enter, Space",
            ),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Show the listed entry in the window"), "Enter"),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the statistics"), "Esc"),
        ),
    ),
)


def is_text_field(widget: QObject) -> bool:
    """A field the user types into (read-only text is not one)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


class ShortcutPolicy(QObject):
    """Watches the ShortcutOverride of every widget of ``window`` that gets the focus and
    decides, for the keys of the window's actions, who has them (see the module docstring)."""

    def __init__(self, window: QWidget, actions: Mapping[MainAction, QAction]) -> None:
        super().__init__(window)
        self.setObjectName("shortcut_policy")
        # The actions are children of the window and hold nothing of it; the window itself
        # is never kept here: the application's connection below holds this object, and a
        # window held from it would outlive its close, left to the garbage collector.
        self._actions = dict(actions)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # focusObjectChanged, not focusChanged: that one also hands over the widget losing the
        # focus, which may be one being destroyed (wrapping it for Python is not safe).
        app.focusObjectChanged.connect(self._on_app_focus_object_changed)

    def _on_app_focus_object_changed(self, new: QObject | None) -> None:
        # Every widget that gets the focus, not only text fields: the sidebar claims Del on a
        # saved search, which on X11 includes Ctrl+D (Save search). A scroll area's paints go
        # to its viewport, so the filter sees little more than the widget's keys.
        if isinstance(new, QWidget) and new.window() is self.parent():
            new.installEventFilter(self)  # once per widget: Qt does not add a filter twice

    def action_for(self, event: QKeyEvent) -> MainAction | None:
        """The enabled window-wide action ``event``'s key triggers, if any."""
        pressed = QKeySequence(event.keyCombination())
        for key, action in self._actions.items():
            if (
                action.isEnabled()
                and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
                and pressed in action.shortcuts()
            ):
                return key
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        key = self.action_for(event)
        if key is None:
            return False
        if key in YIELDS_TO_TEXT:
            if not is_text_field(watched):
                return False  # the widget decides (the sidebar keeps Del for a saved search)
            event.accept()  # the field's own Del or undo, even for keys it would not claim
            return True
        event.ignore()  # not the field's: Qt tries the window's shortcuts
        return True


# -- the F1 sheet ------------------------------------------------------------------------------


def keys_text(action: QAction) -> str:
    """Every key of ``action`` as the platform writes it (``Ctrl+Shift+F``, ``⇧⌘F``)."""
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return ", ".join(n for n in names if n) or "—"


Rows = list[tuple[str, list[tuple[str, str]]]]


def _tr(text: str) -> str:
    """A text of CONTEXT_KEYS in the window's language (key names stay as they are)."""
    return QCoreApplication.translate("ShortcutsDialog", text)


class ShortcutsDialog(QDialog):
    """Each action once, under its menu, with all its keys; then the keys that work in one
    place only. ``groups`` is ``[(menu title, [actions])]`` in menu order."""

    def __init__(
        self, groups: Sequence[tuple[str, Sequence[QAction]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._groups: Rows = [
            (plain(tr(title)), [(plain_text(a), keys_text(a)) for a in actions])
            for title, actions in groups
        ]
        self._groups += [
            (_tr(title), [(_tr(what), _tr(keys)) for what, keys in rows])
            for title, rows in CONTEXT_KEYS
        ]
        count = sum(1 + len(rows) for _, rows in self._groups)
        self.table = QTableWidget(count, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self._fill()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, self._fitting_height(layout))

    def _fitting_height(self, layout: QVBoxLayout) -> int:
        """Tall enough to show every row without scrolling, when the screen has the room."""
        table = self.table
        wanted = (
            table.verticalHeader().length()
            + table.horizontalHeader().sizeHint().height()
            + 2 * table.frameWidth()
            + layout.sizeHint().height()
            - table.sizeHint().height()
        )
        screen = self.screen()
        room = screen.availableGeometry().height() * 0.85 if screen is not None else 640
        return int(min(max(wanted, 320), room))

    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        row = 0
        for title, rows in self._groups:
            heading = QTableWidgetItem(title)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            row += 1
            for name, keys in rows:
                self.table.setItem(row, 0, QTableWidgetItem(f"    {name}"))
                self.table.setItem(row, 1, QTableWidgetItem(keys))
                row += 1

    def groups(self) -> Rows:
        """What the sheet shows: ``[(group, [(action, keys)])]``."""
        return [(title, list(rows)) for title, rows in self._groups]

    def rows(self) -> list[tuple[str, str]]:
        """Every (action, keys) row, groups left out."""
        return [row for _, rows in self._groups for row in rows]
