"""Form pieces shared by the entry and log dialogs: labels and text for field values, and
``FieldBox``, an input with its error sentence in red under it."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from readinglog.core import values
from readinglog.core.types import BookFormat

ERROR_STYLE = "color: #c62828;"
MAIN_FIELDS = ("original_title",)  # shown under the title; the rest go to the right column
CHOICES: dict[str, tuple[str, ...]] = {"format": tuple(f.value for f in BookFormat)}
NAME_SEPARATORS = re.compile(r"[;；、\n]")
_ACRONYMS = {"url": "URL", "isbn": "ISBN", "id": "ID"}


def field_label(name: str) -> str:
    """``certificate_url`` -> "Certificate URL"."""
    words = [_ACRONYMS.get(word, word) for word in name.split("_")]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def field_text(name: str, value: object) -> str:
    """A stored field value as the text that parses back to it."""
    if value is None:
        return ""
    if name == "duration" and isinstance(value, int):
        return values.format_duration(value)
    if name == "time_spent" and isinstance(value, int):
        hours, minutes = divmod(value, 60)
        return f"{hours}h{minutes:02d}m" if hours else str(minutes)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(getattr(value, "value", value))


def split_names(text: str) -> list[str]:
    return [name.strip() for name in NAME_SEPARATORS.split(text) if name.strip()]


class FieldBox(QWidget):
    """An input with its error line under it (hidden until there is an error)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleName(f"Error: {message}")
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


def line_of(box: FieldBox) -> QLineEdit:
    assert isinstance(box.editor, QLineEdit)
    return box.editor


def text_of(box: FieldBox) -> str:
    return line_of(box).text()


def line_edit(placeholder: str = "", tip: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tip)
    return edit
