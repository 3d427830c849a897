"""readinglog highlight add / list / show / edit / rm / to-note / quote, and reading a place
typed as text (cli/highlight_place.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from readinglog.core.errors import InvalidInput
from readinglog.core.highlights import place_text
from readinglog.core.places import parse_location, parse_span
from readinglog.core.types import Place
from tests.cli.helpers import Result, run
from tests.cli.test_terminal_text import _on_terminal

Cap = pytest.CaptureFixture[str]

ZH = "想象的共同体让陌生人能够合作。😀"
KEYS = {
    "id", "item_id", "item_title", "text", "comment", "chapter", "page", "page_end",
    "loc_start", "loc_end", "percent", "position", "location", "color", "made_at", "source",
    "created_at", "updated_at",
}  # fmt: skip


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _add(capsys: Cap, *argv: str) -> int:
    result = run(capsys, "highlight", "add", *argv)
    assert result.code == 0, result.err
    return int(result.out)


def _refused(result: Result, *words: str) -> None:
    """One line on stderr naming the fault, nothing on stdout, exit 1."""
    assert result.code == 1, result.out
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err


@pytest.fixture
def books(home: Path, capsys: Cap) -> Path:
    """#1 人类简史 (tag 历史), #2 Sapiens (tag history), #3 an episode."""
    run(capsys, "add", "book", "人类简史", "--tag", "历史")
    run(capsys, "add", "book", "Sapiens", "--tag", "history")
    run(capsys, "add", "episode", "Ep 1")
    return home


# ----- add, show


def test_add_chinese_highlight_and_show_it(books: Path, capsys: Cap) -> None:
    added = run(
        capsys, "highlight", "add", "1", "--text", ZH, "--location", "第 42 页",
        "--chapter", "第三章 想象的现实", "--comment", "好句子", "--color", "yellow", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    data = added.json()
    assert set(data) == KEYS
    assert (data["id"], data["item_id"], data["item_title"]) == (1, 1, "人类简史")
    assert (data["text"], data["comment"], data["color"]) == (ZH, "好句子", "yellow")
    assert (data["page"], data["page_end"], data["loc_start"]) == (42, None, None)
    assert (data["chapter"], data["location"], data["source"]) == (
        "第三章 想象的现实",
        "第 42 页",
        "manual",
    )
    assert data["created_at"].endswith("+00:00")
    assert run(capsys, "highlight", "show", "1", "--json").json() == data
    shown = run(capsys, "highlight", "show", "1")
    assert shown.code == 0
    assert shown.out.splitlines()[:2] == [
        "#1  人类简史 (entry #1)",
        "  第 42 页 · 第三章 想象的现实 · yellow · manual",
    ]
    assert f"\n{ZH}\n" in shown.out and "好句子" in shown.out


def test_add_prints_only_the_id(books: Path, capsys: Cap) -> None:
    assert run(capsys, "highlight", "add", "2", "--text", "a").out == "1\n"
    assert run(capsys, "highlight", "add", "2", "--text", "b").out == "2\n"


def test_text_from_stdin_is_kept_exactly(
    books: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "第一行\n  indented 😀 👨‍👩‍👧\nlast"
    _stdin(monkeypatch, text.encode() + b"\n")
    hid = _add(capsys, "1", "--text", "-", "--loc", "145-146")
    data = run(capsys, "highlight", "show", str(hid), "--json").json()
    assert (data["text"], data["loc_start"], data["loc_end"]) == (text, 145, 146)
    assert data["location"] == "位置 145–146"


def test_stdin_that_is_not_utf8_is_refused(
    books: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "中文".encode("gbk"))
    _refused(run(capsys, "highlight", "add", "1", "--text", "-"), "stdin: not valid UTF-8")
    assert run(capsys, "highlight", "list", "--json").json() == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("9", "--text", "x"), ("no entry with id 9",)),
        (("1", "--text", ""), ("needs its text",)),
        (("1", "--text", "\n\n"), ("needs its text",)),
        (("1",), ("needs its text",)),
        (("1", "--text", "x", "--location", "somewhere"), ("'somewhere'", "p. 42")),
        (("1", "--text", "x", "--location", "42"), ("'42'", "第 42 页")),
        (("1", "--text", "x", "--location", "p. 5 chapter 2"), ("at 'chapter 2'",)),
        (("1", "--text", "x", "--location", "p. 43-42"), ("ends before it starts",)),
        (("1", "--text", "x", "--location", "p. 3 p. 4"), ("page twice",)),
        (("1", "--text", "x", "--location", "120%"), ("over 100%",)),
        (("1", "--text", "x", "--page", "x"), ("--page", "'x'")),
        (("1", "--text", "x", "--loc", "0"), ("--loc", "count from 1")),
        (("1", "--text", "x", "--location", "p. 4", "--page", "5"), ("--page", "--location")),
        (("1", "--text", "x", "--color", "c" * 33), ("--color", "at most 32")),
    ],
)
def test_bad_add_is_refused_in_one_sentence(
    books: Path, capsys: Cap, argv: tuple[str, ...], words: tuple[str, ...]
) -> None:
    _refused(run(capsys, "highlight", "add", *argv), *words)
    assert run(capsys, "highlight", "list", "--json").json() == []


def test_comment_alone_is_a_note_at_a_place(books: Path, capsys: Cap) -> None:
    hid = _add(capsys, "2", "--comment", "my thought", "--page", "7")
    data = run(capsys, "highlight", "show", str(hid), "--json").json()
    assert (data["text"], data["comment"], data["location"]) == ("", "my thought", "p. 7")


# ----- list


def test_list_groups_by_entry_in_reading_order(books: Path, capsys: Cap) -> None:
    late = _add(capsys, "2", "--text", "late passage", "--loc", "900")
    zh = _add(capsys, "1", "--text", ZH + "\nsecond line", "--page", "42", "--comment", "c")
    early = _add(capsys, "2", "--text", "early passage", "--loc", "12")
    listed = run(capsys, "highlight", "list", "--json").json()
    assert [h["id"] for h in listed] == [zh, early, late]
    assert all(set(h) == KEYS for h in listed)
    table = run(capsys, "highlight", "list").out.splitlines()
    assert table[0].split() == ["ID", "ENTRY", "PLACE", "TEXT", "✎"]
    rows = table[2:]
    assert len(rows) == 3  # the two-line text stays on one row
    assert "人类简史" in rows[0] and "第 42 页" in rows[0] and rows[0].endswith("✎")
    assert "second line" in rows[0]
    # an entry's title opens its group only
    assert "Sapiens" in rows[1] and "Sapiens" not in rows[2] and "loc. 900" in rows[2]
    assert not rows[1].endswith("✎")


def test_list_of_one_entry_and_by_filter_and_source(books: Path, capsys: Cap) -> None:
    zh = _add(capsys, "1", "--text", ZH)
    en = _add(capsys, "2", "--text", "English")
    ep = _add(capsys, "3", "--text", "said on air")

    def ids(*argv: str) -> list[int]:
        result = run(capsys, "highlight", "list", "--json", *argv)
        assert result.code == 0, result.err
        return [h["id"] for h in result.json()]

    assert ids("2") == [en]
    assert ids("kind:book") == [zh, en]
    assert ids("tag:历史") == [zh]
    assert ids("kind:book", "--", "-tag:history") == [zh]  # "--": argparse reads -x as an option
    assert ids("1", "kind:episode") == []
    assert ids("kind:episode") == [ep]
    assert ids("Sapiens") == [en]  # a free word matches the entry's title
    assert ids("--source", "manual") == [zh, en, ep]
    assert ids("--source", "kindle") == []
    assert run(capsys, "highlight", "list", "kind:book", "tag:nothing").out == "no highlights\n"


def test_list_refuses_bad_filters_and_unknown_entries(books: Path, capsys: Cap) -> None:
    _refused(run(capsys, "highlight", "list", "9"), "no entry with id 9")
    _refused(run(capsys, "highlight", "list", "rating>=abc"), "rating")
    _refused(run(capsys, "highlight", "list", "colour:red"), "'colour' is not a filter field")
    assert run(capsys, "highlight", "list", "--source", "nook").code == 2


# ----- edit


def test_edit_text_comment_place_and_colour(
    books: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    hid = _add(
        capsys, "2", "--text", "old", "--comment", "mine", "--color", "blue",
        "--location", "p. 3, loc. 145-146", "--chapter", "Part One",
    )  # fmt: skip
    edited = run(capsys, "highlight", "edit", str(hid), "--comment", "", "--json")
    assert edited.code == 0, edited.err
    assert (edited.json()["comment"], edited.json()["text"]) == (None, "old")
    data = run(
        capsys, "highlight", "edit", str(hid), "--location", "42%", "--color", "", "--json"
    ).json()
    # a new location replaces where it was; the chapter stays
    assert (data["page"], data["loc_start"], data["loc_end"], data["percent"]) == (
        None,
        None,
        None,
        42.0,
    )
    assert (data["chapter"], data["color"], data["location"]) == ("Part One", None, "Part One")
    data = run(capsys, "highlight", "edit", str(hid), "--page", "10-12", "--json").json()
    assert (data["page"], data["page_end"], data["percent"], data["location"]) == (
        10,
        12,
        42.0,
        "pp. 10–12",
    )
    _stdin(monkeypatch, "新的文字\n".encode())
    data = run(capsys, "highlight", "edit", str(hid), "--text", "-", "--chapter", "", "--json")
    assert (data.json()["text"], data.json()["chapter"]) == ("新的文字", None)
    text = run(capsys, "highlight", "edit", str(hid), "--color", "pink")
    assert text.code == 0 and "pink" in text.out and "新的文字" in text.out


def test_bad_edit_changes_nothing(books: Path, capsys: Cap) -> None:
    hid = _add(capsys, "1", "--text", ZH, "--page", "3")
    before = run(capsys, "highlight", "show", str(hid), "--json").json()
    _refused(run(capsys, "highlight", "edit", str(hid)), "nothing to change")
    _refused(run(capsys, "highlight", "edit", "9", "--text", "x"), "no highlight with id 9")
    _refused(run(capsys, "highlight", "edit", str(hid), "--text", ""), "needs its text")
    _refused(run(capsys, "highlight", "edit", str(hid), "--location", "p."), "'p.'")
    assert run(capsys, "highlight", "show", str(hid), "--json").json() == before


# ----- show, rm, trash restore


def test_show_unknown_id(books: Path, capsys: Cap) -> None:
    _refused(run(capsys, "highlight", "show", "7"), "no highlight with id 7")
    _refused(run(capsys, "highlight", "show", "7", "--json"), "no highlight with id 7")


def test_rm_to_the_trash_and_restore(books: Path, capsys: Cap) -> None:
    first = _add(capsys, "1", "--text", ZH, "--page", "42", "--comment", "好")
    second = _add(capsys, "2", "--text", "English", "--loc", "7")
    before = run(capsys, "highlight", "show", str(first), "--json").json()
    removed = run(capsys, "highlight", "rm", str(first), str(second), "--yes")
    assert removed.code == 0, removed.err
    assert removed.out.splitlines() == [
        f"moved highlight #{first} to the trash (restore with: readinglog trash restore 1)",
        f"moved highlight #{second} to the trash (restore with: readinglog trash restore 2)",
    ]
    assert run(capsys, "highlight", "list", "--json").json() == []
    _refused(run(capsys, "highlight", "show", str(first)), f"no highlight with id {first}")
    listed = run(capsys, "trash", "list", "--json").json()
    assert {(r["kind"], r["original_id"]) for r in listed} == {
        ("highlight", first),
        ("highlight", second),
    }
    restored = run(capsys, "trash", "restore", "1")
    assert restored.code == 0, restored.err
    assert restored.out.startswith(f"restored highlight #{first}")
    assert run(capsys, "highlight", "show", str(first), "--json").json() == before
    assert [h["id"] for h in run(capsys, "highlight", "list", "--json").json()] == [first]


def test_rm_json_and_atomic_refusal(books: Path, capsys: Cap) -> None:
    hid = _add(capsys, "1", "--text", ZH)
    # one unknown id: nothing is deleted
    _refused(run(capsys, "highlight", "rm", str(hid), "99", "--yes"), "no highlight with id 99")
    _refused(run(capsys, "highlight", "rm", str(hid)), "add --yes")  # no terminal to ask on
    assert [h["id"] for h in run(capsys, "highlight", "list", "--json").json()] == [hid]
    removed = run(capsys, "highlight", "rm", str(hid), str(hid), "--yes", "--json")
    assert removed.json() == [{"id": hid, "trash_id": 1}]


def test_a_deleted_entry_takes_its_highlights_along(books: Path, capsys: Cap) -> None:
    hid = _add(capsys, "1", "--text", ZH)
    run(capsys, "rm", "1", "--yes")
    assert run(capsys, "highlight", "list", "--json").json() == []
    run(capsys, "trash", "restore", "1")
    assert run(capsys, "highlight", "show", str(hid), "--json").json()["text"] == ZH


# ----- to-note, quote


def test_to_note_quotes_with_citations(books: Path, capsys: Cap) -> None:
    zh = _add(capsys, "1", "--text", ZH, "--page", "42", "--comment", "我的想法")
    en = _add(capsys, "2", "--text", "Fiction lets us cooperate.", "--loc", "145-146")
    made = run(capsys, "highlight", "to-note", str(zh), str(en))
    assert made.code == 0, made.err
    note_id = int(made.out)
    note = run(capsys, "note", "show", str(note_id), "--json").json()
    assert note["item_ids"] == [1, 2]
    assert note["body"] == (
        f"> {ZH}\n>\n> ——《人类简史》，第 42 页\n\n我的想法\n\n"
        "> Fiction lets us cooperate.\n>\n> — *Sapiens*, loc. 145–146\n"
    )
    data = run(capsys, "highlight", "to-note", str(en), "--title", "摘录", "--json").json()
    assert (data["title"], data["item_ids"]) == ("摘录", [2])
    assert "— *Sapiens*, loc. 145–146" in data["body"]
    one = run(capsys, "highlight", "to-note", str(zh), "--json").json()
    assert one["title"] == "人类简史"


def test_to_note_and_quote_refuse_unknown_ids(books: Path, capsys: Cap) -> None:
    hid = _add(capsys, "1", "--text", ZH)
    _refused(run(capsys, "highlight", "to-note", str(hid), "8", "9"), "no highlight with id 8, 9")
    assert run(capsys, "note", "list", "--json").json() == []
    _refused(run(capsys, "highlight", "quote", "5"), "no highlight with id 5")


def test_quote_prints_markdown_to_paste(books: Path, capsys: Cap) -> None:
    zh = _add(capsys, "1", "--text", ZH + "\n第二行", "--location", "位置 #1234-1235")
    en = _add(capsys, "2", "--text", "No place given.")
    quoted = run(capsys, "highlight", "quote", str(en), str(zh))
    assert quoted.code == 0, quoted.err
    assert quoted.out == (
        f"> No place given.\n\n> {ZH}\n> 第二行\n>\n> ——《人类简史》，位置 1234–1235\n"
    )


def test_text_on_a_terminal_shows_controls(books: Path, capsys: Cap) -> None:
    _add(capsys, "1", "--text", "a\x1b[2Jb 中文", "--comment", "c\x07")
    for argv in (("list",), ("show", "1"), ("quote", "1")):
        out = _on_terminal(books, "highlight", *argv)
        assert b"\x1b[2J" not in out and b"\x07" not in out, argv
        assert "a^[[2Jb 中文".encode() in out, argv


# ----- reading a place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("p. 42", Place(page=42)),
        ("P42", Place(page=42)),
        ("page 42", Place(page=42)),
        ("pp. 42-43", Place(page=42, page_end=43)),
        ("pp. 242–43", Place(page=242, page_end=243)),
        ("pages 42 – 42", Place(page=42)),
        ("loc. 145-146", Place(loc_start=145, loc_end=146)),
        ("Location 145", Place(loc_start=145)),
        ("Loc. 242-43", Place(loc_start=242, loc_end=243)),
        ("第 42 页", Place(page=42)),
        ("第４２页", Place(page=42)),
        ("第 42-45 頁", Place(page=42, page_end=45)),
        ("位置 145", Place(loc_start=145)),
        ("位置 #1234-1235", Place(loc_start=1234, loc_end=1235)),
        ("42%", Place(percent=42.0)),
        ("12.5 %", Place(percent=12.5)),
        ("p. 3, loc. 145-146", Place(page=3, loc_start=145, loc_end=146)),
        ("Page 3 | Location 145-145", Place(page=3, loc_start=145)),
        ("第 3 页（位置 #145-146）", Place(page=3, loc_start=145, loc_end=146)),
    ],
)
def test_parse_location(text: str, place: Place) -> None:
    assert parse_location(text) == place


@pytest.mark.parametrize(
    "text",
    ["", "  ", "42", "p.", "chapter 3", "p. 4 and more", "loc 5%", "第页", "p. 0", "位置 x"],
)
def test_parse_location_refuses(text: str) -> None:
    with pytest.raises(InvalidInput, match="--location"):
        parse_location(text)


@pytest.mark.parametrize(
    "place",
    [
        Place(page=42),
        Place(page=42, page_end=43),
        Place(loc_start=145),
        Place(loc_start=145, loc_end=146),
        Place(percent=37.0),
    ],
)
@pytest.mark.parametrize("chinese", [False, True])
def test_what_a_citation_writes_reads_back(place: Place, chinese: bool) -> None:
    assert parse_location(place_text(place, chinese=chinese)) == place


def test_parse_span() -> None:
    assert parse_span("12", "--page") == (12, None)
    assert parse_span(" 12 - 14 ", "--page") == (12, 14)
    assert parse_span("１９９-２０１", "--loc") == (199, 201)
    with pytest.raises(InvalidInput, match="--loc: '12-11' ends before it starts"):
        parse_span("12-11", "--loc")
