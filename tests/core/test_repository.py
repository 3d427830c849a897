"""Read queries over a small, realistic bilingual library built with ORM objects."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from readinglog.core import repository as repo
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.core.library import Library
from readinglog.core.models import (
    Event,
    Item,
    ItemPerson,
    Note,
    NoteItem,
    ReadingSession,
    Tag,
)
from readinglog.core.query import DateRange, parse_filter
from readinglog.core.text import plain_words, sort_key
from readinglog.core.types import (
    EventKind,
    ItemKind,
    Lang,
    Person,
    ProgressUnit,
    Role,
    SessionView,
    Status,
)

D = dt.date
K = ItemKind


def at(year: int, month: int = 1, day: int = 1) -> dt.datetime:
    # Noon UTC: the same local day in every time zone from UTC-11 to UTC+11.
    return dt.datetime(year, month, day, 12, tzinfo=dt.UTC)


class Ids(dict[str, int]):
    def __getattr__(self, name: str) -> int:
        return self[name]


def _item(
    s: Session,
    tags: dict[str, Tag],
    kind: ItemKind,
    title: str,
    status: Status,
    *,
    people: tuple[tuple[Role, str], ...] = (),
    tag_names: tuple[str, ...] = (),
    reads: tuple[tuple[D | None, D | None, Status | None], ...] = (),
    created: dt.datetime,
    updated: dt.datetime,
    **columns: Any,
) -> Item:
    item = Item(
        kind=kind,
        title=title,
        sort_key=sort_key(title),
        status=status,
        created_at=created,
        updated_at=updated,
        **columns,
    )
    item.people = [ItemPerson(role=r, name=n, position=i) for i, (r, n) in enumerate(people)]
    item.tags = [tags[t] for t in tag_names]
    item.sessions = [ReadingSession(started_on=a, finished_on=b, outcome=o) for a, b, o in reads]
    s.add(item)
    s.flush()
    return item


def _note(
    s: Session,
    tags: dict[str, Tag],
    title: str,
    body: str,
    lang: Lang,
    items: tuple[Item, ...],
    tag_names: tuple[str, ...],
    created: dt.datetime,
    updated: dt.datetime,
) -> Note:
    note = Note(
        title=title,
        sort_key=sort_key(title),
        body=body,
        lang=lang,
        created_at=created,
        updated_at=updated,
    )
    note.tags = [tags[t] for t in tag_names]
    note.item_links = [NoteItem(item=item, position=i) for i, item in enumerate(items)]
    s.add(note)
    s.flush()
    return note


def build(s: Session) -> Ids:
    names = ["history", "economics", "fiction", "science fiction", "programming", "历史"]
    names += ["经济学", "unused"]
    tags = {n: Tag(name=n) for n in names}
    s.add_all(tags.values())
    A, T, H, G, I = Role.AUTHOR, Role.TRANSLATOR, Role.HOST, Role.GUEST, Role.INSTRUCTOR  # noqa: E741
    F, AB = Status.FINISHED, Status.ABANDONED
    sapiens = _item(
        s, tags, K.BOOK, "Sapiens: A Brief History of Humankind", F,
        people=((A, "Yuval Noah Harari"),), tag_names=("history",),
        reads=((D(2019, 1, 5), D(2019, 2, 10), F),), rating=4.5, isbn13="9780062316097",
        isbn10="0062316095", pages=443, created=at(2019, 1, 5), updated=at(2019, 2, 10),
    )  # fmt: skip
    renlei = _item(
        s, tags, K.BOOK, "人类简史", F, original_title="Sapiens",
        people=((A, "尤瓦尔·赫拉利"), (T, "林俊宏")), tag_names=("历史", "history"),
        reads=((D(2021, 3, 1), D(2021, 3, 20), F),), rating=4.0,
        created=at(2021, 3, 1), updated=at(2021, 3, 20),
    )  # fmt: skip
    python = _item(
        s, tags, K.BOOK, "Python Crash Course", Status.IN_PROGRESS,
        people=((A, "Eric Matthes"),), tag_names=("programming",),
        reads=((D(2024, 1, 10), None, None),), created=at(2024, 1, 10), updated=at(2024, 2, 1),
    )  # fmt: skip
    jingji = _item(
        s, tags, K.BOOK, "经济学原理", F, people=((A, "N. Gregory Mankiw"),),
        tag_names=("经济学", "economics"), rating=3.5, created=at(2019, 6, 1),
        # A re-read: listed in the wrong order on purpose, views order them by start.
        reads=((D(2021, 2, 1), D(2021, 4, 15), F), (D(2019, 6, 1), D(2019, 8, 30), F)),
        updated=at(2021, 4, 15),
    )  # fmt: skip
    dune = _item(
        s, tags, K.BOOK, "Dune", AB, people=((A, "Frank Herbert"),),
        tag_names=("fiction", "science fiction"), rating=2.0,
        reads=((D(2020, 3, 1), D(2020, 3, 20), AB),), created=at(2020, 3, 1),
        updated=at(2020, 3, 20),
    )  # fmt: skip
    show = _item(
        s, tags, K.PODCAST, "Planet Money", Status.IN_PROGRESS,
        people=((H, "Kenny Malone"),), tag_names=("economics",),
        created=at(2020, 1, 1), updated=at(2020, 1, 1),
    )  # fmt: skip
    episode = _item(
        s, tags, K.EPISODE, "The Invention of Money", F, parent=show,
        people=((G, "David Kestenbaum"), (H, "Kenny Malone")), rating=5.0, episode_number=927,
        reads=((D(2020, 3, 5), D(2020, 3, 5), F),), created=at(2020, 3, 5), updated=at(2020, 3, 6),
    )  # fmt: skip
    episode2 = _item(
        s, tags, K.EPISODE, "Episode 100", Status.WANT, parent=show, episode_number=100,
        created=at(2020, 3, 7), updated=at(2020, 3, 7),
    )  # fmt: skip
    series = _item(
        s, tags, K.SERIES, "Deep Learning Specialization", Status.IN_PROGRESS,
        people=((I, "Andrew Ng"),), created=at(2020, 2, 1), updated=at(2020, 2, 1),
    )  # fmt: skip
    course = _item(
        s, tags, K.COURSE, "Neural Networks and Deep Learning", F, parent=series,
        people=((I, "Andrew Ng"),), tag_names=("programming",), rating=4.75,
        platform="Coursera", reads=((D(2020, 2, 1), D(2020, 3, 31), F),),
        created=at(2020, 2, 1), updated=at(2020, 4, 2),
    )  # fmt: skip
    article = _item(
        s, tags, K.ARTICLE, "100% Pure_Fun", Status.WANT, people=((A, "Some Blogger"),),
        created=at(2024, 6, 1), updated=at(2024, 6, 1),
    )  # fmt: skip
    entries = (sapiens, renlei, python, jingji, dune, show, episode, episode2, series, course)
    names = "sapiens renlei python jingji dune show episode episode2 series course article"
    ids = Ids(zip(names.split(), (e.id for e in (*entries, article)), strict=True))

    n_money = _note(
        s, tags, "Money is a shared fiction", "Both *Sapiens* and the episode say money is trust.",
        Lang.EN, (episode, sapiens), ("history", "economics"), at(2020, 3, 6), at(2020, 3, 6),
    )  # fmt: skip
    n_zh = _note(
        s, tags, "读书笔记：人类简史", "认知革命让智人能够讲故事。", Lang.ZH, (renlei,),
        ("历史",), at(2021, 3, 21), at(2022, 1, 1),
    )  # fmt: skip
    n_alone = _note(
        s, tags, "Standalone thought", "今天 learned about GPU 和 CUDA", Lang.MIXED, (),
        (), at(2024, 5, 1), at(2024, 5, 1),
    )  # fmt: skip
    n_backprop = _note(
        s, tags, "Backprop", "Gradient descent with `code here` and [a link](http://x.org).",
        Lang.EN, (course,), ("programming",), at(2020, 4, 1), at(2020, 4, 1),
    )  # fmt: skip
    ids.update(n_money=n_money.id, n_zh=n_zh.id, n_alone=n_alone.id, n_backprop=n_backprop.id)

    def ev(item: Item, kind: EventKind, on: D, value: float | None = None) -> None:
        unit = ProgressUnit.PAGES if value is not None else None
        s.add(Event(item_id=item.id, kind=kind, on=on, value=value, unit=unit))

    ev(sapiens, EventKind.STARTED, D(2019, 1, 5))
    ev(sapiens, EventKind.FINISHED, D(2019, 2, 10))
    ev(dune, EventKind.STARTED, D(2020, 3, 1))
    ev(course, EventKind.FINISHED, D(2020, 3, 31))
    ev(dune, EventKind.ABANDONED, D(2020, 3, 20))
    ev(episode, EventKind.FINISHED, D(2020, 3, 5))
    ev(python, EventKind.PROGRESS, D(2024, 2, 1), 120)
    ev(jingji, EventKind.FINISHED, D(2019, 8, 30))
    ev(jingji, EventKind.FINISHED, D(2021, 4, 15))
    ev(course, EventKind.FINISHED, D(2020, 4, 1))
    return ids


def set_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates like ``added:2024`` are local days: pin the zone so results don't vary."""
    set_zone(monkeypatch, "UTC")
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def ids(library: Library) -> Ids:
    with library.sessions.begin() as s:
        return build(s)


@pytest.fixture
def s(library: Library, ids: Ids) -> Iterator[Session]:
    with library.sessions() as session:
        yield session


def items(s: Session, text: str, sort: str = "title", descending: bool | None = None) -> list[int]:
    return repo.item_ids(s, parse_filter(text), sort, descending)


def notes(
    s: Session, text: str, sort: str = "updated", descending: bool | None = None
) -> list[int]:
    return repo.note_ids(s, parse_filter(text), sort, descending)


def by(ids: Ids, *names: str) -> list[int]:
    return [ids[n] for n in names]


# -- item filters ----------------------------------------------------------------------------


def test_title_sort_puts_chinese_titles_by_pinyin(s: Session, ids: Ids) -> None:
    # dune < jing ji xue yuan li < python crash course < ren lei jian shi < sapiens
    expected = by(ids, "dune", "jingji", "python", "renlei", "sapiens")
    assert items(s, "kind:book") == expected
    assert items(s, "kind:book", descending=True) == expected[::-1]


def test_kind_status_and_aliases(s: Session, ids: Ids) -> None:
    assert items(s, "kind:show") == by(ids, "show")
    assert items(s, "kind:episode") == by(ids, "episode2", "episode")
    assert items(s, "status:reading") == by(ids, "series", "show", "python")
    assert items(s, "status:dnf") == by(ids, "dune")
    assert items(s, "status:to-read") == by(ids, "article", "episode2")
    assert items(s, "kind:book -status:finished") == by(ids, "dune", "python")


def test_tags_ignore_ascii_case_and_take_phrases_and_chinese(s: Session, ids: Ids) -> None:
    assert items(s, "tag:economics") == by(ids, "jingji", "show")
    assert items(s, "tag:ECONOMICS") == by(ids, "jingji", "show")
    assert items(s, 'tag:"science fiction"') == by(ids, "dune")
    assert items(s, "tag：经济学") == by(ids, "jingji")
    assert items(s, "tag:history tag:历史") == by(ids, "renlei")
    assert items(s, "kind:book -tag:fiction") == by(ids, "jingji", "python", "renlei", "sapiens")


def test_any_person_of_an_entry(s: Session, ids: Ids) -> None:
    assert items(s, "author:Harari") == by(ids, "sapiens")
    assert items(s, "person:林俊宏") == by(ids, "renlei")  # a translator
    assert items(s, "by:kestenbaum") == by(ids, "episode")  # a guest
    assert items(s, "author:Andrew") == by(ids, "series", "course")


def test_year_and_finished_use_every_session(s: Session, ids: Ids) -> None:
    # The re-read economics book counts in 2019 and 2021; Dune was abandoned, not finished.
    assert items(s, "year:2019") == by(ids, "jingji", "sapiens")
    assert items(s, "year:2021") == by(ids, "jingji", "renlei")
    assert items(s, "year:2020") == by(ids, "course", "episode")
    assert items(s, "finished:2020-03") == by(ids, "course", "episode")
    assert items(s, "finished:2020-03-05") == by(ids, "episode")
    assert items(s, "finished>=2021-03-20") == by(ids, "jingji", "renlei")
    assert items(s, "finished:..2019-02") == by(ids, "sapiens")
    assert items(s, "kind:book -year:2019") == by(ids, "dune", "python", "renlei")


def test_started(s: Session, ids: Ids) -> None:
    # dune < jing ji < neural networks < sapiens < the invention
    assert items(s, "started:2019..2020") == by(
        ids, "dune", "jingji", "course", "sapiens", "episode"
    )
    assert items(s, "started:2024") == by(ids, "python")


def test_added_and_updated(s: Session, ids: Ids) -> None:
    assert items(s, "added:2024") == by(ids, "article", "python")
    assert items(s, "added:2020-03") == by(ids, "dune", "episode2", "episode")
    assert items(s, "updated:2020-04..2021-03-31") == by(ids, "course", "renlei")


def test_added_means_a_day_in_the_users_time_zone(
    s: Session, ids: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = dt.datetime(2020, 12, 31, 20, tzinfo=dt.UTC)  # already 2021 in Shanghai
    s.add(
        Note(
            title="New year",
            sort_key="new year",
            body="烟花",
            lang=Lang.ZH,
            created_at=late,
            updated_at=late,
        )
    )
    s.flush()
    assert notes(s, "title:new added:2020-12-31") != []
    set_zone(monkeypatch, "Asia/Shanghai")
    assert notes(s, "title:new added:2020-12-31") == []
    assert notes(s, "title:new year:2021") != []


def test_rating_comparisons_and_negation_keep_unrated(s: Session, ids: Ids) -> None:
    assert items(s, "rating>=4") == by(ids, "course", "renlei", "sapiens", "episode")
    assert items(s, "rating>4.5") == by(ids, "course", "episode")
    assert items(s, "rating:4") == by(ids, "renlei")
    assert items(s, "rating<3") == by(ids, "dune")
    assert items(s, "-rating>=4") == by(
        ids, "article", "series", "dune", "episode2", "jingji", "show", "python"
    )


def test_title_isbn_has(s: Session, ids: Ids) -> None:
    assert items(s, "title:sapiens") == by(ids, "renlei", "sapiens")  # original title too
    assert items(s, "isbn:978-0-06-231609-7") == by(ids, "sapiens")
    assert items(s, "isbn:0062316095") == by(ids, "sapiens")
    assert items(s, "has:parent") == by(ids, "episode2", "course", "episode")
    assert items(s, "has:notes") == by(ids, "course", "renlei", "sapiens", "episode")
    assert items(s, "kind:book -has:notes") == by(ids, "dune", "jingji", "python")


def test_free_words_match_title_original_title_and_people(s: Session, ids: Ids) -> None:
    assert items(s, "sapiens") == by(ids, "renlei", "sapiens")
    assert items(s, "HARARI") == by(ids, "sapiens")
    assert items(s, "money") == by(ids, "show", "episode")
    assert items(s, "money invention") == by(ids, "episode")  # every word must match
    assert items(s, '"planet money"') == by(ids, "show")
    assert items(s, "简史") == by(ids, "renlei")
    assert items(s, "malone -invention") == by(ids, "show")
    assert items(s, "kind:book nothing-like-this") == []


def test_like_wildcards_are_escaped(s: Session, ids: Ids) -> None:
    assert items(s, "%") == by(ids, "article")
    assert items(s, "_") == by(ids, "article")
    assert items(s, "100%") == by(ids, "article")
    assert items(s, "e_p") == []  # "_" is not "any character" ("Deep" would match)


def test_empty_filter_lists_everything_by_updated_newest_first(s: Session, ids: Ids) -> None:
    assert items(s, "", sort="updated") == by(
        ids, "article", "python", "jingji", "renlei", "course", "dune", "episode2", "episode",
        "series", "show", "sapiens",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("rating", None, ["episode", "course", "sapiens", "renlei", "jingji", "dune"]),
        ("rating", False, ["dune", "jingji", "renlei", "sapiens", "course", "episode"]),
        ("finished", None, ["jingji", "renlei", "course", "episode", "sapiens", "dune"]),
        ("started", None, ["renlei", "jingji", "episode", "dune", "course", "sapiens"]),
        ("added", False, ["sapiens", "jingji", "course", "dune", "episode", "renlei"]),
        ("kind", None, ["dune", "jingji", "renlei", "sapiens", "episode", "course"]),
        ("status", None, ["jingji", "course", "renlei", "sapiens", "episode", "dune"]),
    ],
)
def test_sorts(
    s: Session, ids: Ids, sort: str, descending: bool | None, expected: list[str]
) -> None:
    # Unrated / never-finished entries go last in both directions; ties go by title.
    flt = "-kind:series -kind:podcast -kind:article -title:python -title:100"
    assert items(s, f"{flt} -status:want", sort, descending) == by(ids, *expected)


def test_default_directions(s: Session, ids: Ids) -> None:
    assert set(repo.ITEM_SORTS) - repo.DESCENDING_SORTS == {"title", "kind", "status"}
    for sort in repo.ITEM_SORTS:
        default = items(s, "", sort)
        assert default == items(s, "", sort, sort in repo.DESCENDING_SORTS)
        assert default != items(s, "", sort, sort not in repo.DESCENDING_SORTS)


def test_wrong_target_and_sort_are_user_errors(s: Session) -> None:
    with pytest.raises(InvalidInput, match="'lang:' filters notes only, not entries"):
        items(s, "lang:zh")
    with pytest.raises(InvalidInput, match="'is:' filters notes only"):
        items(s, "is:standalone")
    with pytest.raises(InvalidInput, match="'item:' filters notes only"):
        items(s, "item:3")
    with pytest.raises(InvalidInput, match="'rating:' filters entries only, not notes"):
        notes(s, "rating>=4")
    with pytest.raises(InvalidInput, match="'has:' filters entries only"):
        notes(s, "has:notes")
    with pytest.raises(InvalidInput, match="cannot sort entries by 'colour'; use one of updated"):
        items(s, "", sort="colour")
    with pytest.raises(InvalidInput, match="cannot sort notes by 'rating'"):
        notes(s, "", sort="rating")


# -- item rows and views ---------------------------------------------------------------------


def test_item_rows_keep_order_and_show_main_people(s: Session, ids: Ids) -> None:
    order = by(ids, "episode", "renlei", "jingji", "course", "python", "show")
    rows = repo.item_rows(s, [*order, 9999])  # an id deleted meanwhile is left out
    assert [r.id for r in rows] == order
    episode, renlei, jingji, course, python, show = rows
    assert episode.people == "Kenny Malone"  # host, the first role of an episode
    assert renlei.people == "尤瓦尔·赫拉利"  # not the translator
    assert course.people == "Andrew Ng"
    assert (renlei.kind, renlei.status, renlei.rating) == (K.BOOK, Status.FINISHED, 4.0)
    assert renlei.tags == ("history", "历史")
    assert jingji.tags == ("economics", "经济学")
    assert (jingji.started_on, jingji.finished_on) == (D(2021, 2, 1), D(2021, 4, 15))
    assert (python.started_on, python.finished_on) == (D(2024, 1, 10), None)
    assert (show.started_on, show.finished_on, show.tags) == (None, None, ("economics",))
    assert episode.updated_at == at(2020, 3, 6)


def count_queries(s: Session) -> list[str]:
    seen: list[str] = []

    def on_execute(*args: Any) -> None:
        seen.append(args[2])

    event.listen(s.get_bind(), "before_cursor_execute", on_execute)
    return seen


def test_item_rows_load_in_a_few_queries(s: Session, ids: Ids) -> None:
    every = repo.item_ids(s, parse_filter(""))
    seen = count_queries(s)
    rows = repo.item_rows(s, every)
    assert len(rows) == 11
    assert len(seen) == 4  # items, people, tags, sessions: no query per row


def test_item_rows_in_batches(s: Session, ids: Ids, monkeypatch: pytest.MonkeyPatch) -> None:
    every = repo.item_ids(s, parse_filter(""), "title")
    whole = repo.item_rows(s, every)
    monkeypatch.setattr(repo, "_BATCH", 3)
    seen = count_queries(s)
    assert repo.item_rows(s, every) == whole
    assert len(seen) == 4 * 4  # 11 ids in 4 batches


def test_item_view(s: Session, ids: Ids) -> None:
    view = repo.item_view(s, ids.jingji)
    assert view.kind == K.BOOK
    assert view.title == "经济学原理"
    assert view.fields == {"rating": 3.5}
    assert view.people == (Person(Role.AUTHOR, "N. Gregory Mankiw"),)
    assert view.tags == ("economics", "经济学")
    assert [x.started_on for x in view.sessions] == [D(2019, 6, 1), D(2021, 2, 1)]
    assert view.sessions[0] == SessionView(
        view.sessions[0].id, D(2019, 6, 1), D(2019, 8, 30), Status.FINISHED
    )
    assert (view.started_on, view.finished_on) == (D(2021, 2, 1), D(2021, 4, 15))
    assert (view.parent_id, view.parent_title, view.child_ids, view.note_ids) == (
        None, None, (), ()
    )  # fmt: skip
    assert view.created_at == at(2019, 6, 1)


def test_item_view_fields_parent_children_notes(s: Session, ids: Ids) -> None:
    sapiens = repo.item_view(s, ids.sapiens)
    assert sapiens.fields == {"rating": 4.5, "isbn10": "0062316095", "isbn": "9780062316097",
                              "pages": 443}  # fmt: skip
    assert sapiens.note_ids == (ids.n_money,)
    episode = repo.item_view(s, ids.episode)
    assert (episode.parent_id, episode.parent_title) == (ids.show, "Planet Money")
    assert episode.people_in(Role.GUEST) == ("David Kestenbaum",)
    assert episode.people[0] == Person(Role.GUEST, "David Kestenbaum")  # the order given
    assert repo.item_view(s, ids.show).child_ids == (ids.episode2, ids.episode)  # by number
    assert repo.item_view(s, ids.series).child_ids == (ids.course,)
    assert repo.item_view(s, ids.course).fields["platform"] == "Coursera"


def test_item_view_not_found(s: Session) -> None:
    with pytest.raises(NotFound, match=r"^no entry with id 999$"):
        repo.item_view(s, 999)


# -- notes -----------------------------------------------------------------------------------


def test_note_filters(s: Session, ids: Ids) -> None:
    assert notes(s, "") == by(ids, "n_alone", "n_zh", "n_backprop", "n_money")
    assert notes(s, "tag:history") == by(ids, "n_money")
    assert notes(s, "tag:历史") == by(ids, "n_zh")
    assert notes(s, "-tag:历史 -tag:programming") == by(ids, "n_alone", "n_money")
    assert notes(s, "lang:zh") == by(ids, "n_zh")
    assert notes(s, "lang:mixed") == by(ids, "n_alone")
    assert notes(s, f"item:{ids.sapiens}") == by(ids, "n_money")
    assert notes(s, f"item:{ids.episode}") == by(ids, "n_money")  # linked to several
    assert notes(s, "is:standalone") == by(ids, "n_alone")
    assert notes(s, "-is:standalone lang:en") == by(ids, "n_backprop", "n_money")
    assert notes(s, "year:2020") == by(ids, "n_backprop", "n_money")
    assert notes(s, "added:2021-03-21") == by(ids, "n_zh")
    assert notes(s, "updated:2022") == by(ids, "n_zh")
    assert notes(s, "title:money") == by(ids, "n_money")


def test_note_words_match_title_or_body(s: Session, ids: Ids) -> None:
    assert notes(s, "trust") == by(ids, "n_money")
    assert notes(s, "智人") == by(ids, "n_zh")
    assert notes(s, "读书笔记") == by(ids, "n_zh")
    assert notes(s, "gpu 今天") == by(ids, "n_alone")
    assert notes(s, "-money") == by(ids, "n_alone", "n_zh", "n_backprop")


def test_note_sorts(s: Session, ids: Ids) -> None:
    # backprop < du shu bi ji < money < standalone
    assert notes(s, "", "title") == by(ids, "n_backprop", "n_zh", "n_money", "n_alone")
    assert notes(s, "", "title", True) == by(ids, "n_alone", "n_money", "n_zh", "n_backprop")
    assert notes(s, "", "added") == by(ids, "n_alone", "n_zh", "n_backprop", "n_money")
    assert notes(s, "", "added", False) == by(ids, "n_money", "n_backprop", "n_zh", "n_alone")


def test_note_rows(s: Session, ids: Ids) -> None:
    rows = repo.note_rows(s, by(ids, "n_money", "n_alone", "n_zh", "n_backprop"))
    money, alone, zh, backprop = rows
    assert [r.id for r in rows] == by(ids, "n_money", "n_alone", "n_zh", "n_backprop")
    assert money.item_titles == ("The Invention of Money", "Sapiens: A Brief History of Humankind")
    assert money.tags == ("economics", "history")
    assert (alone.item_titles, alone.tags, alone.lang) == ((), (), Lang.MIXED)
    assert zh.words == 12 == plain_words("认知革命让智人能够讲故事。")
    assert alone.words == 7  # 今 天 learned about GPU 和 CUDA
    body = "Gradient descent with `code here` and [a link](http://x.org)."
    assert backprop.words == plain_words(body) < 8  # code spans don't count
    assert zh.updated_at == at(2022, 1, 1)


def test_note_rows_load_in_a_few_queries(s: Session, ids: Ids) -> None:
    every = notes(s, "")
    seen = count_queries(s)
    assert len(repo.note_rows(s, every)) == 4
    assert len(seen) == 3  # notes, tags, linked entries


def test_get_note(s: Session, ids: Ids) -> None:
    view = repo.note_view(s, ids.n_money)
    assert view.item_ids == (ids.episode, ids.sapiens)  # the order the user linked them
    assert view.item_titles[0] == "The Invention of Money"
    assert view.tags == ("economics", "history")
    assert view.body == "Both *Sapiens* and the episode say money is trust."
    assert (view.lang, view.location, view.created_at) == (Lang.EN, None, at(2020, 3, 6))
    assert repo.note_view(s, ids.n_alone).item_ids == ()
    with pytest.raises(NotFound, match=r"^no note with id 999$"):
        repo.note_view(s, 999)


# -- events and tags -------------------------------------------------------------------------


def test_what_did_i_finish_in_march_2020(s: Session, ids: Ids) -> None:
    march = (D(2020, 3, 1), D(2020, 3, 31))
    done = repo.events(s, kind=EventKind.FINISHED, between=march)
    assert [(e.item_id, e.on) for e in done] == [
        (ids.episode, D(2020, 3, 5)),
        (ids.course, D(2020, 3, 31)),
    ]
    everything = repo.events(s, between=march)
    assert [e.kind for e in everything] == [
        EventKind.STARTED,
        EventKind.FINISHED,
        EventKind.ABANDONED,
        EventKind.FINISHED,
    ]
    assert repo.events(s, kind=EventKind.FINISHED, between=DateRange(D(2021, 1, 1), None)) == [
        e for e in repo.events(s, item_id=ids.jingji) if e.on.year == 2021
    ]


def test_events_of_one_entry(s: Session, ids: Ids) -> None:
    log = repo.events(s, item_id=ids.python)
    assert len(log) == 1
    assert (log[0].kind, log[0].value, log[0].unit) == (EventKind.PROGRESS, 120, ProgressUnit.PAGES)
    assert [e.on for e in repo.events(s, item_id=ids.jingji)] == [D(2019, 8, 30), D(2021, 4, 15)]
    assert repo.events(s, item_id=ids.series) == []


def test_long_id_lists_come_whole_and_in_order_from_batched_fetches(
    s: Session, ids: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = [
        (items(s, "", sort), notes(s, "", note_sort))
        for sort, note_sort in (("title", "title"), ("updated", "updated"), ("rating", "added"))
    ]
    monkeypatch.setattr(repo, "FETCH_BATCH", 2)  # many fetches for this small library
    batched = [
        (items(s, "", sort), notes(s, "", note_sort))
        for sort, note_sort in (("title", "title"), ("updated", "updated"), ("rating", "added"))
    ]
    assert batched == whole
    assert all(len(entries) > 2 and len(notes_) > 2 for entries, notes_ in whole)


def test_tag_counts(s: Session, ids: Ids) -> None:
    assert repo.tag_counts(s) == [
        ("economics", 3),
        ("fiction", 1),
        ("history", 3),
        ("经济学", 1),  # jing ji xue
        ("历史", 2),  # li shi
        ("programming", 3),
        ("science fiction", 1),
        ("unused", 0),
    ]


@pytest.mark.parametrize(
    "text", ["", "kind:book", "status:finished", "tag:history", "-kind:book", "rating>=4"]
)
def test_counts_agree_with_id_lists(s: Session, ids: Ids, text: str) -> None:
    flt = parse_filter(text)
    assert repo.count_items(s, flt) == len(repo.item_ids(s, flt))


@pytest.mark.parametrize("text", ["", "lang:zh", "is:standalone", "tag:history"])
def test_note_counts_agree_with_id_lists(s: Session, ids: Ids, text: str) -> None:
    flt = parse_filter(text)
    assert repo.count_notes(s, flt) == len(repo.note_ids(s, flt))


def test_has_han_names_looks_at_titles_and_tag_names(library: Library) -> None:
    with library.sessions.begin() as s:
        assert not repo.has_han_names(s)
        s.add(Note(title="Habits", sort_key="habits", body="习惯的力量", lang=Lang.ZH))
        s.flush()
        assert not repo.has_han_names(s)  # a body is never sorted by pinyin
        for named in (
            Tag(name="历史"),
            Note(title="人类简史", sort_key="ren lei jian shi", body="", lang=Lang.ZH),
            Item(kind=K.BOOK, title="𠀀 rare", sort_key="rare", status=Status.WANT),
        ):
            s.add(named)
            s.flush()
            assert repo.has_han_names(s), named
            s.delete(named)
            s.flush()
        assert not repo.has_han_names(s)
