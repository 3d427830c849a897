"""The README's first lines and its CLI tour must stay true."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from readinglog.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _tour_commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## A tour of the command line\s+```sh\n(.*?)```", text, re.S)
    assert block, "README has no tour"
    joined = block.group(1).replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "readinglog", line
            commands.append(words[1:])
    return commands


def test_readme_starts_with_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert [line.split()[0] for line in block] == ["./readinglog.sh", "./run-tests.sh"]
    root = README.parent
    assert (root / "readinglog.sh").stat().st_mode & 0o111
    assert (root / "run-tests.sh").stat().st_mode & 0o111


def test_the_tour_runs_as_written(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "note.md").write_text("# 读后感\n\n想象的共同体。\n", encoding="utf-8")
    (tmp_path / "blog").mkdir()
    for argv in _tour_commands():
        argv = [str(Path(a).expanduser()) if a.startswith("~") else a for a in argv]
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 0, f"readinglog {' '.join(argv)} failed: {err}"
    assert (tmp_path / "blog" / "content" / "posts").is_dir()
