"""Small dialogs of the window: the kind chooser, About, a yes/no question."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from readinglog import APP_ID, APP_NAME, __version__
from readinglog.core.types import ItemKind
from readinglog.paths import AppPaths


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
