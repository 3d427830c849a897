"""Log what happened to an entry: started, progress, finished, abandoned or paused, on a day.

"Started today" and "Finished today" log at once and close the dialog; otherwise pick the
event, the date (today by default), an amount in the entry's unit (pages, minutes, percent,
episodes) and the time spent. Errors appear in red under the field they are about.

Finishing asks for a rating, which may be skipped: the rating row shows when the event is
"Finished" (and "Finished today" keeps what was set there), filled with the entry's rating;
the event and the rating are one transaction. The window's "Mark finished today" asks the same
with ``RatingPrompt`` / ``ask_rating`` and writes with ``log_finished``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from readinglog.core import activity, repository, services, values
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.progress_text import AMOUNT, TIME
from readinglog.core.types import Changes, EventKind, ProgressUnit
from readinglog.gui.lists.list_rating import set_ratings
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import FieldBox, error_label, ok_cancel, show_errors
from readinglog.gui.widgets.rating_widget import RatingWidget

SKIP = QT_TRANSLATE_NOOP("RatingPrompt", "Skip")

EVENTS = (
    EventKind.PROGRESS,
    EventKind.STARTED,
    EventKind.FINISHED,
    EventKind.PAUSED,
    EventKind.ABANDONED,
)
EVENT_NAMES = {
    EventKind.PROGRESS: QT_TRANSLATE_NOOP("LogDialog", "Progress"),
    EventKind.STARTED: QT_TRANSLATE_NOOP("LogDialog", "Started"),
    EventKind.FINISHED: QT_TRANSLATE_NOOP("LogDialog", "Finished"),
    EventKind.PAUSED: QT_TRANSLATE_NOOP("LogDialog", "Paused"),
    EventKind.ABANDONED: QT_TRANSLATE_NOOP("LogDialog", "Abandoned"),
}
UNIT_NAMES = {
    ProgressUnit.PAGES: QT_TRANSLATE_NOOP("LogDialog", "pages"),
    ProgressUnit.PERCENT: QT_TRANSLATE_NOOP("LogDialog", "percent"),
    ProgressUnit.MINUTES: QT_TRANSLATE_NOOP("LogDialog", "minutes"),
    ProgressUnit.EPISODES: QT_TRANSLATE_NOOP("LogDialog", "episodes"),
}


class LogDialog(QDialog):
    """After ``exec()`` returns Accepted, ``changes`` says what the logged event changed."""

    def __init__(self, library: Library, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.item_id = item_id
        self.changes = Changes()
        with library.sessions() as s:
            view = repository.item_view(s, item_id)
            self._rating_before = services.load_item(s, item_id).rating
        self._unit = activity.DEFAULT_UNIT[view.kind]
        self.setWindowTitle(self.tr("Log: {title}").format(title=view.title))
        self._build(view.title)
        self.rating.set_value(self._rating_before)
        self._on_what_changed()
        self.what.currentIndexChanged.connect(self._on_what_changed)
        self.setMinimumWidth(440)

    def _build(self, title: str) -> None:
        heading = QLabel(title)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.started_today = QPushButton(self.tr("&Started today"))
        self.started_today.setObjectName("startedToday")
        self.started_today.setAutoDefault(False)
        self.started_today.clicked.connect(lambda: self._log_today(EventKind.STARTED))
        self.finished_today = QPushButton(self.tr("F&inished today"))
        self.finished_today.setObjectName("finishedToday")
        self.finished_today.setAutoDefault(False)
        self.finished_today.clicked.connect(lambda: self._log_today(EventKind.FINISHED))

        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("What happened"))
        for kind in EVENTS:
            self.what.addItem(self.tr(EVENT_NAMES[kind]), kind.value)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.date.setAccessibleName(self.tr("Date"))
        self.date_box = FieldBox(self.date)
        self.amount = QLineEdit()
        unit = self.tr(UNIT_NAMES[self._unit])
        self.amount.setPlaceholderText(self.tr("how far, in {unit} (optional)").format(unit=unit))
        self.amount.setAccessibleName(self.tr("Amount in {unit}").format(unit=unit))
        self.amount_box = FieldBox(self.amount)
        self.spent = QLineEdit()
        self.spent.setPlaceholderText(self.tr("time spent: 45m, 1h30m or minutes (optional)"))
        self.spent.setAccessibleName(self.tr("Time spent"))
        self.spent_box = FieldBox(self.spent)
        self.rating = RatingWidget()
        self.rating.setObjectName("finishRating")
        self.rating.setAccessibleName(self.tr("Rating (optional)"))
        self.general_error = error_label()

        quick = QDialogButtonBox()
        quick.addButton(self.started_today, QDialogButtonBox.ButtonRole.ActionRole)
        quick.addButton(self.finished_today, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&Date:"), self.date_box)
        form.addRow(self.tr("&Amount ({unit}):").format(unit=unit), self.amount_box)
        form.addRow(self.tr("&Time spent:"), self.spent_box)
        form.addRow(self.tr("&Rating (optional):"), self.rating)
        self._form = form
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(quick)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.what.setFocus()
        for first, second in (
            (self.what, self.date),
            (self.date, self.amount),
            (self.amount, self.spent),
            (self.spent, self.rating),
            (self.rating, self.buttons),
            (self.buttons, self.started_today),
            (self.started_today, self.finished_today),
        ):
            QWidget.setTabOrder(first, second)

    def _on_what_changed(self, *_args: object) -> None:
        """The rating row is there when the entry is being finished."""
        finishing = self.what.currentData() == EventKind.FINISHED.value
        self._form.setRowVisible(self.rating, finishing)

    def _log_today(self, kind: EventKind) -> None:
        self.what.setCurrentIndex(self.what.findData(kind.value))
        self.date.setDate(QDate.currentDate())
        self.accept()

    def accept(self) -> None:
        for box in (self.date_box, self.amount_box, self.spent_box):
            box.clear_error()
        self.general_error.hide()
        errors: dict[FieldBox | None, str] = {}
        amount = self._parse(self.amount_box, errors, lambda t: values.parse_number(t, AMOUNT))
        spent_s = self._parse(self.spent_box, errors, lambda t: values.parse_duration_s(t, TIME))
        if errors:
            self._show_errors(errors)
            return
        on = self.date.date().toPython()
        assert isinstance(on, dt.date)
        kind = EventKind(self.what.currentData())
        rating = self.rating.value()
        rate = kind is EventKind.FINISHED and rating != self._rating_before
        try:
            with self._library.sessions.begin() as s:
                self.changes = activity.log_event(
                    s,
                    self.item_id,
                    kind,
                    on,
                    value=amount,
                    unit=self._unit if amount is not None else None,
                    spent_min=round(spent_s / 60) if spent_s else None,
                )
                if rate:
                    self.changes |= services.edit_item(
                        s, self.item_id, field_values={"rating": rating}
                    )
        except UserError as error:
            self._show_errors({self._box_for(error.message): i18n.said(error)})
            return
        super().accept()

    @staticmethod
    def _parse(
        box: FieldBox, errors: dict[FieldBox | None, str], parse: Callable[[str], float]
    ) -> float | None:
        editor = box.editor
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if not text:
            return None
        try:
            return float(parse(text))
        except UserError as error:
            errors[box] = i18n.said(error)
            return None

    def _box_for(self, message: str) -> FieldBox | None:
        head = message.split(":", 1)[0].strip()
        return {"date": self.date_box, "progress": self.amount_box}.get(head)

    def _show_errors(self, errors: dict[FieldBox | None, str]) -> None:
        show_errors(errors, self.general_error)


# -- the rating asked for by "Mark finished today" ---------------------------------------


class RatingPrompt(QDialog):
    """ "Rate it?" for entries being marked finished: stars (their rating, when they share
    one), OK (Enter) keeps what is shown, Skip (Esc) leaves the ratings as they are."""

    def __init__(self, library: Library, item_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ratingPrompt")
        with library.sessions() as s:
            items = [services.load_item(s, i) for i in item_ids]
            titles = [item.title for item in items]
            ratings = {item.rating for item in items}
        n = len(titles)
        if n == 1:
            self.setWindowTitle(self.tr("Finished"))
            question = QLabel(self.tr("Rate “{title}”? (optional)").format(title=titles[0]))
        else:
            self.setWindowTitle(self.tr("Finished: %Ln entries", "", n))
            question = QLabel(self.tr("Rate these %Ln entries? (optional)", "", n))
        question.setWordWrap(True)
        self.rating = RatingWidget()
        self.rating.setAccessibleName(self.tr("Rating (optional)"))
        self.rating.set_value(ratings.pop() if len(ratings) == 1 else None)
        hint = QLabel(self.tr("Keys 1–5 or ←/→ · Enter saves · Esc skips"))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        skip = self.buttons.addButton(self.tr(SKIP), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("skipRating")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.rating)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.rating.setFocus()


SKIPPED = object()  # ask_rating's answer when the user skipped: ratings stay as they are


def ask_rating(library: Library, item_ids: list[int], parent: QWidget | None = None) -> object:
    """The rating to give ``item_ids`` as they are marked finished: a number, None (cleared)
    or ``SKIPPED``. Marking finished goes ahead either way."""
    prompt = RatingPrompt(library, item_ids, parent)
    if prompt.exec() != QDialog.DialogCode.Accepted:
        return SKIPPED
    return prompt.rating.value()


def log_finished(s: Session, item_ids: list[int], on: dt.date, rating: object = SKIPPED) -> Changes:
    """Log each entry finished on ``on`` and, unless ``rating`` is SKIPPED, give it that
    rating: one unit of work (the caller's transaction)."""
    changes = Changes()
    for item_id in item_ids:
        changes |= activity.log_event(s, item_id, EventKind.FINISHED, on)
    if rating is not SKIPPED:
        assert rating is None or isinstance(rating, float)
        changes |= set_ratings(s, dict.fromkeys(item_ids, rating))[0]
    return changes
