"""Reading feeds against a real local server: the recorded podcast RSS and YouTube Atom feeds,
durations in every form, conditional GET, a moved feed, the retired GData format, bad answers,
and YouTube channel addresses resolved to their feed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from readinglog.core.models import FeedKind
from readinglog.online import feeds
from readinglog.online.feeds import FeedError, parse_duration
from readinglog.online.http import Http, NetworkError
from tests.online.server import Route, serve

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
CHANNEL = "UCK8sQmJBp8GCxrOtXWBpyEA"


def _feeds(realdata: Path) -> Path:
    return realdata / "feeds"


def _expected_rss(path: Path) -> list[dict[str, str | None]]:
    """Each item of an RSS file, read with ElementTree (not with the code under test)."""
    items = []
    for item in ET.parse(path).getroot().iter("item"):
        enclosure = item.find("enclosure")
        items.append(
            {
                "guid": (item.findtext("guid") or "").strip(),
                "title": " ".join((item.findtext("title") or "").split()),
                "duration": (item.findtext(f"{ITUNES}duration") or "").strip() or None,
                "enclosure": enclosure.get("url") if enclosure is not None else None,
                "pubDate": item.findtext("pubDate"),
            }
        )
    return items


def _hms(text: str) -> int:
    seconds = 0
    for part in text.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


@pytest.mark.parametrize(
    "name", ["barryvdh_picofeed__podbean.xml", "barryvdh_picofeed__radio-france.xml"]
)
def test_a_podcast_feed_gives_every_episode_with_its_fields(realdata: Path, name: str) -> None:
    path = _feeds(realdata) / name
    expected = _expected_rss(path)
    with serve({"/feed/": Route.file(path, RSS)}) as served, Http() as http:
        read = feeds.fetch(http, f"{served.base}/feed/")
    assert read.kind is FeedKind.RSS and not read.not_modified
    assert len(read.episodes) == len(expected)
    for got, want in zip(read.episodes, expected, strict=True):
        assert got.guid == want["guid"]
        assert got.title == want["title"]
        assert got.enclosure_url == want["enclosure"]
        assert got.duration_s == (_hms(want["duration"]) if want["duration"] else None)
        day = dt.datetime.strptime(str(want["pubDate"]).strip(), "%a, %d %b %Y %H:%M:%S %z")
        assert got.published_on == day.date()  # the feed's own day, not UTC's


def test_podbean_counts_match_the_file(realdata: Path) -> None:
    """50 items, 43 with a duration: counted here from the XML with a regular expression."""
    path = _feeds(realdata) / "barryvdh_picofeed__podbean.xml"
    text = path.read_text(encoding="utf-8")
    items = len(re.findall(r"<item>", text))
    durations = len(re.findall(r"<itunes:duration>\s*\d", text))
    read = feeds.parse(path.read_bytes(), "podbean")
    assert (items, durations) == (50, 43)  # what SOURCES.tsv says the file holds
    assert len(read.episodes) == items
    assert sum(e.duration_s is not None for e in read.episodes) == durations
    assert read.title == "Around the Bloc"


def test_a_youtube_channel_feed_gives_its_videos(realdata: Path) -> None:
    path = _feeds(realdata) / "feedjira_feedjira__youtube_atom.xml"  # starts with a blank line
    root = ET.fromstring(path.read_text(encoding="utf-8").lstrip())
    ns = {"a": "http://www.w3.org/2005/Atom", "yt": feeds.YT_NAMESPACE,
          "media": "http://search.yahoo.com/mrss/"}  # fmt: skip
    entries = root.findall("a:entry", ns)
    where = f"/feeds/videos.xml?channel_id={CHANNEL}"
    with serve({where: Route.file(path, ATOM)}) as served, Http() as http:
        read = feeds.fetch(http, served.base + where)
    assert read.kind is FeedKind.YOUTUBE and read.title == root.findtext("a:title", None, ns)
    assert len(read.episodes) == len(entries) > 0
    for got, entry in zip(read.episodes, entries, strict=True):
        video = entry.findtext("yt:videoId", None, ns)
        assert got.guid == f"yt:video:{video}"
        assert got.url == entry.find("a:link", ns).get("href")  # type: ignore[union-attr]
        description = entry.findtext("media:group/media:description", "", ns)
        assert got.summary == "\n".join(
            " ".join(line.split()) for line in description.splitlines() if line.strip()
        )


def test_conditional_get_sends_the_validators_and_reads_not_modified(realdata: Path) -> None:
    path = _feeds(realdata) / "barryvdh_picofeed__podbean.xml"
    route = Route.file(path, RSS, etag='"v7"', headers={"Last-Modified": "Tue, 16 Dec 2014"})
    with serve({"/f": route}) as served, Http() as http:
        first = feeds.fetch(http, f"{served.base}/f")
        again = feeds.fetch(http, f"{served.base}/f", etag=first.etag,
                            last_modified=first.last_modified)  # fmt: skip
    assert (first.etag, first.last_modified) == ('"v7"', "Tue, 16 Dec 2014")
    assert again.not_modified and again.episodes == ()
    sent = served.requests[1][1]
    assert sent["If-None-Match"] == '"v7"' and sent["If-Modified-Since"] == "Tue, 16 Dec 2014"


def test_a_moved_feed_reports_its_new_address(realdata: Path) -> None:
    path = _feeds(realdata) / "barryvdh_picofeed__radio-france.xml"
    routes = {"/old": Route.redirect("/new"), "/new": Route.file(path, RSS)}
    with serve(routes) as served, Http() as http:
        read = feeds.fetch(http, f"{served.base}/old")
    assert read.url == f"{served.base}/new" and len(read.episodes) == 52


def test_a_temporary_redirect_keeps_the_address(realdata: Path) -> None:
    path = _feeds(realdata) / "barryvdh_picofeed__radio-france.xml"
    routes = {"/old": Route.redirect("/new", 302), "/new": Route.file(path, RSS)}
    with serve(routes) as served, Http() as http:
        assert feeds.fetch(http, f"{served.base}/old").url == f"{served.base}/old"


def test_the_retired_gdata_format_is_refused(realdata: Path) -> None:
    path = _feeds(realdata) / "barryvdh_picofeed__youtube.xml"
    with (
        serve({"/playlist": Route.file(path, ATOM)}) as served,
        Http() as http,
        pytest.raises(FeedError, match="retired GData") as caught,
    ):
        feeds.fetch(http, f"{served.base}/playlist")
    assert "\n" not in str(caught.value)
    with pytest.raises(FeedError, match="retired GData"):  # by its address, before any request
        feeds.resolve(Http(), "http://gdata.youtube.com/feeds/api/playlists/PLD50E7DEEB70F4CE0")


@pytest.mark.parametrize(
    "body, words",
    [
        (b"<?xml version='1.0'?><rss><channel><title>x</title><item><title>a</ti", "well-formed"),
        (b"<html><body><p>Our show</p></body></html>", "not an RSS or Atom feed"),
        (
            b"<!DOCTYPE html><html><head><meta charset=utf-8></head><body><p>Our show<br>",
            "not an RSS or Atom feed",
        ),  # a web page that is not XML at all
        (b'<rss version="2.0"><chan', "well-formed"),
        (b"", "not an RSS or Atom feed"),
    ],
)
def test_a_malformed_feed_is_one_sentence(body: bytes, words: str) -> None:
    with (
        serve({"/f": Route(body=body, content_type=RSS)}) as served,
        Http() as http,
        pytest.raises(FeedError, match=words) as caught,
    ):
        feeds.fetch(http, f"{served.base}/f")
    assert "\n" not in str(caught.value) and served.base in str(caught.value)


@pytest.mark.parametrize(
    "route, words",
    [
        (Route(status=404), "not found"),
        (Route(status=500), "error"),
        (Route(body=b"<rss/>", delay=2.0), "did not answer"),
    ],
)
def test_a_dead_feed_is_a_network_error(route: Route, words: str) -> None:
    with (
        serve({"/f": route}) as served,
        Http(timeout=0.5) as http,
        pytest.raises(NetworkError, match=words),
    ):
        feeds.fetch(http, f"{served.base}/f")


@pytest.mark.parametrize(
    "raw, seconds",
    [("3600", 3600), ("59", 59), ("45:30", 2730), ("1:02:03", 3723), ("01:02:03", 3723),
     ("90:00", 5400), ("1:02:03.6", 3724), ("1h 2m 3s", 3723), ("1h30m", 5400),
     ("62 min", 3720), ("2 hours", 7200), ("3600.4", 3600), (" 12:00 ", 720)],
)  # fmt: skip
def test_itunes_duration_in_every_form(raw: str, seconds: int) -> None:
    assert parse_duration(raw) == seconds


@pytest.mark.parametrize("raw", ["", "  ", "unknown", "1:xx", "-5", None, "h"])
def test_what_is_not_a_duration_is_none(raw: str | None) -> None:
    assert parse_duration(raw) is None


def test_episode_numbers_and_forms_of_duration_in_one_feed() -> None:
    body = """<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>经济学人 🎧</title>
<item><guid>a</guid><title>第1集</title><itunes:episode>1</itunes:episode>
<itunes:duration>1805</itunes:duration><pubDate>Mon, 30 Jun 2014 23:59:00 +0200</pubDate>
<description>&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;</description></item>
<item><guid>b</guid><title>Two</title><itunes:episode>two</itunes:episode>
<itunes:duration>1h 2m</itunes:duration></item>
</channel></rss>""".encode()
    read = feeds.parse(body, "test")
    first, second = read.episodes
    assert read.title == "经济学人 🎧"
    assert (first.episode_number, first.duration_s, first.published_on) == (
        1, 1805, dt.date(2014, 6, 30))  # fmt: skip
    assert first.summary == "One\nTwo & three"
    assert (second.episode_number, second.duration_s, second.published_on) == (None, 3720, None)


def test_a_channel_address_becomes_its_feed_without_a_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(feeds.YOUTUBE_ENV, raising=False)
    with Http(transport=None) as http:  # nothing is fetched: the id is in the address
        url, kind = feeds.resolve(http, f"https://www.youtube.com/channel/{CHANNEL}/videos")
    feed = f"https://www.youtube.com/feeds/videos.xml?channel_id={CHANNEL}"
    assert (url, kind) == (feed, FeedKind.YOUTUBE)
    assert feeds.resolve(Http(), "https://example.org/feed.xml") == (
        "https://example.org/feed.xml", FeedKind.RSS)  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [
        f'<html><head><link rel="canonical" href="https://www.youtube.com/channel/{CHANNEL}">',
        f'<html><meta itemprop="identifier" content="{CHANNEL}"></html>',
        f'<script>var ytInitialData = {{"header":{{"externalId":"{CHANNEL}"}}}};</script>',
    ],
)
def test_a_handle_is_resolved_from_the_channel_page(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = {"/@google": Route(body=page.encode(), content_type="text/html; charset=utf-8")}
    with serve(routes) as served, Http() as http:
        monkeypatch.setenv(feeds.YOUTUBE_ENV, served.base)
        url, kind = feeds.resolve(http, "https://www.youtube.com/@google")
    assert (url, kind) == (feeds.youtube_feed_url(CHANNEL), FeedKind.YOUTUBE)
    assert url.startswith(served.base)


def test_a_handle_whose_page_has_no_id_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {"/c/nobody": Route(body=b"<html>consent</html>", content_type="text/html")}
    with serve(routes) as served, Http() as http:
        monkeypatch.setenv(feeds.YOUTUBE_ENV, served.base)
        with pytest.raises(FeedError, match="could not find the channel's id") as caught:
            feeds.resolve(http, f"{served.base}/c/nobody")
    assert "\n" not in str(caught.value)


def test_a_feed_over_the_usual_cap_is_read_and_an_endless_one_stops() -> None:
    padding = b"x" * (9 * 1024 * 1024)  # past Http's 8 MB default, as a long show's feed is
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><!-- '
    big = head + padding + b" --><item><guid>a</guid><title>A</title></item></channel></rss>"
    routes = {"/big": Route(body=big, content_type=RSS), "/endless": Route(endless=True)}
    with serve(routes) as served, Http() as http:
        assert [e.guid for e in feeds.fetch(http, f"{served.base}/big").episodes] == ["a"]
        with pytest.raises(NetworkError, match="more than 32 MB"):
            feeds.fetch(http, f"{served.base}/endless")
