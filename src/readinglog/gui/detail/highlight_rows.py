"""How an entry's highlights are listed: the rows (chapter headings, then each highlight with
its place line), their model, and the delegate that draws a highlight's text, place and comment
word-wrapped in the palette's colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from readinglog.core import highlights
from readinglog.core.text import HAN_RE
from readinglog.core.types import HighlightView
from readinglog.gui.detail.note_editor import cjk_font
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the HighlightView (None on a chapter heading)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NO_CHAPTER = QT_TRANSLATE_NOOP("HighlightRows", "Without a chapter")
COMMENT_MARK = "✎ "
CJK = 3  # the Chinese fonts' offset in HighlightDelegate._fonts
SHOWN_CHARS = 1_200  # a long passage is cut here in the list (the dialog shows it whole)
PAD_X, PAD_Y, GAP, BAR = 12, 7, 3, 3
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


@dataclass(frozen=True)
class Row:
    heading: str | None  # a chapter heading row, else None
    view: HighlightView | None
    place: str = ""  # the place line under the text
    shown: str = ""  # the text as the list shows it


def _place_line(view: HighlightView) -> str:
    where = highlights.location(view)
    if where == (view.place.chapter or "").strip():
        where = ""  # the heading says it
    parts = [where] if where else []
    if view.made_at:
        parts.append(view.made_at[:10])
    if view.color:
        parts.append(view.color)
    return " · ".join(parts)


def rows_of(views: Sequence[HighlightView]) -> list[Row]:
    """Chapter headings (when any highlight has a chapter) and the highlights under them."""
    groups = highlights.by_chapter(views)
    headed = any(chapter for chapter, _ in groups)
    no_chapter = QCoreApplication.translate("HighlightRows", NO_CHAPTER)
    empty = QCoreApplication.translate("HighlightRows", "(a note at this place)")
    rows: list[Row] = []
    for chapter, members in groups:
        if headed:
            rows.append(Row(heading=chapter or no_chapter, view=None))
        for view in members:
            text = view.text.strip() or empty
            if len(text) > SHOWN_CHARS:
                text = text[:SHOWN_CHARS].rstrip() + "…"
            rows.append(Row(heading=None, view=view, place=_place_line(view), shown=text))
    return rows


class HighlightsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}

    def set_views(self, views: Sequence[HighlightView]) -> None:
        self.beginResetModel()
        self.rows = rows_of(views)
        self._row_of = {r.view.id: i for i, r in enumerate(self.rows) if r.view is not None}
        self.endResetModel()

    @property
    def count(self) -> int:
        """How many highlights (headings left out)."""
        return len(self._row_of)

    def row_of(self, highlight_id: int) -> int | None:
        return self._row_of.get(highlight_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()].view is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: the cursor passes it by
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == VIEW_ROLE:
            return row.view
        if role == ID_ROLE:
            return row.view.id if row.view is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.view is None:
                return row.heading
            parts = [row.shown, row.place, row.view.comment or ""]
            return "\n".join(p for p in parts if p)
        return None


class HighlightDelegate(QStyledItemDelegate):
    """The passage, its place (dim) and the comment (marked, italic in Latin script),
    word-wrapped; a chapter heading
    in bold. Colours come from the palette when painting; a highlight's own colour (when it
    names one) marks the bar at its left."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, int, str, str], int] = {}
        self._made: dict[str, tuple[tuple[QFont, ...], tuple[QFontMetrics, ...]]] = {}

    def _fonts(self, base: QFont) -> tuple[tuple[QFont, ...], tuple[QFontMetrics, ...]]:
        """Fonts and their metrics, made once per base font: text, place, comment (italic),
        then the same three with the Chinese families first (``CJK``)."""
        key = base.key()
        made = self._made.get(key)
        if made is None:
            fonts: list[QFont] = []
            latin = QFont(base)  # copies: ``base`` is the option's own
            # The theme lists the Chinese families after the system's: for Latin text only
            # the system's, or a Chinese font draws English curly quotes full-width.
            latin.setFamilies(base.families()[:1])
            for first in (latin, cjk_font(latin)):
                small = QFont(first)
                if first.pointSizeF() > 0:
                    small.setPointSizeF(first.pointSizeF() * 0.9)
                italic = QFont(first)
                italic.setItalic(True)
                fonts += [first, small, italic]
            made = self._made[key] = (tuple(fonts), tuple(QFontMetrics(f) for f in fonts))
        return made

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView):
            bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            return max(60, view.width() - 2 * view.frameWidth() - bar - 2 * PAD_X)
        return max(60, option.rect.width() - 2 * PAD_X)

    @staticmethod
    def _parts(row: Row) -> list[tuple[int, str]]:
        """(font: 0 text, 1 place, 2 comment, each + CJK for Chinese; the text) of each
        block, in order. Chinese text gets Chinese glyph shapes, and Latin text keeps its own
        font: a CJK font draws an English text's curly quotes full-width."""
        assert row.view is not None
        han = HAN_RE.search(row.shown) is not None
        parts = [(CJK if han else 0, row.shown)]
        if row.place:
            parts.append((1 + (CJK if HAN_RE.search(row.place) else 0), row.place))
        comment = row.view.comment
        if comment:  # italic is for Latin script: Chinese has none (a slanted Han reads badly)
            parts.append((CJK if HAN_RE.search(comment) else 2, f"{COMMENT_MARK}{comment}"))
        return parts

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: Row = index.model().rows[index.row()]  # type: ignore[attr-defined]
        width = self._width(option)
        fonts, metrics = self._fonts(option.font)
        if row.view is None:
            return QSize(width, QFontMetrics(theme.heading_font(fonts[0])).height() + 2 * PAD_Y)
        key = (row.view.id, width, option.font.key(), f"{row.view.updated_at}{row.shown}")
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            height = 2 * PAD_Y
            for n, (font, text) in enumerate(self._parts(row)):
                bound = metrics[font].boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
                height += bound.height() + (GAP if n else 0)
            self._heights[key] = height
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Row = index.model().rows[index.row()]  # type: ignore[attr-defined]
        palette: QPalette = option.palette
        rect = QRect(option.rect)
        painter.save()
        fonts, _metrics = self._fonts(option.font)
        if row.view is None:
            han = HAN_RE.search(row.heading or "") is not None
            painter.setFont(theme.heading_font(fonts[CJK if han else 0]))
            # The Active group's text: a heading row is disabled (the cursor passes it by),
            # and the Disabled group's grey reads too faint for a heading.
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
            inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -2)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            elided = painter.fontMetrics().elidedText(
                row.heading or "", Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner, flags, elided)
            painter.restore()
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = text if selected else theme.dim_color(palette)
        own = QColor(row.view.color or "")
        if own.isValid():
            painter.fillRect(
                QRect(rect.left() + 4, rect.top() + PAD_Y, BAR, rect.height() - 2 * PAD_Y), own
            )
        width = self._width(option)
        top = rect.top() + PAD_Y
        for n, (font, part) in enumerate(self._parts(row)):
            painter.setFont(fonts[font])
            painter.setPen(dim if font % CJK == 1 else text)
            top += GAP if n else 0
            area = QRect(rect.left() + PAD_X, top, width, rect.bottom() - top)
            bound = painter.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), WRAP, part)
            painter.drawText(area, WRAP, part)
            top += bound.height()
        painter.restore()
