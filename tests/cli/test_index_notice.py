"""The CLI says "Updating the search index" only when it is about to update it.

A library whose index was never built (a fresh import from the command line) leaves the rebuild
to the next ``search``; every command used to announce an update it then did not make.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.cli import context
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]
NOTICE = "Updating the search index"


@pytest.fixture(autouse=True)
def notice_from_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "NOTICE_FROM", 1)


def test_no_notice_while_the_index_waits_for_its_rebuild(home: Path, capsys: Cap) -> None:
    added = run(capsys, "add", "book", "政治经济学")
    assert added.code == 0
    listed = run(capsys, "list")
    assert listed.code == 0 and NOTICE not in added.err + listed.err


def test_the_notice_comes_with_an_update(home: Path, capsys: Cap) -> None:
    assert run(capsys, "search", "经济").code == 0  # builds the index
    added = run(capsys, "add", "book", "政治经济学")
    assert added.code == 0 and NOTICE in added.err
    found = run(capsys, "search", "政治", "--json")
    assert found.code == 0 and NOTICE not in found.err and found.json()["total"] == 1
