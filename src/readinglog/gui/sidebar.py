"""The left pane: Library by kind, Status shelves, Tags and Notes, each with a count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.types import Changes, ItemKind
from readinglog.gui import theme
from readinglog.gui.views import NOTE_VIEWS, STATUS_TITLES, Target, View, view_for

KEY_ROLE = Qt.ItemDataRole.UserRole
SECTIONS = ("Library", "Status", "Tags", "Notes")


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
        for key in ("all", *(f"kind:{k.value}" for k in ItemKind), *_status_keys()):
            view = view_for(key)
            assert view is not None
            by_key[key] = len(repository.item_ids(s, view.base))
        for key in NOTE_VIEWS:
            view = view_for(key)
            assert view is not None
            by_key[key] = len(repository.note_ids(s, view.base))
        tags = repository.tag_counts(s)
    return Counts(by_key["all"], by_key["notes:all"], by_key, tags)


def _status_keys() -> list[str]:
    return [f"status:{status.value}" for status in STATUS_TITLES]


class Sidebar(QTreeView):
    """Emits ``view_selected`` with the View of the row the user picks."""

    view_selected = Signal(object)
    counted = Signal(object)  # Counts, after every refresh (the status bar shows them)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._library = library
        self._model = QStandardItemModel(0, 2, self)
        self.setModel(self._model)
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
        self.counts: Counts | None = None
        self.refresh()
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    @property
    def current_key(self) -> str | None:
        return self._key

    def refresh(self) -> None:
        """Rebuild the rows with fresh counts, keeping the selected row."""
        counts = count_library(self._library)
        self.counts = counts
        expanded = {
            self._model.item(r).text(): self.isExpanded(self._model.index(r, 0))
            for r in range(self._model.rowCount())
        }
        self.blockSignals(True)
        self.selectionModel().blockSignals(True)
        self._model.removeRows(0, self._model.rowCount())
        library = self._section("Library")
        self._add(library, "all", counts)
        for kind in ItemKind:
            self._add(library, f"kind:{kind.value}", counts)
        status = self._section("Status")
        for key in _status_keys():
            self._add(status, key, counts)
        tags = self._section("Tags")
        for name, count in counts.tags:
            self._add(tags, f"tag:{name}", counts, count)
        notes = self._section("Notes")
        for key in NOTE_VIEWS:
            self._add(notes, key, counts)
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

    def on_changed(self, changes: Changes) -> None:
        if changes.items or changes.notes or changes.tags:
            self.refresh()

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
        name.setToolTip(f"{view.title}: {number}")
        if key.startswith("kind:") and number == 0:
            name.setForeground(theme.dim_color(self.palette()))
        amount = QStandardItem(str(number))
        amount.setData(key, KEY_ROLE)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setForeground(theme.dim_color(self.palette()))
        section.appendRow([name, amount])

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

    # -- slots ---------------------------------------------------------------------------

    def _on_selection_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if not key or key == self._key:
            return
        view = view_for(key)
        if view is None:
            return
        self._key = key
        self.view_selected.emit(view)


def tag_view(library: Library, view: View) -> View:
    """A tag shows its entries; a tag only notes carry shows its notes."""
    if not view.key.startswith("tag:"):
        return view
    with library.sessions() as s:
        has_entries = bool(repository.item_ids(s, view.base))
    if has_entries:
        return view
    retargeted = view_for(view.key, Target.NOTES)
    assert retargeted is not None
    return retargeted
