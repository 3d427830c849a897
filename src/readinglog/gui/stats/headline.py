"""The headline numbers of a period (a big number over what it counts) and the top lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from readinglog.core.text import plural
from readinglog.core.types import ItemKind
from readinglog.gui.runtime import theme
from readinglog.gui.stats.loader import KIND_WORDS
from readinglog.stats.figures import Figures

TOP_SHOWN = 5
TOP_TITLES = {
    "authors": "Top authors",
    "tags": "Top tags",
    "shows": "Top shows",
    "platforms": "Top platforms",
    "days": "Days to finish",
}
# What each number counts (stats/figures.py's definitions), shown over it.
TIPS = {
    "finished": "Read-throughs finished in the period: an entry finished twice counts twice.",
    "titles": "The different entries among those finished: an entry finished twice counts once.",
    "pages": (
        "Pages read on the days they were logged; a finished book's pages past its last "
        "logged page count on the day it was finished."
    ),
    "hours": (
        "Time listened, watched and studied: minutes logged, an episode's or a video's length "
        "past its last logged minute when finished, a course's time spent when finished."
    ),
    "notes": "Notes written (created) in the period.",
    "words": "Words of those notes; a Chinese character counts as a word.",
    "active_days": "Days with anything logged: a start or a finish, progress, a note written.",
    "longest_streak": "The longest run of active days in a row inside the period.",
    "undated": (
        "Read-throughs that ended (or were recorded finished) without a date. They are counted "
        "nowhere: not in finished, titles, pages, hours or the calendar."
    ),
}


def count_text(n: float) -> str:
    return f"{n:,.1f}".rstrip("0").rstrip(".") if n % 1 else f"{int(n):,}"


def finished_by_kind(figures: Figures) -> str:
    """``12 books · 3 courses``: the finished read-throughs of each kind that has any."""
    parts = []
    for kind in ItemKind:
        n = figures.totals.finished.get(kind, 0)
        if n:
            one, many = KIND_WORDS[kind]
            parts.append(f"{n:,} {one if n == 1 else many}")
    return " · ".join(parts) or "nothing finished"


def _dim(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class Headline(QWidget):
    """A row of numbers: finished (by kind under it), titles, pages, hours, notes, words, active
    days, longest streak and undated read-throughs. ``values[key]`` is each number's label."""

    KEYS = (
        ("finished", "finished"),
        ("titles", "titles"),
        ("pages", "pages read"),
        ("hours", "hours"),
        ("notes", "notes written"),
        ("words", "words written"),
        ("active_days", "active days"),
        ("longest_streak", "longest streak (days)"),
        ("undated", "undated read-throughs"),
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
            under = _dim(QLabel(caption, self))
            grid.addWidget(value, 0, column)
            grid.addWidget(under, 1, column)
            self.values[key] = value
            self.captions[key] = under
        self.kinds = _dim(QLabel(self))
        self.kinds.setObjectName("headline_by_kind")
        grid.addWidget(self.kinds, 2, 0, 1, len(self.KEYS))
        grid.setColumnStretch(len(self.KEYS), 1)
        for key, tip in TIPS.items():
            self.values[key].setToolTip(tip)
            self.captions[key].setToolTip(tip)

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
            self.values[key].setText(count_text(number))
        streak = figures.longest_streak
        when = (
            f"{streak.start.isoformat()} – {streak.end.isoformat()}"
            if streak.start and streak.end
            else "No active days"
        )
        self.values["longest_streak"].setToolTip(f"{when}. {TIPS['longest_streak']}")
        extra = []
        if totals.rereads:
            extra.append(f"{totals.rereads:,} re-read")
        if totals.abandoned:
            extra.append(f"{totals.abandoned:,} abandoned")
        self.kinds.setText(
            "Finished: " + finished_by_kind(figures) + "".join(f" · {text}" for text in extra)
        )


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
            heading = QLabel(title, self)
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
        self._show(
            "days",
            f"{days.median:g} median · fastest {days.fastest} · slowest {days.slowest} "
            f"({plural(days.count, 'read-through', 'read-throughs')})"
            if days.count and days.median is not None
            else "",
        )

    def _show(self, key: str, text: str) -> None:
        self.labels[key].setText(text)
        self.labels[key].setVisible(bool(text))
        self.headings[key].setVisible(bool(text))
