"""The kind-specific fields of an entry: one table that the CLI, services and views share.

Each field has the name users type (``--isbn``, ``isbn:`` in JSON), the model column it fills,
the kinds it belongs to and the parser that turns text into a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from readinglog.core import values
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import Item
from readinglog.core.types import BookFormat, ItemKind, Role

K = ItemKind
ALL_KINDS = frozenset(ItemKind)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    column: str
    kinds: frozenset[ItemKind]
    parse: Callable[[str], object]
    help: str


def _text(name: Message) -> Callable[[str], object]:
    return lambda text: values.clean_text(text, name)


def _choice(name: Message, choices: type[BookFormat]) -> Callable[[str], object]:
    def parse(text: str) -> object:
        try:
            return choices(text.strip().lower())
        except ValueError:
            allowed = ", ".join(c.value for c in choices)
            raise InvalidInput(
                "{name}: {text!r} is not one of {choices}", name=name, text=text, choices=allowed
            ) from None

    return parse


def _path(text: str) -> object:
    return str(Path(values.clean_text(text, Message("cover"))).expanduser().resolve())


def _spec(
    name: str,
    kinds: frozenset[ItemKind],
    parse: Callable[[str], object],
    help: str,
    column: str = "",
) -> FieldSpec:
    return FieldSpec(name, column or name, kinds, parse, help)


BOOKISH = frozenset({K.BOOK})
TIMED = frozenset({K.EPISODE, K.VIDEO, K.COURSE})
PUBLISHED = frozenset({K.EPISODE, K.VIDEO, K.ARTICLE})
COURSES = frozenset({K.COURSE, K.SERIES})

FIELDS: tuple[FieldSpec, ...] = (
    _spec(
        "original_title",
        ALL_KINDS,
        _text(Message("original title")),
        "title in the original language",
    ),
    _spec("rating", ALL_KINDS, values.parse_rating, "0 to 5 in quarter steps"),
    _spec("language", ALL_KINDS, _text(Message("language")), "language code, e.g. zh or en"),
    _spec(
        "url", ALL_KINDS, _text(Message("url")), "web page (episode, video, article or course URL)"
    ),
    _spec("summary", ALL_KINDS, _text(Message("summary")), "a short description"),
    _spec(
        "time_spent",
        ALL_KINDS,
        lambda t: values.parse_duration_s(t, Message("time spent")) // 60,
        "total time spent (1h30m, 90)",
        column="time_spent_min",
    ),
    _spec("subtitle", BOOKISH, _text(Message("subtitle")), "the book's subtitle"),
    _spec("isbn", BOOKISH, values.normalize_isbn, "ISBN-10 or ISBN-13", column="isbn13"),
    _spec("publisher", BOOKISH, _text(Message("publisher")), "publisher"),
    _spec(
        "year",
        frozenset({K.BOOK, K.COURSE, K.SERIES}),
        lambda t: values.parse_int(t, Message("year"), minimum=1),
        "year published",
    ),
    _spec(
        "pages",
        BOOKISH,
        lambda t: values.parse_int(t, Message("pages"), minimum=1),
        "number of pages",
    ),
    _spec("format", BOOKISH, _choice(Message("format"), BookFormat), "paper, ebook or audio"),
    _spec("cover", BOOKISH, _path, "path of a cover image", column="cover_path"),
    _spec("feed_url", frozenset({K.PODCAST}), _text(Message("feed url")), "RSS feed URL"),
    _spec(
        "episode_number",
        frozenset({K.EPISODE}),
        lambda t: values.parse_int(t, Message("episode number")),
        "episode number",
    ),
    _spec(
        "duration",
        TIMED,
        lambda t: values.parse_duration_s(t),
        "length (1:02:03, 45m)",
        column="duration_s",
    ),
    _spec(
        "published",
        PUBLISHED,
        lambda t: values.parse_date(t, Message("published")),
        "date published",
        column="published_on",
    ),
    _spec("channel", frozenset({K.VIDEO}), _text(Message("channel")), "channel or event"),
    _spec("site", frozenset({K.ARTICLE}), _text(Message("site")), "web site or publication"),
    _spec("platform", COURSES | {K.VIDEO}, _text(Message("platform")), "provider or platform"),
    _spec(
        "certificate_date",
        COURSES,
        lambda t: values.parse_date(t, Message("certificate date")),
        "date of the certificate",
    ),
    _spec("certificate_id", COURSES, _text(Message("certificate id")), "certificate id"),
    _spec("certificate_url", COURSES, _text(Message("certificate url")), "certificate URL"),
    _spec(
        "certificate_cost", COURSES, _text(Message("certificate cost")), "what it cost, e.g. 49 USD"
    ),
)
BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}

ROLES: dict[ItemKind, tuple[Role, ...]] = {
    K.BOOK: (Role.AUTHOR, Role.TRANSLATOR, Role.EDITOR, Role.NARRATOR),
    K.PODCAST: (Role.HOST,),
    K.EPISODE: (Role.HOST, Role.GUEST),
    K.COURSE: (Role.INSTRUCTOR,),
    K.SERIES: (Role.INSTRUCTOR,),
    K.VIDEO: (Role.SPEAKER,),
    K.ARTICLE: (Role.AUTHOR,),
}


def spec(name: str) -> FieldSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise InvalidInput("unknown field {name!r}", name=name) from None


def check_applies(kind: ItemKind, name: str) -> FieldSpec:
    field = spec(name)
    if kind not in field.kinds:
        raise InvalidInput("{name} does not apply to a {kind}", name=name, kind=kind.said)
    return field


def check_role(kind: ItemKind, role: Role) -> None:
    if role not in ROLES[kind]:
        allowed = ", ".join(r.value for r in ROLES[kind])
        raise InvalidInput(
            "a {kind} has no {role}; it can have: {roles}",
            kind=kind.said,
            role=role.value,
            roles=allowed,
        )


def parse(kind: ItemKind, raw: Mapping[str, str]) -> dict[str, object]:
    """Typed values from text, checking each field belongs to ``kind``."""
    return {name: check_applies(kind, name).parse(text) for name, text in raw.items()}


def assign(item: Item, name: str, value: object) -> None:
    """Set one field (already parsed) on an item; None clears it."""
    field = check_applies(item.kind, name)
    if name == "isbn":
        _assign_isbn(item, value)
        return
    setattr(item, field.column, value)


def _assign_isbn(item: Item, value: object) -> None:
    if value is None:
        item.isbn10 = item.isbn13 = None
        return
    isbn = values.normalize_isbn(str(value))
    if len(isbn) == 10:
        item.isbn10, item.isbn13 = isbn, values.isbn10_to_13(isbn)
    else:
        item.isbn10, item.isbn13 = None, isbn


def values_of(item: Item) -> dict[str, object]:
    """The fields that are set on ``item``, by field name, in table order."""
    out: dict[str, object] = {}
    for field in FIELDS:
        if item.kind not in field.kinds:
            continue
        value = getattr(item, field.column)
        if field.name == "isbn" and item.isbn10:
            out["isbn10"] = item.isbn10
        if value is not None:
            out[field.name] = value
    return out


def to_json(value: object) -> object:
    """A field value as JSON shows it (dates as ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
