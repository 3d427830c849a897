"""Screenshots of the export, import and preferences dialogs and of the note layouts, English and
Chinese content, light and dark, saved beside the window's (see test_screenshots)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from readinglog.config import Settings
from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Target
from readinglog.export.plan import Request
from readinglog.export.profiles import Format
from readinglog.gui.dialogs.export_dialog import ExportDialog
from readinglog.gui.dialogs.import_dialog import ImportDialog
from readinglog.gui.dialogs.preferences import PreferencesDialog
from tests.gui.test_import_dialog import goodreads_csv
from tests.importers.test_goodreads import ROW_DNF, ROW_MANGA, ROW_SANTI


def _save(widget, folder: Path, name: str, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _note(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.note_ids(s, parse_filter(f'title:"{title}"'))[0]


def test_export_dialog_screenshots(
    qtbot: QtBot, sample_library: Library, themed: str, screenshots: Path, tmp_path: Path
) -> None:
    site = tmp_path / "我的博客"
    site.mkdir()
    settings = Settings(site_folders={"hugo": str(site)})
    title = "《三体》重读：黑暗森林之前"
    request = Request(Target.NOTE, (_note(sample_library, title),), title)
    dialog = ExportDialog(sample_library, settings, request)
    qtbot.addWidget(dialog)
    dialog.show()
    _save(dialog, screenshots, f"export-note-zh-{themed}", qtbot)
    dialog.export_button.click()
    _save(dialog, screenshots, f"export-done-zh-{themed}", qtbot)
    written = Path(dialog.last_folder or site) / "san-ti-chong-du-hei-an-sen-lin-zhi-qian.md"
    written.write_text("edited by hand", encoding="utf-8")
    dialog.export_button.click()
    assert dialog.overwrite.isVisible()
    _save(dialog, screenshots, f"export-overwrite-{themed}", qtbot)

    with sample_library.sessions() as s:
        ids = tuple(repository.note_ids(s, parse_filter("")))
    many = ExportDialog(sample_library, settings, Request(Target.NOTE, ids, "All notes", many=True))
    qtbot.addWidget(many)
    many.format.setCurrentIndex(list(Format).index(Format.JEKYLL))
    many.out.setChecked(True)
    many.folder.setText(str(tmp_path / "out"))
    many.show()
    with qtbot.waitSignal(many.finished_export, timeout=20_000):
        many.export_button.click()
    _save(many, screenshots, f"export-many-en-{themed}", qtbot)


def test_import_dialog_screenshots(
    qtbot: QtBot, library: Library, themed: str, screenshots: Path, tmp_path: Path
) -> None:
    bad_date = ROW_DNF.replace("2019/02/03", "2019/13/45").replace("2,", "5,", 1)
    path = goodreads_csv(tmp_path, ROW_SANTI, ROW_MANGA, bad_date)
    dialog = ImportDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(path)
    _save(dialog, screenshots, f"import-preview-{themed}", qtbot)
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000):
        dialog.start_import()
    dialog.tabs.setCurrentIndex(1)
    _save(dialog, screenshots, f"import-report-{themed}", qtbot)


def test_preferences_screenshot(
    qtbot: QtBot, library: Library, themed: str, screenshots: Path
) -> None:
    settings = Settings(site_folders={"hugo": "/home/me/我的博客", "obsidian": "/home/me/Vault"})
    dialog = PreferencesDialog(library.paths, settings)
    qtbot.addWidget(dialog)
    dialog.theme.blockSignals(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData(themed))
    dialog.show()
    _save(dialog, screenshots, f"preferences-{themed}", qtbot)


def test_note_layout_screenshots(
    qtbot: QtBot, make_window, sample_library: Library, themed: str, screenshots: Path
) -> None:
    window = make_window(sample_library, restore=False)
    window.resize(1280, 760)
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.select_id(_note(sample_library, "土地财政是怎么来的"))
    preview = window.detail.editor.preview
    qtbot.waitUntil(lambda: "土地" in preview.toPlainText(), timeout=5000)
    _save(window, screenshots, f"note-wide-zh-{themed}", qtbot)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.detail.editor.panes.narrow, timeout=2000)
    _save(window, screenshots, f"note-narrow-zh-{themed}", qtbot)
    window.toggle_preview()
    _save(window, screenshots, f"note-narrow-preview-zh-{themed}", qtbot)
