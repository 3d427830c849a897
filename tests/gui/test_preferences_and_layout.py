"""Preferences (saved, theme applied live, Cancel undoes it) and the note layout: a wider detail
pane for notes, the preview beside the text or one at a time, Ctrl+Shift+P."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.core.types import Target
from readinglog.export.profiles import Format
from readinglog.gui.detail.source_preview import Layout
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.runtime import theme
from readinglog.gui.window.actions import MainAction
from tests.gui.helpers import answer, trigger


def window_is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


@pytest.fixture
def light_again(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield
    theme.apply(qapp, "light")


def test_preferences_are_saved_and_the_theme_applies_at_once(
    qtbot: QtBot, window, tmp_path, light_again, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    def fill(dialog: PreferencesDialog) -> None:
        assert dialog.findChild(type(dialog.theme), "preferences_theme") is dialog.theme
        dialog.site_folders[Format.HUGO].setText(str(tmp_path / "我的博客"))
        dialog.export_format.setCurrentIndex(dialog.export_format.findData("hexo"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert window_is_dark()  # live, before OK
        from PySide6.QtWidgets import QPushButton

        dialog.findChild(QPushButton, "preferences_open_data").click()
        dialog.accept()

    with answer(qtbot, PreferencesDialog, fill):
        trigger(window, MainAction.PREFERENCES)
    assert opened == [str(window.library.paths.data)]
    saved = config.load(window.library.paths.settings)
    assert saved.site_folders == {"hugo": str(tmp_path / "我的博客")}
    assert saved.default_export_format == "hexo" and saved.theme == "dark"
    assert window.settings.theme == "dark" and window_is_dark()


def test_cancel_puts_the_theme_back(qtbot: QtBot, window, light_again) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert window_is_dark()
        dialog.reject()

    with answer(qtbot, PreferencesDialog, fill):
        trigger(window, MainAction.PREFERENCES)
    assert not window_is_dark()
    assert window.settings.theme == "system"


def show_first_note(window) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    assert window.detail.page_target is Target.NOTE


def test_a_note_gets_a_wide_pane_and_an_entry_gets_its_widths_back(qtbot: QtBot, window) -> None:
    window.resize(1280, 760)
    qtbot.wait(10)
    item_sizes = window.splitter.sizes()
    show_first_note(window)
    sidebar, listing, detail = window.splitter.sizes()
    assert detail >= 0.55 * (sidebar + listing + detail)
    editor = window.detail.editor
    assert editor.panes.layout_mode is Layout.SIDE_BY_SIDE
    qtbot.waitUntil(lambda: editor.preview.width() >= 330 and editor.source.width() >= 330)
    note_sizes = [sidebar - 20, listing + 20, detail]
    window.splitter.setSizes(note_sizes)
    window.sidebar.select_key("all")
    assert window.detail.page_target is Target.ITEM
    assert window.splitter.sizes() == item_sizes
    show_first_note(window)
    assert window.splitter.sizes() == note_sizes  # what the user dragged is kept


def test_toggle_preview_hides_it_and_is_only_for_notes(qtbot: QtBot, window) -> None:
    action = window.findChild(QAction, MainAction.TOGGLE_PREVIEW.value)
    assert not action.isEnabled()  # an entry is shown
    show_first_note(window)
    editor = window.detail.editor
    trigger(window, MainAction.TOGGLE_PREVIEW)
    assert editor.panes.layout_mode is Layout.SOURCE and not editor.preview.isVisible()
    trigger(window, MainAction.TOGGLE_PREVIEW)
    assert editor.panes.layout_mode is Layout.SIDE_BY_SIDE and editor.preview.isVisible()


def test_a_narrow_pane_shows_text_or_preview_in_tabs(qtbot: QtBot, window) -> None:
    show_first_note(window)
    window.resize(1280, 760)
    window.splitter.setSizes([200, 600, 480])
    editor = window.detail.editor
    qtbot.waitUntil(lambda: editor.panes.narrow, timeout=2000)
    assert editor.panes.tabs.isVisible()
    assert editor.panes.layout_mode is Layout.SOURCE and not editor.preview.isVisible()
    trigger(window, MainAction.TOGGLE_PREVIEW)
    assert editor.panes.layout_mode is Layout.PREVIEW
    assert editor.preview.isVisible() and not editor.source.isVisible()
    editor.panes.tabs.setCurrentIndex(0)
    assert editor.source.isVisible()
    window.splitter.setSizes([180, 300, 800])
    qtbot.waitUntil(lambda: not editor.panes.narrow, timeout=2000)
    assert not editor.panes.tabs.isVisible() and editor.preview.isVisible()


def test_both_layouts_survive_a_restart(make_window, sample_library) -> None:  # type: ignore[no-untyped-def]
    first = make_window(sample_library)
    first.resize(760, 560)
    first.splitter.setSizes([150, 300, 310])  # the detail pane wide enough for the editor too
    item_sizes = first.splitter.sizes()
    show_first_note(first)
    first.splitter.setSizes([120, 200, 440])
    note_sizes = first.splitter.sizes()
    first.close()
    second = make_window(sample_library)  # restored into the notes view
    assert second.splitter.sizes() == note_sizes
    second.sidebar.select_key("all")
    assert second.splitter.sizes() == item_sizes
