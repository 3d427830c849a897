"""Note history in the window: Edit ▸ Note history… lists the earlier versions of the note in
the editor (when saved, how many words), shows one read-only, and restores it. Restoring keeps
the text it replaces as a version too (core/history.py), so nothing is lost either way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from readinglog.core import history
from readinglog.core.history import VersionView
from readinglog.core.library import Library
from readinglog.gui.detail.note_editor import cjk_font
from readinglog.gui.runtime import i18n
from readinglog.gui.widgets.list_or_sentence import ListOrSentence


def no_versions() -> str:
    """What the dialog says in place of an empty list of versions."""
    return QCoreApplication.translate(
        "HistoryDialog",
        "This note has no earlier versions yet: one is kept when you stop editing for a while.",
    )


class HistoryDialog(QDialog):
    """The versions of one note, newest first; accepting it means "restore ``chosen``"."""

    def __init__(self, library: Library, note_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.chosen: int | None = None
        with library.sessions() as s:
            self.versions = history.note_history(s, note_id)
        self.setWindowTitle(self.tr("Note history"))
        self.list = QListWidget(self)
        self.list.setObjectName("history_list")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("history_preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(cjk_font(self.font(), 1))
        for version in self.versions:
            self.list.addItem(_row(version))
        label = QLabel(
            self.tr(
                "Earlier versions of this note: one is kept when you stop editing for a while."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setVisible(bool(self.versions))  # else the sentence in the list's place says it
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("history_split")
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([220, 480])
        self.stack = ListOrSentence(split, no_versions(), self)
        self.stack.set_empty(not self.versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.setObjectName("history_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(bool(self.versions))  # nothing to restore
        if self.versions:
            self.list.setCurrentRow(0)
        self.resize(760, 480)

    def _on_list_current_row_changed(self, row: int) -> None:
        version = self.versions[row] if 0 <= row < len(self.versions) else None
        self.preview.setPlainText("" if version is None else version.body)
        self.restore_button.setEnabled(version is not None)

    def _on_buttons_accepted(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.chosen = self.versions[row].id
            self.accept()


def _row(version: VersionView) -> QListWidgetItem:
    when = version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    n = version.words
    words = i18n.numerus(
        n,
        QCoreApplication.translate("HistoryDialog", "%Ln word", "", n),
        QCoreApplication.translate("HistoryDialog", "%Ln words", "", n),
    )
    item = QListWidgetItem(
        QCoreApplication.translate("HistoryDialog", "{when} · {words}").format(
            when=when, words=words
        )
    )
    item.setToolTip(version.title)
    return item
