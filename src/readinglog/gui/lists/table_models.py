"""List models over the library: they hold every id for the current filter and sort, and
load the rows' columns lazily, a page of ``PAGE`` ids at a time, into an LRU cache by id.

This is Anki's browser model rather than Qt's canFetchMore/fetchMore: rowCount is the full
length from the start, so the scroll bar is true to size and End jumps to row 100,000 while
loading only the pages that are painted. Ids cost a few bytes each, rows are built on demand.

What the user types, a sort and the refresh after a write ask for ids in the background
(``request_filter``, ``sort``, ``refresh``, on the list's own thread: ``worker.LatestOnly``). The
filter's text conditions scan every title and body (hundreds of milliseconds at 100,000 notes),
and even a plain id list takes tens, so the rows shown stay until the answer replaces them (the
same rows in a new order move, keeping the selection). A view switch queries at once
(``set_filter``), always for the newest filter asked for, and drops any answer on its way.

The entries list has a Cover column, off by default (View > Show covers in the list). While it
is shown, a painted row's cover path is loaded with its page's (one query a page), and its
thumbnail comes from ``widgets.thumbnails.ThumbnailLoader``: at once when loaded, else made or
read on a worker and painted when it is ready. While it is off, nothing of it is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import filters_sql, repository
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.query import Filter
from readinglog.core.types import ItemKind, ItemRow, Lang, NoteRow, Status
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.runtime.worker import LatestOnly
from readinglog.gui.widgets.thumbnails import ThumbnailLoader

R = TypeVar("R", ItemRow, NoteRow)
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # a column's value, for a delegate that draws it
DECORATION_ROLE = Qt.ItemDataRole.DecorationRole  # the Cover column's thumbnail
COVER_THUMB = 40  # pixels on a list thumbnail's longer side (the row grows to hold it)
# A view asks each cell it paints for seven roles, each a call into Python: the ones answered.
ANSWERED_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE, VALUE_ROLE}
)
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked for each cell too

# What the list (and an entry's page) calls a status and a kind: English marked for the
# catalogs, translated when shown (``status_label``, ``kind_label``).
STATUS_LABELS = {
    Status.WANT: QT_TRANSLATE_NOOP("Status", "want"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "in progress"),
    Status.FINISHED: QT_TRANSLATE_NOOP("Status", "finished"),
    Status.ABANDONED: QT_TRANSLATE_NOOP("Status", "abandoned"),
    Status.PAUSED: QT_TRANSLATE_NOOP("Status", "paused"),
}
SUBSCRIBED_LABEL = QT_TRANSLATE_NOOP("Status", "subscribed")
# core's ItemKind.label (core has no Qt), as the list shows it
KIND_LABELS = {
    ItemKind.BOOK: QT_TRANSLATE_NOOP("Kind", "book"),
    ItemKind.PODCAST: QT_TRANSLATE_NOOP("Kind", "podcast show"),
    ItemKind.EPISODE: QT_TRANSLATE_NOOP("Kind", "podcast episode"),
    ItemKind.COURSE: QT_TRANSLATE_NOOP("Kind", "course"),
    ItemKind.SERIES: QT_TRANSLATE_NOOP("Kind", "course series"),
    ItemKind.VIDEO: QT_TRANSLATE_NOOP("Kind", "video or talk"),
    ItemKind.ARTICLE: QT_TRANSLATE_NOOP("Kind", "article"),
}


def kind_label(kind: ItemKind) -> str:
    """``ItemKind.label`` in the window's language."""
    return QCoreApplication.translate("Kind", KIND_LABELS[kind])


def status_label(kind: ItemKind, status: Status) -> str:
    """A status as the user reads it: a podcast show being listened to is "subscribed" (the
    sidebar's Subscribed shelf), not "in progress" like a book being read."""
    if kind is ItemKind.PODCAST and status is Status.IN_PROGRESS:
        return QCoreApplication.translate("Status", SUBSCRIBED_LABEL)
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


LANG_LABELS = {
    Lang.EN: QT_TRANSLATE_NOOP("Language", "English"),
    Lang.ZH: QT_TRANSLATE_NOOP("Language", "中文"),
    Lang.MIXED: QT_TRANSLATE_NOOP("Language", "中文 + English"),
    Lang.UNKNOWN: "",
}


def lang_label(lang: Lang) -> str:
    label = LANG_LABELS[lang]
    return QCoreApplication.translate("Language", label) if label else ""


def stars(rating: float | None) -> str:
    """A star per whole point, then the number, so quarter steps stay exact and legible
    (vulgar-fraction glyphs are unreadable at list size): 4.75 -> "★★★★ 4.75". The list
    paints the rating column as stars filled to the fraction (``rating_delegate``);
    this text is what is copied, read aloud and shown where no delegate draws."""
    if rating is None:
        return ""
    return f"{'★' * int(rating)} {rating:g}".strip()


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str  # English, marked for the catalogs: headerData translates it
    text: Callable[[R], str]
    sort: str | None = None  # the repository sort key, None when the column cannot sort
    width: int = 120
    tooltip: Callable[[R], str] | None = None
    value: Callable[[R], object] | None = None  # VALUE_ROLE (the rating, drawn as stars)


ITEM_COLUMNS: tuple[Column[ItemRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ListColumn", "Title"), lambda r: r.title, "title", 260),
    Column(QT_TRANSLATE_NOOP("ListColumn", "People"), lambda r: r.people, None, 130),
    Column(QT_TRANSLATE_NOOP("ListColumn", "Kind"), lambda r: kind_label(r.kind), "kind", 105),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Status"),
        lambda r: status_label(r.kind, r.status),
        "status",
        80,
    ),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Rating"),
        lambda r: stars(r.rating),
        "rating",
        95,
        lambda r: "" if r.rating is None else f"{r.rating:g} / 5",
        lambda r: r.rating,
    ),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Started"), lambda r: _date(r.started_on), "started", 85
    ),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Finished"), lambda r: _date(r.finished_on), "finished", 85
    ),
    Column(QT_TRANSLATE_NOOP("ListColumn", "Tags"), lambda r: ", ".join(r.tags), None, 140),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Cover"), lambda r: "", None, COVER_THUMB + 12
    ),  # hidden unless covers are shown
)
COVER_COLUMN = len(ITEM_COLUMNS) - 1
NOTE_COLUMNS: tuple[Column[NoteRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ListColumn", "Title"), lambda r: r.title, "title", 300),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Entries"), lambda r: ", ".join(r.item_titles), None, 190
    ),
    Column(QT_TRANSLATE_NOOP("ListColumn", "Language"), lambda r: lang_label(r.lang), None, 100),
    Column(QT_TRANSLATE_NOOP("ListColumn", "Words"), lambda r: f"{r.words:,}", None, 70),
    Column(
        QT_TRANSLATE_NOOP("ListColumn", "Updated"), lambda r: _local(r.updated_at), "updated", 130
    ),
)


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Ids for a filter and sort, rows fetched a page at a time when a view asks for them.

    A row is kept with its columns' texts (made once, not at every paint) by id, so a new
    filter or sort reuses the rows already loaded: typing narrows the list to rows it mostly
    showed a keystroke ago. A write may change any row; ``forget_rows`` drops them all. A row
    whose note or entry is gone (another process deleted it) is remembered as missing until
    then, so painting it does not query again."""

    filtered = Signal()  # the answer to request_filter is shown (or the query failed)

    PAGE = 50  # about a screenful: a page is loaded on the GUI thread while it paints
    MAX_PAGES = 200  # at most 10,000 rows in memory, whatever the library size

    columns: tuple[Column[R], ...]
    default_sort: str = "updated"
    cover_column = -1  # the Cover column (-1: this list has none)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None  # id -> row, built when first needed
        self._rows: OrderedDict[int, tuple[R, tuple[str, ...]]] = OrderedDict()  # by id, LRU
        self._missing: set[int] = set()  # ids whose rows were asked for and not found
        self._filter = Filter()
        self._sort = self.default_sort
        self._descending: bool | None = None
        self.pages_loaded = 0  # how many page loads so far (tests and benchmarks read it)
        self._queries = LatestOnly("list_query_pool", parent=self)
        self._queries.answered.connect(self._on_queries_answered)

    # -- what subclasses provide -------------------------------------------------------------

    def _check_filter(self, flt: Filter) -> None:
        """Raise UserError when ``flt`` cannot apply to this list (no query is run)."""
        raise NotImplementedError

    def _query_ids(self, s: Session, flt: Filter, sort: str, desc: bool | None) -> list[int]:
        """Runs on the list's query thread too: it must not touch the model."""
        raise NotImplementedError

    def _query_rows(self, s: Session, ids: Sequence[int]) -> list[R]:
        raise NotImplementedError

    # -- queries -----------------------------------------------------------------------------

    def set_filter(self, flt: Filter) -> None:
        """Show what ``flt`` matches now; raises UserError (and changes nothing) when it is bad."""
        ids = self._fetch_ids(flt, self._sort, self._descending)
        self._filter = flt
        self._apply(ids)

    def request_filter(self, flt: Filter) -> None:
        """Show what ``flt`` matches once the query thread has found it (``filtered`` then);
        raises UserError (and changes nothing) at once when ``flt`` is bad."""
        self._check_filter(flt)
        self._filter = flt
        self._request_ids()

    def settle(self) -> None:
        """Show the rows of the filter asked for now, without waiting for the answer on its way
        (to select a row a write has just added)."""
        if self.pending:
            self.set_filter(self._filter)

    @property
    def pending(self) -> bool:
        """Whether the rows shown are still those of an older filter than the one asked for."""
        return self._queries.pending

    def wait_for_queries(self, msecs: int = -1) -> bool:
        """Block until the query thread is idle (closing; its answer still comes as an event)."""
        return self._queries.wait(msecs)

    def refresh(self, changed_ids: frozenset[int] = frozenset()) -> None:
        """After a write: the rows of ``changed_ids`` show their new values at once; the ids are
        queried again in the background (``filtered`` when the answer is shown; other rows
        reset the model then, the same rows in a new order move)."""
        for item_id in changed_ids:
            row = self.row_of(item_id)
            self._rows.pop(item_id, None)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._request_ids()

    def _request_ids(self) -> None:
        library, query = self._library, self._query_ids
        self._queries.request(
            partial(_ids, library, query, self._filter, self._sort, self._descending)
        )

    def forget_rows(self) -> None:
        """Load every row again when it is next shown (after a write)."""
        self._rows.clear()
        self._missing.clear()

    def _fetch_ids(self, flt: Filter, sort: str, desc: bool | None) -> list[int]:
        """Query on the GUI thread; an answer still on its way would be older: it is dropped."""
        ids = _ids(self._library, self._query_ids, flt, sort, desc)
        self._queries.supersede()
        return ids

    def _apply(self, ids: list[int]) -> None:
        if ids == self._ids:  # typing often narrows to the same rows: keep them, and the view's
            return
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._reorder(ids)  # a sort, or a saved note moving to the top
        else:
            self._reset(ids)

    def _reorder(self, ids: list[int]) -> None:
        """The same rows in another order: a layout change, so the selection and the current
        row follow their rows (a reset would drop them)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self.id_at(i.row()), i.column()) for i in before]
        self._ids = ids
        self._rows_of = None
        after = [
            self.index(self.row_of(id_), col) if id_ is not None else QModelIndex()
            for id_, col in kept
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows_of = None
        self._missing.clear()  # the new ids come from the database: none of them is gone
        self.endResetModel()

    # -- lookups -----------------------------------------------------------------------------

    @property
    def filter(self) -> Filter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    @property
    def loaded_rows(self) -> int:
        return len(self._rows)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        if self._rows_of is None:
            self._rows_of = {id_: row for row, id_ in enumerate(self._ids)}
        return self._rows_of.get(item_id, -1)

    def sort_column(self, sort: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == sort), -1)

    def row_data(self, row: int) -> R | None:
        """The row's DTO, loading its page when it is not cached."""
        loaded = self._loaded(row)
        return None if loaded is None else loaded[0]

    def _loaded(self, row: int) -> tuple[R, tuple[str, ...]] | None:
        item_id = self.id_at(row)
        if item_id is None or item_id in self._missing:
            return None
        if item_id not in self._rows:
            self._load_page(row // self.PAGE)
        loaded = self._rows.get(item_id)
        if loaded is not None:
            self._rows.move_to_end(item_id)
        return loaded

    def _load_page(self, number: int) -> None:
        """The page's rows that are not loaded yet (or known to be missing)."""
        page = self._ids[number * self.PAGE : (number + 1) * self.PAGE]
        wanted = [i for i in page if i not in self._rows and i not in self._missing]
        with self._library.sessions() as s:
            rows = self._query_rows(s, wanted)
        for row in rows:
            self._rows[row.id] = (row, tuple(column.text(row) for column in self.columns))
        self._missing.update(set(wanted).difference(row.id for row in rows))
        self.pages_loaded += 1
        while len(self._rows) > self.PAGE * self.MAX_PAGES:
            self._rows.popitem(last=False)

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    @property
    def covers_shown(self) -> bool:
        return False

    def set_covers_shown(self, on: bool) -> None:
        """Show the Cover column's pictures (a list that has one)."""

    def _cover(self, row: int) -> Any:
        """The Cover column's picture for ``row`` (None: none, or not made yet)."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == DECORATION_ROLE:
            if index.column() != self.cover_column or not self.covers_shown:
                return None
            return self._cover(index.row())
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        loaded = self._loaded(index.row())
        if loaded is None:
            return None
        row, texts = loaded
        if role == VALUE_ROLE:
            value = self.columns[index.column()].value
            return value(row) if value else None
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self.columns[index.column()]
            return column.tooltip(row) if column.tooltip else texts[index.column()] or None
        return texts[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ListColumn", self.columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].sort is None:
            return QCoreApplication.translate("ListColumn", "This column cannot be sorted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column that has a sort key (others are left as they are). The rows keep
        their order until the query thread has them in the new one (``filtered`` then)."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key = self.columns[column].sort
        assert key is not None
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self._request_ids()

    # -- slots -------------------------------------------------------------------------------

    def _on_queries_answered(self, ids: list[int] | None) -> None:
        """The newest request's ids (None: the query failed; the rows shown stay)."""
        if ids is not None:
            self._apply(ids)
        self.filtered.emit()


def _ids(
    library: Library,
    query: Callable[[Session, Filter, str, bool | None], list[int]],
    flt: Filter,
    sort: str,
    desc: bool | None,
) -> list[int]:
    with library.sessions() as s:
        return query(s, flt, sort, desc)


class ItemTableModel(PagedTableModel[ItemRow]):
    columns = ITEM_COLUMNS
    cover_column = COVER_COLUMN
    MAX_COVER_PATHS = 10_000

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(library, parent)
        self._covers_shown = False
        self._cover_of: dict[int, str | None] = {}  # id -> cover_path, for rows painted
        self.thumbnails: ThumbnailLoader | None = None  # made when covers are first shown

    @property
    def covers_shown(self) -> bool:
        return self._covers_shown

    def set_covers_shown(self, on: bool) -> None:
        if on == self._covers_shown:
            return
        self._covers_shown = on
        if on and self.thumbnails is None:
            self.thumbnails = ThumbnailLoader(self._library.paths, COVER_THUMB, self)
            self.thumbnails.ready.connect(self._on_thumbnails_ready)
        if self._ids:
            last = len(self._ids) - 1
            self.dataChanged.emit(
                self.index(0, COVER_COLUMN), self.index(last, COVER_COLUMN), [DECORATION_ROLE]
            )

    def _cover(self, row: int) -> Any:
        item_id = self.id_at(row)
        if item_id is None or self.thumbnails is None:
            return None
        if item_id not in self._cover_of:
            self._load_cover_paths(row // self.PAGE)
        cover_path = self._cover_of.get(item_id)
        return None if cover_path is None else self.thumbnails.icon(cover_path)

    def _load_cover_paths(self, number: int) -> None:
        """The cover paths of a page's rows (one query, on the GUI thread like its rows)."""
        page = self._ids[number * self.PAGE : (number + 1) * self.PAGE]
        wanted = [i for i in page if i not in self._cover_of]
        if len(self._cover_of) + len(wanted) > self.MAX_COVER_PATHS:
            self._cover_of.clear()
        with self._library.sessions() as s:
            stmt = select(Item.id, Item.cover_path).where(Item.id.in_(wanted))
            found: dict[int, str | None] = {id_: path for id_, path in s.execute(stmt)}  # noqa: C416
        for item_id in wanted:
            self._cover_of[item_id] = found.get(item_id) or None

    def _on_thumbnails_ready(self, cover_path: str) -> None:
        rows = [self.row_of(i) for i, path in self._cover_of.items() if path == cover_path]
        for row in (r for r in rows if r >= 0):
            cell = self.index(row, COVER_COLUMN)
            self.dataChanged.emit(cell, cell, [DECORATION_ROLE])

    def refresh(self, changed_ids: frozenset[int] = frozenset()) -> None:
        for item_id in changed_ids:
            self._cover_of.pop(item_id, None)
        super().refresh(changed_ids)

    def wait_for_queries(self, msecs: int = -1) -> bool:
        done = super().wait_for_queries(msecs)
        return (self.thumbnails is None or self.thumbnails.wait(msecs)) and done

    def forget_rows(self) -> None:
        super().forget_rows()
        self._cover_of.clear()
        if self.thumbnails is not None:
            self.thumbnails.forget_missing()

    def _check_filter(self, flt: Filter) -> None:
        filters_sql.item_where(flt)

    def _query_ids(self, s: Session, flt: Filter, sort: str, desc: bool | None) -> list[int]:
        return repository.item_ids(s, flt, sort, desc)

    def _query_rows(self, s: Session, ids: Sequence[int]) -> list[ItemRow]:
        return repository.item_rows(s, ids)


class NoteTableModel(PagedTableModel[NoteRow]):
    columns = NOTE_COLUMNS

    def _check_filter(self, flt: Filter) -> None:
        filters_sql.note_where(flt)

    def _query_ids(self, s: Session, flt: Filter, sort: str, desc: bool | None) -> list[int]:
        return repository.note_ids(s, flt, sort, desc)

    def _query_rows(self, s: Session, ids: Sequence[int]) -> list[NoteRow]:
        return repository.note_rows(s, ids)
