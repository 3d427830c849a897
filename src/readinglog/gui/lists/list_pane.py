"""The middle pane: the filter box over a table of entries or of notes.

Everything that turns what the user typed into rows goes through ``apply_query``: the filter
language narrows the list (field filters and title words), and when the text has free words the
full-text results panel (``search_results``) under the box searches them too. What is typed is
filtered in the background (``PagedTableModel.request_filter``): the box never waits for the
list, which changes when the answer comes; a view switch shows its rows at once.

A filter that hides the current row leaves the list without one (the detail pane shows its
hint); when a later filter brings that row back and no other was chosen meanwhile, it is
current again: clearing the box returns to the note being read.

A list with no rows says why and what to do (``empty_states``; Esc in the list clears the
filter) and shows no horizontal scroll bar. In the entries list the digit keys and + / − rate
the selected entries (``list_rating``); the rating column draws partial stars
(``rating_delegate``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import repository
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.query import Filter, parse_filter
from readinglog.core.types import Changes, Target
from readinglog.gui.lists.empty_states import ACTION_NAMES, empty_message
from readinglog.gui.lists.list_rating import ListRating, rating_key
from readinglog.gui.lists.rating_delegate import RatingDelegate, rating_cell_width
from readinglog.gui.lists.table_models import (
    COVER_THUMB,
    ItemTableModel,
    NoteTableModel,
    PagedTableModel,
)
from readinglog.gui.lists.views import View
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.worker import LatestOnly
from readinglog.gui.search.search_box import SearchBox
from readinglog.gui.search.search_options import SearchOptions
from readinglog.gui.search.search_results import SearchResults


class ListTable(QTableView):
    """A table over a paged model: fixed row heights, sorting only on sortable columns; keeps
    its current row through the model's resets (see the module's docstring)."""

    current_lost = Signal()  # a reset took the current row away: there is none now

    def __init__(self, model: PagedTableModel, name: str, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        for column, spec in enumerate(model.columns):
            header.resizeSection(column, spec.width)
            if spec.sort == "rating":
                self.setItemDelegateForColumn(column, RatingDelegate(self))
        if model.cover_column >= 0:
            self.setColumnHidden(model.cover_column, not model.covers_shown)
        self._fit_to_font()
        self._empty_text = ""
        self.escape_hook: Callable[[], bool] | None = None  # Esc: True when it was used
        self.key_hook: Callable[[QKeyEvent], bool] | None = None  # other keys: True if used
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.filtered):
            signal.connect(self._on_model_rows_changed)
        self._on_model_rows_changed()
        self._sorted = (-1, Qt.SortOrder.AscendingOrder)
        self._lost: int | None = None  # the current row a reset took away, to come back to
        self._wanted: int | None = None  # to make current when the answer on its way shows it
        self._had_current = False
        self._first_when_filtered = False
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        model.modelAboutToBeReset.connect(self._on_model_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_model_reset)
        model.filtered.connect(self._on_model_filtered)
        model.layoutChanged.connect(self._on_model_layout_changed)
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    def _fit_to_font(self) -> None:
        """Rows as tall as the font needs (or a cover thumbnail, while the Cover column is
        shown), and the rating column wide enough for its stars and number (wider columns stay
        as the user made them)."""
        height = self.fontMetrics().height() + 8
        if self.paged_model().covers_shown:
            height = max(height, COVER_THUMB + 4)
        self.verticalHeader().setDefaultSectionSize(height)
        header = self.horizontalHeader()
        for column, spec in enumerate(self.paged_model().columns):
            if spec.sort == "rating":
                needed = rating_cell_width(self.fontMetrics())
                if header.sectionSize(column) < needed:
                    header.resizeSection(column, needed)

    @property
    def covers_shown(self) -> bool:
        return self.paged_model().covers_shown

    def set_covers_shown(self, on: bool) -> None:
        """Show or hide the Cover column (a list that has one); the rows grow to hold a
        thumbnail only while it is shown. Shown first, unless the user has moved it."""
        model = self.paged_model()
        column = model.cover_column
        if column < 0:
            return
        model.set_covers_shown(on)
        self.setIconSize(QSize(COVER_THUMB, COVER_THUMB))
        header = self.horizontalHeader()
        if on and header.visualIndex(column) == header.count() - 1:
            header.moveSection(header.visualIndex(column), 0)  # not the stretched last one
        self.setColumnHidden(column, not on)
        if on and header.sectionSize(column) < model.columns[column].width:
            header.resizeSection(column, model.columns[column].width)
        self._fit_to_font()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    # -- when there are no rows ---------------------------------------------------------

    @property
    def empty_text(self) -> str:
        """What the list says while it has no rows ("" when it has rows or nothing to say)."""
        shown = self.model().rowCount() == 0 and not self.paged_model().pending
        return self._empty_text if shown else ""

    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def _on_model_rows_changed(self, *_args: object) -> None:
        """No horizontal scroll bar over an empty list: there is nothing to scroll to."""
        empty = self.model().rowCount() == 0
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if empty else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
        if empty:
            self.horizontalScrollBar().setValue(0)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(theme.dim_color(self.palette()))
        area = self.viewport().rect().adjusted(16, 24, -16, -16)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), text)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Escape and plain and self.escape_hook and self.escape_hook():
            event.accept()
            return
        if self.key_hook is not None and self.key_hook(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def paged_model(self) -> PagedTableModel:  # type: ignore[type-arg]
        model = self.model()
        assert isinstance(model, PagedTableModel)
        return model

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        model = self.paged_model()
        if column < 0 or model.columns[column].sort is None:
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(False)
            return
        self._sorted = (column, order)
        model.sort(column, order)  # the rows move when the answer comes (_on_model_layout_changed)

    def sync_sort_from_header(self) -> None:
        """After restoring the header's state, sort the model as its indicator says."""
        header = self.horizontalHeader()
        self._on_header_sort_indicator_changed(
            header.sortIndicatorSection(), header.sortIndicatorOrder()
        )

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.paged_model().id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        model = self.paged_model()
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = [model.id_at(row) for row in rows]
        return [i for i in ids if i is not None]

    def select_id(self, item_id: int | None) -> bool:
        row = -1 if item_id is None else self.paged_model().row_of(item_id)
        if row < 0:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(self.paged_model().index(row, 0), flags)
        self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def select_when_listed(self, item_id: int) -> None:
        """Make ``item_id`` current once the list shows it: now, or when the answer on its way
        comes (a note just created is listed by the refresh its write asked for)."""
        if self.paged_model().pending:
            self._wanted = item_id
        else:
            self.select_id(item_id)

    def select_first(self) -> None:
        """Make the first row current unless a row is; when a filter's answer is on its way,
        the first row of that answer."""
        if self.paged_model().pending:
            self._first_when_filtered = True
        elif self.current_id() is None and self.model().rowCount() > 0:
            self.selectRow(0)

    def _on_model_model_about_to_be_reset(self) -> None:
        current = self.current_id()
        self._had_current = current is not None
        if current is not None:
            self._lost = current

    def _on_model_model_reset(self) -> None:
        if self._select_wanted() or (self._lost is not None and self.select_id(self._lost)):
            return
        if self._had_current:
            self.current_lost.emit()
        self._on_model_filtered()  # new rows, whoever asked for them

    def _on_model_layout_changed(self) -> None:
        if self.currentIndex().isValid():  # the current row moved: keep it in sight
            self.scrollTo(self.currentIndex())

    def _select_wanted(self) -> bool:
        wanted, self._wanted = self._wanted, None
        return wanted is not None and self.select_id(wanted)

    def _on_model_filtered(self) -> None:
        if self._wanted is not None and not self.paged_model().pending:
            self._select_wanted()
        if self._first_when_filtered and not self.paged_model().pending:
            self._first_when_filtered = False
            self.select_first()

    def _on_selection_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            self._lost = None  # chosen (or come back): nothing to return to
            self._wanted = None


class ListPane(QWidget):
    """Search box + the entries table or the notes table (one each, so widths are kept)."""

    current_changed = Signal(object, object)  # Target, id or None
    activated = Signal(object, int)  # Target, id (Enter or double-click)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox(self)
        self.items = ListTable(ItemTableModel(library, self), "items_table", self)
        self.notes = ListTable(NoteTableModel(library, self), "notes_table", self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.items)
        self._stack.addWidget(self.notes)
        self._view: View | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self._stack, 1)
        self.results = SearchResults(self.search.edit, self)  # floats over the table
        self.search.edit.key_hook = self.results.handle_key
        # Bound methods only (no lambdas holding ``self``: see actions.py).
        self.items.selectionModel().currentRowChanged.connect(self._on_items_current_row_changed)
        self.notes.selectionModel().currentRowChanged.connect(self._on_notes_current_row_changed)
        self.items.current_lost.connect(self._on_items_current_lost)
        self.notes.current_lost.connect(self._on_notes_current_lost)
        self.items.activated.connect(self._on_items_activated)
        self.notes.activated.connect(self._on_notes_activated)
        self.search.edit.query_changed.connect(self._on_search_query_changed)
        self.search.edit.move_down.connect(self._on_search_move_down)
        self._library = library
        self._notes_matching: tuple[str, int | None] = ("", None)  # typed text, notes it matches
        self._note_counter = LatestOnly("list_note_count_pool", parent=self)
        self._note_counter.answered.connect(self._on_note_counter_answered)
        self.rating = ListRating(library, self)  # 0–5, + and − on the selected entries
        self.items.key_hook = self._on_items_key
        for table in (self.items, self.notes):
            table.escape_hook = self.clear_filter
            table.paged_model().filtered.connect(self._update_empty_text)
            table.paged_model().modelReset.connect(self._update_empty_text)

    # -- what is shown -------------------------------------------------------------------

    @property
    def view(self) -> View | None:
        return self._view

    @property
    def target(self) -> Target:
        return Target.NOTE if self._stack.currentWidget() is self.notes else Target.ITEM

    def table(self, target: Target | None = None) -> ListTable:
        return self.notes if (target or self.target) is Target.NOTE else self.items

    def show_view(self, view: View) -> None:
        """Switch to a sidebar view, keeping what is typed in the box (its rows at once)."""
        self._view = view
        self._stack.setCurrentWidget(self.table(view.target))
        self.apply_query(self.search.edit.text(), background=False)
        table = self.table()
        if table.current_id() is None and table.model().rowCount() > 0:
            table.selectRow(0)
        else:
            self.current_changed.emit(view.target, table.current_id())

    def apply_query(self, text: str, *, background: bool) -> bool:
        """Filter the current list by ``text`` (the filter language), in the background or at
        once. A bad filter leaves the list as it was and shows the sentence under the box.
        Returns whether it applied (or, in the background, was asked for)."""
        if self._view is None:
            return False
        try:
            typed = parse_filter(text) if text.strip() else Filter()
            model = self.table().paged_model()
            flt = self._view.combined(typed)
            if background:
                model.request_filter(flt)
            else:
                model.set_filter(flt)
        except UserError as exc:
            self.search.show_error(i18n.said(exc))
            self.results.set_query("")
            return False
        self.search.clear_error()
        # Leading space means nothing; a trailing one finishes the last word (prefix mode).
        self.results.set_query(text.lstrip() if typed.words else "")
        self._count_notes(text, typed)
        self._update_empty_text()
        return True

    def clear_filter(self) -> bool:
        """Empty the box (Esc in the list); False when it was empty already."""
        edit = self.search.edit
        if not edit.text():
            return False
        edit.clear()
        edit.flush()
        return True

    # -- when a list is empty ------------------------------------------------------------

    def _count_notes(self, text: str, typed: Filter) -> None:
        """How many notes the typed words match, counted in the background, for the entries
        list to say so when it has none (a search whose words are only in notes)."""
        if self.target is not Target.ITEM or not typed.words or self._notes_matching[0] == text:
            return  # only the entries list says so; a count for this text is there or coming
        self._notes_matching = (text, None)
        words = Filter(words=typed.words)
        self._note_counter.request(partial(_count_notes, self._library, text, words))

    def _on_note_counter_answered(self, answer: tuple[str, int] | None) -> None:
        if answer is not None and answer[0] == self._notes_matching[0]:
            self._notes_matching = answer
            self._update_empty_text()

    def _action_keys(self) -> dict[str, str]:
        """The window's keys for the actions an empty list names (none outside a window)."""
        keys: dict[str, str] = {}
        for name in ACTION_NAMES:
            action = self.window().findChild(QAction, name)
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys[name] = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return keys

    def _update_empty_text(self) -> None:
        text = self.search.edit.text()
        counted = self._notes_matching[1] if self._notes_matching[0] == text else None
        message = empty_message(self._view, text, keys=self._action_keys(), notes_matching=counted)
        self.table().set_empty_text(message)

    def apply_search_options(self, options: SearchOptions) -> None:
        """Search as you type or only on Enter (the results' count is the index keeper's)."""
        self.search.edit.set_as_you_type(options.as_you_type)

    def wait_for_queries(self, msecs: int = -1) -> None:
        """Let the lists' background queries end (closing)."""
        for table in (self.items, self.notes):
            table.paged_model().wait_for_queries(msecs)
        self._note_counter.wait(msecs)

    # -- after a write -------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if changes.notes:
            self._notes_matching = ("", None)  # counted again for the next text typed
        for table in (self.items, self.notes):  # a row shows others' data too (entry titles)
            table.paged_model().forget_rows()
        for table, ids in ((self.items, changes.items), (self.notes, changes.notes)):
            if ids or (changes.tags and self._view and self._view.key.startswith("tag:")):
                table.paged_model().refresh(ids)  # the current row stays current if it can

    # -- slots ---------------------------------------------------------------------------

    def _on_items_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._on_table_current_row_changed(Target.ITEM, current)

    def _on_notes_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        self._on_table_current_row_changed(Target.NOTE, current)

    def _on_items_current_lost(self) -> None:
        self._on_table_current_lost(Target.ITEM)

    def _on_notes_current_lost(self) -> None:
        self._on_table_current_lost(Target.NOTE)

    def _on_items_activated(self, index: QModelIndex) -> None:
        self._on_table_activated(Target.ITEM, index)

    def _on_notes_activated(self, index: QModelIndex) -> None:
        self._on_table_activated(Target.NOTE, index)

    def _on_table_current_row_changed(self, target: Target, current: QModelIndex) -> None:
        if target is self.target:
            table = self.table(target)
            self.current_changed.emit(target, table.paged_model().id_at(current.row()))

    def _on_table_current_lost(self, target: Target) -> None:
        if target is self.target:
            self.current_changed.emit(target, None)

    def _on_table_activated(self, target: Target, index: QModelIndex) -> None:
        item_id = self.table(target).paged_model().id_at(index.row())
        if item_id is not None:
            self.activated.emit(target, item_id)

    def _on_items_key(self, event: QKeyEvent) -> bool:
        key = rating_key(event)
        ids = self.items.selected_ids() if key is not None else []
        if key is None or not ids:
            return False
        self.rating.rate(ids, key)
        return True

    def _on_search_query_changed(self, text: str) -> None:
        self.apply_query(text, background=True)

    def _on_search_move_down(self) -> None:
        table = self.table()
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        table.select_first()


def _count_notes(library: Library, text: str, words: Filter) -> tuple[str, int]:
    """On the counting thread: how many notes ``words`` match (for ``text``)."""
    with library.sessions() as s:
        return text, repository.count_notes(s, words)
