"""Add a highlight to an entry, or edit one: its text, the user's comment, where it is (page or
page range, Kindle location range, chapter) and its colour.

Like ``ItemDialog``, it writes in its own transaction when OK is pressed and keeps what was
written in ``changes``; a sentence that refuses a value goes under its field and the dialog
stays open with everything typed. A place's percent and reader position (from an import) are
kept as they are: the dialog does not show them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import highlights, repository
from readinglog.core.errors import InvalidInput, NotFound, UserError
from readinglog.core.library import Library
from readinglog.core.types import Changes, HighlightView, Place
from readinglog.gui.detail.note_editor import cjk_font
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import (
    FieldBox,
    error_label,
    line_edit,
    ok_cancel,
    show_errors,
)

# The colours readers give highlights (Kindle, KOReader, Readwise); any other name can be typed.
COLOURS = ("yellow", "blue", "pink", "orange", "green", "purple", "red", "gray")
# Each colour as the list shows it (what is stored is the English name, the item's data).
COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("HighlightDialog", "yellow"),
    "blue": QT_TRANSLATE_NOOP("HighlightDialog", "blue"),
    "pink": QT_TRANSLATE_NOOP("HighlightDialog", "pink"),
    "orange": QT_TRANSLATE_NOOP("HighlightDialog", "orange"),
    "green": QT_TRANSLATE_NOOP("HighlightDialog", "green"),
    "purple": QT_TRANSLATE_NOOP("HighlightDialog", "purple"),
    "red": QT_TRANSLATE_NOOP("HighlightDialog", "red"),
    "gray": QT_TRANSLATE_NOOP("HighlightDialog", "gray"),
}
_SPAN = re.compile(r"^\s*(\d+)\s*(?:[-–—~～]\s*(\d+))?\s*$")


def parse_span(text: str, what: str) -> tuple[int | None, int | None]:
    """ "42" -> (42, None); "42-44" or "42–44" -> (42, 44); "" -> (None, None)."""
    if not text.strip():
        return None, None
    found = _SPAN.match(text)
    if found is None:
        message = QCoreApplication.translate(
            "HighlightDialog", "{what}: write a number or a range such as 42 or 42–44"
        )
        raise InvalidInput(message.format(what=what))
    start, end = int(found[1]), int(found[2]) if found[2] else None
    if start < 1:
        message = QCoreApplication.translate(
            "HighlightDialog", "{what}: {start} must be at least 1"
        )
        raise InvalidInput(message.format(what=what, start=start))
    if end is not None and end < start:
        message = QCoreApplication.translate(
            "HighlightDialog", "{what}: the range ends ({end}) before it starts ({start})"
        )
        raise InvalidInput(message.format(what=what, start=start, end=end))
    return start, (end if end != start else None)


def span_text(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return f"{start}–{end}" if end is not None and end != start else str(start)


def _swatch(name: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(name))
    return QIcon(pixmap)


class HighlightDialog(QDialog):
    """Add a highlight to ``item_id``, or edit ``highlight_id`` (``NotFound`` when it is gone).
    After ``exec()`` returns Accepted: ``changes`` (its ``created`` is a new highlight's id)."""

    def __init__(
        self,
        library: Library,
        *,
        item_id: int | None = None,
        highlight_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("highlight_dialog")
        self._library = library
        self.changes = Changes()
        self._view: HighlightView | None = None
        with library.sessions() as s:
            if highlight_id is not None:
                found = highlights.views(s, [highlight_id])
                if not found:  # deleted meanwhile (from the CLI, an undo)
                    raise NotFound(f"no highlight with id {highlight_id}")
                self._view = found[0]
                item_id = self._view.item_id
            assert item_id is not None, "an entry or a highlight"
            title = repository.item_view(s, item_id).title
        self._item_id = item_id
        self._build()
        if self._view is not None:
            self._fill(self._view)
        if self._view is not None:
            heading = self.tr("Edit highlight — {title}")
        else:
            heading = self.tr("Add highlight — {title}")
        self.setWindowTitle(heading.format(title=title))
        self.resize(620, 520)
        self.text.setFocus()

    def _build(self) -> None:
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("highlight_text")
        self.text.setAccessibleName(self.tr("Highlighted text"))
        self.text.setPlaceholderText(self.tr("The passage, exactly as in the book (原文)"))
        self.text.setTabChangesFocus(True)
        self.text.setFont(cjk_font(self.font(), 1))
        self.text_box = FieldBox(self.text)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("highlight_comment")
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setPlaceholderText(self.tr("What you thought of it (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFont(cjk_font(self.font()))
        self.comment.setMaximumHeight(110)
        self.page = line_edit(self.tr("42 or 42–44"))
        self.page.setObjectName("highlight_page")
        self.page.setAccessibleName(self.tr("Page"))
        self.page_box = FieldBox(self.page)
        self.location = line_edit(self.tr("Kindle location: 145 or 145–146"))
        self.location.setObjectName("highlight_location")
        self.location.setAccessibleName(self.tr("Location"))
        self.location_box = FieldBox(self.location)
        self.chapter = line_edit(self.tr("Chapter 3, 第三章"))
        self.chapter.setObjectName("highlight_chapter")
        self.chapter.setAccessibleName(self.tr("Chapter"))
        self.colour = QComboBox(self)
        self.colour.setObjectName("highlight_colour")
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.setEditable(True)
        self.colour.addItem(self.tr("none"), "")
        for name in COLOURS:
            self.colour.addItem(_swatch(name), self.tr(COLOUR_NAMES[name]), name)
        self.general_error = error_label()
        places = QHBoxLayout()
        for label, box in (
            (self.tr("&Page:"), self.page_box),
            (self.tr("&Location:"), self.location_box),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(box.editor)
            places.addWidget(caption)
            places.addWidget(box, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.text_box)
        form.addRow(self.tr("&Comment:"), self.comment)
        form.addRow(self.tr("Where:"), places)
        form.addRow(self.tr("C&hapter:"), self.chapter)
        form.addRow(self.tr("Colou&r:"), self.colour)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(ok_cancel(self))
        self.setTabOrder(self.text, self.comment)
        self.setTabOrder(self.comment, self.page)
        self.setTabOrder(self.page, self.location)
        self.setTabOrder(self.location, self.chapter)
        self.setTabOrder(self.chapter, self.colour)

    def _fill(self, view: HighlightView) -> None:
        self.text.setPlainText(view.text)
        self.comment.setPlainText(view.comment or "")
        place = view.place
        self.page.setText(span_text(place.page, place.page_end))
        self.location.setText(span_text(place.loc_start, place.loc_end))
        self.chapter.setText(place.chapter or "")
        at = self.colour.findData(view.color or "")
        if at >= 0:
            self.colour.setCurrentIndex(at)
        else:
            self.colour.setEditText(view.color or "")

    def _colour(self) -> str | None:
        """The chosen colour's English name (what is stored), or the name typed."""
        typed = self.colour.currentText().strip()
        at = self.colour.findText(typed)
        if at >= 0:  # one of the list's, shown in the window's language
            return str(self.colour.itemData(at)) or None
        return None if typed in ("", "none") else typed

    def _place(self, errors: dict[FieldBox | None, str]) -> Place:
        spans: dict[str, tuple[int | None, int | None]] = {}
        for name, box, what in (
            ("page", self.page_box, self.tr("page")),
            ("loc", self.location_box, self.tr("location")),
        ):
            try:
                spans[name] = parse_span(
                    self.page.text() if name == "page" else self.location.text(), what
                )
            except UserError as error:
                errors[box] = i18n.said(error)
                spans[name] = (None, None)
        base = self._view.place if self._view is not None else Place()
        return replace(
            base,
            page=spans["page"][0],
            page_end=spans["page"][1],
            loc_start=spans["loc"][0],
            loc_end=spans["loc"][1],
            chapter=self.chapter.text().strip() or None,
        )

    def accept(self) -> None:
        for box in (self.text_box, self.page_box, self.location_box):
            box.clear_error()
        self.general_error.hide()
        errors: dict[FieldBox | None, str] = {}
        place = self._place(errors)
        if errors:
            show_errors(errors, self.general_error)
            return
        text, comment = self.text.toPlainText(), self.comment.toPlainText()
        try:
            with self._library.sessions.begin() as s:
                if self._view is None:
                    self.changes = highlights.add_highlight(
                        s, self._item_id, text, comment=comment, place=place, color=self._colour()
                    )
                else:
                    self.changes = highlights.edit_highlight(
                        s,
                        self._view.id,
                        text=text,
                        comment=comment,
                        place=place,
                        color=self._colour(),
                    )
        except UserError as error:
            where: FieldBox | None = self.text_box if "text" in error.message else None
            show_errors({where: i18n.said(error)}, self.general_error)
            return
        super().accept()
