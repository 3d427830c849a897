"""A QObject child of the main window that reaches the window through ``self.window``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from readinglog.gui.window.main_window import MainWindow


class WindowPart(QObject):
    """A part of the main window: its Qt parent, which ``window`` returns."""

    @property
    def window(self) -> MainWindow:
        parent = self.parent()
        assert parent is not None
        return parent  # type: ignore[return-value]
