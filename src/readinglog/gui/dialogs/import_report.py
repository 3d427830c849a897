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

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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
from readinglog.gui.runtime import i18n
from readinglog.importers.run import ImportOutcome, Tally

_PROBLEM = Qt.ItemDataRole.UserRole
ENGLISH_LINE = "line {line}: "  # how a reason or warning about one row starts


def _line_start() -> re.Pattern[str]:
    """The start of a sentence about one row, ``line 3: `` (the catalogs say it the same way
    in the window's language, ``第 3 行：``), in English or in the window's language."""
    starts = {ENGLISH_LINE, QCoreApplication.translate("ImportReport", "line {line}: ")}
    number = re.escape("{line}")
    shapes = "|".join(re.escape(start).replace(number, r"(\d+)", 1) for start in sorted(starts))
    return re.compile(f"(?:{shapes})")


def _about_line(start: re.Pattern[str], text: str) -> tuple[int, str]:
    """(the row a sentence starts by naming, the rest), or (0, the sentence); ``start`` is
    ``_line_start()``."""
    about = start.match(text)
    if about is None:
        return 0, text
    line = next(group for group in about.groups() if group is not None)
    return int(line), text[about.end() :]


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated, English's singular picked here) with ``{count}``
    filled, grouped as before: '1 entry', '1,234 entries'."""
    return i18n.numerus(n, one, many).format(count=f"{n:,}")


def _counted(counts: Iterable[tuple[int, str, str]]) -> list[str]:
    """Each ``(n, one, many)`` with ``n`` counted (``_count``), leaving out what there is none
    of."""
    return [_count(n, one, many) for n, one, many in counts if n]


def _listed(entries: int, notes: int, highlights: int = 0) -> list[str]:
    """importers.run's ``_listed`` in the window's language: ['326 highlights', '3 entries']."""
    return _counted(
        [
            (
                highlights,
                QCoreApplication.translate("ImportReport", "{count} highlight"),
                QCoreApplication.translate("ImportReport", "{count} highlights"),
            ),
            (
                entries,
                QCoreApplication.translate("ImportReport", "{count} entry"),
                QCoreApplication.translate("ImportReport", "{count} entries"),
            ),
            (
                notes,
                QCoreApplication.translate("ImportReport", "{count} note"),
                QCoreApplication.translate("ImportReport", "{count} notes"),
            ),
        ]
    )


def _joined(parts: list[str]) -> str:
    """A list of clauses: 'a, b' (the comma in the window's language)."""
    return QCoreApplication.translate("ImportReport", ", ").join(parts)


def _and(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) < 2:
        return "".join(parts)
    both = QCoreApplication.translate("ImportReport", "{first} and {last}")
    comma = QCoreApplication.translate("ImportReport", ", ", "between the items of a list")
    return both.format(first=comma.join(parts[:-1]), last=parts[-1])


def tally_kinds(tally: Tally) -> str:
    """``Tally.kinds`` in the window's language: '326 highlights, 978 entries, 757 notes'."""
    return _joined(_listed(tally.entries, tally.notes, tally.highlights)) or "0"


def tally_sentence(tally: Tally, dry_run: bool) -> str:
    """``Tally.sentence`` in the window's language, a whole template per verb."""
    done: list[str] = []
    added = _listed(tally.items_added, tally.notes_added, tally.highlights_added)
    if added:
        if dry_run:
            text = QCoreApplication.translate("ImportReport", "{what} would be added")
        else:
            text = QCoreApplication.translate("ImportReport", "{what} added")
        done.append(text.format(what=_and(added)))
    updated = _listed(tally.items_updated, tally.notes_updated, tally.highlights_updated)
    if updated:
        if dry_run:
            text = QCoreApplication.translate("ImportReport", "{what} would be updated")
        else:
            text = QCoreApplication.translate("ImportReport", "{what} updated")
        done.append(text.format(what=_and(updated)))
    if done:
        return _joined(done)
    if dry_run:
        return QCoreApplication.translate("ImportReport", "nothing would be added or updated")
    return QCoreApplication.translate("ImportReport", "nothing added or updated")


def summary(outcome: ImportOutcome) -> str:
    """One line: the highlights, entries and notes the import added and updated, or would
    (counted by kind: a Goodreads row with a review is an entry and a note), then what was
    already there and what was skipped. A highlights import also says the notes and
    bookmarks its file held: "326 highlights and 9 entries added, 1 note read, 1 bookmark
    skipped"."""
    report = outcome.report
    parts = [tally_sentence(outcome.tally, outcome.dry_run)]
    counted = highlight_counts(report.extra)
    n = len(report.skipped)
    if counted is None:
        if report.unchanged:
            there = QCoreApplication.translate("ImportReport", "{count} already there")
            parts.append(there.format(count=f"{report.unchanged:,}"))
        skipped = _count(
            n,
            QCoreApplication.translate("ImportReport", "{count} row skipped"),
            QCoreApplication.translate("ImportReport", "{count} rows skipped"),
        )
    else:
        parts += _highlight_extras(counted, outcome.tally.highlights_unchanged)
        skipped = _count(
            n,
            QCoreApplication.translate("ImportReport", "{count} record skipped"),
            QCoreApplication.translate("ImportReport", "{count} records skipped"),
        )
    if report.skipped:
        parts.append(skipped)
    text = _joined(parts)
    sentence = QCoreApplication.translate("ImportReport", "{sentence}.")
    return sentence.format(sentence=text[:1].upper() + text[1:])


def highlight_counts(extra: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """A highlights import's own counts (its report's ``extra``), or None for another import."""
    return extra if isinstance(extra.get("highlights"), Mapping) else None


def _highlight_extras(extra: Mapping[str, Any], unchanged: int) -> list[str]:
    """['1 note read', '1 bookmark skipped', '2 re-highlights merged', '3 highlights already
    there'], leaving out what there is none of."""
    highlights = extra["highlights"]
    notes, bookmarks = int(extra.get("notes", 0)), int(extra.get("bookmarks", 0))
    merged = int(highlights.get("merged", 0))
    return _counted(
        [
            (
                notes,
                QCoreApplication.translate("ImportReport", "{count} note read"),
                QCoreApplication.translate("ImportReport", "{count} notes read"),
            ),
            (
                bookmarks,
                QCoreApplication.translate("ImportReport", "{count} bookmark skipped"),
                QCoreApplication.translate("ImportReport", "{count} bookmarks skipped"),
            ),
            (
                merged,
                QCoreApplication.translate("ImportReport", "{count} re-highlight merged"),
                QCoreApplication.translate("ImportReport", "{count} re-highlights merged"),
            ),
            (
                unchanged,
                QCoreApplication.translate("ImportReport", "{count} highlight already there"),
                QCoreApplication.translate("ImportReport", "{count} highlights already there"),
            ),
        ]
    )


def changes_anything(outcome: ImportOutcome) -> bool:
    """Whether the import adds or changes anything (a highlights import may add highlights
    only, to entries already there)."""
    report = outcome.report
    return bool(report.created or report.updated or outcome.tally.changes_anything)


def nothing_new(outcome: ImportOutcome) -> str:
    """Why an import adds or changes nothing, and what the user may do about it."""
    report = outcome.report
    unchanged = report.unchanged
    if highlight_counts(report.extra) is not None:
        unchanged = outcome.tally.highlights_unchanged
    skipped = len(report.skipped)
    if outcome.dry_run:
        if unchanged and skipped:
            text = QCoreApplication.translate(
                "ImportReport",
                "Nothing would be added or changed: {unchanged} already in the library as they "
                "are in the file and {skipped} skipped (see Skipped and warnings).",
            )
        elif unchanged:
            text = QCoreApplication.translate(
                "ImportReport",
                "Nothing would be added or changed: {unchanged} already in the library as they "
                "are in the file.",
            )
        elif skipped:
            text = QCoreApplication.translate(
                "ImportReport",
                "Nothing would be added or changed: {skipped} skipped (see Skipped and warnings).",
            )
        else:
            text = QCoreApplication.translate(
                "ImportReport", "Nothing would be added or changed: the file holds no records."
            )
    elif unchanged and skipped:
        text = QCoreApplication.translate(
            "ImportReport",
            "Nothing was added or changed: {unchanged} already in the library as they are in "
            "the file and {skipped} skipped (see Skipped and warnings).",
        )
    elif unchanged:
        text = QCoreApplication.translate(
            "ImportReport",
            "Nothing was added or changed: {unchanged} already in the library as they are in "
            "the file.",
        )
    elif skipped:
        text = QCoreApplication.translate(
            "ImportReport",
            "Nothing was added or changed: {skipped} skipped (see Skipped and warnings).",
        )
    else:
        text = QCoreApplication.translate(
            "ImportReport", "Nothing was added or changed: the file holds no records."
        )
    return text.format(unchanged=f"{unchanged:,}", skipped=f"{skipped:,}")


@dataclass(frozen=True)
class Problem:
    """One row of the list: a skipped row or file, or a warning."""

    line: int  # 0: not a line of the file (a whole file skipped, a warning)
    text: str  # the reason in full ("warning: …" for a warning)

    @property
    def line_text(self) -> str:
        return str(self.line) if self.line > 0 else ""

    def as_line(self) -> str:
        """The problem on one line of text (a reason's own line breaks become spaces), after
        its line as the window's language says it (``line 3: ``, ``第 3 行：``)."""
        flat = " ".join(part.strip() for part in self.text.splitlines() if part.strip())
        if self.line <= 0:
            return flat
        return (
            QCoreApplication.translate("ImportReport", "line {line}: ").format(line=self.line)
            + flat
        )


def problems(report: ImportReport) -> list[Problem]:
    """The report's skips, then its warnings, each reason whole."""
    found: list[Problem] = []
    start = _line_start()  # once a report, not once a row
    for skipped in report.skipped:
        line = max(skipped.line, 0)
        reason = i18n.said(skipped.reason)  # importers.reasons: it keeps its Message
        if line:  # the Line column shows it: a reason that starts with the same line drops it
            said, rest = _about_line(start, reason)
            reason = rest if said == line else reason
        found.append(Problem(line, reason))
    warned = QCoreApplication.translate("ImportReport", "warning: {warning}")
    for warning in report.warnings:
        # a row's warning: its line goes in the Line column
        line, text = _about_line(start, i18n.said(warning))
        found.append(Problem(line, warned.format(warning=text)))
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
        self.setHeaderLabels([self.tr("Line"), self.tr("Skipped or warning")])
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
        self.copy_action = QAction(self.tr("&Copy"), self)
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
