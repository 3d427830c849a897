"""The one HTTP client: every request ReadingLog makes goes through ``Http.get``.

Discipline (issue 15): nothing touches the network unless the user asked; every request has a
timeout; every answer is read in chunks and refused past a size cap (an endless body never fills
memory); the system proxy is honoured (``HTTP(S)_PROXY``, ``NO_PROXY``: httpx reads them);
redirects are followed, and a permanent one (301/308) is reported so a stored URL can move;
conditional GET (ETag / Last-Modified) is one argument. A failure is one ``NetworkError`` with
one sentence that names the host and what happened ("offline", "timed out", "404"...).
Cancel: ``cancel()``, from any thread, stops a request wherever it is (connecting, waiting
for the headers, reading the body: its sockets are shut down, see ``online/cancelling.py``);
``cancelled`` is polled before each request and between chunks too. Either way the request
ends in ``Cancelled``, never in a ``NetworkError`` (the user asked; nothing is "offline").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from readinglog import __version__
from readinglog.core.errors import UserError
from readinglog.online.cancelling import Switch, install

USER_AGENT = (
    f"ReadingLog/{__version__} (personal reading log; +https://github.com/readinglog/readinglog)"
)
TIMEOUT_S = 15.0  # connect, read, write and pool, each
MAX_BYTES = 8 * 1024 * 1024  # a feed, a page, a cover: none is bigger in practice
CHUNK = 64 * 1024
PERMANENT = frozenset({301, 308})


class NetworkError(UserError):
    """A request that could not be made or answered: one sentence naming the host; ``status``
    is the HTTP status when the server answered with an error (404, 500, ...)."""

    def __init__(self, template: str, /, status: int | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.status = status


class Cancelled(UserError):
    """The user cancelled while a request was under way."""


@dataclass(frozen=True)
class Answer:
    url: str  # where the body came from, after redirects
    status: int  # 200, or 304 (not modified: ``body`` is empty)
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # the last permanent redirect's target, if there was one

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text, in the charset the server named (UTF-8 otherwise)."""
        charset = "utf-8"
        for part in self.content_type.split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def host_of(url: str) -> str:
    return urlsplit(url).netloc or url


@dataclass
class Http:
    """A client with ReadingLog's limits; ``min_interval`` spaces requests to one host
    (a polite rate limit for lookups across a library). ``cancel()`` may be called from
    another thread (the window's Cancel); once cancelled, the client stays cancelled."""

    timeout: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    min_interval: float = 0.0
    cancelled: Callable[[], bool] = lambda: False
    transport: httpx.BaseTransport | None = None  # tests may pass one; the default is real
    _last: dict[str, float] = field(default_factory=dict)
    _client: httpx.Client | None = None
    _switch: Switch = field(default_factory=Switch)

    def _session(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.timeout),
                headers={"User-Agent": USER_AGENT},
                follow_redirects=False,  # followed by hand: a permanent move is reported
                trust_env=True,  # the system proxy
                transport=self.transport,
            )
            install(self._client, self._switch)
        return self._client

    def cancel(self) -> None:
        """Stop the request under way, and refuse any later one, with ``Cancelled``
        (thread-safe: the request's thread wakes at once)."""
        self._switch.pull()

    @property
    def is_cancelled(self) -> bool:
        return self._switch.pulled or self.cancelled()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        if self.min_interval <= 0:
            return
        until = self._last.get(host, 0.0) + self.min_interval
        while (wait := until - time.monotonic()) > 0:
            if self.is_cancelled or self._switch.wait(min(wait, 0.1)):
                raise Cancelled("cancelled")
        self._last[host] = time.monotonic()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        max_bytes: int | None = None,
    ) -> Answer:
        """GET ``url`` (following up to 5 redirects) and read at most ``max_bytes``."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        limit = self.max_bytes if max_bytes is None else max_bytes
        moved_to: str | None = None
        current = url
        for _hop in range(6):
            if urlsplit(current).scheme not in ("http", "https"):
                raise NetworkError(
                    "{url}: only http and https addresses can be fetched", url=current
                )
            self._wait_turn(host_of(current))
            answer = self._one(current, headers, limit)
            if isinstance(answer, Answer):
                return Answer(**{**answer.__dict__, "moved_to": moved_to})
            status, target = answer
            if status in PERMANENT:
                moved_to = target
            current = target
        raise NetworkError("{host}: too many redirects", host=host_of(url))

    def _one(self, url: str, headers: dict[str, str], limit: int) -> Answer | tuple[int, str]:
        if self.is_cancelled:
            raise Cancelled("cancelled")
        try:
            return self._request(url, headers, limit)
        except (httpx.HTTPError, NetworkError) as error:
            if self._switch.pulled:  # the failure is the cancel's doing: not the network's
                raise Cancelled("cancelled") from error
            raise

    def _request(self, url: str, headers: dict[str, str], limit: int) -> Answer | tuple[int, str]:
        host = host_of(url)
        try:
            with self._session().stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return _answer(response, b"")
                if response.is_redirect:
                    target = response.headers.get("Location", "")
                    if not target:
                        raise NetworkError("{host}: a redirect without a Location", host=host)
                    return response.status_code, str(response.url.join(target))
                if response.status_code >= 400:
                    raise _refused(host, response.status_code)
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise _too_big(host, limit)
                body = bytearray()
                for chunk in response.iter_bytes(CHUNK):
                    if self.is_cancelled:
                        raise Cancelled("cancelled")
                    body += chunk
                    if len(body) > limit:
                        raise _too_big(host, limit)
                return _answer(response, bytes(body))
        except httpx.TimeoutException as error:
            raise NetworkError(
                "{host} did not answer within {seconds:g} s", host=host, seconds=self.timeout
            ) from error
        except httpx.ConnectError as error:
            raise NetworkError(
                "cannot reach {host} (offline, or the address is wrong): {error}",
                host=host,
                error=str(error),
            ) from error
        except httpx.HTTPError as error:
            raise NetworkError("{host}: {error}", host=host, error=str(error)) from error


def _answer(response: httpx.Response, body: bytes) -> Answer:
    return Answer(
        url=str(response.url),
        status=response.status_code,
        body=body,
        content_type=response.headers.get("Content-Type", ""),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
    )


def _too_big(host: str, limit: int) -> NetworkError:
    return NetworkError(
        "{host} sent more than {size} MB; the answer was not used",
        host=host,
        size=limit // (1024 * 1024),
    )


def _refused(host: str, status: int) -> NetworkError:
    """The server's error status as one sentence: a whole template per case, for translators."""
    if status == 401:
        return NetworkError("{host} answered not authorised", status=status, host=host)
    if status == 403:
        return NetworkError("{host} answered refused (403)", status=status, host=host)
    if status == 404:
        return NetworkError("{host} answered not found (404)", status=status, host=host)
    if status == 410:
        return NetworkError("{host} answered gone (410)", status=status, host=host)
    if status == 429:
        return NetworkError(
            "{host} answered too many requests (429): try again later", status=status, host=host
        )
    if status >= 500:
        return NetworkError(
            "{host} answered an error ({code})", status=status, host=host, code=status
        )
    return NetworkError("{host} answered HTTP {code}", status=status, host=host, code=status)
