"""Form pieces shared by the dialogs: labels and text for field values, ``FieldBox`` (an input
with its error sentence in red under it), ``show_errors`` and a combo box of labelled choices."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import values
from readinglog.core.types import BookFormat
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

MAIN_FIELDS = ("original_title",)  # shown under the title; the rest go to the right column
CHOICES: dict[str, tuple[str, ...]] = {"format": tuple(f.value for f in BookFormat)}
NAME_SEPARATORS = re.compile(r"[;；、\n]")
_ACRONYMS = {"url": "URL", "isbn": "ISBN", "id": "ID"}
# Every label field_label makes (core's fields, the title, the people's roles), for the
# catalogs; tests/gui/test_chinese_search_stats.py keeps it in step with core.
FIELD_LABELS = frozenset(
    {
        QT_TRANSLATE_NOOP("Field", "Title"),
        QT_TRANSLATE_NOOP("Field", "Original title"),
        QT_TRANSLATE_NOOP("Field", "Rating"),
        QT_TRANSLATE_NOOP("Field", "Language"),
        QT_TRANSLATE_NOOP("Field", "URL"),
        QT_TRANSLATE_NOOP("Field", "Summary"),
        QT_TRANSLATE_NOOP("Field", "Time spent"),
        QT_TRANSLATE_NOOP("Field", "Subtitle"),
        QT_TRANSLATE_NOOP("Field", "ISBN"),
        QT_TRANSLATE_NOOP("Field", "Publisher"),
        QT_TRANSLATE_NOOP("Field", "Year"),
        QT_TRANSLATE_NOOP("Field", "Pages"),
        QT_TRANSLATE_NOOP("Field", "Format"),
        QT_TRANSLATE_NOOP("Field", "Cover"),
        QT_TRANSLATE_NOOP("Field", "Feed URL"),
        QT_TRANSLATE_NOOP("Field", "Episode number"),
        QT_TRANSLATE_NOOP("Field", "Duration"),
        QT_TRANSLATE_NOOP("Field", "Published"),
        QT_TRANSLATE_NOOP("Field", "Channel"),
        QT_TRANSLATE_NOOP("Field", "Site"),
        QT_TRANSLATE_NOOP("Field", "Platform"),
        QT_TRANSLATE_NOOP("Field", "Certificate date"),
        QT_TRANSLATE_NOOP("Field", "Certificate ID"),
        QT_TRANSLATE_NOOP("Field", "Certificate URL"),
        QT_TRANSLATE_NOOP("Field", "Certificate cost"),
        QT_TRANSLATE_NOOP("Field", "Author"),
        QT_TRANSLATE_NOOP("Field", "Translator"),
        QT_TRANSLATE_NOOP("Field", "Editor"),
        QT_TRANSLATE_NOOP("Field", "Narrator"),
        QT_TRANSLATE_NOOP("Field", "Host"),
        QT_TRANSLATE_NOOP("Field", "Guest"),
        QT_TRANSLATE_NOOP("Field", "Instructor"),
        QT_TRANSLATE_NOOP("Field", "Speaker"),
    }
)


def field_label(name: str) -> str:
    """``certificate_url`` -> "Certificate URL" (in the window's language)."""
    words = [_ACRONYMS.get(word, word) for word in name.split("_")]
    english = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    return QCoreApplication.translate("Field", english)


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
        theme.mark_error(self.error)  # a red that follows a theme switch
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
        self.error.setAccessibleName(self.tr("Error: {message}").format(message=message))
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


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK (the default: Enter accepts) and Cancel, wired to ``dialog``'s accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label() -> QLabel:
    """The red sentence above a dialog's buttons for an error that is about no one field."""
    label = QLabel()
    theme.mark_error(label)  # a red that follows a theme switch
    label.setWordWrap(True)
    label.hide()
    return label


def show_errors(errors: dict[FieldBox | None, str], general: QLabel) -> None:
    """Each sentence under its field (``None``: in ``general``); focus the first field."""
    for box, message in errors.items():
        if box is None:
            general.setText(message)
            general.show()
        else:
            box.show_error(message)
    first = next((box for box in errors if box is not None), None)
    if first is not None:
        first.editor.setFocus(Qt.FocusReason.OtherFocusReason)


def choice_combo(
    parent: QWidget, name: str, accessible_name: str, items: Iterable[tuple[str, str]]
) -> QComboBox:
    """A combo box named ``name`` with one entry per (label, data) pair."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible_name)
    for label, data in items:
        combo.addItem(label, data)
    return combo
