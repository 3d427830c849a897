"""How one search hit is drawn: its title over its snippet, the matched words marked.

Snippets arrive as HTML-escaped text with the matched words in ``<b>…</b>``. Nothing else of
them is trusted: they are split at the ``<b>`` tags, unescaped, and escaped again, so a note
that contains ``<img src=…>`` shows those characters and nothing more.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from readinglog.gui.runtime import theme

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # HTML of the title line (escaped, maybe marked)
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # HTML of the snippet (escaped, marked)
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a group heading row ("Notes · 2")
PAD_X, PAD_Y, GAP = 12, 6, 2
HEIGHT_CACHE = 500
DOC_CACHE = 200  # laid-out rows kept for painting: a few panels of results
_TAG_RE = re.compile(r"(</?b>)")

Segment = tuple[str, bool]  # plain text, marked


def segments(snippet: str) -> list[Segment]:
    """The snippet as plain-text runs, each marked or not (only ``<b>`` is read as markup)."""
    out: list[Segment] = []
    marked = False
    for part in _TAG_RE.split(snippet):
        if part in ("<b>", "</b>"):
            marked = part == "<b>"
        elif part:
            out.append((html.unescape(part), marked))
    return out


def render(runs: list[Segment]) -> str:
    return "".join(
        f"<b>{html.escape(t, quote=False)}</b>" if m else html.escape(t, quote=False)
        for t, m in runs
    )


def split_title(title: str, snippet: str) -> tuple[str, str]:
    """(title HTML, snippet HTML). An entry's snippet starts with its title: then the title
    line takes its marks from the snippet and the snippet keeps only what follows."""
    runs = segments(snippet)
    plain = "".join(t for t, _ in runs)
    if not title or not plain.startswith(title):
        return html.escape(title, quote=False), render(runs)
    head: list[Segment] = []
    tail: list[Segment] = []
    left = len(title)
    for text, marked in runs:
        if left >= len(text):
            head.append((text, marked))
        elif left > 0:
            head.append((text[:left], marked))
            tail.append((text[left:], marked))
        else:
            tail.append((text, marked))
        left -= len(text)
    rest = render(tail).strip()
    return render(head), rest


class HitDelegate(QStyledItemDelegate):
    """Rich text rows (title, then a dim snippet) and small dim group headings.

    Laying out rich text is what costs (0.1-0.3 ms a row, on the GUI thread): a row is laid out
    once per width and look, when it is first measured, and painted from that layout."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[str, str, int, str, str], QTextDocument] = OrderedDict()
        self._heights: dict[tuple[str, str, int, str], int] = {}  # sizeHint's: no colours

    @staticmethod
    def _style(option: QStyleOptionViewItem) -> str:
        """The row's style sheet: its colours, which differ when it is selected."""
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(text_role).name()
        dim = text if selected else theme.faded_text(palette).name()
        if selected:
            mark = f"b {{ color: {text}; text-decoration: underline; }}"
        else:
            bg, fg = theme.mark_colors(palette)
            mark = f"b {{ background-color: {bg.name()}; color: {fg.name()}; }}"
        return f".t {{ color: {text}; }} .s {{ color: {dim}; }} {mark}"

    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        width: int,
    ) -> QTextDocument:
        """The row laid out at ``width`` (from the cache when it was laid out before)."""
        title = index.data(TITLE_ROLE) or ""
        snippet = index.data(SNIPPET_ROLE) or ""
        style = self._style(option)
        key = (title, snippet, width, option.font.key(), style)
        doc = self._docs.pop(key, None)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(option.font)
            doc.setDefaultStyleSheet(style)
            body = f'<div class="t"><span style="font-weight: bold">{title}</span></div>'
            if snippet:
                body += f'<div class="s" style="margin-top: {GAP}px">{snippet}</div>'
            doc.setHtml(body)
            doc.setTextWidth(max(50, width - 2 * PAD_X))
            while len(self._docs) >= DOC_CACHE:
                self._docs.popitem(last=False)
        self._docs[key] = doc  # the most recently used last
        return doc

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The text width: the view's, less room for a scroll bar whether or not one shows,
        so a row measures the same before and after the bar comes or goes."""
        view = option.widget
        if not isinstance(view, QAbstractScrollArea):
            return option.rect.width()
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return max(50, view.width() - 2 * view.frameWidth() - bar)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._width(option)
        if index.data(HEADER_ROLE):
            return QSize(width, option.fontMetrics.height() + 2 * PAD_Y)
        key = (index.data(TITLE_ROLE), index.data(SNIPPET_ROLE), width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > HEIGHT_CACHE:
                self._heights.clear()
            doc = self._document(option, index, width)
            height = self._heights[key] = int(doc.size().height()) + 2 * PAD_Y
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        widget = opt.widget
        palette: QPalette = opt.palette
        painter.save()
        if index.data(HEADER_ROLE):
            font = theme.heading_font(opt.font, 0.9)
            painter.setFont(font)
            painter.setPen(theme.dim_color(palette))
            inner = rect.adjusted(PAD_X, 0, -PAD_X, 0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(inner.adjusted(0, 0, 0, -2), int(flags), str(index.data() or ""))
            painter.restore()
            return
        opt.text = ""
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, index, self._width(opt))
        painter.translate(rect.topLeft() + QPoint(PAD_X, PAD_Y))
        painter.setClipRect(QRect(0, 0, rect.width() - PAD_X, rect.height() - PAD_Y))
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
