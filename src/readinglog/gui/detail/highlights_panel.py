"""An entry's highlights under its page: grouped by chapter, in reading order, each with its
place and the user's comment, in a list the keyboard can work (Enter edits, Del deletes,
Ctrl+C copies them as quotes, the menu key opens the menu).

The panel only shows and reports: ``edit_requested`` and ``delete_requested`` are answered by
the window's highlight commands, which write and then refresh the page through the window's
``changed`` signal. The window's other highlight actions (to a note, quote in the open note)
read ``selected_ids``. How a row is drawn is ``highlight_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QMenu, QVBoxLayout, QWidget

from readinglog.core import highlights
from readinglog.core.types import HighlightView
from readinglog.gui.detail.highlight_rows import ID_ROLE, HighlightDelegate, HighlightsModel
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import plain
from readinglog.gui.widgets.row_menu import take_clicked_row


class HighlightList(QListView):
    """The highlights, several selectable; Enter edits, Del deletes, a menu on the menu key."""

    edit_requested = Signal(int)
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlight_list")
        self.setAccessibleName(self.tr("Highlights"))
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
        take_clicked_row(self, event, index if index.data(ID_ROLE) is not None else QModelIndex())
        menu = QMenu(self)
        has = self.current_id() is not None or bool(self.selectionModel().selectedRows())
        edit = menu.addAction(self.tr("&Edit highlight…\tEnter"))
        edit.setEnabled(self.current_id() is not None)
        delete = menu.addAction(self.tr("&Delete\tDel"))
        delete.setEnabled(has)
        copy_keys = QKeySequence(QKeySequence.StandardKey.Copy).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        copy = menu.addAction(self.tr("&Copy as quotes\t{keys}").format(keys=copy_keys))
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
        self.heading = QLabel(self.tr("Highlights"), self)
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
        self._add_hint = self.tr("Add highlight…")

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """The window's highlight actions, for the list's menu (after Edit and Delete); the
        last one adds a highlight, and the hint names its keys."""
        self.list.menu_actions = [None, *actions]
        if actions:
            add = actions[-1]
            keys = add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = plain(add.text())
            with_keys = self.tr("{action} ({keys})")
            self._add_hint = with_keys.format(action=name, keys=keys) if keys else name

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
        self._item_id = item_id
        self.list.highlights.set_views(views)
        count = len(views)
        self.heading.setText(
            self.tr("Highlights · {count}").format(count=f"{count:,}")
            if count
            else self.tr("Highlights")
        )
        self.hint.setText(
            self.tr(
                "No highlights yet. {action} adds one; imports from Kindle, KOReader, "
                "Readwise or 微信读书 bring them in."
            ).format(action=self._add_hint)
        )
        self.hint.setVisible(count == 0)
        self.list.setVisible(count > 0)
        if same and count:
            if current is not None and self.list.highlights.row_of(current) is not None:
                self.list.select_ids(keep, current)
            elif current_row >= 0:  # the current one was deleted: the one after it
                self.list.select_row_near(current_row)
            self.list.verticalScrollBar().setValue(scroll)
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
