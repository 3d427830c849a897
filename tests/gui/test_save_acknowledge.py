"""The window says "Saved" only for what was committed (issue 11, fault 2): a note whose
commit fails (a full disk) shows why it is not saved, keeps its text, and is saved on the
next change once the disk has room."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from readinglog.core import notes, repository
from readinglog.core.library import Library
from readinglog.gui.detail.note_editor import NoteEditor


@pytest.fixture
def editor(qtbot, library: Library) -> Iterator[NoteEditor]:
    widget = NoteEditor(library)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget._preview.wait(5000)


def _body(library: Library, note_id: int) -> str:
    with library.sessions() as s:
        return repository.note_view(s, note_id).body


def test_a_failed_commit_is_not_called_saved(qtbot, editor, library, full_disk) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "stored").created
    assert note_id is not None
    editor.load(note_id)
    full_disk.on = True
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    editor.source.insertPlainText(" and more")
    qtbot.waitUntil(lambda: editor.error is not None, timeout=3000)
    state = editor.save_state.text()
    assert state.startswith("Not saved: no space left") and str(library.paths.database) in state
    assert "Saved" not in state
    assert _body(library, note_id) == "stored"
    assert editor.source.toPlainText() == "stored and more"  # the text is kept
    full_disk.on = False
    editor.source.insertPlainText("!")
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=3000)
    assert _body(library, note_id) == "stored and more!"
    assert editor.error is None


def test_a_new_note_whose_commit_fails_is_not_created(qtbot, editor, library, full_disk) -> None:
    editor.new_note()
    full_disk.on = True
    editor.source.insertPlainText("first words")
    qtbot.waitUntil(lambda: editor.error is not None, timeout=3000)
    assert editor.save_state.text().startswith("Not saved:")
    assert editor.note_id is None
    full_disk.on = False
    editor.flush()  # closing or switching notes saves what is pending
    assert editor.save_state.text() == "Saved" and editor.note_id is not None
    assert _body(library, editor.note_id) == "first words"


def test_a_read_only_library_refuses_the_edit_in_the_editor(qtbot, library: Library) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "stored").created
    assert note_id is not None
    read_only = Library.open(replace(library.paths, read_only=True))
    widget = NoteEditor(read_only)
    qtbot.addWidget(widget)
    try:
        widget.load(note_id)
        widget.source.insertPlainText("changed ")
        qtbot.waitUntil(lambda: widget.error is not None, timeout=3000)
        assert "refuses changes" in widget.save_state.text()
        assert _body(library, note_id) == "stored"
    finally:
        widget._preview.wait(5000)
        read_only.close()
