"""The fence around whoosh's internals: the version they were written against, and a record of
every time a fast path that reads them had to fall back to whoosh's own (slower) way.

``segments.prefix_terms`` and ``reading`` read private attributes of whoosh 2.7.x (the term
table, the length columns). If an upgraded whoosh lays them out otherwise they fall back and
still answer correctly, only slower: that must be seen, not silent. Each fallback is counted
here and logged once with its reason; tests/search/test_fence.py fails when a normal search
falls back, and when the installed whoosh is not the pinned one.
"""

from __future__ import annotations

import logging
from collections import Counter
from importlib import metadata

PINNED_DISTRIBUTION = "whoosh-reloaded"
PINNED_VERSION = "2.7.5"  # as pyproject.toml pins it

log = logging.getLogger(__name__)
fallbacks: Counter[str] = Counter()


def installed_version() -> str:
    return metadata.version(PINNED_DISTRIBUTION)


def fell_back(where: str, error: BaseException) -> None:
    """A fast path at ``where`` could not read whoosh's internals and used whoosh's own way."""
    if not fallbacks[where]:
        log.warning(
            "%s fell back to whoosh's own (slower) reading: %s: %s (whoosh %s, written for %s)",
            where, type(error).__name__, error, installed_version(), PINNED_VERSION,
        )  # fmt: skip
    fallbacks[where] += 1
