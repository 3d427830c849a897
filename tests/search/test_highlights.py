"""Highlights are searched like notes: their text and comment, Chinese and English, narrowed by
is:highlight or the document type, kept in step by the queue (edit, trash, restore) and by a
rebuild."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from readinglog.core import highlights, notes, services, trash
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Place, Target
from readinglog.search import sync
from readinglog.search.index import IndexStatus, SearchIndex
from readinglog.search.schema import Match, doc_key
from readinglog.search.searcher import Hit, search


@dataclass(frozen=True)
class Shelf:
    zh_book: int
    en_book: int
    zh: int  # a highlight in the Chinese book
    en: int  # a highlight in the English book
    note: int  # a note sharing words with both highlights


def _fill(library: Library) -> Shelf:
    with library.sessions.begin() as s:
        zh_book = services.add_item(s, ItemKind.BOOK, "人类简史", tags=["历史"]).created
        en_book = services.add_item(s, ItemKind.ARTICLE, "Thinking in Systems").created
        assert zh_book is not None and en_book is not None
        zh = highlights.add_highlight(
            s, zh_book, "农业革命是史上最大的骗局。",
            comment="小麦驯化了智人", place=Place(page=42, chapter="第五章"),
        ).created  # fmt: skip
        en = highlights.add_highlight(
            s, en_book, "A system is more than the sum of its parts.",
            comment="Feedback loops explain the oscillations",
            place=Place(loc_start=145, loc_end=146),
        ).created  # fmt: skip
        note = notes.add_note(
            s, "农业革命 and a system of feedback loops.", title="读书会", item_ids=[zh_book]
        ).created  # fmt: skip
        assert zh is not None and en is not None and note is not None
    return Shelf(zh_book, en_book, zh, en, note)


@pytest.fixture
def shelf(library: Library) -> Shelf:
    return _fill(library)


@pytest.fixture
def index(library: Library, shelf: Shelf) -> Iterator[SearchIndex]:
    ix = sync.open_index(library)
    for _ in sync.ensure(library, ix):
        pass
    yield ix
    ix.close()


def found(
    library: Library, index: SearchIndex, text: str, **kw: object
) -> list[tuple[Target, int]]:
    result = search(library, text, index=index, **kw)  # type: ignore[arg-type]
    return [(h.type, h.id) for h in result.hits if h.match is Match.WORD]


def the_hit(library: Library, index: SearchIndex, text: str, target: int) -> Hit:
    [hit] = [h for h in search(library, text, index=index).hits if h.id == target and
             h.type is Target.HIGHLIGHT]  # fmt: skip
    return hit


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("骗局", "zh"),  # a word of the text
        ("农业", "zh"),  # inside 农业革命
        ("小麦", "zh"),  # a word of the comment
        ("智人", "zh"),
        ("sum", "en"),
        ("systems", "en"),  # stemmed: system
        ("loop", "en"),  # the comment, stemmed: loops
        ("oscillation", "en"),
    ],
)
def test_a_highlight_is_found_by_its_text_and_its_comment(
    library: Library, shelf: Shelf, index: SearchIndex, text: str, which: str
) -> None:
    target = shelf.zh if which == "zh" else shelf.en
    assert (Target.HIGHLIGHT, target) in found(library, index, text)


def test_a_hit_names_its_entry_and_place(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    zh = the_hit(library, index, "小麦", shelf.zh)
    assert (zh.title, zh.item_ids, zh.place) == ("人类简史", (shelf.zh_book,), "第 42 页")
    assert "<b>小麦</b>" in zh.snippet and "骗局" in zh.snippet  # the text, then the comment
    en = the_hit(library, index, "sum", shelf.en)
    assert (en.title, en.item_ids, en.place) == (
        "Thinking in Systems",
        (shelf.en_book,),
        "loc. 145–146",
    )


def test_is_highlight_and_the_type_narrow_to_highlights(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    both = found(library, index, "农业革命")
    assert {(Target.HIGHLIGHT, shelf.zh), (Target.NOTE, shelf.note)} <= set(both)
    assert found(library, index, "农业革命 is:highlight") == [(Target.HIGHLIGHT, shelf.zh)]
    assert found(library, index, "农业革命", doc_type=Target.HIGHLIGHT) == [
        (Target.HIGHLIGHT, shelf.zh)
    ]
    assert found(library, index, "feedback is:highlight") == [(Target.HIGHLIGHT, shelf.en)]
    assert found(library, index, "农业革命", doc_type=Target.NOTE) == [(Target.NOTE, shelf.note)]
    assert (Target.HIGHLIGHT, shelf.zh) not in found(library, index, "农业革命 -is:highlight")
    assert (Target.NOTE, shelf.note) in found(library, index, "农业革命 -is:highlight")
    # Nothing is both a note and a highlight.
    assert found(library, index, "农业革命 is:highlight", doc_type=Target.NOTE) == []


def test_is_highlight_alone_lists_them_newest_first(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    result = search(library, "is:highlight", index=index)
    assert [(h.type, h.id) for h in result.hits] == [
        (Target.HIGHLIGHT, shelf.en), (Target.HIGHLIGHT, shelf.zh)
    ]  # fmt: skip
    assert result.total == 2 and result.hits[0].place == "loc. 145–146"


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("kind:book is:highlight", {"zh"}),  # the entry's kind
        ("kind:article", {"en"}),
        ("tag:历史 is:highlight", {"zh"}),  # the entry's tag
        ("-tag:历史 is:highlight", {"en"}),
        ("title:Systems is:highlight", {"en"}),  # the entry's title
        ("year:2001 is:highlight", set()),  # when made (here: added today)
        ("text:小麦 is:highlight", {"zh"}),
    ],
)
def test_an_entrys_filters_pick_highlights_by_their_entry(
    library: Library, shelf: Shelf, index: SearchIndex, text: str, which: set[str]
) -> None:
    ids = {"zh": shelf.zh, "en": shelf.en}
    got = {h.id for h in search(library, text, index=index).hits if h.type is Target.HIGHLIGHT}
    assert got == {ids[w] for w in which}


def test_item_and_made_filters(library: Library, shelf: Shelf, index: SearchIndex) -> None:
    with library.sessions.begin() as s:
        old = highlights.add_highlight(
            s, shelf.en_book, "stocks and flows", made_at="2013-12-03T19:00:12"
        ).created
    sync.drain(library, index)

    def hits(text: str) -> set[int]:
        return {h.id for h in search(library, text, index=index).hits}

    assert hits(f"item:{shelf.en_book} is:highlight") == {shelf.en, old}
    assert hits("year:2013 is:highlight") == {old}
    assert hits("year:2013 stocks") == {old}
    assert hits("year:2014 stocks") == set()


def test_a_note_only_filter_leaves_highlights_out(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    result = search(library, "农业革命 lang:mixed", index=index)
    assert all(h.type is Target.NOTE for h in result.hits) and not result.notice


def test_an_entrys_title_finds_the_entry_not_every_highlight_in_it(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    assert found(library, index, "人类简史") == [(Target.ITEM, shelf.zh_book)]
    assert found(library, index, "thinking systems") == [(Target.ITEM, shelf.en_book)]


def test_an_edit_is_reindexed(library: Library, shelf: Shelf, index: SearchIndex) -> None:
    with library.sessions.begin() as s:
        highlights.edit_highlight(s, shelf.zh, text="认知革命让智人讲故事。", comment=None)
    sync.drain(library, index)
    assert found(library, index, "骗局") == []
    assert found(library, index, "小麦") == []  # the comment cleared
    assert found(library, index, "讲故事") == [(Target.HIGHLIGHT, shelf.zh)]


def test_trash_removes_and_restore_brings_back(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    with library.sessions.begin() as s:
        trashed = trash.trash_highlight(s, shelf.en).trash_id
    sync.drain(library, index)
    assert found(library, index, "oscillations") == []
    with library.sessions.begin() as s:
        back = trash.restore(s, trashed).id
    sync.drain(library, index)
    assert found(library, index, "oscillations") == [(Target.HIGHLIGHT, back)]
    assert sync.check(library, index).current


def test_an_entrys_highlights_leave_with_it_and_come_back(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, shelf.zh_book).trash_id
    sync.drain(library, index)
    assert found(library, index, "小麦") == []
    assert found(library, index, "is:highlight 骗局 OR 小麦 OR 智人") == []
    with library.sessions.begin() as s:
        trash.restore(s, trashed)
    sync.drain(library, index)
    assert found(library, index, "小麦") == [(Target.HIGHLIGHT, shelf.zh)]
    assert sync.check(library, index).current


def test_a_hit_the_index_has_not_caught_up_with_is_left_out(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    assert found(library, index, "小麦") == [(Target.HIGHLIGHT, shelf.zh)]
    with library.sessions.begin() as s:
        trash.trash_highlight(s, shelf.zh)
    assert found(library, index, "小麦") == []  # not drained: the database says it is gone


def test_a_rebuild_from_nothing_finds_them(library: Library, shelf: Shelf) -> None:
    index = sync.open_index(library)
    assert not index.root.exists() or not any(index.root.iterdir())
    steps = list(sync.rebuild(library, index))
    assert {step.total for step in steps[1:]} == {5}  # 2 entries, 1 note, 2 highlights
    assert steps[-1].done == 5
    counts = index.counts()
    assert counts[Target.HIGHLIGHT] == 2 and counts[Target.NOTE] == 1
    assert found(library, index, "小麦") == [(Target.HIGHLIGHT, shelf.zh)]
    assert found(library, index, "oscillations") == [(Target.HIGHLIGHT, shelf.en)]
    check = sync.check(library, index)
    assert check.current and check.database[Target.HIGHLIGHT] == 2
    index.close()


def test_the_check_finds_a_highlight_missing_from_the_index(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    with index.write_lock(1.0):
        index.apply([], [doc_key(Target.HIGHLIGHT, shelf.en)])
    check = sync.check(library, index, deep=True)
    assert not check.ok and check.missing == (doc_key(Target.HIGHLIGHT, shelf.en),)


def test_an_index_built_before_highlights_is_rebuilt_with_them(
    library: Library, shelf: Shelf, index: SearchIndex
) -> None:
    live = index.root / index.current_generation()
    (live / "SCHEMA").write_text("6", encoding="utf-8")  # the last version without them
    with index.write_lock(1.0):
        index.apply([], [doc_key(Target.HIGHLIGHT, shelf.zh)])  # as if never indexed
    index.close()
    assert index.status() is IndexStatus.STALE
    for _ in sync.ensure(library, index):
        pass
    assert found(library, index, "小麦") == [(Target.HIGHLIGHT, shelf.zh)]
