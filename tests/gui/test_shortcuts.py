"""Every key of the window: one action per key wherever the focus is, every window-wide key
working from every pane (text fields included), and the F1 sheet that lists them.

Qt expands a standard key per platform (on X11 ``Delete`` is Del *and* Ctrl+D, ``MoveToEndOfLine``
is End *and* Ctrl+E), and the offscreen platform uses the Windows table. So the whole file runs a
second time on an X server (Xvfb) with the X11 table, when one can be started here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core.types import Target
from readinglog.gui.lists.saved_searches import SavedSearch
from readinglog.gui.window.actions import MENUS, YIELDS_TO_TEXT, MainAction, plain_text
from readinglog.gui.window.shortcuts import ShortcutsDialog
from tests.gui.conftest import OFFSCREEN_NOISE

ROOT = Path(__file__).resolve().parents[2]
RERUN_ENV = "READINGLOG_SHORTCUTS_X11"
XVFB = ("xvfb-run", "-a", "-s", "-screen 0 1920x1200x24")
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


# -- what is bound where ---------------------------------------------------------------------


def bindings(window: Any) -> list[tuple[str, Qt.ShortcutContext, list[QWidget], QKeySequence]]:
    """(name, context, widgets it is local to, sequence) for every shortcut in the window:
    every QAction and QShortcut, each expanded sequence on its own."""
    found = []
    for action in window.findChildren(QAction):
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        for sequence in action.shortcuts():
            found.append((action.objectName(), action.shortcutContext(), widgets, sequence))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        widgets = [parent] if isinstance(parent, QWidget) else []
        for sequence in shortcut.keys():  # noqa: SIM118 (a Qt method, not a dict's)
            found.append((shortcut.objectName(), shortcut.context(), widgets, sequence))
    return found


def _covers(outer: QWidget, context: Qt.ShortcutContext, inner: QWidget) -> bool:
    if outer is inner:
        return True
    return context == Qt.ShortcutContext.WidgetWithChildrenShortcut and outer.isAncestorOf(inner)


def _overlap(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether two bindings can both be live for one focus widget."""
    (_, ctx_a, widgets_a, _), (_, ctx_b, widgets_b, _) = a, b
    if ctx_a in WINDOW_WIDE or ctx_b in WINDOW_WIDE:
        return True
    return any(
        _covers(wa, ctx_a, wb) or _covers(wb, ctx_b, wa) for wa in widgets_a for wb in widgets_b
    )


def test_every_action_of_the_window_is_found_by_its_id(window: Any) -> None:
    names = {name for name, *_ in bindings(window)}
    assert names >= {key.value for key in MainAction if window.action(key).shortcuts()}
    assert all(names), "a shortcut without an objectName cannot be found by tests"
    in_menus = [key for _, keys in MENUS for key in keys if key is not None]
    assert sorted(in_menus) == sorted(MainAction)  # each action in a menu, once


def test_no_two_actions_live_at_once_share_a_key(window: Any) -> None:
    found = bindings(window)
    clashes = [
        f"{a[3].toString()}: {a[0]} and {b[0]}"
        for i, a in enumerate(found)
        for b in found[i + 1 :]
        if a[3].matches(b[3]) == QKeySequence.SequenceMatch.ExactMatch
        and a[0] != b[0]
        and _overlap(a, b)
    ]
    assert clashes == []


def test_window_keys_leave_a_text_field_its_copy_paste_and_undo(window: Any) -> None:
    """A window-wide key that wins over text fields must not be one they cannot do without."""
    editing = (
        QKeySequence.StandardKey.Copy,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
        QKeySequence.StandardKey.SelectAll,
    )
    needed = [s for standard in editing for s in QKeySequence.keyBindings(standard)]
    taken = [
        f"{sequence.toString()}: {key}"
        for key in MainAction
        if key not in YIELDS_TO_TEXT
        for sequence in window.action(key).shortcuts()
        if sequence in needed
    ]
    assert taken == []


def test_ctrl_d_is_save_search_alone(window: Any) -> None:
    ctrl_d = QKeySequence("Ctrl+D")
    owners = [name for name, _, _, sequence in bindings(window) if sequence == ctrl_d]
    assert owners == [MainAction.SAVE_SEARCH.value]


# -- every window-wide key from every pane ---------------------------------------------------


class Counter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.fired: list[str] = []

    def count(self) -> None:
        sender = self.sender()
        self.fired.append(sender.objectName() if sender is not None else "?")


@pytest.fixture
def counted(window: Any) -> Iterator[Counter]:
    """Every action counts its triggers instead of doing its work (no dialog opens)."""
    counter = Counter()
    for key in MainAction:
        action = window.action(key)
        action.triggered.disconnect()
        action.triggered.connect(counter.count)
    yield counter


def press(widget: QWidget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())
    for key in MODIFIER_KEYS:  # QTest leaves the modifiers down in the application's state
        QTest.keyRelease(widget, key)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


DEL = QKeySequence("Del")


def panes(qtbot: QtBot, window: Any) -> Iterator[tuple[str, QWidget, Callable[[Any], bool]]]:
    """Each place the focus can be, with what it needs shown (an entry, then a note), and
    which keys of the actions that yield (YIELDS_TO_TEXT) it keeps for itself."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.list_pane.items.selectRow(0)

    def none(_sequence: QKeySequence) -> bool:
        return False

    def all_of_them(_sequence: QKeySequence) -> bool:
        return True

    def only_del(sequence: QKeySequence) -> bool:
        return sequence == DEL

    yield "search box", window.list_pane.search.edit, all_of_them
    yield "list", window.list_pane.items, none
    yield "sidebar", window.sidebar, none
    search = SavedSearch("中文", "lang:zh", Target.ITEM)
    window.sidebar.set_saved([search])
    assert window.sidebar.select_key(search.key)
    yield "sidebar on a saved search", window.sidebar, only_del  # Del forgets the search
    window.sidebar.select_key("all")
    yield "entry page", window.findChild(QWidget, "entry_page"), none
    window.sidebar.select_key("notes:all")
    window.list_pane.notes.selectRow(0)
    editor = window.detail.editor
    assert editor is not None and window.detail.page_target is not None
    yield "notes list", window.list_pane.notes, none
    yield "note title", editor.title, all_of_them
    yield "note tags", editor.tags, all_of_them
    yield "note location", editor.location, all_of_them
    yield "note link field", editor.links.field, all_of_them
    yield "note text", editor.source, all_of_them
    if editor.preview.isVisible():
        yield "note preview", editor.preview, none


# QTest on keys such as New or Undo; and the offscreen noise (this marker replaces conftest's)
@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code", OFFSCREEN_NOISE)
def test_each_window_key_works_from_every_pane(qtbot: QtBot, window: Any, counted: Counter):
    forget: list[str] = []
    window.sidebar.delete_saved_requested.disconnect()
    window.sidebar.delete_saved_requested.connect(forget.append)
    missed = []
    for where, widget, keeps in panes(qtbot, window):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        for key in MainAction:
            action = window.action(key)
            if action.shortcutContext() not in WINDOW_WIDE:
                continue
            for sequence in action.shortcuts():
                for each in MainAction:
                    window.action(each).setEnabled(True)
                counted.fired.clear()
                forget.clear()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                press(widget, sequence)
                # A text field keeps its own editing keys (Del, Ctrl+Z) from the actions
                # that yield them, the sidebar Del on a saved search; every other key is the
                # window's wherever the focus is.
                kept = key in YIELDS_TO_TEXT and keeps(sequence)
                expected = [] if kept else [key]
                if counted.fired != expected:
                    missed.append(f"{sequence.toString()} in the {where}: {counted.fired}")
                if forget and not (kept and where == "sidebar on a saved search"):
                    missed.append(f"{sequence.toString()} in the {where} forgot {forget}")
    assert missed == [], "\n".join(missed)


# -- the same under the X11 key table --------------------------------------------------------


@pytest.mark.skipif(bool(os.environ.get(RERUN_ENV)), reason="this is the X11 run")
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="no Xvfb to give an X11 key table")
def test_the_same_with_the_x11_key_table() -> None:
    env = {**os.environ, RERUN_ENV: "1", "QT_QPA_PLATFORM": "xcb"}
    env.pop("QT_QPA_PLATFORMTHEME", None)
    done = subprocess.run(
        [*XVFB, sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", __file__],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_x11_run_has_the_x11_table() -> None:
    if not os.environ.get(RERUN_ENV):
        pytest.skip("only in the X11 run")
    assert QKeySequence("Ctrl+D") in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)


# -- the F1 sheet ------------------------------------------------------------------------------


def test_the_f1_sheet_lists_each_action_once_under_its_menu(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ShortcutsDialog, "exec", ShortcutsDialog.show)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    press(window.list_pane.items, QKeySequence("F1"))
    sheet = window.findChild(ShortcutsDialog)
    assert sheet is not None and sheet.isVisible()
    groups = dict(sheet.groups())
    for title, keys in MENUS:
        listed = groups[title.replace("&", "")]
        actions = [window.action(k) for k in keys if k is not None]
        assert [name for name, _ in listed] == [plain_text(a) for a in actions]
        for (name, text), action in zip(listed, actions, strict=True):
            native = [
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            ]
            assert text == (", ".join(native) or "—"), name
            assert "_" not in name and "&" not in name  # no ids, no mnemonics
    every = [name for name, _ in sheet.rows()]
    assert len(every) == len(set(every))  # each action once
    keys_shown = [k for _, text in sheet.rows() for k in text.split(", ")]
    assert not {"New", "Find", "Undo", "Help", "Exit", "Close", "F14"} & set(keys_shown)
    assert dict(sheet.rows())["New entry"] == "Ctrl+N"
    sheet.grab().save(str(Path(os.environ.get("TMPDIR", "/tmp")) / "shortcuts-sheet.png"))
    sheet.close()


def _quit_window(qtbot: QtBot, library: Any) -> Any:
    """A weak reference to a window shown, its search box focused (the policy watches it),
    then closed and dropped."""
    import weakref

    from readinglog.gui.window.main_window import MainWindow

    window = MainWindow(library)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.list_pane.search.edit.setFocus()
    qtbot.waitUntil(window.list_pane.search.edit.hasFocus, timeout=2000)
    window.close()
    return weakref.ref(window)


def test_the_key_policy_keeps_no_closed_window_alive(qtbot: QtBot, sample_library: Any) -> None:
    """The policy is held by the application's focus signal: were the window held from it, a
    closed window would live on until the garbage collector ran, and it could run in the
    middle of another window's paint (a crash seen in the tests)."""
    import gc

    gc.disable()
    try:
        gone = _quit_window(qtbot, sample_library)
        qtbot.wait(10)
        assert gone() is None  # freed when dropped, not by a collection
    finally:
        gc.enable()


# The sheet writes the Return key by the name most keyboards print on it.
KEY_NAMES = {"Return": "Enter"}


def _key_names(sequences: Any) -> set[str]:
    names = {QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences}
    return {KEY_NAMES.get(name, name) for name in names if name}


def test_the_f1_sheet_lists_every_key_of_a_shows_episodes(window: Any) -> None:
    """Every key the episodes list answers (its actions' shortcuts, and the keys its
    keyPressEvent takes) is in the sheet's group for it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from readinglog.gui.detail import episodes_panel

    panel = window.detail.episodes
    actions = {*panel.findChildren(QAction), *panel.list.actions()}
    bound = set().union(*(_key_names(a.shortcuts()) for a in actions))
    for key in episodes_panel.OPEN_KEYS:  # what the list's keyPressEvent opens an entry with
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        assert panel.list._is_enter(event)
    bound |= _key_names(episodes_panel.OPEN_KEYS)
    assert {"F", "P", "W", "Enter"} <= bound  # the derivation finds what the panel binds today
    groups = dict(ShortcutsDialog([]).groups())
    listed = {key for _, text in groups["In a show's episodes"] for key in text.split(", ")}
    assert bound <= listed, bound - listed
