"""Importing highlights: books matched or made, highlights kept once, notes attached at their
place, re-import a no-op, a longer export adds only what is new, undo exact.

The Kindle samples written here (``_clip``) are ours, in the layouts of the real files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from readinglog.core import batches, highlights, services
from readinglog.core.batches import ImportReport
from readinglog.core.library import Library
from readinglog.core.models import Highlight, ImportKind, Item
from readinglog.core.types import ItemKind, Person, Role
from tests.importers.helpers import dump, run_import

KINDLE = "highlights/kindle"
SEPARATOR = "=========="


def _clip(title: str, meta: str, body: str) -> str:
    return f"\ufeff{title}\n- {meta}\n\n{body}\n{SEPARATOR}\n"


def _write(path: Path, *clips: str) -> Path:
    path.write_text("".join(clips), encoding="utf-8")
    return path


def _highlights(library: Library) -> list[tuple[str, str | None, int | None, int | None]]:
    with library.sessions() as s:
        rows = s.execute(
            select(
                Highlight.text, Highlight.comment, Highlight.loc_start, Highlight.loc_end
            ).order_by(Highlight.loc_start, Highlight.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _count(library: Library, model: type[Item] | type[Highlight]) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _kinds_in(path: Path) -> dict[str, int]:
    """Highlights, notes and bookmarks a My Clippings.txt holds, by the word on each record's
    metadata line (a scan of our own, not the parser's)."""
    counts = {"highlight": 0, "note": 0, "bookmark": 0}
    words = {"highlight": ("Highlight", "标注"), "note": ("Note", "笔记"),
             "bookmark": ("Bookmark", "书签")}  # fmt: skip
    for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
        if not line.startswith("- ") or ("|" not in line and "Loc." not in line):
            continue
        head = line.split("|")[0]
        for kind, names in words.items():
            if any(name in head for name in names):
                counts[kind] += 1
    return counts


def _extra(report: ImportReport) -> dict[str, int]:
    counts = dict(report.extra["highlights"])
    return {**counts, "notes": report.extra["notes"], "bookmarks": report.extra["bookmarks"]}


@pytest.fixture(params=["GengMS", "Mark24Code", "MattiooFR", "baniol"])
def clippings(request: pytest.FixtureRequest, realdata: Path) -> Path:
    [path] = (realdata / KINDLE).glob(f"{request.param}_*My_Clippings.txt")
    return path


def test_real_clippings_import_every_record_once(library: Library, clippings: Path) -> None:
    expected = _kinds_in(clippings)
    report = run_import(library, ImportKind.KINDLE, clippings)
    counts = _extra(report)
    read = sum(counts[k] for k in ("created", "updated", "unchanged", "merged", "skipped"))
    empty_notes = sum(1 for row in report.skipped if "note" in row.reason)
    assert read + empty_notes == expected["highlight"]
    assert (counts["notes"] + empty_notes, counts["bookmarks"]) == (
        expected["note"],
        expected["bookmark"],
    )
    stored = _count(library, Highlight)
    with library.sessions() as s:
        alone = s.scalar(select(func.count()).where(Highlight.text == "")) or 0
    assert stored - alone == counts["created"]  # notes kept alone are rows without text
    assert alone <= counts["notes"]
    assert report.created == _count(library, Item)  # a new library: every book made
    assert report.created <= report.extra["books"]  # books with only bookmarks make none


def test_reimporting_real_clippings_changes_nothing(library: Library, clippings: Path) -> None:
    run_import(library, ImportKind.KINDLE, clippings)
    before = dump(library)
    again = run_import(library, ImportKind.KINDLE, clippings)
    counts = _extra(again)
    assert (again.created, again.updated) == (0, 0)
    assert (counts["created"], counts["updated"], counts["merged"]) == (0, 0, 0)
    assert dump(library) == before


def test_undo_restores_the_library_exactly(library: Library, clippings: Path) -> None:
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "Some other book")
    before = dump(library)
    report = run_import(library, ImportKind.KINDLE, clippings)
    assert report.batch is not None
    with library.sessions.begin() as s:
        batches.undo(s, report.batch)
    after = dump(library)
    assert after == before


CN_TITLE = (
    "刻意练习：如何从新手到大师 (安德斯·艾利克森（Anders Ericsson）;罗伯特·普尔（Robert Pool）)"
)
CN_META = "您在位置 #{}-{}的标注 | 添加于 2023年3月19日星期日 下午4:26:36"


def test_a_book_is_matched_to_the_entry_the_user_typed(library: Library, tmp_path: Path) -> None:
    with library.sessions.begin() as s:
        typed = services.add_item(
            s, ItemKind.BOOK, "《刻意练习》", people=[Person(Role.AUTHOR, "安德斯·艾利克森")]
        ).created
        english = services.add_item(
            s, ItemKind.BOOK, "Sapiens", people=[Person(Role.AUTHOR, "Yuval Noah Harari")]
        ).created
    path = _write(
        tmp_path / "My Clippings.txt",
        _clip(CN_TITLE, CN_META.format(609, 609), "我们的最终目标便是刻意练习。"),
        _clip(
            "Sapiens (Harari, Yuval Noah) (Z-Library)",
            "Your Highlight on Location 10-12 | Added on Monday, July 31, 2017 11:11:20 PM",
            "History began.",
        ),
    )
    report = run_import(library, ImportKind.KINDLE, path)
    assert (report.created, report.updated) == (0, 2)
    with library.sessions() as s:
        assert [v.text for v in highlights.of_item(s, typed or 0)] == [
            "我们的最终目标便是刻意练习。"
        ]
        assert [v.text for v in highlights.of_item(s, english or 0)] == ["History began."]


def test_an_unknown_book_becomes_an_entry_without_the_download_mark(
    library: Library, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "clips.txt",
        _clip("《置身事内》 (兰小欢) (Z-Library)", CN_META.format(1, 2), "地方政府"),
    )
    report = run_import(library, ImportKind.KINDLE, path)
    assert report.created == 1
    with library.sessions() as s:
        item = s.scalars(select(Item)).one()
        assert item.title == "置身事内"
        assert [p.name for p in item.people] == ["兰小欢"]


def _us(kind: str, start: int, end: int, minute: int = 0) -> str:
    where = f"Location {start}-{end}" if start != end else f"Location {start}"
    return f"Your {kind} on {where} | Added on Monday, July 31, 2017 11:{minute:02d}:20 PM"


def test_a_rehighlight_that_extends_an_earlier_one_replaces_it(
    library: Library, tmp_path: Path
) -> None:
    short = _clip("Dune (Frank Herbert)", _us("Highlight", 100, 101), "Fear is the mind-killer.")
    longer = _clip(
        "Dune (Frank Herbert)",
        _us("Highlight", 100, 103, 5),
        "I must not fear. Fear is the mind-killer. Fear is the little-death.",
    )
    first = _write(tmp_path / "a.txt", short)
    run_import(library, ImportKind.KINDLE, first)
    assert [h[0] for h in _highlights(library)] == ["Fear is the mind-killer."]
    # a later, longer export of the same device: the earlier clipping and its extension
    later = _write(tmp_path / "b.txt", short, longer)
    report = run_import(library, ImportKind.KINDLE, later)
    assert _extra(report)["updated"] == 1
    assert [h[0] for h in _highlights(library)] == [
        "I must not fear. Fear is the mind-killer. Fear is the little-death."
    ]
    before = dump(library)
    again = run_import(library, ImportKind.KINDLE, later)
    assert (_extra(again)["created"], _extra(again)["updated"]) == (0, 0)
    assert dump(library) == before
    # both in one file: one highlight, the second counted as merged
    with library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "placeholder")
    other = _write(
        tmp_path / "c.txt",
        short.replace("Dune", "Children of Dune"),
        longer.replace("Dune", "Children of Dune"),
    )
    both = _extra(run_import(library, ImportKind.KINDLE, other))
    assert (both["created"], both["merged"]) == (1, 1)


def test_a_note_attaches_to_the_highlight_at_its_place_before_or_after_it(
    library: Library, tmp_path: Path
) -> None:
    book = "Dune (Frank Herbert)"
    path = _write(
        tmp_path / "clips.txt",
        _clip(book, _us("Highlight", 10, 12), "A beginning is a very delicate time."),
        _clip(book, _us("Note", 12, 12), "the opening line"),
        _clip(book, _us("Note", 40, 40, 3), "written before its highlight"),
        _clip(book, _us("Highlight", 38, 40, 3), "The spice must flow."),
        _clip(book, _us("Note", 900, 900), "a thought of my own"),
        _clip(book, _us("Bookmark", 500, 500), ""),
    )
    report = run_import(library, ImportKind.KINDLE, path)
    assert (_extra(report)["notes"], _extra(report)["bookmarks"]) == (3, 1)
    assert _highlights(library) == [
        ("A beginning is a very delicate time.", "the opening line", 10, 12),
        ("The spice must flow.", "written before its highlight", 38, 40),
        ("", "a thought of my own", 900, 900),
    ]
    before = dump(library)
    run_import(library, ImportKind.KINDLE, path)
    assert dump(library) == before


def test_a_longer_export_adds_only_what_is_new(library: Library, tmp_path: Path) -> None:
    book = "Dune (Frank Herbert)"
    old = [_clip(book, _us("Highlight", n, n + 1, n % 60), f"passage {n}") for n in (1, 5, 9)]
    new = _clip(book, _us("Highlight", 20, 21), "passage 20")
    run_import(library, ImportKind.KINDLE, _write(tmp_path / "a.txt", *old))
    report = run_import(library, ImportKind.KINDLE, _write(tmp_path / "b.txt", *old, new))
    assert _extra(report)["created"] == 1 and _extra(report)["unchanged"] == 3
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    assert [h[0] for h in _highlights(library)] == [f"passage {n}" for n in (1, 5, 9, 20)]


def test_a_bad_record_is_reported_and_the_rest_imported(library: Library, tmp_path: Path) -> None:
    book = "Dune (Frank Herbert)"
    path = _write(
        tmp_path / "clips.txt",
        _clip(book, _us("Highlight", 1, 2), "good"),
        _clip(book, "Your Highlight somewhere odd | Added whenever", "lost"),
        _clip(book, _us("Highlight", 3, 4), "also good"),
    )
    report = run_import(library, ImportKind.KINDLE, path)
    assert [h[0] for h in _highlights(library)] == ["good", "also good"]
    [bad] = report.skipped
    text = path.read_text(encoding="utf-8").splitlines()
    assert "somewhere odd" in text[bad.line - 1]


@pytest.mark.parametrize(
    "kind, folder",
    [
        (ImportKind.READWISE, "highlights/readwise"),
        (ImportKind.KOREADER, "highlights/koreader"),
    ],
)
def test_other_sources_import_once_and_undo_exactly(
    library: Library, realdata: Path, kind: ImportKind, folder: str
) -> None:
    files = sorted(p for p in (realdata / folder).iterdir() if p.suffix in {".csv", ".lua"})
    assert files
    before = dump(library)
    made: list[int] = []
    for path in files:
        report = run_import(library, kind, path)
        assert _extra_created(report) > 0, path.name
        assert report.batch is not None
        made.append(report.batch)
        middle = dump(library)
        again = run_import(library, kind, path)
        assert (_extra_created(again), again.created, again.updated) == (0, 0, 0), path.name
        assert dump(library) == middle
    with library.sessions.begin() as s:
        for batch in reversed(made):
            batches.undo(s, batch)
    assert dump(library) == before


def _extra_created(report: ImportReport) -> int:
    return int(report.extra["highlights"]["created"])


def test_weread_samples_import_and_reimport_as_a_no_op(library: Library) -> None:
    folder = Path(__file__).resolve().parents[1] / "data" / "weread"
    for path in sorted(folder.glob("*.txt")):
        report = run_import(library, ImportKind.WEREAD, path)
        expected = len(re.findall(r"^(◆|>)", path.read_text(encoding="utf-8"), re.M))
        counts = report.extra["highlights"]
        assert counts["created"] + counts["merged"] + report.extra["notes"] > 0, path.name
        assert counts["created"] <= expected
        before = dump(library)
        run_import(library, ImportKind.WEREAD, path)
        assert dump(library) == before, path.name


def test_a_note_between_two_highlights_at_one_place_stays_with_the_first(
    library: Library, tmp_path: Path
) -> None:
    """A highlight, a note at its end, then a later highlight over the same location: the note
    is the first one's, and reading the file again attaches it nowhere else."""
    book = "Book (Ann Author)"
    path = _write(
        tmp_path / "clips.txt",
        _clip(book, _us("Highlight", 636, 636, 47), "First passage."),
        _clip(book, _us("Note", 636, 636, 48), "heap"),
        _clip(book, _us("Highlight", 630, 636, 59), "Another passage, later."),
    )
    run_import(library, ImportKind.KINDLE, path)
    first = _highlights(library)
    assert sorted(first, key=lambda h: h[0]) == [
        ("Another passage, later.", None, 630, 636),
        ("First passage.", "heap", 636, 636),
    ]
    for _ in range(2):
        again = run_import(library, ImportKind.KINDLE, path)
        assert (again.updated, _extra(again)["updated"]) == (0, 0)
        assert _highlights(library) == first
