"""What the list can show: a sidebar choice as a key, a title and a base filter.

Keys are plain strings (``all``, ``kind:book``, ``status:finished``, ``tag:历史``, ``notes:all``,
``subscribed``) so the last view can be stored in the window settings and restored on the next
launch. The titles below are English, marked for the catalogs; a View's title is translated
(``view_for``), so the sidebar, the window's title and the empty lists name it in the window's
language.

"In progress" is what is being read, watched, listened to or studied now: books, episodes,
courses, videos, articles. A podcast *show* marked in progress is a subscription (an OPML import
brings 45 of them at once), not something being worked through, so it is left out there and
listed under "Subscribed" instead; an episode being listened to stays in "In progress". A show
that is paused, abandoned or finished is listed under that status as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from readinglog.core.query import Condition, DateRange, Filter
from readinglog.core.types import ItemKind, Status, Target
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

# How a list's target is written in settings.toml (saved searches) and window.ini: its
# plural, as the first releases wrote it.
STORED_TARGETS = {Target.ITEM: "items", Target.NOTE: "notes"}


def stored_target(text: object) -> Target | None:
    """The target a settings value names (None for anything else)."""
    return next((t for t, stored in STORED_TARGETS.items() if stored == text), None)


KIND_TITLES = {
    ItemKind.BOOK: QT_TRANSLATE_NOOP("View", "Books"),
    ItemKind.PODCAST: QT_TRANSLATE_NOOP("View", "Podcast shows"),
    ItemKind.EPISODE: QT_TRANSLATE_NOOP("View", "Podcast episodes"),
    ItemKind.COURSE: QT_TRANSLATE_NOOP("View", "Courses"),
    ItemKind.SERIES: QT_TRANSLATE_NOOP("View", "Course series"),
    ItemKind.VIDEO: QT_TRANSLATE_NOOP("View", "Videos and talks"),
    ItemKind.ARTICLE: QT_TRANSLATE_NOOP("View", "Articles"),
}
STATUS_TITLES = {
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("View", "In progress"),
    Status.WANT: QT_TRANSLATE_NOOP("View", "Want"),
    Status.FINISHED: QT_TRANSLATE_NOOP("View", "Finished"),
    Status.PAUSED: QT_TRANSLATE_NOOP("View", "Paused"),
    Status.ABANDONED: QT_TRANSLATE_NOOP("View", "Abandoned"),
}
SUBSCRIBED_KEY = "subscribed"
SUBSCRIBED_TITLE = QT_TRANSLATE_NOOP("View", "Subscribed")
ALL_TITLE = QT_TRANSLATE_NOOP("View", "All entries")
NOTE_VIEWS = {
    "notes:all": QT_TRANSLATE_NOOP("View", "All notes"),
    "notes:standalone": QT_TRANSLATE_NOOP("View", "Standalone"),
    "notes:recent": QT_TRANSLATE_NOOP("View", "Recent"),
}
RECENT_DAYS = 30
DEFAULT_KEY = "all"


@dataclass(frozen=True)
class View:
    key: str
    title: str
    target: Target
    base: Filter = field(default_factory=Filter)

    def combined(self, typed: Filter) -> Filter:
        """The base filter and what the user typed, all of it holding."""
        return Filter(self.base.conditions + typed.conditions, self.base.words + typed.words)


def view_for(key: str, tag_target: Target = Target.ITEM) -> View | None:
    """The view a key names, or None for a key this version does not know."""
    field, _, value = key.partition(":")
    if key == "all":
        return View(key, tr(ALL_TITLE), Target.ITEM)
    if field == "kind" and value in ItemKind.__members__.values():
        kind = ItemKind(value)
        return View(key, tr(KIND_TITLES[kind]), Target.ITEM, _only("kind", kind))
    if field == "status" and value in Status.__members__.values():
        status = Status(value)
        return View(key, tr(STATUS_TITLES[status]), Target.ITEM, _status_base(status))
    if key == SUBSCRIBED_KEY:
        return View(key, tr(SUBSCRIBED_TITLE), Target.ITEM, _subscribed_base())
    if field == "tag" and value:
        return View(key, f"#{value}", tag_target, _only("tag", value))
    if key in NOTE_VIEWS:
        return View(key, tr(NOTE_VIEWS[key]), Target.NOTE, _note_base(value))
    return None


def tr(title: str) -> str:
    """A title of this module in the window's language."""
    return QCoreApplication.translate("View", title)


def _only(field: str, value: object) -> Filter:
    return Filter((Condition(field, ":", value),))


def _status_base(status: Status) -> Filter:
    if status is Status.IN_PROGRESS:  # podcast shows in progress are subscriptions
        not_a_show = Condition("kind", ":", ItemKind.PODCAST, negated=True)
        return Filter((Condition("status", ":", status), not_a_show))
    return _only("status", status)


def _subscribed_base() -> Filter:
    return Filter(
        (Condition("status", ":", Status.IN_PROGRESS), Condition("kind", ":", ItemKind.PODCAST))
    )


def _note_base(which: str) -> Filter:
    if which == "standalone":
        return _only("is", "standalone")
    if which == "recent":
        since = dt.date.today() - dt.timedelta(days=RECENT_DAYS)
        return _only("updated", DateRange(since, None))
    return Filter()
