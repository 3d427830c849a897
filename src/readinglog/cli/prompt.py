"""Questions on the terminal; never wait when stdin is not one."""

from __future__ import annotations

import sys

from readinglog.core.errors import UserError


def confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"{question.rstrip('?')}: not confirmed (no terminal); add --yes")
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")
