"""Choosing the candidate that is the entry's book."""

from __future__ import annotations

from readinglog.core.types import Person, Role
from readinglog.online.books import Candidate
from readinglog.online.books.match import by_isbn, by_title


def _book(
    title: str, *authors: str, isbn13: str | None = None, subtitle: str | None = None
) -> Candidate:
    people = tuple(Person(Role.AUTHOR, a) for a in authors)
    return Candidate("s", title, title, subtitle=subtitle, people=people, isbn13=isbn13)


def test_the_candidate_with_the_isbn_wins() -> None:
    other, right = _book("A", isbn13="9780140328721"), _book("B", isbn13="9780980200447")
    assert by_isbn([other, right], {"9780980200447"}) is right
    assert by_isbn([other], {"9780980200447"}) is other  # the provider found it by that ISBN
    assert by_isbn([], {"9780980200447"}) is None


def test_title_and_author() -> None:
    fox = _book("Fantastic Mr. Fox", "Roald Dahl")
    other = _book("Fantastic Mr Fox", "Someone Else")
    assert by_title([other, fox], "fantastic mr fox", ["Dahl, Roald"]) is fox
    assert by_title([other], "Fantastic Mr Fox", ["Roald Dahl"]) is None
    assert by_title([other, fox], "Fantastic Mr Fox", []) is other  # no author: the first
    slow = _book("Slow reading", "John Miedema", subtitle="harnessing the power of print")
    assert by_title([slow], "Slow Reading: Harnessing the Power of Print", []) is slow
    assert (
        by_title([_book("置身事内", "兰小欢")], "置身事内：中国政府与经济发展", ["兰小欢"])
        is not None
    )
    assert by_title([_book("Sapiens")], "Homo Deus", []) is None
