"""Full-text results under the search box: notes, entries and highlights in their groups, each
hit with its title and a snippet whose matched words are marked. A highlight's title line says
it is one and names its entry and place ("Highlight in 人类简史 · 第 42 页"); opening it shows
the entry.

Keyboard-first: the focus never leaves the box. While results show, ↑/↓ (and Page Up/Down)
move, Enter opens the hit, Esc closes the panel (a second Esc clears the box); the mouse works
too. The panel floats over the list, below the box; it is a child widget, not a popup window,
so it never takes the keyboard from an input method.

Each search is a numbered request; an answer to anything but the latest one is dropped, so a
slow answer to 经 can never replace the answer to 经济.

Laying out a hit's rich text costs 0.2-0.5 ms on the GUI thread (more for Chinese), so an answer
is shown a panel's worth of hits at once and the rest a few at a time, each batch in its own
turn of the event loop: keys typed meanwhile never wait for thirty layouts.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from readinglog.core.types import Target
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.search.hit_delegate import (
    HEADER_ROLE,
    SNIPPET_ROLE,
    TITLE_ROLE,
    HitDelegate,
    render,
    segments,
    split_title,
)
from readinglog.search.schema import Match

if TYPE_CHECKING:
    from readinglog.search.searcher import SearchResult

# English names, translated where shown (context "SearchResults"); ALSO also names the group
ALSO = QT_TRANSLATE_NOOP("SearchResults", "Also contains")  # the characters-only hits
BUILDING = QT_TRANSLATE_NOOP("SearchResults", "Building the search index…")
HINT = QT_TRANSLATE_NOOP("SearchResults", "↑↓ to move · Enter to open · Esc to close")
HIT_ROLE = Qt.ItemDataRole.UserRole + 10  # (Target, id)
OPENS_ROLE = Qt.ItemDataRole.UserRole + 11  # (Target, id) opening the hit shows
GROUPS = (
    (Target.NOTE, QT_TRANSLATE_NOOP("SearchResults", "Notes")),
    (Target.ITEM, QT_TRANSLATE_NOOP("SearchResults", "Entries")),
    (Target.HIGHLIGHT, QT_TRANSLATE_NOOP("SearchResults", "Highlights")),
)
HIGHLIGHT_IN = "Highlight in"  # the English title line starts so (see highlight_title)
PAGE = 5
MARGIN = 4  # between the box and the panel, and around it
FIRST_ROWS = 10  # shown with the answer: more than a panel holds
MORE_ROWS = 6  # then these many per turn of the event loop


_FILTER = re.compile(r"^-|^[A-Za-z_]+(:|>=|<=|>|<|=)")  # kind:book, rating>=4, -word
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def no_hits(text: str) -> str:
    """What the panel says when ``text`` finds nothing: what was searched, and what to try."""
    words = text.split()
    filters = [w for w in words if _FILTER.match(w)]
    free = [w for w in words if not _FILTER.match(w) and w.upper() not in _OPERATORS]
    if len(words) > 1:
        said = QCoreApplication.translate(
            "SearchResults", "No notes, entries or highlights match “{text}”."
        ).format(text=" ".join(words))
    else:
        said = QCoreApplication.translate(
            "SearchResults", "No notes, entries or highlights contain “{text}”."
        ).format(text=text.strip())
    return f"{said}\n{_try_instead(free, filters)}"


def _try_instead(free: list[str], filters: list[str]) -> str:
    """The second line of ``no_hits``: a whole sentence for each case, so Chinese can order it."""
    left_out = " ".join(filters)
    if len(free) > 1 and filters:
        hint = QCoreApplication.translate(
            "SearchResults",
            "Every word must match: try fewer words, or “{first} OR {second}” for either, "
            "or leave out {filters}.",
        )
    elif len(free) > 1:
        hint = QCoreApplication.translate(
            "SearchResults",
            "Every word must match: try fewer words, or “{first} OR {second}” for either.",
        )
    elif filters:
        hint = QCoreApplication.translate(
            "SearchResults",
            "Check the spelling, or try a shorter word: part of a word is found too "
            "(经济 finds 经济学, learn finds learned), or leave out {filters}.",
        )
    else:
        hint = QCoreApplication.translate(
            "SearchResults",
            "Check the spelling, or try a shorter word: part of a word is found too "
            "(经济 finds 经济学, learn finds learned).",
        )
    first, second = [*free, "", ""][:2]
    return hint.format(first=first, second=second, filters=left_out)


def highlight_title(entry_title: str, place: str) -> str:
    """A highlight hit's title line: that it is one, its entry, and where in it."""
    if place:
        return QCoreApplication.translate("SearchResults", "Highlight in {title} · {place}").format(
            title=entry_title, place=place
        )
    return QCoreApplication.translate("SearchResults", "Highlight in {title}").format(
        title=entry_title
    )


class SearchResults(QFrame):
    """The results panel; ``set_query`` with the typed text, ``show_result`` with answers."""

    search_requested = Signal(int, str)  # request number, text
    opened = Signal(object, int)  # Target, id: a note, or an entry (a highlight's too)

    def __init__(self, anchor: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._anchor = anchor
        self._text = ""
        self._request = 0
        self._dismissed = False
        self._building = False
        self._pending = False  # the rows shown answer an older text than the box holds
        self._waiting: list[QStandardItem] = []  # the answer's rows not shown yet
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._on_more_timeout)
        self.message = QLabel(self)
        self.message.setObjectName("search_results_message")
        self.message.setWordWrap(True)
        self.message.setContentsMargins(8, 4, 8, 0)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim, any theme
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("search_results_list")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.clicked.connect(self._on_view_clicked)
        self.footer = QLabel(self)
        self.footer.setObjectName("search_results_footer")
        self.footer.setWordWrap(True)  # a narrow list pane (a note open) has room for less
        self.footer.setContentsMargins(8, 0, 8, 4)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(2)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        anchor.installEventFilter(self)
        parent.installEventFilter(self)
        self.hide()

    # -- state ---------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The free-text query the panel is for ("" when the box has no free words)."""
        return self._text

    @property
    def pending(self) -> bool:
        """Whether the rows shown (if any) answer an older text than the box now holds, or
        are not all shown yet."""
        return self._pending or bool(self._waiting)

    def set_query(self, text: str) -> None:
        """What the box now holds, when it has free words (else ""): search it."""
        if text == self._text:
            return
        self._text = text
        self._dismissed = False
        self._drop_waiting()  # an older answer's rows: no time is spent laying them out
        if not text:
            self._clear()
            self.hide()
            return
        self._pending = True
        self.refresh()

    def refresh(self) -> None:
        """Search the current text again (the index changed, or finished building)."""
        if not self._text or self._dismissed:
            return
        self._request += 1
        self.search_requested.emit(self._request, self._text)
        if self._building:
            self._show_message(self.tr(BUILDING))

    def set_building(self, building: bool) -> None:
        self._building = building
        if building and self._text:
            self._show_message(self.tr(BUILDING))
        elif not building:
            self.refresh()

    def dismiss(self) -> None:
        """Hide until the text changes or the box is focused again."""
        self._dismissed = True
        self.hide()

    def show_result(self, request: int, result: SearchResult) -> None:
        if request != self._request or not self._text:
            return  # stale: a newer request is on its way
        if result.needs_rebuild:
            self._show_message(self.tr(BUILDING))
            return
        self._pending = False
        self._clear()
        if result.notice:
            self._set_message(result.notice)
        elif not result.hits:
            self._set_message(no_hits(self._text))
        else:
            self._set_message("")
        shown = len(result.hits)
        count = result.total if result.total > shown else shown
        found = self.tr("{count} found").format(count=f"{count:,}")  # grouped as it was
        hint = self.tr(HINT)
        self.footer.setText(f"{found} · {hint}" if shown else self.tr("Esc to close"))
        if shown and not self._dismissed:  # the final width first: rows are laid out once
            self.view.show()
            self.show()
            self.place()
        self._fill(result)
        self._reveal()

    # -- keys (called by the box before it handles a key itself) -------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Up/Down/PageUp/PageDown/Enter/Esc while the panel shows; True when used."""
        if not self.isVisible():
            return False
        key = event.key()
        moves = {
            Qt.Key.Key_Down.value: 1,
            Qt.Key.Key_Up.value: -1,
            Qt.Key.Key_PageDown.value: PAGE,
            Qt.Key.Key_PageUp.value: -PAGE,
        }
        if key in moves:
            self.move_selection(moves[key])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.open_current()
        if key == Qt.Key.Key_Escape:
            self.dismiss()
            return True
        return False

    def move_selection(self, delta: int) -> None:
        rows = self._hit_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        if current not in rows:
            target = rows[0] if delta > 0 else rows[-1]
        else:
            at = rows.index(current) + delta
            target = rows[max(0, min(len(rows) - 1, at))]
        self._select(target)

    def open_current(self) -> bool:
        """Open the selected hit (a highlight: its entry); False when none, or the rows answer
        an older text."""
        index = self.view.currentIndex()
        opens = index.data(OPENS_ROLE) if index.isValid() else None
        if not isinstance(opens, tuple) or self._pending:
            return False
        self.dismiss()
        self.opened.emit(*opens)
        return True

    def current_hit(self) -> tuple[Target, int] | None:
        index = self.view.currentIndex()
        hit = index.data(HIT_ROLE) if index.isValid() else None
        return hit if isinstance(hit, tuple) else None

    def hits(self) -> list[tuple[str, Target, int]]:
        """(group, target, id) of each hit as shown, top to bottom (for tests)."""
        out: list[tuple[str, Target, int]] = []
        group = ""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(HEADER_ROLE):
                group = item.data(Qt.ItemDataRole.UserRole)
            else:
                target, item_id = item.data(HIT_ROLE)
                out.append((group, target, item_id))
        return out

    # -- building the rows -----------------------------------------------------------------

    def _fill(self, result: SearchResult) -> None:
        """The first rows now, the first hit selected; the others in the next turns.

        Word hits come in groups: notes, entries, highlights; the hits where the query stands
        only inside other words (和服 in 和服务员, http in https) come last, all together,
        under their own heading (a highlight's title line says what it is)."""
        words = [h for h in result.hits if h.match is Match.WORD]
        for target, label in GROUPS:
            hits = [h for h in words if h.type is target]
            if hits:
                count = len(hits)
                heading = f"{self.tr(label)} · {count}"
                self._add_group(heading, label, hits)
        loose = [h for h in result.hits if h.match is not Match.WORD]
        if loose:
            heading = self.tr("Also contains “{text}” inside other words · {count}")
            heading = heading.format(text=self._text.strip(), count=len(loose))
            self._add_group(heading, ALSO, loose)
        self._show_waiting(FIRST_ROWS)
        rows = self._hit_rows()
        if rows:
            self._select(rows[0])

    def _add_group(self, heading: str, label: str, hits: list[Any]) -> None:
        header = QStandardItem(heading)
        header.setData(True, HEADER_ROLE)
        header.setData(label, Qt.ItemDataRole.UserRole)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._waiting.append(header)
        self._waiting.extend(self._hit_item(hit) for hit in hits)

    def _show_waiting(self, count: int) -> None:
        batch, self._waiting = self._waiting[:count], self._waiting[count:]
        for item in batch:
            self.model.appendRow(item)
        if self._waiting:
            self._more.start()

    @staticmethod
    def _hit_item(hit: Any) -> QStandardItem:
        title = hit.title or QCoreApplication.translate("SearchResults", "(untitled)")
        opens = (hit.type, hit.id)
        if hit.type is Target.HIGHLIGHT:
            title = highlight_title(title, hit.place)
            title_html = html.escape(title, quote=False)
            snippet_html = render(segments(hit.snippet))  # not split: the title is the entry's
            opens = (Target.ITEM, hit.item_ids[0])
        else:
            title_html, snippet_html = split_title(title, hit.snippet)
        item = QStandardItem(title)
        item.setData(title_html, TITLE_ROLE)
        item.setData(snippet_html, SNIPPET_ROLE)
        item.setData((hit.type, hit.id), HIT_ROLE)
        item.setData(opens, OPENS_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _hit_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.model.item(r).data(HEADER_ROLE)]

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _clear(self) -> None:
        self._drop_waiting()
        self.model.clear()

    def _drop_waiting(self) -> None:
        self._more.stop()
        self._waiting = []

    # -- showing ---------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self._clear()
        self._set_message(text)
        self.footer.setText(self.tr("Esc to close"))
        self._reveal()

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _reveal(self) -> None:
        self.view.setVisible(self.model.rowCount() > 0)
        if self._dismissed:
            return
        self.show()  # first: a hidden panel's rows would be measured at the wrong width
        self.place()
        self.raise_()

    def place(self) -> None:
        """Under the anchor, as wide as the parent, as tall as the rows (within the parent)."""
        parent, layout = self.parentWidget(), self.layout()
        assert parent is not None and layout is not None
        top = self._anchor.mapTo(parent, self._anchor.rect().bottomLeft()).y() + MARGIN
        room = max(80, parent.height() - top - MARGIN)
        self.setGeometry(0, top, parent.width(), room)  # rows wrap at the final width
        layout.activate()
        height = 2 + 2 * layout.spacing()
        if not self.view.isHidden():
            height += sum(self.view.sizeHintForRow(r) for r in range(self.model.rowCount()))
            height += 2 * self.view.frameWidth() + 2
        for label in (self.message, self.footer):
            if not label.isHidden():
                height += label.heightForWidth(parent.width()) or label.sizeHint().height()
        self.setGeometry(0, top, parent.width(), min(room, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.parentWidget() and kind == QEvent.Type.Resize and self.isVisible():
            self.place()
        elif watched is self._anchor and kind == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() not in (
                Qt.FocusReason.PopupFocusReason,
                Qt.FocusReason.ActiveWindowFocusReason,
            ):
                self.dismiss()
        elif watched is self._anchor and kind == QEvent.Type.FocusIn and self._dismissed:
            self._dismissed = False
            self.refresh()
        return False

    # -- slots -----------------------------------------------------------------------------

    def _on_view_clicked(self, _index: Any) -> None:
        self.open_current()

    def _on_more_timeout(self) -> None:
        self._show_waiting(MORE_ROWS)
        if self.isVisible():
            self.place()  # taller, while the rows do not fill it yet
