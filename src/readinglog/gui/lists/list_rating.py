"""Rating the selected entries from the list, by key, as one change that can be undone.

Keys (in the entries list, no Ctrl/Alt): 1–5 give that many stars, 0 clears the rating,
+ (or =) adds half a star and − takes half a star off each selected entry's own rating
(4 becomes 4½; an unrated entry goes to ½ with +). All the selected entries are rated in
one transaction; ``undo`` puts back the ratings they had before the last rating by key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from sqlalchemy.orm import Session

from readinglog.core import services
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.types import Changes
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.rating_widget import STARS, rating_text

HALF = 0.5
WHOLE_KEYS = "012345"
UP_KEYS = "+="
DOWN_KEYS = "-"
HELP = QT_TRANSLATE_NOOP(
    "ListRating", "Rate the selected entries (in the list): 1–5 stars, 0 clears, + / − half a star"
)


def rating_after_key(key: str, current: float | None) -> float | None:
    """The rating a key gives an entry rated ``current`` ("4" -> 4.0, "0" -> None, "+" -> +½,
    "-" -> −½, kept within 0–5 and on quarter steps)."""
    if key in WHOLE_KEYS:
        return float(key) or None
    if current is None:
        return HALF if key in UP_KEYS else None
    step = HALF if key in UP_KEYS else -HALF
    return min(float(STARS), max(0.0, round((current + step) * 4) / 4))


def rating_key(event: QKeyEvent) -> str | None:
    """The rating key ``event`` is, or None (a Ctrl/Alt/Meta key is the window's shortcut;
    Shift is allowed: + is Shift+= on many layouts, the digits need Shift on some)."""
    extra = event.modifiers() & ~(
        Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = event.text()
    if extra != Qt.KeyboardModifier.NoModifier or len(text) != 1:
        return None
    return text if text in WHOLE_KEYS + UP_KEYS + DOWN_KEYS else None


def set_ratings(
    s: Session, wanted: Mapping[int, float | None]
) -> tuple[Changes, dict[int, float | None]]:
    """Give each entry its rating; returns what changed and the ratings they had."""
    before: dict[int, float | None] = {}
    changes = Changes()
    for item_id, rating in wanted.items():
        before[item_id] = services.load_item(s, item_id).rating
        if before[item_id] != rating:
            changes |= services.edit_item(s, item_id, field_values={"rating": rating})
    return changes, before


def _rate_by_key(
    s: Session, ids: Sequence[int], key: str
) -> tuple[Changes, dict[int, float | None]]:
    wanted = {i: rating_after_key(key, services.load_item(s, i).rating) for i in ids}
    return set_ratings(s, wanted)


def _rated_message(ratings: list[float | None]) -> str:
    n = len(ratings)
    shown = {rating_text(r) for r in ratings}
    if all(r is None for r in ratings):
        if n > 1:
            return QCoreApplication.translate(
                "ListRating", "Cleared the rating of %Ln entries", "", n
            )
        return QCoreApplication.translate("ListRating", "Cleared the rating of the entry")
    if len(shown) > 1:
        return QCoreApplication.translate("ListRating", "Rated %Ln entries", "", n)
    rating = shown.pop()
    if n > 1:
        text = QCoreApplication.translate("ListRating", "Rated %Ln entries {rating} of 5", "", n)
    else:
        text = QCoreApplication.translate("ListRating", "Rated the entry {rating} of 5")
    return text.format(rating=rating)


class ListRating(QObject):
    """``handle_key`` rates the entries ``selected()`` returns; ``changed`` says what a rating
    (or its undo) changed, ``message`` what to show in the status bar, ``failed`` why not."""

    changed = Signal(object)  # Changes
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._before: dict[int, float | None] = {}  # what the last rating by key replaced

    @property
    def can_undo(self) -> bool:
        return bool(self._before)

    def rate(self, ids: Sequence[int], key: str) -> Changes | None:
        """Rate ``ids`` as ``key`` says, in one transaction (None when it failed)."""
        if not ids:
            return None
        try:
            with self._library.sessions.begin() as s:
                changes, before = _rate_by_key(s, ids, key)
                after = {i: services.load_item(s, i).rating for i in ids}
        except UserError as error:
            self.failed.emit(i18n.said(error))
            return None
        self._before = before
        self.changed.emit(changes)
        self.message.emit(_rated_message(list(after.values())))
        return changes

    def undo(self) -> bool:
        """Put back the ratings the last rating by key replaced; False when there is none."""
        if not self._before:
            return False
        try:
            with self._library.sessions.begin() as s:
                changes, _ = set_ratings(s, self._before)
        except UserError as error:
            self.failed.emit(i18n.said(error))
            return False
        self._before = {}
        self.changed.emit(changes)
        self.message.emit(self.tr("Rating undone"))
        return True
