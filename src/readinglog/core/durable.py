"""Making a write survive a power cut: a file's bytes and a folder's entries (after a rename)
reach the disk before the write is called done."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Sync ``folder``'s entries (a rename into it). Some systems and file systems cannot
    sync a folder: the rename happened all the same, so that is not an error."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
