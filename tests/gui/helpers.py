"""Driving the window as a user would: trigger an action by its objectName, answer a dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text as sql

from readinglog.core import repository, trash
from readinglog.core.query import parse_filter
from readinglog.gui.search.search_results import SearchResults
from readinglog.gui.window.actions import MainAction

W = TypeVar("W", bound=QWidget)


def trigger(window: Any, key: MainAction) -> None:
    action = window.findChild(QAction, key.value)
    assert action is not None, key
    assert action.isEnabled(), f"{key} is disabled"
    action.trigger()


def _shown(cls: type[W]) -> W | None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, cls) and modal.isVisible():
        return modal
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, cls) and widget.isVisible() and widget.isModal():
            return widget
    return None


@contextmanager
def answer(
    qtbot: QtBot, cls: type[W], fill: Callable[[W], object], timeout_ms: int = 10_000
) -> Iterator[list[W]]:
    """Within the block, the first modal ``cls`` shown (by ``exec()``) is given to ``fill``,
    which types into it and accepts or closes it. The dialogs answered are yielded."""
    answered: list[W] = []
    failures: list[BaseException] = []
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        dialog = _shown(cls)
        if dialog is not None and dialog not in answered:
            timer.stop()
            answered.append(dialog)
            try:
                fill(dialog)
            except BaseException as error:  # close it, or exec() would wait forever
                failures.append(error)
                dialog.close()

    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(timeout_ms, timer.stop)
    try:
        yield answered
    finally:
        timer.stop()
    if failures:
        raise failures[0]
    assert answered, f"no {cls.__name__} was shown"


def cancel_progress(parent: QWidget) -> None:
    """Press Cancel in the progress dialog ``parent`` opened last."""
    from PySide6.QtWidgets import QPushButton

    from readinglog.gui.runtime.worker import ProgressDialog

    progress = parent.findChildren(ProgressDialog)[-1]
    button = progress.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()


def list_filtered(qtbot: QtBot, window: Any) -> None:
    """Wait until both lists show the rows for what the filter box holds and what is stored,
    and the sidebar its counts (what is typed, and what a write changed, are queried in the
    background)."""
    models = [table.paged_model() for table in (window.list_pane.items, window.list_pane.notes)]
    qtbot.waitUntil(
        lambda: not any(model.pending for model in models) and not window.sidebar.counting,
        timeout=5000,
    )


def type_filter(qtbot: QtBot, window: Any, text: str) -> None:
    """Put ``text`` in the filter box as if typed, and wait for the list."""
    edit = window.list_pane.search.edit
    edit.setText(text)
    edit.flush()
    list_filtered(qtbot, window)


def write_new_note(qtbot: QtBot, window: Any, text: str) -> int:
    """A new note (Ctrl+Shift+N) with ``text`` committed by an input method, as a pinyin IME
    sends it; returns its id once the first autosave has created it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    trigger(window, MainAction.NEW_NOTE)
    editor = window.detail.editor
    editor.source.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(editor.source, event)
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)  # autosaved: created
    note_id: int = editor.note_id
    return note_id


def results_panel(qtbot: QtBot) -> tuple[SearchResults, QWidget]:
    """The search results panel alone, under a line edit in a shown host widget; keep the
    host for as long as the panel is used (dropping it deletes both)."""
    host = QWidget()
    qtbot.addWidget(host)
    box = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addStretch(1)
    host.resize(600, 500)
    host.show()
    return SearchResults(box, host), host


def note_whose_entry_is_gone(window: Any) -> tuple[int, int]:
    """Trash a note that is about an entry, then delete that entry behind the window's back:
    (the note's trash id, the entry's id), for restore problems."""
    with window.library.sessions() as s:
        about = next(
            n
            for n in repository.note_ids(s, parse_filter(""))
            if repository.note_view(s, n).item_ids
        )
        entry = repository.note_view(s, about).item_ids[0]
    with window.library.sessions.begin() as s:
        trashed = trash.trash_note(s, about).trash_id
        s.execute(sql("DELETE FROM items WHERE id = :i"), {"i": entry})
    return trashed, entry
