"""A parsed Filter as SQL WHERE clauses, for entries, notes or highlights.

Every clause is NULL-safe (true or false, never NULL), so ``-rating>=4`` keeps unrated entries
and ``-title:x`` keeps entries without an original title.

A highlight is filtered by its entry wherever the field describes an entry (kind:, status:,
tag:, author:, rating, finished:, started:, title:, isbn:, has:), and by itself where it has
the field: ``item:N`` (its entry is N), ``year:`` (when it was made: the source's date, else
when it was added), ``added:`` and ``updated:`` (its own row), ``text:`` and free words (its
text or comment), ``is:highlight``. ``lang:`` and ``is:standalone`` are for notes only. A note
or an entry is never ``is:highlight``.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, false, func, not_, or_, select, true

from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import (
    Highlight,
    Item,
    ItemPerson,
    Note,
    NoteItem,
    ReadingSession,
    Tag,
    item_tags,
    note_tags,
)
from readinglog.core.query import Condition, DateRange, Filter
from readinglog.core.types import Status

Clause = ColumnElement[bool]
Builder = Callable[[Condition], Clause]
# What a filter looks through, as its messages name it.
_TARGETS = {
    "entries": Message("entries"),
    "notes": Message("notes"),
    "highlights": Message("highlights"),
}

_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    ":": operator.eq,
    "=": operator.eq,
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


def item_where(flt: Filter) -> list[Clause]:
    """Clauses over ``Item`` for every condition and free word (all must hold)."""
    return [_build(ITEM_FIELDS, c, "entries", "notes") for c in flt.conditions] + [
        _item_text(word) for word in flt.words
    ]


def note_where(flt: Filter) -> list[Clause]:
    """Clauses over ``Note`` for every condition and free word (all must hold)."""
    return [_build(NOTE_FIELDS, c, "notes", "entries") for c in flt.conditions] + [
        _note_text(word) for word in flt.words
    ]


def highlight_where(flt: Filter) -> list[Clause]:
    """Clauses over ``Highlight`` for every condition and free word (all must hold)."""
    return [_highlight_condition(c) for c in flt.conditions] + [
        _highlight_text(word) for word in flt.words
    ]


def finished_session() -> Clause:
    """A session that ended in a finish (an open-ended legacy session counts, an abandon not)."""
    return and_(
        ReadingSession.finished_on.is_not(None),
        or_(ReadingSession.outcome.is_(None), ReadingSession.outcome == Status.FINISHED),
    )


def _build(fields: dict[str, Builder], cond: Condition, target: str, other: str) -> Clause:
    build = fields.get(cond.field)
    if build is None:
        raise InvalidInput(
            "'{field}:' filters {other} only, not {target}",
            field=cond.field,
            other=_TARGETS[other],
            target=_TARGETS[target],
        )
    clause = build(cond)
    return not_(clause) if cond.negated else clause


def _like(column: Any, text: str) -> Clause:
    """Case-insensitive (for ASCII, as SQLite's LIKE) substring match, % and _ escaped."""
    clause: Clause = column.contains(text, autoescape=True)
    return clause


def _in_days(column: Any, days: DateRange) -> Clause:
    parts: list[Clause] = [column.is_not(None)]
    if days.start is not None:
        parts.append(column >= days.start)
    if days.end is not None:
        parts.append(column <= days.end)
    return and_(*parts)


def _local_midnight(day: dt.date) -> dt.datetime:
    """The start of a day in the user's time zone, as an aware UTC datetime."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def _in_local_days(column: Any, days: DateRange) -> Clause:
    parts: list[Clause] = [column.is_not(None)]
    if days.start is not None:
        parts.append(column >= _local_midnight(days.start))
    if days.end is not None:
        parts.append(column < _local_midnight(days.end + dt.timedelta(days=1)))
    return and_(*parts)


def _range(cond: Condition) -> DateRange:
    assert isinstance(cond.value, DateRange)
    return cond.value


def _str(cond: Condition) -> str:
    return str(cond.value)


# -- entries ---------------------------------------------------------------------------------


def _item_text(word: str) -> Clause:
    return or_(_title_like(word), _person_like(word))


def _title_like(word: str) -> Clause:
    return or_(_like(Item.title, word), _like(func.coalesce(Item.original_title, ""), word))


def _person_like(word: str) -> Clause:
    return (
        select(ItemPerson.id)
        .where(ItemPerson.item_id == Item.id, _like(ItemPerson.name, word))
        .exists()
    )


def _has_tag(link: Table, owner: ColumnElement[int], owner_id: Any, cond: Condition) -> Clause:
    """An EXISTS over a tag link table (item_tags or note_tags) for the tag named in ``cond``."""
    return (
        select(owner)
        .join(Tag, Tag.id == link.c.tag_id)
        .where(owner == owner_id, Tag.name == _str(cond))
        .exists()
    )


def _item_tag(cond: Condition) -> Clause:
    return _has_tag(item_tags, item_tags.c.item_id, Item.id, cond)


def _item_rating(cond: Condition) -> Clause:
    return and_(Item.rating.is_not(None), _COMPARE[cond.op](Item.rating, cond.value))


def _item_finished(cond: Condition) -> Clause:
    return (
        select(ReadingSession.id)
        .where(
            ReadingSession.item_id == Item.id,
            finished_session(),
            _in_days(ReadingSession.finished_on, _range(cond)),
        )
        .exists()
    )


def _item_started(cond: Condition) -> Clause:
    return (
        select(ReadingSession.id)
        .where(ReadingSession.item_id == Item.id, _in_days(ReadingSession.started_on, _range(cond)))
        .exists()
    )


def _item_is(cond: Condition) -> Clause:
    if cond.value == "highlight":
        return false()  # an entry is not a highlight
    raise InvalidInput("'is:' filters notes only, not entries")


def _item_has(cond: Condition) -> Clause:
    if cond.value == "parent":
        return Item.parent_id.is_not(None)
    return select(NoteItem.note_id).where(NoteItem.item_id == Item.id).exists()


ITEM_FIELDS: dict[str, Builder] = {
    "kind": lambda c: Item.kind == c.value,
    "status": lambda c: Item.status == c.value,
    "tag": _item_tag,
    "author": lambda c: _person_like(_str(c)),
    "rating": _item_rating,
    "year": _item_finished,
    "finished": _item_finished,
    "started": _item_started,
    "added": lambda c: _in_local_days(Item.created_at, _range(c)),
    "updated": lambda c: _in_local_days(Item.updated_at, _range(c)),
    "title": lambda c: _title_like(_str(c)),
    "text": lambda c: _item_text(_str(c)),
    "isbn": lambda c: func.coalesce(Item.isbn13, "") == c.value,
    "has": _item_has,
    "is": _item_is,
}


# -- notes -----------------------------------------------------------------------------------


def _note_text(word: str) -> Clause:
    return or_(_like(Note.title, word), _like(Note.body, word))


def _note_tag(cond: Condition) -> Clause:
    return _has_tag(note_tags, note_tags.c.note_id, Note.id, cond)


def _note_item(cond: Condition) -> Clause:
    return (
        select(NoteItem.note_id)
        .where(NoteItem.note_id == Note.id, NoteItem.item_id == cond.value)
        .exists()
    )


def _note_is(cond: Condition) -> Clause:
    if cond.value == "highlight":
        return false()  # a note is not a highlight
    return not_(select(NoteItem.note_id).where(NoteItem.note_id == Note.id).exists())


NOTE_FIELDS: dict[str, Builder] = {
    "tag": _note_tag,
    "lang": lambda c: Note.lang == c.value,
    "item": _note_item,
    "is": _note_is,
    "year": lambda c: _in_local_days(Note.created_at, _range(c)),
    "added": lambda c: _in_local_days(Note.created_at, _range(c)),
    "updated": lambda c: _in_local_days(Note.updated_at, _range(c)),
    "title": lambda c: _like(Note.title, _str(c)),
    "text": lambda c: _note_text(_str(c)),
}


# -- highlights ------------------------------------------------------------------------------


def _highlight_text(word: str) -> Clause:
    return or_(_like(Highlight.text, word), _like(func.coalesce(Highlight.comment, ""), word))


def _highlight_is(cond: Condition) -> Clause:
    if cond.value == "highlight":
        return true()
    raise InvalidInput("'is:{value}' filters notes only, not highlights", value=cond.value)


def _highlight_made(cond: Condition) -> Clause:
    """When it was made: the date the source wrote (ISO 8601, compared as text), else the
    day it was added."""
    days = _range(cond)
    day = func.substr(Highlight.made_at, 1, 10)
    parts: list[Clause] = [Highlight.made_at.is_not(None)]
    if days.start is not None:
        parts.append(day >= days.start.isoformat())
    if days.end is not None:
        parts.append(day <= days.end.isoformat())
    added = and_(Highlight.made_at.is_(None), _in_local_days(Highlight.created_at, days))
    return or_(and_(*parts), added)


def _its_entry(cond: Condition) -> Clause:
    """The condition on the highlight's entry (``_build`` negates the whole)."""
    clause = ITEM_FIELDS[cond.field](cond)
    return select(Item.id).where(Item.id == Highlight.item_id, clause).exists()


HIGHLIGHT_FIELDS: dict[str, Builder] = {
    "item": lambda c: Highlight.item_id == c.value,
    "is": _highlight_is,
    "year": _highlight_made,
    "added": lambda c: _in_local_days(Highlight.created_at, _range(c)),
    "updated": lambda c: _in_local_days(Highlight.updated_at, _range(c)),
    "text": lambda c: _highlight_text(_str(c)),
}


def _highlight_condition(cond: Condition) -> Clause:
    if cond.field in HIGHLIGHT_FIELDS:
        return _build(HIGHLIGHT_FIELDS, cond, "highlights", "notes")
    if cond.field in ITEM_FIELDS:  # about the entry: kind, status, tag, author, rating, ...
        return _build({cond.field: _its_entry}, cond, "highlights", "entries")
    return _build(HIGHLIGHT_FIELDS, cond, "highlights", "notes")  # lang: says notes only
