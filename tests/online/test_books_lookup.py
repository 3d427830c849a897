"""Providers in order, base URLs from the environment, and what a failed provider does."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog import config
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.online.books import (
    DEFAULT_INTERVAL,
    DEFAULT_ORDER,
    INTERVAL_ENV,
    base_url,
    interval,
    isbn_in,
    lookup,
    make,
    order_for,
    providers_for,
    user_set,
)
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
    assert order_for(ORDER, query)[0] == first
    assert sorted(order_for(ORDER, query)) == sorted(ORDER)  # only moved, none left out
    mine = ["googlebooks", "openlibrary", "douban"]
    assert order_for(mine, query) == mine  # the user's order stands
    assert order_for(["openlibrary"], query) == ["openlibrary"]  # so does a source turned off


def test_the_order_is_the_users_when_it_is_not_the_default() -> None:
    assert list(DEFAULT_ORDER) == config.LOOKUP_PROVIDERS  # the setting's default
    assert not user_set(config.Settings().lookup_providers)
    assert not user_set(tuple(ORDER))
    assert user_set(["googlebooks", "openlibrary", "douban"])
    assert user_set(["openlibrary", "googlebooks"])  # one turned off
    assert user_set([])


def test_a_named_source_is_asked_alone_and_an_unknown_one_is_refused() -> None:
    assert order_for(["googlebooks", "douban"], "置身事内", "openlibrary") == ["openlibrary"]
    assert order_for(ORDER, "a", "douban") == ["douban"]
    with pytest.raises(InvalidInput, match="'amazon' is not one of"):
        order_for(["openlibrary", "amazon"], "x")
    with pytest.raises(InvalidInput, match="'amazon' is not one of"):
        order_for(ORDER, "x", "amazon")
    assert order_for(["douban", "douban", "openlibrary"], "x") == ["douban", "openlibrary"]
    urls = {"googlebooks": "http://127.0.0.1:9/gb/"}
    [provider] = providers_for(ORDER, urls, "x", "googlebooks")
    assert provider.name == "googlebooks"
    assert [p.name for p in providers_for(ORDER, {}, "置身事内")] == [
        "douban",
        "openlibrary",
        "googlebooks",
    ]


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [
        (None, DEFAULT_INTERVAL),
        ("", DEFAULT_INTERVAL),
        ("0", 0.0),
        (" 0.4 ", 0.4),
        ("-3", 0.0),
    ],
)
def test_the_interval_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str | None, seconds: float
) -> None:
    if raw is None:
        monkeypatch.delenv(INTERVAL_ENV, raising=False)
    else:
        monkeypatch.setenv(INTERVAL_ENV, raw)
    assert interval() == seconds


def test_an_interval_that_is_no_number_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INTERVAL_ENV, "soon")
    with pytest.raises(InvalidInput, match="READINGLOG_LOOKUP_INTERVAL: 'soon' is not a number"):
        interval()


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
