"""Markdown pieces the pages share: tables, lists of people, a label's colon."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readinglog.core.citation import escape_inline
from readinglog.stats.charts import Lang

_BAR = re.compile(r"(?<!\\)((?:\\\\)*)\|")


def cell(text: str) -> str:
    """Markdown inside a table cell: a ``|`` not escaped already would end the cell."""
    return _BAR.sub(r"\1\\|", text)


def table(head: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> str:
    """A GitHub-style table (goldmark, marked, kramdown and Obsidian all read it); ``head``
    is plain text, ``rows`` Markdown; the columns in ``right`` are aligned right."""
    align = ["---:" if index in right else "---" for index in range(len(head))]
    lines = [
        "| " + " | ".join(cell(escape_inline(h)) for h in head) + " |",
        "| " + " | ".join(align) + " |",
    ]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def colon(lang: Lang) -> str:
    return "：" if lang == "zh" else ": "
