"""The right pane: an entry's page (with its highlights under it), a note in the editor, or a
hint."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

from readinglog.core import repository
from readinglog.core.errors import NotFound
from readinglog.core.library import Library
from readinglog.core.types import Changes, Target
from readinglog.gui.detail import item_html
from readinglog.gui.detail.cover_view import CoverView
from readinglog.gui.detail.episodes_panel import EpisodesPanel
from readinglog.gui.detail.highlights_panel import HighlightsPanel
from readinglog.gui.detail.note_editor import NoteEditor
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

HINT = QT_TRANSLATE_NOOP(
    "DetailView", "Select an entry or a note.\n\nCtrl+N adds an entry, Ctrl+Shift+N writes a note."
)


def progress_bar(url: QUrl) -> QImage:
    """The bar an ``item_html.progress_url`` names: the filled share over the track."""
    query = QUrlQuery(url)
    try:
        fraction = max(0.0, min(1.0, float(url.path())))
    except ValueError:
        fraction = 0.0
    fill = QColor(f"#{query.queryItemValue('fill')}")
    track = QColor(f"#{query.queryItemValue('track')}")
    width, height = item_html.BAR_WIDTH, item_html.BAR_HEIGHT
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = height / 2
    painter.setBrush(track)
    painter.drawRoundedRect(QRectF(0, 0, width, height), radius, radius)
    if fraction > 0:
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(0, 0, max(height, width * fraction), height), radius, radius)
    painter.end()
    return image


class Browser(QTextBrowser):
    """Read-only HTML with item:/note: links reported and web links opened outside."""

    link_activated = Signal(object, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """``progress:<fraction>?fill=<rgb>&track=<rgb>``: the progress bar, drawn here."""
        url = QUrl(name)
        if url.scheme() == "progress":
            return progress_bar(url)
        return super().loadResource(kind, name)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in ("item", "note") and url.path().isdigit():
            target = Target.ITEM if scheme == "item" else Target.NOTE
            self.link_activated.emit(target, int(url.path()))
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)


class EntryPage(QSplitter):
    """An entry's page: its facts above, its highlights below (the user moves the line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("entry_splitter")
        self.setChildrenCollapsible(False)
        self.browser = Browser("entry_page", self)
        self.highlights = HighlightsPanel(self)
        self.facts = QWidget(self)  # the browser, and the cover beside it (see DetailView)
        self.facts_row = QHBoxLayout(self.facts)
        self.facts_row.setContentsMargins(0, 0, 0, 0)
        self.facts_row.addWidget(self.browser, 1)
        self.addWidget(self.facts)
        self.addWidget(self.highlights)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)

    def toPlainText(self) -> str:  # named as a text browser names it
        """The entry's facts as text (the page's main text, as its browser holds it)."""
        return self.browser.toPlainText()


class DetailView(QStackedWidget):
    link_activated = Signal(object, int)  # Target, id
    changed = Signal(object)  # Changes written by the note editor
    page_changed = Signal(object)  # Target of the page now shown (None: the hint)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self._library = library
        self._hint = QLabel(QCoreApplication.translate("DetailView", HINT), self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim, and readable
        self._entry_page = EntryPage(self)
        self._entry = self._entry_page.browser
        self.highlights = self._entry_page.highlights
        self.cover = CoverView(library, self._entry_page.facts)  # beside the facts
        self._entry_page.facts_row.addWidget(self.cover, 0, Qt.AlignmentFlag.AlignTop)
        # A show's episodes over its highlights, below its facts (hidden for other entries).
        self.episodes = EpisodesPanel(library)
        self._below = QSplitter(Qt.Orientation.Vertical)
        self._below.setObjectName("entry_below")
        self._below.setChildrenCollapsible(False)
        self._entry_page.replaceWidget(1, self._below)
        self._below.addWidget(self.episodes)
        self._below.addWidget(self.highlights)
        self._listed: tuple[int, bool] | None = None  # (entry, has highlights) last laid out
        for page in (self._hint, self._entry_page):
            self.addWidget(page)
        self._entry.link_activated.connect(self.link_activated)
        self._editor: NoteEditor | None = None
        self._details: item_html.ItemDetails | None = None  # of the entry shown
        self._target: Target | None = None
        self._id: int | None = None

    # -- what is shown -------------------------------------------------------------------

    @property
    def current(self) -> tuple[Target | None, int | None]:
        return self._target, self._id

    @property
    def editor(self) -> NoteEditor | None:
        """The note editor, once a note has been shown (it is made on first use)."""
        return self._editor

    @property
    def page_target(self) -> Target | None:
        """What the visible page shows: an entry, a note (the editor), or nothing."""
        page = self.currentWidget()
        if page is self._entry_page:
            return Target.ITEM
        if page is not None and page is self._editor:
            return Target.NOTE
        return None

    def show_nothing(self) -> None:
        self.flush()
        self._target, self._id = None, None
        self._set_page(self._hint)

    def show_item(self, item_id: int) -> None:
        self.flush()
        try:
            details = item_html.load(self._library, item_id)
        except NotFound:
            self.show_nothing()
            return
        same = self._target is Target.ITEM and self._id == item_id
        scroll = self._entry.verticalScrollBar().value() if same else 0
        self._target, self._id = Target.ITEM, item_id
        self._details = details
        self._render_item()
        self._entry.verticalScrollBar().setValue(scroll)
        self.highlights.show_highlights(item_id, details.highlights)
        self.cover.show_item(details.view)
        show = self.episodes.show_item(item_id, details.view.kind)
        self.highlights.setVisible(bool(details.highlights) or not show)
        self._lay_out_entry(item_id, bool(details.highlights))
        self._set_page(self._entry_page)

    def _lay_out_entry(self, item_id: int, has_highlights: bool) -> None:
        """Another entry, or its first highlight came or its last went: the highlights get
        most of the page, or (none) the line that says how to add one."""
        if self._listed == (item_id, has_highlights):
            return  # the same entry again: the user's split stays
        self._listed = (item_id, has_highlights)
        total = max(self._entry_page.height(), 400)
        if has_highlights:  # the facts as tall as they are, up to 45% of the page
            doc = self._entry.document()
            doc.setTextWidth(self._entry.viewport().width())
            facts = int(doc.size().height()) + 2 * self._entry.frameWidth() + 4
            below = total - max(120, min(facts, int(total * 0.45)))
        else:
            width = max(200, self._entry_page.width() - 12)
            below = self.highlights.minimumSizeHint().height()
            below += self.highlights.hint.heightForWidth(width)
        show = self.episodes.active  # a show: its episodes get the room below its facts
        self._entry_page.setStretchFactor(0, 0 if show else 2)  # and what the window grows by
        self._entry_page.setStretchFactor(1, 1 if show else 3)
        if show:
            doc = self._entry.document()
            doc.setTextWidth(self._entry.viewport().width())
            facts = max(120, min(int(doc.size().height()) + 8, int(total * 0.4)))
            below = total - facts
            marks = below // 3 if has_highlights else 0
            self._below.setSizes([below - marks, marks])
        self._entry_page.setSizes([total - below, below])

    def _render_item(self) -> None:
        """The entry's HTML in the colours of the palette it is shown with now."""
        if self._details is not None:
            self._entry.setHtml(item_html.render(self._details, self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched at runtime: the page's colours are made again (the HTML holds
        them, and the links take the palette's colour when the HTML is read)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._target is Target.ITEM:
            scroll = self._entry.verticalScrollBar().value()
            self._render_item()
            self._entry.verticalScrollBar().setValue(scroll)

    def show_note(self, note_id: int) -> None:
        editor = self._ensure_editor()
        if self._target is Target.NOTE and self._id == note_id:
            self._set_page(editor)
            return
        self.flush()
        try:
            editor.load(note_id)
        except NotFound:
            self.show_nothing()
            return
        self._target, self._id = Target.NOTE, note_id
        self._set_page(editor)

    def new_note(self, item_ids: Sequence[int] = ()) -> None:
        """Open an empty note in the editor, linked to ``item_ids``."""
        editor = self._ensure_editor()
        self.flush()
        editor.new_note(item_ids)
        self._target, self._id = Target.NOTE, None
        self._set_page(editor)
        editor.setFocus()

    def quote_into_note(self, markdown: str) -> str | None:
        """Insert ``markdown`` at the cursor of the note open in the editor (shown or not);
        the note's title, or None when no note is open."""
        editor = self._editor
        if editor is None or not editor.is_open:
            return None
        editor.insert_block(markdown)
        return editor.shown_title()

    def flush(self) -> None:
        """Save what the editor holds (before switching notes, closing or quitting)."""
        if self._editor is not None:
            self._editor.flush()

    # -- after a write -------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if self._target is Target.ITEM and self._id is not None:
            shown = {view.id for view in self._details.highlights} if self._details else set()
            if (
                self._id in changes.items
                or changes.notes
                or changes.tags
                or changes.highlights & shown
            ):
                self.show_item(self._id)
        elif self._target is Target.NOTE and self._id is not None:
            if self._id not in changes.notes:
                return
            if not self._note_exists(self._id):
                self._ensure_editor().clear()
                self.show_nothing()

    # -- helpers -------------------------------------------------------------------------

    def _ensure_editor(self) -> NoteEditor:
        if self._editor is None:
            self._editor = NoteEditor(self._library, self)
            self._editor.setObjectName("note_editor")
            self._editor.changed.connect(self._on_editor_changed)
            self.addWidget(self._editor)
        return self._editor

    def _set_page(self, page: QWidget) -> None:
        """Show ``page``; ``page_changed`` says when it is another kind of page."""
        before = self.page_target
        self.setCurrentWidget(page)
        if self.page_target is not before:
            self.page_changed.emit(self.page_target)

    def _note_exists(self, note_id: int) -> bool:
        with self._library.sessions() as s:
            try:
                repository.note_view(s, note_id)
            except NotFound:
                return False
        return True

    def _on_editor_changed(self, changes: Changes) -> None:
        if self._target is Target.NOTE and self._id is None and changes.created is not None:
            self._id = changes.created
        self.changed.emit(changes)
