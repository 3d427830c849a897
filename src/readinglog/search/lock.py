"""The index folder's write lock, held across processes by whoever writes (a drain, a rebuild).

``WRITE.lock`` is whoosh's file lock (flock: the system lets go of it when its process dies,
so a killed writer never leaves a stale lock). ``WRITE.owner`` beside it says who holds it and
since when, for the sentence a user sees when the index is behind ("being written by process
123 since ..."); it is advice only, the lock is the flock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

LOCK_NAME = "WRITE.lock"
OWNER_FILE = "WRITE.owner"
POLL_SECONDS = 0.02


class IndexBusy(Exception):
    """Another writer (this or another process) holds the index; the work stays queued."""


class IndexUnwritable(IndexBusy):
    """The index folder cannot be written (read-only, no space, no permission); the work
    stays queued."""


def unwritable(root: Path, error: OSError) -> IndexUnwritable:
    reason = error.strerror or str(error)
    return IndexUnwritable(f"the search index folder {root} cannot be written ({reason})")


@contextlib.contextmanager
def hold(root: Path, timeout: float) -> Iterator[None]:
    """Hold ``root``'s write lock; IndexBusy after ``timeout`` s, IndexUnwritable at once
    when the folder cannot be written."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = FileStorage(str(root)).lock(LOCK_NAME)
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexBusy(f"the search index is being written by {owner(root)}")
            time.sleep(POLL_SECONDS)
    except OSError as error:
        raise unwritable(root, error) from error
    try:
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        with contextlib.suppress(OSError):
            (root / OWNER_FILE).write_text(f"{os.getpid()} {stamp}", encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            (root / OWNER_FILE).unlink()
        lock.release()


def owner(root: Path) -> str:
    """Who holds the lock, in words ("process 123 since 2026-12-06T16:40:02+00:00")."""
    try:
        pid, since = (root / OWNER_FILE).read_text(encoding="utf-8").split(" ", 1)
    except (OSError, ValueError):
        return "another process"
    return f"process {pid} since {since.strip()}"
