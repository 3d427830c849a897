"""The window's feed commands: Refresh all feeds, Refresh this feed, Set feed address…, and
marking a show's listed episodes (from its episodes panel).

Network discipline (issue 15): nothing here runs unless the user chooses it. A refresh and the
lookup of a YouTube handle run on a worker with a progress dialog whose Cancel stops the
request under way, even one whose server never answers (``cancellable_http``); the GUI thread
never waits on the network. A refresh runs on the read pool, not the write pool: a slow feed
must not hold up the search index's work queued there; each show's episodes are committed in
their own short transaction (SQLite serialises them with the window's writes). A dead or
malformed feed is one sentence and the others go on; the status bar sums it up in one line at
the end. The online modules (httpx, feedparser) are imported when a command runs, never at
start-up.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit
from sqlalchemy.orm import Session

from readinglog.core import feeds, services
from readinglog.core.db import SessionFactory
from readinglog.core.errors import InvalidInput, UserError
from readinglog.core.models import FeedKind
from readinglog.core.types import Changes, ItemKind, Progress, Status, Target
from readinglog.gui.detail.episodes_panel import status_text
from readinglog.gui.runtime import i18n, worker
from readinglog.gui.window.window_part import CommandHost, WindowPart

if TYPE_CHECKING:
    from readinglog.online.feeds import Refreshed
    from readinglog.online.http import Http

MESSAGE_MS = 15_000
MAX_SHOWN_ERROR = 300  # characters of a failed feed's sentence in the status line


def cancellable_http(task: worker.Task) -> Http:
    """A client the task's Cancel stops, in the middle of a request too (``Http.cancel``)."""
    from readinglog.online.http import Http

    http = Http(cancelled=lambda: task.is_cancelled)
    task.on_cancel(http.cancel)
    return http


def refresh_job(
    sessions: SessionFactory, show_ids: Sequence[int], task: worker.Task
) -> Generator[Progress, None, list[Refreshed]]:
    """Refresh these shows' feeds (on a worker); Cancel stops the request under way."""
    from readinglog.online import feeds as online_feeds

    with cancellable_http(task) as http:
        return (yield from online_feeds.refresh(sessions, show_ids, http))


def resolve_job(url: str, task: worker.Task) -> Generator[Progress, None, tuple[str, FeedKind]]:
    """The feed URL for what the user gave (a YouTube handle is looked up on its page)."""
    from readinglog.online import feeds as online_feeds

    yield Progress(
        0,
        None,
        QCoreApplication.translate("FeedCommands", "Finding the feed of {url}…").format(url=url),
    )
    with cancellable_http(task) as http:
        return online_feeds.resolve(http, url)


def summary(results: Sequence[Refreshed]) -> str:
    """One status line: "3 feeds refreshed, 12 new episodes; 1 failed: <its sentence>"."""
    good = [r for r in results if r.error is None]
    bad = [r for r in results if r.error is not None]
    added = sum(r.stored.added for r in good if r.stored is not None)
    n = len(good)
    parts = [
        _numerus(
            n,
            QCoreApplication.translate("FeedCommands", "%Ln feed refreshed, {new}", "", n),
            QCoreApplication.translate("FeedCommands", "%Ln feeds refreshed, {new}", "", n),
        ).format(
            new=_numerus(
                added,
                QCoreApplication.translate("FeedCommands", "%Ln new episode", "", added),
                QCoreApplication.translate("FeedCommands", "%Ln new episodes", "", added),
            )
        )
    ]
    moved = len([r for r in good if r.stored is not None and r.stored.moved_to])
    if moved:
        parts.append(
            _numerus(
                moved,
                QCoreApplication.translate(
                    "FeedCommands", "%Ln feed moved (the new address is kept)", "", moved
                ),
                QCoreApplication.translate(
                    "FeedCommands", "%Ln feeds moved (the new address is kept)", "", moved
                ),
            )
        )
    if bad:
        first = bad[0]
        error = i18n.said(first.said) if first.said is not None else str(first.error)
        if len(error) > MAX_SHOWN_ERROR:
            error = error[:MAX_SHOWN_ERROR] + "…"
        count = len(bad)  # a name, not len(bad): lupdate misses a call in the arguments
        failed = QCoreApplication.translate(
            "FeedCommands", "%Ln failed: {title}: {error}", "", count
        )
        failed = failed.format(title=first.title, error=error)
        if count > 1:
            more = count - 1
            failed += QCoreApplication.translate("FeedCommands", " (and %Ln more)", "", more)
        parts.append(failed)
    return QCoreApplication.translate("FeedCommands", "; ").join(parts)


def _numerus(n: int, one: str, many: str) -> str:
    return i18n.numerus(n, one, many)


def mark_all(s: Session, episode_ids: Sequence[int], status: Status) -> Changes:
    changes = Changes()
    for episode_id in episode_ids:
        changes |= feeds.mark(s, episode_id, status)
    return changes


class FeedCommands(WindowPart):
    """Refresh feeds, give a show its feed, mark its episodes."""

    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("feed_commands")
        self.task: worker.Task | None = None  # the refresh or lookup running (tests read it)
        self.last_summary = ""
        self.refresh_keys = ""  # the Refresh this feed keys, set by the window (for messages)
        self._ids: list[int] = []

    @property
    def busy(self) -> bool:
        return self.task is not None

    # -- refreshing ------------------------------------------------------------------------

    def refresh_all(self) -> None:
        with self.window.library.sessions() as s:
            ids = feeds.shows_with_feeds(s)
        if not ids:
            self.window.status(
                self.tr(
                    "No show has a feed yet: open a podcast or a channel and choose "
                    "Feeds ▸ Set feed address…"
                ),
                MESSAGE_MS,
            )
            return
        self.refresh(ids)

    def refresh_shown(self) -> None:
        show = self.shown_show()
        if show is None:
            self.window.status(self.tr("Open a podcast or a YouTube channel to refresh its feed"))
            return
        with self.window.library.sessions() as s:
            try:
                feeds.source(s, show)
            except InvalidInput:
                self.window.status(
                    self.tr("This show has no feed yet: Feeds ▸ Set feed address… gives it one"),
                    MESSAGE_MS,
                )
                return
        self.refresh([show])

    def refresh(self, show_ids: Sequence[int]) -> worker.Task | None:
        """Refresh these shows' feeds on a worker, with progress and Cancel."""
        if self.busy:
            self.window.status(self.tr("Feeds are being refreshed; wait for it or cancel it"))
            return None
        sessions, ids = self.window.library.sessions, list(show_ids)
        try:
            sessions.ensure_writable()  # a read-only library: refused before any request
        except UserError as error:
            self.window.report_error(i18n.said(error))
            return None
        task = worker.Task()
        task.signals.finished.connect(self._on_refresh_finished)
        task.signals.failed.connect(self._on_refresh_failed)
        task.signals.cancelled.connect(self._on_refresh_cancelled)
        task.signals.done.connect(self._on_task_done)
        self.task, self._ids = task, ids
        title = self.tr("Refreshing feeds") if len(ids) > 1 else self.tr("Refreshing the feed")
        self.window.status(self.tr("{title}…").format(title=title), 0)
        return worker.run_with_progress(
            self.widget, title, lambda: refresh_job(sessions, ids, task), writes=False, task=task
        )

    def _on_refresh_finished(self, results: list[Refreshed]) -> None:
        self._say(summary(results))
        self._stored(self._ids)

    def _on_refresh_failed(self, message: str) -> None:
        if self.task is not None and self.task.is_cancelled:  # cancelled within a request
            self._on_refresh_cancelled()
            return
        self._say(self.tr("The feeds were not refreshed: {error}").format(error=message))
        self._stored(self._ids)

    def _on_refresh_cancelled(self) -> None:
        self._say(self.tr("Feed refresh cancelled; the feeds read before it are kept"))
        self._stored(self._ids)

    def _stored(self, ids: Sequence[int]) -> None:
        """Tell the views: the shows' episodes (and a moved feed's address) may have changed."""
        self.window.changed.emit(Changes(items=frozenset(ids)))

    def _on_task_done(self) -> None:
        self.task = None

    def _say(self, text: str) -> None:
        self.last_summary = text
        self.window.status(text, MESSAGE_MS)

    # -- the feed's address ----------------------------------------------------------------

    def shown_show(self) -> int | None:
        """The show the detail pane shows (a podcast or a series), if it shows one."""
        target, shown = self.window.shown_page()
        if target is not Target.ITEM or shown is None:
            return None
        with self.window.library.sessions() as s:
            try:
                kind = services.load_item(s, shown).kind
            except UserError:
                return None
        return shown if kind in feeds.SHOW_KINDS else None

    def set_feed_address(self) -> None:
        show = self.shown_show()
        if show is None:
            self.window.status(self.tr("Open a podcast or a YouTube channel to give it a feed"))
            return
        library = self.window.library
        with library.sessions() as s:
            title = services.load_item(s, show).title
            try:
                current = feeds.source(s, show).url
            except InvalidInput:
                current = ""
        url, ok = QInputDialog.getText(
            self.widget,
            self.tr("Set feed address"),
            self.tr(
                "The feed of “{title}”: a podcast's RSS address, or a YouTube channel's "
                "address or @handle"
            ).format(title=title),
            QLineEdit.EchoMode.Normal,
            current,
        )
        url = url.strip()
        if not ok or not url or url == current:
            return
        self.set_feed(show, url)

    def set_feed(self, show: int, url: str) -> worker.Task | None:
        """Resolve ``url`` (a YouTube handle is looked up on its page) on a worker, then store
        it as the show's feed."""
        if self.busy:
            self.window.status(self.tr("Feeds are being refreshed; wait for it or cancel it"))
            return None
        try:
            self.window.library.sessions.ensure_writable()  # refused before any request
        except UserError as error:
            self.window.report_error(i18n.said(error))
            return None
        task = worker.Task()
        task.signals.finished.connect(lambda found: self._on_resolved(show, found))
        task.signals.failed.connect(self._on_resolve_failed)
        task.signals.done.connect(self._on_task_done)
        self.task = task
        return worker.run_with_progress(
            self.widget,
            self.tr("Finding the feed"),
            lambda: resolve_job(url, task),
            writes=False,
            task=task,
        )

    def _on_resolved(self, show: int, found: tuple[str, FeedKind]) -> None:
        url, kind = found
        if self.window.write(lambda s: feeds.set_feed(s, show, url, kind)) is not None:
            keys = self.refresh_keys or self.tr("Feeds ▸ Refresh this feed")
            self._say(
                self.tr("Feed set: {url}. {keys} fetches its episodes").format(url=url, keys=keys)
            )

    def _on_resolve_failed(self, message: str) -> None:
        if self.task is not None and self.task.is_cancelled:
            self._say(self.tr("Cancelled; the feed was not changed"))
            return
        self.window.report_error(message)

    # -- marking episodes ------------------------------------------------------------------

    def mark(self, episode_ids: list[int], status: Status) -> None:
        """Mark the episodes (making their entries under the show); one transaction."""
        if not episode_ids:
            return
        if self.window.write(lambda s: mark_all(s, episode_ids, status)) is None:
            return
        with self.window.library.sessions() as s:
            show = services.load_item(s, feeds.episode(s, episode_ids[0]).show_id)
            kind = show.kind
        n = len(episode_ids)
        if kind is ItemKind.SERIES:
            what = i18n.numerus(n, self.tr("%Ln video", "", n), self.tr("%Ln videos", "", n))
        else:
            what = i18n.numerus(n, self.tr("%Ln episode", "", n), self.tr("%Ln episodes", "", n))
        self.window.status(
            self.tr("Marked {what} {status}, under “{show}”").format(
                what=what, status=status_text(kind, status), show=show.title
            )
        )

    def open_entry(self, item_id: int) -> None:
        self.window.select_item(item_id)
