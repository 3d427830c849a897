"""trash list / restore / empty, rm's message, note history / restore-version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from readinglog import paths
from readinglog.core.library import Library
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


def test_rm_moves_to_the_trash_and_restore_brings_it_back(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "人类简史", "--tag", "历史")
    note = tmp_note(home, capsys, "读书笔记", "--item", "1")
    removed = run(capsys, "rm", "1", "--yes")
    assert removed.code == 0, removed.err
    assert removed.out.strip() == (
        "moved #1 to the trash (restore with: readinglog trash restore 1)"
    )
    assert run(capsys, "list", "--json").json() == []
    assert run(capsys, "note", "show", str(note), "--json").json()["item_ids"] == []
    removed = run(capsys, "note", "rm", str(note), "--yes")
    assert removed.out.strip() == (
        f"moved note #{note} to the trash (restore with: readinglog trash restore 2)"
    )
    listed = run(capsys, "trash", "list", "--json").json()
    assert [(r["id"], r["kind"], r["original_id"], r["title"]) for r in listed] == [
        (2, "note", note, "读书笔记"),
        (1, "item", 1, "人类简史"),
    ]
    assert set(listed[0]) == {"id", "kind", "original_id", "title", "deleted_at"}
    table = run(capsys, "trash", "list").out
    assert "人类简史" in table and "TRASH ID" in table
    # the note first: its link to the entry went to the trash with the entry, not with it
    restored = run(capsys, "trash", "restore", "2", "--json")
    assert restored.code == 0, restored.err
    assert restored.json() == {
        "kind": "note", "id": note, "original_id": note, "title": "读书笔记",
        "problems": [],
    }  # fmt: skip
    restored = run(capsys, "trash", "restore", "1")
    assert restored.out.startswith("restored #1 '人类简史'")
    shown = run(capsys, "show", "1", "--json").json()
    assert (shown["title"], shown["tags"]) == ("人类简史", ["历史"])
    # the entry brought its link to the note back
    assert run(capsys, "note", "show", str(note), "--json").json()["item_ids"] == [1]
    assert run(capsys, "trash", "list").out.strip() == "the trash is empty"
    missing = run(capsys, "trash", "restore", "1")
    assert (missing.code, missing.err.strip()) == (
        1,
        "readinglog: nothing in the trash with id 1",
    )


def tmp_note(home: Path, capsys: Cap, body: str, *extra: str) -> int:
    source = home / "note.md"
    source.write_text(body, encoding="utf-8")
    result = run(capsys, "note", "add", "--file", str(source), *extra)
    assert result.code == 0, result.err
    return int(result.out.strip())


def test_trash_empty_asks_and_can_keep_recent(home: Path, capsys: Cap) -> None:
    for title in ("old", "new"):
        run(capsys, "add", "article", title)
    run(capsys, "rm", "1", "--yes")
    run(capsys, "rm", "2", "--yes")
    with Library.open(paths.in_home(home)) as lib, lib.sessions.begin() as s:
        when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=10)).replace(tzinfo=None)
        s.execute(sql("UPDATE trash SET deleted_at = :t WHERE original_id = 1"), {"t": when})
    refused = run(capsys, "trash", "empty")
    assert refused.code == 1 and "add --yes" in refused.err
    assert len(run(capsys, "trash", "list", "--json").json()) == 2
    done = run(capsys, "trash", "empty", "--older-than", "7", "--yes")
    assert done.out.strip() == "deleted 1 for good from the trash"
    assert [r["title"] for r in run(capsys, "trash", "list", "--json").json()] == ["new"]
    assert run(capsys, "trash", "empty", "--yes").out.strip() == "deleted 1 for good from the trash"
    assert run(capsys, "trash", "empty", "--yes").out.strip() == "the trash is empty"


def test_note_history_and_restore_version(home: Path, capsys: Cap) -> None:
    note = tmp_note(home, capsys, "first text")
    with Library.open(paths.in_home(home)) as lib, lib.sessions.begin() as s:
        # the first text was saved an hour ago: the next edit starts a new burst
        hour_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).replace(tzinfo=None)
        s.execute(sql("UPDATE notes SET updated_at = :t"), {"t": hour_ago})
    second = home / "second.md"
    second.write_text("second text", encoding="utf-8")
    assert run(capsys, "note", "edit", str(note), "--file", str(second)).code == 0
    versions = run(capsys, "note", "history", str(note), "--json").json()
    assert [(v["title"], v["words"]) for v in versions] == [("first text", 2)]
    assert set(versions[0]) == {"id", "note_id", "title", "saved_at", "words"}
    version = versions[0]["id"]
    shown = run(capsys, "note", "history", str(note), "--show", str(version))
    assert shown.out.endswith("first text\n")
    assert (
        run(capsys, "note", "history", str(note), "--show", str(version), "--json").json()["body"]
        == "first text"
    )
    restored = run(capsys, "note", "restore-version", str(note), str(version))
    assert restored.code == 0, restored.err
    assert "has the text of version" in restored.out
    assert run(capsys, "note", "show", str(note), "--json").json()["body"] == "first text"
    newest, oldest = run(capsys, "note", "history", str(note), "--json").json()
    assert oldest["id"] == version
    shown = run(capsys, "note", "history", str(note), "--show", str(newest["id"]), "--json")
    assert shown.json()["body"] == "second text"
    missing = run(capsys, "note", "history", str(note), "--show", "99")
    assert missing.err.strip() == f"readinglog: note {note} has no version 99"
    assert run(capsys, "note", "history", "42").err.strip() == "readinglog: no note with id 42"


def test_emptying_the_trash_of_a_read_only_library_writes_no_backup(
    home: Path, capsys: Cap
) -> None:
    run(capsys, "add", "book", "人类简史")
    run(capsys, "add", "book", "三体")
    assert run(capsys, "rm", "1", "--yes").code == 0
    backups = paths.in_home(home).backups
    before = sorted(p.name for p in backups.iterdir())
    refused = run(capsys, "--read-only", "trash", "empty", "--yes")
    assert refused.code == 1 and "read-only" in refused.err
    assert sorted(p.name for p in backups.iterdir()) == before
    assert len(run(capsys, "trash", "list", "--json").json()) == 1
