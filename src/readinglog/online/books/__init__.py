"""Book details by ISBN or title from Open Library, Google Books and 豆瓣 (issue 15).

Each provider answers ``by_isbn`` and ``by_title`` with ``Candidate`` values; ``lookup`` asks
them in order and collects what they found. Nothing here runs unless the user asks, and every
request goes through ``online.http.Http`` (timeouts, size caps, the proxy, a polite interval).
Each provider's base URL is a setting with an environment override, so tests and mirrors can
point it elsewhere.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from readinglog.core import values
from readinglog.core.errors import InvalidInput, Message, NotFound
from readinglog.core.types import Person
from readinglog.online.http import Answer, Cancelled, Http, NetworkError, host_of

DEFAULT_ORDER = ("openlibrary", "googlebooks", "douban")
DEFAULT_URLS = {
    "openlibrary": "https://openlibrary.org",
    "googlebooks": "https://www.googleapis.com",
    "douban": "https://book.douban.com",
}
URL_ENV = {name: f"READINGLOG_{name.upper()}_URL" for name in DEFAULT_ORDER}
LABELS = {"openlibrary": "Open Library", "googlebooks": "Google Books", "douban": "豆瓣"}
MAX_CANDIDATES = 5  # per provider and query: a list to pick from, not a catalogue
INTERVAL_ENV = "READINGLOG_LOOKUP_INTERVAL"  # seconds between requests to one host (tests: 0)
DEFAULT_INTERVAL = 1.0


@dataclass(frozen=True)
class Candidate:
    """One book as a provider describes it; any part may be missing."""

    source: str  # a provider name: openlibrary, googlebooks, douban
    source_id: str  # its id there (OL7353617M, hV--zQEACAAJ, 35902899)
    title: str
    subtitle: str | None = None
    original_title: str | None = None
    people: tuple[Person, ...] = ()
    publisher: str | None = None
    year: int | None = None
    pages: int | None = None
    isbn10: str | None = None
    isbn13: str | None = None
    language: str | None = None
    summary: str | None = None
    cover_url: str | None = None
    url: str | None = None


class Provider(Protocol):
    @property
    def name(self) -> str: ...

    def by_isbn(self, http: Http, isbn: str) -> list[Candidate]: ...

    def by_title(self, http: Http, text: str) -> list[Candidate]: ...


@dataclass(frozen=True)
class Found:
    candidates: tuple[Candidate, ...]
    # providers that failed while others answered, one sentence each (``problem``)
    failures: tuple[Message, ...] = field(default=())

    @property
    def problems(self) -> tuple[str, ...]:
        """The failures in English (the command line's warnings)."""
        return tuple(str(failure) for failure in self.failures)


def base_url(name: str, configured: Mapping[str, str] | None = None) -> str:
    """The provider's base URL: its environment variable, else the setting, else the default."""
    url = os.environ.get(URL_ENV[name], "").strip() or (configured or {}).get(name, "").strip()
    return (url or DEFAULT_URLS[name]).rstrip("/")


def make(name: str, configured_urls: Mapping[str, str] | None = None) -> Provider:
    from readinglog.online.books import douban, googlebooks, openlibrary

    base = base_url(check_name(name), configured_urls)
    makers: dict[str, Callable[[str], Provider]] = {
        "openlibrary": openlibrary.OpenLibrary,
        "googlebooks": googlebooks.GoogleBooks,
        "douban": douban.Douban,
    }
    return makers[name](base)


def check_name(name: str) -> str:
    if name not in DEFAULT_URLS:
        raise InvalidInput(
            "source: {name!r} is not one of {choices}", name=name, choices=", ".join(DEFAULT_ORDER)
        )
    return name


def isbn_in(text: str) -> str | None:
    """The ISBN-13 ``text`` is (ISBN-10 turned into 13), or None when it is not an ISBN."""
    try:
        isbn = values.normalize_isbn(text)
    except InvalidInput:
        return None
    return values.isbn10_to_13(isbn) if len(isbn) == 10 else isbn


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def user_set(settings_order: Sequence[str]) -> bool:
    """Whether the ``lookup_providers`` setting is an order the user set: anything but the
    default list (every source, in ``DEFAULT_ORDER``). While it is the default, 豆瓣 goes
    first for a Chinese book; Preferences says which of the two holds by this same test."""
    return list(settings_order) != list(DEFAULT_ORDER)


def is_chinese(query: str) -> bool:
    """A Chinese ISBN (978-7), or a title with Chinese characters."""
    isbn = isbn_in(query)
    return isbn.startswith("9787") if isbn else has_han(query)


def order_for(settings_order: Sequence[str], query: str, source: str | None = None) -> list[str]:
    """The sources to ask for ``query``, in order: ``source`` alone when one is named; else the
    settings' order, with 豆瓣 first for a Chinese title or ISBN unless the user set the order
    (``user_set``). An unknown name is ``InvalidInput``."""
    if source:
        return [check_name(source)]
    ordered = [check_name(n) for n in dict.fromkeys(settings_order)]
    if not user_set(settings_order) and is_chinese(query) and "douban" in ordered:
        ordered.remove("douban")
        ordered.insert(0, "douban")
    return ordered


def providers_for(
    settings_order: Sequence[str],
    configured_urls: Mapping[str, str],
    query: str,
    source: str | None = None,
) -> list[Provider]:
    """The providers ``order_for`` names, each at its base URL."""
    return [make(name, configured_urls) for name in order_for(settings_order, query, source)]


def interval() -> float:
    """Seconds between two requests to one host: ``READINGLOG_LOOKUP_INTERVAL`` (tests set 0),
    else ``DEFAULT_INTERVAL``; a value that is no number is ``InvalidInput``."""
    raw = os.environ.get(INTERVAL_ENV, "").strip()
    try:
        seconds = float(raw) if raw else DEFAULT_INTERVAL
    except ValueError:
        raise InvalidInput(
            "{variable}: {raw!r} is not a number of seconds", variable=INTERVAL_ENV, raw=raw
        ) from None
    return max(seconds, 0.0)


def lookup(
    http: Http, query: str, providers: Sequence[Provider], *, first_only: bool = False
) -> Found:
    """Candidates for an ISBN or a title from each provider in turn (``first_only``: until one
    finds something). A provider that fails is a problem when another answers, the error when
    none does; nothing found is ``NotFound``."""
    isbn = isbn_in(query)
    text = " ".join(query.split())
    if not text:
        raise InvalidInput("lookup: give an ISBN or a title")
    found: list[Candidate] = []
    problems: list[Message] = []
    errors: list[NetworkError] = []
    for provider in providers:
        try:
            batch = provider.by_isbn(http, isbn) if isbn else provider.by_title(http, text)
        except Cancelled:
            raise
        except NetworkError as error:
            errors.append(error)
            problems.append(problem(provider.name, error))
            continue
        found.extend(batch[:MAX_CANDIDATES])
        if found and first_only:
            break
    if not found:
        if errors and len(errors) == len(providers):
            raise errors[0] if len(errors) == 1 else all_failed(problems)
        raise nothing_found(query, problems)
    return Found(tuple(found), tuple(problems))


def problem(source: str, error: NetworkError) -> Message:
    """``Google Books: <its error>``: a source that failed, its sentence translated in the
    window (a template of no words of its own: ``gui.runtime.i18n.said`` fills it as written)."""
    return Message("{source}: {reason}", source=LABELS[source], reason=error)


def joined(sentences: Sequence[Message]) -> Message:
    """The sentences one after the other, ``; `` between them, each one translated."""
    said = sentences[-1]
    for sentence in reversed(sentences[:-1]):
        said = Message("{first}; {rest}", first=sentence, rest=said)
    return said


def all_failed(problems: Sequence[Message]) -> NetworkError:
    """Every source failed: their sentences, each naming its source."""
    return NetworkError("{problems}", problems=joined(problems))


def nothing_found(query: str, problems: Sequence[Message] = ()) -> NotFound:
    """No source had the book (``problems``: those that failed meanwhile): a whole sentence
    for an ISBN and for a title, with and without problems."""
    isbn = isbn_in(query)
    title = " ".join(query.split())
    if isbn and problems:
        return NotFound(
            "no book found for ISBN {isbn} ({problems})", isbn=isbn, problems=joined(problems)
        )
    if isbn:
        return NotFound("no book found for ISBN {isbn}", isbn=isbn)
    if problems:
        return NotFound(
            "no book found for {title!r} ({problems})", title=title, problems=joined(problems)
        )
    return NotFound("no book found for {title!r}", title=title)


# -- helpers the providers share --------------------------------------------------------------


def json_of(answer: Answer) -> object:
    try:
        return json.loads(answer.body)
    except (ValueError, UnicodeDecodeError):
        raise NetworkError(
            "{host} sent an answer that is not JSON", host=host_of(answer.url)
        ) from None


def year_in(text: object) -> int | None:
    match = re.search(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)", str(text or ""))
    return int(match.group(1)) if match else None


def positive(value: object) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def text_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = value.strip()
    return cleaned or None


def isbns(raw: Sequence[object]) -> tuple[str | None, str | None]:
    """The first valid ISBN-10 and ISBN-13 among ``raw``; one made from the other where it is
    missing or wrong (providers do send ISBN-10s with a wrong check digit)."""
    ten = thirteen = None
    for value in raw:
        try:
            isbn = values.normalize_isbn(str(value))
        except InvalidInput:
            continue
        if len(isbn) == 10:
            ten = ten or isbn
        else:
            thirteen = thirteen or isbn
    if ten and not thirteen:
        thirteen = values.isbn10_to_13(ten)
    if thirteen and thirteen.startswith("978") and (ten is None or ten != isbn13_to_10(thirteen)):
        ten = isbn13_to_10(thirteen)
    return ten, thirteen


def isbn13_to_10(isbn13: str) -> str:
    core = isbn13[3:12]
    check = (11 - sum((10 - i) * int(c) for i, c in enumerate(core)) % 11) % 11
    return core + ("X" if check == 10 else str(check))


def as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def as_dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}
