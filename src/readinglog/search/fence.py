"""The fence around whoosh's internals: every read of a private attribute of whoosh 2.7.x is
here (tests/search/test_fence.py fails on one anywhere else in search/), with the version they
were written against and a record of every time a fast path that reads them had to fall back
to whoosh's own (slower) way. docs/search-index.md describes the layout they read.

``segments.prefix_terms`` and ``reading`` fall back when ``term_table`` or ``length_column``
raise (an upgraded whoosh laying things out otherwise) and still answer correctly, only slower:
that must be seen, not silent. Each fallback is counted here and logged once with its reason;
the tests fail when a normal search falls back, and when the installed whoosh is not the pinned
one. ``posting_bytes`` has no slow twin: a change there fails loudly.
"""

from __future__ import annotations

import logging
from collections import Counter
from importlib import metadata
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN

PINNED_DISTRIBUTION = "whoosh-reloaded"
PINNED_VERSION = "2.7.5"  # as pyproject.toml pins it

log = logging.getLogger(__name__)
fallbacks: Counter[str] = Counter()


def installed_version() -> str:
    """The installed whoosh-reloaded's version; when another distribution provides ``whoosh``
    (whoosh3, say), whoosh's own version string and so: never an error (fell_back logs it)."""
    try:
        return metadata.version(PINNED_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import whoosh

        return f"{whoosh.versionstring()} (not {PINNED_DISTRIBUTION})"


def fell_back(where: str, error: BaseException) -> None:
    """A fast path at ``where`` could not read whoosh's internals and used whoosh's own way."""
    if not fallbacks[where]:
        log.warning(
            "%s fell back to whoosh's own (slower) reading: %s: %s (whoosh %s, written for %s)",
            where, type(error).__name__, error, installed_version(), PINNED_VERSION,
        )  # fmt: skip
    fallbacks[where] += 1


# --- the internals read ------------------------------------------------------------------------


def term_table(reader: Any, fieldname: str, encoded: bytes) -> tuple[bytes, int | None, int, Any]:
    """A segment's term table (W3TermsReader's ordered hash file): (the key of ``encoded`` in
    ``fieldname``, the position of the first key at or after it, the end of the data, the
    table's ``get(position, length)``)."""
    terms = reader._terms
    table = terms._tindex
    key = terms._keycoder(fieldname, encoded)  # the field's number, then the term
    return key, table.closest_key_pos(key), table.endofdata, table.dbfile.get


def length_column(reader: Any, field: str, count: int) -> bytes:
    """A segment's field-length column, one byte a document, in one read."""
    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    return bytes(column._dbfile.get(column._basepos, min(column._count, count)))


def posting_bytes(reader: Any, offset: int, length: int) -> bytes:
    """``length`` bytes of a segment's posting file from ``offset`` (a term's extent)."""
    data: bytes = reader._terms._postfile.get(offset, length)
    return data


def live_segments(ix: Any) -> list[Any]:
    """The segments an opened whoosh index lists in its TOC."""
    segments: list[Any] = ix._segments()
    return segments
