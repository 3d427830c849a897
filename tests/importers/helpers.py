"""Run an importer in its own transaction and read the library back as plain rows."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from readinglog import importers, paths
from readinglog.core.batches import ImportReport
from readinglog.core.library import Library
from readinglog.core.models import ImportKind

# Bookkeeping that an import or an undo is expected to change.
BOOKKEEPING = {"import_batches", "import_changes", "index_queue", "alembic_version"}


def run_import(library: Library, kind: ImportKind, path: Path) -> ImportReport:
    with library.sessions.begin() as s:
        job = importers.start(s, kind, path)
        for _ in job.steps:
            pass
        return job.report()


def dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the bookkeeping ones, in a stable order."""
    with closing(sqlite3.connect(library.paths.database)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in BOOKKEEPING
        ]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


def total(report: ImportReport) -> int:
    return report.created + report.updated + report.unchanged + len(report.skipped)


@contextmanager
def empty_library(
    tmp_path: Path, template_home: Path, name: str = "other-home"
) -> Iterator[Library]:
    """Another new library (a copy of the migrated template), closed afterwards."""
    home = tmp_path / name
    shutil.copytree(template_home, home)
    library = Library.open(paths.in_home(home))
    try:
        yield library
    finally:
        library.close()
