"""The index as whoosh keeps it: schema, open / create / rebuild, write, search.

whoosh is used here, in segments.py (which writes a rebuild's segments and reads posting
lists in whoosh's own format), in reading.py (what a search reads from a segment), in lock.py
(the folder's write lock) and in fence.py (every read of whoosh's private attributes) only.
whoosh stores, updates, merges and locks; a search takes a ``snapshot()`` of the live
generation (search.reading), whose posting lists search.evaluate reads whole and scores,
because whoosh's matchers cost a few microseconds per posting visited.

Layout of the index folder (``library.paths.index``)::

    CURRENT        name of the live generation, replaced atomically after a rebuild
    WRITE.lock     held by whoever writes (drain or rebuild), across processes
    WRITE.owner    who holds it: process id and since when (for "the index is behind" notices)
    gen-<n>/       one whoosh index; its SCHEMA file names the schema version it was built with;
                   a DAMAGED file in it marks a generation a write failed on (rebuilt next)

A missing folder, an unknown schema version, a generation whoosh cannot open or one a write
failed on is reported by ``status()`` and ends in a rebuild (sync.rebuild), never in an error:
the index is derived data. A folder that cannot be written (read-only, full) raises
IndexUnwritable: what is queued stays queued and searches say the index is behind.
Storage never memory-maps (``supports_mmap=False``): whoosh copies mapped segments into memory,
which costs far more than it saves (SEARCH-FACTS.md).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from whoosh import analysis, columns, fields, formats
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError, clean_files
from whoosh.scoring import BM25F

from readinglog.core.types import Target
from readinglog.search import analysis as text_analysis
from readinglog.search import evaluate, fence, lock
from readinglog.search.helper import Helper, can_spawn, spool, unspool
from readinglog.search.lock import IndexBusy
from readinglog.search.reading import LengthCodes, Snapshot
from readinglog.search.schema import DOCUMENT_TYPES, SCHEMA_VERSION, SearchDoc
from readinglog.search.segments import (
    BulkDoc,
    CompactPositions,
    Part,
    SegmentBuilder,
    write_toc,
)
from readinglog.search.terms import TermTables

CURRENT = "CURRENT"
SCHEMA_FILE = "SCHEMA"
DAMAGED_FILE = "DAMAGED"
INDEX_NAME = "readinglog"
MAX_SEGMENTS = 10  # more than this after a small commit: merge the small ones
# A rebuild writes a segment every this many documents at most: each segment costs every search
# its own term look-ups, posting lists and scoring (a 10k library's four-character search took
# a third longer on two segments than on one), so up to this many documents are one.
# segments.SegmentBuilder spills its pooled postings to scratch runs past POOL_BUDGET, so a
# segment's size does not set the memory its build takes, and a helper reads its documents from
# a file (helper.spool): a 100k rebuild peaks at about 400 MB, main and helper together
# (benchmarks/rebuild_bench.py).
SEGMENT_DOCS = 250_000
# A rebuild of at least this many documents has a helper process pool the first HELPER_SHARE of
# each segment's documents meanwhile (segments.Part); this process pools the rest, then writes
# the whole segment once both are done. Half each: the helper's start (a new interpreter, the
# spool file) costs about what this process's spooling does (10k notes: the two finished
# pooling within 0.1 s of each other, 10.7 s; at 0.57 this process waited 3.2 s).
PARALLEL_MIN_DOCS = 4_000
HELPER_SHARE = 0.5


class IndexStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    STALE = "stale"  # written under another schema version
    CORRUPT = "corrupt"


log = logging.getLogger(__name__)


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


# --- rebuilding -----------------------------------------------------------------------------


def _groups(docs: Iterator[SearchDoc], size: int) -> Iterator[Iterator[SearchDoc]]:
    """``docs`` in consecutive groups of ``size``, each read as it is used (use one up before
    asking for the next): a group is never held in memory whole."""
    for first in docs:
        yield itertools.chain((first,), itertools.islice(docs, size - 1))


def _add_all(builder: SegmentBuilder, docs: Iterable[SearchDoc]) -> Iterator[int]:
    """Add ``docs``, yielding how many were added every 200 and at the end."""
    pending = 0
    for doc in docs:
        builder.add(_bulk_document(doc))
        pending += 1
        if pending == 200:
            yield pending
            pending = 0
    if pending:
        yield pending


class _HelperShare:
    """The first documents of a segment, pooled by a helper process while this one pools
    the rest. The helper reads them from a file (helper.spool): neither process holds them
    whole."""

    def __init__(self, folder: Path, number: int, docs: Iterable[SearchDoc]) -> None:
        self._folder = folder
        self._spooled = folder / f"{INDEX_NAME}.tmp" / f"docs-{number}.pickle"
        self.count = spool(docs, self._spooled)
        self.helper: Helper[Part] = Helper(_build_part, str(folder), self._spooled)

    def part(self, builder: SegmentBuilder) -> Part:
        """The helper's part (waiting for it); when it failed, its documents pooled here
        and the runs it spilled removed (those of ``builder``, which pools the rest, kept)."""
        part = self.helper.result()
        if part is None:
            log.warning("a rebuild's helper process failed: %s", self.helper.error)
            mine = builder.segment.segment_id()
            for stray in self._folder.glob("*.run"):
                if not stray.name.startswith(mine):
                    stray.unlink()
            part = _build_part(str(self._folder), self._spooled)
        self._spooled.unlink()
        return part


def _build_part(folder: str, spooled: Path) -> Part:
    """The first documents of a segment, those ``spooled`` (helper.spool), pooled and handed
    over as run files in the generation ``folder`` (a helper process runs this)."""
    storage = FileStorage(folder, supports_mmap=False)
    builder = SegmentBuilder(storage, build_schema(), INDEX_NAME)
    for _ in _add_all(builder, unspool(spooled)):
        pass
    return builder.part()


# --- the index folder -------------------------------------------------------------------------


class SearchIndex:
    """One library's index folder. Cheap to create; opens whoosh on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._ix: Any = None
        self._gen = ""
        self._searcher: Any = None
        self._lengths = LengthCodes()
        self._terms = TermTables()
        self._swept = False  # leftovers of killed rebuilds removed (once per instance)
        self.blocked = ""  # why the last drain could not write (IndexBusy's words), or ""

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
        if (self.root / gen / DAMAGED_FILE).exists():
            return IndexStatus.CORRUPT
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
            self._searcher = self._ix.searcher(weighting=BM25F())  # for its idf
            readers = [r for r, _ in self._searcher.reader().leaf_readers()]
            live = {r.segment().segment_id() for r in readers}
            self._lengths.keep_only(live)
            self._terms.keep_only(live)
        return self._searcher

    # writing

    @contextlib.contextmanager
    def write_lock(self, timeout: float) -> Iterator[None]:
        """Hold the folder's write lock (search.lock.hold: IndexBusy, IndexUnwritable).

        Taking it first removes what a killed rebuild left (generation folders that are not
        the live one): nobody else can be writing them while we hold the lock.
        """
        with lock.hold(self.root, timeout):
            self._remove_leftovers()
            yield

    def lock_owner(self) -> str:
        return lock.owner(self.root)

    def _remove_leftovers(self) -> None:
        """Generation folders other than the live one (a killed or failed rebuild's)."""
        if self._swept:
            return
        self._swept = True
        live = self.current_generation()
        if live and (self.root / live).is_dir():
            self._remove_old_generations(keep=live)

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
            merge = len(fence.live_segments(self._ix)) >= MAX_SEGMENTS
            writer.commit(merge=merge)
        except BaseException as error:
            _abandon(writer)
            self._drop_orphans()
            if isinstance(error, OSError):
                raise lock.unwritable(self.root, error) from error
            raise

    def _drop_orphans(self) -> None:
        """Remove what a failed commit wrote (its new segment's files, the writer's scratch):
        on a full disk they take the room a retry needs. Hold write_lock."""
        gen = self.current_generation()
        self.close()
        if not gen:
            return
        shutil.rmtree(self.root / gen / f"{INDEX_NAME}.tmp", ignore_errors=True)
        with contextlib.suppress(Exception):  # an unreadable TOC: status() reports it
            self._open()
            ix = self._ix
            clean_files(ix.storage, INDEX_NAME, ix.latest_generation(), fence.live_segments(ix))
        self.close()

    def invalidate(self, reason: str) -> None:
        """The library changed under the index (a restore): rebuild it at the next ensure."""
        log.info("search index marked stale: %s", reason)
        self._mark(reason)

    def mark_damaged(self, error: BaseException) -> None:
        """A write failed on the live generation: have ``status()`` say CORRUPT from now on,
        so the next ensure (a search, the window) rebuilds it from the database."""
        log.error("the search index failed to write; it will be rebuilt", exc_info=error)
        self._mark(repr(error)[:500])

    def _mark(self, reason: str) -> None:
        gen = self.current_generation()
        self.close()
        if gen and (self.root / gen).is_dir():
            with contextlib.suppress(OSError):
                (self.root / gen / DAMAGED_FILE).write_text(reason, encoding="utf-8")

    def build(self, docs: Iterator[SearchDoc], expected: int | None = None) -> Iterator[int]:
        """Write every doc into a new generation, then make it the live one (hold write_lock).

        Yields the number of docs written so far, every 200 docs and at the end. With
        ``expected`` (how many docs are coming) at PARALLEL_MIN_DOCS or more, a spawned
        helper process pools the first documents of each segment meanwhile (_HelperShare).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        gen = f"gen-{time.time_ns()}"
        folder = self.root / gen
        folder.mkdir()
        parallel = expected is not None and expected >= PARALLEL_MIN_DOCS and can_spawn()
        helpers: list[Helper[Part]] = []
        try:
            storage = FileStorage(str(folder), supports_mmap=False)
            schema = build_schema()
            storage.create_index(schema, indexname=INDEX_NAME)
            storage.temp_storage(f"{INDEX_NAME}.tmp")  # the writers' scratch, made once
            segments: list[Any] = []
            done = 0
            for group in _groups(docs, SEGMENT_DOCS):
                share: _HelperShare | None = None
                if parallel and expected is not None:
                    count = round(HELPER_SHARE * min(SEGMENT_DOCS, expected - done))
                    share = _HelperShare(folder, len(segments), itertools.islice(group, count))
                    helpers.append(share.helper)
                builder = SegmentBuilder(
                    storage, schema, INDEX_NAME, first=share.count if share else 0
                )
                for added in _add_all(builder, group):
                    done += added
                    yield done
                if share is not None:
                    builder.adopt(share.part(builder))
                    done += share.count
                    yield done
                segments.append(builder.finish())
            if not segments:
                segments.append(SegmentBuilder(storage, schema, INDEX_NAME).finish())
            write_toc(storage, schema, INDEX_NAME, segments)
            (folder / SCHEMA_FILE).write_text(str(SCHEMA_VERSION), encoding="utf-8")
            _fsync_tree(folder)
            tmp = self.root / (CURRENT + ".tmp")
            tmp.write_text(gen, encoding="utf-8")
            tmp.replace(self.root / CURRENT)  # from here on the new generation is live
        except BaseException as error:
            for helper in helpers:
                helper.cancel()
            shutil.rmtree(folder, ignore_errors=True)  # the live generation is untouched
            if isinstance(error, OSError):  # a full or read-only disk: say which folder
                raise lock.unwritable(self.root, error) from error
            raise
        self.close()
        self._remove_old_generations(keep=gen)
        yield done

    def _remove_old_generations(self, keep: str) -> None:
        for child in self.root.iterdir():
            if child.is_dir() and child.name != keep:
                shutil.rmtree(child, ignore_errors=True)  # Windows: an open reader keeps it

    # reading

    def counts(self) -> dict[Target, int]:
        """Documents of each type, deleted ones left out (posting lists read whole, as a
        search reads them)."""
        counts = dict.fromkeys(DOCUMENT_TYPES, 0)
        for seg, _ in self.snapshot().segments:
            deleted = seg.deleted()
            for doc_type in DOCUMENT_TYPES:
                ids = evaluate.term_ids(seg, "type", doc_type.value)
                counts[doc_type] += sum(1 for d in ids.tolist() if d not in deleted)
        return counts

    def keys(self) -> set[str]:
        searcher = self._fresh_searcher()
        return {stored["key"] for stored in searcher.reader().all_stored_fields()}

    def snapshot(self) -> Snapshot:
        """The live generation as a search reads it (search.ranking.top)."""
        return Snapshot(self._fresh_searcher(), self._lengths, self._terms)


def _abandon(writer: Any) -> None:
    """Cancel a whoosh writer whose commit may have failed half-way, and let go of its lock."""
    if getattr(writer, "is_closed", True):
        return
    with contextlib.suppress(Exception):
        writer.cancel()
    if not getattr(writer, "is_closed", True):
        with contextlib.suppress(Exception):
            writer.writelock.release()


def _fsync_tree(folder: Path) -> None:
    """whoosh never fsyncs; a power cut must not leave a CURRENT naming half-written files."""
    for path in folder.iterdir():
        with contextlib.suppress(OSError), path.open("rb") as handle:
            os.fsync(handle.fileno())
