"""The headline numbers of a period (a big number over what it counts) and the top lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from readinglog.core.types import ItemKind
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP, numerus
from readinglog.gui.stats.bar_chart import value_text
from readinglog.stats.figures import Figures

TOP_SHOWN = 5
# English, translated where shown (contexts "TopLists" and "Headline")
TOP_TITLES = {
    "authors": QT_TRANSLATE_NOOP("TopLists", "Top authors"),
    "tags": QT_TRANSLATE_NOOP("TopLists", "Top tags"),
    "shows": QT_TRANSLATE_NOOP("TopLists", "Top shows"),
    "platforms": QT_TRANSLATE_NOOP("TopLists", "Top platforms"),
    "days": QT_TRANSLATE_NOOP("TopLists", "Days to finish"),
}
# What each number counts (stats/figures.py's definitions), shown over it.
TIPS = {
    "finished": QT_TRANSLATE_NOOP(
        "Headline", "Read-throughs finished in the period: an entry finished twice counts twice."
    ),
    "titles": QT_TRANSLATE_NOOP(
        "Headline",
        "The different entries among those finished: an entry finished twice counts once.",
    ),
    "pages": QT_TRANSLATE_NOOP(
        "Headline",
        "Pages read on the days they were logged; a finished book's pages past its last "
        "logged page count on the day it was finished.",
    ),
    "hours": QT_TRANSLATE_NOOP(
        "Headline",
        "Time listened, watched and studied: minutes logged, an episode's or a video's length "
        "past its last logged minute when finished, a course's time spent when finished.",
    ),
    "notes": QT_TRANSLATE_NOOP("Headline", "Notes written (created) in the period."),
    "words": QT_TRANSLATE_NOOP(
        "Headline", "Words of those notes; a Chinese character counts as a word."
    ),
    "active_days": QT_TRANSLATE_NOOP(
        "Headline", "Days with anything logged: a start or a finish, progress, a note written."
    ),
    "longest_streak": QT_TRANSLATE_NOOP(
        "Headline", "The longest run of active days in a row inside the period."
    ),
    "undated": QT_TRANSLATE_NOOP(
        "Headline",
        "Read-throughs that ended (or were recorded finished) without a date. They are counted "
        "nowhere: not in finished, titles, pages, hours or the calendar.",
    ),
}
# A count of finished entries of one kind: (one, many), English's singular picked in code.
KIND_COUNTS = {
    ItemKind.BOOK: (
        QT_TRANSLATE_NOOP("Headline", "{count} book"),
        QT_TRANSLATE_NOOP("Headline", "{count} books"),
    ),
    ItemKind.PODCAST: (
        QT_TRANSLATE_NOOP("Headline", "{count} show"),
        QT_TRANSLATE_NOOP("Headline", "{count} shows"),
    ),
    ItemKind.EPISODE: (
        QT_TRANSLATE_NOOP("Headline", "{count} episode"),
        QT_TRANSLATE_NOOP("Headline", "{count} episodes"),
    ),
    ItemKind.COURSE: (
        QT_TRANSLATE_NOOP("Headline", "{count} course"),
        QT_TRANSLATE_NOOP("Headline", "{count} courses"),
    ),
    ItemKind.SERIES: (
        QT_TRANSLATE_NOOP("Headline", "{count} series"),
        QT_TRANSLATE_NOOP("Headline", "{count} series"),
    ),
    ItemKind.VIDEO: (
        QT_TRANSLATE_NOOP("Headline", "{count} video"),
        QT_TRANSLATE_NOOP("Headline", "{count} videos"),
    ),
    ItemKind.ARTICLE: (
        QT_TRANSLATE_NOOP("Headline", "{count} article"),
        QT_TRANSLATE_NOOP("Headline", "{count} articles"),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Headline", text)


def finished_by_kind(figures: Figures) -> str:
    """``12 books · 3 courses``: the finished read-throughs of each kind that has any."""
    parts = []
    for kind in ItemKind:
        n = figures.totals.finished.get(kind, 0)
        if n:
            one, many = KIND_COUNTS[kind]
            parts.append(numerus(n, _tr(one), _tr(many)).format(count=f"{n:,}"))
    return " · ".join(parts) or _tr("nothing finished")


def _dim(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class Headline(QWidget):
    """A row of numbers: finished (by kind under it), titles, pages, hours, notes, words, active
    days, longest streak and undated read-throughs. ``values[key]`` is each number's label."""

    KEYS = (
        ("finished", QT_TRANSLATE_NOOP("Headline", "finished")),
        ("titles", QT_TRANSLATE_NOOP("Headline", "titles")),
        ("pages", QT_TRANSLATE_NOOP("Headline", "pages read")),
        ("hours", QT_TRANSLATE_NOOP("Headline", "hours")),
        ("notes", QT_TRANSLATE_NOOP("Headline", "notes written")),
        ("words", QT_TRANSLATE_NOOP("Headline", "words written")),
        ("active_days", QT_TRANSLATE_NOOP("Headline", "active days")),
        ("longest_streak", QT_TRANSLATE_NOOP("Headline", "longest streak (days)")),
        ("undated", QT_TRANSLATE_NOOP("Headline", "undated read-throughs")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats_headline")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(self.KEYS):
            value = QLabel("–", self)
            value.setObjectName(f"headline_{key}")
            value.setFont(theme.heading_font(value.font(), 1.6))
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            under = _dim(QLabel(_tr(caption), self))
            grid.addWidget(value, 0, column)
            grid.addWidget(under, 1, column)
            self.values[key] = value
            self.captions[key] = under
        self.kinds = _dim(QLabel(self))
        self.kinds.setObjectName("headline_by_kind")
        grid.addWidget(self.kinds, 2, 0, 1, len(self.KEYS))
        grid.setColumnStretch(len(self.KEYS), 1)
        for key, tip in TIPS.items():
            self.values[key].setToolTip(_tr(tip))
            self.captions[key].setToolTip(_tr(tip))

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("–")
        self.kinds.clear()

    def show_figures(self, figures: Figures) -> None:
        totals = figures.totals
        numbers: dict[str, float] = {
            "finished": sum(totals.finished.values()),
            "titles": totals.titles,
            "pages": totals.pages,
            "hours": round(totals.minutes / 60, 1),
            "notes": totals.notes,
            "words": totals.words,
            "active_days": totals.active_days,
            "longest_streak": figures.longest_streak.days,
            "undated": figures.undated_sessions,
        }
        for key, number in numbers.items():
            self.values[key].setText(value_text(number))
        streak = figures.longest_streak
        if streak.start and streak.end:
            tip = self.tr("{start} – {end}. {about}").format(
                start=streak.start.isoformat(),
                end=streak.end.isoformat(),
                about=_tr(TIPS["longest_streak"]),
            )
        else:
            tip = self.tr("No active days. {about}").format(about=_tr(TIPS["longest_streak"]))
        self.values["longest_streak"].setToolTip(tip)
        extra = []
        if totals.rereads:
            extra.append(self.tr("{count} re-read").format(count=f"{totals.rereads:,}"))
        if totals.abandoned:
            extra.append(self.tr("{count} abandoned").format(count=f"{totals.abandoned:,}"))
        kinds = finished_by_kind(figures) + "".join(f" · {text}" for text in extra)
        self.kinds.setText(self.tr("Finished: {kinds}").format(kinds=kinds))


class TopLists(QWidget):
    """Top authors, tags, shows and platforms (the first few of each), and days to finish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stats_tops")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        self.headings: dict[str, QLabel] = {}
        for key, title in TOP_TITLES.items():
            heading = QLabel(QCoreApplication.translate("TopLists", title), self)
            heading.setFont(theme.heading_font(heading.font()))
            label = QLabel(self)
            label.setObjectName(f"top_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(heading)
            layout.addWidget(label)
            layout.addSpacing(6)
            self.headings[key] = heading
            self.labels[key] = label

    def show_figures(self, figures: Figures) -> None:
        lists = {
            "authors": figures.top_authors,
            "tags": figures.top_tags,
            "shows": figures.top_shows,
            "platforms": figures.top_platforms,
        }
        for key, ranked in lists.items():
            lines = [f"{r.name} · {r.count:,}" for r in ranked[:TOP_SHOWN]]
            self._show(key, "\n".join(lines))
        days = figures.days_to_finish
        text = ""
        if days.count and days.median is not None:
            count = days.count
            text = numerus(
                count,
                self.tr(
                    "{median} median · fastest {fastest} · slowest {slowest} ({count} read-through)"
                ),
                self.tr(
                    "{median} median · fastest {fastest} · slowest {slowest} "
                    "({count} read-throughs)"
                ),
            ).format(
                median=f"{days.median:g}",
                fastest=days.fastest,
                slowest=days.slowest,
                count=f"{count:,}",
            )
        self._show("days", text)

    def _show(self, key: str, text: str) -> None:
        self.labels[key].setText(text)
        self.labels[key].setVisible(bool(text))
        self.headings[key].setVisible(bool(text))
