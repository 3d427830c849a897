"""Look a book up online from the entry dialog (issue 15): an ISBN or a title (and author),
the candidates the sources found to pick from, then what the pick would change, field by field.

Nothing touches the network until the user presses Look up. The lookup (and, once a book is
chosen, its cover) runs on a worker through ``online.http.Http``, which the task's Cancel stops
(``Http.cancel``), so the window never waits and Cancel (or Esc) stops a request under way,
even one whose server never answers; a failure is one sentence in the dialog. The dialog writes
nothing: the entry dialog puts the chosen values in its form, and the user's OK writes them
(with the cover) the way every entry edit is written.

Which changes are ticked: those that fill an empty field or add people (``FieldChange.fills``);
a value the user typed is shown unticked, so nothing typed is replaced without asking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readinglog.core.errors import UserError
from readinglog.core.lookup_fill import FieldChange, proposed_changes
from readinglog.core.types import ItemView, Progress, Role
from readinglog.gui.dialogs import lookup_jobs
from readinglog.gui.runtime import i18n, theme, worker
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import field_label
from readinglog.online import books
from readinglog.online.books import Candidate
from readinglog.paths import AppPaths

COLUMNS = (
    QT_TRANSLATE_NOOP("LookupDialog", "Source"),
    QT_TRANSLATE_NOOP("LookupDialog", "Title"),
    QT_TRANSLATE_NOOP("LookupDialog", "People"),
    QT_TRANSLATE_NOOP("LookupDialog", "Publisher"),
    QT_TRANSLATE_NOOP("LookupDialog", "Year"),
    QT_TRANSLATE_NOOP("LookupDialog", "Pages"),
    QT_TRANSLATE_NOOP("LookupDialog", "ISBN"),
    QT_TRANSLATE_NOOP("LookupDialog", "Cover"),
)
# core's Role values as a person's role is shown after a name ("name (translator)")
ROLE_NAMES = {
    Role.AUTHOR: QT_TRANSLATE_NOOP("LookupDialog", "author"),
    Role.TRANSLATOR: QT_TRANSLATE_NOOP("LookupDialog", "translator"),
    Role.EDITOR: QT_TRANSLATE_NOOP("LookupDialog", "editor"),
    Role.NARRATOR: QT_TRANSLATE_NOOP("LookupDialog", "narrator"),
    Role.HOST: QT_TRANSLATE_NOOP("LookupDialog", "host"),
    Role.GUEST: QT_TRANSLATE_NOOP("LookupDialog", "guest"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("LookupDialog", "instructor"),
    Role.SPEAKER: QT_TRANSLATE_NOOP("LookupDialog", "speaker"),
}
MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")
COVER = "cover"  # the review's row for the cover
WIDEST_COLUMN = 280  # pixels: a long title or list of people is cut short (its tooltip has it)


@dataclass(frozen=True)
class Chosen:
    """What the user chose: the book, the changes ticked, and its cover's bytes (when the
    cover was ticked and the source had one)."""

    candidate: Candidate
    changes: tuple[FieldChange, ...]
    cover: bytes | None = None


def people_text(c: Candidate) -> str:
    with_role = QCoreApplication.translate("LookupDialog", "{name} ({role})")
    return "; ".join(
        p.name
        if p.role is Role.AUTHOR
        else with_role.format(
            name=p.name, role=QCoreApplication.translate("LookupDialog", ROLE_NAMES[p.role])
        )
        for p in c.people
    )


def shown(value: object) -> str:
    if value in (None, "", ()):
        return QCoreApplication.translate("LookupDialog", "(empty)")
    text = "; ".join(str(v) for v in value) if isinstance(value, tuple) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79] + "…"


def _empty(value: object) -> bool:
    return value in (None, "", ())


class LookupDialog(QDialog):
    """After ``exec()`` returns Accepted, ``chosen`` holds the pick. ``form`` is the entry as
    its form stands (what the user typed counts as the entry's); ``has_cover``: whether it has
    a cover already (then a found cover is offered unticked)."""

    def __init__(
        self,
        paths: AppPaths,
        form: ItemView,
        query: str,
        *,
        has_cover: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookup_dialog")
        self.setWindowTitle(self.tr("Look up a book"))
        self._paths = paths
        self._form = form
        self._has_cover = has_cover
        self.chosen: Chosen | None = None
        self.task: worker.Task | None = None
        self._candidates: tuple[Candidate, ...] = ()
        self._reviewed: tuple[Candidate, tuple[FieldChange, ...]] | None = None
        self._without_cover = False  # the cover could not be had: Use again goes on without
        self._review_rows: list[QTreeWidgetItem] = []
        self._build(query)
        self.resize(900, 460)

    # -- building ------------------------------------------------------------------------

    def _build(self, query: str) -> None:
        self.query = QLineEdit(query)
        self.query.setPlaceholderText(self.tr("an ISBN, or a title and author (置身事内 兰小欢)"))
        self.query.setAccessibleName(self.tr("ISBN or title"))
        self.look_up = QPushButton(self.tr("&Look up"))
        self.look_up.setAutoDefault(False)
        self.look_up.clicked.connect(self.start_lookup)
        self.query.returnPressed.connect(self.start_lookup)
        row = QHBoxLayout()
        label = QLabel(self.tr("&ISBN or title:"))
        label.setBuddy(self.query)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(self.look_up)
        self.message = QLabel(self.tr("Nothing is sent anywhere until you press Look up."))
        self.message.setObjectName("lookup_message")
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.candidates = QTreeWidget()
        self.candidates.setObjectName("lookup_candidates")
        self.candidates.setAccessibleName(self.tr("Books found"))
        self.candidates.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.candidates.setRootIsDecorated(False)
        self.candidates.setAlternatingRowColors(True)
        # a double click uses the book; Enter is the default button's (an item view passes
        # Enter on to the dialog after its own activated: both would use it twice)
        self.candidates.itemDoubleClicked.connect(self._on_candidates_item_double_clicked)
        self.candidates.currentItemChanged.connect(self._update_buttons)
        self.review = QTreeWidget()
        self.review.setObjectName("lookup_review")
        self.review.setAccessibleName(self.tr("What would change"))
        self.review.setHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("Found")])
        self.review.setRootIsDecorated(False)
        self.review.setAlternatingRowColors(True)
        self.review_heading = QLabel()
        self.review_heading.setWordWrap(True)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review_heading)
        review_layout.addWidget(self.review, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.candidates)
        self.pages.addWidget(review_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back = self.buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back.clicked.connect(self._on_back_clicked)
        self.use = self.buttons.addButton(
            self.tr("&Use this book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use.setDefault(True)
        self.buttons.accepted.connect(self._on_use_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.query.setFocus()

    def _update_buttons(self, *_args: object) -> None:
        running = self.task is not None
        reviewing = self.pages.currentIndex() == 1
        self.look_up.setEnabled(not running)
        self.back.setVisible(reviewing)
        self.back.setEnabled(not running)
        picked = self.candidates.currentItem() is not None
        self.use.setEnabled(not running and (reviewing or picked))
        self.use.setText(self.tr("&Fill in the form") if reviewing else self.tr("&Use this book"))

    # -- looking up ----------------------------------------------------------------------

    def start_lookup(self) -> None:
        """Ask the sources (on a worker); the candidates fill the list."""
        query = " ".join(self.query.text().split())
        if self.task is not None:
            return
        if not query:
            self._say(self.tr("Type an ISBN or a title first."), error=True)
            return
        self.pages.setCurrentIndex(0)
        self.candidates.clear()
        self._candidates = ()
        self._without_cover = False
        try:
            providers = lookup_jobs.providers_for(self._paths, query)
        except UserError as error:  # a source in the settings that does not exist
            text = i18n.said(error)
            where = self.tr("{problem} (Preferences, Book details, sets the sources).")
            self._say(where.format(problem=text[:1].upper() + text[1:]), error=True)
            return
        task = worker.Task()
        http = lookup_jobs.new_http(task)
        self._run(
            task, lambda: lookup_jobs.lookup_job(query, providers, http), self._on_lookup_finished
        )

    def _run(
        self,
        task: worker.Task,
        make_job: Callable[[], worker.Job],
        then: Callable[[object], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        task.signals.progress.connect(self._on_task_progress)
        task.signals.finished.connect(then)
        task.signals.failed.connect(failed or self._on_task_failed)
        task.signals.cancelled.connect(self._on_task_cancelled)
        task.signals.done.connect(self._on_task_done)
        self.task = task
        self.busy.setRange(0, 0)  # busy until the job says how far it is
        self.busy.show()
        self._update_buttons()
        worker.start(make_job, writes=False, task=task)

    def _on_task_progress(self, step: Progress) -> None:
        if step.total:
            self.busy.setRange(0, step.total)
            self.busy.setValue(step.done)
        if step.message:
            self._say(step.message)

    def _on_lookup_finished(self, found: object) -> None:
        assert isinstance(found, books.Found)
        self._candidates = found.candidates
        rows = []
        for candidate in found.candidates:
            row = QTreeWidgetItem(self._columns(candidate))
            for column in (1, 2, 3):  # the long ones: whole in a tooltip when cut short
                row.setToolTip(column, row.text(column))
            rows.append(row)
        self.candidates.addTopLevelItems(rows)
        for column in range(len(COLUMNS)):
            self.candidates.resizeColumnToContents(column)
            width = self.candidates.columnWidth(column)
            self.candidates.setColumnWidth(column, min(width + 12, WIDEST_COLUMN))
        count = len(found.candidates)
        if count > 1:
            text = self.tr("{count} found: pick one (Enter).").format(count=count)
        else:
            text = self.tr("1 found (Enter uses it).")
        if found.failures:
            problems = "; ".join(i18n.said(failure) for failure in found.failures)
            text = self.tr("{found} {problems}.").format(found=text, problems=problems)
        self._say(text)
        self.candidates.setCurrentItem(rows[0])
        self.candidates.setFocus()

    @staticmethod
    def _columns(c: Candidate) -> list[str]:
        return [
            books.LABELS[c.source],
            c.title + (f": {c.subtitle}" if c.subtitle else ""),
            people_text(c),
            c.publisher or "",
            str(c.year or ""),
            str(c.pages or ""),
            c.isbn13 or c.isbn10 or "",
            QCoreApplication.translate("LookupDialog", "yes")
            if c.cover_url
            else QCoreApplication.translate("LookupDialog", "no"),
        ]

    def _on_task_failed(self, message: str) -> None:
        if self.task is not None and self.task.is_cancelled:
            self._on_task_cancelled()
            return
        self._say(i18n.full_sentence(message), error=True)

    def _on_task_cancelled(self) -> None:
        self._say(self.tr("Cancelled: nothing more was asked."))

    def _on_task_done(self) -> None:
        self.task = None
        self.busy.hide()
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        theme.mark_error(self.message, error)

    # -- picking and reviewing -----------------------------------------------------------

    def picked(self) -> Candidate | None:
        item = self.candidates.currentItem()
        if item is None:
            return None
        return self._candidates[self.candidates.indexOfTopLevelItem(item)]

    def _on_candidates_item_double_clicked(self, *_args: object) -> None:
        self._on_use_clicked()

    def _on_use_clicked(self) -> None:
        if self.task is not None:
            return
        if self.pages.currentIndex() == 1:
            self._take_review()
            return
        candidate = self.picked()
        if candidate is None:
            return
        changes = proposed_changes(self._form, candidate)
        if any(not self._ticked_at_first(c) for c in changes):
            self._show_review(candidate, changes)  # something typed would change: ask
        else:
            cover = bool(candidate.cover_url) and not self._has_cover
            self._finish(candidate, tuple(changes), cover)

    @staticmethod
    def _ticked_at_first(change: FieldChange) -> bool:
        return change.fills or _empty(change.current)

    def _show_review(self, candidate: Candidate, changes: Sequence[FieldChange]) -> None:
        self._reviewed = (candidate, tuple(changes))
        self.review.clear()
        self._review_rows = []
        for change in changes:
            item = QTreeWidgetItem([field_label(change.name), shown(change.current),
                                    shown(change.proposed)])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, change.name)
            ticked = self._ticked_at_first(change)
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._review_rows.append(item)
        if candidate.cover_url:
            now = self.tr("has one") if self._has_cover else shown(None)
            source = self.tr("from {source}").format(source=books.LABELS[candidate.source])
            item = QTreeWidgetItem([self.tr("Cover"), now, source])
            item.setData(0, Qt.ItemDataRole.UserRole, COVER)
            ticked = not self._has_cover
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._review_rows.append(item)
        self.review.addTopLevelItems(self._review_rows)
        for column in range(3):
            self.review.resizeColumnToContents(column)
        heading = self.tr(
            "From {source}: {title}. Ticked fields go into the form (empty ones are ticked; "
            "what you typed is kept unless you tick it). Space ticks, Enter fills the form."
        )
        source = books.LABELS[candidate.source]
        self.review_heading.setText(heading.format(source=source, title=candidate.title))
        self.pages.setCurrentIndex(1)
        if self._review_rows:
            self.review.setCurrentItem(self._review_rows[0])
        self.review.setFocus()
        self._say("")
        self._update_buttons()

    def ticked(self) -> set[str]:
        """The names of the review's ticked rows."""
        return {
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._review_rows
            if item.checkState(0) == Qt.CheckState.Checked
        }

    def _take_review(self) -> None:
        assert self._reviewed is not None
        candidate, changes = self._reviewed
        names = self.ticked()
        chosen = tuple(c for c in changes if c.name in names)
        self._finish(candidate, chosen, COVER in names)

    def _on_back_clicked(self) -> None:
        self.pages.setCurrentIndex(0)
        self.candidates.setFocus()
        self._update_buttons()

    def _finish(self, candidate: Candidate, changes: tuple[FieldChange, ...], cover: bool) -> None:
        if not cover or not candidate.cover_url or self._without_cover:
            self._accept_with(Chosen(candidate, changes))
            return
        url = candidate.cover_url
        task = worker.Task()
        http = lookup_jobs.new_http(task)

        def take(data: object) -> None:
            if not self.isVisible():
                return  # closed meanwhile: nothing is taken
            cover = data if isinstance(data, bytes) else None
            self._accept_with(Chosen(candidate, changes, cover))

        def failed(message: str) -> None:
            if task.is_cancelled:
                self._on_task_cancelled()
                return
            self._without_cover = True
            again = MNEMONIC.sub("", self.use.text())  # "&Fill in the form", "填入表单(&F)"
            text = self.tr("The cover could not be had: {problem}. {button} goes on without it.")
            self._say(text.format(problem=message.rstrip("."), button=again), error=True)

        self._run(task, lambda: lookup_jobs.cover_job(url, http), take, failed)

    def _accept_with(self, chosen: Chosen) -> None:
        self.chosen = chosen
        self.accept()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel (or Esc) stops a request under way; pressed again, it closes the dialog."""
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("Cancelling…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        super().done(result)
