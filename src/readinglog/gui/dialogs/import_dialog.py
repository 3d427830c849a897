"""File ▸ Import: pick (or drop) a file, see what it would add, import it, read the report.

The kind is detected from the file (a CSV by its header, a highlights export or a 豆瓣
backup by its first few KB, a folder by what it holds: importers/detection.py) and can be
changed. The preview is a dry run of the real importer, rolled back; Import runs it again for
real. Both run on the write worker with a progress dialog and Cancel; a cancelled import
changes nothing. The report offers "Undo this import" (``core.batches.undo`` on the write
worker); a refusal is one sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readinglog import config
from readinglog.core import backups
from readinglog.core.backups import PRE_IMPORT, PRE_UNDO
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.models import ImportKind
from readinglog.core.types import Changes, ItemKind
from readinglog.gui.dialogs.import_report import (
    ProblemList,
    changes_anything,
    nothing_new,
    problems,
    report_text,
    summary,
    tally_kinds,
)
from readinglog.gui.lists.table_models import kind_label
from readinglog.gui.runtime import i18n, theme, worker
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import choice_combo
from readinglog.gui.widgets.list_or_sentence import ListOrSentence
from readinglog.importers import run
from readinglog.importers.detection import SUFFIXES
from readinglog.importers.run import KINDS, ImportOutcome
from readinglog.paths import AppPaths

# importers.run's KIND_LABELS as the Kind choice shows them (checked against it in
# tests/gui/test_translations_dialogs.py), translated where shown
IMPORT_KINDS = {
    ImportKind.GOODREADS: QT_TRANSLATE_NOOP("ImportKind", "Goodreads library export (CSV)"),
    ImportKind.STORYGRAPH: QT_TRANSLATE_NOOP("ImportKind", "StoryGraph export (CSV)"),
    ImportKind.OPML: QT_TRANSLATE_NOOP("ImportKind", "Podcast subscriptions (OPML)"),
    ImportKind.MARKDOWN: QT_TRANSLATE_NOOP(
        "ImportKind", "Markdown notes (a file, a blog or a vault)"
    ),
    ImportKind.KINDLE: QT_TRANSLATE_NOOP("ImportKind", "Kindle highlights (My Clippings.txt)"),
    ImportKind.READWISE: QT_TRANSLATE_NOOP(
        "ImportKind", "Readwise highlights (the CSV, or the Markdown export's folder)"
    ),
    ImportKind.KOREADER: QT_TRANSLATE_NOOP(
        "ImportKind", "KOReader highlights (a book's metadata .lua, or a folder of books)"
    ),
    ImportKind.WEREAD: QT_TRANSLATE_NOOP("ImportKind", "WeRead notes (微信读书's exported text)"),
    ImportKind.DOUBAN: QT_TRANSLATE_NOOP("ImportKind", "豆瓣 backup (JSON) or 豆伴 sheet (CSV)"),
}


# importers.run's PreviewRow words (its action, "note", "highlight"; an entry's kind is
# ItemKind.label, shown through the lists' kind_label), translated where shown
ROW_WORDS = {
    "new": QT_TRANSLATE_NOOP("ImportRow", "new"),
    "updated": QT_TRANSLATE_NOOP("ImportRow", "updated"),
    "note": QT_TRANSLATE_NOOP("ImportRow", "note"),
    "highlight": QT_TRANSLATE_NOOP("ImportRow", "highlight"),
}
_KINDS_BY_LABEL = {kind.label: kind for kind in ItemKind}


def row_word(word: str) -> str:
    """A preview row's action or kind in the window's language (as it came, if unknown)."""
    if word in ROW_WORDS:
        return QCoreApplication.translate("ImportRow", ROW_WORDS[word])
    kind = _KINDS_BY_LABEL.get(word)
    return kind_label(kind) if kind is not None else word


def file_filter() -> str:
    patterns = " ".join("*" + suffix for suffix in SUFFIXES)
    text = QCoreApplication.translate("ImportDialog", "Importable files ({patterns})")
    every = QCoreApplication.translate("ImportDialog", "All files (*)")
    return f"{text.format(patterns=patterns)};;{every}"


# The core's refusal ends with advice for the command line; the window has no --force.
_CLI_ADVICE = re.compile(r"\s*[(（][^()（）]*--force[^()（）]*[)）]\s*$")  # English or Chinese


class ImportDialog(QDialog):
    """``imported(Changes)`` after a real import; the dialog stays open to show its report,
    with "Undo this import" (``undone(Changes)`` once it is taken back)."""

    imported = Signal(object)  # Changes
    undone = Signal(object)  # Changes, after "Undo this import" took the import back
    undo_refused = Signal(str)  # the one sentence saying why it could not be undone
    previewed = Signal(object)  # ImportOutcome of the dry run, or None when it failed
    finished_import = Signal(object)  # ImportOutcome, or None when cancelled or failed

    def __init__(
        self, library: Library, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import"))
        self._library = library
        self._path: Path | None = None
        self.outcome: ImportOutcome | None = None  # the last dry run or import
        self.task: worker.Task | None = None
        self.undo_task: worker.Task | None = None
        self._undo_batch: int | None = None  # the import "Undo this import" takes back
        self._dry_run = True
        self._build()
        self.resize(720, 520)
        if path is not None:
            self.set_path(path)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(
            self.tr(
                "a CSV, OPML or Markdown file, highlights (Kindle, Readwise, KOReader, WeRead), "
                "a 豆瓣 backup, or a folder"
            )
        )
        self.path_edit.setAccessibleName(self.tr("File or folder to import"))
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        choose_file = QPushButton(self.tr("Choose &file…"), self)
        choose_file.setAutoDefault(False)
        choose_file.clicked.connect(self._on_choose_file_clicked)
        choose_folder = QPushButton(self.tr("Choose f&older…"), self)
        choose_folder.setAutoDefault(False)
        choose_folder.clicked.connect(self._on_choose_folder_clicked)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(choose_file)
        where.addWidget(choose_folder)
        kinds = (
            (QCoreApplication.translate("ImportKind", IMPORT_KINDS[kind]), kind.value)
            for kind in KINDS
        )
        self.kind = choice_combo(self, "import_kind", self.tr("Kind of file"), kinds)
        self.kind.activated.connect(self._on_kind_activated)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.detected.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("File:"), where)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.detected)

        self.summary = QLabel(self.tr("Choose a file, or drop one on the main window."), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = _tree([self.tr("Change"), self.tr("Kind"), self.tr("Title")], "import_rows")
        self.problems = ProblemList(self)
        self.tabs = QTabWidget(self)
        self.rows_or_sentence = ListOrSentence(self.rows, "", self)
        self.tabs.addTab(self.rows_or_sentence, self.tr("To import"))
        self.tabs.addTab(self.problems, self.tr("Skipped and warnings"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setObjectName("undo_import_button")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(
            self.tr("Remove what this import added and restore what it changed")
        )
        self.undo_button.clicked.connect(self.undo_import)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.undo_button.hide()  # until an import is made
        self.copy_report_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_report_button.setObjectName("copy_report_button")
        self.copy_report_button.setAutoDefault(False)
        self.copy_report_button.setToolTip(self.tr("Copy what was read, skipped and warned about"))
        self.copy_report_button.clicked.connect(self.copy_report)
        self.buttons.addButton(self.copy_report_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_report_button.setEnabled(False)  # until there is a report
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- choosing ------------------------------------------------------------------------

    @property
    def chosen_kind(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def set_path(self, path: Path) -> None:
        """Take ``path``, detect its kind and preview the import."""
        self._path = path
        self.path_edit.setText(str(path))
        detected = run.detect(path)
        if detected.kind is not None:
            self.kind.setCurrentIndex(KINDS.index(detected.kind))
            text = self.tr("Detected: {reason}. Change it if it is wrong.")
            self.detected.setText(text.format(reason=i18n.said(detected.reason)))
        else:
            self.detected.setText(i18n.full_sentence(i18n.said(detected.reason)))
        self.preview()

    def set_kind(self, kind: ImportKind) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.preview()

    def _on_path_edit_editing_finished(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text).expanduser() != self._path:
            self.set_path(Path(text).expanduser())

    def _on_choose_file_clicked(self) -> None:
        start = str(self._path.parent) if self._path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), start, file_filter())
        if name:
            self.set_path(Path(name))

    def _on_choose_folder_clicked(self) -> None:
        start = str(self._path) if self._path else str(Path.home())
        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Import a folder: Markdown notes, a Readwise export or KOReader books"),
            start,
        )
        if name:
            self.set_path(Path(name))

    def _on_kind_activated(self, _index: int) -> None:
        self.preview()

    # -- running -------------------------------------------------------------------------

    def preview(self) -> None:
        """A dry run: what the import would add, update and skip."""
        self._run(dry_run=True)

    def start_import(self) -> None:
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        path, kind = self._path, self.chosen_kind
        self.import_button.setEnabled(False)
        self._clear_results()
        if path is None:
            return
        try:
            run.check_path(path, kind)
        except UserError as error:
            self._show_error(i18n.said(error))
            if dry_run:
                self.previewed.emit(None)
            return
        sessions, paths = self._library.sessions, self._library.paths
        self._dry_run = dry_run
        task = worker.Task()
        if dry_run:
            task.signals.finished.connect(self._on_preview_finished)
            self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        else:
            task.signals.finished.connect(self._on_import_finished)
            self.summary.setText(self.tr("Importing {file}…").format(file=path.name))
        task.signals.failed.connect(self._on_task_failed)
        task.signals.cancelled.connect(self._on_task_cancelled)
        task.signals.done.connect(self._on_task_done)
        self.task = task
        title = self.tr("Checking {file}") if dry_run else self.tr("Importing {file}")
        title = title.format(file=path.name)
        worker.run_with_progress(
            self,
            title,
            lambda: _backed_up(
                paths, PRE_IMPORT, run.run(sessions, kind, path, dry_run=dry_run), dry_run
            ),
            writes=True,
            task=task,
        )

    def _on_preview_finished(self, outcome: ImportOutcome) -> None:
        self._show_outcome(outcome)
        self.import_button.setEnabled(changes_anything(outcome))
        self.previewed.emit(outcome)

    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        self._show_outcome(outcome)
        report = outcome.report
        if report.batch is not None and changes_anything(outcome):
            self._undo_batch = report.batch
            self.undo_button.setEnabled(True)
            self.undo_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.imported.emit(outcome.changes)
        self.finished_import.emit(outcome)

    def _on_task_done(self) -> None:
        self.task = None

    # -- undoing -------------------------------------------------------------------------

    def undo_import(self) -> None:
        """Take the import just made back, on the write worker, in one transaction."""
        batch = self._undo_batch
        if batch is None or self.undo_task is not None:
            return
        self.undo_button.setEnabled(False)
        self.error.hide()
        sessions, paths = self._library.sessions, self._library.paths
        task = worker.Task()
        task.signals.finished.connect(self._on_undo_finished)
        task.signals.failed.connect(self._on_undo_failed)
        task.signals.cancelled.connect(self._on_undo_cancelled)
        task.signals.done.connect(self._on_undo_task_done)
        self.undo_task = task
        worker.run_with_progress(
            self,
            self.tr("Undoing import {batch}").format(batch=batch),
            lambda: _backed_up(paths, PRE_UNDO, run.undo(sessions, batch)),
            writes=True,
            task=task,
        )

    def _on_undo_finished(self, changes: Changes) -> None:
        text = self.tr("Undone: import {batch} was taken back; the library is as it was before it.")
        self.summary.setText(text.format(batch=self._undo_batch))
        self._undo_batch = None
        self.undo_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.undone.emit(changes)

    def _on_undo_failed(self, message: str) -> None:
        sentence = i18n.full_sentence(_CLI_ADVICE.sub("", message))
        self.error.setText(sentence)
        theme.mark_error(self.error)  # its red follows a theme switch (a style sheet's would not)
        self.error.show()
        self.undo_button.setEnabled(True)
        self.undo_refused.emit(sentence)

    def _on_undo_cancelled(self) -> None:
        self.undo_button.setEnabled(True)

    def _on_undo_task_done(self) -> None:
        self.undo_task = None

    def _on_task_failed(self, message: str) -> None:
        self._show_error(message)
        self._ended_without_outcome()

    def _on_task_cancelled(self) -> None:
        self.summary.setText(self.tr("Cancelled: nothing was imported, the library is as it was."))
        self.import_button.setEnabled(self._path is not None)
        self._ended_without_outcome()

    def _ended_without_outcome(self) -> None:
        if self._dry_run:
            self.previewed.emit(None)
        else:
            self.finished_import.emit(None)

    def done(self, result: int) -> None:
        """Closing stops a preview or import still running (its transaction is rolled back).
        An undo is short and is left to finish."""
        if self.task is not None:
            self.task.cancel()
        super().done(result)

    # -- showing -------------------------------------------------------------------------

    def _clear_results(self) -> None:
        self.outcome = None
        self._undo_batch = None
        self.undo_button.hide()
        self.rows.clear()
        self.rows_or_sentence.set_empty(False)
        self.tabs.setTabText(0, self.tr("To import"))
        self.problems.clear()
        self.copy_report_button.setEnabled(False)
        self.error.hide()

    def _show_error(self, message: str) -> None:
        self.summary.setText(self.tr("Nothing was imported."))
        self.error.setText(message[:1].upper() + message[1:])
        theme.mark_error(self.error)  # its red follows a theme switch (a style sheet's would not)
        self.error.show()

    def _show_outcome(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        report = outcome.report
        text = summary(outcome)
        if outcome.dry_run:
            preview = self.tr("Preview: {summary} Nothing is changed until you press Import.")
            self.summary.setText(preview.format(summary=text))
        else:
            imported = self.tr("Imported: {summary} (import {batch})")
            self.summary.setText(imported.format(summary=text, batch=report.batch))
        for row in outcome.rows:
            shown = QTreeWidgetItem([row_word(row.action), row_word(row.what), row.title])
            shown.setToolTip(2, row.title)
            self.rows.addTopLevelItem(shown)
        if outcome.more_rows:
            more_text = self.tr("… and {count} more").format(count=f"{outcome.more_rows:,}")
            more = QTreeWidgetItem(["", "", more_text])
            more.setDisabled(True)
            self.rows.addTopLevelItem(more)
        if not outcome.rows:
            self.rows_or_sentence.sentence.setText(nothing_new(outcome))
            self.rows_or_sentence.set_empty(True)
        self.problems.show_problems(problems(report))
        self.copy_report_button.setEnabled(True)
        count = len(report.skipped) + len(report.warnings)
        done = (
            self.tr("To import ({counts})") if outcome.dry_run else self.tr("Imported ({counts})")
        )
        self.tabs.setTabText(0, done.format(counts=tally_kinds(outcome.tally)))
        skipped = self.tr("Skipped and warnings ({count})").format(count=f"{count:,}")
        self.tabs.setTabText(1, skipped)
        if outcome.dry_run and not outcome.rows and count:
            self.tabs.setCurrentWidget(self.problems)

    def full_report(self) -> str:
        """The report shown: the file, the summary, then each skip and warning on a line."""
        if self.outcome is None:
            return ""
        found = [self.problems.problem(i) for i in range(self.problems.topLevelItemCount())]
        return report_text([str(self._path), self.summary.text()], found)

    def copy_report(self) -> None:
        text = self.full_report()
        if text:
            QGuiApplication.clipboard().setText(text)


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _backed_up(paths: AppPaths, reason: str, job: worker.Job, skip: bool = False) -> worker.Job:
    policy = config.backup_policy(config.load(paths.settings))
    return backups.backed_up(paths.database, paths.backups, reason, job, policy=policy, skip=skip)
