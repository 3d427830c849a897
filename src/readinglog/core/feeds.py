"""Episodes from feeds: what a refresh read, stored under its show; marking one makes an entry.

A show (a podcast, or a YouTube channel kept as a ``series``) has one ``feeds`` row: its URL,
the validators of the last answer (ETag / Last-Modified, for a conditional GET), when it was
checked and the last error. The episodes (or videos) the feed lists are ``feed_episodes``
rows, found again by their guid: a refresh adds the new ones and updates the changed ones;
one that left the feed stays (the user may have marked it, and old episodes drop off a feed's
end all the time).

Decision: episodes are listed under the show from this table, and an entry (a podcast
``episode``, or a ``video`` under a series) is made only when the user marks one heard,
watched, in progress or wanted. A feed is a publisher's catalogue, not the user's log: a show
with 800 episodes would otherwise flood the library with 800 "want" entries, drown the books
and the shows actually followed in every list, count and search, and make "want" mean
nothing. Listing them from the feed table costs nothing, keeps the library what the user
chose, and a mark is one step (``readinglog feed mark ID``) that makes a complete entry
(title, number, duration, date, link, summary) linked back to its feed row, so marking it
again changes that entry instead of adding a twin.

This module reads and writes the database only; fetching and parsing are online/feeds.py's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import activity, services
from readinglog.core.errors import InvalidInput, Message, NotFound, Said, UserError
from readinglog.core.models import Feed, FeedEpisode, FeedKind, Item, utcnow
from readinglog.core.types import Changes, EventKind, ItemKind, Status, Target

SHOW_KINDS = frozenset({ItemKind.PODCAST, ItemKind.SERIES})
# What a marked episode becomes, by its show's kind (types.PARENT_KINDS: an episode belongs to
# a podcast, a video to a series; a podcast whose feed is a YouTube one still gets episodes).
ENTRY_KIND = {ItemKind.PODCAST: ItemKind.EPISODE, ItemKind.SERIES: ItemKind.VIDEO}
MARKS = (Status.FINISHED, Status.IN_PROGRESS, Status.WANT)


@dataclass(frozen=True)
class EpisodeRead:
    """One episode or video as a feed lists it."""

    guid: str
    title: str
    published_on: dt.date | None = None
    duration_s: int | None = None
    episode_number: int | None = None
    url: str | None = None
    enclosure_url: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class FeedRead:
    """What one refresh got: ``not_modified`` (304) carries no episodes and changes nothing
    but the check time; ``url`` is where the feed is now (a 301 moved it)."""

    url: str
    kind: FeedKind
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    episodes: tuple[EpisodeRead, ...] = ()


@dataclass(frozen=True)
class Stored:
    """What storing a refresh did to a show's episodes."""

    show_id: int
    added: int
    updated: int
    unchanged: int
    moved_to: str | None  # the new URL when a permanent redirect moved the feed


@dataclass(frozen=True)
class FeedSource:
    """Where to fetch a show's feed from, and the validators for a conditional GET."""

    show_id: int
    title: str
    url: str
    kind: FeedKind
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class EpisodeView:
    id: int
    show_id: int
    title: str
    published_on: dt.date | None
    duration_s: int | None
    episode_number: int | None
    url: str | None
    enclosure_url: str | None
    summary: str | None
    item_id: int | None  # the entry made from it, when the user marked it
    status: Status | None  # that entry's status

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "show_id": self.show_id, "title": self.title,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "duration_s": self.duration_s, "episode_number": self.episode_number,
            "url": self.url, "enclosure_url": self.enclosure_url, "summary": self.summary,
            "item_id": self.item_id, "status": self.status.value if self.status else None,
        }  # fmt: skip


def _show(s: Session, show_id: int) -> Item:
    item = services.load_item(s, show_id)
    if item.kind not in SHOW_KINDS:
        raise InvalidInput(
            "entry {id} is a {kind}; feeds belong to a podcast show or a series",
            id=show_id,
            kind=item.kind.said,
        )
    return item


def set_feed(s: Session, show_id: int, url: str, kind: FeedKind) -> Changes:
    """Give a show (a podcast or a series) its feed URL, of either kind: what a marked episode
    becomes follows the show (ENTRY_KIND). A new URL forgets the old validators."""
    item = _show(s, show_id)
    feed = s.get(Feed, show_id)
    if feed is None:
        s.add(Feed(item_id=show_id, url=url, kind=kind))
    elif feed.url != url or feed.kind is not kind:
        feed.url, feed.kind, feed.etag, feed.last_modified = url, kind, None, None
    if item.kind is ItemKind.PODCAST:
        item.feed_url = url
    item.updated_at = utcnow()
    services.queue_for_index(s, Target.ITEM, [show_id])
    return Changes(items=frozenset({show_id}))


def source(s: Session, show_id: int) -> FeedSource:
    """Where a show's feed is. A podcast's own feed URL (typed, or from OPML) is the truth for
    a podcast: when it differs from the one stored here the user changed it (its validators are
    forgotten), and a podcast without one has no feed. A series has only the row here."""
    item = _show(s, show_id)
    feed = s.get(Feed, show_id)
    if item.kind is ItemKind.PODCAST and item.feed_url:
        if feed is None or feed.url != item.feed_url:
            return FeedSource(show_id, item.title, item.feed_url, FeedKind.RSS, None, None)
    elif item.kind is ItemKind.PODCAST or feed is None:
        raise InvalidInput(
            "entry {id} ({title}) has no feed; give it one with: readinglog feed add {id} URL",
            id=show_id,
            title=item.title,
        )
    assert feed is not None
    return FeedSource(show_id, item.title, feed.url, feed.kind, feed.etag, feed.last_modified)


def shows_with_feeds(s: Session) -> list[int]:
    """Every show that has a feed: podcasts with a feed URL, series with a feed row."""
    podcasts = s.scalars(
        select(Item.id).where(Item.kind == ItemKind.PODCAST, Item.feed_url.is_not(None))
    )
    series = s.scalars(
        select(Feed.item_id)
        .join(Item, Item.id == Feed.item_id)
        .where(Item.kind != ItemKind.PODCAST)
    )
    return sorted(set(podcasts) | set(series))


def store(s: Session, show_id: int, read: FeedRead) -> Stored:
    """Store what a refresh of ``show_id`` read: new episodes added, changed ones updated by
    guid, the validators and the URL (moved by a 301) kept, the error cleared."""
    item = _show(s, show_id)
    feed = s.get(Feed, show_id)
    if feed is None:
        feed = Feed(item_id=show_id, url=read.url, kind=read.kind)
        s.add(feed)
        s.flush()
    fetched_from = item.feed_url if item.kind is ItemKind.PODCAST and item.feed_url else feed.url
    moved_to = read.url if read.url != fetched_from else None
    feed.url = read.url  # a 304 after a 301: the validators still hold at the new address
    if item.kind is ItemKind.PODCAST and item.feed_url != read.url:
        item.feed_url = read.url
        item.updated_at = utcnow()
    feed.checked_at, feed.error = utcnow(), None
    if read.not_modified:
        return Stored(show_id, 0, 0, 0, moved_to)
    feed.etag, feed.last_modified = read.etag, read.last_modified
    feed.kind, feed.title = read.kind, read.title
    rows = s.scalars(select(FeedEpisode).where(FeedEpisode.feed_id == show_id))
    known = {row.guid: row for row in rows}
    added = updated = unchanged = 0
    seen: set[str] = set()
    for episode in read.episodes:
        if episode.guid in seen:  # a feed that lists one guid twice: the first wins
            continue
        seen.add(episode.guid)
        values = _values(episode)
        row = known.get(episode.guid)
        if row is None:
            s.add(FeedEpisode(feed_id=show_id, guid=episode.guid, **values))
            added += 1
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            updated += 1
        else:
            unchanged += 1
    s.flush()
    return Stored(show_id, added, updated, unchanged, moved_to)


def _values(episode: EpisodeRead) -> dict[str, object]:
    return {
        "title": episode.title, "published_on": episode.published_on,
        "duration_s": episode.duration_s, "episode_number": episode.episode_number,
        "url": episode.url, "enclosure_url": episode.enclosure_url, "summary": episode.summary,
    }  # fmt: skip


def store_error(s: Session, show_id: int, error: UserError | Message) -> None:
    """Remember why the last refresh failed (its sentence, so the window can say it in its
    language: ``last_error``); the episodes and validators stay as they were."""
    feed = s.get(Feed, show_id)
    if feed is None:
        item = _show(s, show_id)
        if item.kind is not ItemKind.PODCAST or not item.feed_url:
            return
        feed = Feed(item_id=show_id, url=item.feed_url, kind=FeedKind.RSS)
        s.add(feed)
    said = error.said if isinstance(error, UserError) else error
    feed.checked_at, feed.error = utcnow(), said.to_text()


def last_error(feed: Feed | None) -> str | None:
    """Why the feed's last refresh failed, in English: a ``Said`` that keeps its sentence for the
    window (``i18n.said``); a row stored before sentences were kept is its plain text."""
    if feed is None or feed.error is None:
        return None
    said = Message.from_text(feed.error)
    return feed.error if said is None else Said(said)


def episodes(s: Session, show_id: int, *, limit: int | None = None) -> list[EpisodeView]:
    """A show's episodes, the newest first (undated ones after, in the feed's order)."""
    _show(s, show_id)
    query = (
        select(FeedEpisode, Item.status)
        .outerjoin(Item, Item.id == FeedEpisode.item_id)
        .where(FeedEpisode.feed_id == show_id)
        .order_by(FeedEpisode.published_on.desc().nulls_last(), FeedEpisode.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_view(row, status) for row, status in s.execute(query)]


def episode(s: Session, episode_id: int) -> EpisodeView:
    row = s.get(FeedEpisode, episode_id)
    if row is None:
        raise NotFound("no feed episode with id {id}", id=episode_id)
    status = None
    if row.item_id is not None:
        status = s.scalar(select(Item.status).where(Item.id == row.item_id))
    return _view(row, status)


def _view(row: FeedEpisode, status: Status | None) -> EpisodeView:
    return EpisodeView(
        row.id, row.feed_id, row.title, row.published_on, row.duration_s, row.episode_number,
        row.url, row.enclosure_url, row.summary, row.item_id, status,
    )  # fmt: skip


def mark(s: Session, episode_id: int, status: Status, *, on: dt.date | None = None) -> Changes:
    """Mark a listed episode: the first mark makes its entry under the show (an episode of a
    podcast, a video of a series) with the feed's fields; a later one changes that entry's
    status. Finished and in progress are logged as activity on ``on`` (today)."""
    if status not in MARKS:
        raise InvalidInput(
            "status: {mark} is not a mark; use {choices}",
            mark=status.value,
            choices=", ".join(m.value for m in MARKS),
        )
    row = s.get(FeedEpisode, episode_id)
    if row is None:
        raise NotFound("no feed episode with id {id}", id=episode_id)
    feed = s.get(Feed, row.feed_id)
    assert feed is not None  # the foreign key
    changes = Changes()
    if row.item_id is None:
        changes = _make_entry(s, row, feed)
        assert changes.created is not None
        row.item_id = changes.created
        s.flush()
    item = services.load_item(s, row.item_id)
    if item.status is not status:
        event = {Status.FINISHED: EventKind.FINISHED, Status.IN_PROGRESS: EventKind.STARTED}
        if status in event:
            changes |= activity.log_event(s, item.id, event[status], on or dt.date.today())
        else:
            changes |= services.edit_item(s, item.id, status=status)
    return changes | Changes(items=frozenset({item.id, row.feed_id}))


def _make_entry(s: Session, row: FeedEpisode, feed: Feed) -> Changes:
    show = services.load_item(s, row.feed_id)
    kind = ENTRY_KIND[show.kind]
    fields: dict[str, object] = {
        "url": row.url or row.enclosure_url, "summary": row.summary,
        "duration": row.duration_s, "published": row.published_on,
    }  # fmt: skip
    if kind is ItemKind.EPISODE:
        fields["episode_number"] = row.episode_number
    if kind is ItemKind.VIDEO:
        fields["channel"] = feed.title or show.title
    return services.add_item(
        s, kind, row.title,
        field_values={name: value for name, value in fields.items() if value is not None},
        parent_id=row.feed_id, status=Status.WANT,
    )  # fmt: skip


def show_ids(s: Session, names: Sequence[str]) -> list[int]:
    """Shows named by id (or by exact title, when one show has it)."""
    found: list[int] = []
    for name in names:
        if name.isdigit():
            found.append(_show(s, int(name)).id)
            continue
        ids = list(s.scalars(select(Item.id).where(Item.kind.in_(SHOW_KINDS), Item.title == name)))
        if len(ids) != 1:
            if not ids:
                raise NotFound("no show titled {name!r}; name it by its id", name=name)
            raise NotFound(
                "{count} shows titled {name!r}; name it by its id", count=len(ids), name=name
            )
        found.append(ids[0])
    return found
