"""Entries made through the core services, for the statistics tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from readinglog.core import activity, services
from readinglog.core.models import Note
from readinglog.core.types import EventKind, ItemKind, Person, ProgressUnit, Role, Status

D = dt.date


def add(
    s: Session,
    kind: ItemKind,
    title: str,
    *,
    people: Sequence[Person] = (),
    tags: Sequence[str] = (),
    status: Status = Status.WANT,
    parent_id: int | None = None,
    **field_values: object,
) -> int:
    changes = services.add_item(
        s,
        kind,
        title,
        field_values=field_values,
        people=people,
        tags=tags,
        status=status,
        parent_id=parent_id,
    )
    assert changes.created is not None
    return changes.created


def book(
    s: Session,
    title: str,
    *,
    author: str = "Someone",
    tags: Sequence[str] = (),
    **field_values: object,
) -> int:
    changes = services.add_item(
        s,
        ItemKind.BOOK,
        title,
        field_values=field_values,
        people=[Person(Role.AUTHOR, author)],
        tags=tags,
    )
    assert changes.created is not None
    return changes.created


def log(
    s: Session,
    item_id: int,
    kind: EventKind,
    on: dt.date,
    value: float | None = None,
    unit: ProgressUnit | None = None,
) -> None:
    activity.log_event(s, item_id, kind, on, value=value, unit=unit)


def read(s: Session, item_id: int, started: dt.date | None, finished: dt.date | None) -> None:
    """A past read-through as an import records it."""
    activity.add_session(s, item_id, started, finished, Status.FINISHED)


def note_at(s: Session, body: str, at: dt.datetime, item_ids: Sequence[int] = ()) -> int:
    from readinglog.core import notes

    changes = notes.add_note(s, body, item_ids=list(item_ids))
    assert changes.created is not None
    row = s.get(Note, changes.created)
    assert row is not None
    row.created_at = row.updated_at = at
    s.flush()
    return changes.created
