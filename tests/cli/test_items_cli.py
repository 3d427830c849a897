from pathlib import Path

import pytest

from readinglog import __version__
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


def test_version(capsys: Cap) -> None:
    result = run(capsys, "--version")
    assert result.code == 0 and __version__ in result.out


def test_add_prints_the_new_id_and_json_keeps_chinese(home: Path, capsys: Cap) -> None:
    assert run(capsys, "add", "book", "--title", "Sapiens").out.strip() == "1"
    result = run(
        capsys,
        "add", "book", "--title", "人类简史", "--original-title", "Sapiens",
        "--author", "尤瓦尔·赫拉利", "--translator", "林俊宏", "--isbn", "978-0-374-53355-7",
        "--tag", "历史", "--status", "finished", "--rating", "4.25", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "人类简史" in result.out and "\\u" not in result.out
    data = result.json()
    assert data["id"] == 2
    assert data["isbn"] == "9780374533557"
    assert data["rating"] == 4.25
    assert data["people"] == [
        {"role": "author", "name": "尤瓦尔·赫拉利"},
        {"role": "translator", "name": "林俊宏"},
    ]


def test_episode_with_show_by_name_and_course_in_series(home: Path, capsys: Cap) -> None:
    result = run(
        capsys, "add", "episode", "--title", "Ep 62", "--show", "Hardcore History",
        "--guest", "Someone", "--duration", "1:02:03", "--published", "2024-01-02", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    episode = result.json()
    assert episode["parent"] == {"id": 1, "title": "Hardcore History"}
    assert episode["duration"] == 3723
    again = run(capsys, "add", "episode", "Ep 63", "--show", "hardcore history", "--json")
    assert again.json()["parent"]["id"] == 1  # found, not made twice
    course = run(capsys, "add", "course", "ML", "--series", "Deep Learning", "--json").json()
    assert course["parent"]["title"] == "Deep Learning"
    show = run(capsys, "show", "1", "--json").json()
    assert show["kind"] == "podcast" and show["children"] == [2, 3]


def test_list_filters_sorts_and_json(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "B one", "--tag", "economics", "--finished", "2020-03-05")
    run(capsys, "add", "book", "B two", "--rating", "4.5")
    run(capsys, "add", "video", "V three", "--speaker", "Bret Victor")
    rows = run(capsys, "list", "kind:book", "--json").json()
    assert sorted(r["id"] for r in rows) == [1, 2]
    assert [r["id"] for r in run(capsys, "list", "finished:2020-03", "--json").json()] == [1]
    assert [r["id"] for r in run(capsys, "list", "rating>=4", "--json").json()] == [2]
    assert [r["id"] for r in run(capsys, "list", "author:victor", "--json").json()] == [3]
    titles = [r["title"] for r in run(capsys, "list", "--sort", "title", "--json").json()]
    assert titles == ["B one", "B two", "V three"]
    table = run(capsys, "list", "kind:book").out
    assert "B one" in table and "V three" not in table


def test_malformed_filter_is_one_sentence(home: Path, capsys: Cap) -> None:
    result = run(capsys, "list", "rating>=abc")
    assert result.code == 1
    assert result.err.startswith("readinglog: ") and "abc" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("show", "99"), "no entry with id 99"),
        (("add", "book", "--title", "x", "--rating", "7"), "rating"),
        (("add", "book", "--title", "x", "--finished", "2020-02-30"), "--finished"),
        (("add", "episode", "--title", "x", "--isbn", "0306406152"), "isbn does not apply"),
        (("add", "book", "--title", "  "), "title"),
        (("log", "1", "progress", "--pages", "-3"), "negative"),
        (("edit", "1", "--clear", "duration"), "duration does not apply"),
    ],
)
def test_errors_exit_nonzero_with_one_line(
    home: Path, capsys: Cap, argv: tuple[str, ...], message: str
) -> None:
    run(capsys, "add", "book", "--title", "exists")
    result = run(capsys, *argv)
    assert result.code != 0
    assert message in result.err and "Traceback" not in result.err


def test_edit_and_clear_fields(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "Draft title", "--pages", "300", "--tag", "a")
    result = run(
        capsys, "edit", "1", "--title", "置身事内", "--clear", "pages", "--tag", "经济学",
        "--untag", "a", "--author", "兰小欢", "--json",
    )  # fmt: skip
    data = result.json()
    assert data["title"] == "置身事内" and "pages" not in data
    assert data["tags"] == ["经济学"] and data["people"] == [{"role": "author", "name": "兰小欢"}]


def test_log_progress_and_finish(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "B", "--pages", "200")
    run(capsys, "log", "1", "started", "--date", "2024-03-01")
    run(capsys, "log", "1", "progress", "--pages", "120", "--date", "2024-03-05", "--spent", "2h")
    data = run(capsys, "log", "1", "finished", "--date", "2024-03-09", "--json").json()
    assert data["status"] == "finished"
    assert data["time_spent"] == 120
    assert data["sessions"] == [
        {"started": "2024-03-01", "finished": "2024-03-09", "outcome": "finished"}
    ]


def test_rm_needs_yes_without_a_terminal(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "B")
    refused = run(capsys, "rm", "1")
    assert refused.code == 1 and "--yes" in refused.err
    assert run(capsys, "show", "1").code == 0
    assert run(capsys, "rm", "1", "--yes").code == 0
    assert run(capsys, "show", "1").code == 1


def test_home_option_keeps_everything_inside(tmp_path: Path, capsys: Cap) -> None:
    home = tmp_path / "portable"
    assert run(capsys, "--home", str(home), "add", "book", "B").code == 0
    assert (home / "library.sqlite3").is_file()
    assert run(capsys, "--home", str(home), "show", "1", "--json").json()["title"] == "B"


def test_sample_library_loads_once(home: Path, capsys: Cap) -> None:
    loaded = run(capsys, "sample", "--json").json()
    assert len(loaded["items"]) >= 12 and len(loaded["notes"]) >= 5
    kinds = {r["kind"] for r in run(capsys, "list", "--json").json()}
    assert kinds == {"book", "podcast", "episode", "course", "series", "video", "article"}
    langs = {n["lang"] for n in run(capsys, "note", "list", "--json").json()}
    assert {"en", "zh", "mixed"} <= langs
    marked = run(capsys, "highlight", "list", "--json").json()
    assert {h["item_title"] for h in marked} == {"Thinking, Fast and Slow", "三体"}
    assert all(h["comment"] for h in marked)
    again = run(capsys, "sample")
    assert again.code == 1 and "already has" in again.err


def test_status_words_are_the_filter_languages(home: Path, capsys: Cap) -> None:
    assert run(capsys, "add", "book", "B", "--status", "dnf", "--json").json()["status"] == (
        "abandoned"
    )
    assert run(capsys, "edit", "1", "--status", "reading", "--json").json()["status"] == (
        "in-progress"
    )
    refused = run(capsys, "edit", "1", "--status", "sideways")
    assert refused.code == 1 and "not one of" in refused.err
