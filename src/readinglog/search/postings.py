"""A term's posting list read whole, as arrays: the reading step of a search (parse -> read
postings -> score -> rank).

whoosh stores a posting list as blocks, each a (compressed) pickle of ``(document number
deltas, weights, values)``. Its own writer pickles tuples: one Python int per document and one
bytes object per posting's positions, about 60 ns each to unpickle, so a common word (我们, in
half of 100,000 notes, four marked variants) took 15-20 ms just to read. A rebuild's segments
(search.segments) therefore write blocks of ``BLOCK`` postings whose parts are arrays:
``array('I')`` deltas, ``array('f')`` weights and ``PackedValues`` (every posting's positions in
one bytes object with their end offsets); they unpickle as a few buffers and become NumPy
arrays without a step per posting. whoosh reads them too (it only iterates the deltas, indexes
the weights and ``values[i]``), so it searches, updates and merges such a segment as before;
what whoosh writes itself (small segments of later changes, merges) is read here too, slower.

``Postings``: ascending document numbers, their weights (None: all 1.0) and their positions
(``Values``, None for a field without positions). docs/search-index.md has the layout.
"""

from __future__ import annotations

import bisect
import io
import itertools
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.reading import TermNotFound

from readinglog.search import fence
from readinglog.search.arrays import Floats, Ints, Small, np
from readinglog.search.terms import term_value

BLOCK = 4096  # postings per block in a rebuilt segment (whoosh's own writer makes 128)


def small_ints(numbers: Sequence[int]) -> array[int]:
    """Non-negative ints as an array of the smallest type that holds them ('B', 'H', 'I'):
    fewer bytes for a search to read (blocks are stored uncompressed, segments.UNCOMPRESSED)."""
    top = max(numbers, default=0)
    return array("B" if top < 1 << 8 else "H" if top < 1 << 16 else "I", numbers)


class PackedValues:
    """A block's posting values as one bytes object and each value's end offset. whoosh
    indexes it like the tuple of bytes it writes itself (``values[i]``). Pickled into the
    index by module path: keep it here under this name, or bump schema.SCHEMA_VERSION."""

    __slots__ = ("data", "ends")

    def __init__(self, data: bytes, ends: array[int]) -> None:
        self.data = data
        self.ends = ends

    @classmethod
    def of(cls, values: Sequence[bytes]) -> PackedValues:
        return cls(b"".join(values), small_ints(list(itertools.accumulate(map(len, values)))))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> bytes:
        if i < 0:
            i += len(self.ends)
        end = self.ends[i]  # IndexError past the end, as a tuple's
        return self.data[self.ends[i - 1] if i else 0 : end]

    def __iter__(self) -> Iterator[bytes]:
        return map(self.__getitem__, range(len(self.ends)))

    def __reduce__(self) -> tuple[type[PackedValues], tuple[bytes, array[int]]]:
        return (PackedValues, (self.data, self.ends))


class Values(NamedTuple):
    """Every posting's encoded positions (segments.encode_positions) in one buffer: posting
    ``i``'s bytes end at ``ends[i]`` and start where the one before ends."""

    data: Small  # uint8
    ends: Ints

    @classmethod
    def of(cls, values: Sequence[bytes]) -> Values:
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        return cls(np.frombuffer(b"".join(values), dtype=np.uint8), np.cumsum(lengths))

    def value(self, i: int) -> bytes:
        """Posting ``i``'s bytes (a tuple's ``[i]`` stays the tuple's)."""
        start = int(self.ends[i - 1]) if i else 0
        return self.data[start : int(self.ends[i])].tobytes()

    def take(self, at: Ints) -> tuple[Small, Ints]:
        """(the bytes of postings ``at``, one after another; how many bytes each has)."""
        ends = self.ends[at]
        starts = np.where(at > 0, self.ends[np.maximum(at - 1, 0)], 0)
        lengths = ends - starts
        shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        return self.data[np.arange(int(lengths.sum()), dtype=np.int64) + shift], lengths


class Postings(NamedTuple):
    """One term's postings in one segment, decoded."""

    ids: Ints
    weights: Floats | None
    values: Values | None

    @classmethod
    def of(cls, ids: Sequence[int], weights: Sequence[float] | None,
           values: Sequence[bytes] | None) -> Postings:  # fmt: skip
        """From plain sequences (whoosh's inline postings, tests)."""
        return cls(
            np.asarray(ids, dtype=np.int64),
            None if weights is None else np.asarray(weights, dtype=np.float64),
            None if values is None else Values.of(values),
        )


def read_postings(
    reader: Any, fieldname: str, text: str, info: bytes | None = None
) -> Postings | None:
    """The postings of ``text`` in one segment reader (None when the segment lacks it): one
    read for the whole list, no matcher objects, arrays throughout. ``info``: the term's
    W3TermInfo bytes when already read (terms.Term), so it is not looked up again."""
    found = _posting_list(reader, fieldname, text, info)
    if found is None or isinstance(found, Postings):
        return found
    ids: list[Ints] = []
    weights: list[Floats] = []
    data: list[bytes] = []
    ends: list[Ints] = []
    weighted = False
    offset = 0
    for block in found:
        block_ids, block_weights, block_values = block.decode()
        ids.append(np.cumsum(_numbers(block_ids, np.int64), dtype=np.int64))
        if block_weights is None:
            weights.append(np.ones(block.size, dtype=np.float64))
        elif isinstance(block_weights, float):
            weighted = True
            weights.append(np.full(block.size, block_weights, dtype=np.float64))
        else:
            weighted = True
            weights.append(_numbers(block_weights, np.float64).astype(np.float64))
        if block_values is not None:
            packed = block_values if isinstance(block_values, PackedValues) else (
                PackedValues.of(block_values))  # fmt: skip
            data.append(packed.data)
            ends.append(_numbers(packed.ends, np.int64).astype(np.int64) + offset)
            offset += len(packed.data)
    values = Values(np.frombuffer(b"".join(data), np.uint8), np.concatenate(ends)) if ends else None
    return Postings(np.concatenate(ids), np.concatenate(weights) if weighted else None, values)


def _numbers(seq: Any, dtype: Any) -> Any:
    """An array's buffer read as it is (its own item type); a tuple (whoosh's own blocks)
    converted to ``dtype``."""
    if isinstance(seq, array):
        return np.frombuffer(seq, dtype=seq.typecode)
    return np.asarray(seq, dtype=dtype)


def read_newest(
    reader: Any, fieldname: str, text: str, count: int, deleted: frozenset[int]
) -> tuple[int, list[int]]:
    """(how many documents of one segment hold ``text``, not counting ``deleted`` ones; the
    ``count`` newest of them, newest first) without decoding the whole list: a block's header
    names its last document, so only the blocks at the end and those a deleted document
    falls in are decoded (one-character queries list the newest of tens of thousands)."""
    found = _posting_list(reader, fieldname, text)
    if found is None:
        return 0, []
    if isinstance(found, Postings):
        live = [d for d in found.ids.tolist() if d not in deleted]
        return len(live), live[::-1][:count]
    lasts = [block.last for block in found]
    decoded: dict[int, list[int]] = {}

    def ids_of(k: int) -> list[int]:
        if k not in decoded:
            decoded[k] = list(itertools.accumulate(found[k].decode()[0]))
        return decoded[k]

    total = sum(block.size for block in found)
    for doc in deleted:
        k = bisect.bisect_left(lasts, doc)
        if k < len(found) and doc in ids_of(k):
            total -= 1
    newest: list[int] = []
    for k in range(len(found) - 1, -1, -1):  # a block holds thousands: take only what is wanted
        held = (d for d in reversed(ids_of(k)) if d not in deleted)
        newest.extend(itertools.islice(held, count - len(newest)))
        if len(newest) >= count:
            break
    return total, newest


_BLOCK_LENGTH = struct.Struct("!i")


class _Block(NamedTuple):
    """One block of a posting list: its header's size and last document, and its body."""

    size: int  # postings
    last: int
    level: int
    body: bytes

    def decode(self) -> tuple[Sequence[int], Any, Any]:
        """(document number deltas, the first absolute; weights; values), as written."""
        body = zlib.decompress(self.body) if self.level else self.body
        decoded: tuple[Sequence[int], Any, Any] = pickle.loads(body)
        return decoded


def _posting_list(
    reader: Any, fieldname: str, text: str, known: bytes | None = None
) -> Postings | list[_Block] | None:
    """A term's inline postings, or the blocks of its posting list (headers read, bodies
    not decoded); None when the segment lacks the term."""
    info = W3TermInfo.from_bytes(known) if known else _term_info(reader, fieldname, text)
    if info is None:
        return None
    if info.is_inlined():
        inline_ids, inline_weights, inline_values = info.inlined_postings()
        has_values = bool(inline_values) and inline_values[0] is not None
        return Postings.of(
            inline_ids, inline_weights or None, inline_values if has_values else None
        )
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves the length in a 1-tuple
        (length,) = length
    data = fence.posting_bytes(reader, offset, length)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"not a posting list: {fieldname}:{text}")
    blocks: list[_Block] = []
    pos = 4
    while pos < len(data):
        (size,) = _BLOCK_LENGTH.unpack_from(data, pos)
        start = pos + _BLOCK_LENGTH.size
        end = start + abs(size)
        stream = io.BytesIO(data[start:end])
        count, last, _maxweight, level, _minlen, _maxlen = pickle.load(stream)
        blocks.append(_Block(count, last, level, stream.read()))
        pos = end
        if size < 0:
            break
    return blocks


def _term_info(reader: Any, fieldname: str, text: str) -> W3TermInfo | None:
    """The term's W3TermInfo in one segment, or None: looked up in the hash directly
    (terms.term_value), or by whoosh when the table's layout cannot be read (counted)."""
    try:
        table = fence.term_table(reader)
    except Exception as error:  # another layout: whoosh's own look-up, counted (search.fence)
        fence.fell_back("postings.term_info", error)
        try:
            info: W3TermInfo = reader.term_info(fieldname, text)
        except TermNotFound:
            return None
        return info
    value = term_value(table, table.key(fieldname, reader.schema[fieldname].to_bytes(text)))
    return None if value is None else W3TermInfo.from_bytes(value)
