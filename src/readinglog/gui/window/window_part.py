"""The window's command objects and what they may ask of the main window.

A command object (``ItemCommands``, ``FileCommands``, ``TrashCommands``...) is a QObject child
of the main window, so the actions connect to its bound methods without keeping the window
alive. It is handed the window as a ``CommandHost`` — what a dialog may ask
(``runtime.host.WindowHost``) plus what acting on the list and the detail pane needs — and uses
only that, never the window's panes.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from readinglog.core.types import Target
from readinglog.gui.lists.views import View
from readinglog.gui.runtime.host import WindowHost


class Undoer(Protocol):
    """A part of the window whose last change Edit ▸ Undo can take back."""

    @property
    def can_undo(self) -> bool: ...

    def undo(self) -> object: ...


class CommandHost(WindowHost, Protocol):
    """The main window as its command objects see it."""

    @property
    def view(self) -> View | None:
        """What the list shows (None before the first view)."""
        ...

    @property
    def list_target(self) -> Target:
        """Whether the list shows entries or notes."""
        ...

    def current_id(self) -> int | None: ...

    def selected_ids(self) -> list[int]: ...

    def selected_items(self) -> list[int]:
        """The entries the entry actions act on: the selected rows, else the current one,
        else the entry shown."""
        ...

    def listed_ids(self) -> list[int]:
        """Every id the list holds for its filter, in its order."""
        ...

    def shown_page(self) -> tuple[Target | None, int | None]:
        """What the detail pane shows: an entry, a note, or nothing."""
        ...

    def selected_highlights(self) -> list[int]:
        """The highlights selected in the entry's page (else its current one), in reading
        order; none when no entry is shown."""
        ...

    def select_highlight(self, highlight_id: int) -> None:
        """Make the highlight current in the entry's page (once its entry is shown)."""
        ...

    def quote_into_note(self, markdown: str) -> str | None:
        """Insert ``markdown`` at the cursor of the note open in the editor; the note's title,
        or None when no note is open."""
        ...

    def open_view(self, key: str) -> None:
        """Show a sidebar view (``all``, ``kind:book``, ``saved:<name>``...)."""
        ...

    def edit_note(self, note_id: int) -> None:
        """Open the note in the editor, with the focus in it."""
        ...

    def reload_note(self, note_id: int) -> None:
        """The note changed underneath the editor: show it as stored."""
        ...

    def trash_deleted(self, trash_ids: Sequence[int]) -> None:
        """A delete was committed: it can be undone."""
        ...

    def undo_changed(self, undoer: Undoer) -> None: ...

    def settle(self, wait_ms: int) -> bool:
        """Let the window's readers finish (before the library is replaced); False when they
        did not in time."""
        ...

    def after_restore(self) -> None:
        """The library was replaced: forget what was shown and search anew."""
        ...

    def apply_search_options(self) -> None: ...


class WindowPart(QObject):
    """A command object: its Qt parent is the window, reached as ``window`` (a CommandHost)
    and, as the parent of the dialogs it opens, as ``widget``."""

    def __init__(self, host: CommandHost) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        # Held weakly: the window owns its parts, and a part holding it would keep a closed
        # window alive (a reference cycle) until a garbage collection.
        self._host = weakref.ref(host)

    @property
    def window(self) -> CommandHost:
        host = self._host()
        assert host is not None, "a command object outlived its window"
        return host

    @property
    def widget(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget), "a command object's parent is the window"
        return parent
