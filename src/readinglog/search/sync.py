"""Keep the index in step with the database: drain the queue, rebuild, check.

Every service write that changes searchable text adds an ``index_queue`` row in its own
transaction. ``drain`` indexes those documents in batches and deletes a queue row only after the
index commit, and only if nobody queued the document again meanwhile (same id and queued_at);
a busy index (another process writing) leaves the rows for the next drain. ``rebuild`` writes
a new index from the database and switches to it in one step, so searches keep using the old
one until the new one is complete.

A write the index fails on (a bug, a damaged file) marks the index damaged and the next
``ensure`` rebuilds it from the database: one failure never breaks every later command. Work
that waits (the index held by a hung process, a read-only or full folder) is reported by
``behind``, which searches and ``db check`` show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, delete, func, select

from readinglog.core.errors import Message, Said
from readinglog.core.library import Library
from readinglog.core.models import IndexQueue
from readinglog.core.types import Progress, Target
from readinglog.search import documents
from readinglog.search.index import IndexStatus, SearchIndex
from readinglog.search.lock import IndexBusy, IndexUnwritable
from readinglog.search.schema import DOCUMENT_TYPES, SearchDoc, doc_key

DRAIN_BATCH = 200
DRAIN_LOCK_TIMEOUT = 2.0
REBUILD_LOCK_TIMEOUT = 60.0
LAG_SECONDS = 5.0  # queued longer than this and still not indexed: the index is behind
# Changes queued before ``since`` and not indexed yet (built once: this runs on every search).
_WAITING = select(func.count(IndexQueue.id)).where(IndexQueue.queued_at <= bindparam("since"))
REBUILDING_INDEX = Said(Message("Rebuilding the search index"))  # progress: the window translates

_QueueRow = tuple[int, Target, int, dt.datetime]


def open_index(library: Library) -> SearchIndex:
    return SearchIndex(library.paths.index)


def drain(
    library: Library,
    index: SearchIndex | None = None,
    *,
    batch: int = DRAIN_BATCH,
    timeout: float = DRAIN_LOCK_TIMEOUT,
) -> int:
    """Index what the queue holds; returns how many queue rows were handled.

    Does nothing (the rows stay) when the library is read-only (its queue cannot be emptied),
    the index needs a rebuild, another writer holds it or its folder cannot be written
    (``index.blocked`` then says why). A write the index itself fails on marks it damaged
    (``status()`` is then CORRUPT, and ``ensure`` rebuilds it).
    """
    index = index or open_index(library)
    if library.read_only or index.status() is not IndexStatus.OK:
        return 0
    handled = 0
    try:
        with index.write_lock(timeout):
            last_id = 0
            while True:
                rows, docs, gone = _next_batch(library, last_id, batch)
                if not rows:
                    break
                try:
                    index.apply(docs, gone)
                except IndexBusy:
                    raise
                except Exception as error:  # the index, not the database: rebuild it
                    index.mark_damaged(error)
                    return handled
                _forget(library, rows)
                handled += len(rows)
                last_id = rows[-1][0]
    except IndexBusy as error:
        index.blocked = str(error)
    else:
        index.blocked = ""
    return handled


def behind(
    library: Library,
    index: SearchIndex,
    older_than: float = LAG_SECONDS,
    connection: Connection | None = None,
) -> str:
    """A sentence when changes queued more than ``older_than`` seconds ago are still not in
    the index (another process holds it, its folder cannot be written); else "".

    ``connection``: one the caller has open (a search, which read its hits on it), else one
    of its own (no ORM session: this runs on every search)."""
    if connection is None:
        with library.engine.connect() as own:
            return behind(library, index, older_than, own)
    since = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=older_than)
    waiting = connection.execute(_WAITING, {"since": since}).scalar() or 0
    if not waiting:
        return ""
    changes = "1 recent change is" if waiting == 1 else f"{waiting} recent changes are"
    if index.blocked:
        reason = index.blocked
    elif library.read_only:
        reason = f"{library.paths.database} is open read-only"
    else:
        reason = f"the search index is being written by {index.lock_owner()}"
    return f"The search index is behind: {changes} not searchable yet ({reason})."


def _next_batch(
    library: Library, after_id: int, batch: int
) -> tuple[list[_QueueRow], list[SearchDoc], list[str]]:
    with library.sessions() as session:
        rows: list[_QueueRow] = [
            (r.id, r.doc_type, r.doc_id, r.queued_at)
            for r in session.execute(
                select(IndexQueue.id, IndexQueue.doc_type, IndexQueue.doc_id, IndexQueue.queued_at)
                .where(IndexQueue.id > after_id)
                .order_by(IndexQueue.id)
                .limit(batch)
            )
        ]
        docs: list[SearchDoc] = []
        gone: list[str] = []
        for doc_type in DOCUMENT_TYPES:
            ids = {doc_id for _, t, doc_id, _ in rows if t is doc_type}
            if not ids:
                continue
            found = documents.load(session, doc_type, ids)
            docs.extend(found.values())
            gone.extend(doc_key(doc_type, i) for i in sorted(ids - found.keys()))
    return rows, docs, gone


def _forget(library: Library, rows: list[_QueueRow]) -> None:
    with library.sessions.begin() as session:
        for row_id, _, _, queued_at in rows:
            session.execute(
                delete(IndexQueue).where(IndexQueue.id == row_id, IndexQueue.queued_at == queued_at)
            )


def rebuild(library: Library, index: SearchIndex | None = None) -> Iterator[Progress]:
    """Build a new index from the database, then switch to it (yields Progress)."""
    index = index or open_index(library)
    yield Progress(0, None, Said(Message("Waiting for the search index")))
    with index.write_lock(REBUILD_LOCK_TIMEOUT), library.sessions() as session:
        # One read transaction: the docs and the queue rows are the same snapshot.
        rows = [
            (r.id, r.doc_type, r.doc_id, r.queued_at)
            for r in session.execute(
                select(IndexQueue.id, IndexQueue.doc_type, IndexQueue.doc_id, IndexQueue.queued_at)
            )
        ]
        total = sum(documents.count(session).values())
        yield Progress(0, total, REBUILDING_INDEX)
        for done in index.build(documents.all_docs(session), expected=total):
            yield Progress(done, total, REBUILDING_INDEX)
    _forget(library, rows)
    yield Progress(total, total, Said(Message("Search index rebuilt")))


@dataclass(frozen=True)
class IndexCheck:
    status: IndexStatus
    database: dict[Target, int]
    indexed: dict[Target, int]
    queued: int
    missing: tuple[str, ...] = ()  # in the database, not in the index (first few)
    extra: tuple[str, ...] = ()  # in the index, gone from the database (first few)

    @property
    def ok(self) -> bool:
        """The index is sound (documents still queued may explain a difference in counts)."""
        return (
            self.status is IndexStatus.OK
            and not self.missing
            and not self.extra
            and (self.queued > 0 or self.database == self.indexed)
        )

    @property
    def current(self) -> bool:
        """Sound, and it holds every change: nothing waits in the queue."""
        return self.ok and self.queued == 0 and self.database == self.indexed


def check(library: Library, index: SearchIndex | None = None, *, deep: bool = True) -> IndexCheck:
    """Compare the index with the database: counts, and with ``deep`` every id."""
    index = index or open_index(library)
    with library.sessions() as session:
        database = documents.count(session)
        queued = {
            doc_key(t, i)
            for t, i in session.execute(select(IndexQueue.doc_type, IndexQueue.doc_id))
        }
        db_keys: set[str] = set()
        if deep:
            db_keys = {doc_key(t, i) for t in DOCUMENT_TYPES for i in documents.ids(session, t)}
    status = index.status()
    if status is not IndexStatus.OK:
        return IndexCheck(status, database, dict.fromkeys(DOCUMENT_TYPES, 0), len(queued))
    try:
        indexed = index.counts()
        index_keys = index.keys() if deep else set()
    except Exception:  # damage the TOC did not show
        index.close()
        return IndexCheck(
            IndexStatus.CORRUPT, database, dict.fromkeys(DOCUMENT_TYPES, 0), len(queued)
        )
    missing = sorted(db_keys - index_keys - queued)[:20] if deep else []
    extra = sorted(index_keys - db_keys - queued)[:20] if deep else []
    return IndexCheck(status, database, indexed, len(queued), tuple(missing), tuple(extra))


def ensure(
    library: Library, index: SearchIndex | None = None, *, deep: bool = False
) -> Iterator[Progress]:
    """At start-up: rebuild a missing, stale, corrupt or damaged index, then drain the queue.

    When another process holds the index (it is rebuilding it), this leaves it to that one.
    """
    index = index or open_index(library)
    result = check(library, index, deep=deep)
    if not result.ok:
        try:
            yield from rebuild(library, index)
        except IndexUnwritable:
            raise
        except IndexBusy:
            return
    drain(library, index)
