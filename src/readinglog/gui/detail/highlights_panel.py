"""An entry's highlights under its page: grouped by chapter, in reading order, each with its
place and the user's comment, in a list the keyboard can work (Enter edits, Del deletes, the
menu key opens the menu).

The panel only shows and reports: ``edit_requested``, ``delete_requested`` and
``add_requested`` are answered by the window's highlight commands, which write and then
refresh the page through the window's ``changed`` signal. The window's other highlight actions
(to a note, quote in the open note) read ``selected_ids``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import highlights
from readinglog.core.text import HAN_RE
from readinglog.core.types import HighlightView
from readinglog.gui.detail.note_editor import cjk_font
from readinglog.gui.runtime import theme

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the HighlightView (None on a chapter heading)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NO_CHAPTER = "Without a chapter"
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
    rows: list[Row] = []
    for chapter, members in groups:
        if headed:
            rows.append(Row(heading=chapter or NO_CHAPTER, view=None))
        for view in members:
            text = view.text.strip() or "(a note at this place)"
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


class HighlightList(QListView):
    """The highlights, several selectable; Enter edits, Del deletes, a menu on the menu key."""

    edit_requested = Signal(int)
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlight_list")
        self.setAccessibleName("Highlights")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # 2,000 rows: the first ones paint first
        self.setBatchSize(200)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.highlights = HighlightsModel(self)
        self.setModel(self.highlights)
        self.setItemDelegate(HighlightDelegate(self))
        self.menu_actions: list[QAction | None] = []  # set by the window (None: a separator)
        self.activated.connect(self._on_self_activated)

    def selected_ids(self) -> list[int]:
        """The selected highlights in reading order, else the current one."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        ids = [self.highlights.rows[r].view.id for r in rows if self.highlights.rows[r].view]  # type: ignore[union-attr]
        current = self.current_id()
        return ids or ([] if current is None else [current])

    def current_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select_ids(self, ids: Sequence[int], current: int | None) -> None:
        """Select these highlights (those still listed) and make ``current`` the current one."""
        model, selection = self.highlights, self.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
        at = model.row_of(current) if current is not None else None
        if at is not None:
            selection.setCurrentIndex(model.index(at), flag.NoUpdate)
        for r in rows:
            selection.select(model.index(r), flag.Select)

    def select_row_near(self, row: int) -> None:
        """Make the highlight at ``row`` (or the nearest one before it) current and selected."""
        rows = self.highlights.rows
        for r in [*range(min(row, len(rows) - 1), -1, -1), *range(row, len(rows))]:
            if rows[r].view is not None:
                self.setCurrentIndex(self.highlights.index(r))
                return

    def copy_selected(self) -> None:
        """The selected highlights as Markdown quotes with their citations, on the clipboard
        (to paste into a post or another app)."""
        model = self.highlights
        rows = [model.row_of(i) for i in self.selected_ids()]
        views = [model.rows[r].view for r in rows if r is not None]
        quotes = [highlights.quoted(view) for view in views if view is not None]
        if quotes:
            QGuiApplication.clipboard().setText("\n\n".join(quotes) + "\n")

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in with no current highlight (Tab, Go to the highlights): the first one."""
        super().focusInEvent(event)
        if self.current_id() is None and self.highlights.count:
            self.select_row_near(0)

    def _is_ours(self, event: QKeyEvent) -> bool:
        return (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            == Qt.KeyboardModifier.NoModifier
        )

    def event(self, event: QEvent) -> bool:
        """Del on a highlight is ours, not the window's Delete (which deletes entries)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_ours(event)
            and self.selected_ids()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return
        if self._is_ours(event):
            ids = self.selected_ids()
            if ids and event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit(ids)
                return
            current = self.current_id()
            if current is not None and event.key() != Qt.Key.Key_Delete:
                self.edit_requested.emit(current)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if (
            event.reason() == QContextMenuEvent.Reason.Mouse
            and index.data(ID_ROLE) is not None
            and not self.selectionModel().isSelected(index)
        ):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        has = self.current_id() is not None or bool(self.selectionModel().selectedRows())
        edit = menu.addAction("&Edit highlight…\tEnter")
        edit.setEnabled(self.current_id() is not None)
        delete = menu.addAction("&Delete\tDel")
        delete.setEnabled(has)
        copy_keys = QKeySequence(QKeySequence.StandardKey.Copy).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        copy = menu.addAction(f"&Copy as quotes\t{copy_keys}")
        copy.setEnabled(has)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        chosen = menu.exec(event.globalPos())
        current = self.current_id()
        if chosen is edit and current is not None:
            self.edit_requested.emit(current)
        elif chosen is delete and has:
            self.delete_requested.emit(self.selected_ids())
        elif chosen is copy and has:
            self.copy_selected()

    def _on_self_activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.edit_requested.emit(value)


class HighlightsPanel(QWidget):
    """The heading ("Highlights · 12"), a hint when there are none, and the list."""

    edit_requested = Signal(int)
    delete_requested = Signal(list)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlights_panel")
        self.heading = QLabel("Highlights", self)
        self.heading.setObjectName("highlights_heading")
        self.heading.setFont(theme.heading_font(self.font(), 1.1))
        self.hint = QLabel(self)
        self.hint.setObjectName("highlights_hint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim, and readable
        self.list = HighlightList(self)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.list.edit_requested.connect(self.edit_requested)
        self.list.delete_requested.connect(self.delete_requested)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.list.selectionModel().currentChanged.connect(self._on_list_selection_changed)
        self._item_id: int | None = None
        self._add_hint = "Add highlight…"

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """The window's highlight actions, for the list's menu (after Edit and Delete); the
        last one adds a highlight, and the hint names its keys."""
        self.list.menu_actions = [None, *actions]
        if actions:
            add = actions[-1]
            keys = add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = add.text().replace("&", "").rstrip("…")
            self._add_hint = f"{name} ({keys})" if keys else name

    def focus_list(self) -> bool:
        """Put the focus in the list (False when the entry has no highlights)."""
        if not self.count:
            return False
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def select(self, highlight_id: int) -> None:
        """Make this highlight current and selected, and show it."""
        row = self.list.highlights.row_of(highlight_id)
        if row is not None:
            index = self.list.highlights.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    @property
    def count(self) -> int:
        return self.list.highlights.count

    def show_highlights(self, item_id: int, views: Sequence[HighlightView]) -> None:
        """Show ``views`` (in reading order); the same entry again keeps the selection, the
        current highlight (or the one after a deleted one) and the scroll position."""
        same = item_id == self._item_id
        keep = self.list.selected_ids() if same else []
        current = self.list.current_id() if same else None
        current_row = self.list.currentIndex().row() if same else -1
        scroll = self.list.verticalScrollBar().value() if same else 0
        had_focus = self.list.hasFocus()
        self._item_id = item_id
        self.list.highlights.set_views(views)
        count = len(views)
        self.heading.setText(f"Highlights · {count:,}" if count else "Highlights")
        self.hint.setText(
            f"No highlights yet. {self._add_hint} adds one; imports from Kindle, KOReader, "
            "Readwise or 微信读书 bring them in."
        )
        self.hint.setVisible(count == 0)
        self.list.setVisible(count > 0)
        if same and count:
            if current is not None and self.list.highlights.row_of(current) is not None:
                self.list.select_ids(keep, current)
            elif current_row >= 0:  # the current one was deleted: the one after it
                self.list.select_row_near(current_row)
            self.list.verticalScrollBar().setValue(scroll)
        if had_focus and not count:
            self.setFocus()
        self.selection_changed.emit()

    def selected_ids(self) -> list[int]:
        return self.list.selected_ids() if self.count else []

    def selected_views(self) -> list[HighlightView]:
        model = self.list.highlights
        found = [
            model.rows[r].view
            for r in (model.row_of(i) for i in self.selected_ids())
            if r is not None
        ]
        return [v for v in found if v is not None]

    def _on_list_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()
