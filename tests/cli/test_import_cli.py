from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

import readinglog.cli as cli
from readinglog.cli import archive_commands, export_commands, import_commands
from tests.cli.helpers import run
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_SANTI

Cap = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the import commands even before the lead adds them to COMMAND_MODULES."""
    if import_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, import_commands))


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "goodreads_library_export.csv"
    path.write_text(HEADER_24 + ROW_SANTI + "1,2\n" + ROW_DNF, encoding="utf-8")
    return path


def test_import_json_dry_run_reimport_and_undo(home: Path, export: Path, capsys: Cap) -> None:
    dry = run(capsys, "import", "goodreads", str(export), "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert dry.json() == {
        "batch": None, "dry_run": True, "created": 2, "updated": 0, "unchanged": 0,
        "skipped": [{"line": 3, "reason": "2 columns where the header has 24"}],
        "warnings": [],
    }  # fmt: skip
    assert run(capsys, "list", "--json").json() == []

    done = run(capsys, "import", "goodreads", str(export), "--json")
    assert done.code == 0 and done.json()["batch"] == 1 and done.json()["created"] == 2
    assert len(run(capsys, "list", "--json").json()) == 2
    again = run(capsys, "import", "goodreads", str(export), "--json").json()
    assert (again["created"], again["unchanged"]) == (0, 2)

    newer = export.with_name("newer.csv")
    newer.write_text(export.read_text(encoding="utf-8").replace(",5,4.5,", ",3,4.5,"), "utf-8")
    updated = run(capsys, "import", "goodreads", str(newer), "--json").json()
    assert (updated["updated"], updated["unchanged"]) == (1, 1)
    history = run(capsys, "import", "list", "--json").json()
    assert [(b["id"], b["created"], b["updated"], b["unchanged"]) for b in history] == [
        (1, 2, 0, 0),
        (2, 0, 0, 2),
        (3, 0, 1, 1),
    ]
    blocked = run(capsys, "import", "undo", "1")
    assert (
        blocked.code == 1 and "later import 3" in blocked.err and "undo that first" in blocked.err
    )
    assert run(capsys, "import", "undo", "3").code == 0
    undone = run(capsys, "import", "undo", "1")
    assert undone.code == 0 and "undid import 1" in undone.out
    assert run(capsys, "list", "--json").json() == []
    twice = run(capsys, "import", "undo", "1")
    assert twice.code == 1 and "already undone" in twice.err


def test_text_report_and_errors(home: Path, export: Path, tmp_path: Path, capsys: Cap) -> None:
    result = run(capsys, "import", "goodreads", str(export))
    assert result.code == 0
    assert "2 created, 0 updated, 0 unchanged, 1 skipped" in result.out
    assert "skipped line 3:" in result.err
    missing = run(capsys, "import", "opml", str(tmp_path / "nope.opml"))
    assert missing.code == 1 and "no such file" in missing.err
    wrong = run(capsys, "import", "storygraph", str(export))
    assert wrong.code == 1 and "not a StoryGraph export" in wrong.err
    assert run(capsys, "import", "undo", "99").code == 1


def test_undo_refuses_over_later_edits(home: Path, export: Path, capsys: Cap) -> None:
    assert run(capsys, "import", "goodreads", str(export)).code == 0
    assert run(capsys, "edit", "1", "--rating", "1").code == 0
    refused = run(capsys, "import", "undo", "1")
    assert refused.code == 1 and "changed after it" in refused.err
    assert run(capsys, "import", "undo", "1", "--force").code == 0
    assert run(capsys, "list", "--json").json() == []


@pytest.fixture(autouse=True)
def _export_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Add ``export goodreads|archive`` even before the lead wires archive_commands in."""
    original = export_commands.register

    def register(commands: Any) -> None:
        original(commands)
        parser = commands.choices["export"]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                archive_commands.register_export(action)

    monkeypatch.setattr(export_commands, "register", register)


def test_export_goodreads_and_back(
    home: Path, export: Path, tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "import", "goodreads", str(export)).code == 0
    out = tmp_path / "back.csv"
    done = run(capsys, "export", "goodreads", str(out), "--json")
    assert done.code == 0 and done.json() == {"path": str(out.resolve()), "books": 2}
    again = run(capsys, "export", "goodreads", str(out))
    assert again.code == 1 and "use --force" in again.err
    assert run(capsys, "export", "goodreads", str(out), "--force").code == 0
    other = tmp_path / "other-home"
    monkeypatch.setenv("READINGLOG_HOME", str(other))
    back = run(capsys, "import", "goodreads", str(out), "--json").json()
    assert (back["created"], back["skipped"], back["warnings"]) == (2, [], [])
    titles = sorted(row["title"] for row in run(capsys, "list", "--json").json())
    assert titles == ["Война и мир", "死神永生 (三体, #3)"]


def test_export_and_import_archive(
    home: Path, export: Path, tmp_path: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "import", "goodreads", str(export)).code == 0
    (home / "config" / "settings.toml").write_text('theme = "dark"\n', encoding="utf-8")
    archive = tmp_path / "all.zip"
    written = run(capsys, "export", "archive", str(archive))
    assert written.code == 0 and "2 entries, 2 notes" in written.out and "1 files" in written.out
    refused = run(capsys, "import", "archive", str(archive))
    assert refused.code == 1 and "only be imported into an empty library" in refused.err
    other = tmp_path / "other-home"
    monkeypatch.setenv("READINGLOG_HOME", str(other))
    brought = run(capsys, "import", "archive", str(archive), "--json")
    assert brought.code == 0, brought.err
    assert brought.json()["tables"]["items"] == 2 and brought.json()["files"] == 1
    assert (other / "config" / "settings.toml").read_text(encoding="utf-8") == 'theme = "dark"\n'
    assert len(run(capsys, "list", "--json").json()) == 2
    assert run(capsys, "import", "undo", "1").code == 0  # the history came along
    assert run(capsys, "list", "--json").json() == []
    wrong = run(capsys, "import", "archive", str(export))
    assert wrong.code == 1 and "not a ReadingLog archive" in wrong.err
