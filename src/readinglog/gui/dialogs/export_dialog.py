"""File ▸ Export: a note or an entry as one post, or the notes of the list as many posts.

Pick the format, the site folder (remembered per format) or a plain output folder, draft or
published, Hugo's bundle and TOML options, and (for one post) the slug; the file it will write is
shown as you type. One post is written at once; many run on the write worker with progress and
Cancel. A file edited since the last export is refused with one sentence and an Overwrite choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from readinglog import config
from readinglog.config import Settings
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.types import Target
from readinglog.export import batch
from readinglog.export.plan import (
    Choice,
    Request,
    export_many,
    export_one,
    folder_of,
    job_for,
    load_source,
    planned_post,
    user_message,
)
from readinglog.export.profiles import Format
from readinglog.gui.runtime import i18n, theme, window_ini, worker
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP
from readinglog.gui.widgets.form_fields import choice_combo

OUT_FOLDER_KEY = "export/out_folder"
# export.plan's FORMAT_LABELS and SITE_LAYOUT as the dialog shows them (the same English:
# tests/gui/test_translations_dialogs.py checks them against core's), translated where shown
FORMAT_NAMES = {
    Format.HUGO: QT_TRANSLATE_NOOP("ExportFormat", "Hugo"),
    Format.JEKYLL: QT_TRANSLATE_NOOP("ExportFormat", "Jekyll"),
    Format.HEXO: QT_TRANSLATE_NOOP("ExportFormat", "Hexo"),
    Format.OBSIDIAN: QT_TRANSLATE_NOOP("ExportFormat", "Obsidian vault"),
    Format.PLAIN: QT_TRANSLATE_NOOP("ExportFormat", "Plain Markdown"),
}
SITE_LAYOUTS = {
    Format.HUGO: QT_TRANSLATE_NOOP("ExportLayout", "content/posts/"),
    Format.JEKYLL: QT_TRANSLATE_NOOP("ExportLayout", "_drafts/ or _posts/"),
    Format.HEXO: QT_TRANSLATE_NOOP("ExportLayout", "source/_drafts/ or source/_posts/"),
    Format.OBSIDIAN: QT_TRANSLATE_NOOP("ExportLayout", "the vault's top folder"),
    Format.PLAIN: QT_TRANSLATE_NOOP("ExportLayout", "the folder itself"),
}


def format_name(fmt: Format) -> str:
    return QCoreApplication.translate("ExportFormat", FORMAT_NAMES[fmt])


def site_layout(fmt: Format) -> str:
    return QCoreApplication.translate("ExportLayout", SITE_LAYOUTS[fmt])


def heading_text(request: Request) -> str:
    """export.plan's ``Request.heading``, worded for translation."""
    if request.many:
        count = len(request.ids)
        heading = i18n.numerus(
            count,
            QCoreApplication.translate("ExportDialog", "Export {count} note ({title})"),
            QCoreApplication.translate("ExportDialog", "Export {count} notes ({title})"),
        )
        return heading.format(count=f"{count:,}", title=request.title)
    if request.target is Target.NOTE:
        heading = QCoreApplication.translate("ExportDialog", "Export note: {title}")
    else:
        heading = QCoreApplication.translate("ExportDialog", "Export entry: {title}")
    return heading.format(title=request.title)


def _radio_pair(parent: QWidget, first: str, second: str) -> tuple[QRadioButton, QRadioButton]:
    one, two = QRadioButton(first, parent), QRadioButton(second, parent)
    group = QButtonGroup(parent)
    group.addButton(one)
    group.addButton(two)
    one.setChecked(True)
    return one, two


class ExportDialog(QDialog):
    """``exported(paths)`` after each export that wrote something."""

    exported = Signal(list)  # absolute paths written
    finished_export = Signal()  # an export ended, however it ended (for tests and scripts)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        request: Request,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self._library = library
        self._settings = settings
        self.request = request
        self._source = load_source(library.sessions, request)
        self._failed_ids: tuple[int, ...] = ()
        self._cancelled = False
        self.last_folder: Path | None = None  # the folder of the last file written
        self.report: batch.ExportReport | None = None
        self._build()
        known = {f.value for f in Format}
        default = settings.default_export_format
        start = Format(default) if default in known else Format.HUGO
        self.format.setCurrentIndex(list(Format).index(start))
        self._on_format_changed()
        self.resize(640, self.sizeHint().height())

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(heading_text(self.request), self)
        heading.setFont(theme.heading_font(self.font(), 1.1))
        heading.setWordWrap(True)
        formats = ((format_name(fmt), fmt.value) for fmt in Format)
        self.format = choice_combo(self, "export_format", self.tr("Format"), formats)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.site, self.out = _radio_pair(
            self, self.tr("The site's &folder"), self.tr("A plain &output folder")
        )
        self.site.setObjectName("export_site")
        self.out.setObjectName("export_out")
        self.site.toggled.connect(self._on_site_toggled)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("export_folder")
        self.folder.setAccessibleName(self.tr("Folder to export into"))
        self.folder.textChanged.connect(self._update_preview)
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        self.draft, self.publish = _radio_pair(self, self.tr("&Draft"), self.tr("P&ublished"))
        self.draft.setObjectName("export_draft")
        self.publish.setObjectName("export_publish")
        self.draft.toggled.connect(self._update_preview)
        self.bundle = QCheckBox(self.tr("Page &bundle (slug/index.md)"), self)
        self.bundle.setObjectName("export_bundle")
        self.toml = QCheckBox(self.tr("&TOML front matter (+++)"), self)
        self.toml.setObjectName("export_toml")
        self.bundle.toggled.connect(self._update_preview)
        self.slug = QLineEdit(self)
        self.slug.setObjectName("export_slug")
        self.slug.setAccessibleName(self.tr("Slug"))
        self.slug.textChanged.connect(self._update_preview)
        self.file = QLabel(self)
        self.file.setObjectName("export_file")
        self.file.setWordWrap(True)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        into = QHBoxLayout()
        into.addWidget(self.site)
        into.addWidget(self.out)
        into.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        state = QHBoxLayout()
        state.addWidget(self.draft)
        state.addWidget(self.publish)
        state.addStretch(1)
        hugo = QHBoxLayout()
        hugo.addWidget(self.bundle)
        hugo.addWidget(self.toml)
        hugo.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("For&mat:"), self.format)
        self.form.addRow(self.tr("Into:"), into)
        self.form.addRow(self.tr("Folder:"), where)
        self.form.addRow(self.tr("Post:"), state)
        self.form.addRow(self.tr("Hugo:"), hugo)
        self.form.addRow(self.tr("&Slug:"), self.slug)
        self.form.addRow(self.tr("File:"), self.file)
        self.form.setRowVisible(self.slug, not self.request.many)
        self._hugo_row = hugo
        self._build_result(heading)

    def _build_result(self, heading: QLabel) -> None:
        self.message = QLabel(self)
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("export_details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()
        self.overwrite = QPushButton(self.tr("O&verwrite"), self)
        self.overwrite.setObjectName("export_overwrite")
        self.overwrite.setAutoDefault(False)
        self.overwrite.clicked.connect(self._on_overwrite_clicked)
        self.overwrite.hide()
        self.open_folder = QPushButton(self.tr("Open f&older"), self)
        self.open_folder.setObjectName("export_open_folder")
        self.open_folder.setAutoDefault(False)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.open_folder.hide()
        result = QHBoxLayout()
        result.addWidget(self.message, 1)
        result.addWidget(self.overwrite, 0, Qt.AlignmentFlag.AlignTop)
        result.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addLayout(result)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- the fields ----------------------------------------------------------------------

    @property
    def chosen_format(self) -> Format:
        return Format(self.format.currentData())

    def choice(self) -> Choice:
        return Choice(
            format=self.chosen_format,
            folder=self.folder.text(),
            site=self.site.isChecked(),
            draft=self.draft.isChecked(),
            slug=self.slug.text(),
            bundle=self.bundle.isChecked(),
            toml=self.toml.isChecked(),
        )

    def _remembered_folder(self) -> str:
        if self.site.isChecked():
            return self._settings.site_folders.get(self.chosen_format.value, "")
        stored = window_ini.open_settings(self._library.paths.config).value(OUT_FOLDER_KEY)
        return stored if isinstance(stored, str) else ""

    def _on_format_changed(self, *_args: object) -> None:
        fmt = self.chosen_format
        hugo = fmt is Format.HUGO
        self.bundle.setEnabled(hugo)
        self.toml.setEnabled(hugo)
        self.form.setRowVisible(self._hugo_row, hugo)
        drafts = fmt not in (Format.OBSIDIAN, Format.PLAIN)
        self.draft.setEnabled(drafts)
        self.publish.setEnabled(drafts)
        text = self.tr("The site's &folder ({layout})").format(layout=site_layout(fmt))
        self.site.setText(text)
        if self.site.isChecked():  # each format has its own site; an output folder is shared
            self.folder.setText(self._remembered_folder())
        self._update_preview()

    def _on_site_toggled(self, _checked: bool) -> None:
        self.folder.setText(self._remembered_folder())
        self._update_preview()

    def _on_choose_clicked(self) -> None:
        if self.site.isChecked():
            title = self.tr("Choose the site's folder")
        else:
            title = self.tr("Choose a folder to export into")
        start = self.folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            self.folder.setText(chosen)

    def _update_preview(self, *_args: object) -> None:
        choice = self.choice()
        try:
            post = planned_post(self._library.sessions, self._library.paths, self._source, choice)
        except UserError as error:
            self.file.setText(user_message(i18n.said(error))[0])
            return
        if post is None:
            self.file.setText(self.tr("No notes to export."))
            return
        hint = self.tr("{slug}  (from the title; type to change)").format(slug=post.slug)
        self.slug.setPlaceholderText(hint)
        root = choice.folder.strip() or "…"
        root = root.rstrip("/\\") + "/"
        if self.request.many:
            count = len(self.request.ids)
            # {count} with English's grouping, as before ("%Ln" groups by the locale: none in C)
            posts = i18n.numerus(
                count,
                self.tr("{folder} — {count} post, e.g. {file}"),
                self.tr("{folder} — {count} posts, e.g. {file}"),
            )
            folder = f"{root}{folder_of(post.path)}"
            self.file.setText(posts.format(folder=folder, count=f"{count:,}", file=post.path.name))
        else:
            self.file.setText(f"{root}{post.path}")

    # -- exporting -----------------------------------------------------------------------

    def export(self, *, force: bool = False) -> None:
        self._clear_result()
        try:
            job = job_for(self.choice(), self._library.paths, force=force)
        except UserError as error:
            self._show_error(i18n.said(error))
            self.finished_export.emit()
            return
        self._remember(job.root)
        if self.request.many:
            ids = self._failed_ids if force and self._failed_ids else self.request.ids
            self._export_many(ids, job)
            return
        self.export_button.setEnabled(False)
        try:
            done, warnings = export_one(self._library.sessions, self.request, job)
        except UserError as error:
            self._show_error(i18n.said(error))
        else:
            self._show_written([done.path], warnings, [])
        finally:
            self.export_button.setEnabled(True)
        self.finished_export.emit()

    def _export_many(self, ids: tuple[int, ...], job: batch.ExportJob) -> None:
        report = batch.ExportReport()
        self.report = report
        sessions = self._library.sessions
        task = worker.Task()
        task.signals.finished.connect(self._on_many_done)
        task.signals.cancelled.connect(self._on_many_cancelled)
        task.signals.failed.connect(self._on_many_failed)
        self.export_button.setEnabled(False)
        self._cancelled = False
        worker.run_with_progress(
            self, self.tr("Exporting notes"), lambda: export_many(sessions, ids, job, report),
            writes=True, task=task,
        )  # fmt: skip

    def _on_many_cancelled(self) -> None:
        self._cancelled = True
        self._on_many_done()

    def _on_many_done(self, *_args: object) -> None:
        report = self.report
        assert report is not None
        self.export_button.setEnabled(True)
        note = self.tr("note {id}: {reason}")
        problems = [
            note.format(id=s.id, reason=user_message(i18n.said(report.said(s)))[0])
            for s in report.skipped
        ]
        self._failed_ids = tuple(s.id for s in report.skipped if user_message(s.reason)[1])
        self._show_written([e.path for e in report.exported], report.warnings, problems)
        self.finished_export.emit()

    def _on_many_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._show_error(message)
        self.finished_export.emit()

    def _remember(self, root: Path) -> None:
        if self.site.isChecked():
            folders = self._settings.site_folders
            if folders.get(self.chosen_format.value) != str(root):
                folders[self.chosen_format.value] = str(root)
                config.save(self._settings, self._library.paths.settings)
        else:
            state = window_ini.open_settings(self._library.paths.config)
            state.setValue(OUT_FOLDER_KEY, str(root))
            state.sync()

    # -- showing the result --------------------------------------------------------------

    def _clear_result(self) -> None:
        for widget in (self.message, self.details, self.overwrite, self.open_folder):
            widget.hide()

    def _show_error(self, message: str) -> None:
        text, overwritable = user_message(message)
        self.message.setText(text)
        theme.mark_error(self.message)  # its red follows a theme switch (a style sheet's would not)
        self.message.show()
        self.overwrite.setVisible(overwritable)
        self._fit()

    def _show_written(self, paths: list[str], warnings: list[str], problems: list[str]) -> None:
        theme.mark_error(self.message, False)
        if len(paths) == 1 and not problems:
            text = self.tr("Exported to {path}").format(path=paths[0])
        else:
            text = self._written_sentence(len(paths), len(problems))
        self.message.setText(text)
        self.message.show()
        warning = self.tr("warning: {message}")
        lines = problems + [warning.format(message=user_message(i18n.said(w))[0]) for w in warnings]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.overwrite.setVisible(bool(self._failed_ids) and bool(problems))
        self._fit()
        if paths:
            self.last_folder = Path(paths[-1]).parent
            self.open_folder.show()
            self.exported.emit(paths)

    def _written_sentence(self, written: int, failed: int) -> str:
        """'Exported 3 of 5 notes; 2 not exported (see below).', with '. Cancelled; …' after
        a Cancel: one template each, so a translation words it whole."""
        total = len(self.request.ids)
        if failed and self._cancelled:
            text = self.tr(
                "Exported {written} of {total} notes; {failed} not exported (see below). "
                "Cancelled; the files written are complete."
            )
        elif failed:
            text = self.tr(
                "Exported {written} of {total} notes; {failed} not exported (see below)."
            )
        elif self._cancelled:
            text = self.tr(
                "Exported {written} of {total} notes. Cancelled; the files written are complete."
            )
        else:
            text = self.tr("Exported {written} of {total} notes.")
        return text.format(written=f"{written:,}", total=f"{total:,}", failed=f"{failed:,}")

    def _fit(self) -> None:
        """Grow to show the message now (never shrink what the user made bigger)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_overwrite_clicked(self) -> None:
        self.export(force=True)

    def _on_open_folder_clicked(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))
