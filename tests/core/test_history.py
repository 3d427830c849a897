"""Note history: a version per editing burst, bounded, restorable."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy import text as sql

from readinglog.core import batches, history, notes
from readinglog.core.errors import NotFound
from readinglog.core.library import Library
from readinglog.core.models import ImportChange, ImportKind, IndexQueue, Note
from readinglog.core.types import Changes, Target

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def new_note(lib: Library, body: str = "v0", at: dt.datetime = T0) -> int:
    with lib.sessions.begin() as s:
        note_id = notes.add_note(s, body, title="Notes").created
        assert note_id is not None
        note = s.get(Note, note_id)
        assert note is not None
        note.created_at = note.updated_at = at
    return note_id


def save(lib: Library, note_id: int, body: str, at: dt.datetime) -> None:
    with lib.sessions.begin() as s:
        notes.edit_note(s, note_id, body=body, now=at)


def bodies(lib: Library, note_id: int) -> list[str]:
    with lib.sessions() as s:
        return [v.body for v in history.note_history(s, note_id)]


def test_autosave_while_typing_keeps_no_version_per_save(library: Library) -> None:
    note_id = new_note(library)
    # 12 minutes of typing, saved every 3 seconds: one burst, no version yet
    text = "v0"
    for second in range(3, 12 * 60, 3):
        text += "x"
        save(library, note_id, text, T0 + dt.timedelta(seconds=second))
    assert bodies(library, note_id) == []


def test_a_long_burst_leaves_a_checkpoint_every_half_hour(library: Library) -> None:
    note_id = new_note(library)
    for minute in range(1, 95):  # a save a minute for an hour and a half
        save(library, note_id, f"v{minute}", T0 + dt.timedelta(minutes=minute))
    # at minutes 30, 60 and 90 the text of the save before becomes a version
    assert bodies(library, note_id) == ["v89", "v59", "v29"]


def test_a_pause_ends_a_burst_and_keeps_its_final_text(library: Library) -> None:
    note_id = new_note(library)
    save(library, note_id, "draft 1", T0 + dt.timedelta(seconds=10))
    save(library, note_id, "draft 1 done", T0 + dt.timedelta(seconds=20))
    # the next day: the text of the end of yesterday's burst becomes a version
    day2 = T0 + dt.timedelta(days=1)
    save(library, note_id, "draft 2", day2)
    save(library, note_id, "draft 2 done", day2 + dt.timedelta(seconds=5))
    assert bodies(library, note_id) == ["draft 1 done"]
    with library.sessions() as s:
        [version] = history.note_history(s, note_id)
        assert version.saved_at == day2  # that text was the note's until then
    save(library, note_id, "draft 3", day2 + dt.timedelta(hours=1))
    assert bodies(library, note_id) == ["draft 2 done", "draft 1 done"]


def test_identical_text_is_not_kept_twice(library: Library) -> None:
    note_id = new_note(library, "same")
    save(library, note_id, "other", T0 + dt.timedelta(hours=1))
    save(library, note_id, "same", T0 + dt.timedelta(hours=2))
    save(library, note_id, "other", T0 + dt.timedelta(hours=3))
    save(library, note_id, "same", T0 + dt.timedelta(hours=4))
    # "same", "other", "same" — the same text again in a row is stored once
    assert bodies(library, note_id) == ["other", "same", "other", "same"]
    with library.sessions.begin() as s:
        assert not history.record(s, note_id, "Notes", "other", T0 + dt.timedelta(hours=5))
        assert history.record(s, note_id, "Notes 2", "other", T0 + dt.timedelta(hours=5))


def test_saving_only_tags_records_no_version(library: Library) -> None:
    note_id = new_note(library)
    with library.sessions.begin() as s:
        notes.edit_note(s, note_id, tags=["x"], now=T0 + dt.timedelta(days=3))
    assert bodies(library, note_id) == []


def test_versions_are_bounded_by_count_and_age(library: Library) -> None:
    note_id = new_note(library)
    at = T0
    for day in range(1, history.MAX_VERSIONS + 11):
        at = T0 + dt.timedelta(days=day)
        save(library, note_id, f"day {day}", at)
    kept = bodies(library, note_id)
    assert len(kept) == history.MAX_VERSIONS
    assert kept[0] == f"day {history.MAX_VERSIONS + 9}"
    # a year later, one more save: versions older than 180 days go, the newest few stay
    save(library, note_id, "a year later", at + dt.timedelta(days=365))
    kept = bodies(library, note_id)
    assert len(kept) == history.KEEP_NEWEST
    assert kept[0] == f"day {history.MAX_VERSIONS + 10}"


def test_restore_version_keeps_the_current_text_first(library: Library) -> None:
    note_id = new_note(library, "first")
    save(library, note_id, "second", T0 + dt.timedelta(hours=1))
    with library.sessions() as s:
        [version] = history.note_history(s, note_id)
    with library.sessions.begin() as s:
        s.execute(sql("DELETE FROM index_queue"))
    with library.sessions.begin() as s:
        changes = history.restore_version(s, note_id, version.id, now=T0 + dt.timedelta(hours=2))
    assert changes.notes == {note_id}
    with library.sessions() as s:
        note = s.get(Note, note_id)
        assert note is not None and note.body == "first"
        assert {(q.doc_type, q.doc_id) for q in s.scalars(select(IndexQueue))} == {
            (Target.NOTE, note_id)
        }
    assert bodies(library, note_id) == ["second", "first"]
    # restoring it again changes nothing
    with library.sessions.begin() as s:
        assert history.restore_version(s, note_id, version.id) == Changes()


def test_a_version_of_another_note_is_not_found(library: Library) -> None:
    first = new_note(library, "a")
    save(library, first, "b", T0 + dt.timedelta(hours=1))
    second = new_note(library, "c")
    with library.sessions() as s:
        [version] = history.note_history(s, first)
    with library.sessions.begin() as s, pytest.raises(NotFound, match=f"no version {version.id}"):
        history.restore_version(s, second, version.id)
    with library.sessions() as s, pytest.raises(NotFound):
        history.note_history(s, 999)


@pytest.mark.parametrize("older_record", [False, True])
def test_import_undo_puts_versions_back_as_they_were(library: Library, older_record: bool) -> None:
    note_id = new_note(library, "v0")
    save(library, note_id, "v1", T0 + dt.timedelta(hours=1))
    with library.sessions.begin() as s:
        batch = batches.Batch(s, ImportKind.MARKDOWN, "vault")
        batch.touch(Target.NOTE, note_id)
        notes.edit_note(s, note_id, body="imported", now=T0 + dt.timedelta(hours=2))
        batch.finish()
        if older_record:  # an undo record saved before note_versions existed
            change = s.scalar(select(ImportChange).where(ImportChange.batch_id == batch.id))
            assert change is not None and change.snapshot is not None
            saved = json.loads(change.snapshot)
            del saved["note_versions"]
            change.snapshot = json.dumps(saved, ensure_ascii=False)
    assert bodies(library, note_id) == ["v1", "v0"]  # the import kept the replaced text
    with library.sessions.begin() as s:
        batches.undo(s, batch.id)
    with library.sessions() as s:
        note = s.get(Note, note_id)
        assert note is not None and note.body == "v1"
    # exact undo; an older record leaves the versions as they are
    assert bodies(library, note_id) == (["v1", "v0"] if older_record else ["v0"])
