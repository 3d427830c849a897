"""Notes have a stored pinyin-aware sort key: the 0005 migration fills it, every writer sets it,
and the title sort orders by it in SQL exactly as the Python sort it replaced did."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from readinglog import paths
from readinglog.core import batches, bulk, notes, repository, sample, text
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.query import Filter, parse_filter
from readinglog.core.text import sort_key
from readinglog.core.types import ItemKind
from tests.core.migration_helpers import insert_row, saved_rows, small_batches
from tests.core.test_migrate import HEAD, _connect, _migrate_to, _pragma, _snapshot
from tests.importers.helpers import run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_SANTI

BEFORE = "0004_import_batches"
TS = "2024-03-01 08:30:00.000000"
# Chinese, English and mixed titles, a title that is only punctuation and an empty one.
TITLES = {
    1: "人类简史",
    2: "Sapiens: A Brief History",
    3: "读书笔记 📖 Thinking, Fast and Slow",
    4: "Économie 经济学原理",
    5: "Ｒｅｎ full-width",
    6: "……",
    7: "",
}
OLD_TITLE, IMPORTED_TITLE = "旧标题 Old", "Imported 新标题"


@pytest.fixture
def at_0004(tmp_path: Path) -> Path:
    """A library left at 0004: notes with links, tags and events, and an import batch that
    changed note 8's title (its undo record saved the note as 0004 stored it)."""
    db = tmp_path / "library.sqlite3"
    _migrate_to(db, BEFORE)
    with _connect(db) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        insert_row(conn, "tags", {"id": 1, "name": "历史"})
        insert_row(conn, "items", {"id": 1, "kind": "book", "title": "人类简史", "sort_key":
                                sort_key("人类简史"), "status": "finished", "created_at": TS,
                                "updated_at": TS})  # fmt: skip
        for note_id, title in {**TITLES, 8: OLD_TITLE}.items():
            body = f"正文 body {note_id}"
            insert_row(conn, "notes", {"id": note_id, "title": title, "body": body, "lang": "mixed",
                                    "created_at": TS, "updated_at": TS})  # fmt: skip
        insert_row(conn, "note_tags", {"note_id": 1, "tag_id": 1})
        insert_row(conn, "note_items", {"note_id": 1, "item_id": 1, "position": 0})
        insert_row(conn, "events", {"id": 1, "item_id": 1, "kind": "note", "on": "2024-03-01",
                                 "note_id": 1, "created_at": TS})  # fmt: skip
        conn.commit()
    saved = saved_rows(db, batches.NOTE_ROWS, 8)
    with _connect(db) as conn:
        insert_row(conn, "import_batches", {"id": 1, "kind": "markdown", "file_name": "vault",
                                         "started_at": TS, "finished_at": TS, "created": 0,
                                         "updated": 1, "unchanged": 0, "skipped": 0,
                                         "report": "{}"})  # fmt: skip
        insert_row(conn, "import_changes", {"id": 1, "batch_id": 1, "target": "note",
                                            "target_id": 8, "action": "updated",
                                            "snapshot": saved})  # fmt: skip
        conn.execute("UPDATE notes SET title = ? WHERE id = 8", (IMPORTED_TITLE,))
        conn.commit()
    return db


def _keys(db: Path) -> dict[int, tuple[str, str]]:
    with _connect(db) as conn:
        return {i: (t, k) for i, t, k in conn.execute("SELECT id, title, sort_key FROM notes")}


# -- the migration ---------------------------------------------------------------------------


def test_upgrade_fills_every_key_and_keeps_every_row(at_0004: Path) -> None:
    before = _snapshot(at_0004)
    _migrate_to(at_0004, HEAD)

    columns = {table: cols for table, (cols, _) in before.items() if table != "alembic_version"}
    unchanged = {t: v for t, v in _snapshot(at_0004, columns).items() if t != "import_changes"}
    assert unchanged == {t: v for t, v in before.items() if t in columns and t != "import_changes"}
    assert _pragma(at_0004, "foreign_key_check") == []
    keys = _keys(at_0004)
    assert keys == {i: (title, sort_key(title)) for i, (title, _) in keys.items()}
    assert keys[1] == ("人类简史", "ren lei jian shi")
    assert keys[7] == ("", "")
    info = {row[1]: row for row in _pragma(at_0004, "table_info(notes)")}
    assert info["sort_key"][3] == 1  # NOT NULL
    assert "ix_notes_sort_key" in {row[1] for row in _pragma(at_0004, "index_list(notes)")}
    with _connect(at_0004) as conn:  # the rows pointing at notes still point at them
        assert conn.execute("SELECT note_id FROM note_tags").fetchall() == [(1,)]
        assert conn.execute("SELECT note_id FROM note_items").fetchall() == [(1,)]
        assert conn.execute("SELECT note_id FROM events").fetchall() == [(1,)]


def test_upgrade_fills_notes_in_batches(at_0004: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small_batches(monkeypatch, "0005_note_sort_key", 3)
    _migrate_to(at_0004, HEAD)
    keys = _keys(at_0004)
    assert len(keys) == 8
    assert keys == {i: (title, sort_key(title)) for i, (title, _) in keys.items()}


def test_undo_of_a_batch_saved_before_the_upgrade_restores_the_key(at_0004: Path) -> None:
    with Library.open(paths.in_home(at_0004.parent)) as library:  # backs up, then upgrades
        assert library.paths.database == at_0004
        with _connect(at_0004) as conn:
            [(saved,)] = conn.execute("SELECT snapshot FROM import_changes").fetchall()
        assert json.loads(saved)["notes"][0]["sort_key"] == sort_key(OLD_TITLE)
        assert _keys(at_0004)[8] == (IMPORTED_TITLE, sort_key(IMPORTED_TITLE))
        with library.sessions.begin() as s:
            batches.undo(s, 1)
    assert _keys(at_0004)[8] == (OLD_TITLE, sort_key(OLD_TITLE))


def test_downgrade_gives_back_the_0004_library(at_0004: Path) -> None:
    before = _snapshot(at_0004)
    _migrate_to(at_0004, HEAD)
    _migrate_to(at_0004, BEFORE, down=True)
    assert _snapshot(at_0004) == before
    assert _pragma(at_0004, "foreign_key_check") == []
    assert "ix_notes_sort_key" not in {row[1] for row in _pragma(at_0004, "index_list(notes)")}


# -- every writer sets the key ---------------------------------------------------------------


def _every_key_matches(library: Library) -> dict[int, tuple[str, str]]:
    keys = _keys(library.paths.database)
    assert keys == {i: (title, sort_key(title)) for i, (title, _) in keys.items()}
    return keys


def test_notes_added_and_renamed_get_keys(library: Library) -> None:
    with library.sessions.begin() as s:
        named = notes.add_note(s, "正文", title="人类简史").created
        untitled = notes.add_note(s, "# 经济学原理\n\nText.").created  # titled from the body
        assert named is not None and untitled is not None
    assert _every_key_matches(library)[named] == ("人类简史", "ren lei jian shi")
    with library.sessions.begin() as s:
        notes.edit_note(s, named, title="Sapiens 读书笔记")
        notes.edit_note(s, untitled, body="# 三体\n", title=None)  # titled from the new body
    keys = _every_key_matches(library)
    assert keys[named] == ("Sapiens 读书笔记", "sapiens du shu bi ji")
    assert keys[untitled] == ("三体", "san ti")


def test_imported_notes_get_keys(library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    post = vault / "post.md"
    post.write_text("---\ntitle: 你好 World\n---\n正文\n", encoding="utf-8")
    (vault / "plain.md").write_text("# Just text\n", encoding="utf-8")
    first = run_import(library, ImportKind.MARKDOWN, vault)
    post.write_text("---\ntitle: 再见 World\n---\n正文\n", encoding="utf-8")
    second = run_import(library, ImportKind.MARKDOWN, vault)
    assert (first.created, second.updated) == (2, 1)
    titles = dict(_every_key_matches(library).values())
    assert titles == {"再见 World": "zai jian world", "plain": "plain"}  # the file name
    with library.sessions.begin() as s:  # the undo restores the title and its key
        batches.undo(s, second.batch or 0)
    assert {t for t, _ in _every_key_matches(library).values()} == {"你好 World", "plain"}


def test_bulk_imported_notes_get_keys(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "goodreads.csv"
    path.write_text(HEADER_24 + ROW_SANTI + ROW_DNF, encoding="utf-8")
    run_import(library, ImportKind.GOODREADS, path)
    assert _every_key_matches(library)  # the reviews became notes
    with library.sessions.begin() as s:
        entry = bulk.entry(ItemKind.BOOK, "三体", notes=[bulk.note("很好看", title="三体 读后感")])
        [inserted] = bulk.insert_items(s, [entry], bulk.TagIds())
    assert _every_key_matches(library)[inserted.note_ids[0]] == ("三体 读后感", "san ti du hou gan")


def test_sample_notes_get_keys(library: Library) -> None:
    with library.sessions.begin() as s:
        sample.load(s)
    assert len(_every_key_matches(library)) > 1


# -- the title sort --------------------------------------------------------------------------

# Titles with equal keys (人类简史 here, and each title twice below) go by id.
MIXED_TITLES = [
    "人类简史", "Ren Zhi Lun", "Renaissance", "rén", "Ｒｅｎ full-width", "人类简史", "Sapiens",
    "三体", "Dune", "经济学原理", "Jing", "Économie", "Über", "zebra", "2001", "10 things",
    "📖 emoji", "……", "かな", "한국어", "𠀀 rare", "读书笔记 Thinking", "Apple",
]  # fmt: skip


def _python_order(rows: list[tuple[int, str]], descending: bool) -> list[int]:
    """The order note_ids gave before the stored key: a Python sort on (key, id)."""
    ordered = sorted(rows, key=lambda row: (sort_key(row[1]), row[0]), reverse=descending)
    return [id_ for id_, _ in ordered]


def test_title_sort_is_the_python_pinyin_order(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = MIXED_TITLES * 2
    random.Random(5).shuffle(titles)
    with library.sessions.begin() as s:
        ids = [notes.add_note(s, "正文", title=title, tags=["t"]).created for title in titles]
    rows = [(id_, title) for id_, title in zip(ids, titles, strict=True) if id_ is not None]
    expected = _python_order(rows, descending=False), _python_order(rows, descending=True)

    def no_pinyin(title: str) -> str:
        raise AssertionError(f"sorted in Python: {title}")

    monkeypatch.setattr(text, "sort_key", no_pinyin)  # the stored keys are enough
    with library.sessions() as s:
        ascending = repository.note_ids(s, Filter(), sort="title")
        assert ascending == expected[0]
        assert repository.note_ids(s, Filter(), "title", True) == expected[1]
        assert repository.note_ids(s, parse_filter("tag:t"), "title") == ascending
    by_id = dict(rows)
    assert list(dict.fromkeys(by_id[i] for i in ascending)) == [
        "……", "10 things", "2001", "Apple", "读书笔记 Thinking", "Dune", "📖 emoji", "𠀀 rare",
        "Jing", "经济学原理", "Ｒｅｎ full-width", "人类简史", "Ren Zhi Lun", "Renaissance", "rén",
        "三体", "Sapiens", "zebra", "Économie", "Über", "かな", "한국어",
    ]  # fmt: skip


@pytest.mark.parametrize("descending", [False, True])
def test_title_sort_reads_the_index(library: Library, descending: bool) -> None:
    """SQLite walks ix_notes_sort_key (its entries end with the id), no sorting step."""
    ran: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        ran.append((statement, parameters))

    event.listen(library.engine, "before_cursor_execute", remember)
    try:
        with library.sessions() as s:
            repository.note_ids(s, Filter(), "title", descending)
            [(statement, parameters)] = [(q, p) for q, p in ran if "ORDER BY" in q]
            query_plan = s.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters
            )
            plan = " ".join(str(row[-1]) for row in query_plan)
    finally:
        event.remove(library.engine, "before_cursor_execute", remember)
    assert "ix_notes_sort_key" in plan and "TEMP B-TREE" not in plan, plan
