"""The list's rating column: five stars filled to the fraction, then the number.

The list showed 4.5 as four stars and nothing for the half; quarter steps were only in the
number. Here every cell draws each star filled to the share of the rating it holds (the rating
widget's ``paint_stars``), in the palette's colours at paint time (a theme switch reaches it),
and the column is made wide enough for five stars and its widest number in the list's font.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from readinglog.gui.lists.table_models import VALUE_ROLE
from readinglog.gui.widgets.rating_widget import (
    ALL_LABELS,
    STARS,
    label_width,
    paint_stars,
    rating_label,
)

_NUMBERS = tuple(label for label in ALL_LABELS if label[:1].isdigit())
_CELL_PAD = 4  # left of the stars, between them and the number, right of the number
_MIN_STAR = 8.0


class RatingDelegate(QStyledItemDelegate):
    """The rating column: five stars filled to the fraction (4.5 is four and a half), then
    the number ("4.5"), in the palette's colours at paint time (selected rows too). The stars
    shrink before the number is cut when the column is narrow."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(VALUE_ROLE)
        self.initStyleOption(option, index)
        option.text = ""  # the background, selection and focus only: the rating is drawn here
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        if not isinstance(value, (int, float)):
            return
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        outline = palette.color(text_role)
        filled = outline if selected else palette.color(QPalette.ColorRole.Highlight)
        metrics = option.fontMetrics
        label = rating_label(float(value))
        number = metrics.horizontalAdvance(label)
        star = star_size(rect.width() - number - 3 * _CELL_PAD, rect.height(), metrics.height())
        box = QRectF(rect.left() + _CELL_PAD, rect.top() + (rect.height() - star) / 2, 0, star)
        end = paint_stars(painter, box, float(value), filled, outline)
        painter.save()
        painter.setPen(outline)
        text_box = QRectF(
            end + _CELL_PAD, rect.top(), rect.right() - end - _CELL_PAD, rect.height()
        )
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignVCenter), label)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(rating_cell_width(metrics), metrics.height() + 4)


def star_size(room: float, row_height: float, text_height: int) -> float:
    """One star's size in a cell: the text's height, less when the row or the room is short."""
    wanted = min(float(text_height), row_height - 4)
    return max(_MIN_STAR, min(wanted, room / STARS))


def rating_cell_width(metrics: QFontMetrics) -> int:
    """What a rating cell needs for five stars and its widest number."""
    return 3 * _CELL_PAD + STARS * metrics.height() + label_width(metrics, _NUMBERS)
