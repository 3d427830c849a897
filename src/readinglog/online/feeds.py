"""Fetch and read a show's feed: a podcast's RSS or a YouTube channel's Atom feed.

``fetch`` makes one conditional GET through ``online.http`` (ETag / Last-Modified) and parses
the answer with feedparser into ``core.feeds.FeedRead``: a 304 is "not modified", a 301 moves
the stored URL (``FeedRead.url``). Each episode keeps its guid, title, date (as the feed
wrote it, in the feed's own time zone), ``itunes:duration`` in any of its forms (seconds,
MM:SS, HH:MM:SS, "1h 2m 3s", "62 min"), ``itunes:episode``, the enclosure and a plain-text
summary; a video keeps its link and ``media:description``.

``resolve`` turns what a user pastes into a feed URL: a YouTube channel URL (``/channel/UC…``)
becomes its ``feeds/videos.xml?channel_id=…`` directly; a handle (``/@name``), ``/c/name`` or
``/user/name`` is looked up on the channel's page (best effort); the retired GData format
(gdata.youtube.com, switched off in 2015) is refused with a sentence that says what to give.
YouTube's address is ``READINGLOG_YOUTUBE_URL`` when set (tests, mirrors).

A feed that is not well-formed XML, or not RSS or Atom at all, is refused whole: one
``FeedError`` sentence, and nothing is stored from it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
import xml.sax
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from readinglog.core import feeds as core_feeds
from readinglog.core.db import SessionFactory
from readinglog.core.errors import Message, UserError
from readinglog.core.feeds import EpisodeRead, FeedRead, Stored
from readinglog.core.models import FeedKind
from readinglog.core.types import Progress
from readinglog.online.http import Cancelled, Http, host_of

YOUTUBE_ENV = "READINGLOG_YOUTUBE_URL"
YOUTUBE_URL = "https://www.youtube.com"
YOUTUBE_HOSTS = frozenset({"youtube.com", "www.youtube.com", "m.youtube.com"})
YT_NAMESPACE = "http://www.youtube.com/xml/schemas/2015"
GDATA_MARK = "gdata.youtube.com"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
)
# A long-running show's feed lists every episode with its notes: over the client's usual 8 MB
# for some (a thousand episodes of a few KB each), so feeds get more; an endless body still stops.
FEED_MAX_BYTES = 32 * 1024 * 1024
_CHANNEL_ID = re.compile(r"UC[0-9A-Za-z_-]{22}")
_PAGE_CHANNEL = (
    re.compile(r'<link[^>]+rel="canonical"[^>]+href="[^"]*/channel/(UC[0-9A-Za-z_-]{22})"'),
    re.compile(
        r'<meta[^>]+itemprop="(?:channelId|identifier)"[^>]+content="(UC[0-9A-Za-z_-]{22})"'
    ),
    re.compile(r'"(?:externalId|channelId|browseId)"\s*:\s*"(UC[0-9A-Za-z_-]{22})"'),
)


class FeedError(UserError):
    """A feed that cannot be used: retired, malformed, or not a feed."""


def youtube_base() -> str:
    return os.environ.get(YOUTUBE_ENV, YOUTUBE_URL).rstrip("/")


def youtube_feed_url(channel_id: str) -> str:
    return f"{youtube_base()}/feeds/videos.xml?channel_id={channel_id}"


def _is_youtube(url: str) -> bool:
    parts = urlsplit(url)
    base = urlsplit(youtube_base())
    return parts.netloc.lower() in YOUTUBE_HOSTS or (
        parts.scheme == base.scheme and parts.netloc == base.netloc
    )


def refuse_gdata(url: str) -> None:
    if GDATA_MARK in host_of(url).lower():
        raise _gdata_refused(url)


def _gdata_refused(url: str) -> FeedError:
    return FeedError(
        "{url}: this is YouTube's retired GData feed format (gdata.youtube.com, switched off "
        "in 2015); give the channel's address instead (https://www.youtube.com/channel/UC… "
        "or https://www.youtube.com/@name)",
        url=url,
    )


def resolve(http: Http, url: str) -> tuple[str, FeedKind]:
    """The feed URL and kind for what a user gave: a feed URL, or a YouTube channel's page."""
    url = url.strip()
    refuse_gdata(url)
    if not _is_youtube(url):
        return url, FeedKind.RSS
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if path == "/feeds/videos.xml":
        channel = parse_qs(parts.query).get("channel_id", [""])[0]
        if _CHANNEL_ID.fullmatch(channel):
            return youtube_feed_url(channel), FeedKind.YOUTUBE
        return url, FeedKind.YOUTUBE  # ?user= or ?playlist_id=: fetched as given
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) >= 2 and segments[0] == "channel" and _CHANNEL_ID.fullmatch(segments[1]):
        return youtube_feed_url(segments[1]), FeedKind.YOUTUBE
    if segments and (segments[0].startswith("@") or segments[0] in ("c", "user")):
        name = segments[0] if segments[0].startswith("@") else "/".join(segments[:2])
        return youtube_feed_url(_channel_of_page(http, name, url)), FeedKind.YOUTUBE
    raise FeedError(
        "{url}: not a YouTube channel's address; give https://www.youtube.com/channel/UC… "
        "or https://www.youtube.com/@name",
        url=url,
    )


def _channel_of_page(http: Http, name: str, given: str) -> str:
    """Read a channel's id from its page (best effort: YouTube's page is not an API)."""
    answer = http.get(f"{youtube_base()}/{name}", accept="text/html")
    page = answer.text()
    for pattern in _PAGE_CHANNEL:
        found = pattern.search(page)
        if found:
            return found.group(1)
    raise FeedError(
        "{url}: could not find the channel's id on its page; open the channel in a browser "
        "and give its https://www.youtube.com/channel/UC… address",
        url=given,
    )


def fetch(
    http: Http,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FeedRead:
    """GET a feed (conditionally when validators are given) and read it."""
    refuse_gdata(url)
    answer = http.get(
        url, etag=etag, last_modified=last_modified, accept=ACCEPT, max_bytes=FEED_MAX_BYTES
    )
    where = answer.moved_to or url
    if answer.not_modified:
        kind = FeedKind.YOUTUBE if _is_youtube(where) else FeedKind.RSS
        return FeedRead(where, kind, etag=etag, last_modified=last_modified, not_modified=True)
    read = parse(answer.body, where)
    return FeedRead(
        where, read.kind, read.title, answer.etag, answer.last_modified, episodes=read.episodes
    )


def parse(body: bytes, url: str) -> FeedRead:
    """Read a feed's bytes (``url`` names it in messages); refuse what is not a usable feed."""
    import feedparser  # here: a CLI start that reads no feed does not pay for it

    # An XML declaration after blank lines is not well-formed, and common: tolerated.
    parsed = feedparser.parse(body.lstrip(), sanitize_html=False, resolve_relative_uris=False)
    namespaces = {str(value) for value in parsed.get("namespaces", {}).values()}
    if any(GDATA_MARK in value for value in namespaces):
        raise _gdata_refused(url)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("{url}: not an RSS or Atom feed (is it the show's web page?)", url=url)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise FeedError(
            "{url}: not a well-formed feed (line {line}: {problem}); nothing was stored from it",
            url=url,
            line=problem.getLineNumber(),
            problem=problem.getMessage(),
        )
    youtube = YT_NAMESPACE in namespaces
    kind = FeedKind.YOUTUBE if youtube else FeedKind.RSS
    episodes = tuple(
        episode
        for episode in (_episode(entry, youtube) for entry in parsed.entries)
        if episode is not None
    )
    title = _clean(parsed.feed.get("title"))
    return FeedRead(url, kind, title, episodes=episodes)


def _episode(entry: Any, youtube: bool) -> EpisodeRead | None:
    enclosure = _enclosure(entry)
    link = _clean(entry.get("link"))
    guid = _clean(entry.get("id")) or enclosure or link
    title = _clean(entry.get("title"))
    if youtube and entry.get("yt_videoid"):
        guid = f"yt:video:{entry['yt_videoid']}"
    if not guid and not title:
        return None  # nothing to know it by
    return EpisodeRead(
        guid=guid or f"title:{title}",
        title=title or link or guid or "",
        published_on=_date(entry),
        duration_s=parse_duration(entry.get("itunes_duration")),
        episode_number=_number(entry.get("itunes_episode")),
        url=link,
        enclosure_url=enclosure,
        summary=_summary(entry),
    )


def _enclosure(entry: Any) -> str | None:
    for enclosure in entry.get("enclosures", []):
        href = _clean(enclosure.get("href"))
        if href:
            return href
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _summary(entry: Any) -> str | None:
    text = entry.get("summary") or ""
    if not isinstance(text, str) or not text.strip():
        return None
    if "<" in text:
        from bs4 import BeautifulSoup

        text = BeautifulSoup(text, "html.parser").get_text("\n")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line) or None


def _date(entry: Any) -> dt.date | None:
    """The day the feed says, in the feed's own zone (23:59 +0200 stays that day)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


_UNITS = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])", re.IGNORECASE
)


def parse_duration(raw: object) -> int | None:
    """``itunes:duration`` in seconds: "3600", "3600.5", "45:30", "1:02:03", "1h 2m 3s",
    "62 min"; None for what is not a duration (empty, "unknown", negative)."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return round(float(text.replace(",", ".")))
    if re.fullmatch(r"\d+(?::\d{1,2}){1,2}(?:[.,]\d+)?", text):
        whole, _, fraction = text.replace(",", ".").partition(".")
        seconds = 0
        for part in whole.split(":"):
            seconds = seconds * 60 + int(part)
        return seconds + (1 if fraction and int(fraction[0]) >= 5 else 0)
    units = _UNITS.findall(text)
    if units and not _UNITS.sub("", text).strip(" ,"):
        scale = {"h": 3600, "m": 60, "s": 1}
        return round(sum(float(n.replace(",", ".")) * scale[u[0].lower()] for n, u in units))
    return None


def _number(raw: object) -> int | None:
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    return None


@dataclass(frozen=True)
class Refreshed:
    """One show's refresh: what was stored, or the one sentence of why it failed."""

    show_id: int
    title: str
    stored: Stored | None = None
    not_modified: bool = False
    error: str | None = None
    said: Message | None = None  # the error as the window translates it (i18n.said)

    def to_json(self) -> dict[str, object]:
        stored = self.stored
        return {
            "show_id": self.show_id, "title": self.title, "ok": self.error is None,
            "not_modified": self.not_modified, "error": self.error,
            "added": stored.added if stored else 0, "updated": stored.updated if stored else 0,
            "unchanged": stored.unchanged if stored else 0,
            "moved_to": stored.moved_to if stored else None,
        }  # fmt: skip


def refresh(
    sessions: SessionFactory, show_ids: Sequence[int], http: Http
) -> Generator[Progress, None, list[Refreshed]]:
    """Refresh each show's feed, each in its own transaction: a dead or malformed feed is
    recorded (its error, when checked) and the others go on. Cancel stops between requests
    (and within one); what was stored before stays."""
    sessions.ensure_writable()  # a read-only library is refused before any request
    done: list[Refreshed] = []
    total = len(show_ids)
    for index, show_id in enumerate(show_ids):
        title = str(show_id)
        try:
            with sessions() as s:
                where = core_feeds.source(s, show_id)
            title = where.title
            yield Progress(index, total, title)
            read = fetch(http, where.url, etag=where.etag, last_modified=where.last_modified)
        except Cancelled:
            raise
        except UserError as error:
            with sessions.begin() as s:
                core_feeds.store_error(s, show_id, error)
            done.append(Refreshed(show_id, title, error=str(error), said=error.said))
            continue
        with sessions.begin() as s:
            stored = core_feeds.store(s, show_id, read)
        done.append(Refreshed(show_id, title, stored, read.not_modified))
    yield Progress(total, total, "")
    return done
