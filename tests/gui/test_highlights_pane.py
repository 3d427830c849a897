"""An entry's highlights in the window (issue 14): listed under the entry by chapter and in
reading order, edited in a dialog, deleted to the trash and back with Ctrl+Z, made into a note,
quoted into the open note at its cursor, all by keyboard."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import highlights, repository, services, trash
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import ItemKind, Place, Target
from readinglog.gui.detail.highlight_rows import rows_of
from readinglog.gui.detail.highlights_panel import HighlightsPanel
from readinglog.gui.dialogs.highlight_dialog import HighlightDialog, parse_span
from readinglog.gui.window.actions import MainAction
from readinglog.gui.window.highlight_commands import NO_NOTE
from readinglog.gui.window.trash_commands import MOVED
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.helpers import answer, trigger
from tests.gui.test_shortcuts import WINDOW_WIDE, Counter, press

EN = "Blind to the Obvious"
ZH = "土地财政札记"


def _item(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]


def _new_entry(library: Library, title: str) -> int:
    with library.sessions.begin() as s:
        created = services.add_item(s, ItemKind.BOOK, title).created
    assert created is not None
    return created


def _add(library: Library, item_id: int, text: str, **place: Any) -> int:
    comment = place.pop("comment", None)
    color = place.pop("color", None)
    with library.sessions.begin() as s:
        changes = highlights.add_highlight(
            s, item_id, text, comment=comment, place=Place(**place), color=color
        )
    assert changes.created is not None
    return changes.created


@pytest.fixture
def marked(sample_library: Library) -> dict[str, int]:
    """Highlights added out of reading order, in two chapters (English) and none (Chinese)."""
    lib = sample_library
    en, zh = _new_entry(lib, EN), _new_entry(lib, ZH)
    return {
        "en": en,
        "zh": zh,
        "late": _add(lib, en, "Nothing in life is as important as you think it is.",
                     chapter="Part 4", loc_start=5120, loc_end=5122, comment="Focusing illusion"),
        "first": _add(lib, en, "A reliable way to make people believe in falsehoods is "
                      "frequent repetition.", chapter="Part 1", loc_start=1020, loc_end=1021,
                      color="yellow"),
        "second": _add(lib, en, "We can be blind to the obvious.", chapter="Part 1",
                       loc_start=1500),
        "zh1": _add(lib, zh, "地方政府是经济发展的主体之一。", page=42, comment="第一章的要点"),
        "zh2": _add(lib, zh, "土地财政。", page=7, page_end=8),
    }  # fmt: skip


def _open(qtbot: QtBot, window: Any, item_id: int) -> HighlightsPanel:
    window.open_page(Target.ITEM, item_id)  # selected in the list when it lists it
    qtbot.waitUntil(lambda: window.detail.current == (Target.ITEM, item_id))
    panel: HighlightsPanel = window.detail.highlights
    return panel


def _shown(panel: HighlightsPanel) -> list[tuple[str | None, str | None]]:
    """(heading, first words of the text) of each row, as the list holds them."""
    return [
        (row.heading, row.view.text[:12] if row.view is not None else None)
        for row in panel.list.highlights.rows
    ]


def _focus_list(qtbot: QtBot, window: Any, panel: HighlightsPanel) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    panel.list.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(panel.list.hasFocus, timeout=2000)


def test_shows_them_grouped_by_chapter_in_reading_order(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["en"])
    assert _shown(panel) == [
        ("Part 1", None),
        (None, "A reliable w"),
        (None, "We can be bl"),
        ("Part 4", None),
        (None, "Nothing in l"),
    ]
    assert panel.heading.text() == "Highlights · 3"
    late = panel.list.highlights.rows[4]
    assert late.place == "loc. 5120–5122"
    text = panel.list.highlights.index(4).data()
    assert text.splitlines() == [late.shown, "loc. 5120–5122", "Focusing illusion"]
    assert panel.list.isVisible() and not panel.hint.isVisible()

    panel = _open(qtbot, window, marked["zh"])  # no chapter: no headings; Chinese wording
    assert [(r.heading, r.place) for r in panel.list.highlights.rows] == [
        (None, "第 7–8 页"),
        (None, "第 42 页"),
    ]


def test_an_entry_without_highlights_says_how_to_add_one(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, _item(window.library, "How to Do Great Work"))
    assert not panel.list.isVisible() and panel.hint.isVisible()
    assert "Add highlight (Ctrl+H)" in panel.hint.text()
    assert not window.action(MainAction.QUOTE_HIGHLIGHTS).isEnabled()


def test_edit_in_the_dialog_by_enter(qtbot: QtBot, window: Any, marked: dict[str, int]) -> None:
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["second"])
    _focus_list(qtbot, window, panel)

    def fill(dialog: HighlightDialog) -> None:
        assert dialog.text.toPlainText() == "We can be blind to the obvious."
        assert dialog.location.text() == "1500"
        dialog.comment.setPlainText("and blind to our blindness")
        dialog.page.setText("24–25")
        dialog.chapter.setText("Part 4")
        dialog.colour.setEditText("blue")
        dialog.accept()

    with answer(qtbot, HighlightDialog, fill):
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    with window.library.sessions() as s:
        view = highlights.views(s, [marked["second"]])[0]
    assert view.comment == "and blind to our blindness"
    assert (view.place.page, view.place.page_end, view.place.loc_start) == (24, 25, 1500)
    assert view.color == "blue"
    # Refreshed on `changed`: now under Part 4 (its location still first there), still current.
    assert _shown(panel) == [
        ("Part 1", None),
        (None, "A reliable w"),
        ("Part 4", None),
        (None, "We can be bl"),
        (None, "Nothing in l"),
    ]
    assert panel.list.current_id() == marked["second"]


def test_the_dialog_refuses_a_bad_place_and_keeps_what_was_typed(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    dialog = HighlightDialog(window.library, highlight_id=marked["first"], parent=window)
    dialog.page.setText("12-3")
    dialog.comment.setPlainText("kept")
    dialog.accept()
    assert dialog.result() != HighlightDialog.DialogCode.Accepted
    assert "ends (3) before it starts (12)" in dialog.page_box.error.text()
    assert dialog.comment.toPlainText() == "kept"
    with window.library.sessions() as s:
        assert highlights.views(s, [marked["first"]])[0].comment is None
    dialog.close()


@pytest.mark.parametrize(
    ("text", "span"),
    [("", (None, None)), ("42", (42, None)), ("42-44", (42, 44)), (" 7 – 7 ", (7, None))],
)
def test_parse_span(text: str, span: tuple[int | None, int | None]) -> None:
    assert parse_span(text, "page") == span


@pytest.mark.parametrize("text", ["p. 4", "0", "9-2", "4-", "四十"])
def test_parse_span_refuses(text: str) -> None:
    from readinglog.core.errors import UserError

    with pytest.raises(UserError):
        parse_span(text, "page")


def test_add_highlight_from_the_entry(qtbot: QtBot, window: Any, marked: dict[str, int]) -> None:
    panel = _open(qtbot, window, marked["zh"])

    def fill(dialog: HighlightDialog) -> None:
        dialog.text.setPlainText("财政是国家治理的基础。")
        dialog.page.setText("3")
        dialog.accept()

    with answer(qtbot, HighlightDialog, fill):
        trigger(window, MainAction.ADD_HIGHLIGHT)
    assert (
        next(r.view.text for r in panel.list.highlights.rows if r.view) == "财政是国家治理的基础。"
    )
    assert panel.list.current_id() == panel.list.highlights.rows[0].view.id  # type: ignore[union-attr]


def test_del_deletes_to_the_trash_and_ctrl_z_restores(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["first"])
    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == MOVED
    assert _shown(panel)[:2] == [("Part 1", None), (None, "We can be bl")]
    assert panel.list.current_id() == marked["second"]  # the one after it
    with window.library.sessions() as s:
        assert [t.title for t in trash.list_trash(s)][:1] != []
        assert repository.item_view(s, marked["en"])  # the entry itself stays
        assert marked["en"] in repository.item_ids(s, parse_filter(""))

    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(panel)[1] == (None, "A reliable w")
    with window.library.sessions() as s:
        assert next(v.id for v in highlights.of_item(s, marked["en"])) == marked["first"]


def test_several_are_deleted_after_asking(
    qtbot: QtBot, window: Any, marked: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from readinglog.gui.dialogs import common

    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    panel = _open(qtbot, window, marked["en"])
    panel.list.selectAll()
    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert asked == ["Move 3 highlights to the trash?"]
    assert panel.count == 0 and panel.hint.isVisible()
    window.undo()
    assert panel.count == 3


def test_one_and_several_become_a_note_that_opens(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["late"])
    trigger(window, MainAction.HIGHLIGHTS_TO_NOTE)
    editor = window.detail.editor
    assert window.detail.page_target is not None and editor is not None
    one = editor.note_id
    with window.library.sessions() as s:
        view = highlights.views(s, [marked["late"]])[0]
        assert repository.note_view(s, one).body == highlights.quoted(view) + "\n"

    panel = _open(qtbot, window, marked["en"])
    panel.list.selectAll()
    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert editor.note_id not in (None, one)
    with window.library.sessions() as s:
        views = highlights.of_item(s, marked["en"])
        body = repository.note_view(s, editor.note_id).body
    assert body == "\n\n".join(highlights.quoted(v) for v in views) + "\n"
    assert body.index("A reliable way") < body.index("We can be blind") < body.index("Nothing")


def test_quote_into_the_open_note_at_its_cursor(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["zh"])
    panel.select(marked["zh2"])
    trigger(window, MainAction.HIGHLIGHTS_TO_NOTE)  # a note to quote into
    panel = _open(qtbot, window, marked["zh"])
    editor = window.detail.editor
    note_id = editor.note_id
    editor.source.setPlainText("开头。\n结尾。")
    cursor = editor.source.textCursor()
    cursor.setPosition(len("开头。"))
    editor.source.setTextCursor(cursor)
    panel = _open(qtbot, window, marked["zh"])
    panel.select(marked["zh1"])
    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    with window.library.sessions() as s:
        quote = highlights.quoted(highlights.views(s, [marked["zh1"]])[0])
    assert quote.startswith("> 地方政府是经济发展的主体之一。") and "第 42 页" in quote
    assert editor.source.toPlainText() == f"开头。\n\n{quote}\n\n结尾。"
    # The cursor is on the empty line after the quote (the blank line before 结尾 is kept).
    assert editor.source.textCursor().position() == len(f"开头。\n\n{quote}\n")
    assert "Quoted 1 highlight into" in window.statusBar().currentMessage()
    assert window.detail.page_target is window.list_target  # the entry stays shown
    editor.flush()
    with window.library.sessions() as s:
        assert quote in repository.note_view(s, note_id).body
    editor.source.undo()  # one step takes it back
    assert editor.source.toPlainText() == "开头。\n结尾。"


def test_quote_with_no_note_open_says_so(qtbot: QtBot, window: Any, marked: dict[str, int]) -> None:
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["late"])
    trigger(window, MainAction.QUOTE_HIGHLIGHTS)
    assert window.statusBar().currentMessage() == NO_NOTE


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise", "does not support grabbing")
def test_the_menu_key_opens_the_lists_menu(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["late"])
    _focus_list(qtbot, window, panel)
    seen: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()

    QTimer.singleShot(100, close_menu)
    # The menu key (or Shift+F10) reaches the list as a keyboard context-menu event.
    at = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, panel.list.mapToGlobal(at))
    QApplication.sendEvent(panel.list, event)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert [t.split("\t")[0] for t in seen[0]] == [
        "&Edit highlight…",
        "&Delete",
        "&Copy as quotes",
        "&Quote highlights in the open note",
        "&Make a note of the highlights",
        "Add &highlight…",
    ]


def test_rows_head_each_chapter_once_and_keep_the_order_given() -> None:
    views = _views(2000)
    rows = rows_of(views)
    assert [r.heading for r in rows if r.view is None] == [f"C{i}" for i in range(20)]
    assert [r.view.id for r in rows if r.view is not None] == list(range(2000))
    assert rows[0].heading == "C0" and rows[101].heading == "C1"
    no_chapter = rows_of([replace(v, place=Place(loc_start=v.id)) for v in views[:3]])
    assert [r.heading for r in no_chapter] == [None, None, None]  # no headings at all
    mixed = rows_of([views[0], replace(views[1], place=Place(loc_start=2))])
    assert [r.heading for r in mixed] == ["C0", None, "Without a chapter", None]


def _views(n: int) -> list[Any]:
    import datetime as dt

    from readinglog.core.types import HighlightSource, HighlightView

    now = dt.datetime(2024, 1, 1)
    return [
        HighlightView(i, 1, "T", f"text {i}", None, Place(chapter=f"C{i // 100}", loc_start=i),
                      None, None, HighlightSource.MANUAL, now, now)
        for i in range(n)
    ]  # fmt: skip


def test_an_entry_with_2000_highlights_opens_fast(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    lib = window.library
    item_id = marked["zh"]
    with lib.sessions.begin() as s:
        for i in range(2000):
            highlights.add_highlight(
                s, item_id, f"第{i}条划线：地方政府与土地财政的关系。" * (1 + i % 4),
                place=Place(chapter=f"第{i // 200 + 1}章", loc_start=10 * i + 1),
                comment="想法" if i % 3 == 0 else None,
            )  # fmt: skip
    _open(qtbot, window, marked["en"])
    started = time.perf_counter()
    window.select_item(item_id)
    shown = time.perf_counter()
    panel = window.detail.highlights
    panel.list.viewport().repaint()  # the first rows painted: what the user sees
    painted = time.perf_counter()
    QApplication.processEvents()  # and the rest laid out, in batches
    done = time.perf_counter()
    print(
        f"\n2,002 highlights: loaded and listed {1000 * (shown - started):.0f} ms, "
        f"first rows painted {1000 * (painted - started):.0f} ms, "
        f"all laid out {1000 * (done - started):.0f} ms"
    )
    assert panel.count == 2002
    assert painted - started < 0.5
    assert done - started < 1.5
    panel.list.scrollToBottom()  # the last ones lay out and paint too
    QApplication.processEvents()
    assert panel.list.highlights.rows[-1].view is not None


def test_latin_text_keeps_the_system_font_and_chinese_gets_chinese_shapes(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    """The theme puts the Chinese families after the system's; a Chinese font draws English
    curly quotes full-width ("can ’ t"), so Latin text is drawn in the system's family alone."""
    from readinglog.gui.detail.highlight_rows import CJK, HighlightDelegate

    delegate = HighlightDelegate()
    base = QFont(window.font())
    base.setFamilies(["Sans Serif", "Noto Sans CJK SC", "WenQuanYi Micro Hei"])  # as themed
    fonts, _ = delegate._fonts(base)
    en = _open(qtbot, window, marked["en"]).list.highlights.rows[1]
    zh = _open(qtbot, window, marked["zh"]).list.highlights.rows[1]
    en_font = fonts[delegate._parts(en)[0][0]]
    zh_parts = delegate._parts(zh)
    assert en_font.families() == ["Sans Serif"]
    assert fonts[zh_parts[0][0]].families()[0] == "Noto Sans CJK SC"
    assert [font // CJK for font, _ in zh_parts] == [1, 1, 1]  # text, 第 42 页, 第一章的要点
    assert fonts[zh_parts[2][0]].italic() is False  # no slanted Han
    assert fonts[
        delegate._parts(_open(qtbot, window, marked["en"]).list.highlights.rows[4])[2][0]
    ].italic()


def test_the_facts_take_their_height_and_the_highlights_the_rest(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    page = window.findChild(QWidget, "entry_splitter")
    _open(qtbot, window, marked["en"])  # a short page: a title and a line
    facts, below = page.sizes()
    assert facts < 0.3 * (facts + below)
    _open(qtbot, window, _item(window.library, "Thinking, Fast and Slow"))  # a long page
    facts, below = page.sizes()
    assert 0.3 * (facts + below) < facts <= 0.46 * (facts + below)
    _open(qtbot, window, _item(window.library, "How to Do Great Work"))  # no highlights
    facts, below = page.sizes()
    assert below < 0.25 * (facts + below)


def test_ctrl_2_goes_to_the_highlights_and_ctrl_c_copies_them_as_quotes(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    panel = _open(qtbot, window, marked["zh"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.focus_list()
    QTest.keyClick(window.list_pane.items, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.list.hasFocus, timeout=2000)
    assert panel.list.current_id() == panel.list.highlights.rows[0].view.id  # type: ignore[union-attr]
    QTest.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(panel.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    with window.library.sessions() as s:
        views = highlights.of_item(s, marked["zh"])
    expected = "\n\n".join(highlights.quoted(v) for v in views) + "\n"
    assert QApplication.clipboard().text() == expected

    _open(qtbot, window, _item(window.library, "How to Do Great Work"))
    QTest.keyClick(window.list_pane.items, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert "no highlights yet: Ctrl+H adds one" in window.statusBar().currentMessage()


def test_a_write_that_names_only_the_highlight_refreshes_the_page(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    from readinglog.core.types import Changes

    panel = _open(qtbot, window, marked["en"])
    with window.library.sessions.begin() as s:
        highlights.edit_highlight(s, marked["late"], comment="changed elsewhere")
    window.changed.emit(Changes(highlights=frozenset({marked["late"]})))
    row = panel.list.highlights.rows[panel.list.highlights.row_of(marked["late"])]  # type: ignore[index]
    assert row.view is not None and row.view.comment == "changed elsewhere"


@pytest.mark.parametrize(("start", "end"), [("light", "dark"), ("dark", "light")])
def test_the_highlights_read_well_after_a_theme_switch(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Any,
    sample_library: Library,
    light_afterwards: None,
    start: str,
    end: str,
) -> None:
    """Heading, passage, place line (dim), comment and the selected row, each at 4.5:1 or
    more as rendered after the theme switches at runtime; the empty list's hint too."""
    from PySide6.QtCore import QRect

    from readinglog.gui.runtime import theme
    from tests.gui.test_contrast import MIN_TEXT, grab, in_window, text_contrast

    theme.apply(qapp, start)
    en = _new_entry(sample_library, EN)
    late = _add(sample_library, en, "Nothing in life is as important as you think it is.",
                chapter="Part 4", loc_start=5120, comment="Focusing illusion")  # fmt: skip
    second = _add(sample_library, en, "We can be blind to the obvious.", chapter="Part 4",
                  loc_start=1500)  # fmt: skip
    window = make_window(sample_library, restore=False)
    window.resize(1280, 760)
    panel = _open(qtbot, window, en)
    panel.select(late)
    qtbot.wait(20)
    theme.apply(qapp, end)
    qtbot.wait(50)
    image = grab(window)
    view, model = panel.list, panel.list.highlights
    line = view.fontMetrics().height()

    def at(row: int, part: int, lines: int = 1) -> QRect:
        rect = view.visualRect(model.index(row))
        top = rect.top() + 7 + part * (line + 3)
        return in_window(view.viewport(), QRect(rect.left(), top, rect.width(), line), window)

    plain, selected = model.row_of(second), model.row_of(late)
    assert plain is not None and selected is not None
    regions = {
        "heading": in_window(view.viewport(), view.visualRect(model.index(0)), window),
        "passage": at(plain, 0),
        "place line": at(plain, 1),
        "selected passage": at(selected, 0),
        "selected place line": at(selected, 1),
        "selected comment": at(selected, 2),
    }
    found = {what: text_contrast(image, rect) for what, rect in regions.items()}
    assert all(ratio >= MIN_TEXT for ratio in found.values()), found


def test_editing_a_highlight_gone_meanwhile_says_so_and_drops_it(
    qtbot: QtBot, window: Any, marked: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(window, "report_error", said.append)
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["second"])
    with window.library.sessions.begin() as s:  # from the CLI, say
        trash.trash_highlight(s, marked["second"])
    _focus_list(qtbot, window, panel)
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert said == [f"no highlight with id {marked['second']}"]
    assert panel.list.highlights.row_of(marked["second"]) is None


@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code", OFFSCREEN_NOISE)
def test_every_window_key_works_from_the_highlights_list_but_del(
    qtbot: QtBot, window: Any, marked: dict[str, int]
) -> None:
    """As tests/gui/test_shortcuts.py checks for the other panes: a window key pressed in the
    list is the window's, except Del, which deletes the highlights (not the entry)."""
    from PySide6.QtGui import QKeySequence

    counted = Counter()  # every action counts its triggers instead of doing its work
    for key in MainAction:
        window.action(key).triggered.disconnect()
        window.action(key).triggered.connect(counted.count)
    panel = _open(qtbot, window, marked["en"])
    panel.select(marked["late"])
    _focus_list(qtbot, window, panel)
    deleted: list[list[int]] = []
    panel.list.delete_requested.disconnect()
    panel.list.delete_requested.connect(deleted.append)
    missed = []
    for key in MainAction:
        action = window.action(key)
        if action.shortcutContext() not in WINDOW_WIDE:
            continue
        for sequence in action.shortcuts():
            for each in MainAction:
                window.action(each).setEnabled(True)
            counted.fired.clear()
            deleted.clear()
            panel.list.setFocus(Qt.FocusReason.OtherFocusReason)
            press(panel.list, sequence)
            kept = sequence == QKeySequence("Del")
            if counted.fired != ([] if kept else [key]) or bool(deleted) != kept:
                missed.append(f"{sequence.toString()}: {counted.fired} {deleted}")
    assert missed == []
