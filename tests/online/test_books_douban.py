"""豆瓣's book page (recorded), served by a real local server: read from its HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core.types import Person, Role
from readinglog.online.books.douban import Douban
from readinglog.online.http import Http, NetworkError
from tests.online.books_fixtures import HTML, JSON, chinese_edition, recorded_routes
from tests.online.server import Route, serve


def test_an_isbn_redirects_to_the_book_page(realdata: Path) -> None:
    routes = {
        **recorded_routes(realdata),
        "/isbn/9781847498571/": Route.redirect("/subject/35902899/", 302),
    }
    with serve(routes) as served, Http() as http:
        [book] = Douban(served.base).by_isbn(http, "9781847498571")
    assert (book.source, book.source_id, book.title) == (
        "douban",
        "35902899",
        "1984 Nineteen Eighty-Four",
    )
    assert book.people == (Person(Role.AUTHOR, "George Orwell"),)
    assert (book.publisher, book.pages, book.isbn13, book.isbn10) == (
        "Alma Classics",
        400,
        "9781847498571",
        "1847498574",
    )
    assert book.year is None  # the page has no 出版年
    assert book.summary is not None and book.summary.startswith("Ravaged by years of war")
    assert (
        "(展开全部)" not in book.summary and "\n\n" in book.summary
    )  # the full text, in paragraphs
    assert book.cover_url == "https://img9.doubanio.com/view/subject/l/public/s34222151.jpg"
    assert book.url == f"{served.base}/subject/35902899/"
    assert all("ReadingLog/" in headers["User-Agent"] for _, headers in served.requests)


def test_a_chinese_edition_gives_its_translator_and_original_title(realdata: Path) -> None:
    routes = {
        "/isbn/9787530209981/": Route.redirect("/subject/35902899/", 302),
        "/subject/35902899/": Route(body=chinese_edition(realdata), content_type=HTML),
    }
    with serve(routes) as served, Http() as http:
        [book] = Douban(served.base).by_isbn(http, "9787530209981")
    assert (book.title, book.original_title, book.language) == (
        "一九八四",
        "Nineteen Eighty-Four",
        "zh",
    )
    assert book.people == (Person(Role.AUTHOR, "George Orwell"), Person(Role.TRANSLATOR, "董乐山"))
    assert (book.publisher, book.year, book.isbn13) == ("北京十月文艺出版社", 2010, "9787530209981")


def test_names_lose_their_nationality_mark() -> None:
    page = (
        '<h1><span property="v:itemreviewed">人类简史</span></h1><div id="info">'
        '<span><span class="pl"> 作者</span>: <a>[以色列] 尤瓦尔·赫拉利</a></span><br/>'
        '<span><span class="pl">译者</span>: <a>林俊宏</a> / <a>（台）某 某</a></span><br/>'
        '<span class="pl">副标题:</span> 从动物到上帝<br/><span class="pl">页数:</span> 440页<br/>'
        "</div>"
    )
    routes = {"/subject/25985021/": Route(body=page.encode(), content_type=HTML)}
    with serve(routes) as served, Http() as http:
        book = Douban(served.base).subject(http, "25985021")
    assert book.people == (
        Person(Role.AUTHOR, "尤瓦尔·赫拉利"),
        Person(Role.TRANSLATOR, "林俊宏"),
        Person(Role.TRANSLATOR, "某 某"),
    )
    assert (book.subtitle, book.pages, book.cover_url) == ("从动物到上帝", 440, None)


def test_a_title_goes_through_the_suggestions(realdata: Path) -> None:
    suggest = '[{"title": "1984", "id": "35902899", "type": "b"}, {"id": "1", "type": "a"}]'
    routes = {
        **recorded_routes(realdata),
        "/j/subject_suggest?q=1984": Route(body=suggest.encode(), content_type=JSON),
    }
    with serve(routes) as served, Http() as http:
        [book] = Douban(served.base).by_title(http, "1984")
    assert book.source_id == "35902899"


def test_an_unknown_isbn_is_no_match() -> None:
    with serve({}) as served, Http() as http:
        assert Douban(served.base).by_isbn(http, "9787530209981") == []


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><form>\xe8\xaf\xb7\xe8\xbe\x93\xe5\x85\xa5\xe9\xaa\x8c\xe8\xaf\x81\xe7\xa0\x81</form></body></html>",
        b"<html><h1>1984</h1><div",  # cut short
        b"\x00\xff\xfe not html at all",
    ],
)
def test_a_page_that_cannot_be_read_is_one_sentence(page: bytes) -> None:
    with (
        serve({"/subject/1/": Route(body=page, content_type=HTML)}) as served,
        Http() as http,
        pytest.raises(NetworkError, match="without a book's details"),
    ):
        Douban(served.base).subject(http, "1")


def test_a_server_error_is_one_sentence() -> None:
    with (
        serve({"/isbn/9787530209981/": Route(status=500)}) as served,
        Http() as http,
        pytest.raises(NetworkError, match=r"an error \(500\)"),
    ):
        Douban(served.base).by_isbn(http, "9787530209981")


def test_an_endless_page_is_cut_off() -> None:
    with (
        serve({"/subject/1/": Route(endless=True, content_type=HTML)}) as served,
        Http(max_bytes=256 * 1024) as http,
        pytest.raises(NetworkError, match="the answer was not used"),
    ):
        Douban(served.base).subject(http, "1")
