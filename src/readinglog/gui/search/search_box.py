"""The filter box above the list: debounced as you type, silent while an input method composes.
With "Search as you type" off (Preferences), nothing is emitted until Enter.

A Chinese pinyin IME first sends preedit text ("jingji") and only then commits 经济; nothing
may be searched for in between. Qt's QLineEdit keeps the preedit out of ``text()``, and we also
hold the debounce timer while a preedit is showing, so a half-composed word never fires.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

DEBOUNCE_MS = 150
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SearchLineEdit", "Filter: words, kind:book status:finished tag:历史 rating>=4 year:2023"
)


class SearchLineEdit(QLineEdit):
    """A line edit that says when the user has stopped typing (``query_changed``)."""

    query_changed = Signal(str)
    move_down = Signal()  # Down or Enter: the user wants to go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(QCoreApplication.translate("SearchLineEdit", PLACEHOLDER))
        self._composing = False
        self._last = ""
        self._as_you_type = True  # False: emit only on Enter (or when the box is cleared)
        # Asked first about each key outside a composition (the results panel's arrows,
        # Enter and Esc); returns whether it used the key.
        self.key_hook: Callable[[QKeyEvent], bool] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)

    @property
    def composing(self) -> bool:
        return self._composing

    @property
    def as_you_type(self) -> bool:
        return self._as_you_type

    def set_as_you_type(self, on: bool) -> None:
        """Search as the user types (debounced), or only on Enter."""
        self._as_you_type = on
        if not on:
            self._timer.stop()
        elif not self._composing and self.text() != self._last:
            self._timer.start()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._composing = bool(event.preeditString())
        if self._composing:
            self._timer.stop()
        super().inputMethodEvent(event)
        if not self._composing and self.text() != self._last and self._as_you_type:
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._composing:
            changed = self.text() != self._last
            self.flush()  # what was typed last counts, before anyone acts on Enter
            if changed and not self._as_you_type:
                return  # this Enter searches; the next one goes to the results
        if not self._composing and self.key_hook is not None and self.key_hook(event):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._composing:
            self.flush()
            self.move_down.emit()
            return
        if key == Qt.Key.Key_Down and not self._composing:
            self.move_down.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)

    def flush(self) -> None:
        """Emit now what is typed, if it differs from what was last emitted."""
        self._timer.stop()
        if self._composing or self.text() == self._last:
            return
        self._last = self.text()
        self.query_changed.emit(self._last)

    def set_query(self, text: str) -> None:
        """Show ``text`` without emitting (restoring a view)."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._last = text
        self._timer.stop()

    def _on_self_text_changed(self, text: str) -> None:
        if self._composing:
            return
        if self._as_you_type:
            self._timer.start()
        elif not text:
            self.flush()  # the clear button: clearing is not typing

    def _on_timer_timeout(self) -> None:
        self.flush()


class SearchBox(QWidget):
    """The line edit and, under it, one red sentence when the filter cannot be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SearchLineEdit(self)
        self.error = QLabel(self)
        self.error.setObjectName("search_error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        theme.mark_error(self.error)  # the red of the palette, also after a theme switch
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""
