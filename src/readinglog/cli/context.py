"""What every command needs: the folders and, opened on first use, the library."""

from __future__ import annotations

from readinglog import paths
from readinglog.core.library import Library


class Context:
    def __init__(self, home: str | None = None) -> None:
        self.paths = paths.resolve(home)
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library.open(self.paths)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
