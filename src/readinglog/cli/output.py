"""Printing: JSON with Chinese as is, aligned tables that count wide characters, progress bars."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from readinglog.core.types import Progress


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
    table = [list(headers), *[list(r) for r in rows]]
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
