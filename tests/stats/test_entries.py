"""Ratings, top lists and the finished entries' details."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.types import EventKind, ItemKind, Person, Role
from readinglog.stats.compute import figures
from readinglog.stats.entries import ranked
from readinglog.stats.figures import Period, Ranked
from tests.stats.helpers import D, add, book, log, read


def test_ratings_histogram_counts_titles_on_half_stars(library: Library) -> None:
    with library.sessions.begin() as s:
        for n, rating in enumerate([4.75, 5.0, 4.25, 4.0, 0.25, 3.5]):
            read(s, book(s, f"r{n}", rating=rating), None, D(2024, 1, 1 + n))
        twice = book(s, "twice", rating=3.5)
        read(s, twice, None, D(2024, 2, 1))
        read(s, twice, None, D(2024, 2, 2))
        read(s, book(s, "unrated"), None, D(2024, 2, 3))
        read(s, book(s, "other year", rating=1.0), None, D(2023, 2, 3))
    with library.sessions() as s:
        ratings = figures(s, Period.year(2024)).ratings
    # 4.75 -> 5, 4.25 -> 4.5, 0.25 -> 0.5; "twice" is one title.
    assert ratings == {0.5: 1, 3.5: 2, 4.0: 1, 4.5: 1, 5.0: 2}


def test_top_lists_count_titles_most_first_ties_by_name_ten_at_most(library: Library) -> None:
    with library.sessions.begin() as s:
        for n in range(12):
            item = book(s, f"b{n}", author=f"Author {n:02d}", tags=[f"tag{n:02d}", "common"])
            read(s, item, None, D(2024, 3, 1))
        prolific = book(s, "p1", author="Zed", tags=["common"])
        read(s, prolific, None, D(2024, 3, 2))
        read(s, prolific, None, D(2024, 3, 3))  # twice: still one title
        read(s, book(s, "p2", author="Zed"), None, D(2024, 3, 4))
        read(s, book(s, "p3", author="Zed"), None, D(2023, 3, 4))  # another year
        book(s, "unread", author="Zed", tags=["common"])
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
    assert year.top_authors[0] == Ranked("Zed", 2)
    assert [r.name for r in year.top_authors[1:]] == [f"Author {n:02d}" for n in range(9)]
    assert year.top_tags[0] == Ranked("common", 13)
    assert len(year.top_tags) == 10 and year.top_tags[1] == Ranked("tag00", 1)


def test_people_shows_and_platforms(library: Library) -> None:
    with library.sessions.begin() as s:
        show = add(s, ItemKind.PODCAST, "忽左忽右", people=[Person(Role.HOST, "程衍樑")])
        episodes = [
            add(
                s,
                ItemKind.EPISODE,
                f"ep{n}",
                parent_id=show,
                people=[Person(Role.HOST, "程衍樑"), Person(Role.HOST, "杨一")],
            )
            for n in range(3)
        ]
        for n, episode in enumerate(episodes):
            log(s, episode, EventKind.FINISHED, D(2024, 5, 1 + n))
        course = add(
            s,
            ItemKind.COURSE,
            "ML",
            platform="Coursera",
            people=[Person(Role.INSTRUCTOR, "Andrew Ng")],
        )
        log(s, course, EventKind.FINISHED, D(2024, 6, 1))
        talk = add(
            s, ItemKind.VIDEO, "Talk", channel="CUSEC", people=[Person(Role.SPEAKER, "Bret")]
        )
        log(s, talk, EventKind.FINISHED, D(2024, 6, 2))
        translated = add(
            s,
            ItemKind.BOOK,
            "三体",
            people=[Person(Role.TRANSLATOR, "Ken Liu"), Person(Role.AUTHOR, "刘慈欣")],
            cover="covers/santi.jpg",
        )
        log(s, translated, EventKind.FINISHED, D(2024, 6, 3))
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
        books = figures(s, Period.year(2024), ItemKind.BOOK)
    assert year.top_shows == (Ranked("忽左忽右", 3),)
    assert year.top_platforms == (Ranked("Coursera", 1), Ranked("CUSEC", 1))  # case folded
    assert {r.name: r.count for r in year.top_authors} == {
        "程衍樑": 3,
        "杨一": 3,
        "Andrew Ng": 1,
        "Bret": 1,
        "刘慈欣": 1,
    }
    entries = {e.title: e for e in year.finished_entries}
    assert entries["ep0"].people == ("程衍樑", "杨一")
    assert entries["ep0"].parent_title == "忽左忽右"
    assert entries["三体"].people == ("刘慈欣",)
    assert entries["三体"].cover_path == "covers/santi.jpg"
    assert [e.finished_on for e in year.finished_entries] == sorted(
        e.finished_on for e in year.finished_entries
    )
    assert books.top_shows == () and books.top_platforms == ()
    assert [e.title for e in books.finished_entries] == ["三体"]


def test_a_platform_is_a_course_or_series_platform_else_a_video_site_or_channel(
    library: Library,
) -> None:
    with library.sessions.begin() as s:
        series = add(s, ItemKind.SERIES, "Deep learning", platform="Coursera")
        course = add(s, ItemKind.COURSE, "CNNs", parent_id=series, platform="")
        finished = [
            series,
            course,
            add(s, ItemKind.VIDEO, "On a site", channel="TED"),
            add(s, ItemKind.VIDEO, "On a platform", platform="Bilibili"),
            add(s, ItemKind.VIDEO, "A channel's", platform="", channel="CUSEC"),
            add(s, ItemKind.ARTICLE, "Not a platform", site="example.com"),
        ]
        # A video's site is not a field one edits, but an import may have set it.
        s.get_one(Item, finished[2]).site = "youtube.com"
        s.get_one(Item, finished[3]).site = "b23.tv"
        for n, item in enumerate(finished):
            log(s, item, EventKind.FINISHED, D(2024, 7, 1 + n))
    with library.sessions() as s:
        year = figures(s, Period.year(2024))
    assert {r.name for r in year.top_platforms} == {"Coursera", "youtube.com", "Bilibili", "CUSEC"}
    assert sum(r.count for r in year.top_platforms) == 4  # the course has none of its own
    entries = {e.title: e for e in year.finished_entries}
    assert entries["CNNs"].parent_title == "Deep learning"
    assert year.top_shows == ()  # a series is no podcast


@given(st.dictionaries(st.sampled_from(["a", "B", "b", "c", "Ä", "d", "e", "F", "g", "h", "i",
                                        "j", "k", "刘", "l", "m"]), st.integers(1, 4)))  # fmt: skip
def test_a_top_list_is_the_first_ten_of_all_names_sorted(counts: dict[str, int]) -> None:
    everything = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold(), pair[0]))
    assert ranked(Counter(counts)) == tuple(Ranked(n, c) for n, c in everything[:10])
