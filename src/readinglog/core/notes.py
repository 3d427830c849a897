"""Use-cases for notes: Markdown in English, Chinese or both, about zero or more entries."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import Enum

from sqlalchemy.orm import Session

from readinglog.core import history, text
from readinglog.core.errors import InvalidInput
from readinglog.core.models import Event, Note, NoteItem, utcnow
from readinglog.core.services import load_item, load_note, queue_for_index, tags_named
from readinglog.core.types import Changes, EventKind, Target

MAX_NOTE_BYTES = 5 * 1024 * 1024
MAX_TITLE_CHARS = 500
UNTITLED = "Untitled note"


class Keep(Enum):
    """Leave a field as it is (``None`` means "clear it" where a field can be empty)."""

    KEEP = 0


KEEP = Keep.KEEP


def check_body(body: str) -> str:
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > MAX_NOTE_BYTES:
        raise InvalidInput(
            "note: the text is {size:.1f} MB; a note can hold at most {limit} MB "
            "(split it into several notes)",
            size=size / 1_048_576,
            limit=MAX_NOTE_BYTES // 1_048_576,
        )
    if "\x00" in body:
        raise InvalidInput("note: the text contains a NUL character (is it a binary file?)")
    return body


def title_from_body(body: str) -> str:
    """The first heading or first non-empty line, shortened, as a title for an untitled note."""
    for line in body.splitlines():
        stripped = re.sub(r"^(#{1,6}\s+|>\s*|[-*+]\s+)", "", line.strip()).strip()
        if stripped:
            return stripped[:80]
    return UNTITLED


def clean_title(title: str | None, body: str) -> str:
    value = (title or "").strip() or title_from_body(body)
    if len(value) > MAX_TITLE_CHARS:
        raise InvalidInput(
            "title: {length} characters is more than {limit}",
            length=len(value),
            limit=MAX_TITLE_CHARS,
        )
    return value


def set_title(note: Note, title: str) -> None:
    """Give ``note`` a (checked) title and the key the title sort orders it by."""
    note.title = title
    note.sort_key = text.sort_key(title)


def _link_items(s: Session, note: Note, item_ids: Sequence[int], on: dt.date) -> set[int]:
    """Replace the note's entries, logging "note written" on entries newly linked."""
    before = {link.item_id for link in note.item_links}
    wanted = list(dict.fromkeys(item_ids))
    for item_id in wanted:
        load_item(s, item_id)  # raises NotFound with the id
    note.item_links = [NoteItem(item_id=i, position=pos) for pos, i in enumerate(wanted)]
    s.flush()
    for item_id in wanted:
        if item_id not in before:
            s.add(Event(item_id=item_id, kind=EventKind.NOTE, on=on, note_id=note.id))
    return before | set(wanted)


def add_note(
    s: Session,
    body: str,
    *,
    title: str | None = None,
    tags: Sequence[str] = (),
    item_ids: Sequence[int] = (),
    location: str | None = None,
) -> Changes:
    check_body(body)
    now = utcnow()
    note = Note(
        body=body,
        lang=text.detect_lang(f"{title or ''}\n{body}"),
        location=(location or "").strip() or None,
        created_at=now,
        updated_at=now,
    )
    set_title(note, clean_title(title, body))
    note.tags = tags_named(s, tags)
    s.add(note)
    s.flush()
    linked = _link_items(s, note, item_ids, now.astimezone().date())
    queue_for_index(s, Target.NOTE, [note.id])
    return Changes(
        notes=frozenset({note.id}), items=frozenset(linked), tags=bool(tags), created=note.id
    )


def edit_note(
    s: Session,
    note_id: int,
    *,
    title: str | Keep | None = KEEP,
    body: str | Keep = KEEP,
    tags: Sequence[str] | Keep = KEEP,
    item_ids: Sequence[int] | Keep = KEEP,
    location: str | Keep | None = KEEP,
    now: dt.datetime | None = None,
) -> Changes:
    """Change what is given. Saving the same text again changes nothing (autosave calls this).

    When the title or text changes, the text it replaces may be kept as a version first
    (core/history.py: one version per editing burst, not one per autosave).
    """
    note = load_note(s, note_id)
    when = now or utcnow()
    before = (note.title, note.body, [t.name for t in note.tags], note.location)
    linked: set[int] = set()
    if not isinstance(body, Keep):
        note.body = check_body(body)
    if not isinstance(title, Keep):
        set_title(note, clean_title(title, note.body))
    if not isinstance(location, Keep):
        note.location = (location or "").strip() or None
    if not isinstance(tags, Keep):
        note.tags = tags_named(s, tags)
    if not isinstance(item_ids, Keep):
        old = [link.item_id for link in note.item_links]
        if old != list(dict.fromkeys(item_ids)):
            linked = _link_items(s, note, item_ids, when.astimezone().date())
    after = (note.title, note.body, [t.name for t in note.tags], note.location)
    if before == after and not linked:
        return Changes()
    if before[:2] != after[:2]:
        history.before_edit(s, note, before[0], before[1], when)
    note.lang = text.detect_lang(f"{note.title}\n{note.body}")
    note.updated_at = when
    queue_for_index(s, Target.NOTE, [note.id])
    return Changes(notes=frozenset({note.id}), items=frozenset(linked), tags=before[2] != after[2])
