"""Front matter keys a note came with (its Markdown import), written back on export.

A vault's own keys (``aliases``, ``permalink``, ``description``, ``cssclass``, custom ones) are
kept in the import record (``import_sources.record``, key ``front_matter``). The keys the
importer turned into the note's title, dates and tags are not written back from there: the
note's current values are (the same list as importers/markdown.py, which export may not import;
a test holds the two together). A key the generator's profile sets wins, except the summary it
derives from the text (``summary``, ``excerpt``, ``description``), which yields to the author's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core.models import ImportKind, ImportSource
from readinglog.export.frontmatter import FrontMatter, Value

# importers/markdown.py: "title", DATE_KEYS, UPDATED_KEYS and the tag keys it reads.
CONSUMED = frozenset(
    {"title", "date", "created", "publishDate", "published"}
    | {"lastmod", "updated", "modified", "last_modified_at"}
    | {"tags", "categories", "category", "tag"}
)
DERIVED = frozenset({"summary", "excerpt", "description"})


def note_front_matter(s: Session, note_ids: Iterable[int]) -> dict[int, dict[str, Value]]:
    """The front matter keys each note was imported with, minus the consumed ones."""
    ids = sorted(set(note_ids))
    found: dict[int, dict[str, Value]] = {}
    for start in range(0, len(ids), 500):
        rows = s.execute(
            select(ImportSource.note_id, ImportSource.record)
            .where(ImportSource.kind == ImportKind.MARKDOWN)
            .where(ImportSource.note_id.in_(ids[start : start + 500]))
            .order_by(ImportSource.key)
        )
        for note_id, record in rows:
            kept = _kept(record)
            if note_id is not None and kept:
                found[note_id] = kept
    return found


def _kept(record: str) -> dict[str, Value]:
    try:
        meta = json.loads(record).get("front_matter")
    except (ValueError, AttributeError):
        return {}
    if not isinstance(meta, dict):
        return {}
    out: dict[str, Value] = {}
    for key, value in meta.items():
        plain = _value(value)
        if key not in CONSUMED and plain is not None:
            out[str(key)] = plain
    return out


def _value(value: Any, depth: int = 0) -> Value:
    """``value`` if front matter can hold it (scalars, lists of scalars, nested mappings)."""
    if isinstance(value, (str, bool, int, float, dt.date)):
        return value
    if isinstance(value, list):
        items = [v for v in value if isinstance(v, (str, bool, int, float, dt.date))]
        return items if len(items) == len(value) else None
    if isinstance(value, dict) and depth < 4:
        nested = {str(k): _value(v, depth + 1) for k, v in value.items()}
        return {k: v for k, v in nested.items() if v is not None} or None
    return None


def merge(ours: FrontMatter, theirs: Mapping[str, Value]) -> dict[str, Value]:
    """Our keys in our order, then the note's own; a clash keeps ours (mappings merge, lists
    join), except a derived summary, which yields to the note's."""
    merged: dict[str, Value] = dict(ours)
    for key, value in theirs.items():
        mine = merged.get(key)
        if mine is None or mine == [] or (key in DERIVED and key in merged):
            merged[key] = value
        elif isinstance(mine, Mapping) and isinstance(value, Mapping):
            merged[key] = merge(mine, value)
        elif isinstance(mine, list) and not isinstance(value, Mapping):
            theirs_list = value if isinstance(value, list) else [value]
            merged[key] = list(dict.fromkeys([*theirs_list, *mine]))
    return merged
