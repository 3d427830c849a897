"""The recorded provider answers (../shared/realdata/metadata), served at the paths the real
services use, and the environment pointing every provider at the local server."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from readinglog.online.books import URL_ENV
from tests.online.server import Route

JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"
PREFIX = "neodb-social_neodb__https___"
OL_ISBN = "/api/books?bibkeys=ISBN:9780980200447&jscmd=data&format=json"
OL_OLID = "/api/books?bibkeys=OLID:OL7353617M&jscmd=data&format=json"


def recorded(realdata: Path, name: str) -> bytes:
    return (realdata / "metadata" / f"{PREFIX}{name}").read_bytes()


def recorded_routes(realdata: Path) -> dict[str, Route]:
    """Every recorded answer at its real path."""
    return {
        OL_ISBN: Route(
            body=recorded(
                realdata,
                "openlibrary_org_api_books_bibkeys_ISBN_9780980200447_jscmd_data_format_json",
            ),
            content_type=JSON,
        ),
        OL_OLID: Route(
            body=recorded(
                realdata, "openlibrary_org_api_books_bibkeys_OLID_OL7353617M_jscmd_data_format_json"
            ),
            content_type=JSON,
        ),
        "/books/OL7353617M.json": Route(
            body=recorded(realdata, "openlibrary_org_books_OL7353617M_json"), content_type=JSON
        ),
        "/works/OL45804W.json": Route(
            body=recorded(realdata, "openlibrary_org_works_OL45804W_json"), content_type=JSON
        ),
        "/books/v1/volumes/hV--zQEACAAJ": Route(
            body=recorded(realdata, "www_googleapis_com_books_v1_volumes_hV__zQEACAAJ"),
            content_type=JSON,
        ),
        "/subject/35902899/": Route(
            body=recorded(realdata, "book_douban_com_subject_35902899_"), content_type=HTML
        ),
    }


def chinese_edition(realdata: Path) -> bytes:
    """The recorded 豆瓣 page (an English edition of 1984) as a Chinese edition's page reads:
    the same HTML with the title, 译者, 原作名, 出版社 and 出版年 lines a translated book has."""
    page = recorded(realdata, "book_douban_com_subject_35902899_").decode("utf-8")
    page = page.replace(
        '<span property="v:itemreviewed">1984 Nineteen Eighty-Four</span>',
        '<span property="v:itemreviewed">一九八四</span>',
    )
    marker = '<span class="pl">出版社:</span> Alma Classics<br/>'
    assert marker in page, "the recorded page changed"
    page = page.replace(
        marker,
        '<span class="pl">出版社:</span> 北京十月文艺出版社<br/>\n'
        '<span class="pl">原作名:</span> Nineteen Eighty-Four<br/>\n'
        '<span>\n  <span class="pl"> 译者</span>:\n'
        '    <a class="" href="/search/董乐山">董乐山</a>\n</span><br/>\n'
        '<span class="pl">出版年:</span> 2010-4<br/>',
    )
    page = page.replace("9781847498571", "9787530209981")
    return page.encode("utf-8")


def point_providers_at(monkeypatch: pytest.MonkeyPatch, base: str) -> None:
    for variable in URL_ENV.values():
        monkeypatch.setenv(variable, base)


class LeftTheMachine(AssertionError):
    """A test tried to connect somewhere other than 127.0.0.1."""


def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse, in this process, any connection to an address other than 127.0.0.1."""
    original = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1") and self.family in (socket.AF_INET, socket.AF_INET6):
            raise LeftTheMachine(f"a test tried to connect to {address!r}")
        original(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
