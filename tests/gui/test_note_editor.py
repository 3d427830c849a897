"""The note editor: create on first keystroke, autosave, undo, counts, preview, IME, tags."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from readinglog.core import notes, repository, services
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import Changes, ItemKind, Person, Role
from readinglog.gui.detail import preview_worker
from readinglog.gui.detail.autosave import Autosaver
from readinglog.gui.detail.note_editor import NoteEditor
from readinglog.gui.detail.preview_worker import PreviewResult, PreviewScheduler
from readinglog.gui.runtime import theme
from tests.timing import cpu_budget

# Completion popups on the offscreen platform also warn that it cannot raise them or grab the
# keyboard for them (a function-level mark, as it must win over the one tests/gui/conftest adds).
POPUP = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user: ASCII as key presses, anything else as input-method commits."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif " " <= ch <= "~":
            QTest.keyClicks(widget, ch)
        else:
            commit(widget, ch)


def commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def body_of(library: Library, note_id: int) -> str:
    with library.sessions() as s:
        return repository.note_view(s, note_id).body


def note_count(library: Library) -> int:
    with library.sessions() as s:
        return len(repository.note_ids(s, Filter()))


def add_note(library: Library, body: str, **kw: object) -> int:
    with library.sessions.begin() as s:
        created = notes.add_note(s, body, **kw).created  # type: ignore[arg-type]
    assert created is not None
    return created


@pytest.fixture
def editor(qtbot, library: Library) -> Iterator[NoteEditor]:
    widget = NoteEditor(library)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    yield widget
    widget.flush()
    widget._preview.wait(5000)


def test_new_note_is_created_on_the_first_keystroke_not_before(qtbot, editor, library) -> None:
    editor.new_note()
    qtbot.wait(700)
    assert note_count(library) == 0
    with qtbot.waitSignal(editor.changed) as signal:
        type_text(editor.source, "H")
    changes = signal.args[0]
    assert isinstance(changes, Changes) and changes.created == editor.note_id
    assert body_of(library, editor.note_id) == "H"


def test_new_note_links_the_given_entries(qtbot, editor, library) -> None:
    with library.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "人类简史").created
    editor.new_note([item])
    type_text(editor.source, "x")
    with library.sessions() as s:
        assert repository.note_view(s, editor.note_id).item_ids == (item,)


def test_edit_is_autosaved_after_a_pause(qtbot, editor, library) -> None:
    note = add_note(library, "first line")
    editor.load(note)
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    type_text(editor.source, " and more 更多")
    assert editor.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: body_of(library, note) == "first line and more 更多", timeout=3000)
    assert editor.save_state.text() == "Saved"


def test_switching_notes_saves_the_first_at_once(qtbot, editor, library) -> None:
    first, second = add_note(library, "one"), add_note(library, "two")
    editor.load(first)
    type_text(editor.source, "X")
    editor.load(second)
    assert body_of(library, first) == "Xone"
    assert editor.source.toPlainText() == "two"


def test_flush_saves_pending_text_now(editor, library) -> None:
    note = add_note(library, "")
    editor.load(note)
    type_text(editor.source, "quit now")
    editor.flush()
    assert body_of(library, note) == "quit now"


def test_undo_survives_autosave(qtbot, editor, library) -> None:
    note = add_note(library, "start")
    editor.load(note)
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    type_text(editor.source, " typed")
    qtbot.waitUntil(lambda: body_of(library, note) == "start typed", timeout=3000)
    assert editor.source.document().isUndoAvailable()
    editor.source.undo()
    assert editor.source.toPlainText() == "start"
    qtbot.waitUntil(lambda: body_of(library, note) == "start", timeout=3000)
    editor.source.redo()
    assert editor.source.toPlainText() == "start typed"


def test_loading_the_note_shown_keeps_undo(editor, library) -> None:
    note = add_note(library, "a")
    editor.load(note)
    type_text(editor.source, "b")
    editor.load(note)
    assert editor.source.document().isUndoAvailable()


def test_autosaver_saves_while_typing_goes_on(qtbot) -> None:
    saves: list[float] = []
    saver = Autosaver(lambda: saves.append(time.monotonic()), debounce_ms=200, max_wait_ms=400)
    start = time.monotonic()
    while time.monotonic() - start < 1.0:
        saver.touch()
        qtbot.wait(50)
    assert len(saves) >= 2  # pure debounce would not have saved at all
    assert saves[0] - start < 0.6
    saver.flush()
    assert not saver.pending


def test_autosaver_debounces_a_burst_into_one_save(qtbot) -> None:
    saves: list[int] = []
    saver = Autosaver(lambda: saves.append(1), debounce_ms=100, max_wait_ms=1000)
    for _ in range(5):
        saver.touch()
    qtbot.waitUntil(lambda: saves == [1], timeout=1000)
    qtbot.wait(200)
    assert saves == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello brave new world", "4 words · 18 characters"),
        ("人类简史是一本书", "8 words · 8 characters"),
        ("我喜欢 Python 编程。", "6 words · 12 characters"),
        ("See [the link](https://example.org) 看看", "5 words · 35 characters"),
    ],
)
def test_counts_are_right_for_chinese_english_and_mixed(qtbot, editor, text, expected) -> None:
    editor.new_note()
    editor.source.insertPlainText(text)
    qtbot.waitUntil(lambda: editor.counts.text() == expected, timeout=3000)


def test_over_size_body_shows_the_error_and_keeps_the_text(qtbot, editor, library, monkeypatch):
    monkeypatch.setattr(notes, "MAX_NOTE_BYTES", 1000)
    note = add_note(library, "short")
    editor.load(note)
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    editor.source.insertPlainText("长" * 400)  # 1,200 bytes in UTF-8
    qtbot.waitUntil(lambda: editor.error is not None, timeout=3000)
    assert "a note can hold at most" in editor.save_state.text()
    assert editor.save_state.property(theme.ERROR_PROPERTY)  # in the theme's error red
    assert editor.source.toPlainText() == "short" + "长" * 400
    assert body_of(library, note) == "short"
    editor.source.undo()  # back under the limit: saved, and the error goes away
    qtbot.waitUntil(lambda: editor.save_state.text() == "Saved", timeout=3000)
    assert body_of(library, note) == "short"
    assert not editor.save_state.property(theme.ERROR_PROPERTY)


def test_preview_renders_off_thread_and_sanitizes(qtbot, editor, monkeypatch) -> None:
    threads: list[int] = []
    real = preview_worker.render_html

    def spy(source: str) -> str:
        threads.append(threading.get_ident())
        return real(source)

    monkeypatch.setattr(preview_worker, "render_html", spy)
    editor.new_note()
    has_bold = lambda result: "bold" in result.html  # noqa: E731
    with qtbot.waitSignal(
        editor._preview.rendered, timeout=3000, check_params_cb=has_bold
    ) as signal:
        editor.source.insertPlainText("**bold** <script>alert(1)</script> [x](javascript:alert(1))")
    result = signal.args[0]
    assert "<strong>bold</strong>" in result.html
    assert "<script" not in result.html and "javascript:" not in result.html
    assert threads and threading.get_ident() not in threads
    assert "bold" in editor.preview.toPlainText()
    assert "alert" not in editor.preview.toPlainText()


def test_preview_drops_stale_results(qtbot, monkeypatch) -> None:
    texts = iter(["slow", "queued", "newest"])
    scheduler = PreviewScheduler(lambda: next(texts))
    started = threading.Event()

    def render(source: str) -> str:
        if source == "slow":
            started.set()
            time.sleep(0.3)
        return source

    monkeypatch.setattr(preview_worker, "render_html", render)
    shown: list[PreviewResult] = []
    scheduler.rendered.connect(shown.append)
    scheduler.render_now()
    assert started.wait(2)
    scheduler.render_now()  # queued behind "slow", and out of date before it starts
    scheduler.render_now()
    qtbot.waitUntil(lambda: bool(shown) and shown[-1].html == "newest", timeout=3000)
    assert [r.html for r in shown] == ["slow", "newest"]  # "queued" was skipped, not rendered
    scheduler.wait()


def test_pathological_text_does_not_block_typing(qtbot, editor) -> None:
    editor.new_note()
    with cpu_budget(1.0, "typing after 10,000 brackets"):
        editor.source.insertPlainText("[" * 10_000)
        type_text(editor.source, "abc")
    qtbot.waitUntil(lambda: "[[[" in editor.preview.toPlainText(), timeout=5000)


def test_a_megabyte_note_types_without_freezing(qtbot, editor, library) -> None:
    # A megabyte in lines (Qt lays out a paragraph as a whole, so one 1 MB line is slow in
    # any QPlainTextEdit: about 0.3 s a key here, with or without this editor).
    note = add_note(
        library, ("Hello world 你好世界, a line of a long note.\n" * 30_000)[:1_000_000]
    )
    editor.load(note)
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    for ch in "typing on":
        with cpu_budget(0.05, f"typing {ch!r} in a megabyte"):
            type_text(editor.source, ch)
    editor.flush()
    assert body_of(library, note).endswith("typing on")


def test_input_method_preedit_is_not_saved(qtbot, editor, library) -> None:
    note = add_note(library, "abc")
    editor.load(note)
    with qtbot.assertNotEmitted(editor.changed, wait=800):
        QCoreApplication.sendEvent(editor.source, QInputMethodEvent("ni hao", []))
    assert not editor._autosaver.pending
    assert body_of(library, note) == "abc"
    commit(editor.source, "你好")
    qtbot.waitUntil(lambda: body_of(library, note) == "你好abc", timeout=3000)


@POPUP
def test_tags_complete_from_existing_ones_and_are_saved(qtbot, editor, library) -> None:
    add_note(library, "x", tags=["历史", "history", "经济学"])
    editor.new_note()
    type_text(editor.tags, "历")
    completer = editor.tags.tag_completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "历史"
    qtbot.waitUntil(completer.popup().isVisible, timeout=1000)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.tags.text() == "历史, "
    type_text(editor.tags, "reading")
    QTest.keyClick(editor.tags, Qt.Key.Key_Return)  # Enter ends a tag
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=2000)
    editor.flush()
    with library.sessions() as s:
        assert repository.note_view(s, editor.note_id).tags == ("reading", "历史")


def test_half_typed_tags_are_not_saved(qtbot, editor, library) -> None:
    note = add_note(library, "x")
    editor.load(note)
    type_text(editor.tags, "hist")
    qtbot.wait(800)
    with library.sessions() as s:
        assert repository.note_view(s, note).tags == ()
        assert "hist" not in dict(repository.tag_counts(s))


@POPUP
@pytest.mark.parametrize("typed", ["人类", "Sapiens", "Harari"])
def test_entries_are_linked_by_title_in_either_language(qtbot, editor, library, typed) -> None:
    with library.sessions.begin() as s:
        item = services.add_item(
            s,
            ItemKind.BOOK,
            "人类简史",
            field_values={"original_title": "Sapiens"},
            people=[Person(Role.AUTHOR, "Yuval Noah Harari")],
        ).created
        services.add_item(s, ItemKind.BOOK, "Other book")
    note = add_note(library, "about it")
    editor.load(note)
    type_text(editor.links.field, typed)
    completer = editor.links.completer
    qtbot.waitUntil(lambda: completer.completionModel().rowCount() == 1, timeout=2000)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.links.item_ids() == [item]
    editor.flush()
    with library.sessions() as s:
        assert repository.note_view(s, note).item_ids == (item,)


def test_links_open_externally_only_on_click(editor, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(
        "readinglog.gui.detail.note_editor.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()
    from PySide6.QtCore import QUrl

    editor.preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    editor.preview.anchorClicked.emit(QUrl("https://example.org"))
    assert [u.toString() for u in opened] == ["https://example.org"]


def test_screenshots_of_the_editor(qtbot, editor, library, screenshots, capsys) -> None:
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "Sapiens").created
        zh_book = services.add_item(s, ItemKind.BOOK, "人类简史").created
    english = add_note(
        library,
        "# Why we believe stories\n\nHarari argues that **shared fictions** let strangers "
        "cooperate.\n\n> Money is the most universal and efficient system of mutual trust.\n\n"
        "- myths\n- money\n- empires\n",
        title="Shared fictions",
        tags=["history", "anthropology"],
        item_ids=[book],
        location="ch. 2",
    )
    chinese = add_note(
        library,
        "# 认知革命\n\n作者认为，**虚构的故事**让陌生人也能大规模合作。\n\n"
        "> 金钱是有史以来最普遍也最有效的互信系统。\n\n- 神话\n- 货币\n- 帝国\n",
        tags=["历史", "人类学"],
        item_ids=[zh_book],
        location="第二章",
    )
    paths = []
    for name, note in (("editor-en.png", english), ("editor-zh.png", chinese)):
        editor.load(note)
        qtbot.waitUntil(lambda: editor.counts.text() != "", timeout=3000)
        qtbot.wait(100)
        path = screenshots / name
        assert editor.grab().save(str(path))
        paths.append(path)
        editor.counts.clear()
    with capsys.disabled():
        print(f"\nnote editor screenshots: {', '.join(map(str, paths))}")
