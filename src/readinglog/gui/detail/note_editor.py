"""The note editor: Markdown source beside a live preview (one at a time when the pane is
narrow; see ``source_preview``), tags, linked entries, autosave.

Every change is saved through ``notes.edit_note`` in a short transaction, at most about a
second behind the typing (see ``autosave``). A new note is created on the first real change,
not before, so opening an empty editor leaves no empty note behind. Saving never touches the
text in the editor, so undo survives every autosave; an error (a note over the size limit) is
shown in red under the text, and the text stays where it is.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QInputMethodEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import failures, notes, repository
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.types import Changes, NoteView
from readinglog.gui.detail.autosave import Autosaver
from readinglog.gui.detail.preview_worker import PreviewResult, PreviewScheduler
from readinglog.gui.detail.source_preview import SourcePreview
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.widgets.tag_edit import ItemLinks, TagEdit

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
)
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
PREVIEW_STYLE = """
body {{ line-height: 150%; }}
pre, code {{ background: {code_bg}; }}
blockquote {{ color: {quote}; margin-left: 12px; }}
"""


def preview_style(palette: QPalette) -> str:
    """The preview's style sheet in the colours of ``palette``. A document reads its style
    sheet (and gives links the palette's link colour) when its HTML is parsed, so the preview
    parses its HTML again when the palette changes (``PreviewBrowser``)."""
    return PREVIEW_STYLE.format(
        code_bg=palette.color(QPalette.ColorRole.AlternateBase).name(),
        quote=theme.dim_color(palette).name(),
    )


def cjk_font(base: QFont, point_delta: float = 0) -> QFont:
    """``base`` with the Simplified Chinese fonts first, so Han glyphs get Chinese shapes."""
    font = QFont(base)
    font.setFamilies([*CJK_FAMILIES, base.family()])
    if point_delta and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() + point_delta)
    return font


class SourceEdit(QPlainTextEdit):
    """The Markdown source. ``preedit_only`` is true while an input method only changes its
    uncommitted text (pinyin being composed), which is not a change to save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preedit_only = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.preedit_only = not event.commitString() and not event.replacementLength()
        try:
            super().inputMethodEvent(event)
        finally:
            self.preedit_only = False


class PreviewBrowser(QTextBrowser):
    """Shows sanitized HTML (``show_html``) in the colours of the palette it is shown with;
    loads nothing (no remote or local images) and opens links in the system browser only
    when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._html = ""
        self._style = ""

    def show_html(self, html: str) -> None:
        """Show ``html``, keeping the scroll position."""
        self._html = html
        self._parse()

    def _parse(self) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        style = preview_style(self.palette())
        if style != self._style:
            self._style = style
            self.document().setDefaultStyleSheet(style)
        self.setHtml(self._html)
        bar.setValue(position)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched at runtime: the HTML is read again in the new colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            self._parse()

    def loadResource(self, _type: int, _name: QUrl | str) -> object:
        # An empty QByteArray, not None: returning None from this override crashes PySide 6.12.
        return QByteArray()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)


class NoteEditor(QWidget):
    """Edit one note at a time: ``load(note_id)``, ``new_note(item_ids)``, ``flush()``.

    ``changed(Changes)`` is emitted after each save that changed something; a save that
    created the note carries its id in ``Changes.created``.
    """

    changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._note_id: int | None = None
        self._active = False  # a note is loaded or a new one is being written
        self._loading = False
        self._tag_names: list[str] = []
        self._error: str | None = None
        self._showing_error = False  # the save state is shown as an error
        self._autosaver = Autosaver(self._save, parent=self)
        self._build()
        self._preview = PreviewScheduler(self._source.toPlainText, parent=self)
        self._preview.rendered.connect(self._on_preview_rendered)
        self._connect()
        self.setEnabled(False)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("noteTitle")
        self.title.setPlaceholderText(self.tr("Title (leave empty to use the first line)"))
        self.title.setAccessibleName(self.tr("Note title"))
        self.title.setFont(cjk_font(self.font(), 3))
        self.tags = TagEdit(self)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("page, chapter or time (p. 42, 第三章, 12:30)"))
        self.location.setAccessibleName(self.tr("Where in the entry"))
        self.links = ItemLinks(self._library, self)
        self.source = self._source = SourceEdit(self)
        self._source.setObjectName("noteSource")
        self._source.setAccessibleName(self.tr("Note text (Markdown)"))
        self._source.setPlaceholderText(self.tr("Write in Markdown, in English, 中文, or both…"))
        self._source.setFont(cjk_font(self.font(), 1))
        self._source.setTabChangesFocus(True)
        self.preview = PreviewBrowser(self)
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFont(cjk_font(self.font(), 1))
        self.counts = QLabel(self)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("noteSaveState")
        self.save_state.setWordWrap(True)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        meta = QFormLayout()
        meta.addRow(self.tr("&Tags:"), self.tags)
        meta.addRow(self.tr("&Entries:"), self.links)
        meta.addRow(self.tr("&Where:"), self.location)
        self.panes = SourcePreview(self._source, self.preview, self)
        status = QHBoxLayout()
        status.addWidget(self.counts)
        status.addStretch(1)
        status.addWidget(self.save_state, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(meta)
        layout.addWidget(self.panes, 1)
        layout.addLayout(status)
        self.setTabOrder(self.title, self.tags)
        self.setTabOrder(self.tags, self.links.field)
        self.setTabOrder(self.links.field, self.location)
        self.setTabOrder(self.location, self._source)
        self.setTabOrder(self._source, self.preview)

    def _connect(self) -> None:
        self._source.document().contentsChange.connect(self._on_document_contents_change)
        self.title.textEdited.connect(self._on_field_edited)
        self.location.textEdited.connect(self._on_field_edited)
        self.tags.tags_changed.connect(self._on_tags_changed)
        self.links.links_changed.connect(self._on_field_edited)

    # -- public API ----------------------------------------------------------------------

    @property
    def note_id(self) -> int | None:
        """The note shown, or None for a new note not yet saved (or nothing shown)."""
        return self._note_id

    @property
    def error(self) -> str | None:
        """The last save error, while the text it refers to is still unsaved."""
        return self._error

    def load(self, note_id: int) -> None:
        """Show note ``note_id``, saving the one shown first. Loading the note already shown
        does nothing (undo history and cursor stay)."""
        if self._active and note_id == self._note_id:
            return
        self.flush()
        with self._library.sessions() as s:
            view = repository.note_view(s, note_id)
        self._show(view.id, view)

    def new_note(self, item_ids: Sequence[int] = ()) -> None:
        """Start a note about ``item_ids``; it is created on the first real change."""
        self.flush()
        with self._library.sessions() as s:
            titles = [repository.item_view(s, i).title for i in item_ids]
        self._show(None, None, list(item_ids), titles)
        self._source.setFocus()

    def flush(self) -> None:
        """Save what is pending now (switching notes, closing, quitting)."""
        if not self._active:
            return
        self.tags.commit()
        if self._error is not None:
            self._autosaver.touch()  # try again: the user may have fixed it
        self._autosaver.flush()

    def reload(self) -> None:
        """Show the note again as stored: its text was changed elsewhere (a version restored).
        Call ``flush`` first; the editor's undo history starts again."""
        if self._note_id is None:
            return
        self._autosaver.cancel()
        with self._library.sessions() as s:
            view = repository.note_view(s, self._note_id)
        self._show(view.id, view)

    @property
    def is_open(self) -> bool:
        """A note is loaded (or a new one is being written), shown or not."""
        return self._active

    def shown_title(self) -> str:
        """The note's title as the user sees it (typed, or from its first line)."""
        return self.title.text().strip() or notes.title_from_body(self._source.toPlainText())

    def insert_block(self, markdown: str) -> None:
        """Put ``markdown`` at the text cursor as blocks of their own (a blank line before and
        after, as Markdown needs around a blockquote), in one step the editor's undo takes back;
        the cursor ends after it, and the note is saved as after typing."""
        cursor = self._source.textCursor()
        cursor.clearSelection()
        text = self._source.toPlainText()
        before, after = text[: cursor.position()], text[cursor.position() :]
        lead = "" if not before or before.endswith("\n\n") else "\n" * (2 - before.endswith("\n"))
        trail = "" if after.startswith("\n\n") else "\n" * (2 - after.startswith("\n"))
        cursor.beginEditBlock()
        cursor.insertText(lead + markdown.strip("\n") + trail)
        cursor.endEditBlock()
        self._source.setTextCursor(cursor)
        self._source.ensureCursorVisible()

    def toggle_preview(self) -> None:
        """Preview beside the text or not; with no room for both, the text or the preview."""
        self.panes.toggle_preview()

    def clear(self) -> None:
        """Show nothing, without saving (the note was deleted)."""
        self._autosaver.cancel()
        self._show(None, None)
        self._active = False
        self.setEnabled(False)

    # -- loading -------------------------------------------------------------------------

    def _show(
        self,
        note_id: int | None,
        view: NoteView | None,
        item_ids: Sequence[int] = (),
        item_titles: Sequence[str] = (),
    ) -> None:
        self._autosaver.cancel()
        self._loading = True
        try:
            self._note_id = note_id
            self._error = None
            derived = view is not None and view.title == notes.title_from_body(view.body)
            self.title.setText("" if view is None or derived else view.title)
            self.location.setText((view.location or "") if view is not None else "")
            self._tag_names = list(view.tags) if view is not None else []
            self.tags.set_tags(self._tag_names)
            self.tags.set_known_tags(self._known_tags())
            if view is not None:
                item_ids, item_titles = view.item_ids, view.item_titles
            self.links.set_links(item_ids, item_titles)
            self._source.setPlainText(view.body if view is not None else "")
            self._source.document().setModified(False)
        finally:
            self._loading = False
        self._active = True
        self.setEnabled(True)
        self.panes.show_source()
        self._show_derived_title()
        self._set_state(
            self.tr("Saved") if view is not None else self.tr("New note (saved when you type)")
        )
        self._preview.render_now()

    def _known_tags(self) -> list[str]:
        with self._library.sessions() as s:
            return [name for name, _count in repository.tag_counts(s)]

    # -- changes -------------------------------------------------------------------------

    def _on_document_contents_change(self, _pos: int, _removed: int, _added: int) -> None:
        if self._loading or self._source.preedit_only:
            return
        self._preview.schedule()
        self._note_changed()

    def _on_field_edited(self, *_args: object) -> None:
        if not self._loading:
            self._note_changed()

    def _on_tags_changed(self, names: list[str]) -> None:
        self._tag_names = names
        self._on_field_edited()

    def _note_changed(self) -> None:
        if not self._active:
            return
        if self._note_id is None and self._error is None:
            self._save()  # the first real keystroke creates the note
            return
        self._autosaver.touch()
        if self._error is None:
            self._set_state(self.tr("Saving…"))

    def _save(self) -> None:
        title = self.title.text()
        body = self._source.toPlainText()
        location = self.location.text()
        try:
            with self._library.sessions.begin() as s:
                if self._note_id is None:
                    changes = notes.add_note(
                        s,
                        body,
                        title=title,
                        tags=self._tag_names,
                        item_ids=self.links.item_ids(),
                        location=location,
                    )
                else:
                    changes = notes.edit_note(
                        s,
                        self._note_id,
                        title=title,
                        body=body,
                        tags=self._tag_names,
                        item_ids=self.links.item_ids(),
                        location=location,
                    )
        except UserError as error:
            self._error = i18n.said(error)
            self._set_state(self._error, error=True)
            return
        except Exception as error:
            # A full disk, a read-only or busy library: nothing was committed, so nothing
            # is said to be saved; the text stays here and is saved again on the next change.
            sentence = failures.describe_said(error, self._library.paths.database)
            if sentence is None:
                raise  # a bug: the window's error handler reports it
            logging.getLogger(__name__).warning("note not saved: %s", sentence, exc_info=True)
            self._error = self.tr("Not saved: {reason}").format(reason=i18n.said(sentence))
            self._set_state(self._error, error=True)
            return
        if changes.created is not None:
            self._note_id = changes.created
        self._error = None
        self._set_state(self.tr("Saved"))
        self._show_derived_title()
        if changes.tags:
            self.tags.set_known_tags(self._known_tags())
        if changes != Changes():
            self.changed.emit(changes)

    # -- showing -------------------------------------------------------------------------

    def _set_state(self, message: str, *, error: bool = False) -> None:
        if message == self.save_state.text() and error == self._showing_error:
            return  # called on every keystroke: do nothing when nothing changes
        self.save_state.setText(message)
        if error != self._showing_error:
            self._showing_error = error
            theme.mark_error(self.save_state, error)  # a red that follows a theme switch
        self.save_state.setAccessibleName(self.tr("Save state: {state}").format(state=message))

    def _show_derived_title(self) -> None:
        """An empty title field shows the title the first line gives the note."""
        derived = notes.title_from_body(self._source.toPlainText())
        if derived == notes.UNTITLED:
            self.title.setPlaceholderText(self.tr("Title (leave empty to use the first line)"))
        else:
            self.title.setPlaceholderText(
                self.tr("{title}  (from the first line; type to change)").format(title=derived)
            )

    def _on_preview_rendered(self, result: PreviewResult) -> None:
        self.preview.show_html(result.html)
        self.counts.setText(
            self.tr("{words} words · {chars} characters").format(
                words=f"{result.words:,}", chars=f"{result.chars:,}"
            )
        )

    def closeEvent(self, event: object) -> None:
        self.flush()
        super().closeEvent(event)  # type: ignore[arg-type]
