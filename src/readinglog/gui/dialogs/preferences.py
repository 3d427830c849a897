"""Preferences (Ctrl+,): the data folder, the backups' size cap and second folder, blog site
folders per format, the default export format, the theme, the search options
(``search_options``) and the book lookup's sources in order (``lookup_sources``). The theme
applies as soon as it is picked (Cancel puts the old one back); OK saves everything to
``settings.toml``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from readinglog import config
from readinglog.config import Settings
from readinglog.export.profiles import Format
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.search import search_options
from readinglog.gui.widgets.form_fields import ok_cancel
from readinglog.paths import AppPaths

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
}
# The export formats' names as the preferences show them (Hugo, Jekyll and Hexo are names).
FORMAT_NAMES = {
    Format.HUGO: QT_TRANSLATE_NOOP("PreferencesDialog", "Hugo"),
    Format.JEKYLL: QT_TRANSLATE_NOOP("PreferencesDialog", "Jekyll"),
    Format.HEXO: QT_TRANSLATE_NOOP("PreferencesDialog", "Hexo"),
    Format.OBSIDIAN: QT_TRANSLATE_NOOP("PreferencesDialog", "Obsidian vault"),
    Format.PLAIN: QT_TRANSLATE_NOOP("PreferencesDialog", "Plain Markdown"),
}
# Each language by its own name (a reader finds theirs whatever the window's language is).
LANGUAGE_LABELS = {
    i18n.SYSTEM: QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
    i18n.ENGLISH: "English",
    i18n.SIMPLIFIED: "简体中文",
    i18n.TRADITIONAL: "繁體中文",
}


class PreferencesDialog(QDialog):
    def __init__(self, paths: AppPaths, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._paths = paths
        self._settings = settings
        self._theme_before = settings.theme
        self._build()

    def _build(self) -> None:
        data = QLineEdit(str(self._paths.data), self)
        data.setObjectName("preferences_data_folder")
        data.setReadOnly(True)
        data.setAccessibleName(self.tr("Data folder"))
        open_data = QPushButton(self.tr("&Open folder"), self)
        open_data.setObjectName("preferences_open_data")
        open_data.setAutoDefault(False)
        open_data.clicked.connect(self._on_open_data_clicked)
        data_row = QHBoxLayout()
        data_row.addWidget(data, 1)
        data_row.addWidget(open_data)
        data_help = _help_label(
            self.tr(
                "Your library, its backups and attachments live here. Start ReadingLog with "
                "--home DIR or READINGLOG_HOME to use another folder."
            ),
            self,
        )
        library = QGroupBox(self.tr("Library"), self)
        library_layout = QVBoxLayout(library)
        library_layout.addLayout(data_row)
        library_layout.addWidget(data_help)
        library_layout.addWidget(self._backups_group())

        self.site_folders: dict[Format, QLineEdit] = {}
        sites = QGroupBox(self.tr("Blog site folders (remembered by the export dialog)"), self)
        sites_form = QFormLayout(sites)
        for fmt in Format:
            edit = QLineEdit(self._settings.site_folders.get(fmt.value, ""), self)
            edit.setObjectName(f"preferences_site_{fmt.value}")
            edit.setPlaceholderText(self.tr("not set"))
            name = format_name(fmt)
            edit.setAccessibleName(self.tr("{format} site folder").format(format=name))
            self.site_folders[fmt] = edit
            sites_form.addRow(self.tr("{format}:").format(format=name), _with_choose(edit, self))

        self.export_format = QComboBox(self)
        self.export_format.setObjectName("preferences_export_format")
        for fmt in Format:
            self.export_format.addItem(format_name(fmt), fmt.value)
        index = self.export_format.findData(self._settings.default_export_format)
        self.export_format.setCurrentIndex(max(index, 0))
        self.theme = QComboBox(self)
        self.theme.setObjectName("preferences_theme")
        for name in theme.THEMES:
            self.theme.addItem(self.tr(THEME_LABELS[name]), name)
        self.theme.setCurrentIndex(max(self.theme.findData(self._settings.theme), 0))
        self.theme.currentIndexChanged.connect(self._on_theme_changed)
        self.language = QComboBox(self)
        self.language.setObjectName("preferences_language")
        for name in i18n.LANGUAGES:
            label = LANGUAGE_LABELS[name]
            self.language.addItem(self.tr(label) if name == i18n.SYSTEM else label, name)
        self.language.setCurrentIndex(max(self.language.findData(self._settings.language), 0))
        language_note = _help_label(self.tr("The language applies after a restart."), self)
        general = QFormLayout()
        general.addRow(self.tr("Default e&xport format:"), self.export_format)
        general.addRow(self.tr("&Theme:"), self.theme)
        general.addRow(self.tr("&Language:"), self.language)
        general.addRow("", language_note)

        options = search_options.load(self._settings)
        self.as_you_type = QCheckBox(
            self.tr("Search as you &type (else only when Enter is pressed)"), self
        )
        self.as_you_type.setObjectName("preferences_search_as_you_type")
        self.as_you_type.setChecked(options.as_you_type)
        self.results_count = QSpinBox(self)
        self.results_count.setObjectName("preferences_search_results")
        self.results_count.setRange(search_options.MIN_RESULTS, search_options.MAX_RESULTS)
        self.results_count.setValue(options.results)
        self.results_count.setAccessibleName(self.tr("Search results to show"))
        search = QGroupBox(self.tr("Search"), self)
        search_form = QFormLayout(search)
        search_form.addRow(self.as_you_type)
        search_form.addRow(self.tr("&Results to show:"), self.results_count)

        # here, not at the top: the window's start-up loads nothing of online/
        from readinglog.gui.dialogs.lookup_sources import LookupSources

        self.lookup_sources = LookupSources(self._settings.lookup_providers, self)

        buttons = ok_cancel(self)
        # the sections scroll, the buttons stay: the dialog fits a 768-pixel screen
        sections = QWidget(self)
        inner = QVBoxLayout(sections)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(library)
        inner.addWidget(sites)
        inner.addLayout(general)
        inner.addWidget(search)
        inner.addWidget(self.lookup_sources)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sections)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit(layout, sections, scroll, buttons)

    def _fit(
        self, layout: QVBoxLayout, sections: QWidget, scroll: QScrollArea, buttons: QWidget
    ) -> None:
        """As tall as the sections, but at most nine tenths of the screen."""
        want = sections.sizeHint()
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0)
        height = want.height() + buttons.sizeHint().height() + spacing
        height += margins.top() + margins.bottom()
        width = want.width() + scroll.verticalScrollBar().sizeHint().width()
        width += margins.left() + margins.right()
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = int(screen.height() * 0.9) if screen is not None else height
        self.resize(max(width, 620), min(height, limit))

    def _backups_group(self) -> QGroupBox:
        """The backups' size cap and the second folder their copies go to."""
        self.backup_cap = QSpinBox(self)
        self.backup_cap.setObjectName("preferences_backup_cap")
        self.backup_cap.setRange(config.MIN_BACKUP_SIZE_CAP_MB, 1024 * 1024)
        self.backup_cap.setSingleStep(256)
        self.backup_cap.setSuffix(" MB")
        self.backup_cap.setValue(self._settings.backup_size_cap_mb)  # the range clamps it
        self.backup_cap.setAccessibleName(self.tr("Backups size cap"))
        self.backup_mirror = QLineEdit(self._settings.backup_mirror, self)
        self.backup_mirror.setObjectName("preferences_backup_mirror")
        self.backup_mirror.setPlaceholderText(self.tr("none (e.g. a synced or external drive)"))
        self.backup_mirror.setAccessibleName(self.tr("Second backup folder"))
        help_text = _help_label(
            self.tr(
                "A backup is made once a day and before every import, undo, archive import and "
                "restore; the oldest go when the backups take more than the cap."
            ),
            self,
        )
        group = QGroupBox(self.tr("Backups"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Keep backups within:"), self.backup_cap)
        form.addRow(self.tr("Also copy them to:"), _with_choose(self.backup_mirror, self))
        form.addRow(help_text)
        return group

    def _on_open_data_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data)))

    def _on_theme_changed(self, _index: int) -> None:
        _apply_theme(str(self.theme.currentData()))

    def accept(self) -> None:
        if not self.lookup_sources.check():
            self.lookup_sources.sources.setFocus()
            return
        settings = self._settings
        if self.lookup_sources.changed():
            settings.lookup_providers = self.lookup_sources.order()
        folders = {fmt.value: edit.text().strip() for fmt, edit in self.site_folders.items()}
        settings.site_folders = {name: folder for name, folder in folders.items() if folder}
        settings.default_export_format = str(self.export_format.currentData())
        settings.theme = str(self.theme.currentData())
        settings.language = str(self.language.currentData())
        settings.backup_size_cap_mb = self.backup_cap.value()
        settings.backup_mirror = self.backup_mirror.text().strip()
        search_options.put(
            settings,
            search_options.SearchOptions(self.as_you_type.isChecked(), self.results_count.value()),
        )
        config.save(settings, self._paths.settings)
        super().accept()

    def reject(self) -> None:
        if self.theme.currentData() != self._theme_before:
            _apply_theme(self._theme_before)
        super().reject()


def format_name(fmt: Format) -> str:
    """An export format's name in the window's language."""
    return QCoreApplication.translate("PreferencesDialog", FORMAT_NAMES[fmt])


def _help_label(text: str, parent: QWidget) -> QLabel:
    """A dim, word-wrapped line of help under a setting (dim, not disabled: Fusion's
    disabled grey reads at 1.6:1 in the light theme)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _apply_theme(name: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(app, name)


class ChooseFolderButton(QPushButton):
    """ "Choose…" beside a folder field: a folder picker that fills the field."""

    def __init__(self, edit: QLineEdit, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("ChooseFolderButton", "Choose…"), parent)
        self._edit = edit
        self.setAutoDefault(False)
        what = edit.accessibleName()
        self.setAccessibleName(self.tr("Choose the {what}").format(what=what))
        self.clicked.connect(self._on_self_clicked)

    def _on_self_clicked(self) -> None:
        start = self._edit.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self._edit.accessibleName(), start)
        if chosen:
            self._edit.setText(chosen)


def _with_choose(edit: QLineEdit, parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(ChooseFolderButton(edit, parent))
    return row
