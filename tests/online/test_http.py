"""The HTTP client against a real local server: limits, redirects, conditional GET, errors."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
import time

import pytest

from readinglog.online.http import Cancelled, Http, NetworkError
from tests.online.server import Route, serve


def test_a_body_comes_back_with_its_charset() -> None:
    routes = {
        "/a": Route(body="人类简史".encode("gb18030"), content_type="text/html; charset=gb18030")
    }
    with serve(routes) as served, Http() as http:
        answer = http.get(f"{served.base}/a")
    assert (answer.status, answer.text()) == (200, "人类简史")
    assert "ReadingLog/" in served.requests[0][1]["User-Agent"]


def test_a_permanent_redirect_is_followed_and_reported() -> None:
    with (
        serve({"/old": Route.redirect("/new"), "/new": Route(body=b"feed")}) as served,
        Http() as http,
    ):
        answer = http.get(f"{served.base}/old")
    assert (answer.body, answer.moved_to) == (b"feed", f"{served.base}/new")


def test_a_temporary_redirect_is_followed_but_not_a_move() -> None:
    with (
        serve({"/old": Route.redirect("/new", 302), "/new": Route(body=b"x")}) as served,
        Http() as http,
    ):
        assert http.get(f"{served.base}/old").moved_to is None


def test_conditional_get_answers_not_modified() -> None:
    with serve({"/f": Route(body=b"feed", etag='"v1"')}) as served, Http() as http:
        first = http.get(f"{served.base}/f")
        again = http.get(f"{served.base}/f", etag=first.etag)
    assert first.etag == '"v1"' and again.not_modified and again.body == b""


@pytest.mark.parametrize("status, words", [(404, "not found"), (500, r"an error \(500\)"),
                                           (429, "too many requests")])  # fmt: skip
def test_an_error_status_is_one_sentence(status: int, words: str) -> None:
    with (
        serve({"/x": Route(status=status)}) as served,
        Http() as http,
        pytest.raises(NetworkError, match=words) as caught,
    ):
        http.get(f"{served.base}/x")
    assert "127.0.0.1" in str(caught.value)
    assert caught.value.status == status


def test_an_endless_body_is_refused_at_the_cap() -> None:
    with (
        serve({"/big": Route(endless=True)}) as served,
        Http(max_bytes=1_000_000) as http,
        pytest.raises(NetworkError, match="more than"),
    ):
        http.get(f"{served.base}/big")


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    with (
        serve({"/big": Route(body=b"x" * 3_000_000)}) as served,
        Http(max_bytes=1_000_000) as http,
        pytest.raises(NetworkError, match="more than"),
    ):
        http.get(f"{served.base}/big")


def test_a_slow_answer_times_out() -> None:
    with (
        serve({"/slow": Route(body=b"x", delay=2.0)}) as served,
        Http(timeout=0.3) as http,
        pytest.raises(NetworkError, match=r"did not answer within 0\.3 s"),
    ):
        http.get(f"{served.base}/slow")


def test_cancel_stops_a_long_answer() -> None:
    polls = itertools.count()
    with (
        serve({"/big": Route(endless=True)}) as served,
        Http(cancelled=lambda: next(polls) > 3) as http,
        pytest.raises(Cancelled),
    ):
        http.get(f"{served.base}/big")
    assert next(polls) == 5  # stopped at the poll after the third chunk


def test_nothing_listening_says_cannot_reach() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    with Http() as http, pytest.raises(NetworkError, match=r"cannot reach 127\.0\.0\.1"):
        http.get(f"http://127.0.0.1:{port}/x")


def test_only_http_addresses_are_fetched() -> None:
    with Http() as http, pytest.raises(NetworkError, match="only http and https"):
        http.get("file:///etc/passwd")


def test_requests_to_one_host_are_spaced() -> None:
    with serve({"/a": Route(body=b"a")}) as served, Http(min_interval=0.25) as http:
        started = time.monotonic()
        for _ in range(3):
            http.get(f"{served.base}/a")
    assert time.monotonic() - started >= 0.5


# -- cancel() from another thread (the window's Cancel) ------------------------------------


def cancel_later(http: Http, seconds: float = 0.2) -> list[float]:
    """Call ``http.cancel()`` from another thread after ``seconds``; the list gets the time
    it was called."""
    called: list[float] = []

    def cancel() -> None:
        called.append(time.monotonic())
        http.cancel()

    timer = threading.Timer(seconds, cancel)
    timer.daemon = True
    timer.start()
    return called


def test_cancel_stops_a_request_whose_headers_never_come() -> None:
    with serve({"/slow": Route(body=b"x", delay=10)}) as served, Http() as http:
        called = cancel_later(http)
        with pytest.raises(Cancelled):
            http.get(f"{served.base}/slow")
        stopped = time.monotonic()
    assert called and stopped - called[0] < 0.5


def test_cancel_stops_a_body_that_stalls() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def answer_then_stall() -> None:
            conn, _ = listener.accept()
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
            time.sleep(10)  # the rest never comes
            conn.close()

        threading.Thread(target=answer_then_stall, daemon=True).start()
        with Http() as http:
            called = cancel_later(http)
            with pytest.raises(Cancelled):
                http.get(f"http://127.0.0.1:{port}/x")
            stopped = time.monotonic()
    assert called and stopped - called[0] < 0.5


def unaccepted_port(stack: contextlib.ExitStack) -> int:
    """A port whose listener's queue is full: a new connection is never accepted (skips
    where the system refuses it instead)."""
    listener = stack.enter_context(socket.socket())
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    for _ in range(8):
        filler = stack.enter_context(socket.socket())
        filler.settimeout(0.2)
        try:
            filler.connect(("127.0.0.1", port))
        except TimeoutError:
            return port  # this one hung: the queue is full
        except OSError:
            break
    pytest.skip("this system refuses a connection to a full queue instead of holding it")


def test_cancel_stops_a_connection_never_accepted() -> None:
    with contextlib.ExitStack() as stack, Http() as http:
        port = unaccepted_port(stack)
        called = cancel_later(http)
        with pytest.raises(Cancelled):
            http.get(f"http://127.0.0.1:{port}/x")
        stopped = time.monotonic()
    assert called and stopped - called[0] < 0.5


def test_cancel_stops_the_wait_between_requests() -> None:
    with serve({"/a": Route(body=b"a")}) as served, Http(min_interval=10) as http:
        http.get(f"{served.base}/a")
        called = cancel_later(http)
        with pytest.raises(Cancelled):
            http.get(f"{served.base}/a")
        stopped = time.monotonic()
    assert called and stopped - called[0] < 0.5
    assert len(served.requests) == 1


def test_a_cancelled_client_asks_nothing_more() -> None:
    with serve({"/a": Route(body=b"a")}) as served, Http() as http:
        http.cancel()
        with pytest.raises(Cancelled):
            http.get(f"{served.base}/a")
    assert served.requests == []


def test_cancel_stops_a_request_through_the_system_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    target = "http://books.example/slow"  # a proxy is asked for the whole address
    with serve({target: Route(body=b"x", delay=10)}) as proxy:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.base)
        with Http() as http:
            called = cancel_later(http, 0.5)
            with pytest.raises(Cancelled):
                http.get(target)
            stopped = time.monotonic()
    assert [path for path, _ in proxy.requests] == [target]  # it went through the proxy
    assert called and stopped - called[0] < 0.5
