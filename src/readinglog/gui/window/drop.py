"""What can be dropped on the window to import: local CSV, OPML and Markdown files, or folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from readinglog.importers import detection

# what the importers read (a Kindle .txt, a KOReader .lua, a 豆瓣 .json too); detection then
# tells which importer a dropped file is for, or says in one sentence why none is
SUFFIXES = frozenset(detection.SUFFIXES)


def importable(path: Path) -> bool:
    return path.is_dir() or (path.is_file() and path.suffix.lower() in SUFFIXES)


def importable_paths(mime: QMimeData) -> list[Path]:
    """The dropped local files and folders an importer may read (none: refuse the drop)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if importable(path)]
