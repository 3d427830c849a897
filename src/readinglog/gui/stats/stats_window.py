"""View ▸ Statistics: a window of its own beside the main window (it is read while the list is
used, and Esc closes it).

A year picker (the years with activity, and All time), the headline numbers, the charts of
``stats.charts.all_charts``, the activity calendar, the top lists and the year's goals. A click
or Enter on a bar or a day lists those entries under the charts; Enter or a double-click on
one selects it in the main window. The figures are read on the view's own thread
(``worker.LatestOnly``), with "Counting…" shown meanwhile, and again after every write while the
window is open (the window's ``changed``), or when it is next shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from readinglog.core.types import Changes
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.host import WindowHost
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.runtime.worker import LatestOnly
from readinglog.gui.stats import loader
from readinglog.gui.stats.bar_chart import BarChartView
from readinglog.gui.stats.calendar_view import CalendarView
from readinglog.gui.stats.goals_panel import GoalsPanel, SetGoalsDialog
from readinglog.gui.stats.headline import Headline, TopLists
from readinglog.stats.charts import Lang, all_charts
from readinglog.stats.figures import Period, PeriodKind

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_HINT = QT_TRANSLATE_NOOP("StatsWindow", "Click a bar or a day to list its entries")
REFRESH_DELAY_MS = 300
ALL_TIME = "all"


class StatsWindow(QDialog):
    """The statistics of one year (or all time) for the host window's library."""

    def __init__(
        self,
        host: WindowHost,
        parent: QWidget | None = None,
        *,
        lang: Lang | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stats_window")
        self.setWindowTitle(self.tr("Statistics"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint)
        self._host = host
        # the charts' labels (readinglog.stats.charts): the window's language unless given
        self.lang: Lang = lang or i18n.labels_language()
        self._today = today
        self.snapshot: loader.Snapshot | None = None
        self.period: Period | None = None  # None until the first answer: the default year
        # What the list under the charts shows: (period, chart, key) or (period, day).
        self._listing: tuple[Period | None, str, str] | tuple[Period | None, dt.date] | None = None
        self._stale = True
        # Writes come in bursts (an editor autosaves every second or two while typing): one
        # count after a burst, not one per write.
        self._after_writes = QTimer(self)
        self._after_writes.setSingleShot(True)
        self._after_writes.setInterval(REFRESH_DELAY_MS)
        self._after_writes.timeout.connect(self.refresh)
        self._jobs = LatestOnly("stats_pool", parent=self)
        self._jobs.answered.connect(self._on_jobs_answered)
        self._lists = LatestOnly("stats_list_pool", parent=self)
        self._lists.answered.connect(self._on_lists_answered)
        self._build()
        self.resize(1180, 860)
        host.changed.connect(self._on_host_changed)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.years = QComboBox(self)
        self.years.setObjectName("stats_year")
        self.years.setAccessibleName(self.tr("Year"))
        self.years.activated.connect(self._on_years_activated)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.years)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("stats_busy")
        self.busy.setRange(0, 0)  # a busy indicator
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Counting…"), self)
        self.error = QLabel(self)
        self.error.setObjectName("stats_error")
        self.error.setWordWrap(True)
        self.error.hide()
        theme.mark_error(self.error)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.years)
        top.addSpacing(12)
        top.addWidget(self.busy)
        top.addWidget(self.busy_label)
        top.addStretch(1)

        self.headline = Headline(self)
        self.goals = GoalsPanel(self)
        self.goals.edit_requested.connect(self.set_goals)
        self.tops = TopLists(self)
        self.charts: list[BarChartView] = []
        chart_grid = QGridLayout()
        chart_grid.setSpacing(12)
        for index, chart in enumerate(
            all_charts(loader.empty_figures(self._today().year), self.lang)
        ):
            view = BarChartView(chart, self)
            view.activated.connect(self._on_chart_activated)
            self.charts.append(view)
            chart_grid.addWidget(view, index // 3, index % 3)
        self.calendar = CalendarView(self)
        self.calendar.day_activated.connect(self._on_calendar_day_activated)
        self.calendar_heading = _heading(self.tr("Activity"), self)

        left = QVBoxLayout()  # the charts, the calendar under them; goals and tops beside
        left.addLayout(chart_grid)
        left.addSpacing(8)
        left.addWidget(self.calendar_heading)
        left.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.goals)
        side.addSpacing(12)
        side.addWidget(self.tops)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addSpacing(16)
        middle.addLayout(side, 1)

        page = QWidget(self)
        page.setObjectName("stats_page")
        body = QVBoxLayout(page)
        body.addWidget(self.headline)
        body.addWidget(self.error)
        body.addSpacing(8)
        body.addLayout(middle, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("stats_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)

        self.listed_heading = _heading(self.tr(LIST_HINT), self)
        self.listed = QListWidget(self)
        self.listed.setObjectName("stats_entries")
        self.listed.setAccessibleName(self.tr("Entries"))
        self.listed.itemActivated.connect(self._on_listed_item_activated)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.listed_heading)
        below_layout.addWidget(self.listed)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._set_busy(False)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures of the chosen period again, off the GUI thread."""
        self._after_writes.stop()
        self._stale = False
        self._set_busy(True)
        library, period, today = self._host.library, self.period, self._today()
        self._jobs.request(partial(loader.load, library, period, today))

    @property
    def pending(self) -> bool:
        """Whether a count or a list is on its way (or about to be asked for)."""
        return self._after_writes.isActive() or self._jobs.pending or self._lists.pending

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the reads in flight are done (tests, closing)."""
        return self._jobs.wait(msecs) and self._lists.wait(msecs)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _on_jobs_answered(self, result: object) -> None:
        self._set_busy(False)
        if not isinstance(result, loader.Snapshot):
            self.error.setText(
                self.tr(
                    "The statistics could not be counted: the log file says why "
                    "(Help ▸ Open log folder)."
                )
            )
            self.error.show()
            self.snapshot = None
            self.headline.clear()  # no numbers of another period under the sentence
            nothing = loader.empty_figures(self._today().year)
            for view, chart in zip(self.charts, all_charts(nothing, self.lang), strict=True):
                view.set_chart(chart)
            self.calendar.set_days(*_calendar_days(nothing.period, self._today()), {})
            return
        self.error.hide()
        self.snapshot = result
        self.period = result.period
        self._fill_years(result)
        figures = result.figures
        self.headline.show_figures(figures)
        for view, chart in zip(self.charts, all_charts(figures, self.lang), strict=True):
            view.set_chart(chart)
        self.tops.show_figures(figures)
        first, last = _calendar_days(result.period, self._today())
        self.calendar.set_days(first, last, figures.calendar)
        if first.year == last.year:
            heading = self.tr("Activity {year}").format(year=first.year)
        else:
            heading = self.tr("Activity {first} – {last}").format(first=first, last=last)
        self.calendar_heading.setText(heading)
        start = result.period.start
        year = start.year if start is not None and result.period.kind is PeriodKind.YEAR else None
        self.goals.show_goals(year, result.goals)
        self._list_again(result)

    def _fill_years(self, snapshot: loader.Snapshot) -> None:
        years = sorted({*snapshot.years, self._today().year}, reverse=True)
        self.years.blockSignals(True)
        self.years.clear()
        for year in years:
            self.years.addItem(str(year), year)
        self.years.addItem(self.tr("All time"), ALL_TIME)
        period = snapshot.period
        chosen = ALL_TIME if period.start is None else period.start.year
        self.years.setCurrentIndex(self.years.findData(chosen))
        self.years.blockSignals(False)

    def choose(self, year: int | None) -> None:
        """Show ``year`` (None: all time), as picking it in the year box does."""
        self.period = Period.all_time() if year is None else Period.year(year)
        self.refresh()

    # -- listing entries ---------------------------------------------------------------------

    def list_bar(self, chart: str, key: str) -> None:
        if self.snapshot is None:
            return
        figures, library = self.snapshot.figures, self._host.library
        self._listing = (self.snapshot.period, chart, key)
        self._ask_list(partial(loader.listed_for_bar, library, figures, chart, key))

    def list_day(self, day: dt.date) -> None:
        self._listing = (self.period, day)
        self._ask_list(partial(loader.listed_for_day, self._host.library, day))

    def _list_again(self, snapshot: loader.Snapshot) -> None:
        """After new figures: the same bar or day listed again from them (a write may have
        changed what it holds); another period's listing is cleared."""
        listing, self._listing = self._listing, None
        if listing is None:
            return
        if listing[0] != snapshot.period:
            self.listed.clear()
            self.listed_heading.setText(self.tr(LIST_HINT))
        elif len(listing) == 3:
            self.list_bar(listing[1], listing[2])
        else:
            self.list_day(listing[1])

    def _ask_list(self, call: Callable[[], loader.Listed]) -> None:
        self.listed_heading.setText(self.tr("Listing…"))
        self._lists.request(call)

    def _on_lists_answered(self, result: object) -> None:
        self.listed.clear()
        if not isinstance(result, loader.Listed):
            self.listed_heading.setText(
                self.tr("The entries could not be listed: the log file says why")
            )
            return
        count = len(result.lines)
        heading = i18n.numerus(
            count,
            self.tr("{heading}: {count} entry (Enter shows one in the window)"),
            self.tr("{heading}: {count} entries (Enter shows one in the window)"),
        )
        heading = heading.format(heading=result.heading, count=f"{count:,}")
        self.listed_heading.setText(heading)
        for line in result.lines:
            item = QListWidgetItem(f"{line.title}  —  {line.detail}")
            item.setData(ID_ROLE, line.item_id)
            item.setToolTip(line.title)
            self.listed.addItem(item)
        if result.lines:
            self.listed.setCurrentRow(0)

    def listed_ids(self) -> list[int]:
        return [int(self.listed.item(i).data(ID_ROLE)) for i in range(self.listed.count())]

    # -- goals -------------------------------------------------------------------------------

    def set_goals(self) -> None:
        period = self.period
        if period is None or period.kind is not PeriodKind.YEAR or period.start is None:
            return
        SetGoalsDialog(self._host, period.start.year, self).exec()  # saving refreshes us

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_host_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self._set_busy(True)
            self._after_writes.start()
        else:
            self._stale = True

    def _on_years_activated(self, index: int) -> None:
        data = self.years.itemData(index)
        self.choose(None if data == ALL_TIME else int(data))

    def _on_chart_activated(self, chart: str, key: str) -> None:
        self.list_bar(chart, key)

    def _on_calendar_day_activated(self, day: dt.date) -> None:
        self.list_day(day)

    def _on_listed_item_activated(self, item: QListWidgetItem) -> None:
        self._host.select_item(int(item.data(ID_ROLE)))
        main = self.parentWidget()
        if main is not None:
            main.activateWindow()


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(theme.heading_font(label.font()))
    return label


def _calendar_days(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """A year's days; for all time the last year up to today."""
    if period.kind is PeriodKind.YEAR and period.start is not None:
        return period.start, dt.date(period.start.year, 12, 31)
    return today - dt.timedelta(days=364), today
