"""A segment's term table read in key order, directly: the terms a word begins (the reading step
of a search: an English word also finds the words it begins, a half-typed one what it may
become).

whoosh keeps a segment's terms in an ordered hash file (docs/search-index.md): a hash table for
looking one term up, and an array of every key's position in key order. Its ``closest_key_pos``
finds where a prefix's terms begin by a binary search over the file, two or three small reads a
step and about 18 steps, some 0.4 ms; an English search asks it for every field of every
segment. ``TermSample`` keeps every ``SAMPLE_EVERY``-th key in memory instead, made once per
segment (segments never change once written), so the place is a bisect and at most one chunk
read. ``prefix_terms`` then reads the table from there in chunks and parses it here: whoosh's
iter_prefix makes three reads and a TermInfo a term, and a two-letter prefix has hundreds.
``term_value`` looks one term up in the hash, as whoosh does, in fewer reads.
"""

from __future__ import annotations

import bisect
import struct
from typing import Any, NamedTuple

from readinglog.search import fence

SAMPLE_EVERY = 64  # keys of the term table per sampled key (~4,000 keys kept for 250,000 terms)
TERMS_CHUNK = 16_384  # bytes of the term table read at a time
_ITEM_HEAD = struct.Struct("!ii")  # an item of whoosh's term table: key length, value length
_DOC_FREQ = struct.Struct("!I")  # a W3TermInfo's document count, after a flag and a weight
_KEY_PEEK = 64  # bytes read to sample a key: its item's head and most keys whole
_SLOT = struct.Struct("!Iq")  # a slot of the hash: a key's hash, its item's position (0: empty)
_ITEM_PEEK = 96  # bytes read for a looked-up item: its head, key and most term infos whole
_PROBE = 8  # hash slots read at a time
SMALL_SEGMENT_DOCS = 256  # a segment this small has its whole term table kept (SmallTable)


class Term(NamedTuple):
    """A term of a segment's field as its term table holds it."""

    text: bytes
    documents: int  # how many hold it, deleted ones counted
    info: bytes | None  # its W3TermInfo's bytes (None when whoosh read the table)


class TermSample:
    """Every SAMPLE_EVERY-th key of a segment's term table, with its item's position."""

    __slots__ = ("keys", "positions")

    def __init__(self, keys: list[bytes], positions: list[int]) -> None:
        self.keys = keys
        self.positions = positions

    @classmethod
    def read(cls, table: fence.TermTable) -> TermSample:
        positions = table.positions()[::SAMPLE_EVERY].tolist()
        return cls([_key_at(table, p) for p in positions], positions)

    def start(self, key: bytes) -> int | None:
        """Where to read from to meet the first key at or after ``key``: the position of the
        last sampled key before it (the first key when none is), at most SAMPLE_EVERY items
        early; None for an empty table."""
        if not self.positions:
            return None
        return self.positions[max(0, bisect.bisect_left(self.keys, key) - 1)]


def _key_at(table: fence.TermTable, position: int) -> bytes:
    data = table.get(position, _KEY_PEEK)
    (length, _) = _ITEM_HEAD.unpack_from(data)
    head = _ITEM_HEAD.size
    if head + length > len(data):
        data = table.get(position, head + length)
    return data[head : head + length]


class SmallTable:
    """Every term of a small segment with its term info, in memory: the segments later
    changes add hold a few documents each (up to search.index.MAX_SEGMENTS of them), and a
    search looks up some 40 terms in every segment, nearly all missing from a small one: a
    miss here costs no read (five small segments cost a 10k search ~0.6 ms, their look-ups
    ~0.2 ms of it; the rest is each segment's scoring)."""

    __slots__ = ("_infos", "_key")

    def __init__(self, table: fence.TermTable) -> None:
        self._key = table.key  # the field's number, then the term (no file read)
        first = table.positions()[:1].tolist()
        self._infos = {t.text: t.info for t in _read_from(table, first[0] if first else None)}

    def info(self, fieldname: str, term: bytes) -> bytes | None:
        """The term's W3TermInfo bytes, None when the segment lacks it."""
        return self._infos.get(self._key(fieldname, term))


class TermTables:
    """Each live segment's TermSample, made on its first prefix search, and a small
    segment's SmallTable, made on its first search; kept while the segment is live
    (search.index drops the others when its searcher changes)."""

    def __init__(self) -> None:
        self._samples: dict[str, TermSample] = {}
        self._small: dict[str, SmallTable] = {}

    def keep_only(self, segment_ids: set[str]) -> None:
        self._samples = {k: v for k, v in self._samples.items() if k in segment_ids}
        self._small = {k: v for k, v in self._small.items() if k in segment_ids}

    def small(self, reader: Any) -> SmallTable | None:
        """The SmallTable of a segment of at most SMALL_SEGMENT_DOCS documents, else None
        (None too when its table cannot be read: counted, and terms are looked up as usual)."""
        if reader.doc_count_all() > SMALL_SEGMENT_DOCS:
            return None
        segment_id = reader.segment().segment_id()
        small = self._small.get(segment_id)
        if small is None:
            try:
                small = self._small[segment_id] = SmallTable(fence.term_table(reader))
            except Exception as error:  # another layout: look terms up (search.fence)
                fence.fell_back("terms.small", error)
        return small

    def prefix_terms(self, reader: Any, fieldname: str, prefix: str) -> list[Term]:
        """Each term of ``fieldname`` in one segment reader that begins with ``prefix``, in
        term order."""
        try:
            table = fence.term_table(reader)
            segment_id = reader.segment().segment_id()
            sample = self._samples.get(segment_id)
            if sample is None:
                sample = self._samples[segment_id] = TermSample.read(table)
        except Exception as error:  # another layout: whoosh's own way, counted (search.fence)
            fence.fell_back("terms.prefix_terms", error)
            return [
                Term(t, i.doc_frequency(), None) for t, i in reader.iter_prefix(fieldname, prefix)
            ]
        encoded = prefix.encode("utf-8")
        key = table.key(fieldname, encoded)
        return _read_from(table, sample.start(key), key, len(key) - len(encoded))


def _read_from(
    table: fence.TermTable, pos: int | None, key: bytes = b"", skip: int = 0
) -> list[Term]:
    """The terms whose keys begin with ``key`` (their first ``skip`` bytes, the field's
    number, left off), reading the table in chunks from ``pos`` (at or before the first)."""
    found: list[Term] = []
    data, base = b"", 0  # data holds the table from base on
    head = _ITEM_HEAD.size
    while pos is not None and pos < table.end:
        at = pos - base
        if at < 0 or at + head > len(data):
            data, base, at = table.get(pos, min(TERMS_CHUNK, table.end - pos)), pos, 0
        keylen, datalen = _ITEM_HEAD.unpack_from(data, at)
        size = head + keylen + datalen
        if at + size > len(data):
            data, base, at = table.get(pos, min(max(TERMS_CHUNK, size), table.end - pos)), pos, 0
        term = data[at + head : at + head + keylen]
        pos += size
        if term < key:
            continue  # sampled keys start up to SAMPLE_EVERY items early
        if not term.startswith(key):
            break
        value = at + head + keylen
        (count,) = _DOC_FREQ.unpack_from(data, value + 5)
        found.append(Term(term[skip:], count, data[value : value + datalen]))
    return found


def term_value(table: fence.TermTable, key: bytes) -> bytes | None:
    """What the table holds for ``key`` (a W3TermInfo's bytes), or None: whoosh's hash
    look-up (HashReader.ranges_for_key: linear probing from the key's slot) with its slots
    read ``_PROBE`` at a time and the item in one read, where whoosh reads each slot, the
    item's head, its key and its value apart, through layers of generators (a search looks up
    some 40 marked bigram variants per segment, most of them missing)."""
    keyhash = table.hash(key)
    start, slots = table.buckets[keyhash & 255]
    at = (keyhash >> 8) % slots if slots else 0
    done = 0
    while done < slots:  # from the key's slot to the table's end, then from its start
        count = min(_PROBE, slots - done, slots - at)
        block = table.get(start + at * _SLOT.size, count * _SLOT.size)
        for slothash, item in _SLOT.iter_unpack(block):
            if not item:
                return None
            if slothash == keyhash:
                value = _item_value(table, item, key)
                if value is not None:
                    return value
        done += count
        at = (at + count) % slots
    return None


def _item_value(table: fence.TermTable, item: int, key: bytes) -> bytes | None:
    """The value of the item at ``item`` when its key is ``key``."""
    head = _ITEM_HEAD.size
    data = table.get(item, _ITEM_PEEK)
    keylen, datalen = _ITEM_HEAD.unpack_from(data)
    if keylen != len(key):
        return None
    size = head + keylen + datalen
    if size > len(data):
        data = table.get(item, size)
    return data[head + keylen : size] if data[head : head + keylen] == key else None
