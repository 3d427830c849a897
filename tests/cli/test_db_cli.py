from pathlib import Path

import pytest

from readinglog.core import migrate
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


def test_db_current_check_and_upgrade(home: Path, capsys: Cap) -> None:
    current = run(capsys, "db", "current", "--json").json()
    assert current["revision"] == current["head"] == migrate.HEAD_REVISION
    check = run(capsys, "db", "check", "--json")
    assert check.code == 0 and check.json()["ok"] is True
    upgraded = run(capsys, "db", "upgrade", "--json").json()
    assert upgraded["from"] == upgraded["to"] == migrate.HEAD_REVISION


def test_db_commands_on_a_missing_library(tmp_path: Path, capsys: Cap) -> None:
    result = run(capsys, "--home", str(tmp_path / "none"), "db", "current")
    assert result.code == 1 and "no library" in result.err


def test_a_file_that_is_not_a_library(tmp_path: Path, capsys: Cap) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    result = run(capsys, "--home", str(tmp_path), "list")
    assert result.code == 1
    assert "library.sqlite3" in result.err and "Traceback" not in result.err
