"""Downloading covers from a real local server: images kept, pages refused, no-cover is None."""

from __future__ import annotations

import pytest

from readinglog.core import covers, services
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.online.covers import attach, download
from readinglog.online.http import Http, NetworkError
from tests.core.test_covers import GIF, JPEG, PNG
from tests.online.server import Route, serve

# Open Library's covers API paths (covers.openlibrary.org/b/isbn/<isbn>-L.jpg)
OL_COVER = "/b/isbn/9787508647357-L.jpg"


@pytest.mark.parametrize(("data", "content_type"), [(JPEG, "image/jpeg"), (PNG, "image/png")])
def test_a_real_image_comes_back_byte_for_byte(data: bytes, content_type: str) -> None:
    with serve({OL_COVER: Route(body=data, content_type=content_type)}) as served, Http() as http:
        assert download(http, f"{served.base}{OL_COVER}") == data
    assert served.requests[0][1]["Accept"].startswith("image/jpeg")


def test_the_content_type_is_not_trusted_the_bytes_are() -> None:
    routes = {
        "/jpeg-as-octets": Route(body=JPEG, content_type="application/octet-stream"),
        "/page-as-jpeg": Route(body=b"<!doctype html><p>Forbidden</p>", content_type="image/jpeg"),
    }
    with serve(routes) as served, Http() as http:
        assert download(http, f"{served.base}/jpeg-as-octets") == JPEG
        with pytest.raises(InvalidInput) as caught:
            download(http, f"{served.base}/page-as-jpeg")
    assert "/page-as-jpeg is not a cover image: it looks like a web page (HTML)" in str(
        caught.value
    )


def test_an_html_cover_is_refused() -> None:
    page = "<html><head><title>豆瓣</title></head><body>登录</body></html>".encode()
    with (
        serve({OL_COVER: Route(body=page, content_type="text/html; charset=utf-8")}) as served,
        Http() as http,
        pytest.raises(InvalidInput, match=r"not a cover image: it looks like a web page"),
    ):
        download(http, f"{served.base}{OL_COVER}")


def test_open_library_no_cover_pixel_and_404_mean_no_cover() -> None:
    routes = {
        OL_COVER: Route(body=GIF, content_type="image/gif"),  # what ?default=true answers
    }
    with serve(routes) as served, Http() as http:
        assert download(http, f"{served.base}{OL_COVER}") is None
        assert download(http, f"{served.base}/b/isbn/0000000000-L.jpg?default=false") is None


def test_a_server_error_is_not_no_cover() -> None:
    with (
        serve({OL_COVER: Route(status=500)}) as served,
        Http() as http,
        pytest.raises(NetworkError, match=r"an error \(500\)"),
    ):
        download(http, f"{served.base}{OL_COVER}")


def test_an_endless_body_is_capped_at_ten_megabytes() -> None:
    with (
        serve({OL_COVER: Route(endless=True, content_type="image/jpeg")}) as served,
        Http() as http,
        pytest.raises(NetworkError, match="more than 10 MB"),
    ):
        download(http, f"{served.base}{OL_COVER}")


def test_a_large_cover_under_the_cap_is_kept() -> None:
    big = JPEG + b"\0" * (9 * 1024 * 1024)  # over the client's 8 MB default, under 10 MB
    with serve({OL_COVER: Route(body=big, content_type="image/jpeg")}) as served, Http() as http:
        assert download(http, f"{served.base}{OL_COVER}") == big
    assert len(big) < covers.MAX_BYTES


def _book(library: Library) -> int:
    with library.sessions.begin() as s:
        created = services.add_item(s, ItemKind.BOOK, "人类简史").created
    assert created is not None
    return created


def _cover_of(library: Library, item: int) -> bytes | None:
    with library.sessions() as s:
        found = covers.resolve(library.paths, services.load_item(s, item).cover_path)
    return None if found is None else found.read_bytes()


def test_attach_keeps_a_cover_the_entry_has_unless_asked(library: Library) -> None:
    item = _book(library)
    routes = {
        "/a.jpg": Route(body=JPEG, content_type="image/jpeg"),
        "/b.png": Route(body=PNG, content_type="image/png"),
        "/none.gif": Route(body=GIF, content_type="image/gif"),
    }
    with serve(routes) as served, Http() as http:
        base = served.base
        assert attach(http, library.sessions, library.paths, item, f"{base}/none.gif") is None
        assert _cover_of(library, item) is None
        stored = attach(http, library.sessions, library.paths, item, f"{base}/a.jpg")
        assert stored is not None and _cover_of(library, item) == JPEG
        asked = len(served.requests)
        assert attach(http, library.sessions, library.paths, item, f"{base}/b.png") is None
        assert len(served.requests) == asked  # not even downloaded
        assert _cover_of(library, item) == JPEG
        attach(http, library.sessions, library.paths, item, f"{base}/b.png", replace=True)
        assert _cover_of(library, item) == PNG


def test_attach_replaces_a_cover_whose_file_is_gone(library: Library) -> None:
    item = _book(library)
    with library.sessions.begin() as s:
        services.load_item(s, item).cover_path = "covers/" + "0" * 64 + ".jpg"
    with serve({"/a.jpg": Route(body=JPEG, content_type="image/jpeg")}) as served, Http() as http:
        assert attach(http, library.sessions, library.paths, item, f"{served.base}/a.jpg")
    assert _cover_of(library, item) == JPEG
