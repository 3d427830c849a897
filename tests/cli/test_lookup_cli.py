"""lookup / fetch / add --fetch against the recorded answers on a local server. Every provider
points at 127.0.0.1 in every test, and a connection anywhere else is refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.cli import lookup_commands
from readinglog.online.books import URL_ENV
from readinglog.online.books.openlibrary import COVERS_ENV
from readinglog.online.http import Http
from tests.cli.helpers import run
from tests.core.test_covers import JPEG, PNG
from tests.online.books_fixtures import (
    HTML,
    JSON,
    OL_ISBN,
    chinese_edition,
    local_only,
    point_providers_at,
    recorded_routes,
)
from tests.online.server import Route, Served, serve

Cap = pytest.CaptureFixture[str]
COVER_PATH = "/b/id/5546156-L.jpg"  # the cover Open Library's recorded answer names
DOUBAN_COVER_PATH = "/view/subject/l/public/s34222151.jpg"
GB_ISBN = "/books/v1/volumes?q=isbn:{}&maxResults=5"


@pytest.fixture
def served(realdata: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    routes = {
        **recorded_routes(realdata),
        "/isbn/9787530209981/": Route.redirect("/subject/35902899/", 302),
    }
    # the covers too: Open Library's covers host by its override, 豆瓣's image host rewritten
    # in the page (a test never leaves the machine, not even for a name lookup)
    routes[COVER_PATH] = Route(body=JPEG, content_type="image/jpeg")
    routes[DOUBAN_COVER_PATH] = Route(body=PNG, content_type="image/png")
    with serve(routes) as server:
        page = chinese_edition(realdata).replace(b"https://img9.doubanio.com", server.base.encode())
        routes["/subject/35902899/"] = Route(body=page, content_type=HTML)
        local_only(monkeypatch)
        point_providers_at(monkeypatch, server.base)
        monkeypatch.setenv(COVERS_ENV, server.base)
        monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "0")
        yield server


def test_lookup_lists_candidates(served: Served, capsys: Cap) -> None:
    found = run(capsys, "lookup", "9780980200447", "--source", "openlibrary", "--json")
    assert found.code == 0, found.err
    [book] = found.json()
    assert {k: book[k] for k in ("source", "title", "publisher", "year", "pages", "cover")} == {
        "source": "openlibrary",
        "title": "Slow reading",
        "publisher": "Litwin Books",
        "year": 2009,
        "pages": 92,
        "cover": True,
    }
    assert book["people"] == [{"role": "author", "name": "John Miedema"}]
    assert set(book) >= {"isbn10", "isbn13", "language", "subtitle", "original_title", "cover_url"}
    table = run(capsys, "lookup", "9787530209981").out
    assert "一九八四" in table and "董乐山 (transl" in table and "yes" in table


def test_nothing_found_asks_every_source_and_says_so(served: Served, capsys: Cap) -> None:
    served.routes[GB_ISBN.format("9780140328721")] = Route(
        body=b'{"totalItems": 0}', content_type=JSON
    )
    missing = run(capsys, "lookup", "0-14-032872-6")
    assert missing.code == 1
    assert missing.err.strip().startswith("readinglog: no book found for ISBN 9780140328721")
    assert len(missing.err.strip().splitlines()) == 1
    asked = [path for path, _ in served.requests]
    assert "/api/books?bibkeys=ISBN:9780140328721&jscmd=data&format=json" in asked
    assert GB_ISBN.format("9780140328721") in asked and "/isbn/9780140328721/" in asked


def test_add_by_isbn_fills_a_chinese_book_from_douban(served: Served, capsys: Cap) -> None:
    added = run(capsys, "add", "book", "--isbn", "978-7-5302-0998-1", "--fetch", "--json")
    assert added.code == 0, added.err
    entry = added.json()
    assert (entry["title"], entry["original_title"], entry["publisher"], entry["year"]) == (
        "一九八四",
        "Nineteen Eighty-Four",
        "北京十月文艺出版社",
        2010,
    )
    assert entry["people"] == [
        {"role": "author", "name": "George Orwell"},
        {"role": "translator", "name": "董乐山"},
    ]
    assert entry["fetched"]["source"] == "douban"
    assert entry["fetched"]["cover_url"].endswith("s34222151.jpg")
    # a 978-7 ISBN asks 豆瓣 first, and it answered: nobody else was asked
    assert [path for path, _ in served.requests] == [
        "/isbn/9787530209981/",
        "/subject/35902899/",
        DOUBAN_COVER_PATH,
    ]
    shown = run(capsys, "show", str(entry["id"]), "--json").json()
    assert shown["title"] == "一九八四"  # committed
    cover = run(capsys, "cover", "show", str(entry["id"]), "--json").json()
    assert Path(cover["path"]).read_bytes() == PNG


def test_add_by_isbn_fills_the_details_and_keeps_the_cover(served: Served, capsys: Cap) -> None:
    added = run(capsys, "add", "book", "--isbn", "9780980200447", "--fetch", "--json")
    assert added.code == 0, added.err
    entry = added.json()
    assert (entry["title"], entry["publisher"]) == ("Slow reading", "Litwin Books")
    assert entry["fetched"]["cover"].startswith("covers/")
    cover = run(capsys, "cover", "show", str(entry["id"]), "--json").json()
    assert Path(cover["path"]).read_bytes() == JPEG
    assert (COVER_PATH, "image/jpeg") in [
        (path, headers.get("Accept", "").split(",")[0]) for path, headers in served.requests
    ]


def test_a_cover_that_cannot_be_had_is_a_warning(served: Served, capsys: Cap) -> None:
    served.routes[COVER_PATH] = Route(body=b"<html>no</html>", content_type="image/jpeg")
    added = run(capsys, "add", "book", "--isbn", "9780980200447", "--fetch")
    assert added.code == 0, added.err
    assert "warning: the cover was not kept" in added.err
    assert run(capsys, "show", "1", "--json").json()["publisher"] == "Litwin Books"


def test_add_then_a_failed_fetch_keeps_the_entry(served: Served, capsys: Cap) -> None:
    served.routes[OL_ISBN] = Route(status=500)
    served.routes[GB_ISBN.format("9780980200447")] = Route(body=b"{oops", content_type=JSON)
    served.routes["/isbn/9780980200447/"] = Route(status=503)
    added = run(capsys, "add", "book", "My title", "--isbn", "9780980200447", "--fetch")
    assert added.code == 1
    assert added.out.strip() == "1"
    [line] = added.err.strip().splitlines()
    assert line.startswith("readinglog: added #1, but its details were not fetched: ")
    assert "Traceback" not in added.err
    assert run(capsys, "show", "1", "--json").json()["title"] == "My title"


def test_fetch_fills_only_what_is_empty(served: Served, capsys: Cap) -> None:
    run(capsys, "add", "book", "Slow Reading", "--isbn", "9780980200447", "--pages", "90")
    dry = run(capsys, "fetch", "1", "--source", "openlibrary", "--dry-run", "--json").json()
    assert dry["dry_run"] and {c["field"] for c in dry["changed"]} == {
        "author",
        "subtitle",
        "publisher",
        "year",
        "url",
    }
    assert {c["field"]: (c["before"], c["after"]) for c in dry["kept"]} == {"pages": (90, 92)}
    assert "publisher" not in run(capsys, "show", "1", "--json").json()  # nothing written
    done = run(capsys, "fetch", "1", "--source", "openlibrary")
    assert done.code == 0, done.err
    assert "publisher: (empty) -> Litwin Books" in done.out
    assert "kept pages: 90 (found 92; --overwrite replaces it)" in done.out
    entry = run(capsys, "show", "1", "--json").json()
    assert (entry["title"], entry["pages"], entry["publisher"]) == (
        "Slow Reading",
        90,
        "Litwin Books",
    )
    assert entry["subtitle"] == "harnessing the power of print in the digital age"
    run(capsys, "fetch", "1", "--source", "openlibrary", "--overwrite")
    entry = run(capsys, "show", "1", "--json").json()
    assert (entry["title"], entry["pages"]) == ("Slow Reading", 92)  # a case change is none


def test_fetch_by_title_and_author(served: Served, capsys: Cap) -> None:
    listed = b'{"totalItems": 1, "items": [{"id": "hV--zQEACAAJ"}]}'
    path = "/books/v1/volumes?q=Nineteen%20Eighty-Four%20George%20Orwell&maxResults=5"
    served.routes[path] = Route(body=listed, content_type=JSON)
    run(capsys, "add", "book", "Nineteen Eighty-Four", "--author", "George Orwell")
    # the found title, 1984 Nineteen Eighty-Four, is not the entry's: no close match
    miss = run(capsys, "fetch", "1", "--source", "googlebooks")
    assert miss.code == 1 and "--pick N" in miss.err
    picked = run(capsys, "fetch", "1", "--source", "googlebooks", "--pick", "1", "--json")
    assert picked.code == 0, picked.err
    changed = {c["field"]: c["after"] for c in picked.json()["changed"]}
    assert (changed["isbn"], changed["pages"], changed["language"]) == ("9781847498571", 400, "en")
    assert "author" not in changed  # George Orwell is there already


def test_fetch_refuses_what_is_not_a_book(served: Served, capsys: Cap) -> None:
    run(capsys, "add", "podcast", "a show")
    refused = run(capsys, "fetch", "1")
    assert refused.code == 1 and "fills books only" in refused.err
    assert served.requests == []  # nothing was asked


def test_fetch_missing_fills_the_library(served: Served, capsys: Cap) -> None:
    run(capsys, "add", "book", "Slow reading", "--isbn", "9780980200447")
    run(capsys, "add", "book", "Unknown", "--isbn", "9780140328721")
    run(capsys, "add", "book", "No ISBN")
    served.routes[GB_ISBN.format("9780140328721")] = Route(body=b'{"totalItems": 0}')
    report = run(capsys, "fetch", "--missing", "--json")
    assert report.code == 0, report.err
    summary = report.json()
    assert (summary["books"], summary["filled"], summary["without_isbn"]) == (2, 1, 1)
    [failure] = summary["failed"]
    assert failure.startswith("#2: no book found for ISBN 9780140328721")
    assert run(capsys, "show", "1", "--json").json()["publisher"] == "Litwin Books"
    again = run(capsys, "fetch", "--missing", "--limit", "1", "--json").json()
    assert again["books"] == 1  # book 1 still lacks a summary; book 2 is tried no more here


def test_fetch_missing_fills_a_book_without_isbn_by_title_and_author(
    served: Served, capsys: Cap
) -> None:
    listed = b'{"totalItems": 1, "items": [{"id": "hV--zQEACAAJ"}]}'
    query = "1984%20Nineteen%20Eighty-Four%20George%20Orwell"
    served.routes[f"/books/v1/volumes?q={query}&maxResults=5"] = Route(
        body=listed, content_type=JSON
    )
    run(capsys, "add", "book", "1984 Nineteen Eighty-Four", "--author", "George Orwell")
    run(capsys, "add", "book", "1984 Nineteen Eighty-Four", "--author", "Somebody Else")
    report = run(capsys, "fetch", "--missing", "--json")
    summary = report.json()
    assert (summary["books"], summary["filled"], summary["without_isbn"]) == (2, 1, 0)
    [failure] = summary["failed"]  # the same title by another author is not this book
    assert failure.startswith("#2: ")
    asked = [path for path, _ in served.requests]
    assert (
        "/books/v1/volumes?q=1984%20Nineteen%20Eighty-Four%20Somebody%20Else&maxResults=5" in asked
    )
    assert run(capsys, "show", "1", "--json").json()["pages"] == 400
    assert run(capsys, "show", "2", "--json").json().get("pages") is None


def test_fetch_missing_keeps_a_polite_interval(
    served: Served, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        run(capsys, "add", "book", "Slow reading", "--isbn", "9780980200447")
    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "0.4")
    started = time.monotonic()
    assert run(capsys, "fetch", "--missing", "--json").code == 0
    # two books, two requests each to the one host (books API, the edition's 404): 3 gaps
    assert time.monotonic() - started >= 3 * 0.4


def test_ctrl_c_keeps_what_was_committed(served: Served, home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "Slow reading", "--isbn", "9780980200447")
    run(capsys, "add", "book", "Slow", "--isbn", "9780140328721")
    slow = "/api/books?bibkeys=ISBN:9780140328721&jscmd=data&format=json"
    served.routes[slow] = Route(body=b"{}", content_type=JSON, delay=30)
    env = {**os.environ, "READINGLOG_HOME": str(home), "READINGLOG_LOOKUP_INTERVAL": "0"}
    env.update(dict.fromkeys(URL_ENV.values(), served.base))
    proc = subprocess.Popen(
        [sys.executable, "-m", "readinglog", "fetch", "--missing"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while slow not in [p for p, _ in served.requests] and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "cancelled; the 1 entries filled so far are saved" in err.decode()
    assert "Traceback" not in err.decode()
    entry = run(capsys, "show", "1", "--json").json()
    assert entry["publisher"] == "Litwin Books"
    assert "publisher" not in run(capsys, "show", "2", "--json").json()


@pytest.mark.parametrize(
    ("route", "words"),
    [
        (Route(body=b'{"ISBN:9780980200447": ', content_type=JSON), "not JSON"),
        (Route(status=404), r"not found (404)"),
        (Route(body=b"{}", delay=3), "did not answer within"),
    ],
)
def test_a_bad_answer_is_one_line(
    served: Served, capsys: Cap, monkeypatch: pytest.MonkeyPatch, route: Route, words: str
) -> None:
    monkeypatch.setattr(lookup_commands, "new_http", lambda: Http(timeout=0.5))
    served.routes[OL_ISBN] = route
    failed = run(capsys, "lookup", "9780980200447", "--source", "openlibrary")
    assert failed.code == 1
    [line] = failed.err.strip().splitlines()
    assert words in line and line.startswith("readinglog: 127.0.0.1")


def test_the_guard_refuses_the_internet(
    served: Served, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READINGLOG_OPENLIBRARY_URL", "http://192.0.2.1")  # TEST-NET-1
    refused = run(capsys, "lookup", "9780980200447", "--source", "openlibrary")
    assert refused.code == 1 and "a test tried to connect to ('192.0.2.1', 80)" in refused.err
    assert served.requests == []


def _settings(home: Path, text: str) -> None:
    target = paths.in_home(home).settings
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_the_users_order_stands_even_for_a_chinese_book(
    served: Served, home: Path, capsys: Cap
) -> None:
    _settings(home, 'lookup_providers = ["googlebooks", "douban"]\n')
    served.routes[GB_ISBN.format("9787530209981")] = Route(
        body=b'{"totalItems": 0}', content_type=JSON
    )
    found = run(capsys, "lookup", "9787530209981", "--json")
    assert found.code == 0, found.err
    assert [path for path, _ in served.requests][:2] == [
        GB_ISBN.format("9787530209981"),
        "/isbn/9787530209981/",
    ]  # Google Books first, as set; Open Library not asked at all
    assert not any(path.startswith("/api/books") for path, _ in served.requests)


def test_a_base_url_from_the_settings(
    served: Served, home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("READINGLOG_OPENLIBRARY_URL")
    _settings(home, f'[provider_urls]\nopenlibrary = "{served.base}"\n')
    found = run(capsys, "lookup", "9780980200447", "--source", "openlibrary", "--json")
    assert found.code == 0, found.err
    assert found.json()[0]["title"] == "Slow reading"


def test_an_interval_that_is_no_number_is_one_line(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    local_only(monkeypatch)  # (were it not refused, nothing would leave the machine)
    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "soon")
    result = run(capsys, "lookup", "9780980200447")
    assert result.code != 0 and result.out == ""
    assert "READINGLOG_LOOKUP_INTERVAL: 'soon' is not a number of seconds" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    monkeypatch.setenv("READINGLOG_LOOKUP_INTERVAL", "0.25")
    with lookup_commands.new_http() as http:
        assert http.min_interval == 0.25
