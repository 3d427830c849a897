"""Control characters in user text are shown, not obeyed, on a terminal (issue 11, fault 7);
a pipe and --json still get the stored text exactly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.cli.output import escape_controls, for_terminal
from readinglog.core import notes, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from tests.cli.helpers import run

HOSTILE = "Title \x1b]0;pwned\x07 \x1b[2J\u202egpj.exe\u2066 \x9b31m end"
BODY = f"# Heading\n\nline one\tcol\r\n{HOSTILE}\x01\x7f\rcr 😀 👨‍👩‍👧 中文\n"
RAW = (b"\x1b", b"\x07", "\u202e".encode(), "\u2066".encode(), "\x9b".encode(), b"\x01")


def test_escape_controls_writes_each_control_out() -> None:
    assert escape_controls(HOSTILE) == (
        "Title ^[]0;pwned^G ^[[2J<U+202E>gpj.exe<U+2066> <U+009B>31m end"
    )
    # Tabs, newlines, CRLF line ends, emoji joiners and Chinese are text, not controls.
    kept = "a\tb\r\nc 👨‍👩‍👧 中文\n"
    assert escape_controls(kept) == kept
    assert escape_controls("x\ry\x00\x7f") == "x^My^@^?"


def test_for_terminal_leaves_a_pipe_the_exact_text() -> None:
    assert for_terminal(HOSTILE, io.StringIO()) == HOSTILE


def _on_terminal(home: Path, *argv: str) -> bytes:
    """What ``readinglog ARGV`` writes to a pseudo-terminal, to the end."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "readinglog", *argv],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env={**os.environ, paths.HOME_ENV: str(home)},
    )
    os.close(slave)
    chunks = []
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every writer closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
        assert proc.wait(timeout=60) == 0, b"".join(chunks)
    return b"".join(chunks)


@pytest.fixture
def hostile(home: Path) -> tuple[int, int]:
    with Library.open(paths.in_home(home)) as library, library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, HOSTILE, tags=[HOSTILE]).created
        assert item_id is not None
        note_id = notes.add_note(s, BODY, title=HOSTILE, item_ids=[item_id]).created
    assert note_id is not None
    return item_id, note_id


@pytest.mark.parametrize(
    "argv",
    [["note", "show", "{note}"], ["note", "list"], ["show", "{item}"], ["list"]],
    ids=lambda a: " ".join(a),
)
def test_a_terminal_never_receives_a_raw_control(
    argv: list[str], home: Path, hostile: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    item_id, note_id = hostile
    args = [a.replace("{note}", str(note_id)).replace("{item}", str(item_id)) for a in argv]
    shown = _on_terminal(home, *args)
    for raw in RAW:
        assert raw not in shown, (raw, shown)
    assert b"^[" in shown and b"<U+202E>" in shown
    # The stored text is unchanged, and a pipe still gets it exactly.
    assert run(capsys, "note", "show", str(note_id), "--json").json()["body"] == BODY
    assert run(capsys, "show", str(item_id), "--json").json()["title"] == HOSTILE
    piped = run(capsys, "note", "show", str(note_id)).out
    assert BODY in piped


def test_search_hits_on_a_terminal_show_controls(home: Path, hostile: tuple[int, int]) -> None:
    shown = _on_terminal(home, "search", "pwned")
    assert b"<U+202E>" in shown and b"^[" in shown
    for raw in (b"\x07", "\u202e".encode(), b"\x1b]0;"):
        assert raw not in shown, (raw, shown)
