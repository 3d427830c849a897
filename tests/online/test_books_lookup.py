"""Providers in order, base URLs from the environment, and what a failed provider does."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core.errors import NotFound
from readinglog.online.books import base_url, isbn_in, lookup, make, order_for
from readinglog.online.http import Http, NetworkError
from tests.online.books_fixtures import OL_ISBN, point_providers_at, recorded_routes
from tests.online.server import Route, serve

ORDER = ["openlibrary", "googlebooks", "douban"]


def test_base_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READINGLOG_DOUBAN_URL", raising=False)
    monkeypatch.setenv("READINGLOG_OPENLIBRARY_URL", "http://127.0.0.1:9/ol/")
    assert base_url("openlibrary", {"openlibrary": "https://mirror"}) == "http://127.0.0.1:9/ol"
    assert base_url("douban", {"douban": "https://mirror/"}) == "https://mirror"
    assert base_url("douban") == "https://book.douban.com"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("9787508647357", "douban"),
        ("978-7-5086-4735-7", "douban"),
        ("置身事内", "douban"),
        ("9780980200447", "openlibrary"),
        ("Slow reading", "openlibrary"),
    ],
)
def test_a_chinese_book_asks_douban_first(query: str, first: str) -> None:
    assert order_for(query, ORDER, user_set=False)[0] == first
    assert order_for(query, ORDER, user_set=True) == ORDER  # the user's order stands


def test_an_isbn_10_is_looked_up_as_13() -> None:
    assert isbn_in("0-14-032872-6") == "9780140328721"
    assert isbn_in("Fantastic Mr Fox") is None


def test_a_failed_provider_does_not_hide_the_others(
    realdata: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = {
        **recorded_routes(realdata),
        "/books/v1/volumes?q=isbn:9780980200447&maxResults=5": Route(status=500),
    }
    with serve(routes) as served, Http() as http:
        point_providers_at(monkeypatch, served.base)
        found = lookup(http, "9780980200447", [make("googlebooks"), make("openlibrary")])
    assert [c.title for c in found.candidates] == ["Slow reading"]
    assert found.problems and "Google Books" in found.problems[0]


def test_nothing_found_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve({OL_ISBN: Route(body=b"{}")}) as served, Http() as http:
        point_providers_at(monkeypatch, served.base)
        with pytest.raises(NotFound, match="no book found for ISBN 9780980200447"):
            lookup(http, "978-0-9802004-4-7", [make("openlibrary")])


def test_every_provider_failing_is_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve({OL_ISBN: Route(status=500)}) as served, Http() as http:
        point_providers_at(monkeypatch, served.base)
        with pytest.raises(NetworkError, match=r"an error \(500\)"):
            lookup(http, "9780980200447", [make("openlibrary")])
    assert all(path.startswith("/") for path, _ in served.requests)
