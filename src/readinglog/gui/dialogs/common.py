"""Small dialogs of the window: the kind chooser, About, a yes/no question."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from readinglog import APP_ID, APP_NAME, __version__
from readinglog.core.types import ItemKind
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.paths import AppPaths

# The kind chooser's items: each kind's label with a mnemonic on its first letter.
KIND_ITEMS = {
    ItemKind.BOOK: QT_TRANSLATE_NOOP("KindMenu", "&Book"),
    ItemKind.PODCAST: QT_TRANSLATE_NOOP("KindMenu", "&Podcast show"),
    ItemKind.EPISODE: QT_TRANSLATE_NOOP("KindMenu", "&Podcast episode"),
    ItemKind.COURSE: QT_TRANSLATE_NOOP("KindMenu", "&Course"),
    ItemKind.SERIES: QT_TRANSLATE_NOOP("KindMenu", "&Course series"),
    ItemKind.VIDEO: QT_TRANSLATE_NOOP("KindMenu", "&Video or talk"),
    ItemKind.ARTICLE: QT_TRANSLATE_NOOP("KindMenu", "&Article"),
}
ABOUT = QT_TRANSLATE_NOOP(
    "About",
    "<h3>{app} {version}</h3>"
    "<p>A personal reading, listening and study log with notes in English and 中文.</p>"
    "<p>Library: <code>{library}</code><br/>App id: <code>{app_id}</code></p>",
)


def choose_kind(parent: QWidget, preferred: ItemKind | None = None) -> ItemKind | None:
    """A popup menu of kinds under the list's top-left corner (arrow keys and Enter)."""
    menu, chosen = kind_menu(parent, preferred)
    picked = menu.exec(parent.mapToGlobal(QPoint(24, 24)))
    return chosen.get(picked) if picked is not None else None


def kind_menu(
    parent: QWidget, preferred: ItemKind | None = None
) -> tuple[QMenu, dict[QAction, ItemKind]]:
    """The kind chooser's menu, each kind with a mnemonic, and the kind of each action."""
    menu = QMenu(parent)
    menu.setObjectName("kind_menu")
    chosen: dict[QAction, ItemKind] = {}
    for kind in ItemKind:
        action = menu.addAction(QCoreApplication.translate("KindMenu", KIND_ITEMS[kind]))
        chosen[action] = kind
        if kind is preferred:
            menu.setActiveAction(action)
    return menu, chosen


def show_about(parent: QWidget, paths: AppPaths) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About {app}").format(app=APP_NAME),
        QCoreApplication.translate("About", ABOUT).format(
            app=APP_NAME, version=__version__, library=paths.data, app_id=APP_ID
        ),
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
