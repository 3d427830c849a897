"""Use-cases that change the library. Each takes a Session the caller owns and returns Changes.

    with library.sessions.begin() as s:
        changes = services.add_item(s, ItemKind.BOOK, "Sapiens", people=[...])

Every write that changes searchable text queues the document for the search index in the
same transaction (ARCHITECTURE.md rule 3).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from readinglog.core import fields, text, values
from readinglog.core.errors import InvalidInput, Message, NotFound
from readinglog.core.models import IndexQueue, Item, ItemPerson, Note, Tag, utcnow
from readinglog.core.types import (
    PARENT_KINDS,
    Changes,
    ItemKind,
    Person,
    Status,
    Target,
)

MAX_TAG_LENGTH = 100
TITLE = Message("title")  # an entry's title, as its messages name it


def load_item(s: Session, item_id: int) -> Item:
    item = s.get(Item, item_id)
    if item is None:
        raise NotFound("no entry with id {id}", id=item_id)
    return item


def load_note(s: Session, note_id: int) -> Note:
    note = s.get(Note, note_id)
    if note is None:
        raise NotFound("no note with id {id}", id=note_id)
    return note


def queue_for_index(s: Session, doc_type: Target, ids: Iterable[int]) -> None:
    """Queue documents for the search index. Queuing one already queued moves its time on, so
    a drain that read the older text (and deletes only rows it saw unchanged) leaves it queued.
    """
    rows = [{"doc_type": doc_type, "doc_id": i, "queued_at": utcnow()} for i in ids]
    if rows:
        statement = insert(IndexQueue)
        s.execute(
            statement.on_conflict_do_update(
                index_elements=["doc_type", "doc_id"],
                set_={"queued_at": statement.excluded.queued_at},
            ),
            rows,
        )


def clean_tag_names(names: Iterable[str]) -> list[str]:
    """Tag names as stored: trimmed, without ``#``, checked, one per name whatever its case."""
    wanted: dict[str, str] = {}
    for raw in names:
        name = raw.strip().lstrip("#").strip()
        if not name:
            raise InvalidInput("tag: must not be empty")
        if len(name) > MAX_TAG_LENGTH:
            raise InvalidInput(
                "tag: {name!r} is longer than {limit} characters", name=name, limit=MAX_TAG_LENGTH
            )
        wanted.setdefault(name.casefold(), name)
    return list(wanted.values())


def tags_named(s: Session, names: Iterable[str]) -> list[Tag]:
    """Find or create tags, one per distinct name (ASCII case does not make a new tag)."""
    tags: list[Tag] = []
    for name in clean_tag_names(names):
        tag = s.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
        if tag not in tags:
            tags.append(tag)
    return tags


def checked_people(kind: ItemKind, people: Sequence[Person]) -> list[Person]:
    """The people of an entry of ``kind``, roles checked, names cleaned (bulk imports too)."""
    for person in people:
        fields.check_role(kind, person.role)
    return [Person(p.role, values.clean_text(p.name, p.role.value)) for p in people]


def _set_people(item: Item, people: Sequence[Person]) -> None:
    item.people = [
        ItemPerson(role=p.role, name=p.name, position=i)
        for i, p in enumerate(checked_people(item.kind, people))
    ]


def _check_parent(s: Session, kind: ItemKind, parent_id: int, item_id: int | None) -> Item:
    parent = s.get(Item, parent_id)
    if parent is None:
        raise NotFound("no entry with id {id} to be the parent", id=parent_id)
    allowed = PARENT_KINDS.get(kind, frozenset())
    if parent.kind not in allowed:
        raise InvalidInput(
            "a {kind} cannot belong to a {parent}", kind=kind.said, parent=parent.kind.said
        )
    ancestor: Item | None = parent
    while ancestor is not None:
        if ancestor.id == item_id:
            raise InvalidInput(
                "entry {parent} is inside entry {id}; that would be a loop",
                parent=parent_id,
                id=item_id,
            )
        ancestor = ancestor.parent
    return parent


def _linked_note_ids(item: Item) -> list[int]:
    return [link.note_id for link in item.note_links]


def new_item(
    kind: ItemKind,
    title: str,
    *,
    field_values: Mapping[str, object] | None = None,
    people: Sequence[Person] = (),
    status: Status = Status.WANT,
) -> Item:
    """A checked entry, not yet in a session: what ``add_item`` stores (bulk imports too)."""
    clean_title = values.clean_text(title, TITLE)
    item = Item(kind=kind, title=clean_title, sort_key=text.sort_key(clean_title), status=status)
    for name, value in (field_values or {}).items():
        fields.assign(item, name, value)
    if people:
        _set_people(item, people)
    return item


def add_item(
    s: Session,
    kind: ItemKind,
    title: str,
    *,
    field_values: Mapping[str, object] | None = None,
    people: Sequence[Person] = (),
    tags: Sequence[str] = (),
    status: Status = Status.WANT,
    parent_id: int | None = None,
) -> Changes:
    item = new_item(kind, title, field_values=field_values, people=people, status=status)
    s.add(item)
    if parent_id is not None:
        item.parent = _check_parent(s, kind, parent_id, None)
    item.tags = tags_named(s, tags)
    s.flush()
    queue_for_index(s, Target.ITEM, [item.id])
    return Changes(items=frozenset({item.id}), tags=bool(tags), created=item.id)


def edit_item(
    s: Session,
    item_id: int,
    *,
    title: str | None = None,
    field_values: Mapping[str, object] | None = None,
    people: Sequence[Person] | None = None,
    add_tags: Sequence[str] = (),
    remove_tags: Sequence[str] = (),
    status: Status | None = None,
) -> Changes:
    """Change what is given; ``None`` in ``field_values`` clears that field."""
    item = load_item(s, item_id)
    if title is not None:
        item.title = values.clean_text(title, TITLE)
        item.sort_key = text.sort_key(item.title)
    for name, value in (field_values or {}).items():
        fields.assign(item, name, value)
    if people is not None:
        _set_people(item, people)
    if status is not None:
        item.status = status
    tags_changed = _change_tags(s, item.tags, add_tags, remove_tags)
    item.updated_at = utcnow()
    queue_for_index(s, Target.ITEM, [item.id])
    queue_for_index(s, Target.NOTE, _linked_note_ids(item))
    if title is not None:  # children are indexed with their show's or series' title
        queue_for_index(s, Target.ITEM, [child.id for child in item.children])
    return Changes(items=frozenset({item.id}), tags=tags_changed)


def set_parent(s: Session, item_id: int, parent_id: int | None) -> Changes:
    item = load_item(s, item_id)
    item.parent = None if parent_id is None else _check_parent(s, item.kind, parent_id, item.id)
    item.updated_at = utcnow()
    queue_for_index(s, Target.ITEM, [item.id])
    return Changes(items=frozenset({item.id}))


def _change_tags(s: Session, current: list[Tag], add: Sequence[str], remove: Sequence[str]) -> bool:
    removing = {name.strip().lstrip("#").strip().casefold() for name in remove}
    before = list(current)
    current[:] = [t for t in current if t.name.casefold() not in removing]
    for tag in tags_named(s, add):
        if tag not in current:
            current.append(tag)
    return before != current
