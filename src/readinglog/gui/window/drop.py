"""What can be dropped on the window to import: local CSV, OPML and Markdown files, or folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

SUFFIXES = frozenset({".csv", ".opml", ".xml", ".md", ".markdown", ".mdown"})


def importable(path: Path) -> bool:
    return path.is_dir() or (path.is_file() and path.suffix.lower() in SUFFIXES)


def importable_paths(mime: QMimeData) -> list[Path]:
    """The dropped local files and folders an importer may read (none: refuse the drop)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if importable(path)]
