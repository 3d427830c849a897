"""File ▸ Export: one note or entry, the notes of the list, Overwrite, Open folder, settings."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.config import Settings
from readinglog.core import notes, repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Target
from readinglog.export import batch
from readinglog.export.plan import Choice, Request, job_for, user_message
from readinglog.export.profiles import Format
from readinglog.gui.dialogs.export_dialog import ExportDialog
from readinglog.gui.runtime import theme, worker
from readinglog.gui.window.actions import MainAction
from tests.gui.helpers import answer, cancel_progress, trigger
from tests.gui.test_contrast import MIN_TEXT, contrast, in_window, switch, text_contrast

NOTE_TITLE = "《三体》重读：黑暗森林之前"
NOTE_SLUG = "san-ti-chong-du-hei-an-sen-lin-zhi-qian"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def note_id(library: Library, title: str = NOTE_TITLE) -> int:
    with library.sessions() as s:
        return repository.note_ids(s, parse_filter(f'title:"{title}"'))[0]


def show_note(window, title: str = NOTE_TITLE) -> int:  # type: ignore[no-untyped-def]
    window.sidebar.select_key("notes:all")
    found = note_id(window.library, title)
    assert window.list_pane.notes.select_id(found)
    return found


def make_dialog(qtbot: QtBot, library: Library, request: Request, **settings: object):  # type: ignore[no-untyped-def]
    dialog = ExportDialog(library, Settings(**settings), request)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_the_open_note_as_a_hugo_draft(
    qtbot: QtBot, window, tmp_path: Path, opened: list[str]
) -> None:
    show_note(window)
    site = tmp_path / "blog"
    site.mkdir()

    def fill(dialog: ExportDialog) -> None:
        assert dialog.chosen_format is Format.HUGO  # Settings.default_export_format
        assert dialog.site.isChecked() and dialog.draft.isChecked()
        dialog.folder.setText(str(site))
        assert dialog.file.text() == f"{site}/content/posts/{NOTE_SLUG}.md"
        assert NOTE_SLUG in dialog.slug.placeholderText()
        dialog.slug.setText("Three Body 重读!")
        assert dialog.file.text() == f"{site}/content/posts/three-body-chong-du.md"
        dialog.export_button.click()
        assert dialog.message.text().startswith("Exported to ")
        dialog.open_folder.click()
        dialog.reject()

    with answer(qtbot, ExportDialog, fill):
        trigger(window, MainAction.EXPORT)
    post = site / "content" / "posts" / "three-body-chong-du.md"
    text = post.read_text(encoding="utf-8")
    assert "draft: true" in text and NOTE_TITLE in text
    assert opened == [str(post.parent)]
    assert window.settings.site_folders == {"hugo": str(site)}
    assert config.load(window.library.paths.settings).site_folders == {"hugo": str(site)}


def test_an_edited_file_is_one_sentence_and_overwrite_replaces_it(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    found = note_id(sample_library)
    dialog = make_dialog(qtbot, sample_library, Request(Target.NOTE, (found,), NOTE_TITLE))
    dialog.out.setChecked(True)
    dialog.folder.setText(str(tmp_path))
    dialog.format.setCurrentIndex(list(Format).index(Format.PLAIN))
    dialog.export_button.click()
    post = tmp_path / f"{NOTE_SLUG}.md"
    post.write_text("my own edits", encoding="utf-8")
    dialog.export_button.click()
    assert dialog.message.text() == f"{post} was edited since it was exported."
    assert dialog.overwrite.isVisible() and not dialog.open_folder.isVisible()
    dialog.overwrite.click()
    assert dialog.message.text() == f"Exported to {post}"
    assert not dialog.overwrite.isVisible()
    assert "三体" in post.read_text(encoding="utf-8")


def test_missing_or_relative_folders_are_refused(qtbot: QtBot, sample_library: Library) -> None:
    dialog = make_dialog(
        qtbot, sample_library, Request(Target.NOTE, (note_id(sample_library),), "x")
    )
    dialog.folder.setText("")
    dialog.export_button.click()
    assert dialog.message.text() == "Choose the site folder to export into"
    dialog.folder.setText("relative/blog")
    dialog.export_button.click()
    assert "is not a full path" in dialog.message.text()


def test_site_folders_are_remembered_per_format_and_the_default_format_is_used(
    qtbot: QtBot, sample_library: Library
) -> None:
    folders = {"hugo": "/srv/hugo-site", "jekyll": "/srv/jekyll-site"}
    request = Request(Target.NOTE, (note_id(sample_library),), NOTE_TITLE)
    dialog = make_dialog(
        qtbot, sample_library, request, default_export_format="jekyll", site_folders=folders
    )
    assert dialog.chosen_format is Format.JEKYLL
    assert dialog.folder.text() == "/srv/jekyll-site"
    assert dialog.file.text() == f"/srv/jekyll-site/_drafts/{NOTE_SLUG}.md"
    dialog.publish.setChecked(True)
    assert "/srv/jekyll-site/_posts/" in dialog.file.text()
    dialog.format.setCurrentIndex(list(Format).index(Format.HUGO))
    assert dialog.folder.text() == "/srv/hugo-site" and dialog.bundle.isEnabled()
    dialog.bundle.setChecked(True)
    assert dialog.file.text().endswith(f"/content/posts/{NOTE_SLUG}/index.md")
    dialog.format.setCurrentIndex(list(Format).index(Format.HEXO))
    assert dialog.folder.text() == "" and not dialog.bundle.isEnabled()


def test_export_an_entry_with_its_notes(
    qtbot: QtBot, window, tmp_path: Path, opened: list[str]
) -> None:
    with window.library.sessions() as s:
        item_id = repository.item_ids(s, parse_filter('title:"人类简史"'))[0]
    assert window.list_pane.items.select_id(item_id)

    def fill(dialog: ExportDialog) -> None:
        assert dialog.request.target is Target.ITEM
        dialog.format.setCurrentIndex(list(Format).index(Format.OBSIDIAN))
        assert not dialog.publish.isEnabled()
        dialog.out.setChecked(True)
        dialog.folder.setText(str(tmp_path / "vault"))
        dialog.export_button.click()
        dialog.reject()

    with answer(qtbot, ExportDialog, fill):
        trigger(window, MainAction.EXPORT)
    (post,) = (tmp_path / "vault").glob("*.md")
    assert "人类简史" in post.name


def test_export_the_notes_of_the_list_on_the_worker(qtbot: QtBot, window, tmp_path: Path) -> None:
    window.sidebar.select_key("notes:all")

    def fill(dialog: ExportDialog) -> None:
        assert dialog.request.many and len(dialog.request.ids) == 6
        assert not dialog.slug.isVisible()
        dialog.format.setCurrentIndex(list(Format).index(Format.JEKYLL))
        dialog.out.setChecked(True)
        dialog.folder.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
            dialog.export_button.click()
        dialog.reject()

    with answer(qtbot, ExportDialog, fill) as shown:
        trigger(window, MainAction.EXPORT_NOTES)
    assert len(list(tmp_path.glob("*.md"))) == 6
    assert shown[0].report is not None and len(shown[0].report.exported) == 6


def test_export_notes_about_the_entries_in_a_list(qtbot: QtBot, window, tmp_path: Path) -> None:
    window.sidebar.select_key("kind:book")

    def fill(dialog: ExportDialog) -> None:
        assert dialog.request.many
        assert dialog.request.title == "about Books"
        dialog.reject()

    with answer(qtbot, ExportDialog, fill):
        trigger(window, MainAction.EXPORT_NOTES)


def test_cancel_before_the_first_note_writes_nothing(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    with sample_library.sessions() as s:
        ids = tuple(repository.note_ids(s, parse_filter("")))
    dialog = make_dialog(qtbot, sample_library, Request(Target.NOTE, ids, "All notes", many=True))
    dialog.out.setChecked(True)
    dialog.folder.setText(str(tmp_path))
    release = threading.Event()
    worker.start(lambda: _wait(release), writes=True)  # the write pool is busy
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
        cancel_progress(dialog)
        release.set()
    assert "Cancelled" in dialog.message.text()
    assert not list(tmp_path.glob("*.md"))


def _wait(event: threading.Event):  # type: ignore[no-untyped-def]
    event.wait(10)
    return
    yield


def test_user_messages_drop_the_command_line_hint() -> None:
    assert user_message("/x.md was edited since it was exported; use --force to overwrite it") == (
        "/x.md was edited since it was exported.",
        True,
    )
    assert user_message("choose a folder") == ("Choose a folder", False)


def test_the_file_shown_is_the_file_export_writes(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    """A title another note's post already has in the folder: the dialog shows the name the
    export will give it (as batch plans it), and the export writes just that file."""
    with library.sessions.begin() as s:
        first = notes.add_note(s, "The first one.\n", title="读书笔记").created
        second = notes.add_note(s, "The second one.\n", title="读书笔记").created
    assert first is not None and second is not None
    site = tmp_path / "blog"
    site.mkdir()
    job = job_for(Choice(Format.HUGO, str(site)), library.paths)
    taken, _ = batch.export_note(library.sessions, first, job)
    dialog = make_dialog(
        qtbot,
        library,
        Request(Target.NOTE, (second,), "读书笔记"),
        site_folders={"hugo": str(site)},
    )
    assert dialog.folder.text() == str(site)
    shown = dialog.file.text()
    assert shown != taken.path and shown == f"{site}/content/posts/du-shu-bi-ji-{second}.md"
    assert f"du-shu-bi-ji-{second}" in dialog.slug.placeholderText()
    dialog.export_button.click()
    assert dialog.message.text().startswith("Exported to ")
    assert f"note_id: {second}\n" in Path(shown).read_text(encoding="utf-8")


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_the_error_sentence_follows_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, library: Library, tmp_path: Path, first: str, then: str
) -> None:
    """The red is the palette's at paint time: sampled from the rendered dialog after the
    switch, it is the new theme's error colour and reads at 4.5:1 or more; the next export's
    sentence is in the text colour again."""
    theme.apply(qapp, first)
    try:
        with library.sessions.begin() as s:
            created = notes.add_note(s, "红色的句子\n", title="Red").created
        assert created is not None
        dialog = make_dialog(qtbot, library, Request(Target.NOTE, (created,), "Red"))
        dialog.folder.setText("")
        dialog.export()  # no folder: one sentence, in red
        assert dialog.message.isVisible() and "folder" in dialog.message.text()
        before = theme.error_color(dialog.palette())
        switch(qtbot, qapp, then)
        after = theme.error_color(dialog.palette())
        assert after != before
        image = dialog.grab().toImage()
        rect = in_window(dialog.message, dialog.message.contentsRect(), dialog)
        assert text_contrast(image, rect) >= MIN_TEXT
        drawn = _text_colour(image, rect)
        channels = zip(drawn.getRgb()[:3], after.getRgb()[:3], strict=True)
        assert max(abs(a - b) for a, b in channels) <= 8, (drawn.name(), after.name())
        dialog.out.setChecked(True)
        dialog.folder.setText(str(tmp_path))
        dialog.export()
        assert dialog.message.text().startswith("Exported to ")
        normal = dialog.palette().color(dialog.message.foregroundRole())
        assert dialog.message.palette().color(dialog.message.foregroundRole()) == normal
    finally:
        theme.apply(qapp, "light")


def _text_colour(image: QImage, rect: QRect) -> QColor:
    """The rendered text's colour in ``rect``: the pixel furthest from the background."""
    pixels = Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast(c, background))
