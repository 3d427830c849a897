"""Note history: the earlier texts of a note, one per editing burst, bounded.

The window saves a note every second or two while the user types, so a version per save
would be noise. ``edit_note`` calls ``before_edit`` with the text it is about to replace, and
that text is kept as a version only when

- the note was last saved more than ``BURST_GAP`` ago (the previous burst ended: its final
  text is kept), or
- the newest version (or the note's creation) is more than ``CHECKPOINT`` old (a long burst
  still leaves a version every half hour).

A version's ``saved_at`` is when its text was replaced: it was the note's text up to then
(and the next checkpoint counts from it). A text equal to the newest version is not kept
twice. Each note keeps at most
``MAX_VERSIONS`` versions, and versions older than ``MAX_AGE`` go, except the newest
``KEEP_NEWEST``. Versions are deleted with their note (ON DELETE CASCADE); the trash keeps
them in its payload, so a restored note has its history back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from readinglog.core import text
from readinglog.core.errors import NotFound
from readinglog.core.models import Note, NoteVersion, utcnow
from readinglog.core.services import load_note, queue_for_index
from readinglog.core.types import Changes, Target

BURST_GAP = dt.timedelta(minutes=5)
CHECKPOINT = dt.timedelta(minutes=30)
MAX_VERSIONS = 50
MAX_AGE = dt.timedelta(days=180)
KEEP_NEWEST = 5


@dataclass(frozen=True)
class VersionView:
    id: int
    note_id: int
    title: str
    body: str
    saved_at: dt.datetime

    @property
    def words(self) -> int:
        return text.word_count(self.body)

    def to_json(self, *, with_body: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "note_id": self.note_id,
            "title": self.title,
            "saved_at": self.saved_at.isoformat(timespec="seconds"),
            "words": self.words,
        }
        if with_body:
            out["body"] = self.body
        return out


def _newest(s: Session, note_id: int) -> NoteVersion | None:
    return s.scalar(
        select(NoteVersion)
        .where(NoteVersion.note_id == note_id)
        .order_by(NoteVersion.saved_at.desc(), NoteVersion.id.desc())
        .limit(1)
    )


def record(s: Session, note_id: int, title: str, body: str, saved_at: dt.datetime) -> bool:
    """Keep ``title``/``body`` as a version of the note unless the newest one holds the same
    text; prune to the bounds. Returns whether a version was added."""
    newest = _newest(s, note_id)
    if newest is not None and (newest.title, newest.body) == (title, body):
        return False
    s.add(NoteVersion(note_id=note_id, title=title, body=body, saved_at=saved_at))
    s.flush()
    prune(s, note_id, now=saved_at)
    return True


def before_edit(s: Session, note: Note, title: str, body: str, now: dt.datetime) -> bool:
    """Called by ``edit_note`` before the text of ``note`` changes from ``title``/``body``
    (the note's ``updated_at`` still the time of the last save): keep the old text as a
    version when an editing burst ended, or a long one passed a checkpoint."""
    last_save = note.updated_at
    if now - last_save < BURST_GAP:  # in a burst (most autosaves): one indexed read
        with s.no_autoflush:  # the note's new text is written once, at commit
            newest = s.scalar(
                select(func.max(NoteVersion.saved_at)).where(NoteVersion.note_id == note.id)
            )
        if now - (note.created_at if newest is None else newest) < CHECKPOINT:
            return False
    with s.no_autoflush:
        return record(s, note.id, title, body, now)


def prune(s: Session, note_id: int, *, now: dt.datetime | None = None) -> None:
    """Keep at most MAX_VERSIONS versions, and none older than MAX_AGE but the newest few."""
    ids = list(
        s.execute(
            select(NoteVersion.id, NoteVersion.saved_at)
            .where(NoteVersion.note_id == note_id)
            .order_by(NoteVersion.saved_at.desc(), NoteVersion.id.desc())
        )
    )
    cutoff = (now or utcnow()) - MAX_AGE
    drop = [
        version_id
        for position, (version_id, saved_at) in enumerate(ids)
        if position >= MAX_VERSIONS or (position >= KEEP_NEWEST and saved_at < cutoff)
    ]
    if drop:
        s.execute(
            delete(NoteVersion)
            .where(NoteVersion.id.in_(drop))
            .execution_options(synchronize_session=False)
        )


def note_history(s: Session, note_id: int) -> list[VersionView]:
    """The earlier versions of a note, newest first."""
    load_note(s, note_id)  # raises NotFound with the id
    versions = s.scalars(
        select(NoteVersion)
        .where(NoteVersion.note_id == note_id)
        .order_by(NoteVersion.saved_at.desc(), NoteVersion.id.desc())
    )
    return [VersionView(v.id, v.note_id, v.title, v.body, v.saved_at) for v in versions]


def get_version(s: Session, note_id: int, version_id: int) -> VersionView:
    version = s.get(NoteVersion, version_id)
    if version is None or version.note_id != note_id:
        raise NotFound("note {note} has no version {version}", note=note_id, version=version_id)
    return VersionView(version.id, version.note_id, version.title, version.body, version.saved_at)


def restore_version(
    s: Session, note_id: int, version_id: int, *, now: dt.datetime | None = None
) -> Changes:
    """Give the note the text of one of its versions; the current text is kept as a version
    first, so a restore can itself be undone from the history."""
    note = load_note(s, note_id)
    version = get_version(s, note_id, version_id)
    when = now or utcnow()
    if (note.title, note.body) == (version.title, version.body):
        return Changes()
    record(s, note.id, note.title, note.body, when)
    note.title = version.title
    note.sort_key = text.sort_key(version.title)
    note.body = version.body
    note.lang = text.detect_lang(f"{note.title}\n{note.body}")
    note.updated_at = when
    queue_for_index(s, Target.NOTE, [note.id])
    return Changes(notes=frozenset({note.id}))
