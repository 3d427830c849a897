"""search/ depends on core only, and only index.py (with segments.py, its bulk writer,
reading.py and postings.py, what its searches read, lock.py, its write lock, and fence.py, the
only reader of whoosh's private attributes) talk to whoosh."""

from __future__ import annotations

import re
from pathlib import Path

import readinglog.search

PACKAGE = Path(readinglog.search.__file__).parent
IMPORT_RE = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.M)


def imports(path: Path) -> set[str]:
    return set(IMPORT_RE.findall(path.read_text(encoding="utf-8")))


def test_search_imports_only_core() -> None:
    for path in PACKAGE.glob("*.py"):
        for name in imports(path):
            if name.startswith("readinglog."):
                assert name.startswith(("readinglog.core", "readinglog.search")), (path, name)
            assert not name.startswith("PySide6"), (path, name)


def test_whoosh_stays_behind_index_py_and_its_segment_writer() -> None:
    users = {
        p.name for p in PACKAGE.glob("*.py") if any(n.startswith("whoosh") for n in imports(p))
    }
    assert users == {"fence.py", "index.py", "lock.py", "postings.py", "reading.py", "segments.py"}
