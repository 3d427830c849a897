from pathlib import Path

import pytest
from sqlalchemy import delete

from readinglog import paths
from readinglog.core import migrate, services
from readinglog.core.library import Library
from readinglog.core.models import IndexQueue
from readinglog.core.types import ItemKind
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


def test_db_check_reports_the_search_index(home: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "经济学原理")
    run(capsys, "highlight", "add", "1", "--text", "看不见的手")
    assert run(capsys, "search", "经济").code == 0  # builds the index
    check = run(capsys, "db", "check", "--json").json()
    assert check["ok"] is True and check["index"]["status"] == "ok"
    assert check["index"]["indexed"] == {"note": 0, "item": 1, "highlight": 1}
    with Library.open(paths.in_home(home)) as library, library.sessions.begin() as s:
        services.add_item(s, ItemKind.BOOK, "lost from the queue")
        s.execute(delete(IndexQueue))
    broken = run(capsys, "db", "check", "--json")
    assert broken.code == 1
    assert "1 missing" in broken.json()["problems"][0] and "reindex" in broken.err + broken.out
    assert run(capsys, "reindex").code == 0
    assert run(capsys, "db", "check").code == 0
