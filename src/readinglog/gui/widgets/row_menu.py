"""A list's context menu opened on a row: the row it was opened on is the one it acts on."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView


def take_clicked_row(view: QAbstractItemView, event: QContextMenuEvent, index: QModelIndex) -> None:
    """A right click on a row outside the selection makes it the current (and selected) row,
    as file managers do; a click inside the selection, or the menu key, keeps the selection."""
    if (
        event.reason() == QContextMenuEvent.Reason.Mouse
        and index.isValid()
        and not view.selectionModel().isSelected(index)
    ):
        view.setCurrentIndex(index)
