"""Command line: ``readinglog <command>``. Importing it must never load PySide6."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("not yet")
