"""What importers read, before it touches the library: plain frozen records, and their JSON.

The JSON of a record is stored with the entry it became (``import_sources.record``): nothing
that was read is lost, and its hash tells a re-import whether anything changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from readinglog.core.types import Person, Status


@dataclass(frozen=True)
class ReadThrough:
    """One read-through: FINISHED or ABANDONED with its dates, or None while open."""

    started: dt.date | None
    finished: dt.date | None
    outcome: Status | None


@dataclass(frozen=True)
class NoteRecord:
    key: str  # unique within its book record ("review", "private-notes")
    title: str
    body: str
    on: dt.date | None = None


@dataclass(frozen=True)
class BookRecord:
    key: str  # the id in the other program (Goodreads book id, ISBN/ASIN, title + author)
    title: str
    people: tuple[Person, ...]
    status: Status
    isbn: str | None = None
    fields: Mapping[str, object] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    sessions: tuple[ReadThrough, ...] = ()
    added_on: dt.date | None = None
    notes: tuple[NoteRecord, ...] = ()
    extra: Mapping[str, str] = field(default_factory=dict)  # every other column, as read


_AS_IS = frozenset({str, int, float, bool, type(None)})  # exact types: a StrEnum is not one


def _plain(value: object) -> Any:
    if type(value) in _AS_IS:  # most values: checked first, this runs for every field read
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Person):
        return [value.role.value, value.name]
    if isinstance(value, (ReadThrough, NoteRecord, BookRecord)):
        return {name: v if type(v) in _AS_IS else _plain(v) for name, v in vars(value).items()}
    if isinstance(value, Mapping):
        return {str(k): v if type(v) in _AS_IS else _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _AS_IS else _plain(v) for v in value]
    return value


def to_json(record: object) -> dict[str, Any]:
    plain = _plain(record)
    assert isinstance(plain, dict)
    return plain


def fingerprint(data: object) -> str:
    encoded = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


_SERIES_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_NON_WORD_RE = re.compile(r"[\W_]+")


def match_title(title: str) -> str:
    """A title as matching sees it: no series "(Dune, #1)", no subtitle, no punctuation, any case.

    Goodreads writes "The Eyre Affair (Thursday Next, #1)", StoryGraph "The Eyre Affair".
    """
    folded = unicodedata.normalize("NFKC", title).casefold().strip()
    folded = _SERIES_RE.sub("", folded)
    main = re.split(r"\s*[:：]\s+|\s*[:：]$", folded, maxsplit=1)[0] or folded
    return _NON_WORD_RE.sub("", main) or _NON_WORD_RE.sub("", folded) or folded


def match_person(name: str) -> str:
    """ "J. R. R. Tolkien" and "J.R.R. Tolkien" and "Becky  Chambers" the same as their twins."""
    return _NON_WORD_RE.sub("", unicodedata.normalize("NFKC", name).casefold())


def split_names(text: str) -> list[str]:
    """Names from "A, B, C", without blanks or repeats (Excel-mangled files repeat them)."""
    names: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name:
            names.setdefault(match_person(name) or name, name)
    return list(names.values())
