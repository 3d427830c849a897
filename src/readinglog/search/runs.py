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
import marshal
import operator
import struct
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

# A run is batches of terms: a batch's length (8 bytes), then a marshalled list of
# (key, document numbers, frequencies or None, values or None), the arrays as bytes.
_BATCH_HEAD = struct.Struct("=Q")
BATCH = 2048  # terms a batch

Item = tuple[bytes, "array[int]", "array[int] | None", "list[bytes] | None"]


def key(field: str, term: str) -> bytes:
    return field.encode("utf-8") + b"\0" + term.encode("utf-8")


def write(out: Any, items: Iterable[Item]) -> None:
    """Write ``items`` (in key order) to ``out``, a file-like object with ``write``."""
    batch: list[tuple[bytes, bytes, bytes | None, list[bytes] | None]] = []
    for item_key, docs, freqs, values in items:
        if values:
            assert freqs is not None
            batch.append((item_key, docs.tobytes(), freqs.tobytes(), values))
        else:
            batch.append((item_key, docs.tobytes(), None, None))
        if len(batch) == BATCH:
            _write_batch(out, batch)
            batch.clear()
    if batch:
        _write_batch(out, batch)


def _write_batch(out: Any, batch: list[Any]) -> None:
    data = marshal.dumps(batch)
    out.write(_BATCH_HEAD.pack(len(data)))
    out.write(data)


def read(source: Any) -> Iterator[Item]:
    """The items ``write`` wrote, from a file-like object with ``read``."""
    while head := source.read(_BATCH_HEAD.size):
        (size,) = _BATCH_HEAD.unpack(head)
        batch = marshal.loads(source.read(size))
        for item_key, doc_bytes, freq_bytes, values in batch:
            docs = array("I")
            docs.frombytes(doc_bytes)
            if freq_bytes is None:
                yield item_key, docs, None, None
                continue
            freqs = array("I")
            freqs.frombytes(freq_bytes)
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
