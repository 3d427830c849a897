"""One chart of ``stats.charts`` painted with QPainter: a title, bars with their values above
and their labels below, in the palette's colours (read when painting, so a theme switch shows
at once).

The chart takes the keyboard: Left and Right (Home, End) move between bars, Enter or Space
asks for the entries of the bar, as a click on it does (``activated(chart name, bar key)``).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from readinglog.gui.runtime import theme
from readinglog.stats.charts import Bar, BarChart

MARGIN = 8
GAP = 0.25  # of a bar's slot left empty beside it
WIDEST_BAR = 40  # px: a chart of two bars has two bars, not two walls
HEIGHT = 180
MOST_VALUES_SHOWN = 12  # past that many bars the tallest and the current say their values


def value_text(value: float) -> str:
    """A bar's number as the figures have it (12, 3.5), never rounded away."""
    return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"


class BarChartView(QWidget):
    """Paints one ``BarChart``; a click, Enter or Space on a bar emits ``activated``."""

    activated = Signal(str, str)  # chart name, bar key

    def __init__(self, chart: BarChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{chart.name}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(220, HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart = chart
        self.current = 0
        self.set_chart(chart)

    def set_chart(self, chart: BarChart) -> None:
        self.chart = chart
        self.current = min(self.current, max(len(chart.bars) - 1, 0))
        self.setAccessibleName(chart.title)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, HEIGHT)

    def small_font(self) -> QFont:
        """The values' and labels' size: a month's name under each of twelve bars."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    @property
    def current_bar(self) -> Bar | None:
        bars = self.chart.bars
        return bars[self.current] if 0 <= self.current < len(bars) else None

    # -- geometry ----------------------------------------------------------------------------

    def _title_height(self) -> int:
        return QFontMetrics(theme.heading_font(self.font())).height() + 4

    def _plot(self) -> QRectF:
        """Where the bars stand: under the title and the values, over the labels."""
        line = self.fontMetrics().height()
        top = MARGIN + self._title_height() + line
        bottom = self.height() - MARGIN - line - 4
        return QRectF(MARGIN, top, self.width() - 2 * MARGIN, max(bottom - top, 1))

    def bar_rect(self, index: int) -> QRectF:
        """Bar ``index``'s rectangle (zero height for a zero value: its slot still clicks)."""
        plot = self._plot()
        count = max(len(self.chart.bars), 1)
        slot = plot.width() / count
        top_value = max((bar.value for bar in self.chart.bars), default=0.0) or 1.0
        value = self.chart.bars[index].value
        height = plot.height() * value / top_value
        width = min(slot * (1 - GAP), WIDEST_BAR)
        x = plot.left() + slot * index + (slot - width) / 2
        return QRectF(x, plot.bottom() - height, width, height)

    def bar_at(self, point: QPoint) -> int | None:
        """The bar whose slot (from the title down to its label) holds ``point``."""
        if not self.chart.bars:
            return None
        plot = self._plot()
        if not (plot.top() - self.fontMetrics().height() <= point.y() <= self.height()):
            return None
        slot = plot.width() / len(self.chart.bars)
        index = int((point.x() - plot.left()) // slot)
        return index if 0 <= index < len(self.chart.bars) else None

    # -- painting ----------------------------------------------------------------------------

    def title_text(self) -> str:
        """The chart's title and its unit, unless the title says it already (每月时长（小时）)."""
        title = self.chart.title
        if self.chart.unit and f"（{self.chart.unit}）" not in title:
            title = self.tr("{title} ({unit})").format(title=title, unit=self.chart.unit)
        return title

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = theme.dim_color(palette)
        painter.setFont(theme.heading_font(self.font()))
        painter.setPen(text)
        title = self.title_text()
        head = QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self._title_height())
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(self.font())
        plot = self._plot()
        if not self.chart.bars or self.chart.empty:
            painter.setPen(dim)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing in this period"))
            return
        painter.setPen(QPen(dim, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._paint_bars(painter, palette)

    def _paint_bars(self, painter: QPainter, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = theme.dim_color(palette)
        small = self.small_font()
        painter.setFont(small)
        metrics = QFontMetrics(small)
        line = metrics.height()
        plot = self._plot()
        slot = plot.width() / len(self.chart.bars)
        fill = palette.color(QPalette.ColorRole.Highlight)
        focused = self.hasFocus()
        many = len(self.chart.bars) > MOST_VALUES_SHOWN
        labels = self.labels(metrics, plot.left(), slot)
        values = [bar.value for bar in self.chart.bars]
        tallest = values.index(max(values))  # its value gives the scale when the rest are not said
        for index, bar in enumerate(self.chart.bars):
            rect = self.bar_rect(index)
            if bar.value:
                painter.fillRect(rect, fill)
            said = not many or index == tallest or (focused and index == self.current)
            if bar.value and said:
                painter.setPen(text)
                above = QRectF(rect.center().x() - 2 * line, rect.top() - line, 4 * line, line)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, value_text(bar.value))
            if index in labels:
                painter.setPen(dim)
                width = metrics.horizontalAdvance(labels[index]) + 4
                middle = plot.left() + slot * (index + 0.5)
                below = QRectF(middle - width / 2, plot.bottom() + 2, width, line)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, labels[index])
            if focused and index == self.current:
                pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1.5)
                pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                left = plot.left() + slot * index + 1
                top = plot.top() - line
                painter.drawRect(QRectF(left, top, max(slot - 2, 2), plot.height() + 2 * line + 2))

    def label_text(self, index: int, *, alone: bool = False) -> str:
        """Bar ``index``'s name under it. Over years of months a January says its year and
        the others are unnamed, except the current one (``alone``): ``Mar 2024``."""
        bar = self.chart.bars[index]
        if not self._over_years():
            return bar.label
        if alone:
            return self.tr("{month} {year}").format(month=bar.label, year=bar.key[:4])
        return bar.key[:4] if bar.key.endswith("-01") or index == 0 else ""

    def _over_years(self) -> bool:
        bars = self.chart.bars
        return len(bars) > 12 and all(len(b.key) == 7 and b.key[4] == "-" for b in bars)

    def labels(self, metrics: QFontMetrics, left: float, slot: float) -> dict[int, str]:
        """The bars named under the axis: every one when they fit, else every second, third...
        (the fewest left out, at a regular step); with the focus the current bar is named too,
        and none it would touch."""
        count = len(self.chart.bars)
        current = self.current if self.hasFocus() and 0 <= self.current < count else None

        def span(index: int, name: str) -> tuple[float, float]:
            middle, half = left + slot * (index + 0.5), metrics.horizontalAdvance(name) / 2 + 1
            return middle - half, middle + half

        def fits(spans: list[tuple[float, float]]) -> bool:
            ordered = sorted(spans)
            return all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))

        names = {i: name for i in range(count) if (name := self.label_text(i))}
        named = sorted(names)
        kept: dict[int, str] = {}
        for step in range(1, len(named) + 1):
            kept = {i: names[i] for i in named[::step]}
            if fits([span(i, n) for i, n in kept.items()]):
                break
        if current is not None:
            alone = self.label_text(current, alone=True)
            start, end = span(current, alone)
            kept = {
                i: n
                for i, n in kept.items()
                if i != current and (span(i, n)[1] <= start or span(i, n)[0] >= end)
            }
            kept[current] = alone
        return kept

    # -- input -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if index is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._move_to(index)
        self.activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count = event.key(), len(self.chart.bars)
        moves = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        if key in moves and count:
            self._move_to(max(0, min(count - 1, moves[Qt.Key(key)])))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and count:
            self.activate()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def activate(self) -> None:
        """List the current bar's entries (what a click or Enter does)."""
        bar = self.current_bar
        if bar is not None:
            self.activated.emit(self.chart.name, bar.key)

    def _move_to(self, index: int) -> None:
        self.current = index
        self._describe()
        self.update()

    def _describe(self) -> None:
        bar = self.current_bar
        if bar is not None:
            said = self.tr("{bar}: {value} {unit}").format(
                bar=bar.label, value=value_text(bar.value), unit=self.chart.unit
            )
            self.setAccessibleDescription(said)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                bar = self.chart.bars[index]
                tip = self.tr("{bar}: {value} {unit} — click to list").format(
                    bar=bar.label, value=value_text(bar.value), unit=self.chart.unit
                )
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)
