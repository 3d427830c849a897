"""Index upkeep: the queue, rebuilds after damage, a busy writer."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

from sqlalchemy import func, select, update

from readinglog.core import notes, trash
from readinglog.core.errors import Said
from readinglog.core.library import Library
from readinglog.core.models import IndexQueue
from readinglog.search import sync
from readinglog.search.index import SCHEMA_FILE, IndexStatus, SearchIndex
from readinglog.search.searcher import search
from tests.search.conftest import add_notes


def queued(library: Library) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count()).select_from(IndexQueue)) or 0


def test_missing_index_is_reported_then_built(library: Library) -> None:
    add_notes(library)
    index = sync.open_index(library)
    assert index.status() is IndexStatus.MISSING
    assert search(library, "茶道", index=index).needs_rebuild
    steps = list(sync.ensure(library, index))
    assert steps[-1].done == steps[-1].total == 8
    assert index.status() is IndexStatus.OK
    assert queued(library) == 0
    assert [h.title for h in search(library, "茶道", index=index).hits] == ["和服"]
    assert sync.check(library, index).ok


def test_queue_is_drained_after_writes(indexed: Library, index: SearchIndex) -> None:
    with indexed.sessions.begin() as s:
        new = notes.add_note(s, "新笔记：提示词工程", title="new").created
        notes.edit_note(s, 2, title="茶道", body="现在讲的是茶道")
        trash.trash_note(s, 4)
    assert new is not None and queued(indexed) == 3
    assert sync.drain(indexed, index) == 3
    assert queued(indexed) == 0
    assert {h.id for h in search(indexed, "提示词", index=index).hits} == {new}
    assert search(indexed, "穿着", index=index).total == 0
    assert search(indexed, "乔布斯", index=index).total == 0
    assert sync.check(indexed, index).ok


def test_a_document_queued_again_meanwhile_stays_queued(
    indexed: Library, index: SearchIndex
) -> None:
    with indexed.sessions.begin() as s:
        notes.edit_note(s, 1, body="第一版")
    rows, docs, gone = sync._next_batch(indexed, 0, 10)
    index.apply(docs, gone)
    with indexed.sessions.begin() as s:  # the note was saved again while we indexed
        s.execute(update(IndexQueue).values(queued_at=dt.datetime.now(dt.UTC)))
    sync._forget(indexed, rows)
    assert queued(indexed) == 1


def test_busy_writer_leaves_the_queue_alone(indexed: Library, index: SearchIndex) -> None:
    with indexed.sessions.begin() as s:
        notes.add_note(s, "排队中", title="queued")
    with index.write_lock(1.0):
        assert sync.drain(indexed, index, timeout=0.1) == 0
    assert queued(indexed) == 1
    assert sync.drain(indexed, index) == 1


def test_lock_held_by_another_process_does_not_surface(
    indexed: Library, index: SearchIndex
) -> None:
    with indexed.sessions.begin() as s:
        notes.add_note(s, "排队中", title="queued")
    holder = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from readinglog.search.index import SearchIndex
        with SearchIndex(Path({str(index.root)!r})).write_lock(5):
            print("locked", flush=True)
            sys.stdin.readline()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        assert sync.drain(indexed, index, timeout=0.2) == 0
        assert search(indexed, "茶道", index=index).total == 1  # reading is never blocked
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)
    assert sync.drain(indexed, index) == 1


def test_old_schema_is_rebuilt(indexed: Library, index: SearchIndex) -> None:
    gen = index.root / index.current_generation()
    (gen / SCHEMA_FILE).write_text("0")
    index.close()
    assert index.status() is IndexStatus.STALE
    assert search(indexed, "茶道", index=index).needs_rebuild
    list(sync.ensure(indexed, index))
    assert index.status() is IndexStatus.OK
    assert search(indexed, "茶道", index=index).total == 1


def test_corrupt_files_are_rebuilt(indexed: Library, index: SearchIndex) -> None:
    gen = index.root / index.current_generation()
    index.close()
    for path in gen.iterdir():
        if path.name != SCHEMA_FILE:
            path.write_bytes(b"\x00garbage" * 8)
    assert index.status() is IndexStatus.CORRUPT
    assert search(indexed, "茶道", index=index).needs_rebuild
    list(sync.ensure(indexed, index))
    assert search(indexed, "茶道", index=index).total == 1


def test_lost_segment_is_found_by_the_check(indexed: Library, index: SearchIndex) -> None:
    gen = index.root / index.current_generation()
    index.close()
    for path in gen.glob("*.seg"):
        path.unlink()
    assert not sync.check(indexed, index).ok
    list(sync.ensure(indexed, index))
    assert sync.check(indexed, index).ok


def test_documents_missing_from_the_index_are_found(indexed: Library, index: SearchIndex) -> None:
    with indexed.sessions.begin() as s:  # a write whose queue row was lost
        notes.add_note(s, "unindexed", title="lost")
        s.execute(IndexQueue.__table__.delete())
    result = sync.check(indexed, index)
    assert not result.ok and result.missing == ("note:8",)
    list(sync.ensure(indexed, index, deep=True))
    assert sync.check(indexed, index).ok


def test_rebuild_keeps_rows_queued_after_it_started(indexed: Library, index: SearchIndex) -> None:
    steps = sync.rebuild(indexed, index)
    next(steps)
    next(steps)  # the snapshot is taken
    with indexed.sessions.begin() as s:
        notes.add_note(s, "写于重建期间", title="during")
    list(steps)
    assert queued(indexed) == 1
    assert sync.drain(indexed, index) == 1
    assert search(indexed, "重建", index=index).total == 1


def test_a_rebuild_says_what_it_does_in_sentences_the_window_translates(
    indexed: Library,
) -> None:
    """The restore dialog shows a rebuild's progress: each line a Said, its Message in the
    search_index catalogs (tests/test_user_messages.py checks they are translated)."""
    lines = [step.message for step in sync.rebuild(indexed)]
    assert lines and all(isinstance(line, Said) for line in lines)
    assert {str(line.said) for line in lines} >= {"Rebuilding the search index"}
