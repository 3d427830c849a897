"""First launch with an empty library: offer the sample library or an empty start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from readinglog import APP_NAME, config
from readinglog.config import Settings
from readinglog.core import repository, sample
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import Changes
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

TEXT = QT_TRANSLATE_NOOP(
    "FirstRunDialog",
    "<h3>Welcome to {app}</h3>"
    "<p>Keep track of books, podcasts, courses, videos and articles, and write notes about "
    "them in English, 中文 or both.</p>"
    "<p>Would you like to look around a small sample library first? You can delete the "
    "sample entries whenever you like.</p>",
)


class FirstRunDialog(QDialog):
    """Accepted: load the sample. Rejected: start empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        label = QLabel(self.tr(TEXT).format(app=APP_NAME), self)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.sample_button = QPushButton(self.tr("Load the sample library"), self)
        self.sample_button.setObjectName("load_sample_button")
        self.empty_button = QPushButton(self.tr("Start empty"), self)
        self.empty_button.setObjectName("start_empty_button")
        buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sample_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


def needs_first_run(library: Library, settings: Settings) -> bool:
    if settings.first_run_done:
        return False
    with library.sessions() as s:
        return not repository.item_ids(s, Filter()) and not repository.note_ids(s, Filter())


def finish_first_run(library: Library, settings: Settings, load_sample: bool) -> Changes:
    """Load the sample if asked, and remember that the question was asked."""
    changes = Changes()
    if load_sample:
        with library.sessions.begin() as s:
            changes = sample.load(s)
    settings.first_run_done = True
    config.save(settings, library.paths.settings)
    return changes
