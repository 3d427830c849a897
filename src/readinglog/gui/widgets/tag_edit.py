"""Line edits that complete what the library already knows: tags, and entries by title.

``TagEdit`` holds tags separated by commas (also the Chinese ``，`` ``、`` ``；``); a tag counts as
entered once a separator, Enter or leaving the field ends it, so half-typed words never reach the
database as tags. ``ItemCompleter`` finds entries by title or original title in either language
(人类 or Sapiens) or by person; ``ItemLinks`` is a row of linked entries with a field to add one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import ItemKind

SEPARATORS = ",，、;；"
_SPLIT_RE = re.compile(f"[{SEPARATORS}]")


def _popup(completer: QCompleter) -> QAbstractItemView:
    popup = completer.popup()
    assert popup is not None  # QCompleter always has one
    return popup


class PopupReturn(QObject):
    """Gives the field's window back its activation once a completion popup is hidden (a
    choice made by click or Enter, or Esc). The popup is a window of its own, and a platform
    may make it the active window a moment after showing it: closed at once (a fast typist's
    Enter), the hidden popup stayed the active window, so the next click only activated the
    main window again and was swallowed. Watches the popup's hide and activation."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        _popup(completer).installEventFilter(self)

    def _completer(self) -> QCompleter:
        completer = self.parent()
        assert isinstance(completer, QCompleter)
        return completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Hide, QEvent.Type.WindowActivate):
            QTimer.singleShot(0, self, self._give_back)  # after the platform's own handling
        return False

    def _give_back(self) -> None:
        completer = self._completer()
        popup, field = _popup(completer), completer.widget()
        if field is None or popup.isVisible() or not field.window().isVisible():
            return
        active = QApplication.activeWindow()
        if active is None or active is popup:  # not a window the user went to
            field.window().activateWindow()


def split_tags(text: str) -> list[str]:
    """Tags from what was typed: trimmed, without ``#``, empty ones and repeats (ASCII case)."""
    seen: dict[str, str] = {}
    for part in _SPLIT_RE.split(text):
        name = part.strip().lstrip("#").strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


class TagEdit(QLineEdit):
    """Tags separated by commas, with completion from ``set_known_tags``.

    ``tags_changed(list[str])`` fires when the finished tags change (not on every keystroke).
    """

    tags_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("tags, separated by commas (历史, history)"))
        self.setAccessibleName(self.tr("Tags"))
        self._committed: list[str] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        PopupReturn(self._completer)
        self._completer.activated[str].connect(self._on_completer_activated)  # type: ignore[index]
        self.textEdited.connect(self._on_text_edited)

    @property
    def tag_completer(self) -> QCompleter:
        return self._completer

    def set_known_tags(self, names: Sequence[str]) -> None:
        self._model.setStringList(list(names))

    def tags(self) -> list[str]:
        """Every tag in the field, the one being typed included."""
        return split_tags(self.text())

    def set_tags(self, names: Sequence[str]) -> None:
        """Show ``names`` without emitting ``tags_changed`` (loading a note or an entry)."""
        self._committed = split_tags(", ".join(names))
        self.setText(", ".join(self._committed))

    def commit(self) -> None:
        """Treat the word being typed as finished (Enter, leaving the field, saving)."""
        self._emit_if_changed(self.tags())

    def _current_token(self) -> str:
        return _SPLIT_RE.split(self.text()[: self.cursorPosition()])[-1].strip().lstrip("#")

    def _on_text_edited(self, text: str) -> None:
        # Every tag before the last separator is finished; the one after it is being typed.
        normalized = _SPLIT_RE.sub(",", text)
        head, sep, _typing = normalized.rstrip().rpartition(",")
        self._emit_if_changed(split_tags(head + sep if sep else ""))
        self._show_completions()

    def _show_completions(self) -> None:
        prefix = self._current_token()
        if not prefix:
            _popup(self._completer).hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() == 0:
            _popup(self._completer).hide()
            return
        self._completer.complete()

    def _on_completer_activated(self, name: str) -> None:
        head = self.text()[: self.cursorPosition()]
        tail = self.text()[self.cursorPosition() :]
        cut = max(head.rfind(sep) for sep in SEPARATORS) + 1
        before = head[:cut]
        if before and not before.endswith(" "):
            before += " "
        new_head = f"{before}{name}, "
        self.setText(new_head + tail.lstrip(SEPARATORS + " "))
        self.setCursorPosition(len(new_head))
        self._emit_if_changed(self.tags())

    def _emit_if_changed(self, names: list[str]) -> None:
        if names != self._committed:
            self._committed = names
            self.tags_changed.emit(list(names))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and _popup(self._completer).isVisible():
            event.ignore()  # the completer gets the key back and picks the highlighted tag
            return
        if enter and self._current_token():
            # Enter finishes the tag being typed; a second Enter reaches the dialog.
            self.setText(", ".join(self.tags()) + ", ")
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.setText(", ".join(self.tags()))
            self.commit()
        super().focusOutEvent(event)


# -- entries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemChoice:
    id: int
    title: str
    label: str  # what the completion list shows


ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


def find_items(
    library: Library, typed: str, kinds: Collection[ItemKind] | None = None, limit: int = 20
) -> list[ItemChoice]:
    """Entries whose title, original title or people contain ``typed``, A to Z by title."""
    words = typed.strip()
    if not words:
        return []
    with library.sessions() as s:
        ids = repository.item_ids(s, Filter(words=(words,)), sort="title")
        rows = repository.item_rows(s, ids[: limit * 10])
    choices = []
    for row in rows:
        if kinds is not None and row.kind not in kinds:
            continue
        # core's kind label, translated as the list's Kind column does (lists' "Kind" context)
        kind = QCoreApplication.translate("Kind", row.kind.label)
        if row.people:
            shown = QCoreApplication.translate("ItemCompleter", "{title}  ({kind}, {people})")
        else:
            shown = QCoreApplication.translate("ItemCompleter", "{title}  ({kind})")
        shown = shown.format(title=row.title, kind=kind, people=row.people)
        choices.append(ItemChoice(row.id, row.title, shown))
        if len(choices) == limit:
            break
    return choices


class ItemCompleter(QCompleter):
    """Completion for ``line_edit`` from the library; ``picked(id, title)`` on a choice."""

    picked = Signal(int, str)

    def __init__(
        self,
        library: Library,
        line_edit: QLineEdit,
        *,
        kinds: Collection[ItemKind] | None = None,
    ) -> None:
        self._entries = QStandardItemModel()
        super().__init__(self._entries, line_edit)
        self._entries.setParent(self)
        self._library = library
        self._line_edit = line_edit
        self.kinds = kinds
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setWidget(line_edit)
        PopupReturn(self)
        self.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        line_edit.textEdited.connect(self._on_line_edit_text_edited)

    def _on_line_edit_text_edited(self, _text: str) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Look up what the line edit holds now and show the choices."""
        self._timer.stop()
        choices = find_items(self._library, self._line_edit.text(), self.kinds)
        self._entries.clear()
        for choice in choices:
            row = QStandardItem(choice.label)
            row.setData(choice.id, ID_ROLE)
            row.setData(choice.title, TITLE_ROLE)
            row.setEditable(False)
            self._entries.appendRow(row)
        if choices:
            self.complete()
        else:
            _popup(self).hide()

    def _on_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id is not None:
            self.picked.emit(int(entry_id), str(index.data(TITLE_ROLE)))


class ItemLinks(QWidget):
    """The entries a note is about: one button per entry (click or Space removes it) and a
    field to add another. ``links_changed(list[int])`` after each change."""

    links_changed = Signal(list)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links: dict[int, str] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(
            self.tr("link an entry: type its title (人类简史 or Sapiens)")
        )
        self.field.setAccessibleName(self.tr("Link an entry"))
        self.field.setMinimumWidth(200)
        self.field.installEventFilter(self)
        self._layout.addWidget(self.field, 1)
        self.completer = ItemCompleter(library, self.field)
        self.completer.picked.connect(self._on_completer_picked)

    def item_ids(self) -> list[int]:
        return list(self._links)

    def set_links(self, ids: Sequence[int], titles: Sequence[str]) -> None:
        """Show these links without emitting ``links_changed``."""
        self._links = dict(zip(ids, titles, strict=True))
        self._rebuild()

    def add_link(self, entry_id: int, title: str) -> None:
        if entry_id not in self._links:
            self._links[entry_id] = title
            self._rebuild()
            self.links_changed.emit(self.item_ids())

    def remove_link(self, entry_id: int) -> None:
        if self._links.pop(entry_id, None) is not None:
            self._rebuild()
            self.links_changed.emit(self.item_ids())
            self.field.setFocus()

    def _on_completer_picked(self, entry_id: int, title: str) -> None:
        self.add_link(entry_id, title)
        QTimer.singleShot(0, self.field.clear)

    def _rebuild(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for position, (entry_id, title) in enumerate(self._links.items()):
            button = QToolButton(self)
            shown = title if len(title) <= 30 else title[:29] + "…"
            button.setText(f"{shown}  ✕")
            tip = self.tr("Linked to “{title}”; click to remove the link").format(title=title)
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("Remove link to {title}").format(title=title))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, i=entry_id: self.remove_link(i))
            self._layout.insertWidget(position, button)

    def eventFilter(self, watched: object, event: object) -> bool:
        # Backspace in the empty field removes the last link, as in a mail client's "To" field.
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.field.text()
            and self._links
        ):
            self.remove_link(list(self._links)[-1])
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
