"""The right pane: an entry's page, a note (in the editor when it is installed), or a hint."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

import markdown
import nh3
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QWidget

from readinglog.core import repository
from readinglog.core.errors import NotFound
from readinglog.core.library import Library
from readinglog.core.types import Changes
from readinglog.gui import entry_html, optional, theme
from readinglog.gui.table_models import LANG_LABELS
from readinglog.gui.views import Target

HINT = "Select an entry or a note.\n\nCtrl+N adds an entry, Ctrl+Shift+N writes a note."


def note_editor_class() -> Any | None:
    return optional("note_editor", "NoteEditor")


class Browser(QTextBrowser):
    """Read-only HTML with item:/note: links reported and web links opened outside."""

    link_activated = Signal(object, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in ("item", "note") and url.path().isdigit():
            target = Target.ITEMS if scheme == "item" else Target.NOTES
            self.link_activated.emit(target, int(url.path()))
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)


class DetailView(QStackedWidget):
    link_activated = Signal(object, int)  # Target, id
    changed = Signal(object)  # Changes written by the note editor

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self._library = library
        self._hint = QLabel(HINT, self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setEnabled(False)
        self._entry = Browser("entry_page", self)
        self._note = Browser("note_page", self)
        for page in (self._hint, self._entry, self._note):
            self.addWidget(page)
        self._entry.link_activated.connect(self.link_activated)
        self._note.link_activated.connect(self.link_activated)
        self._editor: Any | None = None
        self._target: Target | None = None
        self._id: int | None = None

    # -- what is shown -------------------------------------------------------------------

    @property
    def current(self) -> tuple[Target | None, int | None]:
        return self._target, self._id

    @property
    def has_editor(self) -> bool:
        return note_editor_class() is not None

    @property
    def editor(self) -> Any | None:
        return self._editor

    def show_nothing(self) -> None:
        self.flush()
        self._target, self._id = None, None
        self.setCurrentWidget(self._hint)

    def show_item(self, item_id: int) -> None:
        self.flush()
        try:
            details = entry_html.load(self._library, item_id)
        except NotFound:
            self.show_nothing()
            return
        same = self._target is Target.ITEMS and self._id == item_id
        scroll = self._entry.verticalScrollBar().value() if same else 0
        self._target, self._id = Target.ITEMS, item_id
        dim = theme.dim_color(self.palette()).name()
        self._entry.setHtml(entry_html.render(details, dim))
        self._entry.verticalScrollBar().setValue(scroll)
        self.setCurrentWidget(self._entry)

    def show_note(self, note_id: int) -> None:
        editor = self._ensure_editor()
        if editor is not None:
            if self._target is Target.NOTES and self._id == note_id:
                self.setCurrentWidget(editor)
                return
            self.flush()
            try:
                editor.load(note_id)
            except NotFound:
                self.show_nothing()
                return
            self._target, self._id = Target.NOTES, note_id
            self.setCurrentWidget(editor)
            return
        self._render_note(note_id)

    def new_note(self, item_ids: Sequence[int] = ()) -> bool:
        """Open an empty note in the editor (linked to ``item_ids``); False without an editor."""
        editor = self._ensure_editor()
        if editor is None:
            return False
        self.flush()
        editor.new_note(item_ids)
        self._target, self._id = Target.NOTES, None
        self.setCurrentWidget(editor)
        editor.setFocus()
        return True

    def flush(self) -> None:
        """Save what the editor holds (before switching notes, closing or quitting)."""
        if self._editor is not None:
            self._editor.flush()

    # -- after a write -------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        if self._target is Target.ITEMS and self._id is not None:
            if self._id in changes.items or changes.notes or changes.tags:
                self.show_item(self._id)
        elif self._target is Target.NOTES and self._id is not None:
            if self._id not in changes.notes:
                return
            if self.currentWidget() is self._note:
                self._render_note(self._id)
            elif not self._note_exists(self._id):
                self.show_nothing()

    # -- helpers -------------------------------------------------------------------------

    def _ensure_editor(self) -> Any | None:
        if self._editor is None:
            cls = note_editor_class()
            if cls is None:
                return None
            self._editor = cls(self._library, self)
            self._editor.setObjectName("note_editor")
            self._editor.changed.connect(self._on_editor_changed)
            self.addWidget(self._editor)
        return self._editor

    def _note_exists(self, note_id: int) -> bool:
        with self._library.sessions() as s:
            try:
                repository.get_note(s, note_id)
            except NotFound:
                return False
        return True

    def _render_note(self, note_id: int) -> None:
        with self._library.sessions() as s:
            try:
                note = repository.get_note(s, note_id)
            except NotFound:
                self.show_nothing()
                return
        self._target, self._id = Target.NOTES, note_id
        dim = theme.dim_color(self.palette()).name()
        links = ", ".join(
            f'<a href="item:{i}">{escape(t)}</a>'
            for i, t in zip(note.item_ids, note.item_titles, strict=True)
        )
        meta = [LANG_LABELS[note.lang], note.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")]
        if note.tags:
            meta.append(" ".join(f"#{escape(t)}" for t in note.tags))
        body = nh3.clean(markdown.markdown(note.body, extensions=["extra", "sane_lists"]))
        self._note.setHtml(
            f"<h2>{escape(note.title)}</h2>"
            + (f"<p>About {links}</p>" if links else "")
            + f"<p style='color: {dim}'>{' · '.join(m for m in meta if m)}</p><hr/>{body}"
        )
        self.setCurrentWidget(self._note)

    def _on_editor_changed(self, changes: Changes) -> None:
        if self._target is Target.NOTES and self._id is None and changes.created is not None:
            self._id = changes.created
        self.changed.emit(changes)
