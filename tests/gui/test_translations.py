"""The window in 简体中文 and 繁體中文 (issue 17): catalogs complete for every converted room, no
user-visible literal left untranslated there, the window and Qt's own strings in Chinese, the
language setting and the locale mapping.

A room is "converted" once it is in ``scripts/translations.py``'s ROOMS: from then on these tests
hold it to complete catalogs, so a new string cannot slip in untranslated.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from readinglog import config
from readinglog.config import Settings
from readinglog.core.library import Library
from readinglog.gui.runtime import i18n
from readinglog.gui.window.actions import MENUS, MainAction
from tests.gui.chinese import translations_script

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")


script = translations_script()
ROOMS = list(script.ROOMS)
LANGUAGES = list(script.LANGUAGES)


def _entries(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    return script._messages(ts)  # type: ignore[no-any-return]


def _texts(message: ET.Element) -> list[str]:
    return script._texts(message)  # type: ignore[no-any-return]


# -- (1) the catalogs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh() -> Iterator[dict[tuple[str, str], Path]]:
    """Each room's catalogs as lupdate makes them from the sources now."""
    made = {(room, lang): script.fresh_catalog(room, lang) for room in ROOMS for lang in LANGUAGES}
    yield made
    for ts in made.values():
        shutil.rmtree(ts.parent, ignore_errors=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("room", ROOMS)
def test_the_catalog_holds_every_string_of_the_room(
    room: str, language: str, fresh: dict[tuple[str, str], Path]
) -> None:
    committed = script.catalog(room, language)
    assert committed.is_file(), f"run scripts/translations.py update {room}"
    wanted = set(_entries(fresh[(room, language)]))
    held = set(_entries(committed))
    assert wanted, f"lupdate found no string in the room {room}"
    missing = sorted(wanted - held)
    stale = sorted(held - wanted)
    assert not missing, f"not in {committed.name} (scripts/translations.py update): {missing}"
    assert not stale, f"gone from the sources (scripts/translations.py update): {stale}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("room", ROOMS)
def test_every_entry_is_translated(room: str, language: str) -> None:
    unfinished = [
        key
        for key, message in _entries(script.catalog(room, language)).items()
        if not script.finished(message)
    ]
    assert not unfinished, f"{room}_{language}.ts: unfinished or empty: {unfinished}"


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")
MNEMONIC = re.compile(r"&[^&\s]")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("room", ROOMS)
def test_translations_keep_placeholders_and_mnemonics(room: str, language: str) -> None:
    """A translation that drops {entries} loses a figure (or raises KeyError on a new one);
    a menu text without its (&F) cannot be reached from the keyboard."""
    wrong = []
    for (context, source, _), message in _entries(script.catalog(room, language)).items():
        for text in _texts(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text))
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                wrong.append((context, source, text))
            if language == "zh_TW" and re.search("[“”]", text):
                wrong.append((context, source, "Taiwan writes 「」: " + text))
    assert not wrong


def test_every_rooms_files_exist() -> None:
    for room in ROOMS:
        files = script.room_files(room)
        assert files and all(f.is_file() for f in files), room


def test_every_gui_module_is_in_a_translated_room() -> None:
    """A new module of the window is held to the catalogs from its first commit."""
    covered = {f.resolve() for room in ROOMS for f in script.room_files(room)}
    gui = ROOT / "src" / "readinglog" / "gui"
    modules = {p.resolve() for p in gui.rglob("*.py") if p.name != "__init__.py"}
    assert sorted(str(p.relative_to(gui)) for p in modules - covered) == []


# -- (2) no user-visible literal left bare in a converted room -------------------------------

# Calls whose string arguments the user sees: Qt's setters and constructors, and our own ways
# of showing a sentence (the status bar, an error, a confirmation, a progress step).
VISIBLE_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setLabelText",
        "setOkButtonText",
        "setCancelButtonText",
        "setTitle",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "addMenu",
        "addAction",  # a context menu's own entries (menu.addAction("&Delete"))
        "addItem",
        "addItems",
        "addRow",
        "addTab",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderData",
        "getText",
        "getItem",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "status",
        "report_error",
        "confirm",
        "run_with_progress",
        "_say",
        "_message",
    }
)
VISIBLE_CLASSES = frozenset(
    {
        "QAction",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QProgressDialog",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "Progress",
        "UserError",
    }
)
MESSAGE_BOXES = frozenset({"warning", "information", "critical", "question", "about"})
WORD = re.compile(r"[A-Za-z]{2,}")


def _bare(node: ast.expr) -> bool:
    """A literal with words in it, not passed through tr()/translate()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and WORD.search(str(part.value)) for part in node.values
        )
    if isinstance(node, ast.List | ast.Tuple):
        return any(_bare(element) for element in node.elts)
    if isinstance(node, ast.BinOp):  # "a" + b, "%s" % x
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    return False


def _name(call: ast.Call) -> str:
    """The call's name; QMessageBox.warning and friends (not a logger's warning) as such."""
    func = call.func
    if isinstance(func, ast.Attribute):
        if func.attr in MESSAGE_BOXES:
            receiver = func.value
            return (
                "QMessageBox"
                if isinstance(receiver, ast.Name) and receiver.id == "QMessageBox"
                else ""
            )
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _returns_bare(function: ast.FunctionDef) -> list[ast.expr]:
    """headerData()/data() returning a literal: a column header the user reads."""
    if function.name not in ("headerData", "data"):
        return []
    return [
        node.value
        for node in ast.walk(function)
        if isinstance(node, ast.Return) and node.value is not None and _bare(node.value)
    ]


def untranslated(source: str, filename: str = "<source>") -> list[str]:
    """``file:line: call(...)`` for each user-visible literal left untranslated."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.FunctionDef):
            found += [
                f"{filename}:{v.lineno}: return {ast.unparse(v)}" for v in _returns_bare(node)
            ]
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "tr" and node.args and _bare(node.args[0]):
            # a module's own tr("…"): lupdate files it under no context, so it is never found
            found.append(f"{filename}:{node.lineno}: use QCoreApplication.translate(context, …)")
        name = _name(node)
        if name not in VISIBLE_METHODS and name not in VISIBLE_CLASSES:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]
        if any(_bare(a) for a in arguments):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:120]}")
    return found


@pytest.mark.parametrize("room", ROOMS)
def test_no_bare_user_visible_literal_in_a_converted_room(room: str) -> None:
    found = []
    for path in script.room_files(room):
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


@pytest.mark.parametrize(
    "code",
    [
        'QLabel("Hello", self)',
        'self.status(f"Saved {count} entries")',
        'button.setText("OK then")',
        'QMessageBox.warning(self, APP_NAME, "Something went wrong")',
        'table.setHorizontalHeaderLabels(["Title", "Keys"])',
        'window.status("Done" if ok else "Failed")',
        'Progress(0, None, "Checking the backup…")',
        "class M:\n    def headerData(self, section, o, role):\n        return 'Title'",
        'message = tr("No entries yet")',
        'edit = menu.addAction("&Edit highlight…\\tEnter")',
    ],
)
def test_the_scan_finds_a_bare_literal(code: str) -> None:
    assert untranslated(code)


@pytest.mark.parametrize(
    "code",
    [
        'QLabel(self.tr("Hello"), self)',
        'self.status(self.tr("Saved {n}").format(n=count))',
        'button.setText(QCoreApplication.translate("Ctx", "OK then"))',
        "QMessageBox.warning(self, APP_NAME, message)",
        'edit.setObjectName("search_box")',
        'self.status("")',
        'QLabel("—", self)',
    ],
)
def test_the_scan_lets_translated_text_through(code: str) -> None:
    assert not untranslated(code)


# -- (3) the window in Chinese ---------------------------------------------------------------


def test_chinese_installs_ours_and_qts_own(chinese: list[QTranslator]) -> None:
    assert len(chinese) == 2
    assert QLocale().name() == "zh_CN"


def test_the_window_in_chinese_shows_chinese_menus(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator], make_window, sample_library: Library, qtbot: QtBot
) -> None:
    window = make_window(sample_library)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "查看(&V)", "订阅(&D)", "帮助(&H)"]
    for key in MainAction:
        action = window.main_actions[key]
        assert HAN.search(action.text()), (key, action.text())
        assert HAN.search(action.statusTip()), (key, action.statusTip())
    assert HAN.search(window._size.text()), window._size.text()  # "9 个条目 · 4 篇笔记"
    window.detail.show_nothing()
    window.focus_highlights()  # a status message of the window's own
    assert window.statusBar().currentMessage() == "请先打开一个条目，再转到它的划线"


def test_the_shortcuts_sheet_in_chinese(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator], make_window, sample_library: Library
) -> None:
    from readinglog.gui.window.shortcuts import ShortcutsDialog

    window = make_window(sample_library)
    groups = [
        (title, [window.main_actions[k] for k in keys if k is not None]) for title, keys in MENUS
    ]
    sheet = ShortcutsDialog(groups, window)
    try:
        assert sheet.windowTitle() == "键盘快捷键"
        names = [title for title, _ in sheet.groups()]
        assert names[:5] == ["文件", "编辑", "查看", "订阅", "帮助"]
        assert all(HAN.search(what) for what, _ in sheet.rows())
    finally:
        sheet.deleteLater()


def test_the_lists_in_chinese(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator], make_window, sample_library: Library
) -> None:
    from PySide6.QtCore import Qt

    from readinglog.gui.lists.empty_states import empty_message
    from readinglog.gui.lists.views import view_for

    window = make_window(sample_library)
    sections = [window.sidebar.model().index(r, 0).data() for r in range(4)]
    assert sections == ["书架", "状态", "标签", "笔记"]
    assert window.windowTitle() == "ReadingLog — 全部条目"
    model = window.list_pane.items.paged_model()
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(i, horizontal) for i in range(model.columnCount())]
    assert headers[:5] == ["标题", "作者", "类型", "状态", "评分"]
    shown = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert {"读过", "在读", "想读"} <= shown, shown
    assert empty_message(view_for("status:paused"), "") == "没有搁置的条目。"
    assert empty_message(view_for("kind:book"), "", keys={"new_item": "Ctrl+N"}) == (
        "还没有图书 — 用 Ctrl+N 添加"
    )


def test_the_kind_labels_are_cores() -> None:
    """The list's kind labels (translated in gui) are core's ItemKind.label, in English."""
    from readinglog.core.types import ItemKind
    from readinglog.gui.lists.table_models import KIND_LABELS, kind_label

    assert set(KIND_LABELS) == set(ItemKind)
    assert all(kind_label(kind) == kind.label for kind in ItemKind)


def test_qts_own_strings_are_chinese(chinese: list[QTranslator], qtbot: QtBot) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    box.show()
    try:
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None and HAN.search(cancel.text()), cancel.text()
    finally:
        box.close()
        box.deleteLater()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    assert texts and all(HAN.search(t) for t in texts), texts


def test_english_installs_nothing(qapp: QApplication) -> None:
    before = QLocale().name()
    assert i18n.install(qapp, "en") == []
    assert QLocale().name() == before


def test_a_missing_catalog_leaves_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout without ``scripts/translations.py build``: Qt's own strings only."""
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    before = QLocale()
    installed = i18n.install(qapp, "zh_TW")
    try:
        assert len(installed) == 1  # qtbase_zh_TW from PySide6
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_traditional_chinese_in_the_window(  # type: ignore[no-untyped-def]
    qapp: QApplication,
    built_qm: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window,
    library: Library,
) -> None:
    monkeypatch.setattr(i18n, "translations_folder", lambda: built_qm)
    before = QLocale()
    installed = i18n.install(qapp, "zh_TW")
    try:
        window = make_window(library)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == "檔案(&F)"
        assert window.main_actions[MainAction.UNDO].text() == "復原(&U)"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


# -- the setting and the locale ----------------------------------------------------------------


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_language_setting_round_trips(tmp_path: Path, language: str) -> None:
    path = tmp_path / "settings.toml"
    config.save(Settings(language=language), path)
    assert config.load(path).language == language


def test_the_language_defaults_to_the_system(tmp_path: Path) -> None:
    assert config.load(tmp_path / "none.toml").language == "system"


def test_preferences_saves_the_language(qtbot: QtBot, library: Library) -> None:
    from readinglog.gui.dialogs.preferences import PreferencesDialog

    settings = config.load(library.paths.settings)
    dialog = PreferencesDialog(library.paths, settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.accept()
    assert config.load(library.paths.settings).language == "zh_TW"
    again = PreferencesDialog(library.paths, config.load(library.paths.settings))
    qtbot.addWidget(again)
    assert again.language.currentData() == "zh_TW"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh-Hans-HK", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh-Hant-SG", "zh_TW"),
        ("zh_TW.Big5", "zh_TW"),
        ("zh-TW", "zh_TW"),
        ("en_US", "en"),
        ("en-GB", "en"),
        ("ja_JP", "en"),
        ("C", "en"),
        ("", "en"),
    ],
)
def test_locale_mapping(name: str, expected: str) -> None:
    assert i18n.language_for(name) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_HK", "zh_TW"), ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("de_DE", "en")],
)
def test_the_system_locale_decides_unless_the_setting_does(locale: str, expected: str) -> None:
    system = QLocale(locale)
    assert i18n.chosen_language("system", system) == expected
    assert i18n.chosen_language("en", system) == "en"
    assert i18n.chosen_language("zh_TW", system) == "zh_TW"
    assert i18n.chosen_language("klingon", system) == expected  # an unknown value: the system


# -- screenshots -------------------------------------------------------------------------------


# the offscreen platform cannot raise a popup menu nor grab the keyboard for it: it says so
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_chinese_screenshots(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator],
    make_window,
    sample_library: Library,
    themed: str,
    screenshots: Path,
    qtbot: QtBot,
) -> None:
    """The window, its File and Edit menus, the shortcuts sheet and the first-run offer in
    简体中文 ($READINGLOG_SCREENSHOTS, or the folder printed with -s): look at them."""
    from readinglog.gui.dialogs.first_run import FirstRunDialog
    from readinglog.gui.window.shortcuts import ShortcutsDialog

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.wait(30)
        assert widget.grab().save(str(screenshots / f"{name}-zh_CN-{themed}.png"))

    window = make_window(sample_library, restore=False)
    window.resize(1280, 760)
    shot(window, "main")
    for index, name in ((0, "menu-file"), (1, "menu-edit")):
        menu = window.menuBar().actions()[index].menu()
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        qtbot.waitUntil(menu.isVisible)
        shot(menu, name)
        menu.close()
    groups = [
        (title, [window.main_actions[k] for k in keys if k is not None]) for title, keys in MENUS
    ]
    sheet = ShortcutsDialog(groups, window)
    sheet.show()
    shot(sheet, "shortcuts")
    sheet.close()
    first = FirstRunDialog(window)
    first.show()
    shot(first, "first-run")
    first.close()
