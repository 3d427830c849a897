"""`show` says where an entry stands, as the window does, and prints lengths as clocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


@pytest.fixture
def book(home: Path, capsys: Cap) -> str:
    item_id = run(capsys, "add", "book", "--title", "Capital", "--pages", "685").out.strip()
    assert run(capsys, "log", item_id, "progress", "--pages", "120").code == 0
    return item_id


def test_show_prints_progress_as_a_person_says_it(book: str, capsys: Cap) -> None:
    assert "progress: page 120 of 685 (18%)" in run(capsys, "show", book).out


def test_show_json_has_progress(book: str, capsys: Cap) -> None:
    progress = run(capsys, "show", book, "--json").json()["progress"]
    assert progress["text"] == "page 120 of 685 (18%)"
    assert progress["fraction"] == pytest.approx(120 / 685, abs=1e-4)
    assert progress["unit"] == "pages" and progress["value"] == 120


def test_an_entry_with_nothing_logged_has_no_progress(home: Path, capsys: Cap) -> None:
    item_id = run(capsys, "add", "book", "--title", "Unread").out.strip()
    assert "progress:" not in run(capsys, "show", item_id).out
    progress = run(capsys, "show", item_id, "--json").json()["progress"]
    assert progress["text"] is None and progress["fraction"] is None


def test_durations_print_as_clocks(home: Path, capsys: Cap) -> None:
    added = run(capsys, "add", "episode", "--title", "A long talk", "--duration", "2:23:00")
    item_id = added.out.strip()
    assert run(capsys, "log", item_id, "progress", "--minutes", "70").code == 0
    out = run(capsys, "show", item_id).out
    assert "duration: 2:23:00" in out and "8580" not in out
    assert "progress: 1:10:00 of 2:23:00" in out
    assert run(capsys, "show", item_id, "--json").json()["duration"] == 8580  # JSON: seconds
