"""Episodes from feeds, in the database: a refresh stored by guid, the state kept, a move, marks
that make one entry under the show, and a show's feed through the trash and back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from readinglog.core import feeds, services, trash
from readinglog.core.errors import InvalidInput, Message, NotFound, UserError
from readinglog.core.feeds import EpisodeRead, FeedRead
from readinglog.core.library import Library
from readinglog.core.models import Feed, FeedEpisode, FeedKind, Item
from readinglog.core.types import ItemKind, Status

URL = "https://example.org/feed.xml"


def _episodes(n: int, *, start: int = 1) -> tuple[EpisodeRead, ...]:
    return tuple(
        EpisodeRead(
            guid=f"guid-{i}",
            title=f"第{i}集 Episode {i}",
            published_on=dt.date(2024, 1, 1) + dt.timedelta(days=i),
            duration_s=600 * i,
            episode_number=i,
            url=f"https://example.org/e/{i}",
            enclosure_url=f"https://example.org/e/{i}.mp3",
            summary=f"Summary {i} 🎧",
        )
        for i in range(start, start + n)
    )


def _show(library: Library, kind: ItemKind = ItemKind.PODCAST, url: str | None = URL) -> int:
    with library.sessions.begin() as s:
        fields = {"feed_url": url} if url and kind is ItemKind.PODCAST else {}
        made = services.add_item(s, kind, "经济学人 Podcast", field_values=fields).created
    assert made is not None
    return made


def _store(library: Library, show: int, read: FeedRead) -> feeds.Stored:
    with library.sessions.begin() as s:
        return feeds.store(s, show, read)


def _count_items(library: Library) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count(Item.id))) or 0


def test_a_refresh_lists_episodes_under_the_show_without_making_entries(
    library: Library,
) -> None:
    show = _show(library)
    before = _count_items(library)
    stored = _store(library, show, FeedRead(URL, FeedKind.RSS, "Show", '"e1"', None,
                                            episodes=_episodes(800)))  # fmt: skip
    assert (stored.added, stored.updated, stored.unchanged, stored.moved_to) == (800, 0, 0, None)
    assert _count_items(library) == before  # 800 episodes listed, no entry made
    with library.sessions() as s:
        listed = feeds.episodes(s, show, limit=3)
        feed = s.get(Feed, show)
        assert feed is not None and (feed.etag, feed.title, feed.error) == ('"e1"', "Show", None)
    assert [e.title for e in listed] == ["第800集 Episode 800", "第799集 Episode 799",
                                         "第798集 Episode 798"]  # fmt: skip
    assert listed[0].summary == "Summary 800 🎧" and listed[0].item_id is None


def test_a_second_refresh_adds_new_updates_changed_and_keeps_the_rest(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(5)))
    changed = list(_episodes(5))
    changed[1] = EpisodeRead(**{**changed[1].__dict__, "title": "Renamed", "duration_s": 61})
    again = (*_episodes(2, start=6), *changed)
    stored = _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=again))
    assert (stored.added, stored.updated, stored.unchanged) == (2, 1, 4)
    with library.sessions() as s:
        by_guid = {e.guid: e for e in s.scalars(select(FeedEpisode))}
    assert len(by_guid) == 7
    assert (by_guid["guid-2"].title, by_guid["guid-2"].duration_s) == ("Renamed", 61)


def test_an_episode_gone_from_the_feed_stays_listed(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(3)))
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(1, start=3)))
    with library.sessions() as s:
        assert len(feeds.episodes(s, show)) == 3


def test_not_modified_keeps_episodes_and_validators(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, "T", '"v1"', "Mon", episodes=_episodes(4)))
    stored = _store(
        library, show, FeedRead(URL, FeedKind.RSS, None, '"v1"', "Mon", not_modified=True)
    )
    assert (stored.added, stored.updated, stored.unchanged) == (0, 0, 0)
    with library.sessions() as s:
        feed = s.get(Feed, show)
        assert feed is not None and (feed.etag, feed.last_modified, feed.title) == (
            '"v1"', "Mon", "T")  # fmt: skip
        assert feed.checked_at is not None
        assert len(feeds.episodes(s, show)) == 4


def test_a_moved_feed_updates_the_stored_url_and_the_podcast(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, etag='"old"', episodes=_episodes(1)))
    new = "https://feeds.example.net/show.xml"
    stored = _store(library, show, FeedRead(new, FeedKind.RSS, episodes=_episodes(1)))
    assert stored.moved_to == new
    with library.sessions() as s:
        assert s.get(Item, show).feed_url == new  # type: ignore[union-attr]
        where = feeds.source(s, show)
    assert where.url == new


def test_not_modified_at_a_new_address_moves_it_and_keeps_the_validators(
    library: Library,
) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, "T", '"v1"', episodes=_episodes(2)))
    new = "https://feeds.example.net/show.xml"
    stored = _store(library, show, FeedRead(new, FeedKind.RSS, etag='"v1"', not_modified=True))
    assert stored.moved_to == new
    with library.sessions() as s:
        where = feeds.source(s, show)
        assert len(feeds.episodes(s, show)) == 2
    assert (where.url, where.etag) == (new, '"v1"')


def test_a_feed_url_the_user_changed_wins_and_forgets_the_validators(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, etag='"old"', episodes=_episodes(1)))
    with library.sessions.begin() as s:
        services.edit_item(s, show, field_values={"feed_url": "https://other.example/rss"})
    with library.sessions() as s:
        where = feeds.source(s, show)
    assert (where.url, where.etag) == ("https://other.example/rss", None)


def test_a_podcast_whose_feed_url_was_cleared_has_no_feed(library: Library) -> None:
    show = _show(library)
    series = _show(library, ItemKind.SERIES, None)
    with library.sessions.begin() as s:
        feeds.set_feed(s, series, "https://www.youtube.com/feeds/videos.xml?channel_id=UC1",
                       FeedKind.YOUTUBE)  # fmt: skip
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(2)))
    with library.sessions() as s:
        assert feeds.shows_with_feeds(s) == [show, series]
    with library.sessions.begin() as s:
        services.edit_item(s, show, field_values={"feed_url": None})
    with library.sessions() as s:
        assert feeds.shows_with_feeds(s) == [series]
        with pytest.raises(InvalidInput, match="has no feed"):
            feeds.source(s, show)
        assert len(feeds.episodes(s, show)) == 2  # what was listed stays listed


def test_an_error_is_remembered_and_nothing_else_changes(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, etag='"v"', episodes=_episodes(2)))
    with library.sessions.begin() as s:
        feeds.store_error(s, show, UserError("{host} answered not found (404)", host="example.org"))
    with library.sessions() as s:
        feed = s.get(Feed, show)
        assert feeds.last_error(feed) == "example.org answered not found (404)"
        assert feed is not None and feed.etag == '"v"' and len(feeds.episodes(s, show)) == 2
    other = _show(library)  # never fetched: the error still has somewhere to go
    with library.sessions.begin() as s:
        feeds.store_error(s, other, Message("cannot reach {host}", host="example.org"))
    with library.sessions() as s:
        assert feeds.last_error(s.get(Feed, other)) == "cannot reach example.org"


def test_marking_makes_one_entry_under_the_show_with_the_feed_fields(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(3)))
    with library.sessions() as s:
        episode = next(e for e in feeds.episodes(s, show) if e.episode_number == 2)
    with library.sessions.begin() as s:
        changes = feeds.mark(s, episode.id, Status.FINISHED, on=dt.date(2024, 5, 1))
    made = changes.created
    assert made is not None
    with library.sessions() as s:
        item = s.get(Item, made)
        assert item is not None
        assert (item.kind, item.parent_id, item.title, item.status) == (
            ItemKind.EPISODE, show, "第2集 Episode 2", Status.FINISHED)  # fmt: skip
        assert (item.episode_number, item.duration_s, item.published_on, item.url) == (
            2, 1200, dt.date(2024, 1, 3), "https://example.org/e/2")  # fmt: skip
        assert [x.finished_on for x in item.sessions] == [dt.date(2024, 5, 1)]
        listed = next(e for e in feeds.episodes(s, show) if e.id == episode.id)
        assert (listed.item_id, listed.status) == (made, Status.FINISHED)
    with library.sessions.begin() as s:  # marked again: the same entry changes
        again = feeds.mark(s, episode.id, Status.WANT)
    assert again.created is None
    with library.sessions() as s:
        assert s.get(Item, made).status is Status.WANT  # type: ignore[union-attr]
        assert s.scalar(select(func.count(Item.id)).where(Item.parent_id == show)) == 1


def test_a_youtube_video_becomes_a_video_of_the_series(library: Library) -> None:
    series = _show(library, ItemKind.SERIES, None)
    channel = "https://www.youtube.com/feeds/videos.xml?channel_id=UCK8sQmJBp8GCxrOtXWBpyEA"
    with library.sessions.begin() as s:
        feeds.set_feed(s, series, channel, FeedKind.YOUTUBE)
    video = EpisodeRead("yt:video:abc", "A talk", dt.date(2015, 5, 4), url="https://y/abc")
    _store(library, series, FeedRead(channel, FeedKind.YOUTUBE, "Google", episodes=(video,)))
    with library.sessions() as s:
        [listed] = feeds.episodes(s, series)
    with library.sessions.begin() as s:
        made = feeds.mark(s, listed.id, Status.IN_PROGRESS).created
    with library.sessions() as s:
        item = s.get(Item, made)
        assert item is not None
        assert (item.kind, item.parent_id, item.channel, item.status) == (
            ItemKind.VIDEO, series, "Google", Status.IN_PROGRESS)  # fmt: skip


@pytest.mark.parametrize("status", [Status.ABANDONED, Status.PAUSED])
def test_only_heard_in_progress_or_want_are_marks(library: Library, status: Status) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(1)))
    with library.sessions() as s:
        [listed] = feeds.episodes(s, show)
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="not a mark"):
        feeds.mark(s, listed.id, status)
    with library.sessions.begin() as s, pytest.raises(NotFound, match="no feed episode"):
        feeds.mark(s, 999_999, Status.FINISHED)


def test_a_feed_belongs_to_a_show(library: Library) -> None:
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "Sapiens").created
    assert book is not None
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="podcast show or"):
        feeds.set_feed(s, book, URL, FeedKind.RSS)
    series = _show(library, ItemKind.SERIES, None)
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="has no feed"):
        feeds.source(s, series)


def test_an_episode_entry_deleted_and_restored_keeps_its_listing(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, episodes=_episodes(2)))
    with library.sessions() as s:
        first = feeds.episodes(s, show)[0]
    with library.sessions.begin() as s:
        made = feeds.mark(s, first.id, Status.FINISHED).created
    assert made is not None
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, made)
    with library.sessions() as s:
        assert [e.item_id for e in feeds.episodes(s, show)] == [None, None]
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id).id
    with library.sessions() as s:  # restored: the listed episode is its entry's again
        assert [e.item_id for e in feeds.episodes(s, show)] == [restored, None]


def test_a_show_restored_from_the_trash_brings_its_feed_and_episodes(library: Library) -> None:
    show = _show(library)
    _store(library, show, FeedRead(URL, FeedKind.RSS, "T", '"v9"', episodes=_episodes(3)))
    with library.sessions() as s:
        first = feeds.episodes(s, show)[0]
    with library.sessions.begin() as s:
        made = feeds.mark(s, first.id, Status.FINISHED).created
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, show)
    with library.sessions() as s:
        assert s.scalar(select(func.count(FeedEpisode.id))) == 0
        assert s.get(Feed, show) is None
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    with library.sessions() as s:
        feed = s.get(Feed, restored.id)
        assert feed is not None and (feed.url, feed.etag, feed.title) == (URL, '"v9"', "T")
        listed = feeds.episodes(s, restored.id)
        assert [e.title for e in listed] == [e.title for e in reversed(_episodes(3))]
        assert listed[0].item_id == made  # the marked episode's entry is linked again
