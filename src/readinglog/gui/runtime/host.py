"""What the main window offers the dialogs and command objects that act for it.

A command object or a dialog is handed the window as a ``WindowHost`` and uses only this: the
library, the one ``changed`` signal, a write that commits (and says so), the status bar, a
backup before something that cannot be undone, and the few ways to show a result. The main
window satisfies it structurally; nothing below ``window/`` imports the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from sqlalchemy.orm import Session

from readinglog.config import Settings
from readinglog.core.library import Library
from readinglog.core.types import Changes


class WindowHost(Protocol):
    """The main window as its parts see it."""

    @property
    def library(self) -> Library: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted with the ``Changes`` of every committed write."""
        ...

    def write(self, work: Callable[[Session], Changes]) -> Changes | None:
        """Run ``work`` in one transaction; its changes after the commit, None when refused."""
        ...

    def flush(self) -> None:
        """Save what is typed in the editor now."""
        ...

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        """Say ``text`` in the status bar for a while."""
        ...

    def report_error(self, message: str) -> None: ...

    def after_backup(self, reason: str, then: Callable[[], object]) -> None:
        """Call ``then`` once a verified backup (``backups.PRE_*``) is made, off the GUI thread."""
        ...

    def refresh_counts(self) -> None:
        """Count the sidebar's shelves again (after a write no entry or note saw)."""
        ...

    def select_item(self, item_id: int) -> None: ...

    def show_note(self, note_id: int) -> None:
        """Select the note in the list shown (or open it in the editor)."""
        ...
