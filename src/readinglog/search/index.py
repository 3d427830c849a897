"""The one module that talks to whoosh: schema, open / create / rebuild, write, search.

Layout of the index folder (``library.paths.index``)::

    CURRENT        name of the live generation, replaced atomically after a rebuild
    WRITE.lock     held by whoever writes (drain or rebuild), across processes
    gen-<n>/       one whoosh index; its SCHEMA file names the schema version it was built with

A missing folder, an unknown schema version or a generation whoosh cannot open is reported by
``status()`` and ends in a rebuild (sync.rebuild), never in an error: the index is derived data.
Storage never memory-maps (``supports_mmap=False``): whoosh copies mapped segments into memory,
which costs far more than it saves (SEARCH-FACTS.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from whoosh import analysis, collectors, columns, fields, formats, query
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

from readinglog.core.types import DocType
from readinglog.search import analysis as text_analysis
from readinglog.search.analysis import Needle
from readinglog.search.query import QueryPlan
from readinglog.search.schema import SCHEMA_VERSION, TEXT_FIELDS, SearchDoc
from readinglog.search.segments import BulkDoc, CompactPositions, SegmentBuilder, write_toc

CURRENT = "CURRENT"
SCHEMA_FILE = "SCHEMA"
LOCK_NAME = "WRITE.lock"
INDEX_NAME = "readinglog"
MAX_SEGMENTS = 10  # more than this after a small commit: merge the small ones
# A rebuild writes a segment every this many documents (segments.SegmentBuilder keeps a
# segment's postings in memory: about 20 bytes each, some 1,000 per note of 1,500 characters).
SEGMENT_DOCS = 20_000


class IndexStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    STALE = "stale"  # written under another schema version
    CORRUPT = "corrupt"


class IndexBusy(Exception):
    """Another writer (this or another process) holds the index; the work stays queued."""


# --- analyzers (pickled into the index: keep this module path and these names) ------------------


class _SpanAnalyzer(analysis.Analyzer):  # type: ignore[misc]
    """Fills whoosh tokens from ``_tokens(value)``: (text, position, (start, end) or None)."""

    def _tokens(self, value: str) -> Iterator[tuple[str, int, tuple[int, int] | None]]:
        raise NotImplementedError

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[analysis.Token]:
        token = analysis.Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, span in self._tokens(value):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars and span is not None:
                token.startchar = start_char + span[0]
                token.endchar = start_char + span[1]
            yield token


class TextAnalyzer(_SpanAnalyzer):
    """Script-split tokens with sequential positions (search.analysis.tokens)."""

    def _tokens(self, value: str) -> Iterator[tuple[str, int, tuple[int, int] | None]]:
        for tok in text_analysis.tokens(value):
            yield tok.text, tok.pos, (tok.start, tok.end)


class HanCharAnalyzer(_SpanAnalyzer):
    """Each distinct Han character (Simplified): what a one-character query looks up."""

    def _tokens(self, value: str) -> Iterator[tuple[str, int, tuple[int, int] | None]]:
        for index, ch in enumerate(sorted(text_analysis.han_chars(value))):
            yield ch, index, None  # positions only, as before: no character offsets


def _text_field() -> fields.TEXT:
    field = fields.TEXT(analyzer=TextAnalyzer(), phrase=True)
    field.format = CompactPositions(field_boost=field.format.field_boost)
    return field


def build_schema() -> fields.Schema:
    # One-character queries rank by recency (SearchIndex._newest_first): the character field
    # needs neither frequencies nor field lengths, which saves a length lookup per posting.
    han = fields.TEXT(analyzer=HanCharAnalyzer(), phrase=False)
    han.format = formats.Existence()
    han.scorable = False
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),
        type=fields.ID(),
        title=_text_field(),
        tags=_text_field(),
        body=_text_field(),
        han=han,
        updated=fields.COLUMN(columns.NumericColumn("q")),  # a column only: no range terms
    )


def _document(doc: SearchDoc) -> dict[str, object]:
    tags = "\n".join(doc.tags)
    return {
        "key": doc.key,
        "type": doc.doc_type.value,
        "title": doc.title,
        "tags": tags,
        "body": doc.body,
        "han": "\n".join((doc.title, tags, doc.body)),
        "updated": int(doc.updated),
    }


def _bulk_document(doc: SearchDoc) -> BulkDoc:
    """The same document as ``_document`` gives whoosh's writer, analysed for the builder."""
    tags = "\n".join(doc.tags)
    positions: dict[str, dict[str, list[int]]] = {}
    lengths: dict[str, int] = {}
    for name, text in (("title", doc.title), ("tags", tags), ("body", doc.body)):
        positions[name], lengths[name] = text_analysis.term_positions(text)
    return BulkDoc(
        positions=positions,
        lengths=lengths,
        terms={
            "key": (doc.key,),
            "type": (doc.doc_type.value,),
            "han": text_analysis.han_chars("\n".join((doc.title, tags, doc.body))),
        },
        stored={"key": doc.key},
        columns={"updated": int(doc.updated)},
    )


# --- scoring --------------------------------------------------------------------------------


class LengthCachedBM25F(BM25F):  # type: ignore[misc]
    """whoosh's BM25F, with each segment's field lengths read once into memory.

    whoosh reads a document's field length from the segment file for every posting it scores
    (a seek and a one-byte read: about a third of a search matching a few hundred notes).
    Segments never change once written, so their lengths are kept by segment id.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lengths: dict[tuple[str, str], list[int] | None] = {}

    def keep_only(self, segment_ids: set[str]) -> None:
        self._lengths = {k: v for k, v in self._lengths.items() if k[0] in segment_ids}

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: float = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf)
        if type(scorer) is BM25FScorer:
            lengths = self._segment_lengths(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer

    def _segment_lengths(self, reader: Any, fieldname: str) -> list[int] | None:
        segment = reader.segment()
        if segment is None:
            return None
        key = (segment.segment_id(), fieldname)
        if key not in self._lengths:
            self._lengths[key] = _read_lengths(reader, fieldname)
        return self._lengths[key]


_LENGTHS = [byte_to_length(b) or 1 for b in range(256)]


def _read_lengths(reader: Any, fieldname: str) -> list[int] | None:
    """All of a segment's lengths for ``fieldname`` in one read (whoosh's own reader reads
    them one byte at a time); None where the layout is not the one expected."""
    try:
        column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        count = reader.doc_count_all()
        data = column._dbfile.get(column._basepos, min(column._count, count))
    except Exception:  # not a W3 segment as whoosh 2.7.x writes it: use whoosh's own lookup
        return None
    return [_LENGTHS[b] for b in data] + [1] * (count - len(data))


# --- the index folder -------------------------------------------------------------------------


class SearchIndex:
    """One library's index folder. Cheap to create; opens whoosh on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._ix: Any = None
        self._gen = ""
        self._searcher: Any = None
        self._weighting = LengthCachedBM25F()

    # status and opening

    def current_generation(self) -> str:
        try:
            return (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def status(self) -> IndexStatus:
        """Whether the live generation can be searched (cheap once it has been opened)."""
        gen = self.current_generation()
        if gen and gen == self._gen and self._ix is not None:
            return IndexStatus.OK
        if not gen or not (self.root / gen).is_dir():
            return IndexStatus.MISSING
        try:
            version = (self.root / gen / SCHEMA_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            return IndexStatus.CORRUPT
        if version != str(SCHEMA_VERSION):
            return IndexStatus.STALE
        try:
            self._open()
            self._ix.doc_count()
        except Exception:  # whoosh raises at least six unrelated types on damaged files
            self.close()
            return IndexStatus.CORRUPT
        return IndexStatus.OK

    def _open(self) -> None:
        gen = self.current_generation()
        if self._ix is not None and gen == self._gen:
            return
        self.close()
        storage = FileStorage(str(self.root / gen), supports_mmap=False)
        self._ix = storage.open_index(INDEX_NAME)
        self._gen = gen

    def close(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):
                self._searcher.close()
        self._searcher = None
        self._ix = None
        self._gen = ""

    def _fresh_searcher(self) -> Any:
        self._open()
        if self._searcher is not None and not self._searcher.up_to_date():
            # Not searcher.refresh(): it reuses the old segment readers and keeps showing the
            # documents an update has deleted from them (whoosh 2.7.x).
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = self._ix.searcher(weighting=self._weighting)
            reader = self._searcher.reader()
            readers = [r for r, _ in reader.leaf_readers()]
            self._weighting.keep_only({r.segment().segment_id() for r in readers})
        return self._searcher

    # writing

    @contextlib.contextmanager
    def write_lock(self, timeout: float) -> Iterator[None]:
        """Hold the folder's write lock (across processes); IndexBusy after ``timeout`` s."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileStorage(str(self.root)).lock(LOCK_NAME)
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexBusy("the search index is being written by another process")
            time.sleep(0.02)
        try:
            yield
        finally:
            lock.release()

    def apply(self, docs: Iterable[SearchDoc], delete_keys: Iterable[str]) -> None:
        """Add or replace ``docs`` and delete ``delete_keys`` in one commit (hold write_lock)."""
        self._open()
        try:
            writer = self._ix.writer(timeout=5.0)
        except LockError as error:  # a writer that does not use write_lock (should not happen)
            raise IndexBusy(str(error)) from error
        try:
            for key in delete_keys:
                writer.delete_by_term("key", key)
            for doc in docs:
                writer.update_document(**_document(doc))
        except BaseException:
            writer.cancel()
            raise
        merge = len(self._ix._segments()) >= MAX_SEGMENTS
        writer.commit(merge=merge)

    def build(self, docs: Iterator[SearchDoc]) -> Iterator[int]:
        """Write every doc into a new generation, then make it the live one (hold write_lock).

        Yields the number of docs written so far, every 200 docs and at the end.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        gen = f"gen-{time.time_ns()}"
        folder = self.root / gen
        folder.mkdir()
        try:
            storage = FileStorage(str(folder), supports_mmap=False)
            schema = build_schema()
            storage.create_index(schema, indexname=INDEX_NAME)
            segments = []
            builder = SegmentBuilder(storage, schema, INDEX_NAME)
            count = 0
            for doc in docs:
                builder.add(_bulk_document(doc))
                count += 1
                if builder.doc_count >= SEGMENT_DOCS:
                    segments.append(builder.finish())
                    builder = SegmentBuilder(storage, schema, INDEX_NAME)
                if count % 200 == 0:
                    yield count
            if builder.doc_count or not segments:
                segments.append(builder.finish())
            write_toc(storage, schema, INDEX_NAME, segments)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        (folder / SCHEMA_FILE).write_text(str(SCHEMA_VERSION), encoding="utf-8")
        _fsync_tree(folder)
        tmp = self.root / (CURRENT + ".tmp")
        tmp.write_text(gen, encoding="utf-8")
        tmp.replace(self.root / CURRENT)
        self.close()
        self._remove_old_generations(keep=gen)
        yield count

    def _remove_old_generations(self, keep: str) -> None:
        for child in self.root.iterdir():
            if child.is_dir() and child.name != keep:
                shutil.rmtree(child, ignore_errors=True)  # Windows: an open reader keeps it

    # reading

    def counts(self) -> dict[DocType, int]:
        searcher = self._fresh_searcher()
        reader = searcher.reader()
        return {
            t: sum(
                1
                for d in searcher.docs_for_query(query.Term("type", t.value))
                if not reader.is_deleted(d)
            )
            for t in DocType
        }

    def keys(self) -> set[str]:
        searcher = self._fresh_searcher()
        return {stored["key"] for stored in searcher.reader().all_stored_fields()}

    def search(
        self, plan: QueryPlan, limit: int, allowed: set[str] | None = None
    ) -> tuple[int, list[tuple[str, float, int]]]:
        """(total, [(key, score, updated)]) best first; ``allowed``: only these keys (the
        documents the field filters let through). whoosh errors propagate to the caller."""
        if not plan.must:
            return 0, []
        searcher = self._fresh_searcher()
        reader = searcher.reader()
        q = _plan_query(reader, plan)
        filt = query.Term("type", plan.doc_type.value) if plan.doc_type is not None else None
        mask = None
        if plan.must_not:
            mask = query.Or(
                [_needles_query(reader, alt) for c in plan.must_not for alt in c.alternatives]
            )
        # Score every match in one pass: whoosh's block-skipping collector must run the whole
        # query again to count the matches, which costs more than it saves here.
        if isinstance(q, query.Term) and q.fieldname == "han" and mask is None:
            prefix = f"{plan.doc_type.value}:" if plan.doc_type is not None else ""
            return self._newest_first(searcher, q, limit, allowed, prefix)
        # A lone term (a one-character query) can skip low-scoring blocks and still have an exact
        # count: its document frequency, as long as no document has been deleted.
        lone_term = (
            isinstance(q, query.Term) and allowed is None and filt is None and mask is None
            and not reader.has_deletions()
        )  # fmt: skip
        collector: Any = (
            collectors.UnlimitedCollector()
            if allowed is not None
            # replace=0 unless skipping: replacing a matcher drops the sub-queries that cannot
            # beat the current top N any more, and with them their documents from the count.
            else collectors.TopCollector(
                max(1, limit), usequality=lone_term, replace=10 if lone_term else 0
            )
        )
        if filt is not None:
            collector = collectors.FilterCollector(collector, allow=filt)
        if mask is not None:
            collector = collectors.FilterCollector(collector, restrict=mask)
        searcher.search_with_collector(q, collector)
        results = collector.results()
        updated = reader.column_reader("updated")
        hits = [
            (hit["key"], float(hit.score or 0.0), int(updated[hit.docnum]))
            for hit in results
            if allowed is None or hit["key"] in allowed
        ]
        if lone_term:
            total = reader.doc_frequency(q.fieldname, q.text)
        else:
            total = len(hits) if allowed is not None else len(results)
        hits.sort(key=lambda h: (-round(h[1], 6), -h[2]))  # equal scores: most recent first
        return total, hits[:limit]

    def _newest_first(
        self, searcher: Any, q: Any, limit: int, allowed: set[str] | None, prefix: str
    ) -> tuple[int, list[tuple[str, float, int]]]:
        """A one-character query matches a large share of the notes, and scoring them all costs
        tens of milliseconds: rank by recency instead. Document numbers follow it (a rebuild adds
        the least recently changed first; an update re-adds the document at the end)."""
        reader = searcher.reader()
        docnums = list(searcher.docs_for_query(q))
        if reader.has_deletions():
            docnums = [d for d in docnums if not reader.is_deleted(d)]
        updated = reader.column_reader("updated")
        if allowed is None and not prefix:
            top = docnums[: -limit - 1 : -1]
            keys = [searcher.stored_fields(d)["key"] for d in top]
            return len(docnums), [(k, 1.0, int(updated[d])) for k, d in zip(keys, top, strict=True)]
        hits: list[tuple[str, float, int]] = []
        total = 0
        for docnum in reversed(docnums):
            key = searcher.stored_fields(docnum)["key"]
            if not key.startswith(prefix) or (allowed is not None and key not in allowed):
                continue
            total += 1
            if len(hits) < limit:
                hits.append((key, 1.0, int(updated[docnum])))
        return total, hits


def _fsync_tree(folder: Path) -> None:
    """whoosh never fsyncs; a power cut must not leave a CURRENT naming half-written files."""
    for path in folder.iterdir():
        with contextlib.suppress(OSError), path.open("rb") as handle:
            os.fsync(handle.fileno())


# --- QueryPlan -> whoosh query --------------------------------------------------------------------


def _needle_query(reader: Any, needle: Needle, fieldboosts: dict[str, float]) -> Any:
    if needle.char:
        return query.Term("han", needle.char)
    options = []
    for name, boost in fieldboosts.items():
        steps: list[list[str]] = []
        for step in needle.steps:
            present = sorted(t for t in step if (name, t) in reader)
            if not present:
                break
            steps.append(present)
        else:
            subs = [
                query.Term(name, s[0])
                if len(s) == 1
                else query.Or([query.Term(name, t) for t in s])
                for s in steps
            ]
            if len(subs) == 1:
                sub = subs[0]
                sub.boost = boost
            else:
                sub = query.Sequence(subs, slop=1, boost=boost)
            options.append(sub)
    if not options:
        return query.NullQuery
    return options[0] if len(options) == 1 else query.Or(options)


def _needles_query(
    reader: Any, needles: tuple[Needle, ...], fieldboosts: dict[str, float] | None = None
) -> Any:
    boosts = fieldboosts or TEXT_FIELDS
    parts = [_needle_query(reader, n, boosts) for n in needles]
    return parts[0] if len(parts) == 1 else query.And(parts)


def _plan_query(reader: Any, plan: QueryPlan) -> Any:
    if not plan.must:
        return None
    clauses = []
    for clause in plan.must:
        alternatives = [_needles_query(reader, alt) for alt in clause.alternatives]
        clauses.append(alternatives[0] if len(alternatives) == 1 else query.Or(alternatives))
    return clauses[0] if len(clauses) == 1 else query.And(clauses)
