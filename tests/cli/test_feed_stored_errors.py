"""A failed refresh stores its sentence (core/errors.py ``Message.to_text``), and the command
line still says the English it always said: ``feed refresh`` and its ``--json`` print the
sentence, and the stored error reads back (``feeds.last_error``) as exactly that English."""

from __future__ import annotations

from pathlib import Path

import pytest

import readinglog.cli as cli
from readinglog import paths
from readinglog.cli import feed_commands
from readinglog.core import feeds
from readinglog.core.errors import Message
from readinglog.core.library import Library
from readinglog.core.models import Feed
from tests.cli.helpers import run
from tests.online.server import Route, serve

Cap = pytest.CaptureFixture[str]
RSS = "application/rss+xml; charset=utf-8"
ROUTES = {
    "/gone": Route(status=404),
    "/broken": Route(status=503),
    "/page": Route(body=b"<html><body>a show's page</body></html>", content_type="text/html"),
    "/bad": Route(body=b"<rss><channel><item><title>x</ti", content_type=RSS),
}


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    if feed_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, feed_commands))


def _stored(home: Path, show: int) -> tuple[str | None, str | None]:
    """The feed's error column as stored, and as ``feeds.last_error`` reads it back."""
    with Library.open(paths.in_home(home)) as library, library.sessions() as s:
        feed = s.get(Feed, show)
        return (feed.error if feed else None), feeds.last_error(feed)


def test_the_cli_prints_the_english_the_stored_sentence_reads_back_as(
    home: Path, capsys: Cap
) -> None:
    with serve(ROUTES) as served:
        shows = {}
        for path in ROUTES:
            made = run(capsys, "add", "podcast", path.strip("/"), "--feed-url", served.base + path,
                       "--json")  # fmt: skip
            shows[path] = int(made.json()["id"])
        text = run(capsys, "feed", "refresh")
        as_json = run(capsys, "feed", "refresh", "--json")
    assert text.code == as_json.code == 1
    printed = {}
    for line in text.err.strip().splitlines():
        name, _, sentence = line.removeprefix("readinglog: ").partition(": ")
        printed[name] = sentence
    assert len(printed) == len(ROUTES), text.err
    by_id = {r["show_id"]: r["error"] for r in as_json.json()}
    for path, show in shows.items():
        stored, read = _stored(home, show)
        assert stored is not None and Message.from_text(stored) is not None  # the sentence
        sentence = printed[f"{path.strip('/')} ({show})"]
        assert read == sentence == by_id[show], path
    assert "answered not found (404)" in by_id[shows["/gone"]]
    assert "answered an error (503)" in by_id[shows["/broken"]]
    assert "not a well-formed feed (line " in by_id[shows["/bad"]]
