"""Open Library against the recorded answers, served by a real local server."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core.types import Person, Role
from readinglog.online.books.openlibrary import OpenLibrary
from readinglog.online.http import Http, NetworkError
from tests.online.books_fixtures import JSON, OL_ISBN, recorded_routes
from tests.online.server import Route, serve


def test_an_isbn_gives_the_edition(realdata: Path) -> None:
    with serve(recorded_routes(realdata)) as served, Http() as http:
        [book] = OpenLibrary(served.base).by_isbn(http, "9780980200447")
    assert (book.title, book.subtitle) == (
        "Slow reading",
        "harnessing the power of print in the digital age",
    )
    assert book.people == (Person(Role.AUTHOR, "John Miedema"),)
    assert (book.publisher, book.year, book.pages) == ("Litwin Books", 2009, 92)
    # the record's ISBN-10 0980200440 has a wrong check digit: the one made from the 13 is used
    assert (book.isbn10, book.isbn13) == ("098020044X", "9780980200447")
    assert book.cover_url == "https://covers.openlibrary.org/b/id/5546156-L.jpg"
    assert (book.source, book.source_id) == ("openlibrary", "OL22853304M")
    # the edition record is not there (404): the books API's record stands
    assert "/books/OL22853304M.json" in [path for path, _ in served.requests]


def test_an_edition_id_reads_the_edition_and_its_work(realdata: Path) -> None:
    with serve(recorded_routes(realdata)) as served, Http() as http:
        [book] = OpenLibrary(served.base).by_title(http, "OL7353617M")
    assert book.title == "Fantastic Mr. Fox"
    assert book.people == (Person(Role.AUTHOR, "Roald Dahl"),)  # the illustrator has no role
    assert (book.publisher, book.year, book.pages, book.language) == ("Puffin", 1988, 96, "en")
    assert (book.isbn10, book.isbn13) == ("0140328726", "9780140328721")
    assert book.summary is not None and book.summary.startswith("The main character")
    assert "\r" not in book.summary
    assert [p for p, _ in served.requests] == [
        "/api/books?bibkeys=OLID:OL7353617M&jscmd=data&format=json",
        "/books/OL7353617M.json",
        "/works/OL45804W.json",
    ]


def test_a_translator_among_the_contributions(realdata: Path) -> None:
    routes = recorded_routes(realdata)
    edition = b'{"contributions": ["Dong Leshan (Translator)", "Tony Ross (Illustrator)"]}'
    routes["/books/OL7353617M.json"] = Route(body=edition, content_type=JSON)
    with serve(routes) as served, Http() as http:
        [book] = OpenLibrary(served.base).by_title(http, "OL7353617M")
    assert book.people == (
        Person(Role.AUTHOR, "Roald Dahl"),
        Person(Role.TRANSLATOR, "Dong Leshan"),
    )


def test_a_title_searches() -> None:
    answer = (
        '{"numFound": 1, "docs": [{"key": "/works/OL1W", "title": "置身事内", '
        '"author_name": ["兰小欢"], "first_publish_year": 2021, "isbn": ["9787208171336"], '
        '"language": ["chi"], "cover_i": 12345, "publisher": ["上海人民出版社"]}]}'
    )
    path = "/search.json?q=%E7%BD%AE%E8%BA%AB%E4%BA%8B%E5%86%85&limit=5"
    with serve({path: Route(body=answer.encode(), content_type=JSON)}) as served, Http() as http:
        [book] = OpenLibrary(served.base).by_title(http, "置身事内")
    assert (book.title, book.year, book.language, book.isbn13) == (
        "置身事内",
        2021,
        "zh",
        "9787208171336",
    )
    assert book.people == (Person(Role.AUTHOR, "兰小欢"),)
    assert book.cover_url == "https://covers.openlibrary.org/b/id/12345-L.jpg"


def test_no_match_is_an_empty_list() -> None:
    with serve({OL_ISBN: Route(body=b"{}", content_type=JSON)}) as served, Http() as http:
        assert OpenLibrary(served.base).by_isbn(http, "9780980200447") == []


@pytest.mark.parametrize(
    ("route", "words"),
    [
        (Route(body=b'{"ISBN:9780980200447": {"title": ', content_type=JSON), "not JSON"),
        (Route(body=b"<html>busy</html>", content_type="text/html"), "not JSON"),
        (Route(body=b"[1, 2]", content_type=JSON), "not a book record"),
        (Route(status=500), r"an error \(500\)"),
    ],
)
def test_a_bad_answer_is_one_sentence(route: Route, words: str) -> None:
    with (
        serve({OL_ISBN: route}) as served,
        Http() as http,
        pytest.raises(NetworkError, match=words) as raised,
    ):
        OpenLibrary(served.base).by_isbn(http, "9780980200447")
    assert "127.0.0.1" in str(raised.value)


def test_a_slow_answer_times_out() -> None:
    with (
        serve({OL_ISBN: Route(body=b"{}", delay=2)}) as served,
        Http(timeout=0.3) as http,
        pytest.raises(NetworkError, match="did not answer within"),
    ):
        OpenLibrary(served.base).by_isbn(http, "9780980200447")
