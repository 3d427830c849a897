"""The JSON shapes the CLI prints (stable keys, documented in the README) and their text forms."""

from __future__ import annotations

from typing import Any

from readinglog.core import fields, progress_text, text
from readinglog.core.types import EventView, ItemRow, ItemView, NoteRow, NoteView


def item_row(row: ItemRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind.value,
        "title": row.title,
        "people": row.people,
        "status": row.status.value,
        "rating": row.rating,
        "tags": list(row.tags),
        "started": row.started_on,
        "finished": row.finished_on,
        "updated": row.updated_at,
    }


def item(view: ItemView, progress: progress_text.ProgressFacts) -> dict[str, Any]:
    """An entry as JSON, with where it stands."""
    return {
        "id": view.id,
        "kind": view.kind.value,
        "title": view.title,
        "status": view.status.value,
        **{name: fields.to_json(value) for name, value in view.fields.items()},
        "people": [{"role": p.role.value, "name": p.name} for p in view.people],
        "tags": list(view.tags),
        "parent": None
        if view.parent_id is None
        else {"id": view.parent_id, "title": view.parent_title},
        "children": list(view.child_ids),
        "notes": list(view.note_ids),
        "sessions": [
            {
                "started": s.started_on,
                "finished": s.finished_on,
                "outcome": s.outcome.value if s.outcome else None,
            }
            for s in view.sessions
        ],
        "progress": progress_json(progress),
        "created": view.created_at,
        "updated": view.updated_at,
    }


def progress_json(facts: progress_text.ProgressFacts) -> dict[str, Any]:
    """Where an entry stands: the text a person reads, the share done (0..1, or null when there
    is nothing to measure against), the last amount logged and its unit, and the parts done."""
    fraction = progress_text.progress_fraction(facts)
    return {
        "text": progress_text.progress_text(facts),
        "fraction": None if fraction is None else round(fraction, 4),
        "value": facts.value,
        "unit": facts.unit.value if facts.unit else None,
        "parts_done": facts.parts_done,
        "parts_total": facts.parts_total,
    }


# Fields that hold a length of time, with the seconds in one stored unit: shown as clocks.
_CLOCK_FIELDS = {"duration": 1, "time_spent": 60}


def _field_text(name: str, value: object) -> str:
    if name in _CLOCK_FIELDS and isinstance(value, int | float):
        return progress_text.clock(value * _CLOCK_FIELDS[name])
    return f"{value:g}" if isinstance(value, float) else str(fields.to_json(value))


def event(view: EventView) -> dict[str, Any]:
    return {
        "id": view.id,
        "item_id": view.item_id,
        "event": view.kind.value,
        "date": view.on,
        "value": view.value,
        "unit": view.unit.value if view.unit else None,
        "note_id": view.note_id,
    }


def note_row(row: NoteRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "lang": row.lang.value,
        "tags": list(row.tags),
        "items": list(row.item_titles),
        "words": row.words,
        "updated": row.updated_at,
    }


def note(view: NoteView) -> dict[str, Any]:
    return {
        "id": view.id,
        "title": view.title,
        "lang": view.lang.value,
        "location": view.location,
        "tags": list(view.tags),
        "item_ids": list(view.item_ids),
        "items": list(view.item_titles),
        "words": text.plain_words(view.body),
        "characters": text.char_count(view.body),
        "created": view.created_at,
        "updated": view.updated_at,
        "body": view.body,
    }


def item_text(view: ItemView, progress: progress_text.ProgressFacts) -> str:
    lines = [f"#{view.id}  {view.title}", f"  {view.kind.label} · {view.status.value}"]
    for person in view.people:
        lines.append(f"  {person.role.value}: {person.name}")
    for name, value in view.fields.items():
        lines.append(f"  {name.replace('_', ' ')}: {_field_text(name, value)}")
    if view.parent_id is not None:
        lines.append(f"  part of: #{view.parent_id} {view.parent_title}")
    where = progress_text.progress_text(progress)
    if where:
        lines.append(f"  progress: {where}")
    if view.tags:
        lines.append(f"  tags: {', '.join(view.tags)}")
    if view.sessions:  # worded as the window words them
        lines.append("  sessions:")
        lines.extend(f"    {line}" for line in progress_text.session_lines(view.sessions))
    if view.child_ids:
        lines.append(f"  contains: {', '.join(f'#{i}' for i in view.child_ids)}")
    if view.note_ids:
        lines.append(f"  notes: {', '.join(f'#{i}' for i in view.note_ids)}")
    return "\n".join(lines)


def note_text(view: NoteView) -> str:
    head = [f"#{view.id}  {view.title}"]
    meta = [view.lang.value, f"{text.plain_words(view.body)} words"]
    if view.tags:
        meta.append("tags: " + ", ".join(view.tags))
    head.append("  " + " · ".join(meta))
    if view.item_ids:
        about = ", ".join(f"#{i} {t}" for i, t in zip(view.item_ids, view.item_titles, strict=True))
        head.append(f"  about: {about}")
    if view.location:
        head.append(f"  at: {view.location}")
    return "\n".join(head) + "\n\n" + view.body
