"""The left pane: Library by kind, Status shelves, Tags and Notes, each with a count, then the
saved searches (``saved_searches``; Delete on one asks to forget it), then the Trash (a click
or Enter opens the Trash window: ``trash_view``).

The counts take ~35 ms at 100,000 notes, and every write (an editor autosave every second or
two) may change them: after a write they are counted on the sidebar's own thread
(``worker.LatestOnly``) and the rows rebuilt only when a count changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from readinglog.core import repository, trash
from readinglog.core.library import Library
from readinglog.core.types import Changes, ItemKind, Status, Target
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.lists.views import (
    NOTE_VIEWS,
    STATUS_TITLES,
    SUBSCRIBED_KEY,
    View,
    view_for,
)
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.worker import LatestOnly

KEY_ROLE = Qt.ItemDataRole.UserRole
BOX_NAME = "search_box"  # the filter box's objectName: a saved search's highlight follows it
# The list a saved search's rows are in (the row highlighted once the box no longer holds it).
BASE_KEYS = {Target.ITEM: "all", Target.NOTE: next(iter(NOTE_VIEWS))}
DIM_ROLE = Qt.ItemDataRole.UserRole + 1  # True: drawn in the palette's dim colour (counts)
SECTIONS = ("Library", "Status", "Tags", "Notes", "Saved searches", "Trash")
TRASH_KEY = "trash"


@dataclass(frozen=True)
class Counts:
    entries: int
    notes: int
    by_key: dict[str, int]
    tags: list[tuple[str, int]]


def count_library(library: Library) -> Counts:
    """How many entries and notes each sidebar row stands for."""
    by_key: dict[str, int] = {}
    with library.sessions() as s:
        for key in ("all", *(f"kind:{k.value}" for k in ItemKind), *_status_keys(), SUBSCRIBED_KEY):
            view = view_for(key)
            assert view is not None
            by_key[key] = repository.count_items(s, view.base)
        for key in NOTE_VIEWS:
            view = view_for(key)
            assert view is not None
            by_key[key] = repository.count_notes(s, view.base)
        tags = repository.tag_counts(s)
        by_key[TRASH_KEY] = trash.count(s)
    return Counts(by_key["all"], by_key["notes:all"], by_key, tags)


IN_PROGRESS_KEY = f"status:{Status.IN_PROGRESS.value}"


def _status_keys() -> list[str]:
    return [f"status:{status.value}" for status in STATUS_TITLES]


class DimDelegate(QStyledItemDelegate):
    """Rows marked DIM_ROLE take the dim colour of the palette they are painted with, so a
    theme switched while the window is open reaches them (an item's stored foreground would
    keep the colour of the theme it was built in)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(DIM_ROLE):
            option.palette.setColor(QPalette.ColorRole.Text, theme.dim_color(option.palette))


class Sidebar(QTreeView):
    """Emits ``view_selected`` with the View of the row the user picks, ``saved_selected``
    with the SavedSearch of a saved-search row."""

    view_selected = Signal(object)
    saved_selected = Signal(object)  # SavedSearch (picked, or clicked again to re-apply)
    delete_saved_requested = Signal(str)  # the name of the saved search Delete was pressed on
    counted = Signal(object)  # Counts, after every refresh (the status bar shows them)
    trash_requested = Signal()  # the Trash row was clicked or activated

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        saved: Sequence[SavedSearch] = (),
    ) -> None:
        super().__init__(parent)
        self._saved = {s.key: s for s in saved}
        self.setObjectName("sidebar")
        self._library = library
        self._model = QStandardItemModel(0, 2, self)
        self.setModel(self._model)
        self.setItemDelegate(DimDelegate(self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._key: str | None = None
        self._left: str | None = None  # the saved search the box's text last moved away from
        self._box_followed = False
        self.counts: Counts | None = None
        self._counter = LatestOnly("sidebar_count_pool", parent=self)
        self._counter.answered.connect(self._on_counter_answered)
        self.refresh()
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self.clicked.connect(self._on_self_clicked)
        self.activated.connect(self._on_self_clicked)

    @property
    def current_key(self) -> str | None:
        return self._key

    @property
    def counting(self) -> bool:
        """Whether counts asked for after a write are still on their way."""
        return self._counter.pending

    def wait_for_counts(self, msecs: int = -1) -> bool:
        """Block until the counting thread is idle (closing)."""
        return self._counter.wait(msecs)

    def refresh(self) -> None:
        """Rebuild the rows with counts made now, keeping the selected row."""
        counts = count_library(self._library)
        self._counter.supersede()  # counts on their way are older than these
        self._show(counts)

    def _show(self, counts: Counts) -> None:
        self.counts = counts
        expanded = {
            self._model.item(r).text(): self.isExpanded(self._model.index(r, 0))
            for r in range(self._model.rowCount())
        }
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        self._model.removeRows(0, self._model.rowCount())
        library = self._section(self.tr("Library"))
        self._add(library, "all", counts)
        for kind in ItemKind:
            self._add(library, f"kind:{kind.value}", counts)
        status = self._section(self.tr("Status"))
        for key in _status_keys():
            self._add(status, key, counts)
            if key == IN_PROGRESS_KEY and counts.by_key.get(SUBSCRIBED_KEY):
                self._add(status, SUBSCRIBED_KEY, counts)  # the shows In progress leaves out
        tags = self._section(self.tr("Tags"))
        for name, count in counts.tags:
            self._add(tags, f"tag:{name}", counts, count)
        notes = self._section(self.tr("Notes"))
        for key in NOTE_VIEWS:
            self._add(notes, key, counts)
        if self._saved:
            saved = self._section(self.tr("Saved searches"))
            for search in self._saved.values():
                self._add_saved(saved, search)
        self._add_trash(self._section(self.tr("Trash")), counts.by_key.get(TRASH_KEY, 0))
        for row in range(self._model.rowCount()):
            name = self._model.item(row).text()
            self.setExpanded(self._model.index(row, 0), expanded.get(name, True))
        if self._key is not None:
            self._select(self._key)
        self.selectionModel().blockSignals(False)
        self.blockSignals(False)
        self.counted.emit(counts)

    def select_key(self, key: str) -> bool:
        """Select the row for ``key`` (and emit view_selected); False when there is none."""
        return self._select(key)

    def set_saved(self, saved: Sequence[SavedSearch]) -> None:
        """Show these saved searches (rebuilding the rows)."""
        self._saved = {s.key: s for s in saved}
        self.refresh()

    def current_saved(self) -> SavedSearch | None:
        """The saved search of the current row, if that row is one."""
        index = self.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        return self._saved.get(key) if isinstance(key, str) else None

    def follow_query(self, text: str) -> None:
        """The filter box now holds ``text``. A saved search stays highlighted only while the
        box holds its query: else the highlight goes to the list the rows are in (its title
        with it), and comes back when the query is typed again."""
        query = text.strip()
        current = self.current_saved()
        if current is not None:
            if query != current.query.strip():
                self._left = current.key
                self._select(BASE_KEYS[current.target])  # view_selected: that list, this text
            return
        matching = [s for s in self._saved.values() if s.query.strip() == query]
        matching.sort(key=lambda s: s.key != self._left)  # the one left first
        for search in matching:
            if self._key == BASE_KEYS[search.target]:
                self._select(search.key)  # saved_selected: its name in the title again
                return

    def showEvent(self, event: QShowEvent) -> None:
        """Once in the window: follow its filter box (``follow_query``)."""
        super().showEvent(event)
        if self._box_followed:
            return
        box = self.window().findChild(QLineEdit, BOX_NAME)
        changed = getattr(box, "query_changed", None)  # emitted when the list is filtered
        if changed is not None:
            changed.connect(self.follow_query)
            self._box_followed = True

    def on_changed(self, changes: Changes) -> None:
        if changes.items or changes.notes or changes.tags:
            self.recount()

    def recount(self) -> None:
        """Count again on the sidebar's thread (after a write the counts may not show)."""
        self._counter.request(partial(count_library, self._library))

    def _on_counter_answered(self, counts: Counts | None) -> None:
        if counts is not None and counts != self.counts:
            self._show(counts)

    # -- building rows -------------------------------------------------------------------

    def _section(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFont(theme.heading_font(self.font()))
        blank = QStandardItem("")
        blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._model.appendRow([item, blank])
        return item

    def _add(self, section: QStandardItem, key: str, counts: Counts, count: int = -1) -> None:
        view = view_for(key)
        assert view is not None
        number = counts.by_key.get(key, 0) if count < 0 else count
        name = QStandardItem(view.title)
        name.setData(key, KEY_ROLE)
        name.setToolTip(self.tr("{view}: {count}").format(view=view.title, count=number))
        if key.startswith("kind:") and number == 0:
            name.setData(True, DIM_ROLE)
        amount = QStandardItem(str(number))
        amount.setData(key, KEY_ROLE)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setData(True, DIM_ROLE)
        section.appendRow([name, amount])

    def _add_saved(self, section: QStandardItem, search: SavedSearch) -> None:
        name = QStandardItem(search.name)
        name.setData(search.key, KEY_ROLE)
        if search.target is Target.NOTE:
            name.setToolTip(self.tr("{query}  (notes)").format(query=search.query))
        else:
            name.setToolTip(self.tr("{query}  (entries)").format(query=search.query))
        blank = QStandardItem("")
        blank.setData(search.key, KEY_ROLE)
        section.appendRow([name, blank])

    def _add_trash(self, section: QStandardItem, number: int) -> None:
        """Not selectable: a click or Enter opens the Trash window; the list stays as it is."""
        row = [QStandardItem(self.tr("Deleted entries and notes")), QStandardItem(str(number))]
        tip = self.tr("Deleted entries and notes: {count} (kept for {days} days)")
        for cell in row:
            cell.setData(TRASH_KEY, KEY_ROLE)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            cell.setToolTip(tip.format(count=number, days=trash.KEEP_DAYS))
        row[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row[1].setData(True, DIM_ROLE)
        section.appendRow(row)

    def _find(self, key: str) -> QModelIndex:
        for row in range(self._model.rowCount()):
            section = self._model.item(row)
            for child in range(section.rowCount()):
                if section.child(child).data(KEY_ROLE) == key:
                    return section.child(child).index()
        return QModelIndex()

    def _select(self, key: str) -> bool:
        index = self._find(key)
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        return True

    # -- Delete on a saved search ----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Delete on a saved search is ours, not the window's Delete action's."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_delete(event)
            and self.current_saved() is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        search = self.current_saved()
        if search is not None and _is_delete(event):
            self.delete_saved_requested.emit(search.name)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the saved search already selected applies it again."""
        before = self._key
        super().mousePressEvent(event)
        search = self.current_saved()
        if search is not None and search.key == before == self._key:
            self.saved_selected.emit(search)

    # -- slots ---------------------------------------------------------------------------

    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KEY_ROLE) == TRASH_KEY:
            self.trash_requested.emit()

    def _on_selection_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if not key or key == self._key:
            return
        if key in self._saved:
            self._key = key
            self.saved_selected.emit(self._saved[key])
            return
        view = view_for(key)
        if view is None:
            return
        self._key = key
        self.view_selected.emit(view)


def _is_delete(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete


def tag_view(library: Library, view: View) -> View:
    """A tag shows its entries; a tag only notes carry shows its notes."""
    if not view.key.startswith("tag:"):
        return view
    with library.sessions() as s:
        has_items = repository.count_items(s, view.base) > 0
    if has_items:
        return view
    retargeted = view_for(view.key, Target.NOTE)
    assert retargeted is not None
    return retargeted
