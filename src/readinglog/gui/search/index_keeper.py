"""The search index seen from the window: made ready at start-up, drained after every write,
searched as the user types; all of it on the write pool (``worker.write_pool``).

One ``SearchIndex`` per library, used by one thread at a time: it caches its whoosh searcher
and is not thread-safe, so searches run on the single-thread write pool too, queued ahead of
waiting writes (a higher priority). A search that a newer one superseded before it started is
skipped; the GUI drops any answer but the latest (``SearchResults``). whoosh, rjieba and OpenCC
are imported by the first job, on the pool thread, never on the GUI thread (``gc_freeze.preload``);
when it is done, start-up's objects are frozen (``gc_freeze.settle``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from readinglog.core.library import Library
from readinglog.core.types import Changes, Progress
from readinglog.gui.runtime import gc_freeze, worker

if TYPE_CHECKING:
    from readinglog.gui.search.search_results import SearchResults
    from readinglog.search.index import SearchIndex
    from readinglog.search.searcher import SearchResult

log = logging.getLogger(__name__)
DRAIN_DEBOUNCE_MS = 200
RETRY_MS = 5000  # another process is rebuilding the index: look again after this
CLOSE_WAIT_MS = 10_000
SEARCH_PRIORITY = 10
SEARCH_LIMIT = 30  # the default of Preferences' "Results to show" (search_options)


class IndexState(StrEnum):
    STARTING = "starting"
    BUILDING = "building"
    READY = "ready"
    BUSY = "busy"  # another process holds the index (it is rebuilding it)
    FAILED = "failed"


class IndexKeeper(QObject):
    """Owns the library's SearchIndex (only ever touched by jobs on the write pool)."""

    state_changed = Signal(str)  # the status bar's sentence
    building_changed = Signal(bool)  # searches wait for a rebuild (True) or can run (False)
    updated = Signal()  # a drain or a rebuild put newer text in the index
    searched = Signal(int, object)  # request number, SearchResult

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("index_keeper")
        self._library = library
        self._index: SearchIndex | None = None  # made and used on the write pool only
        self._wanted = 0  # the latest search request (read by the pool thread)
        self._ensuring: worker.Task | None = None
        self._draining = False
        self._drain_again = False
        self._closed = False
        self.limit = SEARCH_LIMIT  # hits per search (Preferences, applied from the next one)
        self.state = IndexState.STARTING
        self.text = self.tr("Search index: starting…")
        self._drain_timer = self._timer(DRAIN_DEBOUNCE_MS, self._on_drain_timer_timeout)
        self._retry_timer = self._timer(RETRY_MS, self._on_retry_timer_timeout)

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def building(self) -> bool:
        return self.state in (IndexState.BUILDING, IndexState.BUSY)

    # -- what the window calls -----------------------------------------------------------

    def start(self) -> None:
        """Check the index and rebuild it when missing, stale or damaged; then drain."""
        if self._closed or self._ensuring is not None:
            return
        self._retry_timer.stop()
        task = worker.Task()
        task.signals.progress.connect(self._on_ensure_progress)
        self._ensuring = self._run(
            self._ensure_job, self._on_ensure_finished, self._on_ensure_failed, task=task
        )

    def serve(self, results: SearchResults) -> None:
        """Answer the results panel's searches, and tell it when the index changes."""
        results.search_requested.connect(self.search)
        self.searched.connect(results.show_result)
        self.building_changed.connect(results.set_building)
        self.updated.connect(results.refresh)

    def on_changed(self, _changes: Changes) -> None:
        """After a write: index what it queued, ~200 ms after the last write in a burst."""
        if not self._closed:
            self._drain_timer.start()

    def search(self, request: int, text: str) -> None:
        """Search ``text``; ``searched(request, result)`` follows unless superseded first.

        The box searches as the user types, so its last word may be unfinished: the search
        runs in prefix mode (searcher.search), exact matches first. On Enter too: the same
        text gives the same answer. (The list pane strips the text it sends, so a trailing
        space does not finish the last word here.)
        """
        if self._closed:
            return
        self._wanted = request
        drain = self._drain_timer.isActive()  # a write not indexed yet: index it first
        self._drain_timer.stop()
        self._run(
            partial(self._search_job, request, text, drain, self.limit),
            self._on_search_finished,
            priority=SEARCH_PRIORITY,
        )

    def close(self) -> None:
        """Stop what is pending, let a running job end, then close the index (closing)."""
        if self._closed:
            return
        drain = self._drain_timer.isActive() or self._drain_again
        self._closed = True
        self._drain_timer.stop()
        self._retry_timer.stop()
        if self._ensuring is not None:
            self._ensuring.cancel()
        elif drain and self.state is IndexState.READY:  # the last writes, for the CLI's sake
            worker.start(self._drain_job, writes=True)
        worker.write_pool().waitForDone(CLOSE_WAIT_MS)
        if self._index is not None:  # no job runs now: this thread may touch it
            self._index.close()

    # -- the jobs (on the write pool) -----------------------------------------------------

    def _index_here(self) -> SearchIndex:
        if self._index is None:
            from readinglog.search.index import SearchIndex

            self._index = SearchIndex(self._library.paths.index)
        return self._index

    def _ensure_job(self) -> worker.Job:
        from readinglog.search import sync
        from readinglog.search.index import IndexStatus

        gc_freeze.preload(self._library)
        index = self._index_here()
        yield from sync.ensure(self._library, index)
        return index.status() is IndexStatus.OK

    def _drain_job(self) -> worker.Job:
        yield from ()
        from readinglog.search import sync
        from readinglog.search.index import IndexStatus

        index = self._index_here()
        handled = sync.drain(self._library, index)
        return handled, index.status() is IndexStatus.OK, index.blocked

    def _search_job(self, request: int, text: str, drain: bool, limit: int) -> worker.Job:
        yield from ()
        from readinglog.search import searcher, sync

        if drain:
            sync.drain(self._library, self._index_here())
        if request != self._wanted or self._closed:
            return None  # superseded before it started
        try:
            found = searcher.search(
                self._library, text, limit=limit, index=self._index_here(), prefix=True
            )
        except Exception as error:  # the database, not the query: say so, keep the window
            log.exception("search failed")
            found = searcher.SearchResult(
                0, (), self.tr("The search failed: {error}").format(error=error)
            )
        return request, found

    # -- running them ------------------------------------------------------------------------

    def _run(
        self,
        make_job: Callable[[], worker.Job],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        priority: int = 0,
        task: worker.Task | None = None,
    ) -> worker.Task:
        """Connect first, then start: a job may end before ``start`` returns. (``worker`` keeps
        the task until its ``done``; a slot here holding the task would keep it for ever.)"""
        task = task or worker.Task()
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed or self._on_task_failed)
        return worker.start(make_job, writes=True, task=task, priority=priority)

    def _set_state(self, state: IndexState, text: str) -> None:
        was_building = self.building
        self.state, self.text = state, text
        self.state_changed.emit(text)
        if self.building != was_building:
            self.building_changed.emit(self.building)

    # -- slots -----------------------------------------------------------------------------

    def _on_ensure_progress(self, step: Progress) -> None:
        if step.total:
            percent = min(100, step.done * 100 // step.total)
            text = self.tr("Search index: building {percent}%…").format(percent=percent)
            self._set_state(IndexState.BUILDING, text)
        elif self.state is not IndexState.BUILDING:
            self._set_state(IndexState.BUILDING, self.tr("Search index: building…"))

    def _on_ensure_finished(self, ok: bool) -> None:
        self._ensuring = None
        gc_freeze.settle()
        if ok:
            self._set_state(IndexState.READY, self.tr("Search index: ready"))
            self.updated.emit()
        else:
            busy = self.tr("Search index: being rebuilt by another ReadingLog…")
            self._set_state(IndexState.BUSY, busy)
            if not self._closed:
                self._retry_timer.start()

    def _on_ensure_failed(self, message: str) -> None:
        self._ensuring = None
        text = self.tr("Search index: unavailable ({message})").format(message=message)
        self._set_state(IndexState.FAILED, text)
        if not self._closed:
            self._retry_timer.start()

    def _on_drain_timer_timeout(self) -> None:
        if self._closed:
            return
        if self._draining:
            self._drain_again = True
            return
        self._draining = True
        task = worker.Task()
        task.signals.done.connect(self._on_drain_done)  # finished or failed: the next may start
        self._run(self._drain_job, self._on_drain_finished, task=task)

    def _on_drain_finished(self, value: tuple[int, bool, str]) -> None:
        handled, ok, blocked = value
        if handled:
            self.updated.emit()
        if self.state is IndexState.READY:  # say when changes wait, and when they went in
            if blocked:
                text = self.tr("Search index: behind ({reason})").format(reason=blocked)
            else:
                text = self.tr("Search index: ready")
            if text != self.text:
                self._set_state(IndexState.READY, text)
        if not ok and self.state is IndexState.READY:
            self._set_state(IndexState.BUILDING, self.tr("Search index: building…"))
            self.start()  # damaged or deleted behind our back: rebuild it

    def _on_drain_done(self) -> None:
        self._draining = False
        if self._drain_again:
            self._drain_again = False
            self._on_drain_timer_timeout()

    def _on_search_finished(self, value: tuple[int, SearchResult] | None) -> None:
        if value is None or self._closed:
            return
        request, found = value
        self.searched.emit(request, found)
        if found.needs_rebuild and self._ensuring is None and self.state is not IndexState.BUSY:
            self._set_state(IndexState.BUILDING, self.tr("Search index: building…"))
            self.start()

    def _on_retry_timer_timeout(self) -> None:
        self.start()

    def _on_task_failed(self, message: str) -> None:
        log.warning("search index job failed: %s", message)
        self.state_changed.emit(self.tr("Search index: {message}").format(message=message))
