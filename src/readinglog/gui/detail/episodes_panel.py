"""A show's episodes under its page: what its feed lists (a podcast's episodes, a YouTube
channel's videos), the newest first, each with its number, date and length; those the user
marked show their status.

Marking (F heard or watched, P in progress, W want; the buttons and the menu too) makes the
episode's entry under the show (core/feeds.py says why an entry is made only then); Enter opens
a marked episode's entry. The panel only reads and reports: ``mark_requested`` and
``open_requested`` are answered by the window's feed commands, which write through the window
and refresh the page through its ``changed`` signal. Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import feeds, progress_text
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import Feed
from readinglog.core.types import ItemKind, Status
from readinglog.gui.lists.table_models import status_label
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.row_menu import take_clicked_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the feed episode's id
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the entry made from it (None until marked)
COLUMNS = (  # translated where shown (context "EpisodesModel")
    "#",
    QT_TRANSLATE_NOOP("EpisodesModel", "Title"),
    QT_TRANSLATE_NOOP("EpisodesModel", "Published"),
    QT_TRANSLATE_NOOP("EpisodesModel", "Length"),
    QT_TRANSLATE_NOOP("EpisodesModel", "Status"),
)
TITLE_COLUMN = 1
SUMMARY_TIP = 600  # characters of the summary in a title's tooltip
# The list's keys (the F1 sheet lists them, from here): a mark action's, and those that open a
# marked episode's entry (taken in ``EpisodeList.keyPressEvent``).
MARK_KEYS = {Status.FINISHED: "F", Status.IN_PROGRESS: "P", Status.WANT: "W"}
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Index = QModelIndex | QPersistentModelIndex


def column_title(column: int) -> str:
    """A column's header in the window's language."""
    return QCoreApplication.translate("EpisodesModel", COLUMNS[column])


def heard(kind: ItemKind) -> str:
    """What finishing an episode is called: a podcast's is heard, a channel's video watched."""
    if kind is ItemKind.SERIES:
        return QCoreApplication.translate("Episode", "watched")
    return QCoreApplication.translate("Episode", "heard")


def status_text(kind: ItemKind, status: Status | None) -> str:
    if status is None:
        return ""
    if status is Status.FINISHED:
        return heard(kind)
    # one English for both kinds; Chinese says 在听 / 想听 of a podcast's, 在看 / 想看 of a video
    videos = kind is ItemKind.SERIES
    if status is Status.IN_PROGRESS:
        if videos:
            return QCoreApplication.translate("Episode", "in progress", "a video")
        return QCoreApplication.translate("Episode", "in progress", "a podcast's episode")
    if status is Status.WANT:
        if videos:
            return QCoreApplication.translate("Episode", "want", "a video")
        return QCoreApplication.translate("Episode", "want", "a podcast's episode")
    return status_label(ItemKind.EPISODE, status)


@dataclass(frozen=True)
class FeedState:
    """What the panel says about a show's feed: where it is, when it was read, what failed."""

    url: str | None
    checked_at: dt.datetime | None
    error: str | None


def load(library: Library, show_id: int) -> tuple[FeedState, list[feeds.EpisodeView]]:
    with library.sessions() as s:
        try:
            url: str | None = feeds.source(s, show_id).url
        except InvalidInput:
            url = None
        row = s.get(Feed, show_id)
        state = FeedState(url, row.checked_at if row else None, feeds.last_error(row))
        return state, feeds.episodes(s, show_id)


class EpisodesModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[feeds.EpisodeView] = []
        self.kind = ItemKind.PODCAST

    def set_rows(self, kind: ItemKind, rows: Sequence[feeds.EpisodeView]) -> None:
        self.beginResetModel()
        self.kind, self.rows = kind, list(rows)
        self.endResetModel()

    def row_of(self, episode_id: int) -> int | None:
        for row, view in enumerate(self.rows):
            if view.id == episode_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        view = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, column)
        if role == ID_ROLE:
            return view.id
        if role == ENTRY_ROLE:
            return view.item_id
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN and view.summary:
            summary = view.summary
            return summary if len(summary) <= SUMMARY_TIP else summary[:SUMMARY_TIP] + "…"
        if role == Qt.ItemDataRole.FontRole and column == len(COLUMNS) - 1 and view.status:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, view: feeds.EpisodeView, column: int) -> str:
        if column == 0:
            return "" if view.episode_number is None else str(view.episode_number)
        if column == TITLE_COLUMN:
            return view.title
        if column == 2:
            return view.published_on.isoformat() if view.published_on else ""
        if column == 3:
            return "" if view.duration_s is None else progress_text.clock(view.duration_s)
        return status_text(self.kind, view.status)


class EpisodeList(QTreeView):
    """The episodes, several selectable; F, P and W mark them, Enter opens a marked one."""

    open_requested = Signal(int)  # the entry made from the current episode
    not_marked = Signal()  # Enter on an episode that has no entry yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episode_list")
        self.setAccessibleName(self.tr("Episodes"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.episodes = EpisodesModel(self)
        self.setModel(self.episodes)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.mark_actions: list[QAction] = []  # set by the panel
        self.activated.connect(self._on_self_activated)

    def _size_columns(self) -> None:
        """Widths from the widest text each column can hold, not from its rows: sizing to
        the contents read thousands of rows on every layout (a 3,000-episode feed took a
        quarter of a second to show)."""
        bold = QFont(self.font())
        bold.setBold(True)
        samples = {0: ("9999",), 2: ("2026-12-31",), 3: ("10:00:00",)}
        statuses = [status_text(kind, s) for kind in feeds.SHOW_KINDS for s in feeds.MARKS]
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 6
        header = self.header()
        for column, texts in (*samples.items(), (len(COLUMNS) - 1, tuple(statuses))):
            metrics = QFontMetrics(bold if column == len(COLUMNS) - 1 else self.font())
            widest = max(metrics.horizontalAdvance(text) for text in (*texts, column_title(column)))
            header.resizeSection(column, widest + pad)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def selected_ids(self) -> list[int]:
        """The selected episodes in the list's order, else the current one."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = [self.episodes.rows[row].id for row in rows]
        current = self.current_id()
        return ids or ([] if current is None else [current])

    def current_id(self) -> int | None:
        value = self.currentIndex().data(ID_ROLE)
        return value if isinstance(value, int) else None

    def select_ids(self, ids: Sequence[int], current: int | None) -> None:
        model, selection = self.episodes, self.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        at = model.row_of(current) if current is not None else None
        if at is not None:
            selection.setCurrentIndex(model.index(at, 0), flag.NoUpdate)
        for row in (model.row_of(i) for i in ids):
            if row is not None:
                selection.select(model.index(row, 0), flag.Select | flag.Rows)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming in with no current episode: the newest one."""
        super().focusInEvent(event)
        if self.current_id() is None and self.episodes.rows:
            self.setCurrentIndex(self.episodes.index(0, 0))

    def _is_enter(self, event: QKeyEvent) -> bool:
        return (
            event.key() in OPEN_KEYS
            and (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            == Qt.KeyboardModifier.NoModifier
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_enter(event) and self.current_id() is not None:
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        take_clicked_row(self, event, self.indexAt(event.pos()))
        menu = QMenu(self)
        open_entry = menu.addAction(self.tr("&Open the entry\tEnter"))
        open_entry.setEnabled(isinstance(self.currentIndex().data(ENTRY_ROLE), int))
        menu.addSeparator()
        for action in self.mark_actions:
            menu.addAction(action)
        if menu.exec(event.globalPos()) is open_entry:
            self._open(self.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, int):
            self.open_requested.emit(entry)
        else:
            self.not_marked.emit()

    def _on_self_activated(self, index: QModelIndex) -> None:
        self._open(index)


class EpisodesPanel(QWidget):
    """The heading ("Episodes · 120"), where the feed is and how its last refresh went, the
    mark buttons, and the list (or a hint: no feed yet, nothing fetched yet)."""

    mark_requested = Signal(list, object)  # episode ids, Status
    open_requested = Signal(int)  # an entry id
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("episodes_panel")
        self._library = library
        self._show_id: int | None = None
        self.kind = ItemKind.PODCAST
        self.state = FeedState(None, None, None)
        self.heading = QLabel(self.tr("Episodes"), self)
        self.heading.setObjectName("episodes_heading")
        self.heading.setFont(theme.heading_font(self.font(), 1.1))
        self.feed_line = QLabel(self)
        self.feed_line.setObjectName("episodes_feed")
        self.feed_line.setWordWrap(True)
        self.feed_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_line = QLabel(self)
        self.error_line.setObjectName("episodes_error")
        self.error_line.setWordWrap(True)
        self.error_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.mark_error(self.error_line)
        self.hint = QLabel(self)
        self.hint.setObjectName("episodes_hint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim, and readable
        self.list = EpisodeList(self)
        self.heading.setBuddy(self.list)
        self.actions_by_status = {status: self._mark_action(status) for status in feeds.MARKS}
        self.list.mark_actions = list(self.actions_by_status.values())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for action in self.list.mark_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys work from the list
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.feed_line)
        layout.addWidget(self.error_line)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.list.open_requested.connect(self.open_requested)
        self.list.not_marked.connect(self._on_list_not_marked)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        self.list.selectionModel().currentChanged.connect(self._update_actions)
        self.refresh_keys = ""  # the window's "Refresh this feed" keys, for the hints
        self.set_feed_name = self.tr("Set feed address…")
        self.setVisible(False)

    def _mark_action(self, status: Status) -> QAction:
        action = QAction(self)
        action.setObjectName(f"mark_episode_{status.value}")
        action.setShortcut(MARK_KEYS[status])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self._on_mark_triggered)
        action.setData(status.value)
        self.list.addAction(action)
        return action

    # -- what is shown -------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether the entry shown is a show (and this panel is part of its page)."""
        return self._show_id is not None

    @property
    def show_id(self) -> int | None:
        return self._show_id

    @property
    def count(self) -> int:
        return len(self.list.episodes.rows)

    def show_item(self, item_id: int, kind: ItemKind) -> bool:
        """Show the episodes of ``item_id`` when it is a show (True), else hide (False). The
        same show again keeps the selection, the current episode and the scroll position."""
        if kind not in feeds.SHOW_KINDS:
            self._show_id = None
            self.setVisible(False)
            return False
        same = item_id == self._show_id
        keep = self.list.selected_ids() if same else []
        current = self.list.current_id() if same else None
        scroll = self.list.verticalScrollBar().value() if same else 0
        self.state, rows = load(self._library, item_id)
        self._show_id, self.kind = item_id, kind
        self.list.episodes.set_rows(kind, rows)
        numbered = any(row.episode_number is not None for row in rows)
        self.list.setColumnHidden(0, not numbered)  # many feeds number none
        self._label()
        if same and rows:
            self.list.select_ids(keep, current)
            self.list.verticalScrollBar().setValue(scroll)
        self.setVisible(True)
        self._update_actions()
        return True

    def _label(self) -> None:
        videos = self.kind is ItemKind.SERIES
        count = self.count
        noun = self.tr("Videos") if videos else self.tr("Episodes")
        self.heading.setText(
            self.tr("{noun} · {count}").format(noun=noun, count=f"{count:,}") if count else noun
        )
        keys = MARK_KEYS
        if videos:
            texts = {
                Status.FINISHED: self.tr("Mark as &watched ({key})"),
                Status.IN_PROGRESS: self.tr("In &progress ({key})", "videos"),
                Status.WANT: self.tr("&Want ({key})", "videos"),
            }
        else:
            texts = {
                Status.FINISHED: self.tr("Mark as &heard ({key})"),
                Status.IN_PROGRESS: self.tr("In &progress ({key})", "a podcast's episodes"),
                Status.WANT: self.tr("&Want ({key})", "a podcast's episodes"),
            }
        tip = (
            self.tr("Make an entry of the selected videos under the show, {status}")
            if videos
            else self.tr("Make an entry of the selected episodes under the show, {status}")
        )
        for status, action in self.actions_by_status.items():
            action.setText(texts[status].format(key=keys[status]))
            action.setStatusTip(tip.format(status=status_text(self.kind, status)))
        state = self.state
        refresh = (
            self.tr("Refresh this feed ({keys})").format(keys=self.refresh_keys)
            if self.refresh_keys
            else self.tr("Refresh")
        )
        if state.url is None:
            self.feed_line.setText("")
            self.hint.setText(
                self.tr(
                    "No feed yet. {action} (in the Feeds menu) gives it one: a podcast's "
                    "RSS address, or a YouTube channel's address or @handle."
                ).format(action=self.set_feed_name)
            )
        else:
            if state.checked_at:
                when = f"{state.checked_at.astimezone():%Y-%m-%d %H:%M}"
                line = self.tr("Feed: {url} · checked {when}").format(url=state.url, when=when)
            else:
                line = self.tr("Feed: {url} · not fetched yet").format(url=state.url)
            self.feed_line.setText(line)
            none = (
                self.tr(
                    "No videos listed yet. {refresh} fetches them; nothing is fetched "
                    "until you ask."
                )
                if videos
                else self.tr(
                    "No episodes listed yet. {refresh} fetches them; nothing is fetched "
                    "until you ask."
                )
            )
            self.hint.setText(none.format(refresh=refresh))
        failed = self.tr("The last refresh failed: {error}")
        error = i18n.said(state.error) if state.error else ""
        self.error_line.setText(failed.format(error=error) if error else "")
        self.error_line.setVisible(bool(state.error) and state.url is not None)
        self.feed_line.setVisible(state.url is not None)
        self.hint.setVisible(count == 0)
        self.list.setVisible(count > 0)
        for button in self.buttons:
            button.setVisible(count > 0)

    def focus_list(self) -> bool:
        if not self.active or not self.count:
            return False
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def select(self, episode_id: int) -> None:
        row = self.list.episodes.row_of(episode_id)
        if row is not None:
            index = self.list.episodes.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def selected_ids(self) -> list[int]:
        return self.list.selected_ids() if self.active else []

    # -- slots ---------------------------------------------------------------------------

    def _update_actions(self, *_args: object) -> None:
        on = bool(self.list.selected_ids())
        for action in self.actions_by_status.values():
            action.setEnabled(on)

    def _on_mark_triggered(self) -> None:
        action = self.sender()
        ids = self.list.selected_ids()
        if isinstance(action, QAction) and ids:
            self.mark_requested.emit(ids, Status(action.data()))

    def _on_list_not_marked(self) -> None:
        if self.kind is ItemKind.SERIES:
            text = self.tr(
                "Not marked yet: F marks it watched, P in progress, W want (that makes its entry)"
            )
        else:
            text = self.tr(
                "Not marked yet: F marks it heard, P in progress, W want (that makes its entry)"
            )
        self.message.emit(text)
