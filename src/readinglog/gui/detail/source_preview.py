"""The note's Markdown and its preview: side by side when the pane is wide enough, one at a
time (tabs "Write" and "Preview") when it is not.

Ctrl+Shift+P (``toggle_preview``) hides or shows the preview beside the text, or switches tabs
when they are one at a time. Switching back to the text puts the cursor where it was.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QTabBar, QVBoxLayout, QWidget

SIDE_BY_SIDE_MIN = 720  # px: below this each half would be under ~350 px, too narrow to write


class Layout(StrEnum):
    SIDE_BY_SIDE = "side by side"
    SOURCE = "source only"
    PREVIEW = "preview only"


class SourcePreview(QWidget):
    def __init__(self, source: QWidget, preview: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_source_preview")
        self._source, self._preview = source, preview
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("note_tabs")
        self.tabs.addTab(self.tr("Write"))
        self.tabs.addTab(self.tr("Preview"))
        self.tabs.setToolTip(self.tr("Ctrl+Shift+P switches between them"))
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(source)
        self.splitter.addWidget(preview)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.splitter, 1)
        self._narrow = False
        self._preview_beside = True  # the user's choice while wide
        self._apply()

    @property
    def layout_mode(self) -> Layout:
        if self._narrow:
            return Layout.PREVIEW if self.tabs.currentIndex() == 1 else Layout.SOURCE
        return Layout.SIDE_BY_SIDE if self._preview_beside else Layout.SOURCE

    @property
    def narrow(self) -> bool:
        return self._narrow

    def toggle_preview(self) -> None:
        if self._narrow:
            self.tabs.setCurrentIndex(1 - self.tabs.currentIndex())
        else:
            self._preview_beside = not self._preview_beside
            self._apply()
            if not self._preview_beside:
                self._source.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_source(self) -> None:
        """Make sure the text is visible (a note was opened or created)."""
        if self._narrow and self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < SIDE_BY_SIDE_MIN
        if narrow != self._narrow:
            self._narrow = narrow
            self._apply()

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._apply()
        if self.layout_mode is Layout.SOURCE:
            self._source.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _apply(self) -> None:
        mode = self.layout_mode
        self.tabs.setVisible(self._narrow)
        self._source.setVisible(mode is not Layout.PREVIEW)
        self._preview.setVisible(mode is not Layout.SOURCE)
