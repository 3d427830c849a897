"""Google Books against the recorded volume, served by a real local server."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core.types import Person, Role
from readinglog.online.books.googlebooks import GoogleBooks
from readinglog.online.http import Http, NetworkError
from tests.online.books_fixtures import JSON, recorded_routes
from tests.online.server import Route, serve

SEARCH = "/books/v1/volumes?q=isbn:9781847498571&maxResults=5"
# what the list answer carries for this volume: its id and a part of its details
LISTED = b'{"totalItems": 1, "items": [{"id": "hV--zQEACAAJ", "volumeInfo": {"title": "1984"}}]}'


def test_an_isbn_reads_the_volume_in_full(realdata: Path) -> None:
    routes = {**recorded_routes(realdata), SEARCH: Route(body=LISTED, content_type=JSON)}
    with serve(routes) as served, Http() as http:
        [book] = GoogleBooks(served.base).by_isbn(http, "9781847498571")
    assert (book.source, book.source_id, book.title) == (
        "googlebooks",
        "hV--zQEACAAJ",
        "1984 Nineteen Eighty-Four",
    )
    assert book.people == (Person(Role.AUTHOR, "George Orwell"),)
    assert (book.publisher, book.year, book.pages, book.language) == (
        "Alma Classics",
        2021,
        400,
        "en",
    )
    assert (book.isbn10, book.isbn13) == ("1847498574", "9781847498571")
    assert book.summary is not None and book.summary.startswith("In 1984, London")
    assert book.cover_url is not None and book.cover_url.startswith("https://books.google.com/")
    assert [p for p, _ in served.requests] == [SEARCH, "/books/v1/volumes/hV--zQEACAAJ"]


def test_a_volume_that_cannot_be_read_keeps_the_list_part() -> None:
    with serve({SEARCH: Route(body=LISTED, content_type=JSON)}) as served, Http() as http:
        [book] = GoogleBooks(served.base).by_isbn(http, "9781847498571")
    assert (book.title, book.publisher) == ("1984", None)


def test_no_match() -> None:
    routes = {SEARCH: Route(body=b'{"kind": "books#volumes", "totalItems": 0}', content_type=JSON)}
    with serve(routes) as served, Http() as http:
        assert GoogleBooks(served.base).by_isbn(http, "9781847498571") == []


@pytest.mark.parametrize(
    ("route", "words"),
    [
        (Route(body=b'{"totalItems": 1, "items": [', content_type=JSON), "not JSON"),
        (Route(body=b'{"error": {"code": 403}}', content_type=JSON), "not a list of volumes"),
        (Route(status=404), r"not found \(404\)"),
        (Route(status=503), r"an error \(503\)"),
    ],
)
def test_a_bad_answer_is_one_sentence(route: Route, words: str) -> None:
    with (
        serve({SEARCH: route}) as served,
        Http() as http,
        pytest.raises(NetworkError, match=words),
    ):
        GoogleBooks(served.base).by_isbn(http, "9781847498571")
