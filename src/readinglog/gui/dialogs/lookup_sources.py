"""Preferences' "Book details": the sources a book lookup asks, in order (Move up / Move down,
Alt+U / Alt+D; Space ticks a source on or off), saved as the ``lookup_providers`` setting.

Whether the order is automatic (豆瓣 first for a Chinese title or a 978-7 ISBN) is decided by
``books.user_set``, the test the lookup itself uses: the default list, every source ticked, is
automatic; anything else is the user's order. So the line under the list says which holds, and
"Use the automatic order" puts the default list back rather than keeping a flag of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readinglog.gui.runtime import theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.online import books

AUTOMATIC = QT_TRANSLATE_NOOP(
    "LookupSources",
    "Automatic: 豆瓣 goes first for Chinese titles and 978-7 ISBNs, then the others.",
)
YOURS = QT_TRANSLATE_NOOP(
    "LookupSources",
    "Your order, for every book (豆瓣 goes first for Chinese books only in the automatic one).",
)
NONE_TICKED = QT_TRANSLATE_NOOP(
    "LookupSources", "Tick at least one source: a lookup needs one to ask."
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "LookupSources", "The settings named {names}, which no source here is: OK leaves it out."
)


class LookupSources(QGroupBox):
    def __init__(self, settings_order: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Book details"))
        self.setObjectName("preferences_lookup")
        known = [name for name in dict.fromkeys(settings_order) if name in books.LABELS]
        self._loaded = known  # untouched, the setting is kept as it was
        # a name no source has (a typo, a newer version's source): the lookup refuses it, so
        # the list leaves it out, says so, and OK saves the list
        self._unknown = [name for name in settings_order if name not in books.LABELS]
        self.sources = QListWidget(self)
        self.sources.setObjectName("preferences_lookup_sources")
        self.sources.setAccessibleName(self.tr("Book sources, in the order they are asked"))
        for name in known + [n for n in books.DEFAULT_ORDER if n not in known]:
            item = QListWidgetItem(books.LABELS[name], self.sources)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            ticked = name in known
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        rows = self.sources.count()
        self.sources.setMaximumHeight(
            self.sources.sizeHintForRow(0) * rows + 2 * self.sources.frameWidth() + 4
        )
        self.sources.setCurrentRow(0)
        label = QLabel(
            self.tr("Book &sources, asked in this order (Space ticks one on or off):"), self
        )
        label.setBuddy(self.sources)
        self.up = self._button(self.tr("Move &up"), "preferences_lookup_up", -1)
        self.down = self._button(self.tr("Move &down"), "preferences_lookup_down", 1)
        self.automatic = QPushButton(self.tr("Use the &automatic order"), self)
        self.automatic.setObjectName("preferences_lookup_automatic")
        self.automatic.setAutoDefault(False)
        self.automatic.clicked.connect(self._on_automatic_clicked)
        buttons = QVBoxLayout()
        for button in (self.up, self.down, self.automatic):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.sources, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        self.hint = QLabel(self)
        self.hint.setObjectName("preferences_lookup_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.sources.itemChanged.connect(self._update)
        self.sources.currentRowChanged.connect(self._update)
        self._update()

    def _button(self, text: str, name: str, step: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.move_current(step))
        return button

    def order(self) -> list[str]:
        """The ticked sources, in the list's order."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in map(self.sources.item, range(self.sources.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def changed(self) -> bool:
        return bool(self._unknown) or self.order() != self._loaded

    def move_current(self, step: int) -> None:
        """Move the current source up (-1) or down (1); the list keeps the focus."""
        row = self.sources.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.sources.count():
            return
        item = self.sources.takeItem(row)
        self.sources.insertItem(to, item)
        self.sources.setCurrentRow(to)
        self.sources.setFocus()
        self._update()

    def _on_automatic_clicked(self) -> None:
        for row, name in enumerate(books.DEFAULT_ORDER):
            for at in range(self.sources.count()):
                item = self.sources.item(at)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                    self.sources.insertItem(row, self.sources.takeItem(at))
                    break
        for at in range(self.sources.count()):
            item = self.sources.item(at)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
        self.sources.setCurrentRow(0)
        self.sources.setFocus()
        self._update()

    def check(self) -> bool:
        """Whether the order can be saved (one source at least); else the hint says why."""
        self._update()
        return bool(self.order())

    def _update(self, *_args: object) -> None:
        row = self.sources.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.sources.count() - 1)
        order = self.order()
        user_set = books.user_set(order)
        self.automatic.setEnabled(user_set)
        text = self.tr(NONE_TICKED if not order else YOURS if user_set else AUTOMATIC)
        if self._unknown:
            names = ", ".join(repr(name) for name in self._unknown)
            unknown = self.tr(UNKNOWN).format(names=names)
            # two sentences side by side: English puts a space between them, Chinese none
            text = self.tr("{unknown} {hint}").format(unknown=unknown, hint=text)
        self.hint.setText(text)
        dim = QPalette.ColorRole.PlaceholderText  # a help line; the error colour is WindowText's
        self.hint.setForegroundRole(QPalette.ColorRole.WindowText if not order else dim)
        if bool(self.hint.property(theme.ERROR_PROPERTY)) != (not order):
            theme.mark_error(self.hint, not order)
