"""A sentence kept in a text column (a feed's last error) reads back as the sentence it was:
``Message.to_text`` / ``Message.from_text`` (core/errors.py), ``feeds.store_error`` /
``feeds.last_error``. Text stored before sentences were kept (plain English, or anything else)
reads back as that text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readinglog.core import feeds, services
from readinglog.core.errors import Message, NotFound, Said, UserError
from readinglog.core.library import Library
from readinglog.core.models import Feed, FeedKind
from readinglog.core.types import ItemKind

URL = "https://example.org/feed.xml"


def _round_trip(said: Message) -> Message:
    read = Message.from_text(said.to_text())
    assert read is not None
    assert str(read) == str(said)
    return read


def test_a_sentence_inside_a_sentence_keeps_both_templates() -> None:
    reason = NotFound("{host} answered not found (404)", host="例子.org")
    outer = UserError("{url}: could not refresh ({reason})", url=URL, reason=reason)
    read = _round_trip(outer.said)
    assert read.template == outer.said.template
    inner = read.values["reason"]
    assert isinstance(inner, Message) and inner.template == reason.said.template
    assert inner.values == {"host": "例子.org"}  # Chinese kept as it is, not escaped away
    assert "例子.org" in outer.said.to_text()


def test_numbers_stay_numbers_so_their_format_still_applies() -> None:
    said = Message("{host} sent more than {size:,} MB in {seconds:g} s", host="h", size=12345,
                   seconds=0.5)  # fmt: skip
    stored = json.loads(said.to_text())
    assert stored["values"] == {"host": "h", "size": 12345, "seconds": 0.5}
    read = _round_trip(said)
    assert str(read) == "h sent more than 12,345 MB in 0.5 s"
    assert read.values["size"] == 12345 and isinstance(read.values["size"], int)


def test_other_values_are_stored_as_their_text() -> None:
    cut = Said(Message("line {n}: x", n=1), "x")  # shorter than its sentence: its text
    said = Message("{path} and {cut}", path=Path("/tmp/a b.xml"), cut=cut)
    read = _round_trip(said)
    assert read.values == {"path": "/tmp/a b.xml", "cut": "x"}


def test_a_said_value_keeps_its_sentence() -> None:
    read = _round_trip(Message("{host}: {reason}", host="h", reason=Said(Message("x {n}", n=1))))
    reason = read.values["reason"]
    assert isinstance(reason, Message) and reason.template == "x {n}" and str(reason) == "x 1"


def test_a_value_that_would_not_read_back_the_same_stores_the_english() -> None:
    said = Message("{path!r} cannot be read", path=Path("/tmp/x"))  # repr of a Path, not a str
    assert said.to_text() == str(said) == "PosixPath('/tmp/x') cannot be read"
    assert Message.from_text(said.to_text()) is None


@pytest.mark.parametrize(
    "text",
    [
        "cannot reach example.org (offline, or the address is wrong): [Errno 111]",  # old rows
        "",
        "{host} answered not found (404)",
        '{"template": "x"',  # cut short
        '{"template": "{host} answered", "values": {"h": 1}}',  # values that do not fill it
        '{"template": "{n:,}", "values": {"n": "many"}}',
        '{"template": "{0}", "values": {"a": 1}}',
        '{"template": "{a.b}", "values": {"a": 1}}',
        '{"template": "x", "values": {}, "more": 1}',
        '{"template": 5, "values": {}}',
        '{"template": "x {n}", "values": {"n": [1, 2]}}',
        '{"template": "x {n}", "values": {"n": {"template": 1, "values": {}}}}',
        '["template", "values"]',
        "null",
        "12",
    ],
)
def test_text_that_is_not_a_stored_sentence_reads_as_none(text: str) -> None:
    assert Message.from_text(text) is None


def _show(library: Library) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(s, ItemKind.PODCAST, "Show", field_values={"feed_url": URL})
    assert made.created is not None
    return made.created


def test_a_feed_error_reads_back_as_english_that_keeps_its_sentence(library: Library) -> None:
    show = _show(library)
    error = UserError(
        "{url}: not a well-formed feed (line {line}: {problem}); nothing was stored from it",
        url=URL, line=3, problem="mismatched tag",
    )  # fmt: skip
    with library.sessions.begin() as s:
        feeds.store_error(s, show, error)
    with library.sessions() as s:
        feed = s.get(Feed, show)
        assert feed is not None and feed.error != str(error)  # the sentence, not the English
        read = feeds.last_error(feed)
    assert read == str(error)
    assert isinstance(read, Said) and read.said.template == error.said.template
    assert read.said.values["line"] == 3


@pytest.mark.parametrize(
    "old",
    [
        "example.org answered not found (404)",
        '{"template": "{host} answered not found (404)"}',  # JSON-looking, not a sentence
        '{"error": "x"',
        "{host} answered not found (404)",
    ],
)
def test_a_row_stored_before_sentences_were_kept_reads_as_its_text(
    library: Library, old: str
) -> None:
    show = _show(library)
    with library.sessions.begin() as s:
        s.add(Feed(item_id=show, url=URL, kind=FeedKind.RSS, error=old))
    with library.sessions() as s:
        read = feeds.last_error(s.get(Feed, show))
    assert read == old and not isinstance(read, Said)


def test_no_feed_or_no_error_is_none(library: Library) -> None:
    show = _show(library)
    assert feeds.last_error(None) is None
    with library.sessions.begin() as s:
        s.add(Feed(item_id=show, url=URL, kind=FeedKind.RSS))
    with library.sessions() as s:
        assert feeds.last_error(s.get(Feed, show)) is None
