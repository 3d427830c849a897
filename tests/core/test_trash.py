"""The trash: a delete takes everything attached, a restore puts back exactly that."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql

from readinglog import paths
from readinglog.core import (
    activity,
    batches,
    exports,
    history,
    notes,
    repository,
    services,
    trash,
)
from readinglog.core.errors import NotFound, UserError
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, IndexQueue, TrashKind
from readinglog.core.query import Filter
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status, Target
from tests.core.migration_helpers import insert_row
from tests.core.test_migrate import TS, _connect, _migrate_to

# Bookkeeping tables a delete and a restore are allowed to change.
NOT_COMPARED = {"alembic_version", "index_queue", "trash"}
T0 = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)


def dump(lib: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table, exactly as SQLite stores it."""
    with lib.engine.connect() as conn:
        names = [
            n
            for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if n not in NOT_COMPARED
        ]
        return {
            n: sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {n}")) for n in names
        }


def queued(lib: Library) -> set[tuple[Target, int]]:
    with lib.sessions() as s:
        return {(q.doc_type, q.doc_id) for q in s.scalars(select(IndexQueue))}


def clear_queue(lib: Library) -> None:
    with lib.sessions.begin() as s:
        s.execute(sql("DELETE FROM index_queue"))


@pytest.fixture
def world(library: Library) -> dict[str, int]:
    """A show with an episode, a book with everything attached, notes about them."""
    with library.sessions.begin() as s:
        show = services.add_item(s, ItemKind.PODCAST, "Hardcore History 🎧").created
        book = services.add_item(
            s,
            ItemKind.BOOK,
            "人类简史",
            people=[Person(Role.AUTHOR, "尤瓦尔·赫拉利"), Person(Role.TRANSLATOR, "林俊宏")],
            tags=["历史", "History"],
            field_values={"pages": 440},
        ).created
        assert show is not None and book is not None
        episode = services.add_item(s, ItemKind.EPISODE, "第3集", parent_id=show).created
        assert episode is not None
        activity.log_event(s, book, EventKind.STARTED, dt.date(2024, 1, 2))
        activity.log_event(s, book, EventKind.FINISHED, dt.date(2024, 2, 3))
        note = notes.add_note(s, "读书笔记 📖\n\nnotes", tags=["经济"], item_ids=[book, show])
        other = notes.add_note(s, "second note", item_ids=[book])
        assert note.created is not None and other.created is not None
        exports.put_record(s, Target.ITEM, book, "md", "out/book.md", "a" * 64)
        exports.put_record(s, Target.NOTE, note.created, "md", "out/note.md", "b" * 64)
        s.execute(
            sql(
                "INSERT INTO import_sources (kind, key, item_id, fingerprint, record) "
                "VALUES ('goodreads', '123', :book, 'f', '{}')"
            ),
            {"book": book},
        )
    with library.sessions.begin() as s:  # an earlier version of the first note
        notes.edit_note(
            s, note.created, body="读书笔记 📖\n\nmore", now=T0 + dt.timedelta(days=400)
        )
    return {"show": show, "book": book, "episode": episode, "note": note.created,
            "other": other.created}  # fmt: skip


def test_deleting_an_entry_moves_it_and_everything_attached_out_of_sight(
    library: Library, world: dict[str, int]
) -> None:
    book = world["book"]
    clear_queue(library)
    with library.sessions.begin() as s:
        changes = trash.trash_item(s, book).changes
    assert book in changes.items
    with library.sessions() as s:
        assert book not in repository.item_ids(s, Filter())
        assert repository.count_items(s, Filter()) == 2
        assert exports.get_record(s, Target.ITEM, book, "md") is None
        counts = dict(repository.tag_counts(s))
        assert counts["历史"] == 0
        assert [v.title for v in trash.list_trash(s)] == ["人类简史"]
        # the notes stay (as before the trash existed), without the link
        assert repository.note_view(s, world["other"]).item_ids == ()
        sessions = s.execute(sql("SELECT count(*) FROM sessions")).scalar()
        assert sessions == 0
    assert {(Target.ITEM, book), (Target.NOTE, world["note"])} <= queued(library)


def test_restoring_an_entry_brings_back_every_row_exactly(
    library: Library, world: dict[str, int]
) -> None:
    before = dump(library)
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, world["show"])
        trash.trash_item(s, world["book"])
    assert dump(library) != before
    clear_queue(library)
    with library.sessions.begin() as s:
        [book_row, show_row] = trash.list_trash(s)
        assert show_row.id == trashed.trash_id
        restored = [trash.restore(s, row.id) for row in (book_row, show_row)]
    assert [(r.id, r.problems) for r in restored] == [(world["book"], ()), (world["show"], ())]
    assert dump(library) == before
    expected = {(Target.ITEM, world["book"]), (Target.ITEM, world["episode"])}
    assert expected <= queued(library)
    with library.sessions() as s:
        assert trash.list_trash(s) == []


def test_restoring_a_note_brings_back_links_tags_versions_and_events(
    library: Library, world: dict[str, int]
) -> None:
    note = world["note"]
    before = dump(library)
    with library.sessions() as s:
        assert len(history.note_history(s, note)) == 1
    with library.sessions.begin() as s:
        trashed = trash.trash_note(s, note)
    with library.sessions() as s:
        assert note not in repository.note_ids(s, Filter())
        assert s.execute(sql("SELECT count(*) FROM note_versions")).scalar() == 0
        # the "note written" events stay on their entries, without the note
        naming = sql("SELECT count(*) FROM events WHERE note_id = :note")
        assert s.execute(naming, {"note": note}).scalar() == 0
        assert s.execute(sql("SELECT count(*) FROM events WHERE kind = 'note'")).scalar() == 3
    clear_queue(library)
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    assert (restored.kind, restored.id, restored.problems) == (TrashKind.NOTE, note, ())
    assert dump(library) == before
    assert (Target.NOTE, note) in queued(library)


def test_restore_takes_a_new_id_when_the_old_one_was_taken_and_names_lost_links(
    library: Library, world: dict[str, int]
) -> None:
    note = world["other"]  # the highest note id
    with library.sessions.begin() as s:
        exports.put_record(s, Target.NOTE, note, "md", "out/other.md", "c" * 64)
        trashed = trash.trash_note(s, note)
        trash.trash_item(s, world["book"])
        # SQLite gives the highest id again: the new note takes the trashed one's id
        taken = notes.add_note(s, "a new note").created
    assert taken == note
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    assert restored.id != note
    assert restored.problems == (
        f"note {note} is now note {restored.id} (its id was taken)",
        f"entry {world['book']} no longer exists",
    )
    with library.sessions() as s:
        view = repository.note_view(s, restored.id)
        assert (view.title, view.item_ids) == ("second note", ())
        assert exports.get_record(s, Target.NOTE, restored.id, "md") == ("out/other.md", "c" * 64)
        assert exports.get_record(s, Target.NOTE, note, "md") is None


def test_restore_recreates_a_tag_that_was_deleted_meanwhile(
    library: Library, world: dict[str, int]
) -> None:
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, world["book"])
        s.execute(sql("DELETE FROM tags WHERE name = '历史'"))
    with library.sessions.begin() as s:
        trash.restore(s, trashed.trash_id)
    with library.sessions() as s:
        assert repository.item_view(s, world["book"]).tags == ("History", "历史")


def test_a_reimported_record_keeps_its_new_entry(library: Library, world: dict[str, int]) -> None:
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, world["book"])
        again = services.add_item(s, ItemKind.BOOK, "Sapiens").created
        s.execute(
            sql(
                "INSERT INTO import_sources (kind, key, item_id, fingerprint, record) "
                "VALUES ('goodreads', '123', :book, 'f', '{}')"
            ),
            {"book": again},
        )
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    assert any("import record '123'" in problem for problem in restored.problems)


def test_purge_deletes_only_what_is_older_than_thirty_days(
    library: Library, world: dict[str, int]
) -> None:
    with library.sessions.begin() as s:
        trash.trash_item(s, world["book"], now=T0)
        kept = trash.trash_note(s, world["other"], now=T0 + dt.timedelta(days=20)).trash_id
    with library.sessions.begin() as s:
        assert trash.purge(s, now=T0 + dt.timedelta(days=29)) == 0
        assert trash.purge(s, now=T0 + dt.timedelta(days=31)) == 1
    with library.sessions() as s:
        assert [v.id for v in trash.list_trash(s)] == [kept]


def test_purge_is_bounded_per_call(library: Library) -> None:
    with library.sessions.begin() as s:
        ids = [services.add_item(s, ItemKind.ARTICLE, f"a{i}").created for i in range(5)]
        for item_id in ids:
            assert item_id is not None
            trash.trash_item(s, item_id, now=T0)
    later = T0 + dt.timedelta(days=60)
    with library.sessions.begin() as s:
        assert trash.purge(s, now=later, limit=3) == 3
        assert trash.purge(s, now=later, limit=3) == 2


def test_library_open_purges_old_trash(library: Library, world: dict[str, int]) -> None:
    with library.sessions.begin() as s:
        trash.trash_item(s, world["book"], now=dt.datetime.now(dt.UTC) - dt.timedelta(days=31))
        trash.trash_note(s, world["other"])
    again = Library.open(library.paths)
    try:
        with again.sessions() as s:
            assert [v.kind for v in trash.list_trash(s)] == [TrashKind.NOTE]
    finally:
        again.close()


def test_empty_deletes_for_good(library: Library, world: dict[str, int]) -> None:
    with library.sessions.begin() as s:
        trash.trash_item(s, world["book"], now=T0)
        trash.trash_note(s, world["other"], now=T0 + dt.timedelta(days=10))
    with library.sessions.begin() as s:
        assert trash.empty(s, older_than=dt.timedelta(days=5), now=T0 + dt.timedelta(days=12)) == 1
        assert trash.empty(s) == 1
        assert trash.count(s) == 0
    with library.sessions.begin() as s, pytest.raises(NotFound, match="nothing in the trash"):
        trash.restore(s, 1)


def test_status_and_sessions_come_back(library: Library) -> None:
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "三体", status=Status.WANT).created
        assert book is not None
        activity.log_event(s, book, EventKind.STARTED, dt.date(2023, 10, 1))
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, book)
    assert trashed.changes.items == {book}
    with library.sessions.begin() as s:
        trash.restore(s, trashed.trash_id)
    with library.sessions() as s:
        view = repository.item_view(s, book)
        assert view.status is Status.IN_PROGRESS
        assert len(view.sessions) == 1


def test_a_library_at_0006_upgrades_and_its_rows_can_be_trashed_and_restored(
    tmp_path: Path,
) -> None:
    home = tmp_path / "old"
    home.mkdir()
    db = paths.in_home(home).database
    _migrate_to(db, "0006_tag_sort_key")
    with _connect(db) as conn:
        insert_row(conn, "tags", {"id": 1, "name": "经济", "sort_key": "jing ji"})
        insert_row(
            conn,
            "items",
            {
                "id": 1,
                "kind": "book",
                "title": "国富论",
                "sort_key": "guo",
                "status": "finished",
                "created_at": TS,
                "updated_at": TS,
            },
        )
        insert_row(
            conn,
            "notes",
            {
                "id": 1,
                "title": "笔记",
                "sort_key": "bi ji",
                "body": "正文 📖",
                "lang": "zh",
                "created_at": TS,
                "updated_at": TS,
            },
        )
        insert_row(conn, "note_items", {"note_id": 1, "item_id": 1, "position": 0})
        insert_row(conn, "note_tags", {"note_id": 1, "tag_id": 1})
        conn.commit()
    with Library.open(paths.in_home(home)) as lib:
        before = dump(lib)
        assert before["note_versions"] == []
        with lib.sessions() as s:
            assert trash.count(s) == 0
        with lib.sessions.begin() as s:
            trashed = trash.trash_item(s, 1).trash_id
            moved = trash.trash_note(s, 1).trash_id
        with lib.sessions.begin() as s:
            trash.restore(s, moved)
            trash.restore(s, trashed)
        assert dump(lib) == before
    _migrate_to(db, "0006_tag_sort_key", down=True)
    with _connect(db) as conn:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert not tables & {"trash", "note_versions"}


def test_undoing_an_import_that_changed_a_trashed_note_asks_to_restore_it_first(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "before", tags=["t"]).created
        assert note_id is not None
    with library.sessions.begin() as s:
        batch = batches.Batch(s, ImportKind.MARKDOWN, "vault")
        batch.touch(Target.NOTE, note_id)
        notes.edit_note(s, note_id, body="imported")
        batch.finish()
    with library.sessions.begin() as s:
        trashed = trash.trash_note(s, note_id).trash_id
    refusal = (
        f"import {batch.id} cannot be undone: note {note_id}, which it changed, is in the "
        f"trash (restore it first: readinglog trash restore {trashed})"
    )
    with library.sessions.begin() as s, pytest.raises(UserError) as refused:
        batches.undo(s, batch.id)
    assert str(refused.value) == refusal
    with library.sessions.begin() as s:
        trash.restore(s, trashed)
    with library.sessions.begin() as s:
        batches.undo(s, batch.id)
    with library.sessions() as s:
        assert repository.note_view(s, note_id).body == "before"
