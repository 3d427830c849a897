"""Highlights: add, edit, reading order, citations, several into one note, trash and restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from readinglog.core import highlights, migrate, services, trash
from readinglog.core.batches import Batch
from readinglog.core.errors import InvalidInput, NotFound, UserError
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.types import HighlightSource, ItemKind, Person, Place, Role, Target
from tests.core.test_migrate import _migrate_to
from tests.core.test_trash import clear_queue, dump, queued


def _book(library: Library, title: str) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(
            s, ItemKind.BOOK, title, people=[Person(Role.AUTHOR, "Yuval Noah Harari")]
        ).created
    assert made is not None
    return made


def _add(library: Library, item_id: int, text: str, **kwargs: object) -> int:
    with library.sessions.begin() as s:
        made = highlights.add_highlight(s, item_id, text, **kwargs).created  # type: ignore[arg-type]
    assert made is not None
    return made


def test_added_highlight_is_read_back_exactly_and_queued_for_search(library: Library) -> None:
    book = _book(library, "Sapiens")
    text = "  The Cognitive Revolution\n\nis where history starts.  "
    made = _add(
        library,
        book,
        text,
        comment="cf. Diamond",
        place=Place(page=42, loc_start=640, loc_end=642, chapter="Part One"),
        color="yellow",
        made_at="2023-03-19T16:26:36",
    )
    with library.sessions() as s:
        [view] = highlights.views(s, [made])
    assert view.text == text.strip("\n")  # inner spaces and newlines kept as highlighted
    assert (view.comment, view.color, view.made_at) == (
        "cf. Diamond",
        "yellow",
        "2023-03-19T16:26:36",
    )
    assert view.place == Place(page=42, loc_start=640, loc_end=642, chapter="Part One")
    assert (view.item_id, view.item_title, view.source) == (book, "Sapiens", HighlightSource.MANUAL)
    assert (Target.HIGHLIGHT, made) in queued(library)


@pytest.mark.parametrize("text, comment", [("", None), ("  \n ", ""), ("", "   ")])
def test_a_highlight_needs_text_or_a_comment(library: Library, text: str, comment: str) -> None:
    book = _book(library, "Sapiens")
    with pytest.raises(InvalidInput, match="needs its text"), library.sessions.begin() as s:
        highlights.add_highlight(s, book, text, comment=comment)


def test_a_highlight_needs_an_entry_that_exists(library: Library) -> None:
    with pytest.raises(NotFound), library.sessions.begin() as s:
        highlights.add_highlight(s, 999, "text")


def test_edit_changes_only_what_is_given_and_clears_a_comment(library: Library) -> None:
    book = _book(library, "Sapiens")
    made = _add(library, book, "old", comment="mine", color="blue")
    clear_queue(library)
    with library.sessions.begin() as s:
        highlights.edit_highlight(s, made, text="new")
    with library.sessions() as s:
        [view] = highlights.views(s, [made])
    assert (view.text, view.comment, view.color) == ("new", "mine", "blue")
    assert (Target.HIGHLIGHT, made) in queued(library)
    with library.sessions.begin() as s:
        highlights.edit_highlight(s, made, comment=None, color="", place=Place(page=3))
    with library.sessions() as s:
        [view] = highlights.views(s, [made])
    assert (view.comment, view.color, view.place) == (None, None, Place(page=3))


def test_reading_order_is_by_place_not_by_when_it_was_added(library: Library) -> None:
    book = _book(library, "Sapiens")
    late = _add(library, book, "late", place=Place(loc_start=900, loc_end=901, chapter="Two"))
    early = _add(library, book, "early", place=Place(loc_start=12, loc_end=15, chapter="One"))
    middle = _add(library, book, "middle", place=Place(loc_start=100, loc_end=101, chapter="One"))
    with library.sessions() as s:
        found = highlights.of_item(s, book)
    assert [v.id for v in found] == [early, middle, late]
    groups = highlights.by_chapter(found)
    assert [(chapter, [v.id for v in views]) for chapter, views in groups] == [
        ("One", [early, middle]),
        ("Two", [late]),
    ]


def test_positions_sort_by_their_numbers(library: Library) -> None:
    book = _book(library, "Sapiens")
    ids = {
        position: _add(library, book, position, place=Place(position=position))
        for position in ("/body/DocFragment[10]/p[2]", "/body/DocFragment[9]/p[12]", "order 10",
                         "order 9")
    }  # fmt: skip
    with library.sessions() as s:
        order = [v.text for v in highlights.of_item(s, book)]
    assert order.index("/body/DocFragment[9]/p[12]") < order.index("/body/DocFragment[10]/p[2]")
    assert order.index("order 9") < order.index("order 10")
    assert set(order) == set(ids)


@pytest.mark.parametrize(
    "place, english, chinese",
    [
        (Place(page=42), "p. 42", "第 42 页"),
        (Place(page=42, page_end=43, loc_start=1), "pp. 42–43", "第 42–43 页"),
        (Place(loc_start=145, loc_end=146), "loc. 145–146", "位置 145–146"),
        (Place(loc_start=145, loc_end=145), "loc. 145", "位置 145"),
        (Place(chapter=" Chapter 3 "), "Chapter 3", "Chapter 3"),
        (Place(percent=41.6), "42%", "42%"),
        (Place(), "", ""),
    ],
)
def test_place_text(place: Place, english: str, chinese: str) -> None:
    assert highlights.place_text(place, chinese=False) == english
    assert highlights.place_text(place, chinese=True) == chinese


def test_several_highlights_become_one_note_quoted_with_citations(library: Library) -> None:
    sapiens = _book(library, "Sapiens")
    jianshi = _book(library, "人类简史")
    first = _add(library, sapiens, "History began\nwith a revolution.", place=Place(page=3))
    second = _add(library, jianshi, "认知革命", comment="我的想法", place=Place(loc_start=5))
    with library.sessions.begin() as s:
        changes = highlights.to_note(s, [first, second])
    assert changes.created is not None and changes.highlights == {first, second}
    with library.sessions() as s:
        note = services.load_note(s, changes.created)
        body, linked = note.body, [link.item_id for link in note.item_links]
    assert body == (
        "> History began\n> with a revolution.\n>\n> — *Sapiens*, p. 3\n\n"
        "> 认知革命\n>\n> ——《人类简史》，位置 5\n\n我的想法\n"
    )
    assert linked == [sapiens, jianshi]


def test_to_note_names_a_highlight_that_does_not_exist(library: Library) -> None:
    book = _book(library, "Sapiens")
    made = _add(library, book, "x")
    with pytest.raises(NotFound, match="no highlight with id 77"), library.sessions.begin() as s:
        highlights.to_note(s, [made, 77])


def test_a_trashed_highlight_comes_back_exactly(library: Library) -> None:
    book = _book(library, "Sapiens")
    made = _add(library, book, "keep me", comment="c", source_key=None, place=Place(page=9))
    before = dump(library)
    with library.sessions.begin() as s:
        trashed = trash.trash_highlight(s, made)
    with library.sessions() as s:
        assert highlights.views(s, [made]) == []
        [row] = trash.list_trash(s)
    assert row.title == "keep me" and trashed.changes.highlights == {made}
    clear_queue(library)
    with library.sessions.begin() as s:
        restored = trash.restore(s, trashed.trash_id)
    assert (restored.id, restored.problems) == (made, ())
    assert dump(library) == before
    assert (Target.HIGHLIGHT, made) in queued(library)


def test_an_entrys_highlights_go_to_the_trash_with_it_and_come_back(library: Library) -> None:
    book = _book(library, "Sapiens")
    made = [_add(library, book, f"passage {n}", place=Place(page=n)) for n in (1, 2)]
    before = dump(library)
    with library.sessions.begin() as s:
        trashed = trash.trash_item(s, book)
    assert trashed.changes.highlights == set(made)
    with library.sessions() as s:
        assert highlights.views(s, made) == []
    with library.sessions.begin() as s:
        trash.restore(s, trashed.trash_id)
    assert dump(library) == before


def test_a_highlight_whose_entry_is_gone_is_restored_after_the_entry(library: Library) -> None:
    book = _book(library, "Sapiens")
    made = _add(library, book, "passage")
    with library.sessions.begin() as s:
        alone = trash.trash_highlight(s, made).trash_id
        entry = trash.trash_item(s, book).trash_id
    hint = f"restore it first: readinglog trash restore {entry}"
    with pytest.raises(UserError, match=hint), library.sessions.begin() as s:
        trash.restore(s, alone)
    with library.sessions.begin() as s:
        trash.restore(s, entry)
        trash.restore(s, alone)
    with library.sessions() as s:
        assert [v.text for v in highlights.of_item(s, book)] == ["passage"]


def test_a_library_with_highlights_downgrades_and_upgrades_again(library: Library) -> None:
    """Downgrading past 0008 drops what only it can hold (a queued or trashed highlight, a
    Kindle import's records) instead of failing on the narrower checks."""
    book = _book(library, "Sapiens")
    kept = _add(library, book, "kept until the downgrade", source=HighlightSource.KINDLE,
                source_key="k1")  # fmt: skip
    gone = _add(library, book, "trashed")
    with library.sessions.begin() as s:
        trash.trash_highlight(s, gone)
        batch = Batch(s, ImportKind.KINDLE, "My Clippings.txt")
        batch.created(Target.HIGHLIGHT, kept)
        batch.finish()
    db = library.paths.database
    library.close()
    _migrate_to(db, "0007_trash_and_history", down=True)
    with closing(sqlite3.connect(db)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        assert "highlights" not in tables
        assert conn.execute("SELECT count(*) FROM items").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM trash").fetchone() == (0,)
    _migrate_to(db, migrate.HEAD_REVISION)
    assert migrate.current_revision(db) == migrate.HEAD_REVISION
