"""``readinglog stats`` and ``readinglog goal``: a library built through the CLI itself, its
figures read back as JSON and as text, goals set, listed, replaced and removed, bad input
refused in one line."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from readinglog.core.types import ItemKind
from tests.cli.helpers import Result, run
from tests.cli.test_terminal_text import HOSTILE, RAW
from tests.cli.test_terminal_text import _on_terminal as on_terminal

Cap = pytest.CaptureFixture[str]

JSON_KEYS = {
    "period", "kind", "finished", "titles", "pages", "minutes", "minutes_by_kind", "notes",
    "words", "abandoned", "rereads", "by_language", "ratings", "top_tags", "top_authors",
    "top_shows", "top_platforms", "days_to_finish", "active_days", "longest_streak", "calendar",
    "undated_sessions", "by_month", "finished_entries", "goals",
}  # fmt: skip
NOTE = "黑暗森林 is dark\n"  # 4 Chinese characters and 3 English words


def ok(capsys: Cap, *argv: str) -> Result:
    result = run(capsys, *argv)
    assert result.code == 0, result.err
    return result


def add(capsys: Cap, *argv: str) -> int:
    return int(ok(capsys, "add", *argv, "--json").json()["id"])


def log(capsys: Cap, item: int, event: str, day: str, *extra: str) -> None:
    ok(capsys, "log", str(item), event, "--date", day, *extra)


@pytest.fixture
def library_2024(home: Path, capsys: Cap) -> dict[str, int]:
    """2024: two books finished (one of them twice), an episode, one abandoned; an undated
    finish; a book finished in 2023."""
    santi = add(
        capsys,
        "book",
        "三体",
        "--pages",
        "300",
        "--author",
        "刘慈欣",
        "--rating",
        "4.5",
        "--language",
        "zh",
        "--started",
        "2024-01-05",
        "--finished",
        "2024-02-01",
    )
    dune = add(capsys, "book", "Dune", "--pages", "400", "--author", "Frank Herbert",
               "--rating", "4", "--language", "en", "--started", "2024-03-01")  # fmt: skip
    log(capsys, dune, "progress", "2024-03-05", "--pages", "120")
    log(capsys, dune, "finished", "2024-04-10")
    log(capsys, dune, "started", "2024-11-01")  # a re-read
    log(capsys, dune, "finished", "2024-11-20")
    episode = add(capsys, "episode", "第3集：经济学", "--show", "忽左忽右", "--duration", "1:00:00",
                  "--finished", "2024-05-02")  # fmt: skip
    huozhe = add(capsys, "book", "活着", "--pages", "200", "--started", "2024-05-20")
    log(capsys, huozhe, "abandoned", "2024-06-01")
    add(capsys, "book", "No date", "--status", "finished")
    add(capsys, "book", "Last year", "--pages", "100", "--finished", "2023-12-31")
    return {"santi": santi, "dune": dune, "episode": episode, "huozhe": huozhe}


def test_json_of_a_year_matches_what_was_logged(library_2024: dict[str, int], capsys: Cap) -> None:
    ok(capsys, "goal", "set", "2024", "--books", "4", "--hours", "2")
    data = ok(capsys, "stats", "--year", "2024", "--json").json()
    assert set(data) == JSON_KEYS
    assert data["period"] == "2024" and data["kind"] is None
    assert data["finished"] == {k.value: 0 for k in ItemKind} | {"book": 3, "episode": 1}
    assert data["titles"] == 3  # Dune twice: two read-throughs, one title
    assert data["rereads"] == 1 and data["abandoned"] == 1
    assert data["pages"] == 300 + 120 + 280 + 400  # the re-read logged no page: all of them
    assert data["minutes"] == 60 and data["minutes_by_kind"]["episode"] == 60
    assert data["undated_sessions"] == 1
    assert data["notes"] == data["words"] == 0  # the note below is written today, not in 2024
    assert {k: v for k, v in data["ratings"].items() if v} == {"4.5": 1, "4": 1}
    days = ["2024-01-05", "2024-02-01", "2024-03-01", "2024-03-05", "2024-04-10",
            "2024-05-02", "2024-05-20", "2024-06-01", "2024-11-01", "2024-11-20"]  # fmt: skip
    assert data["active_days"] == len(days) and sorted(data["calendar"]) == days
    assert data["longest_streak"]["days"] == 1
    months = {m["month"]: m for m in data["by_month"]}
    assert list(months) == [f"2024-{m:02d}" for m in range(1, 13)]
    assert {
        m: sum(v["finished"].values()) for m, v in months.items() if any(v["finished"].values())
    } == {"2024-02": 1, "2024-04": 1, "2024-05": 1, "2024-11": 1}
    assert {m: v["pages"] for m, v in months.items() if v["pages"]} == {
        "2024-02": 300, "2024-03": 120, "2024-04": 280, "2024-11": 400}  # fmt: skip
    assert sum(m["pages"] for m in months.values()) == data["pages"]
    assert [(e["title"], e["finished_on"]) for e in data["finished_entries"]] == [
        ("三体", "2024-02-01"), ("Dune", "2024-04-10"), ("第3集：经济学", "2024-05-02"),
        ("Dune", "2024-11-20"),
    ]  # fmt: skip
    goals = {(g["metric"], g["kind"]): g for g in data["goals"]}
    books, hours = goals[("finished", "book")], goals[("hours", None)]
    assert (books["done"], books["expected"], books["status"]) == (3, 4, "missed")
    assert books["text"] == "1 book short"
    assert (hours["done"], hours["text"]) == (1, "1 hour short")


def test_a_month_a_kind_and_all_time(library_2024: dict[str, int], capsys: Cap) -> None:
    april = ok(capsys, "stats", "--month", "2024-04", "--json").json()
    assert april["period"] == "2024-04"
    assert (sum(april["finished"].values()), april["pages"]) == (1, 280)
    books = ok(capsys, "stats", "--year", "2024", "--kind", "book", "--json").json()
    assert books["kind"] == "book" and books["finished"] == {"book": 3}
    assert books["minutes"] == 0
    everything = ok(capsys, "stats", "--all", "--json").json()
    assert everything["period"] == "all" and everything["goals"] == []
    assert everything["finished"]["book"] == 4  # 2023's too


def test_notes_and_words_of_this_year(home: Path, capsys: Cap, tmp_path: Path) -> None:
    body = tmp_path / "note.md"
    body.write_text(NOTE, encoding="utf-8")
    ok(capsys, "note", "add", "--file", str(body), "--title", "读书笔记")
    data = ok(capsys, "stats", "--json").json()  # default: this year
    assert data["period"] == str(dt.date.today().year)
    han, latin = len(re.findall(r"[\u4e00-\u9fff]", NOTE)), len(re.findall(r"[A-Za-z]+", NOTE))
    assert (data["notes"], data["words"]) == (1, han + latin)


def test_text_summary_prints_chinese_titles_and_says_what_is_not_counted(
    library_2024: dict[str, int], capsys: Cap
) -> None:
    ok(capsys, "goal", "set", "2024", "--books", "4")
    out = ok(capsys, "stats", "--year", "2024").out
    lines = out.splitlines()
    assert lines[0] == "Statistics for 2024 (all kinds)"
    assert any(re.fullmatch(r"\s+Finished\s+4 \(read-throughs; 3 distinct titles\)", ln)
               for ln in lines)  # fmt: skip
    assert any(re.fullmatch(r"\s+Pages\s+1,100", line) for line in lines)
    finished = lines.index(next(ln for ln in lines if ln.lstrip().startswith("Finished")))
    assert re.fullmatch(r" {4}books +3", lines[finished + 1])  # under Finished, indented
    assert re.fullmatch(r" {4}episodes +1", lines[finished + 2])
    assert "  2024-02-01  book     三体 — 刘慈欣  ★4.5" in lines
    assert "2024-05-02  episode  第3集：经济学 (忽左忽右)" in out
    assert "2024-11-20  book     Dune — Frank Herbert  ★4  (re-read)" in out
    assert "Undated: 1 read-through ended without a date; counted nowhere above." in out
    assert re.search(r"^\s+4\.5\s+█+ 1$", out, re.M) and re.search(r"^\s+4\s+█+ 1$", out, re.M)
    assert "3 of 4 books (75%): 1 book short" in out
    assert "忽左忽右 (1)" in out and "刘慈欣 (1)" in out


def test_goals_set_list_replace_remove(home: Path, capsys: Cap) -> None:
    ok(capsys, "goal", "set", "2026", "--books", "40", "--hours", "200", "--words", "50000")
    ok(capsys, "goal", "set", "2026", "--books", "45", "--episodes", "30")
    listed = ok(capsys, "goal", "list", "2026", "--json").json()
    assert [(g["metric"], g["kind"], g["target"]) for g in listed] == [
        ("finished", "book", 45), ("finished", "episode", 30), ("hours", None, 200),
        ("words", None, 50000),
    ]  # fmt: skip
    text = ok(capsys, "goal", "list", "2026").out
    assert "0 of 45 books (0%)" in text and "0 of 50,000 words (0%)" in text
    ok(capsys, "goal", "rm", "2026", "--hours", "--episodes")
    assert [g["metric"] for g in ok(capsys, "goal", "list", "2026", "--json").json()] == [
        "finished",
        "words",
    ]
    assert "2025 has no goals (goals are set for 2026)" in ok(capsys, "goal", "list", "2025").out


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (("stats", "--month", "2024-13"), "--month: '2024-13'"),
        (("stats", "--month", "2024-0"), "--month: '2024-0'"),
        (("stats", "--month", "March"), "--month: 'March'"),
        (("stats", "--year", "abc"), "--year: 'abc'"),
        (("stats", "--year", "0"), "--year: '0'"),
        (("stats", "--year", "20245"), "--year: '20245'"),
        (("goal", "set", "2026", "--books", "-3"), "target: the books goal"),
        (("goal", "set", "2026", "--books", "0"), "target: the books goal"),
        (("goal", "set", "2026", "--books", "2.5"), "target: the books goal"),
        (("goal", "set", "2026", "--hours", "nan"), "target: the hours goal"),
        (("goal", "set", "2026", "--pages", "many"), "--pages: 'many'"),
        (("goal", "set", "abc", "--books", "3"), "year: 'abc'"),
        (("goal", "set", "12", "--books", "3"), "year: 12"),
        (("goal", "set", "2026"), "goal set: give at least one goal"),
        (("goal", "set", "2026", "--books", "40", "--pages", "-1"), "target: the pages goal"),
        (("goal", "rm", "2026", "--books"), "2026 has no goal for books"),
        (("goal", "rm", "2026"), "goal rm: name the goals to remove"),
        (("goal", "list", "next"), "year: 'next'"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    home: Path, capsys: Cap, argv: tuple[str, ...], names: str
) -> None:
    result = run(capsys, *argv)
    assert result.code == 1
    assert result.err.splitlines() == [result.err.strip()]
    assert result.err.startswith(f"readinglog: {names}")
    assert ok(capsys, "goal", "list", "2026", "--json").json() == []


def test_one_period_at_a_time(home: Path, capsys: Cap) -> None:
    assert run(capsys, "stats", "--year", "2024", "--all").code == 2
    assert run(capsys, "stats", "--kind", "novel").code == 2


def test_a_terminal_never_receives_a_raw_control_from_stats(home: Path, capsys: Cap) -> None:
    item = add(capsys, "book", "--title", HOSTILE, "--author", HOSTILE, "--tag", HOSTILE,
               "--finished", "2024-03-01")  # fmt: skip
    add(capsys, "episode", "--title", HOSTILE, "--show", HOSTILE, "--finished", "2024-03-02")
    shown = on_terminal(home, "stats", "--year", "2024")
    for raw in RAW:
        assert raw not in shown, (raw, shown)
    assert shown.count(b"<U+202E>") >= 5  # the titles, the author, the tag, the show
    piped = ok(capsys, "stats", "--year", "2024").out  # a pipe gets the stored text
    assert HOSTILE in piped
    assert ok(capsys, "stats", "--year", "2024", "--json").json()["finished_entries"][0] == {
        "id": item, "kind": "book", "title": HOSTILE, "people": [HOSTILE],
        "finished_on": "2024-03-01", "rating": None, "cover_path": None, "parent_title": None,
        "reread": False,
    }  # fmt: skip
