"""A list that says, in its place, why it is empty and what to do (the Trash, a note's history,
the backups)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class ListOrSentence(QStackedWidget):
    """A list, or while it has nothing to show, a sentence in its place that says why and what
    to do: no empty header, no scroll bars. The sentence is dim in any theme (the palette's
    PlaceholderText role, no colour of its own)."""

    def __init__(self, view: QWidget, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.sentence = QLabel(text, self)
        self.sentence.setObjectName(f"{view.objectName()}_empty")
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.sentence.setContentsMargins(16, 24, 16, 16)
        self.sentence.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.addWidget(view)
        self.addWidget(self.sentence)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.sentence if empty else self.view)

    @property
    def empty_text(self) -> str:
        """The sentence while it shows, else ""."""
        return self.sentence.text() if self.currentWidget() is self.sentence else ""
