"""The year's goals beside the charts (a progress bar and the pace of each), and the Set goals
dialog, which saves through the window's ``write`` and says so only once it is committed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from readinglog.core import goals
from readinglog.core.goals import MAX_TARGET, WHOLE_METRICS, GoalMetric
from readinglog.core.types import Changes, ItemKind
from readinglog.gui.runtime import i18n
from readinglog.gui.runtime.host import WindowHost
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.stats.bar_chart import value_text
from readinglog.stats.goals import GoalProgress

STEPS = 1000  # a progress bar's resolution


@dataclass(frozen=True)
class GoalRowSpec:
    """A line of the Set goals dialog: what it is called and which goal it sets."""

    label: str
    metric: GoalMetric
    kind: ItemKind | None = None


ROWS = (
    GoalRowSpec(
        QT_TRANSLATE_NOOP("SetGoalsDialog", "&Books finished"), GoalMetric.FINISHED, ItemKind.BOOK
    ),
    GoalRowSpec(
        QT_TRANSLATE_NOOP("SetGoalsDialog", "&Episodes finished"),
        GoalMetric.FINISHED,
        ItemKind.EPISODE,
    ),
    GoalRowSpec(
        QT_TRANSLATE_NOOP("SetGoalsDialog", "&Courses finished"),
        GoalMetric.FINISHED,
        ItemKind.COURSE,
    ),
    GoalRowSpec(
        QT_TRANSLATE_NOOP("SetGoalsDialog", "Entries of &any kind finished"), GoalMetric.FINISHED
    ),
    GoalRowSpec(QT_TRANSLATE_NOOP("SetGoalsDialog", "&Pages read"), GoalMetric.PAGES),
    GoalRowSpec(
        QT_TRANSLATE_NOOP("SetGoalsDialog", "&Hours listened, watched, studied"), GoalMetric.HOURS
    ),
    GoalRowSpec(QT_TRANSLATE_NOOP("SetGoalsDialog", "&Notes written"), GoalMetric.NOTES),
    GoalRowSpec(QT_TRANSLATE_NOOP("SetGoalsDialog", "&Words written"), GoalMetric.WORDS),
)
# What core calls each goal (goals.goal_name, capitalized), for the catalogs ("GoalName").
GOAL_NAMES = frozenset(
    {
        QT_TRANSLATE_NOOP("GoalName", "Entries"),
        QT_TRANSLATE_NOOP("GoalName", "Books"),
        QT_TRANSLATE_NOOP("GoalName", "Shows"),
        QT_TRANSLATE_NOOP("GoalName", "Episodes"),
        QT_TRANSLATE_NOOP("GoalName", "Courses"),
        QT_TRANSLATE_NOOP("GoalName", "Series"),
        QT_TRANSLATE_NOOP("GoalName", "Videos"),
        QT_TRANSLATE_NOOP("GoalName", "Articles"),
        QT_TRANSLATE_NOOP("GoalName", "Pages"),
        QT_TRANSLATE_NOOP("GoalName", "Hours"),
        QT_TRANSLATE_NOOP("GoalName", "Notes"),
        QT_TRANSLATE_NOOP("GoalName", "Words"),
    }
)


def goal_label(metric: GoalMetric, kind: ItemKind | None) -> str:
    """``Books``, ``Hours of episodes``: core's name of a goal, in the window's language."""
    if metric is GoalMetric.FINISHED or kind is None:
        return QCoreApplication.translate("GoalName", goals.goal_name(metric, kind).capitalize())
    kinds = goals.goal_name(GoalMetric.FINISHED, kind).capitalize()
    return (
        QCoreApplication.translate("GoalName", "{metric} of {kinds}")
        .format(
            metric=QCoreApplication.translate("GoalName", metric.value.capitalize()),
            kinds=QCoreApplication.translate("GoalName", kinds),
        )
        .capitalize()  # English: "Hours of episodes"
    )


class GoalsPanel(QWidget):
    """Each goal of the year: its name, done of target, a bar, and the pace."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goals_panel")
        self.heading = QLabel(self.tr("Goals"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit = QPushButton(self.tr("&Set goals…"), self)
        self.edit.setObjectName("set_goals")
        self.edit.setAutoDefault(False)
        self.edit.clicked.connect(self.edit_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.bars: list[QProgressBar] = []
        self.paces: list[QLabel] = []

    def show_goals(self, year: int | None, shown: Sequence[GoalProgress]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars, self.paces = [], []
        if year is None:
            self.heading.setText(self.tr("Goals"))
        else:
            self.heading.setText(self.tr("Goals for {year}").format(year=year))
        self.edit.setEnabled(year is not None)
        if year is None:
            self.empty.setText(self.tr("Goals are set for a year: pick one above."))
        elif not shown:
            self.empty.setText(self.tr("No goals for {year} yet.").format(year=year))
        self.empty.setVisible(year is None or not shown)
        for row, one in enumerate(shown):
            self._add(row, one)

    def _add(self, row: int, one: GoalProgress) -> None:
        goal = one.goal
        name = QLabel(goal_label(goal.metric, goal.kind), self)
        bar = QProgressBar(self)
        bar.setObjectName(f"goal_{goal.metric.value}_{goal.kind.value if goal.kind else 'any'}")
        bar.setRange(0, STEPS)
        bar.setValue(round(STEPS * one.fraction))
        done, target = value_text(one.done), value_text(goal.target)
        bar.setFormat(self.tr("{done} of {target}").format(done=done, target=target))
        bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pace = QLabel(one.text(i18n.labels_language()), self)
        pace.setObjectName(bar.objectName() + "_pace")
        pace.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        said = self.tr("{goal}: {amount}, {pace}").format(
            goal=name.text(), amount=bar.format(), pace=pace.text()
        )
        bar.setAccessibleName(said)
        self.grid.addWidget(name, 2 * row, 0)
        self.grid.addWidget(bar, 2 * row, 1)
        self.grid.addWidget(pace, 2 * row + 1, 1)
        self.bars.append(bar)
        self.paces.append(pace)


class SetGoalsDialog(QDialog):
    """A target for each kind of goal of ``year`` (0: no goal). OK saves them in one write."""

    def __init__(self, host: WindowHost, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("set_goals_dialog")
        self.setWindowTitle(self.tr("Goals for {year}").format(year=year))
        self._host = host
        self.year = year
        with host.library.sessions() as s:
            self._before = {(g.metric, g.kind): g.target for g in goals.goals_for(s, year)}
        specs = list(ROWS)
        known = {(spec.metric, spec.kind) for spec in specs}
        for metric, kind in self._before:
            if (metric, kind) not in known:  # set elsewhere (the CLI's --videos): kept, shown
                specs.append(GoalRowSpec(goal_label(metric, kind), metric, kind))
        self.boxes: dict[tuple[GoalMetric, ItemKind | None], QDoubleSpinBox] = {}
        form = QFormLayout()
        for spec in specs:
            box = self._box(spec)
            self.boxes[(spec.metric, spec.kind)] = box
            form.addRow(self.tr(spec.label), box)
        hint = QLabel(self.tr("0 means no goal."), self)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _box(self, spec: GoalRowSpec) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        key = spec.kind.value if spec.kind else "any"
        box.setObjectName(f"goal_{spec.metric.value}_{key}_box")
        box.setDecimals(0 if spec.metric in WHOLE_METRICS else 1)
        box.setRange(0, MAX_TARGET)
        box.setGroupSeparatorShown(True)
        box.setSpecialValueText(self.tr("No goal"))
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        box.setValue(self._before.get((spec.metric, spec.kind), 0))
        return box

    def wanted(self) -> dict[tuple[GoalMetric, ItemKind | None], float]:
        return {key: box.value() for key, box in self.boxes.items()}

    def save(self, s: Session) -> Changes:
        """Set what changed, remove what was cleared (one transaction: the caller's)."""
        for (metric, kind), target in self.wanted().items():
            before = self._before.get((metric, kind))
            if target and target != before:
                goals.set_goal(s, self.year, metric, target, kind=kind)
            elif not target and before is not None:
                goals.remove_goal(s, self.year, metric, kind=kind)
        return Changes()

    def accept(self) -> None:
        if self._host.write(self.save) is None:
            return  # refused (a read-only library): said, and the dialog stays
        self._host.status(self.tr("Goals for {year} saved").format(year=self.year))
        super().accept()
