"""A rebuild's fast path: whole whoosh segments written at once (search.index decides when).

whoosh's own writer spends about 17 µs of Python on each posting (a Token object, a posting
pool, a field-length lookup and a method call per posting), so a 10k-note rebuild took 200 s.
A rebuild knows every document before it writes: ``SegmentBuilder`` keeps each term's postings
in arrays and writes every posting list in one go, in whoosh's own W3 format (a term table
keyed by field number and term; posting lists as blocks, each a compressed pickle). whoosh
reads, searches, updates and merges such a segment like one it wrote itself. Three choices of
ours, all inside that format:

- positions are varint deltas (``CompactPositions``): whoosh pickles a list per posting;
- a block holds ``postings.BLOCK`` postings (whoosh writes 128) as arrays and one buffer of
  values (``postings.PackedValues``), which a search reads without a step per posting;
- a term found in at most ``INLINE_MAX`` documents keeps its postings in the term table,
  saving a block (a header, a pickle and a compressed stream) per rare term.

Postings are pooled in memory, about 30 bytes each with their terms' tables; past
``POOL_BUDGET`` the builder writes the pool to a scratch file in term order and empties it
(``search.runs``), and ``finish`` merges those runs term by term: a segment's size does not
set the memory its build takes.
"""

from __future__ import annotations

import operator
import pickle
import struct
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from whoosh import formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.index import TOC, clean_files
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte

from readinglog.search import runs
from readinglog.search.analysis import FORM_MARKS
from readinglog.search.postings import BLOCK, PackedValues, small_ints

INLINE_MAX = 16  # terms in at most this many documents live in the term table
# Blocks are stored as they are (compression level 0, which whoosh reads as well): their small
# ints and varint positions left zlib 8% to save at 10k notes, and inflating them was a sixth
# of a search (benchmarks/search_speed.md).
UNCOMPRESSED = 0
PICKLE_PROTOCOL = 4  # whoosh writes 2, which spends ~20 bytes on each bytes object
# Pooled postings (a new term counts as TERM_COST) past which the pool is spilled to a run:
# some 30 bytes a posting, so about 90 MB.
POOL_BUDGET = 3_000_000
TERM_COST = 10


# --- positions ------------------------------------------------------------------------------


def encode_positions(positions: Sequence[int]) -> bytes:
    """Ascending positions as varint deltas."""
    out = bytearray()
    last = 0
    for pos in positions:
        delta = pos - last
        last = pos
        while delta > 0x7F:
            out.append(delta & 0x7F | 0x80)
            delta >>= 7
        out.append(delta)
    return bytes(out)


def decode_positions(value: bytes) -> list[int]:
    positions: list[int] = []
    pos = delta = shift = 0
    for byte in value:
        delta |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        pos += delta
        positions.append(pos)
        delta = shift = 0
    return positions


class CompactPositions(formats.Positions):  # type: ignore[misc]
    """whoosh's Positions format with varint deltas as the value of a posting (pickled into
    the index's schema: keep this module path and this name)."""

    def word_values(self, value: str, analyzer: Any, **kwargs: Any
                    ) -> Iterator[tuple[str, int, float, bytes]]:  # fmt: skip
        """whoosh's, with a frequency of 0 for the form marks of inflected words (=learning,
        ~learn), so they leave the field's length, which BM25 divides by, as it was."""
        for word, freq, weight, encoded in super().word_values(value, analyzer, **kwargs):
            yield word, 0 if word.startswith(FORM_MARKS) else freq, weight, encoded

    def encode(self, poslist: Sequence[int]) -> bytes:
        return encode_positions(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return decode_positions(valuestring)

    def decode_frequency(self, valuestring: bytes) -> int:
        return sum(1 for byte in valuestring if byte < 0x80)

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring) * self.field_boost)

    def combine(self, vs: Iterable[bytes]) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(decode_positions(v))
        return encode_positions(sorted(merged))


# --- documents --------------------------------------------------------------------------------


@dataclass
class BulkDoc:
    """One document as the builder takes it; every field named must be in the schema."""

    positions: Mapping[str, Mapping[str, Sequence[int]]]  # field -> term -> positions
    lengths: Mapping[str, int]  # field -> tokens, for the scorable fields
    terms: Mapping[str, Iterable[str]] = field(default_factory=dict)  # fields without positions
    stored: Mapping[str, object] = field(default_factory=dict)
    columns: Mapping[str, object] = field(default_factory=dict)


class _Postings:
    """One term's postings in one segment: document numbers, frequencies, encoded positions."""

    __slots__ = ("docs", "freqs", "values")

    def __init__(self) -> None:
        self.docs = array("I")
        self.freqs = array("I")
        self.values: list[bytes] = []


_ONE_POSITION: dict[int, bytes] = {}  # the value of most postings, shared


def _one_position(pos: int) -> bytes:
    value = _ONE_POSITION.get(pos)
    if value is None:
        value = encode_positions((pos,))
        if len(_ONE_POSITION) < 1 << 16:
            _ONE_POSITION[pos] = value
    return value


# --- the builder ------------------------------------------------------------------------------


class DocRecord(NamedTuple):
    """What one document stores, field by field (its fields' names in order), kept until
    ``finish`` writes every document's in number order."""

    names: tuple[str, ...]
    stored: tuple[object, ...]  # None: nothing stored
    lengths: tuple[int, ...]  # tokens in a scorable field, else 0
    columns: tuple[tuple[str, object], ...]  # (field, its column value) of those with one


@dataclass
class Part:
    """Documents ``first`` on of a segment that another builder (a helper process) pooled:
    their postings as run files in the storage, and their records. The segment's builder
    takes it (``adopt``) and writes it with its own."""

    first: int
    records: list[DocRecord]
    runs: list[str]
    fields: set[str]


class SegmentBuilder:
    """Collects documents numbered from ``first``, then writes them, with the parts it
    adopts, as one segment (``finish``), or hands them over as a Part (``part``).

    Two processes build one segment: a helper pools the first documents and hands its part
    over; this builder pools the rest (``first`` past the helper's) and writes them all. A
    search costs about a third less on one segment than on two (each segment is looked up
    and scored apart: ~0.6 ms of a four-character search at 10k notes). What each document
    stores is kept as a DocRecord and written at ``finish``, in number order, since the
    helper's documents, numbered first, arrive last."""

    def __init__(
        self, storage: Any, schema: Any, indexname: str, budget: int | None = None,
        first: int = 0,
    ) -> None:  # fmt: skip
        self._storage = storage
        self._schema = schema
        self._codec = W3Codec()
        self.segment = self._codec.new_segment(storage, indexname)
        self._postings: dict[str, dict[str, _Postings]] = {}
        self._records: list[DocRecord] = []
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}  # each set of names once
        self._parts: list[Part] = []
        self._fields: set[str] = set()  # every field given terms (the term table numbers them)
        self._budget = POOL_BUDGET if budget is None else budget
        self._pooled = 0  # postings pooled since the last run, new terms counting TERM_COST
        self._runs: list[str] = []  # names of the run files in storage
        self.first = first
        self.doc_count = 0  # documents added here (adopted ones not counted)

    def add(self, doc: BulkDoc) -> None:
        docnum = self.first + self.doc_count
        schema = self._schema
        names = tuple(sorted({*doc.positions, *doc.terms, *doc.stored, *doc.columns}))
        lengths: list[int] = []
        for name in names:
            fieldobj = schema[name]
            lengths.append(doc.lengths.get(name, 0) if fieldobj.scorable else 0)
            if name in doc.positions:
                self._add_positions(name, docnum, doc.positions[name])
            if name in doc.terms:
                self._add_terms(name, docnum, doc.terms[name])
        columns = tuple(
            (name, schema[name].to_column_value(value)) for name, value in doc.columns.items()
        )
        stored = tuple(doc.stored.get(name) for name in names)
        names = self._names.setdefault(names, names)
        self._records.append(DocRecord(names, stored, tuple(lengths), columns))
        self.doc_count += 1
        if self._pooled >= self._budget:
            self._spill()

    def part(self) -> Part:
        """What was added, handed over: the pool written as a run (this builder is done)."""
        if self._postings:
            self._spill()
        return Part(self.first, self._records, self._runs, self._fields)

    def adopt(self, part: Part) -> None:
        """Write ``part``'s documents into this segment too (its run files are removed when
        the segment is written)."""
        self._parts.append(part)
        self._fields |= part.fields

    def _table(self, name: str) -> dict[str, _Postings]:
        table = self._postings.get(name)
        if table is None:
            table = self._postings[name] = {}
            self._fields.add(name)
        return table

    def _add_positions(self, name: str, docnum: int, terms: Mapping[str, Sequence[int]]) -> None:
        table = self._table(name)
        get, one = table.get, _ONE_POSITION.get
        new = 0
        for term, positions in terms.items():
            postings = get(term)
            if postings is None:
                postings = table[term] = _Postings()
                new += 1
            postings.docs.append(docnum)
            freq = len(positions)
            postings.freqs.append(freq)
            if freq == 1:
                value = one(positions[0]) or _one_position(positions[0])
            else:
                value = encode_positions(positions)
            postings.values.append(value)
        self._pooled += len(terms) + TERM_COST * new

    def _add_terms(self, name: str, docnum: int, terms: Iterable[str]) -> None:
        table = self._table(name)
        added = new = 0
        for term in terms:
            postings = table.get(term)
            if postings is None:
                postings = table[term] = _Postings()
                new += 1
            postings.docs.append(docnum)
            added += 1
        self._pooled += added + TERM_COST * new

    def _pooled_items(self) -> Iterator[runs.Item]:
        """The pool in key order (emptied as it goes)."""
        for name in sorted(self._postings):
            table = self._postings[name]
            prefix = runs.key(name, "")
            for term in sorted(table):
                postings = table[term]
                if postings.values:
                    yield prefix + term.encode(), postings.docs, postings.freqs, postings.values
                else:
                    yield prefix + term.encode(), postings.docs, None, None
            table.clear()
        self._postings.clear()

    def _spill(self) -> None:
        """Write the pool to a new run file and empty it."""
        name = f"{self.segment.segment_id()}_{len(self._runs)}.run"
        out = self._storage.create_file(name)
        self._runs.append(name)
        try:
            runs.write(out, self._pooled_items())
        finally:
            out.close()
        self._pooled = 0

    def _items(self, names: list[str]) -> Iterator[runs.Item]:
        """Every term's postings in key order: the pool's, or it and the runs ``names``
        (in document order) merged."""
        if not names:
            yield from self._pooled_items()
            return
        files = [self._storage.open_file(name) for name in names]
        try:  # the pool holds the last documents: it comes last
            yield from runs.merge([*map(runs.read, files), self._pooled_items()])
        finally:
            for file in files:
                file.close()
            for name in names:
                self._storage.delete_file(name)

    def _write_records(self, records: list[DocRecord]) -> dict[str, array[int]]:
        """Each document's stored fields, lengths and columns, in number order; returns
        every scorable field's lengths by document number."""
        perdoc = self._codec.per_document_writer(self._storage, self.segment)
        schema = self._schema
        scorable = {name: schema[name].scorable for name in schema.names()}
        lengths: dict[str, array[int]] = {}
        for docnum, (names, stored, sizes, columns) in enumerate(records):
            perdoc.start_doc(docnum)
            for name, value, size in zip(names, stored, sizes, strict=True):
                if scorable[name]:
                    field_lengths = lengths.setdefault(name, array("I"))
                    field_lengths.extend([0] * (docnum + 1 - len(field_lengths)))
                    field_lengths[docnum] = size
                perdoc.add_field(name, schema[name], value, size)
            for name, column in columns:
                perdoc.add_column_value(name, schema[name].column_type, column)
            perdoc.finish_doc()
        perdoc.close()
        return lengths

    def finish(self) -> Any:
        """Write the segment's files (as one compound file), with the adopted parts' documents
        before this builder's own; returns the whoosh segment."""
        parts = sorted(self._parts, key=lambda part: part.first)
        records: list[DocRecord] = []
        run_names: list[str] = []
        for part in parts:
            if part.first != len(records):
                raise ValueError(f"documents {len(records)} to {part.first - 1} are missing")
            records.extend(part.records)
            run_names.extend(part.runs)
        if self.first != len(records):
            raise ValueError(
                f"the parts end at {len(records)}, this builder starts at {self.first}"
            )
        records.extend(self._records)
        run_names.extend(self._runs)
        self._records, self._runs, self._parts = [], [], []
        doc_lengths = self._write_records(records)
        terms = OrderedHashWriter(self.segment.create_file(self._storage, W3Codec.TERMS_EXT))
        fieldmap = terms.extras["fieldmap"] = {}
        postfile = self.segment.create_file(self._storage, W3Codec.POSTS_EXT)
        # Term keys sort by field number, then by UTF-8 bytes (the same order as str), and
        # fields are numbered in name order: the order of the items' keys.
        fields: dict[bytes, tuple[bytes, array[int] | None]] = {}  # name -> prefix, lengths
        for number, name in enumerate(sorted(self._fields)):
            fieldmap[name] = number
            fields[name.encode()] = (pack_ushort(number), doc_lengths.get(name))
        for item_key, docs, freqs, values in self._items(run_names):
            field, _, term = item_key.partition(b"\0")
            prefix, lengths = fields[field]
            terms.add(prefix + term, _write_postings(postfile, docs, freqs, values, lengths))
        terms.close()
        postfile.close()
        self.segment.set_doc_count(len(records))
        self.segment.create_compound_file(self._storage)
        return self.segment


# whoosh's W3TermInfo layout: inlined?, total weight, documents, min and max length (as
# bytes), max weight, first and last document; then pickled postings or (offset, length).
_TERM_INFO = struct.Struct("!BfIBBfII")


def _write_postings(
    postfile: Any,
    docs: array[int],
    freqs: array[int] | None,
    value_list: list[bytes] | None,
    lengths: array[int] | None,
) -> bytes:
    """Write one term's postings (or inline them); returns its entry in the term table.
    ``freqs`` and ``value_list`` are None for a field without values."""
    values = tuple(value_list) if value_list else None
    doc_lengths = [lengths[d] for d in docs] if lengths is not None else None
    info = (
        float(sum(freqs)) if freqs is not None else float(len(docs)),
        len(docs),
        length_to_byte(min(doc_lengths)) if doc_lengths else 0,
        length_to_byte(max(doc_lengths)) if doc_lengths else 0,
        float(max(freqs)) if freqs is not None else 1.0,
        docs[0],
        docs[-1],
    )
    if len(docs) <= INLINE_MAX:
        # A field without values (key, type, han) inlines None for each posting, as whoosh
        # reads from a block: its ListMatcher gives "" (a str) for an empty value tuple, and a
        # merge then fails on it (PostingPool.add: ``AssertionError: vbytes=''``).
        inline_values = values if values is not None else (None,) * len(docs)
        inlined = (tuple(docs), _mini_weights(freqs, inline=True), inline_values)
        return _TERM_INFO.pack(1, *info) + pickle.dumps(inlined, PICKLE_PROTOCOL)
    start = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for first in range(0, len(docs), BLOCK):
        end = first + BLOCK
        ids = docs[first:end]
        block_freqs = freqs[first:end] if freqs is not None else None
        block_lengths = doc_lengths[first:end] if doc_lengths else None
        deltas = small_ints(list(map(operator.sub, ids, (0, *ids[:-1]))))
        packed = PackedValues.of(values[first:end]) if values else None
        data = (deltas, _mini_weights(block_freqs), packed)
        body = pickle.dumps(data, PICKLE_PROTOCOL)
        head = pickle.dumps(
            (
                len(ids),
                ids[-1],
                float(max(block_freqs)) if block_freqs is not None else 1.0,
                UNCOMPRESSED,
                length_to_byte(min(block_lengths)) if block_lengths else 0,
                length_to_byte(max(block_lengths)) if block_lengths else 0,
            ),
            2,
        )
        size = len(head) + len(body)
        postfile.write_int(-size if end >= len(docs) else size)  # negative: the last block
        postfile.write(head)
        postfile.write(body)
    extent: bytes = pack_long(start) + pack_int(postfile.tell() - start)
    return _TERM_INFO.pack(0, *info) + extent


def _mini_weights(
    freqs: array[int] | None, inline: bool = False
) -> array[int] | tuple[float, ...] | float | None:
    """As whoosh stores a block's weights: None for all 1.0, one float when all equal (not for
    inlined postings, which whoosh reads as a tuple or None), else the frequencies as an
    array of the smallest unsigned type (whoosh only indexes them; search.postings reads the
    buffer)."""
    if freqs is None:
        return None
    first = freqs[0]
    if all(f == first for f in freqs):
        if first == 1:
            return None
        if not inline:
            return float(first)
    if inline:
        return tuple(float(f) for f in freqs)
    return small_ints(freqs)


def write_toc(storage: Any, schema: Any, indexname: str, segments: list[Any]) -> None:
    """Make ``segments`` the index's content (a new generation of its table of contents)."""
    generation = 1
    TOC(schema, segments, generation).write(storage, indexname)
    clean_files(storage, indexname, generation, segments)
    # The per-document writers' scratch folder (whoosh's writer removes it the same way).
    storage.temp_storage(f"{indexname}.tmp").destroy()
