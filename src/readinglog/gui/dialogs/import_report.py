"""The import report: its summary line, and its "Skipped and warnings" list, every reason
readable in full.

The summary counts what an import added and updated by kind (highlights, entries, notes), then
what was already there and what was skipped; a highlights import also says the notes and
bookmarks its file held (its report's ``extra``).

A reason can be long (a tag of 300 characters, a path deep in a vault, a CSV row's lines), so
rows wrap instead of being cut with "…", and each row's tooltip holds its text. A whole file
skipped (line 0: the reason names the file) leaves the Line column blank, and a reason or a
warning never repeats the line the column shows. Ctrl+C copies the selected rows, the dialog's
Copy report the whole report: one problem a line, ``line <n>: <reason>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from readinglog.core.batches import ImportReport
from readinglog.core.text import plural
from readinglog.importers.run import ImportOutcome

_PROBLEM = Qt.ItemDataRole.UserRole
_LINE = re.compile(r"line (\d+): ")  # how a reason or warning about one row starts


def summary(outcome: ImportOutcome) -> str:
    """One line: the highlights, entries and notes the import added and updated, or would
    (counted by kind: a Goodreads row with a review is an entry and a note), then what was
    already there and what was skipped. A highlights import also says the notes and
    bookmarks its file held: "326 highlights and 9 entries added, 1 note read, 1 bookmark
    skipped"."""
    report = outcome.report
    parts = [outcome.tally.sentence(outcome.dry_run)]
    counted = highlight_counts(report.extra)
    if counted is None:
        if report.unchanged:
            parts.append(f"{report.unchanged:,} already there")
        skipped = plural(len(report.skipped), "row", "rows")
    else:
        parts += _highlight_extras(counted, outcome.tally.highlights_unchanged)
        skipped = plural(len(report.skipped), "record", "records")
    if report.skipped:
        parts.append(f"{skipped} skipped")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:] + "."


def highlight_counts(extra: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """A highlights import's own counts (its report's ``extra``), or None for another import."""
    return extra if isinstance(extra.get("highlights"), Mapping) else None


def _highlight_extras(extra: Mapping[str, Any], unchanged: int) -> list[str]:
    """['1 note read', '1 bookmark skipped', '2 re-highlights merged', '3 highlights already
    there'], leaving out what there is none of."""
    highlights = extra["highlights"]
    notes, bookmarks = int(extra.get("notes", 0)), int(extra.get("bookmarks", 0))
    merged = int(highlights.get("merged", 0))
    parts = [f"{plural(notes, 'note', 'notes')} read"] if notes else []
    if bookmarks:
        parts.append(f"{plural(bookmarks, 'bookmark', 'bookmarks')} skipped")
    if merged:
        parts.append(f"{plural(merged, 're-highlight', 're-highlights')} merged")
    if unchanged:
        parts.append(f"{plural(unchanged, 'highlight', 'highlights')} already there")
    return parts


def changes_anything(outcome: ImportOutcome) -> bool:
    """Whether the import adds or changes anything (a highlights import may add highlights
    only, to entries already there)."""
    report = outcome.report
    return bool(report.created or report.updated or outcome.tally.changes_anything)


def nothing_new(outcome: ImportOutcome) -> str:
    """Why an import adds or changes nothing, and what the user may do about it."""
    report = outcome.report
    what = "would be added or changed" if outcome.dry_run else "was added or changed"
    reasons = []
    unchanged = report.unchanged
    if highlight_counts(report.extra) is not None:
        unchanged = outcome.tally.highlights_unchanged
    if unchanged:
        reasons.append(f"{unchanged:,} already in the library as they are in the file")
    if report.skipped:
        reasons.append(f"{len(report.skipped):,} skipped (see Skipped and warnings)")
    why = f": {' and '.join(reasons)}." if reasons else ": the file holds no records."
    return f"Nothing {what}{why}"


@dataclass(frozen=True)
class Problem:
    """One row of the list: a skipped row or file, or a warning."""

    line: int  # 0: not a line of the file (a whole file skipped, a warning)
    text: str  # the reason in full ("warning: …" for a warning)

    @property
    def line_text(self) -> str:
        return str(self.line) if self.line > 0 else ""

    def as_line(self) -> str:
        """The problem on one line of text (a reason's own line breaks become spaces)."""
        flat = " ".join(part.strip() for part in self.text.splitlines() if part.strip())
        return f"line {self.line}: {flat}" if self.line > 0 else flat


def problems(report: ImportReport) -> list[Problem]:
    """The report's skips, then its warnings, each reason whole."""
    found: list[Problem] = []
    for skipped in report.skipped:
        line = max(skipped.line, 0)
        reason = skipped.reason.removeprefix(f"line {line}: ") if line else skipped.reason
        found.append(Problem(line, reason))
    for warning in report.warnings:
        about = _LINE.match(warning)  # a row's warning: its line goes in the Line column
        line = int(about.group(1)) if about else 0
        found.append(Problem(line, f"warning: {warning[about.end() if about else 0 :]}"))
    return found


def report_text(heading: Iterable[str], found: Iterable[Problem]) -> str:
    """The report for the clipboard: the heading lines, then one line a problem."""
    return "\n".join([*heading, *(problem.as_line() for problem in found)]) + "\n"


def tooltip(text: str) -> str:
    """``text`` as a tooltip that wraps (Qt shows plain-text tooltips on one line)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class _WrappingDelegate(QStyledItemDelegate):
    """Measures a cell at its column's width, so a long text gets the lines it wraps to
    (QTreeView asks for a row's height without a width: one line, then "…")."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(self._view.columnWidth(index.column()), 1), 1 << 20)
        return super().sizeHint(sized, index)


class ProblemList(QTreeWidget):
    """The skipped rows and warnings, wrapped, never elided; Ctrl+C copies the selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_problems")
        self.setHeaderLabels(["Line", "Skipped or warning"])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)  # a wrapped reason takes the lines it needs
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_header_section_resized)
        self.copy_action = QAction("&Copy", self)
        self.copy_action.setObjectName("copy_problems")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.addAction(self.copy_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_problems(self, found: Iterable[Problem]) -> None:
        self.clear()
        top = Qt.AlignmentFlag.AlignTop
        for problem in found:
            row = QTreeWidgetItem([problem.line_text, problem.text])
            row.setData(0, _PROBLEM, problem)
            row.setTextAlignment(0, top | Qt.AlignmentFlag.AlignRight)
            row.setTextAlignment(1, top | Qt.AlignmentFlag.AlignLeft)
            row.setToolTip(1, tooltip(problem.text))
            self.addTopLevelItem(row)

    def problem(self, row: int) -> Problem:
        item = self.topLevelItem(row)
        found = item.data(0, _PROBLEM) if item is not None else None
        assert isinstance(found, Problem), row
        return found

    def selected_problems(self) -> list[Problem]:
        rows = sorted(self.indexOfTopLevelItem(item) for item in self.selectedItems())
        return [self.problem(row) for row in rows]

    def copy_selected(self) -> None:
        chosen = self.selected_problems()
        if chosen:
            QGuiApplication.clipboard().setText(report_text([], chosen))

    def _on_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        # Rows wrap to their column's width; QTreeView keeps the heights it measured before.
        self.scheduleDelayedItemsLayout()
