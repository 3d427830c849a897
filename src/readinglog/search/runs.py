"""A segment's postings spilled to scratch files in term order, and merged back term by term.

``segments.SegmentBuilder`` pools postings in memory, some 30 bytes each with their terms'
tables, and a 100k rebuild's segment holds millions (its memory grew with the segment). Past
a budget the builder writes what it pools as a *run*: every term in key order with its
postings. ``finish`` then merges the runs term by term (runs hold ascending document
numbers, so a term's postings are its runs' postings one after the other), and the pool's
memory no longer depends on the segment's size. Nothing here is whoosh's format: runs live
only while their segment is built.

A key is the field's name, a NUL and the term's UTF-8 bytes: ordering keys orders by field
name, then term, which is the term table's order (fields numbered in name order).
"""

from __future__ import annotations

import heapq
import itertools
import operator
import struct
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

# One term in a run: key length, postings, total length of the values (0: none), then the
# key, the document numbers, and with values their frequencies, lengths and bytes.
_RECORD = struct.Struct("=IIQ")
_CHUNK = 1 << 20  # bytes written at a time

Item = tuple[bytes, "array[int]", "array[int] | None", "list[bytes] | None"]


def key(field: str, term: str) -> bytes:
    return field.encode("utf-8") + b"\0" + term.encode("utf-8")


def split_key(item_key: bytes) -> tuple[str, bytes]:
    """(field name, term as UTF-8) of a key."""
    name, _, term = item_key.partition(b"\0")
    return name.decode("utf-8"), term


def write(out: Any, items: Iterable[Item]) -> None:
    """Write ``items`` (in key order) to ``out``, a file-like object with ``write``."""
    pack = _RECORD.pack
    parts: list[bytes] = []
    size = 0
    for item_key, docs, freqs, values in items:
        record: tuple[bytes, ...]
        if values:
            assert freqs is not None
            blob = b"".join(values)
            record = (
                pack(len(item_key), len(docs), len(blob)),
                item_key,
                docs.tobytes(),
                freqs.tobytes(),
                array("I", map(len, values)).tobytes(),
                blob,
            )
        else:
            record = (pack(len(item_key), len(docs), 0), item_key, docs.tobytes())
        parts.extend(record)
        size += sum(map(len, record))
        if size >= _CHUNK:
            out.write(b"".join(parts))
            parts.clear()
            size = 0
    if parts:
        out.write(b"".join(parts))


def read(source: Any) -> Iterator[Item]:
    """The items ``write`` wrote, from a file-like object with ``read``."""
    head = _RECORD.size
    while header := source.read(head):
        keylen, count, valuelen = _RECORD.unpack(header)
        item_key = source.read(keylen)
        docs = array("I")
        docs.frombytes(source.read(4 * count))
        if not valuelen:
            yield item_key, docs, None, None
            continue
        freqs = array("I")
        freqs.frombytes(source.read(4 * count))
        lengths = array("I")
        lengths.frombytes(source.read(4 * count))
        blob = source.read(valuelen)
        ends = list(itertools.accumulate(lengths))
        values = list(map(blob.__getitem__, map(slice, [0, *ends[:-1]], ends)))
        yield item_key, docs, freqs, values


def merge(sources: list[Iterator[Item]]) -> Iterator[Item]:
    """One item a key from ``sources`` (each in key order, earlier sources' documents first):
    a term's postings from every source, concatenated."""
    if len(sources) == 1:
        yield from sources[0]
        return
    pending: list[Item] = []  # the parts of one key
    for item in heapq.merge(*sources, key=operator.itemgetter(0)):
        if pending and item[0] != pending[0][0]:
            yield _joined(pending)
            pending.clear()
        pending.append(item)
    if pending:
        yield _joined(pending)


def _joined(parts: list[Item]) -> Item:
    if len(parts) == 1:
        return parts[0]
    item_key, first_docs, first_freqs, first_values = parts[0]
    docs = array("I", first_docs)
    freqs = array("I", first_freqs) if first_freqs is not None else None
    values = list(first_values) if first_values is not None else None
    for _, more_docs, more_freqs, more_values in parts[1:]:
        docs.extend(more_docs)
        if freqs is not None and more_freqs is not None:
            freqs.extend(more_freqs)
        if values is not None and more_values is not None:
            values.extend(more_values)
    return item_key, docs, freqs, values
