"""Printing: JSON with Chinese as is, aligned tables that count wide characters, progress bars,
and user text made safe for a terminal (control characters shown, not obeyed)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
import unicodedata
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from readinglog.core.types import Progress

T = TypeVar("T")


def _default(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value.resolve())
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot print {type(value).__name__} as JSON")


# What a note's text must not do to a terminal: C0 controls but tab and newline (ESC starts
# escape sequences, BEL rings, CR overwrites the line), DEL, C1 controls, and the invisible
# bidi controls that reorder what is shown (U+202E makes "gpj.exe" read "exe.jpg").
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20 or code == 0x7F:
        return "^" + chr(code ^ 0x40)  # caret notation: ESC -> ^[, BEL -> ^G, DEL -> ^?
    return f"<U+{code:04X}>"


def escape_controls(text: str) -> str:
    """``text`` with every control character a terminal would obey written out visibly."""
    return _UNSAFE.sub(_visible, text)


def for_terminal(text: str, stream: TextIO | None = None) -> str:
    """User text to print on ``stream`` (stdout): escaped when it is a terminal, exact when
    it is a pipe or a file (a script gets the stored text byte for byte)."""
    out = stream or sys.stdout
    return escape_controls(text) if out.isatty() else text


def print_json(data: object, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
    out.write("\n")


def width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """Cut to ``columns`` terminal columns (with an ellipsis) and pad to exactly that width."""
    text = " ".join(text.split())
    if width(text) > columns:
        out, used = [], 0
        for ch in text:
            w = width(ch)
            if used + w > columns - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * (columns - width(text))


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], limits: Sequence[int]
) -> None:
    """Columns as wide as their content up to ``limits`` (0 = no limit)."""
    escape = sys.stdout.isatty()  # asked once for the table, not once a cell (a syscall)
    table = [list(headers), *[[escape_controls(c) if escape else c for c in r] for r in rows]]
    widths = [
        min(max(width(row[i]) for row in table), limit or 10_000) for i, limit in enumerate(limits)
    ]
    for index, row in enumerate(table):
        cells = [fit(cell, widths[i]) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def bold(text: str) -> str:
    return f"\033[1m{text}\033[0m" if sys.stdout.isatty() else text


def finish(job: Generator[Progress, None, T], label: str) -> T:
    """Run a core job to its end with a progress bar; what it returns."""
    result: list[T] = []

    def steps() -> Iterator[Progress]:
        result.append((yield from job))

    run_with_progress(steps(), label)
    return result[0]


def run_with_progress(steps: Iterator[Progress], label: str) -> Progress | None:
    """Drain a core generator, drawing a progress bar on stderr when it is a terminal."""
    last: Progress | None = None
    tty = sys.stderr.isatty()
    for last in steps:
        if tty:
            if last.total:
                filled = int(30 * last.done / last.total)
                bar = "#" * filled + "-" * (30 - filled)
                sys.stderr.write(f"\r{label} [{bar}] {last.done}/{last.total} ")
            else:
                sys.stderr.write(f"\r{label} {last.done} ")
            sys.stderr.flush()
    if tty and last is not None:
        sys.stderr.write("\n")
    return last
