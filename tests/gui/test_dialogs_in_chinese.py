"""The small dialogs in 简体中文 (issue 17): Preferences, Trash, note history, Restore from
backup, Log progress and the rating prompt, highlights, the kind chooser and About; and their
English exactly as it was (English loads no catalog, so the source text is what is shown)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from readinglog import config
from readinglog.core.backups import BackupInfo
from readinglog.core.library import Library
from readinglog.core.models import Item, Note
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.export.plan import FORMAT_LABELS
from readinglog.gui.dialogs import backup_dialog, common, highlight_dialog, log_dialog
from readinglog.gui.dialogs.backup_dialog import BackupDialog
from readinglog.gui.dialogs.highlight_dialog import HighlightDialog
from readinglog.gui.dialogs.history_dialog import HistoryDialog
from readinglog.gui.dialogs.log_dialog import LogDialog, RatingPrompt
from readinglog.gui.dialogs.preferences import FORMAT_NAMES, THEME_LABELS, PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _ids(library: Library) -> tuple[int, int]:
    with library.sessions() as s:
        item_id = s.scalars(select(Item.id).where(Item.kind == ItemKind.BOOK)).first()
        note_id = s.scalars(select(Note.id)).first()
    assert item_id is not None and note_id is not None
    return item_id, note_id


def _info(entries: int | None) -> BackupInfo:
    created = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    counts = None if entries is None else {"items": entries, "notes": 4}
    return BackupInfo(
        path=Path("/b/library.sqlite3"),
        created=created,
        reason="manual",
        revision="0001",
        size=3 * 1024 * 1024,
        counts=counts,
    )


# -- English exactly as it was -------------------------------------------------------------


def test_the_kind_chooser_shows_cores_labels_with_a_mnemonic() -> None:
    assert set(common.KIND_ITEMS) == set(ItemKind)
    for kind, text in common.KIND_ITEMS.items():
        assert text.startswith("&")
        assert text[1:].lower() == kind.label


def test_english_names_are_the_ones_shown_before() -> None:
    assert dict(FORMAT_NAMES) == FORMAT_LABELS
    assert THEME_LABELS == {"system": "Follow the system", "light": "Light", "dark": "Dark"}
    for kind, name in log_dialog.EVENT_NAMES.items():
        assert name == kind.value.capitalize()
    assert set(log_dialog.EVENT_NAMES) == set(log_dialog.EVENTS)
    assert dict(log_dialog.UNIT_NAMES) == {unit: unit.value for unit in ProgressUnit}
    assert set(highlight_dialog.COLOUR_NAMES) == set(highlight_dialog.COLOURS)
    assert all(name == text for name, text in highlight_dialog.COLOUR_NAMES.items())


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1024, "1.0 KB"), (5 * 1024**2, "5.0 MB")],
)
def test_sizes_in_english(size: int, text: str) -> None:
    assert backup_dialog.human_size(size) == text
    assert backup_dialog.human_size(3 * 1024**3) == "3.00 GB"


def test_a_backup_described_in_english() -> None:
    when = _info(9).created.astimezone().strftime("%Y-%m-%d %H:%M")
    assert (
        backup_dialog.describe(_info(9)) == f"{when} (Backed up by you, 3.0 MB, 9 entries, 4 notes)"
    )
    assert backup_dialog.describe(_info(None)) == f"{when} (Backed up by you, 3.0 MB)"
    unknown = replace(_info(None), reason="odd")
    assert "(odd, 3.0 MB)" in backup_dialog.describe(unknown)


def test_the_log_dialog_in_english(qtbot: QtBot, sample_library: Library) -> None:
    item_id, _ = _ids(sample_library)
    dialog = LogDialog(sample_library, item_id)
    qtbot.addWidget(dialog)
    texts = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    assert texts == ["Progress", "Started", "Finished", "Paused", "Abandoned"]
    assert dialog.amount.placeholderText() == "how far, in pages (optional)"


# -- in Chinese -----------------------------------------------------------------------------


def test_preferences_in_chinese(chinese: list[QTranslator], qtbot: QtBot, library: Library) -> None:
    dialog = PreferencesDialog(library.paths, config.load(library.paths.settings))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "偏好设置"
    assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == [
        "跟随系统",
        "浅色",
        "深色",
    ]
    languages = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert languages == ["跟随系统", "English", "简体中文", "繁體中文"]  # each by its own name
    formats = [dialog.export_format.itemText(i) for i in range(dialog.export_format.count())]
    assert "纯 Markdown" in formats and "Hugo" in formats
    _all_chinese(dialog)


def test_the_log_dialog_and_rating_prompt_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library
) -> None:
    item_id, _ = _ids(sample_library)
    dialog = LogDialog(sample_library, item_id)
    qtbot.addWidget(dialog)
    texts = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    assert texts == ["进度", "开始", "读完", "搁置", "弃读"]
    assert dialog.what.itemData(2) == EventKind.FINISHED.value  # what is stored stays English
    assert dialog.amount.placeholderText() == "进度，单位：页（可不填）"
    assert dialog.started_today.text() == "今天开始(&S)"
    with sample_library.sessions() as s:
        two = list(s.scalars(select(Item.id).limit(2)))
    prompt = RatingPrompt(sample_library, two)
    qtbot.addWidget(prompt)
    assert prompt.windowTitle() == "读完了 2 个条目"
    _all_chinese(prompt)


def test_the_highlight_dialog_in_chinese_stores_english_colours(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library
) -> None:
    item_id, _ = _ids(sample_library)
    dialog = HighlightDialog(sample_library, item_id=item_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("添加划线 — ")
    blue = dialog.colour.findData("blue")
    assert dialog.colour.itemText(blue) == "蓝色"
    dialog.colour.setCurrentIndex(blue)
    assert dialog._colour() == "blue"  # the name shown is Chinese, the one stored is not
    dialog.colour.setCurrentIndex(dialog.colour.findData(""))
    assert dialog.colour.currentText() == "无" and dialog._colour() is None
    dialog.colour.setEditText("teal")
    assert dialog._colour() == "teal"  # a name typed is kept as typed
    dialog.page.setText("12-3")
    dialog.accept()
    assert dialog.page_box.error.text() == "页码：范围的结尾（3）比开头（12）还小"


def test_trash_history_and_backups_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    _, note_id = _ids(sample_library)
    history = HistoryDialog(sample_library, note_id)
    qtbot.addWidget(history)
    assert history.windowTitle() == "笔记历史"
    assert history.stack.empty_text.startswith("这篇笔记还没有较早的版本")
    backups = BackupDialog(tmp_path, "library")
    qtbot.addWidget(backups)
    assert backups.windowTitle() == "从备份恢复"
    headers = [backups.table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert headers == ["日期", "原因", "大小", "条目", "笔记"]
    assert backups.stack.empty_text.startswith(f"{tmp_path} 里还没有备份。")
    when = _info(9).created.astimezone().strftime("%Y-%m-%d %H:%M")
    assert backup_dialog.describe(_info(9)) == f"{when}（手动备份，3.0 MB，9 个条目，4 篇笔记）"
    assert backup_dialog.human_size(12) == "12 字节"


def test_the_trash_window_in_chinese(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator], qtbot: QtBot, window
) -> None:
    from readinglog.gui.dialogs.trash_dialog import TrashDialog
    from readinglog.gui.lists.sidebar import TRASH_KEY

    index = window.sidebar._find(TRASH_KEY)
    with qtbot.waitSignal(window.sidebar.trash_requested):
        window.sidebar.clicked.emit(index)
    dialog = window.findChild(TrashDialog, "trash_dialog")
    assert dialog is not None
    assert dialog.windowTitle() == "回收站"
    header = dialog.list.headerItem()
    assert [header.text(i) for i in range(3)] == ["类型", "标题", "删除时间"]
    assert dialog.empty_button.text() == "清空回收站(&E)…"
    assert dialog.stack.empty_text == "回收站是空的。删除的条目和笔记会在这里保留 30 天。"
    dialog.close()


def test_the_kind_chooser_and_about_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    menu, chosen = common.kind_menu(parent, ItemKind.PODCAST)
    seen.extend(action.text() for action in menu.actions())
    assert chosen[menu.activeAction()] is ItemKind.PODCAST
    assert list(chosen.values()) == list(ItemKind)
    assert seen[:2] == ["图书(&B)", "播客节目(&P)"]
    assert len(seen) == len(ItemKind) and all(HAN.search(text) for text in seen)

    def about(_parent: QWidget, title: str, text: str) -> None:
        seen.extend([title, text])

    monkeypatch.setattr(QMessageBox, "about", about)
    common.show_about(parent, library.paths)
    assert seen[-2] == "关于 ReadingLog"
    assert "书库位置" in seen[-1] and str(library.paths.data) in seen[-1]


KEPT_LATIN = re.compile(
    r"--home DIR|READINGLOG_HOME|ReadingLog|Markdown|Obsidian|ISBN|Enter|Esc"
    r"|English|Hugo|Jekyll|Hexo"
)


def _all_chinese(widget: QWidget) -> None:
    """No English word left in the dialog's labels, buttons and boxes' titles."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    left = [text for text in texts if LATIN_WORD.search(KEPT_LATIN.sub("", text))]
    assert not left, left


def test_dialog_screenshots_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library, screenshots: Path
) -> None:
    """Preferences, Log progress and the highlight dialog in 简体中文 (READINGLOG_SCREENSHOTS):
    looked at for text cut short."""
    item_id, _ = _ids(sample_library)
    dialogs = {
        "preferences-zh": PreferencesDialog(
            sample_library.paths, config.load(sample_library.paths.settings)
        ),
        "log-dialog-zh": LogDialog(sample_library, item_id),
        "highlight-dialog-zh": HighlightDialog(sample_library, item_id=item_id),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(screenshots / f"{name}.png"))
        dialog.close()
