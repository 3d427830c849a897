"""The activity calendar: a year of days, a column a week (Monday on top), each day's square as
deep as how much was logged that day (``Figures.calendar``), in the palette's selection colour
faded toward the list background (read when painting: it follows the theme).

It takes the keyboard: Left and Right move a week, Up and Down a day, Enter or Space lists the
entries with activity that day (``day_activated(date)``), as a click on the day does.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.stats.charts import month_label

CELL = 12
STEP = 14  # a cell and the gap after it
LEVELS = 4  # shades above "nothing"
LEFT = 30  # room for the weekday names
# The weekday names beside the grid's rows (translated where painted: "CalendarView")
WEEKDAYS = (
    (0, QT_TRANSLATE_NOOP("CalendarView", "Mon")),
    (2, QT_TRANSLATE_NOOP("CalendarView", "Wed")),
    (4, QT_TRANSLATE_NOOP("CalendarView", "Fri")),
)


def level(count: int, most: int) -> int:
    """0 for no activity, else 1..LEVELS by the share of the busiest day."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(LEVELS, math.ceil(LEVELS * count / most)))


def shade(palette: QPalette, step: int) -> QColor:
    """The colour of level ``step`` (0: an empty day) in ``palette``."""
    base = palette.color(QPalette.ColorRole.Base)
    if step == 0:
        return theme.track_color(palette)
    full = palette.color(QPalette.ColorRole.Highlight)
    amount = 0.3 + 0.7 * step / LEVELS
    return theme.mix(full, base, amount)


class CalendarView(QWidget):
    """The days from ``first`` to ``last`` (a year), each coloured by its count."""

    day_activated = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity_calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Activity calendar"))
        self.first = self.last = self.current = dt.date.today()
        self.counts: dict[dt.date, int] = {}
        self.set_days(dt.date(self.first.year, 1, 1), dt.date(self.first.year, 12, 31), {})

    def set_days(self, first: dt.date, last: dt.date, counts: Mapping[dt.date, int]) -> None:
        self.first, self.last = first, last
        self.counts = {day: n for day, n in counts.items() if first <= day <= last}
        if not first <= self.current <= last:
            self.current = max(self.counts, default=last)
        self.setMinimumSize(self.sizeHint())
        self.update()

    def _monday(self) -> dt.date:
        return self.first - dt.timedelta(days=self.first.weekday())

    def sizeHint(self) -> QSize:
        weeks = (self.last - self._monday()).days // 7 + 1
        line = self.fontMetrics().height()
        return QSize(LEFT + weeks * STEP + 8, line + 4 + 7 * STEP + 6 + line)

    def day_rect(self, day: dt.date) -> QRectF:
        week, weekday = divmod((day - self._monday()).days, 7)
        top = self.fontMetrics().height() + 4
        return QRectF(LEFT + week * STEP, top + weekday * STEP, CELL, CELL)

    def day_at(self, point: QPoint) -> dt.date | None:
        top = self.fontMetrics().height() + 4
        if point.x() < LEFT or point.y() < top:
            return None
        week, weekday = (point.x() - LEFT) // STEP, (point.y() - top) // STEP
        if weekday > 6:
            return None
        day = self._monday() + dt.timedelta(days=week * 7 + weekday)
        return day if self.first <= day <= self.last else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        dim = theme.dim_color(palette)
        most = max(self.counts.values(), default=0)
        painter.setPen(dim)
        line = self.fontMetrics().height()
        for row, name in WEEKDAYS:
            rect = self.day_rect(self._monday() + dt.timedelta(days=row))
            painter.drawText(
                QRectF(0, rect.top() - 2, LEFT - 4, CELL + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr(name),
            )
        day = self.first
        while day <= self.last:
            if day.day == 1 or day == self.first:
                x = self.day_rect(day).left()
                painter.setPen(dim)
                painter.drawText(QRectF(x, 0, 4 * STEP, line), self._month(day.month))
            painter.fillRect(
                self.day_rect(day), shade(palette, level(self.counts.get(day, 0), most))
            )
            day += dt.timedelta(days=1)
        self._paint_legend(painter, palette)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.WindowText), 2)
            painter.setPen(pen)
            painter.drawRect(self.day_rect(self.current).adjusted(-1, -1, 1, 1))

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        """``Less ▢▢▢▢▢ More`` under the grid's right end."""
        metrics = self.fontMetrics()
        line = metrics.height()
        top = line + 4 + 7 * STEP + 4
        right = self.day_rect(self.last).right()
        more, less = self.tr("More"), self.tr("Less")
        more_width = metrics.horizontalAdvance(more)
        x = right - more_width - (LEVELS + 1) * STEP - 4
        painter.setPen(theme.dim_color(palette))
        painter.drawText(
            QRectF(right - more_width, top, more_width, line),
            Qt.AlignmentFlag.AlignVCenter,
            more,
        )
        for step in range(LEVELS + 1):
            box = QRectF(x + step * STEP, top + (line - CELL) / 2, CELL, CELL)
            painter.fillRect(box, shade(palette, step))
        less_width = metrics.horizontalAdvance(less)
        painter.drawText(
            QRectF(x - less_width - 4, top, less_width, line), Qt.AlignmentFlag.AlignVCenter, less
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.current = day
        self.update()
        self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        key = event.key()
        if key in steps:
            moved = self.current + dt.timedelta(days=steps[Qt.Key(key)])
            self.current = min(max(moved, self.first), self.last)
            self.setAccessibleDescription(self.describe(self.current))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def describe(self, day: dt.date) -> str:
        count = self.counts.get(day, 0)
        said = i18n.numerus(
            count, self.tr("{day}: {count} activity"), self.tr("{day}: {count} activities")
        )
        return said.format(day=day.isoformat(), count=f"{count:,}")

    @staticmethod
    def _month(month: int) -> str:
        return month_label(month, i18n.labels_language())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)
