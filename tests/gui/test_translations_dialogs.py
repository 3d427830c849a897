"""The dialogs converted by issue 17 (export, import, import report, entry, lookup and its
sources and jobs) in 简体中文: what lupdate cannot check, that the text shown is the catalog's,
templates filled after translation, and English unchanged without a catalog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from readinglog.core.library import Library
from readinglog.core.types import Target

ROOT = Path(__file__).resolve().parents[2]


# -- lookup_sources, lookup_jobs -------------------------------------------------------------


def test_the_lookup_sources_in_chinese(chinese: list[QTranslator], qtbot: QtBot) -> None:
    from readinglog.gui.dialogs.lookup_sources import LookupSources

    box = LookupSources(["douban", "no-such-source"])
    qtbot.addWidget(box)
    assert box.title() == "书籍资料"
    assert box.up.text() == "上移(&U)"
    # the unknown name filled in after translation, the two sentences joined the Chinese way
    assert box.hint.text().startswith("设置里写了 'no-such-source'，")
    assert "。自定义顺序：" in box.hint.text()


def test_the_lookup_sources_in_english(qtbot: QtBot) -> None:
    from readinglog.gui.dialogs.lookup_sources import YOURS, LookupSources

    box = LookupSources(["douban", "no-such-source"])
    qtbot.addWidget(box)
    assert box.title() == "Book details"
    assert box.hint.text() == (
        "The settings named 'no-such-source', which no source here is: OK leaves it out. " + YOURS
    )


def test_the_lookup_jobs_say_what_they_do_in_chinese(chinese: list[QTranslator]) -> None:
    from readinglog.gui.dialogs import lookup_jobs

    step = next(lookup_jobs.cover_job("http://127.0.0.1:9/cover.jpg", None))  # type: ignore[arg-type]
    assert step.message == "正在下载封面…"


# -- export_dialog ---------------------------------------------------------------------------


def _export_dialog(qtbot: QtBot, library: Library, many: bool):  # type: ignore[no-untyped-def]
    from readinglog.core.types import Target
    from readinglog.export.plan import Request
    from tests.gui.test_export_dialog import make_dialog, note_id

    found = note_id(library)
    request = Request(Target.NOTE, (found, found) if many else (found,), "三体", many=many)
    return make_dialog(qtbot, library, request)


def test_the_export_dialog_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, sample_library: Library
) -> None:
    from readinglog.export.profiles import Format

    dialog = _export_dialog(qtbot, sample_library, many=True)
    assert dialog.windowTitle() == "导出"
    assert dialog.export_button.text() == "导出(&E)"
    assert dialog.findChild(QLabel).text() == "导出 2 篇笔记（三体）"
    assert dialog.format.itemText(list(Format).index(Format.OBSIDIAN)) == "Obsidian 仓库"
    assert dialog.site.text() == "站点文件夹(&F)（content/posts/）"
    assert "共 2 篇文章，例如" in dialog.file.text()


def test_the_export_dialog_in_english_as_before(qtbot: QtBot, sample_library: Library) -> None:
    dialog = _export_dialog(qtbot, sample_library, many=False)
    assert dialog.findChild(QLabel).text() == "Export note: 三体"
    dialog = _export_dialog(qtbot, sample_library, many=True)
    assert dialog.findChild(QLabel).text() == "Export 2 notes (三体)"
    assert dialog.site.text() == "The site's &folder (content/posts/)"


def test_the_export_dialogs_names_are_cores() -> None:
    """The format names and site layouts the dialog translates are export.plan's, in English."""
    from readinglog.export.plan import FORMAT_LABELS, SITE_LAYOUT, Request
    from readinglog.gui.dialogs import export_dialog

    assert export_dialog.FORMAT_NAMES == FORMAT_LABELS
    assert export_dialog.SITE_LAYOUTS == SITE_LAYOUT
    for many, ids in ((True, (1,)), (True, (1, 2)), (False, (1,))):
        for target in (Target.NOTE, Target.ITEM):
            request = Request(target, ids, "T", many=many)
            assert export_dialog.heading_text(request) == request.heading


# -- lookup_dialog ---------------------------------------------------------------------------


def _candidate():  # type: ignore[no-untyped-def]
    from readinglog.core.types import Person, Role
    from readinglog.online.books import Candidate

    people = (Person(Role.AUTHOR, "刘慈欣"), Person(Role.TRANSLATOR, "Ken Liu"))
    return Candidate("douban", "1", "三体", people=people, cover_url="http://x/c.jpg")


def test_the_lookup_dialog_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, tmp_path: Path
) -> None:
    from readinglog.gui.dialogs import lookup_dialog
    from readinglog.paths import AppPaths

    paths = AppPaths(tmp_path, tmp_path, tmp_path)
    dialog = lookup_dialog.LookupDialog(paths, None, "")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "在线查找书籍"
    header = dialog.candidates.headerItem()
    assert [header.text(i) for i in range(3)] == ["来源", "书名", "作者/译者"]
    dialog.start_lookup()  # nothing typed
    assert dialog.message.text() == "请先输入 ISBN 或书名。"
    assert lookup_dialog.people_text(_candidate()) == "刘慈欣; Ken Liu（译）"
    assert lookup_dialog.shown(None) == "（空）"
    assert lookup_dialog.LookupDialog._columns(_candidate())[-1] == "有"


def test_the_lookup_dialogs_roles_are_cores_and_english_is_unchanged() -> None:
    from readinglog.core.types import Role
    from readinglog.gui.dialogs import lookup_dialog

    assert {role: role.value for role in Role} == lookup_dialog.ROLE_NAMES
    assert lookup_dialog.people_text(_candidate()) == "刘慈欣; Ken Liu (translator)"
    assert lookup_dialog.shown("") == "(empty)"


# -- item_dialog -----------------------------------------------------------------------------


def test_the_entry_dialog_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library
) -> None:
    from readinglog.core.types import ItemKind
    from tests.gui.test_item_dialog import make_dialog

    dialog = make_dialog(qtbot, library, kind=ItemKind.EPISODE)
    assert dialog.windowTitle() == "添加条目"
    assert dialog.kind_choice.itemText(0) == "图书"
    assert dialog.status.itemText(0) == "想读"
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text().endswith("：")}
    assert {"标题(&T)：", "主持人：", "嘉宾：", "所属播客节目(&P)："} <= labels
    dialog.title.setText("一集")
    dialog.parent_edit.setText("没有这个节目")
    dialog.accept()
    assert "所属：请从列表中选择一个播客节目（'没有这个节目' 不在其中）" in {
        label.text() for label in dialog.findChildren(QLabel)
    }
    assert dialog._filled_sentence(3, True, "豆瓣") == (
        "已从豆瓣填入 3 个字段和封面，请核对，点“确定”即可保存条目。"
    )


def test_the_entry_dialogs_tables_are_cores_and_english_is_unchanged(
    qtbot: QtBot, library: Library
) -> None:
    from readinglog.core import fields
    from readinglog.core.types import ItemKind, Role, Status
    from readinglog.gui.dialogs import item_dialog
    from readinglog.gui.lists.table_models import STATUS_LABELS
    from tests.gui.test_item_dialog import make_dialog

    assert {role: role.value.capitalize() + "s" for role in Role} == item_dialog.ROLE_ROWS
    assert {spec.name: spec.help for spec in fields.FIELDS} == item_dialog.FIELD_HELP
    assert {s: STATUS_LABELS[s] for s in Status} == {s: s.value.replace("-", " ") for s in Status}
    dialog = make_dialog(qtbot, library, kind=ItemKind.BOOK)
    assert dialog.kind_choice.itemText(0) == "Book"
    assert dialog._filled_sentence(1, False, "豆瓣") == (
        "Filled 1 field from 豆瓣: check them, then OK saves the entry."
    )
    assert dialog._filled_sentence(2, True, "豆瓣") == (
        "Filled 2 fields and the cover from 豆瓣: check them, then OK saves the entry."
    )


# -- screenshots in 简体中文 -------------------------------------------------------------------


def test_the_dialogs_screenshots_in_chinese(
    chinese: list[QTranslator],
    qtbot: QtBot,
    sample_library: Library,
    themed: str,
    screenshots: Path,
    tmp_path: Path,
) -> None:
    """The import, export, entry and lookup dialogs in 简体中文, saved for a look by eye: no label
    cut short, no English left in their own text."""
    from readinglog.core import repository
    from readinglog.core.query import parse_filter
    from readinglog.core.types import ItemKind
    from readinglog.gui.dialogs.item_dialog import ItemDialog
    from readinglog.gui.dialogs.lookup_dialog import LookupDialog

    export = _export_dialog(qtbot, sample_library, many=False)
    with sample_library.sessions() as s:
        book = repository.item_ids(s, parse_filter("kind:book"))[0]
    entry = ItemDialog(sample_library, item_id=book)
    qtbot.addWidget(entry)
    entry.show()
    episode = ItemDialog(sample_library, kind=ItemKind.EPISODE)
    qtbot.addWidget(episode)
    episode.show()
    lookup = LookupDialog(sample_library.paths, entry.form_view(), entry.lookup_query())
    qtbot.addWidget(lookup)
    lookup.show()
    from readinglog.gui.dialogs.import_dialog import ImportDialog
    from tests.gui.test_import_dialog import goodreads_csv

    imports = ImportDialog(sample_library)
    qtbot.addWidget(imports)
    imports.show()
    with qtbot.waitSignal(imports.previewed, timeout=20_000):
        imports.set_path(goodreads_csv(tmp_path))
    for name, dialog in (
        ("import", imports),
        ("export", export),
        ("entry-book", entry),
        ("entry-episode", episode),
        ("lookup", lookup),
    ):
        qtbot.wait(30)
        assert dialog.grab().save(str(screenshots / f"zh-CN-{name}-{themed}.png"))


# -- import_dialog ---------------------------------------------------------------------------


def test_the_import_dialog_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from readinglog.gui.dialogs.import_dialog import ImportDialog
    from tests.gui.test_import_dialog import goodreads_csv

    dialog = ImportDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导入"
    assert dialog.kind.itemText(0) == "Goodreads 书库导出（CSV）"
    assert dialog.summary.text() == "请选择一个文件，或者把文件拖到主窗口上。"
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(goodreads_csv(tmp_path))
    assert dialog.detected.text().startswith("已识别：")
    assert dialog.summary.text().startswith("预览：")  # core's tally inside, in English for now
    assert dialog.tabs.tabText(1) == "跳过与警告（0）"


def test_the_import_dialogs_kinds_are_the_importers() -> None:
    from readinglog.core.types import ItemKind
    from readinglog.gui.dialogs import import_dialog
    from readinglog.importers.run import KIND_LABELS

    assert KIND_LABELS == import_dialog.IMPORT_KINDS
    # English as importers.run writes its preview rows
    for word in ("new", "updated", "note", "highlight", *(kind.label for kind in ItemKind)):
        assert import_dialog.row_word(word) == word
    assert import_dialog.file_filter().endswith(";;All files (*)")


# -- import_report ---------------------------------------------------------------------------


def test_the_import_reports_sentences_are_the_importers_in_english() -> None:
    """tally_sentence and tally_kinds say in English exactly what Tally.sentence and .kinds
    say, for every mix of none, one and many (1,234 grouped)."""
    import itertools

    from readinglog.gui.dialogs.import_report import tally_kinds, tally_sentence
    from readinglog.importers.run import Tally

    for counts in itertools.product((0, 1, 1234), repeat=6):
        tally = Tally(*counts)
        assert tally_kinds(tally) == tally.kinds()
        for dry_run in (True, False):
            assert tally_sentence(tally, dry_run) == tally.sentence(dry_run)


def test_the_import_report_in_chinese(
    chinese: list[QTranslator], qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from readinglog.gui.dialogs.import_dialog import ImportDialog
    from readinglog.gui.dialogs.import_report import tally_sentence
    from readinglog.importers.run import Tally
    from tests.gui.test_import_dialog import goodreads_csv

    tally = Tally(items_added=3, notes_added=2, highlights_added=1, items_updated=1)
    assert tally_sentence(tally, True) == "将添加 1 条划线、3 个条目和 2 篇笔记，将更新 1 个条目"
    dialog = ImportDialog(library)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.set_path(goodreads_csv(tmp_path))
    assert dialog.summary.text().startswith("预览：将添加 3 个条目和 2 篇笔记。按下“导入”")
    assert dialog.tabs.tabText(0) == "待导入（3 个条目，2 篇笔记）"
    first = dialog.rows.topLevelItem(0)
    assert [first.text(0), first.text(1)] == ["新增", "图书"]
    header = dialog.problems.headerItem()
    assert [header.text(0), header.text(1)] == ["行号", "跳过原因或警告"]
