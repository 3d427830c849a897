import datetime as dt

import pytest
from sqlalchemy import select

from readinglog.core import activity, notes, services, trash
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.core.library import Library
from readinglog.core.models import Event, IndexQueue, Item, Note, ReadingSession, Tag
from readinglog.core.types import (
    EventKind,
    ItemKind,
    Lang,
    Person,
    ProgressUnit,
    Role,
    Status,
    Target,
)


def add(lib: Library, kind: ItemKind, title: str, **kw: object) -> int:
    with lib.sessions.begin() as s:
        created = services.add_item(s, kind, title, **kw).created  # type: ignore[arg-type]
    assert created is not None
    return created


def queued(lib: Library) -> set[tuple[Target, int]]:
    with lib.sessions() as s:
        return {(q.doc_type, q.doc_id) for q in s.scalars(select(IndexQueue))}


def test_add_book_keeps_text_exactly_and_queues_it(library: Library) -> None:
    title = "人类简史：从动物到上帝 🐒 e\u0301"  # decomposed é must not be normalized
    item_id = add(
        library,
        ItemKind.BOOK,
        title,
        field_values={"isbn": "0306406152", "pages": 443, "original_title": "Sapiens"},
        people=[Person(Role.AUTHOR, "尤瓦尔·赫拉利"), Person(Role.TRANSLATOR, "林俊宏")],
        tags=["历史", "History", "history"],
    )
    with library.sessions() as s:
        item = s.get(Item, item_id)
        assert item is not None
        assert item.title == title
        assert (item.isbn10, item.isbn13) == ("0306406152", "9780306406157")
        assert [(p.role, p.name) for p in item.people] == [
            (Role.AUTHOR, "尤瓦尔·赫拉利"),
            (Role.TRANSLATOR, "林俊宏"),
        ]
        assert sorted(t.name for t in item.tags) == ["History", "历史"]
        assert item.sort_key.startswith("ren lei jian shi")
    assert (Target.ITEM, item_id) in queued(library)


def test_fields_and_roles_must_fit_the_kind(library: Library) -> None:
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="isbn does not apply"):
        services.add_item(s, ItemKind.EPISODE, "Ep 1", field_values={"isbn": "0306406152"})
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="has no guest"):
        services.add_item(s, ItemKind.BOOK, "B", people=[Person(Role.GUEST, "x")])


def test_parent_must_be_the_right_kind_and_no_loops(library: Library) -> None:
    show = add(library, ItemKind.PODCAST, "Hardcore History")
    book = add(library, ItemKind.BOOK, "A book")
    episode = add(library, ItemKind.EPISODE, "Ep 1", parent_id=show)
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="cannot belong"):
        services.add_item(s, ItemKind.EPISODE, "Ep 2", parent_id=book)
    series = add(library, ItemKind.SERIES, "Specialization")
    course = add(library, ItemKind.COURSE, "Course 1", parent_id=series)
    with library.sessions() as s:
        assert s.get(Item, episode).parent_id == show  # type: ignore[union-attr]
        assert s.get(Item, course).parent_id == series  # type: ignore[union-attr]
    with library.sessions.begin() as s, pytest.raises(NotFound):
        services.set_parent(s, course, 9999)


def test_edit_changes_only_what_is_given(library: Library) -> None:
    item_id = add(library, ItemKind.BOOK, "Sapiens", tags=["history"], field_values={"pages": 400})
    with library.sessions.begin() as s:
        services.edit_item(
            s,
            item_id,
            title="人类简史",
            field_values={"pages": None, "publisher": "中信出版社"},
            add_tags=["经济学"],
            remove_tags=["HISTORY"],
        )
    with library.sessions() as s:
        item = s.get(Item, item_id)
        assert item is not None
        assert (item.title, item.pages, item.publisher) == ("人类简史", None, "中信出版社")
        assert [t.name for t in item.tags] == ["经济学"]
        assert item.sort_key == "ren lei jian shi"


def test_delete_item_keeps_notes_and_children(library: Library) -> None:
    show = add(library, ItemKind.PODCAST, "Show")
    episode = add(library, ItemKind.EPISODE, "Ep", parent_id=show)
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "about the show", item_ids=[show]).created
        trash.trash_item(s, show)
    with library.sessions() as s:
        assert s.get(Item, show) is None
        assert s.get(Item, episode).parent_id is None  # type: ignore[union-attr]
        note = s.get(Note, note_id)
        assert note is not None and note.item_links == []
    assert (Target.NOTE, note_id) in queued(library)


def test_reread_makes_two_sessions_and_status_follows(library: Library) -> None:
    book = add(library, ItemKind.BOOK, "三体", field_values={"pages": 300})
    steps = [
        (EventKind.STARTED, dt.date(2015, 7, 2), None),
        (EventKind.PROGRESS, dt.date(2015, 7, 9), 120.0),
        (EventKind.FINISHED, dt.date(2015, 7, 20), None),
        (EventKind.STARTED, dt.date(2023, 10, 1), None),
        (EventKind.PAUSED, dt.date(2023, 10, 5), None),
    ]
    for kind, on, value in steps:
        with library.sessions.begin() as s:
            activity.log_event(s, book, kind, on, value=value)
    with library.sessions() as s:
        item = s.get(Item, book)
        assert item is not None
        assert item.status is Status.PAUSED
        sessions = [(x.started_on, x.finished_on, x.outcome) for x in item.sessions]
        assert sessions == [
            (dt.date(2015, 7, 2), dt.date(2015, 7, 20), Status.FINISHED),
            (dt.date(2023, 10, 1), None, None),
        ]
        assert item.progress is None  # a re-read starts over
        events = s.scalars(select(Event.kind).where(Event.item_id == book)).all()
        assert list(events) == [k for k, _, _ in steps]


def test_finishing_sets_complete_progress(library: Library) -> None:
    book = add(library, ItemKind.BOOK, "B", field_values={"pages": 250})
    with library.sessions.begin() as s:
        activity.log_event(s, book, EventKind.FINISHED, dt.date(2020, 3, 4))
    with library.sessions() as s:
        item = s.get(Item, book)
        assert item is not None
        assert (item.progress, item.progress_unit) == (250, ProgressUnit.PAGES)
        assert s.scalar(select(ReadingSession.started_on)) is None


@pytest.mark.parametrize(
    ("kind", "on", "value", "unit", "message"),
    [
        (EventKind.PROGRESS, dt.date(2020, 1, 1), 500.0, ProgressUnit.PAGES, "past the end"),
        (EventKind.PROGRESS, dt.date(2020, 1, 1), 120.0, ProgressUnit.PERCENT, "more than 100%"),
        (EventKind.PROGRESS, dt.date(2020, 1, 1), None, None, "give pages"),
        (EventKind.FINISHED, dt.date(2019, 12, 1), None, None, "before the start"),
        (EventKind.FINISHED, dt.date(2999, 1, 1), None, None, "in the future"),
    ],
)
def test_bad_log_events(
    library: Library,
    kind: EventKind,
    on: dt.date,
    value: float | None,
    unit: ProgressUnit | None,
    message: str,
) -> None:
    book = add(library, ItemKind.BOOK, "B", field_values={"pages": 300})
    with library.sessions.begin() as s:
        activity.log_event(s, book, EventKind.STARTED, dt.date(2020, 1, 1))
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match=message):
        activity.log_event(s, book, kind, on, value=value, unit=unit)


def test_note_links_several_entries_and_logs_it(library: Library) -> None:
    a = add(library, ItemKind.EPISODE, "Ep A")
    b = add(library, ItemKind.EPISODE, "Ep B")
    with library.sessions.begin() as s:
        changes = notes.add_note(
            s,
            "# 三集播客的笔记\n\nWe discussed economics and history at length.",
            item_ids=[a, b, a],
        )
    note_id = changes.created
    assert note_id is not None and changes.items == {a, b}
    with library.sessions() as s:
        note = s.get(Note, note_id)
        assert note is not None
        assert note.title == "三集播客的笔记"
        assert note.lang is Lang.MIXED
        assert [link.item_id for link in note.item_links] == [a, b]
        logged = s.scalars(select(Event.item_id).where(Event.kind == EventKind.NOTE)).all()
        assert sorted(logged) == [a, b]


def test_saving_the_same_note_again_changes_nothing(library: Library) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "same text", tags=["x"]).created
    assert note_id is not None
    with library.sessions.begin() as s:
        before = s.get(Note, note_id).updated_at  # type: ignore[union-attr]
        assert notes.edit_note(s, note_id, body="same text", tags=["x"]).notes == frozenset()
    with library.sessions.begin() as s:
        assert s.get(Note, note_id).updated_at == before  # type: ignore[union-attr]
        changes = notes.edit_note(s, note_id, body="新的内容，全是中文。", tags=[])
    assert changes.notes == {note_id} and changes.tags
    with library.sessions() as s:
        note = s.get(Note, note_id)
        assert note is not None and note.lang is Lang.ZH and note.tags == []


def test_huge_or_binary_note_is_refused_and_nothing_is_lost(library: Library) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "keep me").created
    assert note_id is not None
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="at most 5 MB"):
        notes.edit_note(s, note_id, body="x" * (10 * 1024 * 1024))
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="NUL"):
        notes.add_note(s, "a\x00b")
    with library.sessions() as s:
        assert s.get(Note, note_id).body == "keep me"  # type: ignore[union-attr]


def test_tags_are_shared_between_items_and_notes(library: Library) -> None:
    add(library, ItemKind.BOOK, "B", tags=["Economics"])
    with library.sessions.begin() as s:
        notes.add_note(s, "n", tags=["economics", "#经济学"])
    with library.sessions() as s:
        assert sorted(s.scalars(select(Tag.name))) == ["Economics", "经济学"]
    with library.sessions.begin() as s, pytest.raises(InvalidInput, match="tag"):
        notes.add_note(s, "n", tags=["  "])


def test_queueing_again_moves_the_time_on(library: Library) -> None:
    with library.sessions.begin() as s:
        note_id = notes.add_note(s, "first").created
    with library.sessions() as s:
        first = s.scalar(select(IndexQueue.queued_at).where(IndexQueue.doc_id == note_id))
    with library.sessions.begin() as s:
        notes.edit_note(s, note_id, body="second")  # type: ignore[arg-type]
    with library.sessions() as s:
        rows = s.execute(select(IndexQueue.queued_at).where(IndexQueue.doc_id == note_id)).all()
    assert len(rows) == 1 and first is not None and rows[0][0] > first


def test_renaming_a_show_queues_its_episodes(library: Library) -> None:
    show = add(library, ItemKind.PODCAST, "Show")
    episode = add(library, ItemKind.EPISODE, "Ep", parent_id=show)
    with library.sessions.begin() as s:
        s.execute(IndexQueue.__table__.delete())
        services.edit_item(s, show, title="播客")
    assert {(Target.ITEM, show), (Target.ITEM, episode)} <= queued(library)


@pytest.mark.parametrize("name", ["经济学与历史学家的读书会" * 9, "x" * 101, "a" * 60 + " b" * 30])
def test_a_too_long_tag_is_named_in_full(name: str) -> None:
    """The user must find the tag in their file: the error names all of it, in one sentence."""
    with pytest.raises(InvalidInput) as raised:
        services.clean_tag_names(["ok", f"#{name}"])
    message = raised.value.message
    assert repr(name) in message and "…" not in message, message
    assert str(services.MAX_TAG_LENGTH) in message
    assert message.count(". ") == 0 and message.count(";") == 0  # one sentence
