"""Small dialogs of the window: the keyboard shortcuts sheet, the kind chooser, About."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readinglog import APP_ID, APP_NAME, __version__
from readinglog.core.types import ItemKind
from readinglog.gui.window.actions import plain_text
from readinglog.paths import AppPaths

# Keys that are not QAction shortcuts but work in a part of the window.
CONTEXT_KEYS = (
    ("Open the selected entry or note (in the list)", "Enter"),
    ("Go from the search box to the list", "Down, Enter"),
    ("Clear the search box", "Esc"),
)


class ShortcutsDialog(QDialog):
    """Every action with its keys, plus the keys that work in one place only."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(plain_text(a), _keys_text(a)) for a in actions]
        rows += list(CONTEXT_KEYS)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            name, keys = self.table.item(r, 0), self.table.item(r, 1)
            if name is not None and keys is not None:
                out.append((name.text(), keys.text()))
        return out


def _keys_text(action: QAction) -> str:
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return ", ".join(n for n in names if n) or "—"


def choose_kind(parent: QWidget, preferred: ItemKind | None = None) -> ItemKind | None:
    """A popup menu of kinds under the list's top-left corner (arrow keys and Enter)."""
    menu = QMenu(parent)
    menu.setObjectName("kind_menu")
    chosen: dict[QAction, ItemKind] = {}
    for kind in ItemKind:
        action = menu.addAction(f"&{kind.label[0].upper()}{kind.label[1:]}")
        chosen[action] = kind
        if kind is preferred:
            menu.setActiveAction(action)
    picked = menu.exec(parent.mapToGlobal(QPoint(24, 24)))
    return chosen.get(picked) if picked is not None else None


def show_about(parent: QWidget, paths: AppPaths) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>A personal reading, listening and study log with notes in English and 中文.</p>"
        f"<p>Library: <code>{paths.data}</code><br/>App id: <code>{APP_ID}</code></p>",
    )


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is accept


def plural(n: int, one: str, many: str) -> str:
    """``1 entry``, ``1,234 entries``."""
    return f"{n:,} {one if n == 1 else many}"
