"""What a search reads from whoosh's segments, in the shapes search.evaluate asks for: the
reading step of a search (parse -> read postings -> score -> rank).

``Snapshot`` is the index as one search sees it: its segments, index-wide ``Stats`` and each
document's stored key and time. ``SegmentView`` gives a segment's posting lists (read whole,
postings.read_postings), field lengths, deletions and keys; ``Stats`` the index-wide figures
BM25F needs and the terms a half-typed word stands for; ``LengthCodes`` keeps each segment's
length bytes, read once (segments never change once written).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from whoosh.util.numeric import byte_to_length, length_to_byte

from readinglog.search import evaluate, fence
from readinglog.search.postings import Postings, read_newest, read_postings
from readinglog.search.terms import SmallTable, TermTables


class LengthCodes:
    """Each segment's field lengths as whoosh stores them (one byte a document), read once:
    whoosh's own lookup reads the file for every document it scores, and segments never
    change once written, so the bytes are kept by segment id."""

    def __init__(self) -> None:
        self._codes: dict[tuple[str, str], bytes] = {}

    def keep_only(self, segment_ids: set[str]) -> None:
        self._codes = {k: v for k, v in self._codes.items() if k[0] in segment_ids}

    def get(self, reader: Any, field: str) -> bytes:
        key = (reader.segment().segment_id(), field)
        codes = self._codes.get(key)
        if codes is None:
            codes = self._codes[key] = read_length_codes(reader, field)
        return codes


_LENGTHS = [byte_to_length(b) for b in range(256)]


def read_length_codes(reader: Any, field: str) -> bytes:
    count = reader.doc_count_all()
    try:
        data = fence.length_column(reader, field, count)
    except Exception as error:  # another layout: whoosh's own lookup, counted (search.fence)
        fence.fell_back("reading.lengths", error)
        data = bytes(length_to_byte(reader.doc_field_length(d, field) or 0) for d in range(count))
    return data + bytes(count - len(data))


class SegmentView:
    """One segment as search.evaluate reads it (evaluate.Segment)."""

    def __init__(self, reader: Any, lengths: LengthCodes, small: SmallTable | None = None) -> None:
        self.reader = reader
        self._lengths = lengths
        self._small = small  # a small segment's whole term table
        # (field, term): its term info as a prefix scan of this search read it (Stats.expand),
        # so the term is not looked up again
        self.scanned: dict[tuple[str, str], bytes] = {}

    def size(self) -> int:
        return int(self.reader.doc_count_all())

    def postings(self, field: str, term: str) -> Postings | None:
        info = self.scanned.get((field, term))
        if info is None and self._small is not None:
            info = self._small.info(field, self.reader.schema[field].to_bytes(term))
            if info is None:
                return None  # not in this small segment: nothing to read
        return read_postings(self.reader, field, term, info)

    def length_codes(self, field: str) -> bytes:
        return self._lengths.get(self.reader, field)

    def newest(self, field: str, term: str, count: int) -> tuple[int, list[int]]:
        return read_newest(self.reader, field, term, count, self.deleted())

    def deleted(self) -> frozenset[int]:
        reader = self.reader
        return frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()

    def key(self, doc: int) -> str:
        return str(self.reader.stored_fields(doc)["key"])


class Snapshot:
    """The index as one search reads it: each segment with the number of its first document,
    the index-wide statistics, and a document's stored key and time by its number."""

    def __init__(self, searcher: Any, lengths: LengthCodes, terms: TermTables) -> None:
        self._searcher = searcher
        reader = searcher.reader()
        self.segments = [
            (SegmentView(r, lengths, terms.small(r)), base) for r, base in reader.leaf_readers()
        ]
        self.stats = Stats(searcher, terms, [view for view, _ in self.segments])
        self._updated = reader.column_reader("updated")

    def key(self, doc: int) -> str:
        return str(self._searcher.stored_fields(doc)["key"])

    def updated(self, doc: int) -> int:
        return int(self._updated[doc])


class Stats:
    """Index-wide statistics, from the top searcher (whoosh caches its idf per term)."""

    def __init__(self, searcher: Any, terms: TermTables, views: list[SegmentView]) -> None:
        self._searcher = searcher
        self._terms = terms
        self._views = views
        self._norms: dict[str, list[float]] = {}
        self._expanded: dict[tuple[str, str], list[str]] = {}

    def idf(self, field: str, term: str) -> float:
        return float(self._searcher.idf(field, term))

    def norms(self, field: str) -> list[float]:
        norms = self._norms.get(field)
        if norms is None:
            average = float(self._searcher.avg_field_length(field, 1.0))
            norms = self._norms[field] = evaluate.length_norms(average, _LENGTHS)
        return norms

    def expand(self, field: str, prefix: str) -> list[str]:
        """The most frequent first, while their postings add up to no more than half the
        index's documents nor evaluate.EXPAND_POSTINGS (the first always: "a" or "co" stand
        for the word or two most documents hold, not for 64 lists that each cost a search
        ~0.5 µs a posting; a letter more narrows them). Each segment's term table is read
        from ``prefix`` on (search.terms; whoosh's MultiReader.most_frequent_terms took 78 ms
        for "a" at 10k notes); counts include deleted documents. The chosen terms' infos,
        read on the way, are left with each segment (SegmentView.scanned)."""
        found = self._expanded.get((field, prefix))
        if found is None:
            counts: Counter[bytes] = Counter()
            scans = [(v, self._terms.prefix_terms(v.reader, field, prefix)) for v in self._views]
            for _, terms in scans:
                for term in terms:
                    counts[term.text] += term.documents
            budget = min(self._searcher.doc_count_all() // 2, evaluate.EXPAND_POSTINGS)
            chosen: list[bytes] = []
            for text, count in sorted(counts.items(), key=lambda c: (-c[1], c[0])):
                budget -= count
                if len(chosen) == evaluate.EXPAND_MAX or (chosen and budget < 0):
                    break
                chosen.append(text)
            found = self._expanded[(field, prefix)] = [t.decode("utf-8") for t in chosen]
            wanted = set(chosen)
            for view, terms in scans:
                for term in terms:
                    if term.info is not None and term.text in wanted:
                        view.scanned[(field, term.text.decode("utf-8"))] = term.info
        return found
