"""What a book's details from elsewhere (a lookup candidate) would change on an entry, field by
field, and applying the chosen changes through the services (so the index queue follows).

By default only empty fields are filled and people are added, never replaced (added only when
the source names everyone the entry already has, so one person is not listed twice under two
spellings): nothing the user typed is overwritten unless ``overwrite`` asks for it. Core does
not know where the details came from: any value with the attributes of ``BookDetails`` will do
(online.books.Candidate has them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from readinglog.core import fields, repository, services
from readinglog.core.errors import InvalidInput
from readinglog.core.types import Changes, ItemKind, ItemView, Person, Role

SUMMARY_MAX = 2000  # what a one-line field holds (values.clean_text)


class BookDetails(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def subtitle(self) -> str | None: ...
    @property
    def original_title(self) -> str | None: ...
    @property
    def people(self) -> tuple[Person, ...]: ...
    @property
    def publisher(self) -> str | None: ...
    @property
    def year(self) -> int | None: ...
    @property
    def pages(self) -> int | None: ...
    @property
    def isbn10(self) -> str | None: ...
    @property
    def isbn13(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def summary(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


@dataclass(frozen=True)
class FieldChange:
    """One field: what the entry has and what the details propose. ``fills`` when it only adds
    (an empty field, or people the entry does not have yet): applied without ``overwrite``."""

    name: str  # a field name (isbn, publisher...), "title", or a role (author, translator...)
    current: object
    proposed: object
    fills: bool


FIELD_ORDER = ("subtitle", "original_title", "publisher", "year", "pages", "isbn", "language",
               "summary", "url")  # fmt: skip
ROLE_FIELDS = tuple(
    role.value for role in (Role.AUTHOR, Role.TRANSLATOR, Role.EDITOR, Role.NARRATOR)
)
NAMES = ("title", *ROLE_FIELDS, *FIELD_ORDER)


def proposed_changes(
    view: ItemView, details: BookDetails, *, overwrite: bool = False
) -> list[FieldChange]:
    """Every field the details would change, in a stable order; people as the role's names
    after the change (added to, or replaced when ``overwrite``)."""
    if view.kind is not ItemKind.BOOK:
        raise InvalidInput(
            "#{id} is a {kind}; book details fill books only", id=view.id, kind=view.kind.said
        )
    out: list[FieldChange] = []
    found_title = details.title.strip()
    if found_title and " ".join(found_title.casefold().split()) != " ".join(
        view.title.casefold().split()
    ):  # a title that differs only in case or spacing is not worth a question
        out.append(FieldChange("title", view.title, found_title, _placeholder(view)))
    for role_name in ROLE_FIELDS:
        change = _people_change(view, Role(role_name), details.people, overwrite)
        if change is not None:
            out.append(change)
    for name in FIELD_ORDER:
        proposed = _checked(name, _proposed_value(name, details))
        current = view.fields.get(name)
        if proposed is None or proposed == current:
            continue
        out.append(FieldChange(name, current, proposed, current in (None, "")))
    return out


def apply(
    s: Session,
    item_id: int,
    details: BookDetails,
    names: set[str] | None = None,
    overwrite: bool = False,
) -> tuple[list[FieldChange], Changes]:
    """Apply the changes ``details`` propose (only ``names`` when given): empty fields only,
    unless ``overwrite``. Returns what was applied and the services' Changes."""
    unknown = sorted((names or set()) - set(NAMES))
    if unknown:
        raise InvalidInput(
            "field: {names} cannot be filled (use {choices})",
            names=", ".join(unknown),
            choices=", ".join(NAMES),
        )
    view = repository.item_view(s, item_id)
    chosen = [
        change
        for change in proposed_changes(view, details, overwrite=overwrite)
        if (names is None or change.name in names) and (overwrite or change.fills)
    ]
    if not chosen:
        return [], Changes()
    title = next((str(c.proposed) for c in chosen if c.name == "title"), None)
    values = {c.name: c.proposed for c in chosen if c.name in FIELD_ORDER}
    roles = {
        Role(c.name): tuple(str(n) for n in c.proposed)
        for c in chosen
        if c.name in ROLE_FIELDS and isinstance(c.proposed, tuple)
    }
    people = _people_after(view.people, roles) if roles else None
    changes = services.edit_item(s, item_id, title=title, field_values=values, people=people)
    return chosen, changes


def _people_after(people: Sequence[Person], roles: dict[Role, tuple[str, ...]]) -> list[Person]:
    """The entry's people with each role in ``roles`` set to its names, where that role stood
    (other people keep their places)."""
    out = list(people)
    for role, names in roles.items():
        wanted = [Person(role, name) for name in names]
        places = [i for i, p in enumerate(out) if p.role is role]
        out = [p for p in out if p.role is not role]
        at = places[0] if places else len(out)
        out[at:at] = wanted
    return out


def _placeholder(view: ItemView) -> bool:
    """A title that is only the entry's ISBN (``add book --isbn X --fetch``) counts as empty."""
    digits = re.sub(r"[\s-]", "", view.title).upper()
    return digits in {view.fields.get("isbn"), view.fields.get("isbn10")}


def _proposed_value(name: str, details: BookDetails) -> object:
    if name == "isbn":
        return details.isbn13 or details.isbn10
    value: object = getattr(details, name)
    if name == "summary" and isinstance(value, str) and len(value.strip()) > SUMMARY_MAX:
        cut = value.strip()[: SUMMARY_MAX - 1]
        value = cut[: cut.rfind(" ")] if cut.rfind(" ") > SUMMARY_MAX // 2 else cut
        value = f"{value}…"
    return value


def _checked(name: str, value: object) -> object:
    """The value as the field stores it, or None when a provider sent one it cannot hold
    (a wrong ISBN, 0 pages): a quirk of the source, not the user's mistake."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return fields.spec(name).parse(str(value))
    except InvalidInput:
        return None


def _key(name: str) -> tuple[str, ...]:
    """A name compared loosely: case, accents, punctuation and word order aside
    ("Orwell, George" is "George Orwell")."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    words = re.findall(r"\w+", "".join(ch for ch in folded if not unicodedata.combining(ch)))
    return tuple(sorted(words))


def _people_change(
    view: ItemView, role: Role, people: Sequence[Person], overwrite: bool
) -> FieldChange | None:
    if role not in fields.ROLES[ItemKind.BOOK]:
        return None
    current = view.people_in(role)
    offered = [p.name.strip() for p in people if p.role is role and p.name.strip()]
    if not offered:
        return None
    offered_keys = {_key(n) for n in offered}
    if current and (overwrite or not all(_key(n) in offered_keys for n in current)):
        # replacing; or the entry names someone the source does not (another spelling, a
        # transliteration): adding would likely list one person twice, so it waits to be asked
        if [_key(n) for n in current] == [_key(n) for n in offered]:
            return None
        return FieldChange(role.value, current, tuple(offered), False)
    known = {_key(n) for n in current}
    new = []
    for name in offered:
        if _key(name) not in known:
            known.add(_key(name))
            new.append(name)
    if not new:
        return None
    return FieldChange(role.value, current, (*current, *new), True)
