"""Cover thumbnails, shared by the detail pane's cover (``detail.cover_view``) and the list's
Cover column (``lists.table_models``).

A thumbnail is kept in the cache folder at ``core.covers.thumbnail_path`` (one per image and
size, whichever entries share it), made by ``QImageReader`` scaled while it decodes, on a
worker: QImage and QImageReader may be used off the GUI thread. It is derived data, made again
whenever it is missing or cannot be read.

``ThumbnailLoader`` serves many small thumbnails to a list: ``icon`` answers at once from
its cache (or None) and asks a worker for what is missing, a few at a time, the most recently
asked first (the rows being painted now); ``ready`` says a thumbnail is in the cache. The GUI
thread only loads the small PNG. The icon has the same picture when its row is selected (a
cover tinted with the selection colour is another cover).
"""

from __future__ import annotations

import os
import tempfile
from collections import OrderedDict
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from readinglog.core import covers
from readinglog.gui.runtime.worker import LatestOnly
from readinglog.paths import AppPaths


def make_thumbnail(source: Path, target: Path, size: int) -> str | None:
    """Decode ``source`` scaled to ``size`` on its longer side (never enlarged) and save it at
    ``target`` as PNG (written whole, then renamed); the path, or None when the image cannot
    be read. A cache folder that cannot be written is an ``OSError``. Runs on a worker:
    QImage and QImageReader may be used off the GUI thread."""
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and max(full.width(), full.height()) > size:
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=".png", dir=target.parent
    )  # saved as PNG, by the suffix
    os.close(handle)
    try:
        if not image.save(temporary):
            return None
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return str(target)


def thumbnails_of(
    paths: AppPaths, cover_paths: Sequence[str], size: int
) -> list[tuple[str, str | None]]:
    """Each cover's thumbnail file, made when missing (None: no cover file, an image that
    cannot be read, a cache folder that cannot be written). Runs on a worker."""
    found: list[tuple[str, str | None]] = []
    for cover_path in cover_paths:
        try:
            source = covers.resolve(paths, cover_path)
            thumb = covers.thumbnail_path(paths, cover_path, size)
            if source is None or thumb is None:
                made = None
            elif thumb.is_file():
                made = str(thumb)
            else:
                made = make_thumbnail(source, thumb, size)
        except OSError:
            made = None
        found.append((cover_path, made))
    return found


class ThumbnailLoader(QObject):
    """Thumbnails of ``size`` pixels for many covers, made on one worker thread."""

    ready = Signal(str)  # a cover_path whose thumbnail (or its absence) is known now

    BATCH = 8  # covers per call to the worker: the first rows show before the last are made
    MAX_WANTED = 200  # covers asked for and not started (older ones scrolled past long ago)
    MAX_CACHED = 2000  # pixmaps kept (a 40-pixel thumbnail is a few kilobytes)

    def __init__(self, paths: AppPaths, size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.size = size
        self._cache: OrderedDict[str, QIcon | None] = OrderedDict()
        self._wanted: OrderedDict[str, None] = OrderedDict()
        self._in_flight: tuple[str, ...] = ()
        self._retried: set[str] = set()
        self._kick_due = False
        self._worker = LatestOnly("list_thumbnails", parent=self)
        self._worker.answered.connect(self._on_worker_answered)

    def icon(self, cover_path: str) -> QIcon | None:
        """The thumbnail when it is loaded; else None, and it is asked for."""
        if cover_path in self._cache:
            self._cache.move_to_end(cover_path)
            return self._cache[cover_path]
        if cover_path not in self._in_flight:
            self._wanted[cover_path] = None
            self._wanted.move_to_end(cover_path)
            while len(self._wanted) > self.MAX_WANTED:
                self._wanted.popitem(last=False)
            if not self._kick_due:
                self._kick_due = True
                QTimer.singleShot(0, self._kick)  # once the paint that asked is over
        return None

    def forget_missing(self) -> None:
        """Ask again for the covers that had no thumbnail (after a write: a file may be back)."""
        for cover_path in [p for p, icon in self._cache.items() if icon is None]:
            del self._cache[cover_path]
        self._retried.clear()

    @property
    def busy(self) -> bool:
        return bool(self._in_flight or self._wanted)

    def wait(self, msecs: int = -1) -> bool:
        """Let the thumbnails being made finish (tests, closing)."""
        return self._worker.wait(msecs)

    def _kick(self) -> None:
        self._kick_due = False
        if self._in_flight or not self._wanted:
            return
        batch: list[str] = []
        while self._wanted and len(batch) < self.BATCH:
            batch.append(self._wanted.popitem(last=True)[0])  # the newest asked first
        self._in_flight = tuple(batch)
        self._worker.request(partial(thumbnails_of, self._paths, self._in_flight, self.size))

    def _on_worker_answered(self, answer: object) -> None:
        done, self._in_flight = self._in_flight, ()
        found = dict(answer) if isinstance(answer, list) else {}  # None: the call failed
        for cover_path in done:
            made = found.get(cover_path)
            pixmap = QPixmap(made) if made else None
            if pixmap is not None and pixmap.isNull():
                if cover_path not in self._retried:  # saved but unreadable: made once more
                    self._retried.add(cover_path)
                    Path(made or "").unlink(missing_ok=True)
                    self._wanted[cover_path] = None
                    continue
                pixmap = None
            self._cache[cover_path] = None if pixmap is None else _unselected_icon(pixmap)
            while len(self._cache) > self.MAX_CACHED:
                self._cache.popitem(last=False)
            self.ready.emit(cover_path)
        self._kick()


def _unselected_icon(pixmap: QPixmap) -> QIcon:
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon
