"""Tags have a stored pinyin-aware sort key: the 0006 migration fills it, every writer sets it,
and the tag list is ordered by it in SQL exactly as the Python sort it replaced did."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import batches, bulk, notes, repository, sample, services, text
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Tag
from readinglog.core.text import sort_key
from readinglog.core.types import ItemKind
from tests.core.migration_helpers import insert_row, saved_rows, small_batches
from tests.core.test_migrate import HEAD, _connect, _migrate_to, _pragma, _snapshot
from tests.importers.helpers import run_import
from tests.importers.test_goodreads import HEADER_24, ROW_SANTI

BEFORE = "0005_note_sort_key"
TS = "2024-03-01 08:30:00.000000"
# Chinese, English, mixed; case variants SQLite's NOCASE keeps apart (Économie, économie) and
# ASCII ones whose keys are equal (a!, A?); names that are only punctuation or an emoji.
NAMES = {
    1: "读书笔记",
    2: "History",
    3: "经济学 Economics",
    4: "Économie",
    5: "économie",
    6: "a!",
    7: "A?",
    8: "C++",
    9: "C#",
    10: "……",
    11: "📖",
    12: "Ｒｅｎ full-width",
}
MADE_BY_BATCH = 13  # a tag an import batch made (its undo deletes it)


@pytest.fixture
def at_0005(tmp_path: Path) -> Path:
    """A library left at 0005: tags on entries and notes, and an import batch that made a tag
    and put it on entry 1 (its undo record saved the entry with the tag links it had)."""
    db = tmp_path / "library.sqlite3"
    _migrate_to(db, BEFORE)
    with _connect(db) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        for tag_id, name in NAMES.items():
            insert_row(conn, "tags", {"id": tag_id, "name": name})
        for item_id, title in ((1, "人类简史"), (2, "Dune")):
            insert_row(conn, "items", {"id": item_id, "kind": "book", "title": title, "sort_key":
                                    sort_key(title), "status": "finished", "created_at": TS,
                                    "updated_at": TS})  # fmt: skip
        insert_row(conn, "notes", {"id": 1, "title": "笔记", "sort_key": sort_key("笔记"),
                                "body": "正文", "lang": "zh", "created_at": TS,
                                "updated_at": TS})  # fmt: skip
        for item_id, tag_id in ((1, 1), (1, 2), (2, 6), (2, 11)):
            insert_row(conn, "item_tags", {"item_id": item_id, "tag_id": tag_id})
        for tag_id in (1, 3, 4, 5):
            insert_row(conn, "note_tags", {"note_id": 1, "tag_id": tag_id})
        conn.commit()
    saved = saved_rows(db, batches.ITEM_ROWS, 1)
    with _connect(db) as conn:
        insert_row(conn, "import_batches", {"id": 1, "kind": "goodreads", "file_name": "a.csv",
                                         "started_at": TS, "finished_at": TS, "created": 0,
                                         "updated": 1, "unchanged": 0, "skipped": 0,
                                         "report": "{}"})  # fmt: skip
        insert_row(conn, "tags", {"id": MADE_BY_BATCH, "name": "三体"})
        insert_row(conn, "item_tags", {"item_id": 1, "tag_id": MADE_BY_BATCH})
        for change_id, target, target_id, action, snapshot in (
            (1, "item", 1, "updated", saved),
            (2, "tag", MADE_BY_BATCH, "created", None),
        ):
            insert_row(conn, "import_changes", {"id": change_id, "batch_id": 1, "target": target,
                                             "target_id": target_id, "action": action,
                                             "snapshot": snapshot})  # fmt: skip
        conn.commit()
    return db


def _keys(db: Path) -> dict[int, tuple[str, str]]:
    with _connect(db) as conn:
        return {i: (n, k) for i, n, k in conn.execute("SELECT id, name, sort_key FROM tags")}


def _links(db: Path) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    with _connect(db) as conn:
        return (
            conn.execute("SELECT item_id, tag_id FROM item_tags ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT note_id, tag_id FROM note_tags ORDER BY 1, 2").fetchall(),
        )


def _assert_names_are_nocase(db: Path) -> None:
    """The recreated table still makes "history" the same tag as "History"."""
    with _connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(tags)")]
        values = {"name": "history", "sort_key": "history"}
        with pytest.raises(sqlite3.IntegrityError, match=r"UNIQUE constraint failed: tags\.name"):
            insert_row(conn, "tags", {c: values[c] for c in columns if c in values})
        row = conn.execute("SELECT id FROM tags WHERE name = 'HISTORY'").fetchone()
        assert row == (2,)


# -- the migration ---------------------------------------------------------------------------


def test_upgrade_fills_every_key_and_keeps_every_row(at_0005: Path) -> None:
    before = _snapshot(at_0005)
    _migrate_to(at_0005, HEAD)

    columns = {table: cols for table, (cols, _) in before.items() if table != "alembic_version"}
    assert _snapshot(at_0005, columns) == {t: v for t, v in before.items() if t in columns}
    assert _pragma(at_0005, "foreign_key_check") == []
    keys = _keys(at_0005)
    assert keys == {i: (name, sort_key(name)) for i, (name, _) in keys.items()}
    assert len(keys) == len(NAMES) + 1
    assert keys[1] == ("读书笔记", "du shu bi ji")
    assert keys[3] == ("经济学 Economics", "jing ji xue economics")
    assert keys[4][1] == keys[5][1] == "économie" and keys[6][1] == keys[7][1] == "a"
    info = {row[1]: row for row in _pragma(at_0005, "table_info(tags)")}
    assert info["sort_key"][3] == 1  # NOT NULL
    assert "ix_tags_sort_key" in {row[1] for row in _pragma(at_0005, "index_list(tags)")}
    _assert_names_are_nocase(at_0005)


def test_tag_links_still_point_at_tags_and_cascade(at_0005: Path) -> None:
    links = _links(at_0005)
    _migrate_to(at_0005, HEAD)
    assert _links(at_0005) == links
    with _connect(at_0005) as conn:  # deleting a tag still takes its links with it
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM tags WHERE id = 1")
        conn.commit()
    assert _links(at_0005) == tuple([link for link in table if link[1] != 1] for table in links)


def test_upgrade_fills_tags_in_batches(at_0005: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small_batches(monkeypatch, "0006_tag_sort_key", 5)
    _migrate_to(at_0005, HEAD)
    keys = _keys(at_0005)
    assert len(keys) == len(NAMES) + 1
    assert keys == {i: (name, sort_key(name)) for i, (name, _) in keys.items()}


def test_undo_of_a_batch_saved_before_the_upgrade_still_works(at_0005: Path) -> None:
    """Undo records hold tag links and tag ids, no tag rows: nothing of them needed a key."""
    with Library.open(paths.in_home(at_0005.parent)) as library:  # backs up, then upgrades
        assert library.paths.database == at_0005
        with library.sessions.begin() as s:
            batches.undo(s, 1)
    items, notes_ = _links(at_0005)
    assert items == [(1, 1), (1, 2), (2, 6), (2, 11)]  # the batch's link is gone
    assert notes_ == [(1, 1), (1, 3), (1, 4), (1, 5)]
    assert MADE_BY_BATCH not in _keys(at_0005)  # and the tag it made


def test_downgrade_gives_back_the_0005_library(at_0005: Path) -> None:
    before = _snapshot(at_0005)
    _migrate_to(at_0005, HEAD)
    _migrate_to(at_0005, BEFORE, down=True)
    assert _snapshot(at_0005) == before
    assert _pragma(at_0005, "foreign_key_check") == []
    assert "ix_tags_sort_key" not in {row[1] for row in _pragma(at_0005, "index_list(tags)")}
    _assert_names_are_nocase(at_0005)


# -- every writer sets the key ---------------------------------------------------------------


def _every_key_matches(library: Library) -> dict[str, str]:
    keys = _keys(library.paths.database)
    assert keys == {i: (name, sort_key(name)) for i, (name, _) in keys.items()}
    return dict(keys.values())


def test_tags_made_by_services_get_keys(library: Library) -> None:
    with library.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "人类简史", tags=["历史", "#History"]).created
        assert item is not None
        services.edit_item(s, item, add_tags=["经济学 Economics"])
        notes.add_note(s, "正文", title="笔记", tags=["读书笔记", "history"])  # one History
    assert _every_key_matches(library) == {
        "历史": "li shi",
        "History": "history",
        "经济学 Economics": "jing ji xue economics",
        "读书笔记": "du shu bi ji",
    }


def test_a_tag_gets_its_key_with_its_name_and_a_rename_changes_it(library: Library) -> None:
    tag = Tag(name="读书笔记")
    assert tag.sort_key == "du shu bi ji"  # before any flush
    with library.sessions.begin() as s:
        s.add(tag)
        s.flush()
        tag.name = "Reading 笔记"
    assert _every_key_matches(library) == {"Reading 笔记": "reading bi ji"}


def test_bulk_and_imported_tags_get_keys(library: Library, tmp_path: Path) -> None:
    with library.sessions.begin() as s:
        entries = [bulk.entry(ItemKind.BOOK, "三体", tags=["科幻", "Sci-Fi", "sci-fi", "Économie"])]
        bulk.insert_items(s, entries, bulk.TagIds())
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "post.md").write_text("---\ntags: [读书, Notes]\n---\n正文\n", encoding="utf-8")
    run_import(library, ImportKind.MARKDOWN, vault)
    path = tmp_path / "goodreads.csv"
    path.write_text(HEADER_24 + ROW_SANTI, encoding="utf-8")
    run_import(library, ImportKind.GOODREADS, path)
    keys = _every_key_matches(library)
    assert {"科幻", "Sci-Fi", "Économie", "读书", "Notes"} <= set(keys)
    assert keys["科幻"] == "ke huan"


def test_sample_tags_get_keys(library: Library) -> None:
    with library.sessions.begin() as s:
        sample.load(s)
    assert len(_every_key_matches(library)) > 1


# -- the tag list ----------------------------------------------------------------------------

# Unique under NOCASE; several pairs have equal keys (a!/A?, C++/C#, Économie/économie,
# 人类简史/Ren Lei Jian Shi...) and go by the name, code point by code point.
MIXED_NAMES = [
    "人类简史", "Ren Lei Jian Shi", "Ren Zhi Lun", "Renaissance", "rén", "Ｒｅｎ full-width",
    "Sapiens", "三体", "Dune", "经济学", "Jing", "Économie", "économie", "Über", "zebra", "2001",
    "10 things", "📖", "……", "かな", "한국어", "𠀀 rare", "读书笔记 Thinking", "Apple", "a!",
    "A?", "C++", "C#", "历史", "History",
]  # fmt: skip


def test_tag_counts_is_the_python_pinyin_order_without_pinyin(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = list(MIXED_NAMES)
    random.Random(6).shuffle(names)
    with library.sessions.begin() as s:
        for n, name in enumerate(names):  # each name alone: Économie and économie stay two
            note = notes.add_note(s, "正文", title=f"note {n}", tags=[name]).created
            if n % 3 == 0 and note is not None:
                services.add_item(s, ItemKind.BOOK, f"book {n}", tags=[name])
    expected = sorted(names, key=lambda name: (sort_key(name), name))  # the order before 0006
    counts = {name: 2 if n % 3 == 0 else 1 for n, name in enumerate(names)}

    def no_pinyin(name: str) -> str:
        raise AssertionError(f"sorted in Python: {name}")

    monkeypatch.setattr(text, "sort_key", no_pinyin)  # the stored keys are enough
    with library.sessions() as s:
        listed = repository.tag_counts(s)
    assert listed == [(name, counts[name]) for name in expected]
    order = [name for name, _ in listed]
    # Equal keys go by the name as Python compares it, not as NOCASE would (a! before A?).
    assert order.index("A?") < order.index("a!") and order.index("C#") < order.index("C++")
    assert order.index("Économie") < order.index("économie")
    assert order[:4] == ["……", "10 things", "2001", "A?"]


def test_tag_counts_leaves_pypinyin_unloaded(library: Library) -> None:
    """What the window's sidebar asks while it is built, for a library with Chinese tags."""
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "Sapiens", tags=["读书笔记", "历史", "History"])
        assert repository.has_han_names(s)
    code = (
        "import sys; from pathlib import Path; from readinglog import paths; "
        "from readinglog.core import repository; from readinglog.core.library import Library; "
        "library = Library.open(paths.in_home(Path(sys.argv[1]))); s = library.sessions(); "
        "print([name for name, _ in repository.tag_counts(s)]); "
        "print('pypinyin' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(library.paths.data)],
        capture_output=True,
        text=True,
        check=True,
    )
    listed, loaded = done.stdout.splitlines()
    assert listed == "['读书笔记', 'History', '历史']"  # du shu bi ji, history, li shi
    assert loaded == "False"
