"""The detail room (gui/detail: the entry page, the note editor, highlights, episodes, the
cover) in 简体中文, and its words checked against core's fields, roles and events so a new one
cannot reach the page in English only."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import activity, fields, highlights, notes, services
from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status
from readinglog.gui.detail import item_html
from readinglog.gui.detail.detail_view import DetailView
from readinglog.gui.detail.episodes_panel import COLUMNS, status_text

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _book(library: Library) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(
            s,
            ItemKind.BOOK,
            "人类简史",
            field_values={"publisher": "中信出版社", "pages": 440, "year": 2014},
            people=[Person(Role.AUTHOR, "尤瓦尔·赫拉利"), Person(Role.TRANSLATOR, "林俊宏")],
            tags=["历史"],
            status=Status.IN_PROGRESS,
        )
    assert made.created is not None
    item_id = made.created
    with library.sessions.begin() as s:
        activity.log_event(s, item_id, EventKind.STARTED, dt.date(2024, 3, 1))
        notes.add_note(s, "认知革命改变了一切。", item_ids=[item_id])
    return item_id


def _show(library: Library, kind: ItemKind) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(s, kind, "忽左忽右", field_values={}, status=Status.IN_PROGRESS)
    assert made.created is not None
    return made.created


def _detail(library: Library, qtbot: QtBot) -> DetailView:
    view = DetailView(library)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


# -- in Chinese ------------------------------------------------------------------------------


def test_the_entry_page_in_chinese(
    chinese: list[object],
    library: Library,
    qtbot: QtBot,
) -> None:
    item_id = _book(library)
    view = _detail(library, qtbot)
    view.show_item(item_id)
    page = view._entry_page.toPlainText()
    for word in ("作者", "译者", "出版社", "页数", "出版年", "标签", "动态", "开始", "笔记（1）"):
        assert word in page, (word, page)
    for word in ("Author", "Translator", "Publisher", "Pages", "Year", "Tags", "Activity"):
        assert word not in page, (word, page)
    assert "图书" in page  # the kind, as the list says it
    panel = view.highlights
    assert panel.heading.text() == "划线"
    assert panel.hint.text().startswith("还没有划线。")
    assert view.cover.choose.text() == "选择封面…"


def test_the_highlights_in_chinese(
    chinese: list[object],
    library: Library,
    qtbot: QtBot,
) -> None:
    item_id = _book(library)
    with library.sessions.begin() as s:
        highlights.add_highlight(s, item_id, "历史没有正义可言。")
        highlights.add_highlight(s, item_id, "", comment="回头再读")
    view = _detail(library, qtbot)
    view.show_item(item_id)
    panel = view.highlights
    assert panel.heading.text() == "划线 · 2"
    shown = [panel.list.highlights.index(r).data() for r in range(panel.list.highlights.rowCount())]
    assert any(text.startswith("（此处记了一条笔记）") for text in shown), shown


def test_the_note_editor_in_chinese(
    chinese: list[object],
    library: Library,
    qtbot: QtBot,
) -> None:
    view = _detail(library, qtbot)
    view.new_note()
    editor = view.editor
    assert editor is not None
    assert editor.save_state.text() == "新笔记（开始输入就会保存）"
    assert editor.title.placeholderText() == "标题（留空则取第一行）"
    assert [editor.panes.tabs.tabText(i) for i in range(2)] == ["编辑", "预览"]
    editor.source.setPlainText("读书笔记 reading notes")
    qtbot.waitUntil(lambda: editor.save_state.text() == "已保存", timeout=3000)
    qtbot.waitUntil(lambda: "字 ·" in editor.counts.text(), timeout=3000)
    assert not LATIN_WORD.search(editor.counts.text()), editor.counts.text()
    assert "取自第一行" in editor.title.placeholderText()


@pytest.mark.parametrize(
    ("kind", "noun", "mark"),
    [(ItemKind.PODCAST, "单集", "标为已听"), (ItemKind.SERIES, "视频", "标为已看")],
)
def test_the_episodes_in_chinese(
    chinese: list[object],
    library: Library,
    qtbot: QtBot,
    kind: ItemKind,
    noun: str,
    mark: str,
) -> None:
    show = _show(library, kind)
    view = _detail(library, qtbot)
    view.show_item(show)
    panel = view.episodes
    assert panel.heading.text() == noun
    assert panel.hint.text().startswith("还没有订阅源。")
    texts = [action.text() for action in panel.actions_by_status.values()]
    assert texts[0].startswith(mark), texts
    model = panel.list.episodes
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert headers == ["#", "标题", "发布日期", "时长", "状态"]
    said: list[str] = []
    panel.message.connect(said.append)
    panel._on_list_not_marked()
    assert said and not LATIN_WORD.search(said[0].replace("F", "").replace("P", "")), said


def test_the_detail_hint_in_chinese(
    chinese: list[object],
    library: Library,
    qtbot: QtBot,
) -> None:
    view = _detail(library, qtbot)
    view.show_nothing()
    hint = view.currentWidget()
    assert isinstance(hint, QWidget)
    assert hint.text().startswith("选择一个条目或一篇笔记。")  # type: ignore[attr-defined]


def test_chinese_screenshots_of_the_detail_room(  # type: ignore[no-untyped-def]
    chinese: list[object],
    make_window,
    library: Library,
    screenshots: Path,
    qtbot: QtBot,
) -> None:
    """The entry page with highlights, and the note editor, in 简体中文
    ($READINGLOG_SCREENSHOTS, or the folder printed with -s): look at them."""
    item_id = _book(library)
    with library.sessions.begin() as s:
        highlights.add_highlight(s, item_id, "历史没有正义可言。", comment="值得再想")
    window = make_window(library, restore=False)
    window.resize(1280, 760)
    window.detail.show_item(item_id)
    qtbot.wait(50)
    assert window.grab().save(str(screenshots / "detail-entry-zh_CN.png"))
    window.detail.new_note([item_id])
    window.detail.editor.source.setPlainText("# 读书笔记\n\n认知革命改变了一切。")
    qtbot.wait(400)
    assert window.grab().save(str(screenshots / "detail-note-zh_CN.png"))


# -- the page's words against core's (English: as before) -------------------------------------


def test_every_field_role_and_event_has_a_translatable_label() -> None:
    """A field, role or event core adds later gets a label here too, or the page would show
    it in English in a Chinese window."""
    shown = {spec.name for spec in fields.FIELDS} - {"rating", "summary", "cover"}
    assert shown <= set(item_html.FIELD_LABELS), shown - set(item_html.FIELD_LABELS)
    assert set(Role) <= set(item_html.ROLE_LABELS)
    assert set(EventKind) <= set(item_html.EVENT_LABELS)


def test_the_english_labels_are_as_before(qtbot: QtBot) -> None:
    """English loads no catalog: a field's label is its name as it always was."""
    before = {
        "subtitle": "Subtitle",
        "publisher": "Publisher",
        "feed_url": "Feed",
        "time_spent": "Time spent",
    }
    for name, label in before.items():
        assert item_html._label(name) == label
    assert item_html._role(Role.AUTHOR) == "Author"
    assert status_text(ItemKind.SERIES, Status.IN_PROGRESS) == "in progress"
    assert status_text(ItemKind.PODCAST, Status.WANT) == "want"
    assert status_text(ItemKind.PODCAST, Status.PAUSED) == "paused"
    assert QCoreApplication.translate("EntryPage", "Notes") == "Notes"
