"""The fence around whoosh's internals: every read of a private attribute of whoosh 2.7.x is
here (tests/search/test_fence.py fails on one anywhere else in search/), with the version they
were written against and a record of every time a fast path that reads them had to fall back
to whoosh's own (slower) way. docs/search-index.md describes the layout they read.

``terms.TermTables`` and ``reading`` fall back when ``term_table`` or ``length_column``
raise (an upgraded whoosh laying things out otherwise) and still answer correctly, only slower:
that must be seen, not silent. Each fallback is counted here and logged once with its reason;
the tests fail when a normal search falls back, and when the installed whoosh is not the pinned
one. ``posting_bytes`` has no slow twin: a change there fails loudly. Both read the segment's
files with ``os.pread`` (``_reads``), not through whoosh's layers.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.filedb.compound import SubFile

from readinglog.search.arrays import Ints, np

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


class TermTable(NamedTuple):
    """A segment's term table (W3TermsReader's ordered hash file, docs/search-index.md)."""

    key: Callable[[str, bytes], bytes]  # a term's key: the field's number, then its bytes
    get: Callable[[int, int], bytes]  # ``length`` bytes of the table from ``position``
    end: int  # where its items end
    positions: Callable[[], Ints]  # each item's position, in key order (one read)
    buckets: list[tuple[int, int]]  # the hash's 256 tables: (where its slots start, how many)
    hash: Callable[[bytes], int]  # the hash of a key


_POSITION_TYPES = {"B": "u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8"}  # big-endian


def term_table(reader: Any) -> TermTable:
    """``reader``'s term table (each call a few attribute reads)."""
    terms = reader._terms
    table = terms._tindex
    get = _reads(table.dbfile)

    def positions() -> Ints:
        dtype = np.dtype(_POSITION_TYPES[table.extras["indextype"]])
        data = get(table.indexbase, table.indexlen * dtype.itemsize)
        return np.frombuffer(data, dtype=dtype)

    return TermTable(terms._keycoder, get, table.endofdata, positions, table.tables, table.hashfn)


def length_column(reader: Any, field: str, count: int) -> bytes:
    """A segment's field-length column, one byte a document, in one read."""
    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    return bytes(column._dbfile.get(column._basepos, min(column._count, count)))


def posting_bytes(reader: Any, offset: int, length: int) -> bytes:
    """``length`` bytes of a segment's posting file from ``offset`` (a term's extent)."""
    return _reads(reader._terms._postfile)(offset, length)


Reads = Callable[[int, int], bytes]  # ``length`` bytes from ``position``, as StructFile.get
# Each open segment file's Reads, while whoosh keeps the file open (a reader's files live as
# long as its searcher).
_reads_of: weakref.WeakKeyDictionary[Any, Reads] = weakref.WeakKeyDictionary()


def _reads(structfile: Any) -> Reads:
    """``structfile.get`` as one ``os.pread``. whoosh reads a file of a segment through two
    layers (a StructFile over a SubFile of the segment's compound file: a seek, then a
    buffered read, ~2.6 µs) and a search makes some hundred small reads; one pread of the
    compound file takes ~0.6 µs. Without os.pread (Windows) whoosh's own get is used."""
    reads = _reads_of.get(structfile)
    if reads is None:
        reads = _reads_of[structfile] = _pread(structfile) if hasattr(os, "pread") else (
            structfile.get)  # fmt: skip
    return reads


def _pread(structfile: Any) -> Reads:
    """Reads of the part of a compound file that ``structfile`` stands for, on a duplicate
    of its descriptor (closed when no longer used: whoosh may close its own first, and the
    number be given to another file), bounded by the part's end as SubFile.read is; a file
    laid out otherwise is read by whoosh (counted: fell_back)."""
    part = structfile.file
    if not isinstance(part, SubFile):
        fell_back("fence.reads", TypeError(f"a segment file is a {type(part).__name__}"))
        get: Reads = structfile.get
        return get
    descriptor = os.dup(part._file.fileno())
    offset, size = part._offset, part._length

    def pread(position: int, length: int) -> bytes:
        return os.pread(descriptor, max(0, min(length, size - position)), offset + position)

    weakref.finalize(pread, os.close, descriptor)
    return pread


def live_segments(ix: Any) -> list[Any]:
    """The segments an opened whoosh index lists in its TOC."""
    segments: list[Any] = ix._segments()
    return segments
