"""The window's backups: File ▸ Back up now, File ▸ Restore from backup…, and the daily backup
started a few seconds after the window's first paint (never on the GUI thread).

A restore runs on the write pool (so no index job runs beside it) once the window's readers are
done: the engine's pooled connections are closed, the backup replaces the library
(core/restore.py), an older one is upgraded, the search index is rebuilt, and the same engine
then reads the restored file; every view is told that everything changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy import select

from readinglog import config
from readinglog.core import backups, migrate, restore
from readinglog.core.backups import Made
from readinglog.core.errors import Message
from readinglog.core.library import Library
from readinglog.core.models import Item, Note
from readinglog.core.types import Changes, Progress
from readinglog.gui.dialogs import common
from readinglog.gui.dialogs.backup_dialog import BackupDialog, describe, human_size
from readinglog.gui.runtime import i18n, worker
from readinglog.gui.window.window_part import CommandHost, WindowPart

log = logging.getLogger(__name__)
DAILY_DELAY_MS = 5000  # after the first paint: start-up is not slowed
WAIT_MS = 10_000
MESSAGE_MS = 10_000

Ids = tuple[frozenset[int], frozenset[int]]
Finished = Callable[[Any], object]  # given the job's result
Failed = Callable[[str], object]  # given one sentence


class BackupCommands(WindowPart):
    def __init__(self, window: CommandHost) -> None:
        super().__init__(window)
        self.setObjectName("backup_commands")
        self.last_dialog: BackupDialog | None = None  # tests read it
        self.busy = False
        self._daily = QTimer(self)
        self._daily.setSingleShot(True)
        self._daily.setInterval(DAILY_DELAY_MS)
        self._daily.timeout.connect(self._on_daily_timeout)

    def _policy(self) -> backups.Policy:
        return config.backup_policy(self.window.settings)

    # -- the daily backup --------------------------------------------------------------------

    def schedule_daily(self) -> None:
        """After the first paint: the once-a-day backup, a few seconds later, when one is due."""
        self._daily.start()

    def _on_daily_timeout(self) -> None:
        library = self.window.library
        paths = library.paths
        if self.busy or library.read_only:  # nothing is written beside a read-only library
            return
        policy = self._policy()

        def job() -> Generator[Progress, None, Made | None]:
            yield from ()
            return backups.daily_at_open(paths.database, paths.backups, lambda: policy)

        self._start(job, self._on_daily_finished, self._on_daily_failed)

    def _on_daily_finished(self, made: Made | None) -> None:
        if made is not None:
            self._say(
                self.tr("Daily backup made and verified: {file}").format(file=made.info.path.name),
                made.notices,
            )

    def _on_daily_failed(self, message: str) -> None:
        log.warning("the daily backup failed: %s", message)
        self._say(self.tr("The daily backup failed: {error}").format(error=message))

    # -- back up now -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.busy:
            return
        self.window.flush()
        paths = self.window.library.paths
        policy = self._policy()

        def job() -> Generator[Progress, None, Made]:
            yield Progress(
                0, None, QCoreApplication.translate("BackupCommands", "Backing up the library…")
            )
            return backups.make(paths.database, paths.backups, backups.MANUAL, policy=policy)

        self.busy = True
        self.window.status(self.tr("Backing up the library…"), 0)
        self._start(job, self._on_backup_finished, self._on_backup_failed)

    def _on_backup_finished(self, made: Made) -> None:
        self.busy = False
        info = made.info
        text = self.tr("Backed up and verified: {file} ({size}, {entries}, {notes})").format(
            file=info.path.name,
            size=human_size(info.size),
            entries=self._entries(info.entries or 0),
            notes=self._notes(info.notes or 0),
        )
        self._say(text, made.notices)

    def _on_backup_failed(self, message: str) -> None:
        self.busy = False
        self.window.status("", 1)
        self.window.report_error(self.tr("The backup failed: {error}").format(error=message))

    # -- before a bulk change ----------------------------------------------------------------

    def after_backup(self, reason: str, then: Callable[[], object]) -> None:
        """Call ``then`` (on the GUI thread) once a verified backup (``reason``: backups.PRE_*)
        is made on a worker; when the backup fails, say so and do not call it. A read-only or
        empty library has nothing to lose: ``then`` runs at once."""
        library = self.window.library
        if library.read_only or not backups.has_content(library.paths.database):
            then()
            return
        if self.busy:
            self.window.status(self.tr("A backup is running; try again in a moment."), 0)
            return
        paths, policy = library.paths, self._policy()

        def job() -> Generator[Progress, None, Made]:
            yield Progress(
                0,
                None,
                QCoreApplication.translate("BackupCommands", "Backing up the library first…"),
            )
            return backups.make(paths.database, paths.backups, reason, policy=policy)

        self.busy = True
        task = self._task(partial(self._on_before_finished, then), self._on_before_failed)
        worker.run_with_progress(
            self.widget, self.tr("Backing up the library first"), job, writes=False, task=task
        )

    def _on_before_finished(self, then: Callable[[], object], made: Made) -> None:
        self.busy = False
        self._say(self.tr("Backed up first: {file}").format(file=made.info.path.name), made.notices)
        then()

    def _on_before_failed(self, message: str) -> None:
        self.busy = False
        self.window.report_error(
            self.tr("Nothing was changed: the backup made first failed: {error}").format(
                error=message
            )
        )

    # -- restore -----------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        if self.busy:
            return
        window = self.window
        paths = window.library.paths
        dialog = BackupDialog(paths.backups, paths.database.stem, self.widget)
        self.last_dialog = dialog
        try:
            if not dialog.exec() or dialog.chosen is None:
                return
            chosen, info = dialog.chosen, dialog.info
        finally:
            dialog.deleteLater()
        what = describe(info) if info is not None else str(chosen)
        question = self.tr(
            "Replace the library by the backup of {backup}?\n\n"
            "The library as it is now is backed up first: it will be at the top of this list."
        ).format(backup=what)
        title, button = self.tr("Restore from backup"), self.tr("Restore")
        if not common.confirm(self.widget, title, question, button):
            return
        self.restore(chosen)

    def restore(self, source: Path) -> worker.Task | None:
        """Replace the library by ``source`` on the write pool, with a progress dialog."""
        window = self.window
        window.flush()
        if not window.settle(WAIT_MS):
            window.report_error(self.tr("The library is busy; try again in a moment."))
            return None
        library, policy = window.library, self._policy()
        before = _ids(library)
        self.busy = True
        return worker.run_with_progress(
            self.widget,
            self.tr("Restoring from backup"),
            lambda: _restore_job(library, source, policy),
            writes=True,
            task=self._task(partial(self._on_restore_finished, before), self._on_restore_failed),
        )

    def _on_restore_finished(self, before: Ids, after: Ids) -> None:
        self.busy = False
        window = self.window
        items, notes = before[0] | after[0], before[1] | after[1]
        window.after_restore()
        window.changed.emit(Changes(items=items, notes=notes, tags=True))
        self._say(
            self.tr("Restored: {entries}, {notes}").format(
                entries=self._entries(len(after[0])), notes=self._notes(len(after[1]))
            )
        )

    def _on_restore_failed(self, message: str) -> None:
        self.busy = False
        self.window.report_error(message)

    # -- helpers -----------------------------------------------------------------------------

    def _start(
        self, job: Callable[[], worker.Job], on_finished: Finished, on_failed: Failed
    ) -> None:
        """Run ``job`` on the read pool (a backup only reads the library)."""
        worker.start(job, writes=False, task=self._task(on_finished, on_failed))

    def _task(self, on_finished: Finished, on_failed: Failed) -> worker.Task:
        """A task whose signals go to ``on_finished``/``on_failed`` (the worker keeps it until
        its ``done``, and lets it go on the GUI thread)."""
        task = worker.Task()
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed)
        return task

    def _entries(self, n: int) -> str:
        return i18n.numerus(n, self.tr("%Ln entry", "", n), self.tr("%Ln entries", "", n))

    def _notes(self, n: int) -> str:
        return i18n.numerus(n, self.tr("%Ln note", "", n), self.tr("%Ln notes", "", n))

    def _say(self, message: str, notices: Sequence[Message] = ()) -> None:
        """``message`` in the status bar, each of a backup's notices after it (in the window's
        language)."""
        for notice in notices:
            warning = i18n.said(notice)
            message += f" — {warning[:1].upper()}{warning[1:]}"
        self.window.status(message, MESSAGE_MS)


def _ids(library: Library) -> Ids:
    with library.sessions() as s:
        return frozenset(s.scalars(select(Item.id))), frozenset(s.scalars(select(Note.id)))


def _restore_job(library: Library, source: Path, policy: backups.Policy) -> worker.Job:
    """On the write pool: check, swap, upgrade, rebuild the index; the ids now listed."""
    paths = library.paths
    yield Progress(0, None, QCoreApplication.translate("BackupCommands", "Checking the backup…"))
    checked = restore.check(source)
    yield Progress(
        0,
        None,
        QCoreApplication.translate(
            "BackupCommands", "Backing up the library and putting the backup in place…"
        ),
    )
    library.engine.dispose()  # no pooled connection may outlive the file it was opened on
    from readinglog.search import sync
    from readinglog.search.index import SearchIndex

    stale = partial(SearchIndex(paths.index).invalidate, f"restored {source.name}")
    restore.restore(
        source, paths.database, paths.backups, policy=policy, checked=checked, before_swap=stale
    )
    yield Progress(
        0, None, QCoreApplication.translate("BackupCommands", "Upgrading the restored library…")
    )
    migrate.upgrade(paths.database, paths.backups)

    yield from sync.rebuild(library)
    return _ids(library)
