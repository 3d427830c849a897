"""The write paths the kill harness (killer.py) runs, each with the check of what must hold.

A check gets whether the write was acknowledged and what the terminal showed; it reads the
database as it is, updates the harness's ledger from it, and returns the problems (a lost
acknowledged write, a half write, a duplicate).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from tests.reliability.killer import Attempt, valid_zip
from tests.reliability.window_typing import TYPE_INTO

if TYPE_CHECKING:
    from tests.reliability.killer import Harness

ID_LINE = re.compile(r"^(\d+)$", re.MULTILINE)


def plan(h: Harness, path: str) -> Attempt:
    if path == "note-edit" and not h.notes:
        path = "note-add"
    if path in {"edit", "log", "rm"} and not h.items:
        path = "add"
    if path == "archive-import" and h.archive is None:
        path = "archive-export"
    if path == "restore" and h.backup is None:
        path = "backup"
    if path == "import-undo" and not _undoable(h):
        path = "import-goodreads"
    return PLANS[path](h, path)


def _add_check(
    h: Harness, known: dict[int, str], what: str, table: str, column: str, value: str, word: str
) -> Callable[[bool, str], list[str]]:
    """The check of an add of a note or an entry: the rows whose ``column`` is ``value`` go
    into the ledger; stored at most once, and the acknowledged id among them."""

    def check(acked: bool, shown: str) -> list[str]:
        ids = [r[0] for r in h.query(f"SELECT id FROM {table} WHERE {column} = ?", value)]
        for row_id in ids:
            known[row_id] = word
        problems = [f"{what} {word} stored {len(ids)} times"] if len(ids) > 1 else []
        if acked:
            shown_id = int(ID_LINE.findall(shown)[0])
            if shown_id not in ids:
                problems.append(f"LOST: {what} {shown_id} ({word}) was acknowledged, not stored")
        return problems

    return check


def _note_add(h: Harness, path: str) -> Attempt:
    word = h.next_marker()
    body = f"kill test {word}\n\n今天读书笔记 {word} 的第二段\n"
    check = _add_check(h, h.notes, "note", "notes", "body", body, word)
    return Attempt(path, ["note", "add", "--stdin"], ID_LINE, check, stdin=body)


def _add(h: Harness, path: str) -> Attempt:
    word = h.next_marker()
    title = f"kill entry {word}"
    check = _add_check(h, h.items, "entry", "items", "title", title, word)
    return Attempt(path, ["add", "book", "--title", title], ID_LINE, check)


def _edit_check(
    known: dict[int, str], what: str, row_id: int, old: str, word: str, wanted: str,
    stored_now: Callable[[int], str | None],
) -> Callable[[bool, str], list[str]]:  # fmt: skip
    """The check of an edit of a note's body or an entry's title: the new text when it was
    acknowledged, else the new or the old one, whole; never the row gone."""

    def check(acked: bool, shown: str) -> list[str]:
        stored = stored_now(row_id)
        if stored is None:
            del known[row_id]
            return [f"LOST: {what} {row_id} vanished under an edit"]
        if stored == wanted:
            known[row_id] = word
            return []
        if acked:
            return [f"LOST: {what} {row_id} edit to {word} was acknowledged, not stored"]
        return [] if old in stored else [f"{what} {row_id} holds neither version: {stored!r}"]

    return check


def _note_edit(h: Harness, path: str) -> Attempt:
    note_id = h.rng.choice(sorted(h.notes))
    old, word = h.notes[note_id], h.next_marker()
    body = f"kill test edited {word}\n\n改过的笔记 {word}\n"

    check = _edit_check(h.notes, "note", note_id, old, word, body, h.note_body)
    ack = re.compile(re.escape(word))
    return Attempt(path, ["note", "edit", str(note_id), "--stdin"], ack, check, stdin=body)


def _edit(h: Harness, path: str) -> Attempt:
    item_id = h.rng.choice(sorted(h.items))
    old, word = h.items[item_id], h.next_marker()
    title = f"kill entry edited {word}"

    check = _edit_check(h.items, "entry", item_id, old, word, title, h.item_title)
    argv = ["edit", str(item_id), "--title", title]
    return Attempt(path, argv, re.compile(re.escape(word)), check)


def _log(h: Harness, path: str) -> Attempt:
    item_id = h.rng.choice(sorted(h.items))
    pages = h.count + 1
    h.count += 1

    def logged() -> int:
        sql = "SELECT count(*) FROM events WHERE item_id = ? AND kind = 'progress' AND value = ?"
        return int(h.query(sql, item_id, pages)[0][0])

    def check(acked: bool, shown: str) -> list[str]:
        found = logged()
        if found > 1:
            return [f"entry {item_id}: progress {pages} logged {found} times"]
        if acked and found == 0:
            return [f"LOST: entry {item_id}: progress {pages} acknowledged, not stored"]
        return []

    argv = ["log", str(item_id), "progress", "--pages", str(pages)]
    return Attempt(path, argv, re.compile(rf"^#{item_id}\b", re.MULTILINE), check)


def _rm(h: Harness, path: str) -> Attempt:
    item_id = h.rng.choice(sorted(h.items))
    sql = "SELECT count(*) FROM trash WHERE kind = 'item' AND original_id = ?"
    before = h.query(sql, item_id)[0][0]  # ids are reused: earlier entries with this id

    def check(acked: bool, shown: str) -> list[str]:
        present = h.item_title(item_id) is not None
        trashed = h.query(sql, item_id)[0][0] - before
        if present:
            return (
                [f"LOST: entry {item_id} deleted (acknowledged) but still there"] if acked else []
            )
        del h.items[item_id]
        return [] if trashed == 1 else [f"entry {item_id} gone but {trashed} times in the trash"]

    ack = re.compile(rf"moved #{item_id} to the trash")
    return Attempt(path, ["rm", str(item_id), "--yes"], ack, check)


def _reindex(h: Harness, path: str) -> Attempt:
    return Attempt(path, ["reindex"], re.compile(r"indexed"), lambda acked, shown: [])


def _archive_export(h: Harness, path: str) -> Attempt:
    target = h.out / f"archive-{h.next_marker()}.zip"
    notes = int(h.query("SELECT count(*) FROM notes")[0][0])

    def check(acked: bool, shown: str) -> list[str]:
        if not target.exists():
            return [f"LOST: {target.name} acknowledged, not written"] if acked else []
        if not valid_zip(target):
            return [f"{target.name} exists but is not a complete zip"]
        h.archive = (target, notes)
        return [f"left over: {p.name}" for p in h.out.glob("*.partial")]

    return Attempt(path, ["export", "archive", str(target)], re.compile(r"^wrote ", re.M), check)


def _archive_import(h: Harness, path: str) -> Attempt:
    assert h.archive is not None
    archive, notes = h.archive
    home = h.work / f"archive-home-{h.next_marker()}"
    empty = h.work / "empty-home"
    if not empty.exists():
        h.cli("list", home=empty)
    shutil.copytree(empty, home)

    def check(acked: bool, shown: str) -> list[str]:
        stored = int(h.query("SELECT count(*) FROM notes", home=home)[0][0])
        problems = []
        if acked and stored != notes:
            problems.append(f"LOST: archive import acknowledged, {stored} of {notes} notes")
        elif stored not in {0, notes}:
            problems.append(f"half an archive import: {stored} of {notes} notes")
        return problems

    ack = re.compile(r"^imported ", re.M)
    return Attempt(path, ["import", "archive", str(archive)], ack, check, home=home)


def _import(h: Harness, path: str) -> Attempt:
    kind = path.split("-")[1]
    before = int(h.query("SELECT coalesce(max(id), 0) FROM import_batches")[0][0])

    def check(acked: bool, shown: str) -> list[str]:
        problems = _half_batches(h, before)
        batch_ids = [r[0] for r in h.query("SELECT id FROM import_batches WHERE id > ?", before)]
        if len(batch_ids) > 1:
            problems.append(f"one import made batches {batch_ids}")
        shown_ids = re.findall(r"\(import (\d+);", shown)
        if acked and int(shown_ids[0]) not in batch_ids:
            problems.append(f"LOST: import {shown_ids[0]} acknowledged, not stored")
        return problems

    argv = ["import", kind, str(h.files[kind])]
    return Attempt(path, argv, re.compile(r"\(import \d+;"), check)


def _half_batches(h: Harness, after: int) -> list[str]:
    """A batch is complete (finished, at least its count of rows recorded, each of them
    there) or absent."""
    problems = []
    for batch_id, finished, created in h.query(
        "SELECT id, finished_at, created FROM import_batches WHERE id > ?", after
    ):
        rows = h.query(
            "SELECT target, target_id FROM import_changes WHERE batch_id = ? "
            "AND action = 'created' AND target != 'tag'",
            batch_id,
        )
        there = sum(
            len(h.query(f"SELECT 1 FROM {target}s WHERE id = ?", target_id))
            for target, target_id in rows
        )
        if finished is None or len(rows) < created or there != len(rows):
            problems.append(
                f"half import batch {batch_id}: {created} counted, {len(rows)} recorded, "
                f"{there} there"
            )
    return problems


def _undoable(h: Harness) -> int | None:
    rows = h.query("SELECT max(id) FROM import_batches WHERE undone_at IS NULL AND created > 0")
    return int(rows[0][0]) if rows and rows[0][0] is not None else None


def _import_undo(h: Harness, path: str) -> Attempt:
    batch_id = _undoable(h)
    assert batch_id is not None
    created = h.query(
        "SELECT target, target_id FROM import_changes WHERE batch_id = ? AND action = 'created' "
        "AND target IN ('item', 'note')",
        batch_id,
    )

    def present() -> int:
        count = 0
        for target, target_id in created:
            table = "items" if target == "item" else "notes"
            count += len(h.query(f"SELECT 1 FROM {table} WHERE id = ?", target_id))
        return count

    def check(acked: bool, shown: str) -> list[str]:
        undone = h.query("SELECT undone_at FROM import_batches WHERE id = ?", batch_id)[0][0]
        left = present()
        if acked and undone is None:
            return [f"LOST: undo of import {batch_id} acknowledged, not stored"]
        if undone is not None and left:
            return [f"import {batch_id} marked undone, {left} of its rows still there"]
        if undone is None and left != len(created):
            return [f"half an undo of import {batch_id}: {left} of {len(created)} rows left"]
        return []

    ack = re.compile(rf"undid import {batch_id}\b")
    return Attempt(path, ["import", "undo", str(batch_id)], ack, check)


def _state(h: Harness) -> tuple[dict[int, str], dict[int, str], int, int]:
    """The ledger and the counts of notes and entries, as the library holds them now."""
    notes = int(h.query("SELECT count(*) FROM notes")[0][0])
    items = int(h.query("SELECT count(*) FROM items")[0][0])
    return dict(h.notes), dict(h.items), notes, items


def _holds(h: Harness, state: tuple[dict[int, str], dict[int, str], int, int]) -> bool:
    notes, items, note_count, item_count = state
    return (
        _state(h)[2:] == (note_count, item_count)
        and all(word in (h.note_body(i) or "") for i, word in notes.items())
        and all(word in (h.item_title(i) or "") for i, word in items.items())
    )


def _backup(h: Harness, path: str) -> Attempt:
    target = h.out / f"backup-{h.next_marker()}.sqlite3"
    state = _state(h)

    def check(acked: bool, shown: str) -> list[str]:
        if not target.exists():
            return [f"LOST: backup {target.name} acknowledged, not written"] if acked else []
        try:
            rows = h.query("SELECT count(*) FROM notes", home=None, db=target)
            ok = h.query("PRAGMA integrity_check", db=target) == [("ok",)]
        except sqlite3.DatabaseError as error:
            return [f"backup {target.name} is not a complete library: {error}"]
        if not ok or rows[0][0] != state[2]:
            return [f"backup {target.name}: {rows[0][0]} notes of {state[2]}, integrity {ok}"]
        h.backup = (target, state)
        return []

    argv = ["db", "backup", "--to", str(target)]
    return Attempt(path, argv, re.compile(r"verified\)"), check)


def _restore(h: Harness, path: str) -> Attempt:
    assert h.backup is not None
    target, saved = h.backup
    now = _state(h)

    def check(acked: bool, shown: str) -> list[str]:
        if _holds(h, saved):
            h.notes, h.items = dict(saved[0]), dict(saved[1])
            return []
        if acked:
            return [f"LOST: restore of {target.name} acknowledged, the library is not it"]
        if not _holds(h, now):
            return [f"after a killed restore of {target.name} the library is neither version"]
        return []

    argv = ["db", "restore", str(target), "--yes"]
    return Attempt(path, argv, re.compile(r"^restored ", re.M), check)


WINDOW = TYPE_INTO + textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from readinglog import paths
    from readinglog.core.library import Library
    from readinglog.gui.detail.note_editor import NoteEditor

    home, text = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    editor = NoteEditor(Library.open(paths.in_home(home)))
    editor.show()
    editor.new_note()
    # After each committed save: how many characters it holds (the window shows "Saved").
    editor.changed.connect(lambda _: print(f"saved {len(editor.source.toPlainText())}",
                                           flush=True))
    keys = type_into(editor, text, every_ms=20)
    app.exec()
    """
)


def _window_autosave(h: Harness, path: str) -> Attempt:
    """The note editor autosaving while a user types: kill -9 between saves. What it said
    was saved must be there; what is there is exactly a prefix of what was typed."""
    word = h.next_marker()
    text = f"{word} typed in the window " + "and more words after it " * 8
    script = h.work / "window.py"
    script.write_text(WINDOW, encoding="utf-8")
    before = int(h.query("SELECT coalesce(max(id), 0) FROM notes")[0][0])

    def check(acked: bool, shown: str) -> list[str]:
        rows = h.query("SELECT id, body FROM notes WHERE id > ?", before)
        saved = max((int(n) for n in re.findall(r"saved (\d+)", shown)), default=0)
        if len(rows) > 1:
            return [f"one typed note became {len(rows)} notes"]
        body = rows[0][1] if rows else ""
        if not text.startswith(body):
            return [f"the saved note is not what was typed: {body[:60]!r}"]
        if rows and word in body:
            h.notes[rows[0][0]] = word
        if len(body) < saved:
            return [f"LOST: the window said {saved} characters were saved, {len(body)} are"]
        return []

    command = [sys.executable, str(script), str(h.home), text]
    return Attempt(path, [], re.compile(r"saved \d+"), check, command=command)


PLANS = {
    "window-autosave": _window_autosave,
    "backup": _backup,
    "restore": _restore,
    "note-add": _note_add,
    "add": _add,
    "note-edit": _note_edit,
    "edit": _edit,
    "log": _log,
    "rm": _rm,
    "reindex": _reindex,
    "archive-export": _archive_export,
    "archive-import": _archive_import,
    "import-goodreads": _import,
    "import-markdown": _import,
    "import-undo": _import_undo,
}
