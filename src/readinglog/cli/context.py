"""What every command needs: the folders and, opened on first use, the library."""

from __future__ import annotations

import sys

from sqlalchemy import func, select

from readinglog import paths
from readinglog.core.library import Library
from readinglog.core.models import IndexQueue

NOTICE_FROM = 500  # queued documents: about a second of indexing


class Context:
    def __init__(self, home: str | None = None, *, read_only: bool | None = None) -> None:
        self.paths = paths.resolve(home, read_only=read_only)
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library.open(self.paths)
            if not self._library.read_only:  # nothing is written beside a read-only library
                from readinglog.cli import backup_commands

                backup_commands.daily(self.paths)  # when one is due: once a day
        return self._library

    def close(self) -> None:
        """Bring the search index up to date with what the command wrote, then close."""
        if self._library is None:
            return
        try:
            _drain_index(self._library)
        finally:
            self._library.close()
            self._library = None


def _drain_index(library: Library) -> None:
    """Index what this command queued. An index that needs a rebuild is left for the next
    ``search`` or the window (which rebuild it with progress); the queue keeps the work. One
    that this very drain failed on is rebuilt now, so it heals instead of failing again."""
    with library.sessions() as s:
        queued = s.scalar(select(func.count(IndexQueue.id))) or 0
    if not queued or library.read_only:  # a read-only library's queue cannot be emptied
        return
    from readinglog.cli.output import run_with_progress
    from readinglog.search import sync
    from readinglog.search.index import IndexStatus
    from readinglog.search.lock import IndexBusy

    index = sync.open_index(library)
    if index.status() is not IndexStatus.OK:
        return
    if queued >= NOTICE_FROM:  # said only when it is about to happen
        print(f"Updating the search index ({queued} documents)…", file=sys.stderr, flush=True)
    sync.drain(library, index)
    if index.blocked:
        print(f"readinglog: saved, but {index.blocked}; searches catch up when it can be "
              "written", file=sys.stderr)  # fmt: skip
    elif index.status() is IndexStatus.CORRUPT:
        print("readinglog: the search index failed to update (details in the log); "
              "rebuilding it from the library", file=sys.stderr)  # fmt: skip
        try:
            run_with_progress(sync.rebuild(library, index), "Rebuilding the search index")
        except IndexBusy as error:
            print(f"readinglog: {error}; the next search rebuilds it", file=sys.stderr)
