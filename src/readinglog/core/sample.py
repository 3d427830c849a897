"""The sample library a new user can load to try things out (resources/sample/library.toml)."""

from __future__ import annotations

import tomllib
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from readinglog.core import activity, fields, highlights, notes, services, values
from readinglog.core.errors import UserError
from readinglog.core.models import Item
from readinglog.core.types import (
    Changes,
    EventKind,
    ItemKind,
    Person,
    Place,
    ProgressUnit,
    Role,
    Status,
)
from readinglog.paths import package_data

_NOT_FIELDS = {"key", "kind", "title", "tags", "status", "log", "parent", *(r.value for r in Role)}


def load(s: Session, *, force: bool = False) -> Changes:
    """Add the sample entries, highlights and notes; refuses a library that already has entries."""
    count = s.scalar(select(func.count()).select_from(Item)) or 0
    if count and not force:
        raise UserError(
            "the library already has {count} entries; the sample is meant for an empty "
            "library (add --force to load it anyway)",
            count=count,
        )
    data = tomllib.loads((package_data("resources") / "sample" / "library.toml").read_text("utf-8"))
    keys: dict[str, int] = {}
    changes = Changes()
    for entry in data["item"]:
        changes |= _add_item(s, entry, keys)
    for note in data["note"]:
        changes |= notes.add_note(
            s,
            note["body"].lstrip("\n"),
            title=note["title"],
            tags=note.get("tags", []),
            item_ids=[keys[k] for k in note.get("items", [])],
            location=note.get("location"),
        )
    for marked in data.get("highlight", []):
        changes |= highlights.add_highlight(
            s,
            keys[marked["item"]],
            marked["text"],
            comment=marked.get("comment"),
            place=Place(chapter=marked.get("chapter"), page=marked.get("page")),
        )
    return Changes(
        items=frozenset(keys.values()),
        notes=changes.notes,
        tags=True,
        highlights=changes.highlights,
    )


def _add_item(s: Session, entry: dict[str, Any], keys: dict[str, int]) -> Changes:
    kind = ItemKind(entry["kind"])
    raw = {k: str(v) for k, v in entry.items() if k not in _NOT_FIELDS}
    people = [Person(role, name) for role in Role for name in entry.get(role.value, [])]
    changes = services.add_item(
        s,
        kind,
        entry["title"],
        field_values=fields.parse(kind, raw),
        people=people,
        tags=entry.get("tags", []),
        status=Status(entry.get("status", "want")),
        parent_id=keys[entry["parent"]] if "parent" in entry else None,
    )
    assert changes.created is not None
    keys[entry["key"]] = changes.created
    for event in entry.get("log", []):
        kind_name, day, *amount = event
        value, unit = (float(amount[0]), ProgressUnit(amount[1])) if amount else (None, None)
        activity.log_event(
            s,
            changes.created,
            EventKind(kind_name),
            values.parse_date(day),
            value=value,
            unit=unit,
        )
    return changes
