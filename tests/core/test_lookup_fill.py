"""Filling an entry from a book's details: empty fields only unless asked, people added."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from readinglog.core import lookup_fill, repository, services
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import IndexQueue
from readinglog.core.types import ItemKind, Person, Role, Target
from readinglog.online.books import Candidate

BOOK = Candidate(
    source="douban",
    source_id="35902899",
    title="一九八四",
    original_title="Nineteen Eighty-Four",
    people=(Person(Role.AUTHOR, "George Orwell"), Person(Role.TRANSLATOR, "董乐山")),
    publisher="北京十月文艺出版社",
    year=2010,
    pages=304,
    isbn13="9787530209981",
    language="zh",
    summary="《一九八四》是……",
)


def _add(library: Library, title: str, **values: object) -> int:
    people = values.pop("people", ())
    with library.sessions.begin() as s:
        created = services.add_item(
            s,
            ItemKind.BOOK,
            title,
            field_values=values,
            people=people,  # type: ignore[arg-type]
        ).created
    assert created is not None
    return created


def test_empty_fields_are_filled_and_typed_ones_kept(library: Library) -> None:
    item = _add(
        library,
        "1984",
        publisher="My own note of the publisher",
        people=[Person(Role.AUTHOR, "Orwell, George")],
    )
    with library.sessions.begin() as s:
        s.execute(delete(IndexQueue))
        applied, changes = lookup_fill.apply(s, item, BOOK)
    assert changes.items == {item}
    names = {c.name for c in applied}
    assert names == {"translator", "original_title", "year", "pages", "isbn", "language", "summary"}
    with library.sessions() as s:
        view = repository.item_view(s, item)
        queued = {tuple(r) for r in s.execute(select(IndexQueue.doc_type, IndexQueue.doc_id))}
    assert view.title == "1984"  # typed: kept
    assert view.fields["publisher"] == "My own note of the publisher"
    assert view.people == (Person(Role.AUTHOR, "Orwell, George"), Person(Role.TRANSLATOR, "董乐山"))
    assert (view.fields["original_title"], view.fields["year"], view.fields["isbn"]) == (
        "Nineteen Eighty-Four",
        2010,
        "9787530209981",
    )
    assert (Target.ITEM, item) in queued


def test_overwrite_replaces_what_was_typed(library: Library) -> None:
    item = _add(library, "1984", publisher="typo", people=[Person(Role.AUTHOR, "G. O.")])
    with library.sessions.begin() as s:
        lookup_fill.apply(s, item, BOOK, {"title", "publisher", "author"}, overwrite=True)
    with library.sessions() as s:
        view = repository.item_view(s, item)
    assert (view.title, view.fields["publisher"]) == ("一九八四", "北京十月文艺出版社")
    assert view.people == (Person(Role.AUTHOR, "George Orwell"),)
    assert "year" not in view.fields  # not among the fields asked for


def test_proposed_changes_say_what_would_change(library: Library) -> None:
    item = _add(library, "9787530209981", isbn="9787530209981", pages=300)
    with library.sessions() as s:
        view = repository.item_view(s, item)
    changes = {c.name: c for c in lookup_fill.proposed_changes(view, BOOK)}
    assert changes["title"].fills  # a title that is only the ISBN is a placeholder
    assert (changes["pages"].current, changes["pages"].proposed, changes["pages"].fills) == (
        300,
        304,
        False,
    )
    assert "isbn" not in changes  # the same already
    assert changes["author"].proposed == ("George Orwell",)


def test_a_value_the_field_cannot_hold_is_left_out(library: Library) -> None:
    item = _add(library, "x")
    odd = Candidate(
        source="s", source_id="1", title="x", isbn13="9780000000000", pages=0, summary="w " * 2000
    )
    with library.sessions() as s:
        view = repository.item_view(s, item)
    changes = {c.name: c for c in lookup_fill.proposed_changes(view, odd)}
    assert "isbn" not in changes and "pages" not in changes
    summary = str(changes["summary"].proposed)
    assert len(summary) <= lookup_fill.SUMMARY_MAX and summary.endswith("…")


def test_only_books_and_known_fields(library: Library) -> None:
    with library.sessions.begin() as s:
        show = services.add_item(s, ItemKind.PODCAST, "a show").created
    assert show is not None
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="fill books only"):
        lookup_fill.apply(s, show, BOOK)
    item = _add(library, "x")
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="cannot be filled"):
        lookup_fill.apply(s, item, BOOK, {"rating"})


def test_people_are_added_only_beside_names_the_source_knows(library: Library) -> None:
    both = Candidate(
        source="s",
        source_id="1",
        title="x",
        people=(Person(Role.AUTHOR, "Ann Lee"), Person(Role.AUTHOR, "Bo Chen")),
    )
    same = _add(library, "x", people=[Person(Role.AUTHOR, "Lee, Ann")])
    other = _add(library, "x", people=[Person(Role.AUTHOR, "李安")])
    with library.sessions.begin() as s:
        lookup_fill.apply(s, same, both)
        lookup_fill.apply(s, other, both)
    with library.sessions() as s:
        assert repository.item_view(s, same).people_in(Role.AUTHOR) == ("Lee, Ann", "Bo Chen")
        view = repository.item_view(s, other)
    assert view.people_in(Role.AUTHOR) == ("李安",)  # perhaps Ann Lee under another name: kept
    [change] = lookup_fill.proposed_changes(view, both)
    assert (change.proposed, change.fills) == (("Ann Lee", "Bo Chen"), False)


def test_a_title_that_differs_only_in_case_is_no_change(library: Library) -> None:
    item = _add(library, "slow  Reading")
    with library.sessions() as s:
        view = repository.item_view(s, item)
    found = Candidate(source="s", source_id="1", title="Slow reading")
    assert lookup_fill.proposed_changes(view, found) == []
