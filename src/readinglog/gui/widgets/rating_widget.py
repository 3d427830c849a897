"""Five stars in quarter steps (4¼ stays 4¼), by mouse or keyboard.

Left/Right (or Down/Up) move by a quarter star, Home/End go to 0 and 5, the digit keys set whole
stars, Delete or Backspace clears the rating. A click sets the value under the pointer rounded
up to a quarter; clicking the current value clears it.

The stars are drawn filled to the fraction (``paint_stars``, the list's rating column uses it
too) and the number beside them is painted in decimals ("4.75"): vulgar-fraction glyphs are
missing or mangled in many UI fonts (WenQuanYi draws ½ as "⁄" and ¾ as "4 ⁄4"), while every
font has the ten digits. ``text`` (what a screen reader says) keeps "4¾". The size hint is
measured from the font's metrics of the widest label, advance and ink both, so no label is
clipped at any font size or DPI, and it is measured again when the font changes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

STARS = 5
STEP = 0.25
_PAD = 3  # around the stars and the label
_GAP = 5  # between the stars and the label
_FRACTIONS = {0.0: "", 0.25: "¼", 0.5: "½", 0.75: "¾"}


def rating_text(value: float | None) -> str:
    """4.25 -> "4¼", 0.5 -> "½", None -> "not rated"."""
    if value is None:
        return QCoreApplication.translate("RatingWidget", "not rated")
    whole = math.floor(value)
    fraction = _FRACTIONS[round(value - whole, 2)]
    return f"{whole}{fraction}" if whole or not fraction else fraction


def rating_label(value: float | None) -> str:
    """What is painted beside the stars: 4.25 -> "4.25", 4.5 -> "4.5", None -> "not rated"."""
    if value is None:
        return QCoreApplication.translate("RatingWidget", "not rated")
    return f"{value:g}"


ALL_LABELS = (  # in English (made at import); the widget adds the translated "not rated"
    *(rating_label(i * STEP) for i in range(int(STARS / STEP) + 1)),
    rating_label(None),
)


def label_width(metrics: QFontMetrics, labels: tuple[str, ...] = ALL_LABELS) -> int:
    """The width the widest of ``labels`` needs: its advance, or its ink when that is wider
    (italic and fallback glyphs can reach past their advance)."""
    return max(
        max(metrics.horizontalAdvance(t), metrics.boundingRect(t).right() + 1) for t in labels
    )


def paint_stars(
    painter: QPainter, box: QRectF, value: float | None, filled: QColor, outline: QColor
) -> float:
    """Five stars of ``box.height()`` from ``box``'s left, each filled up to the fraction of
    ``value`` it holds (4.75: four whole stars and three quarters of the fifth). Returns the
    x where the stars end."""
    star = box.height()
    amount = value or 0.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in range(STARS):
        cell = QRectF(box.left() + i * star, box.top(), star, star)
        path = _star_path(cell.center(), star * 0.46)
        fill = min(1.0, max(0.0, amount - i))
        if fill > 0:
            painter.save()
            painter.setClipRect(QRectF(cell.left(), cell.top(), cell.width() * fill, star))
            painter.fillPath(path, filled)
            painter.restore()
        painter.setPen(outline)
        painter.drawPath(path)
    painter.restore()
    return box.left() + star * STARS


def _star_path(center: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        point = QPointF(center.x() + r * math.cos(angle), center.y() - r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


class RatingWidget(QWidget):
    """A rating from 0 to 5 in quarter steps, or None. ``rating_changed(object)`` on change."""

    rating_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Rating: ←/→ a quarter star, 0–5 whole stars, Delete clears"))
        self._update_accessible()

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        if value is not None:
            value = min(float(STARS), max(0.0, round(value / STEP) * STEP))
        if value != self._value:
            self._value = value
            self._update_accessible()
            self.update()
            self.rating_changed.emit(value)

    def text(self) -> str:
        """How the rating is said ("4¾"), for screen readers."""
        return rating_text(self._value)

    def label(self) -> str:
        """What is painted beside the stars ("4.75")."""
        return rating_label(self._value)

    def _update_accessible(self) -> None:
        shown = self.text()
        self.setAccessibleName(self.tr("Rating"))
        if self._value is not None:
            shown = self.tr("{rating} of {stars} stars").format(rating=shown, stars=STARS)
        self.setAccessibleDescription(shown)

    # -- geometry and painting -----------------------------------------------------------

    def _star_size(self) -> float:
        return float(max(18, self.fontMetrics().height() + 4))

    def _label_width(self) -> int:
        labels = (*ALL_LABELS, rating_label(None))  # "not rated" in the window's language
        return label_width(self.fontMetrics(), labels) + 2 * _PAD

    def _label_left(self) -> float:
        return _PAD + self._star_size() * STARS + _GAP

    def sizeHint(self) -> QSize:
        height = max(self._star_size(), float(self.fontMetrics().height()))
        return QSize(math.ceil(self._label_left()) + self._label_width(), math.ceil(height) + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        star = self._star_size()
        palette = self.palette()
        outline = palette.color(QPalette.ColorRole.WindowText)
        top = (self.height() - star) / 2
        box = QRectF(_PAD, top, star * STARS, star)
        paint_stars(painter, box, self._value, palette.color(QPalette.ColorRole.Highlight), outline)
        painter.setPen(outline)
        text_box = QRectF(self._label_left(), 0, self._label_width(), self.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, self.label())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    # -- input ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value or 0.0
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(min(STARS, current + STEP))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(max(0.0, current - STEP))
        elif key == Qt.Key.Key_Home:
            self.set_value(0.0)
        elif key == Qt.Key.Key_End:
            self.set_value(float(STARS))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif Qt.Key.Key_0.value <= key <= Qt.Key.Key_5.value:
            self.set_value(float(key - Qt.Key.Key_0.value))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        star = self._star_size()
        stars = (event.position().x() - _PAD) / star
        if stars > STARS + 0.5:
            return
        value = min(float(STARS), max(STEP, math.ceil(stars / STEP) * STEP))
        self.set_value(None if value == self._value else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the size hint follows the font
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
