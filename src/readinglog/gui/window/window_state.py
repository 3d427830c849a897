"""Window geometry, splitter sizes, column widths, the view, the selection and the page the
detail pane shows, kept between launches in ``<config>/window.ini`` (inside READINGLOG_HOME
when that is set).

The page is kept on its own: the detail pane can show what the list does not select (a note
reached by a link from an entry, a new note written beside the list of entries), and quitting
with that note open must bring the note back, not the list's first row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from readinglog.core import repository
from readinglog.core.errors import NotFound
from readinglog.core.types import Target
from readinglog.gui.lists.views import DEFAULT_KEY, STORED_TARGETS, stored_target
from readinglog.gui.runtime.window_ini import open_settings
from readinglog.gui.window.actions import MainAction

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_int(settings: QSettings, key: str) -> int | None:
    value = settings.value(key)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def read_str(settings: QSettings, key: str) -> str | None:
    value = settings.value(key)
    return value if isinstance(value, str) and value else None


def read_sizes(settings: QSettings, key: str, count: int) -> list[int] | None:
    """A list of ``count`` positive pane widths stored as ``"210,690,380"``."""
    value = settings.value(key)
    if not isinstance(value, str):
        return None
    try:
        sizes = [int(part) for part in value.split(",")]
    except ValueError:
        return None
    return sizes if len(sizes) == count and all(size > 0 for size in sizes) else None


class PaneSizes:
    """The main splitter's widths for entries and for notes, each remembered on its own.

    A note open in the editor wants a wide detail pane (Markdown beside its preview); an entry
    page reads best with a wide list. Switching between them swaps the widths, so what the user
    dragged for each stays as they left it.
    """

    NOTE_DETAIL_SHARE = 0.6  # of the width, for a note the first time one is shown
    NOTE_SIDEBAR_MAX = 180
    ENTRY_SHARES = (0.165, 0.3)  # sidebar and detail, as in the window's 210 | 690 | 380
    KEYS = ((False, "window/panes_entries"), (True, "window/panes_notes"))  # note layout, key

    def __init__(self, splitter: QSplitter) -> None:
        self._splitter = splitter
        self._sizes: dict[bool, list[int]] = {}
        self.note_layout = False

    def use_note_layout(self, notes: bool) -> None:
        if notes == self.note_layout:
            return
        if self._splitter.isVisible():  # before the window is shown the widths are not real
            self._sizes[self.note_layout] = self._splitter.sizes()
        self.note_layout = notes
        self.apply()

    def apply(self) -> None:
        """Set the widths of the layout in use (again once the window is shown)."""
        notes = self.note_layout
        self._splitter.setSizes(self._sizes.get(notes) or self._first_sizes(notes))

    def _first_sizes(self, notes: bool) -> list[int]:
        sidebar, listing, detail = self._splitter.sizes()
        total = sidebar + listing + detail
        if not notes:  # the entry layout was never seen: the window's default shares
            sidebar, detail = (round(total * share) for share in self.ENTRY_SHARES)
            return [sidebar, max(total - sidebar - detail, 1), detail]
        sidebar = min(sidebar, self.NOTE_SIDEBAR_MAX)
        detail = max(detail, round(total * self.NOTE_DETAIL_SHARE))
        return [sidebar, max(total - sidebar - detail, 1), detail]

    def save(self, settings: QSettings) -> None:
        self._sizes[self.note_layout] = self._splitter.sizes()
        for notes, key in self.KEYS:
            if notes in self._sizes:
                settings.setValue(key, ",".join(str(size) for size in self._sizes[notes]))

    def restore(self, settings: QSettings) -> None:
        count = self._splitter.count()
        for notes, key in self.KEYS:
            sizes = read_sizes(settings, key, count)
            if sizes is not None:
                self._sizes[notes] = sizes
        if self.note_layout in self._sizes:
            self.apply()


def save_window(window: MainWindow) -> None:
    st = open_settings(window.library.paths.config)
    st.setValue("window/geometry", window.saveGeometry())
    st.setValue("window/state", window.saveState())
    window.panes.save(st)
    lists = window.list_pane
    st.setValue("list/items_header", lists.items.horizontalHeader().saveState())
    st.setValue("list/notes_header", lists.notes.horizontalHeader().saveState())
    st.setValue("list/show_covers", "true" if lists.items.covers_shown else "false")
    st.setValue("list/view", window.sidebar.current_key or DEFAULT_KEY)
    for name, table in (("items", lists.items), ("notes", lists.notes)):
        current = table.current_id()
        st.setValue(f"list/selected_{name}", "" if current is None else current)
    page = shown_page(window)
    st.setValue("detail/target", STORED_TARGETS[page[0]] if page else "")
    st.setValue("detail/id", page[1] if page else "")
    st.sync()


def shown_page(window: MainWindow) -> tuple[Target, int] | None:
    """What the detail pane shows: an entry, or the note in the editor (a new one has its id
    once its first save created it), or nothing."""
    target, shown = window.detail.current
    editor = window.detail.editor
    if target is Target.NOTE and editor is not None:
        shown = editor.note_id
    return (target, shown) if target is not None and shown is not None else None


def _exists(window: MainWindow, page: tuple[Target, int]) -> bool:
    target, shown = page
    with window.library.sessions() as s:
        try:
            if target is Target.ITEM:
                repository.item_view(s, shown)
            else:
                repository.note_view(s, shown)
        except NotFound:
            return False
    return True


def read_page(settings: QSettings) -> tuple[Target, int] | None:
    target = stored_target(read_str(settings, "detail/target"))
    shown = read_int(settings, "detail/id")
    if target is None or shown is None:
        return None
    return target, shown


def fit_to_screen(window: QWidget) -> None:
    """Keep the window on its screen: a size saved at another scale factor or on a bigger
    monitor (or the default size on a small screen) must not leave parts of it unreachable."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    window.resize(
        min(window.width(), available.width() - extra_w),
        min(window.height(), available.height() - extra_h),
    )
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
    window.move(x, y)


def restore_window(window: MainWindow) -> None:
    st = open_settings(window.library.paths.config)
    if (geometry := read_bytes(st, "window/geometry")) is not None:
        window.restoreGeometry(geometry)
    if (state := read_bytes(st, "window/state")) is not None:
        window.restoreState(state)
    fit_to_screen(window)
    window.panes.restore(st)
    lists = window.list_pane
    for name, table in (("items", lists.items), ("notes", lists.notes)):
        header = read_bytes(st, f"list/{name}_header")
        if header is not None and table.horizontalHeader().restoreState(header):
            table.sync_sort_from_header()
    covers_shown = read_str(st, "list/show_covers") == "true"  # after the header: it hides it
    lists.items.set_covers_shown(covers_shown)
    window.main_actions[MainAction.SHOW_COVERS].setChecked(covers_shown)
    key = read_str(st, "list/view") or DEFAULT_KEY
    if not window.sidebar.select_key(key):
        window.sidebar.select_key(DEFAULT_KEY)
    for name, table in (("items", lists.items), ("notes", lists.notes)):
        selected = read_int(st, f"list/selected_{name}")
        if selected is not None:
            table.select_id(selected)
    page = read_page(st)
    if page is not None and shown_page(window) != page and _exists(window, page):
        window.open_page(*page)  # else the list's row stays shown (gone since: the CLI, a sync)
