"""More of issue 13's fault 3: colours fixed when a widget was built or its HTML parsed.

The error sentences (under a dialog's field, above its buttons, the note's save state) and the
note's Markdown preview are sampled as rendered after a theme switch at runtime, as in
``test_contrast``; a source scan keeps fixed colours out of ``gui/`` (only ``runtime/theme``
makes colours, from the palette it is given).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import readinglog.gui
from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.gui.detail.note_editor import NoteEditor
from readinglog.gui.lists import sidebar
from readinglog.gui.runtime import theme
from readinglog.gui.search.search_box import SearchBox
from readinglog.gui.widgets import form_fields
from readinglog.gui.window import saved_search_commands
from tests.gui.test_contrast import (
    SWITCHES,
    check,
    grab,
    in_window,
    switch,
    text_contrast,
    text_rect,
)

GUI = Path(readinglog.gui.__file__).parent
THEME = GUI / "runtime" / "theme.py"
PREVIEWED = """Plain words to read.

> A quoted line to read

Some `inline code` and [a link to follow](https://example.org).

```
fenced code block
```
"""


@pytest.fixture(params=SWITCHES, ids=["light-dark", "dark-light"])
def switched_editor(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    qapp: QApplication,
    library: Library,
    light_afterwards: None,
) -> Iterator[tuple[NoteEditor, str]]:
    """A note editor built in the first theme, with the theme to switch to."""
    start, end = request.param
    theme.apply(qapp, start)
    editor = NoteEditor(library)
    qtbot.addWidget(editor)
    editor.resize(1000, 650)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor, end
    editor.flush()
    editor._preview.wait(5000)


def _load_new_note(editor: NoteEditor, library: Library, body: str) -> None:
    with library.sessions.begin() as s:
        created = notes.add_note(s, body).created
    assert created is not None
    editor.load(created)


def test_note_preview_is_readable_after_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, library: Library, switched_editor: tuple[NoteEditor, str]
) -> None:
    """The preview's style sheet and links take their colours when the HTML is read: a
    switch must read them again (was: the old theme's code background, quote grey and link
    blue until the next keystroke)."""
    editor, end = switched_editor
    _load_new_note(editor, library, PREVIEWED)
    browser = editor.preview
    qtbot.waitUntil(lambda: "fenced code block" in browser.toPlainText(), timeout=5000)
    assert browser.isVisible()
    switch(qtbot, qapp, end)
    image = grab(editor)
    regions = {
        "preview text": text_rect(browser, "Plain words"),
        "preview quote": text_rect(browser, "A quoted line"),
        "preview inline code": text_rect(browser, "inline code"),
        "preview link": text_rect(browser, "a link to follow"),
        "preview code block": text_rect(browser, "fenced code block"),
    }
    check(
        {
            what: text_contrast(image, in_window(browser.viewport(), rect, editor))
            for what, rect in regions.items()
        }
    )
    assert "fenced code block" in browser.toPlainText()  # still the note, not emptied


def test_note_save_error_is_readable_after_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, library: Library, switched_editor: tuple[NoteEditor, str]
) -> None:
    """The sentence under the note when it cannot be saved (a title too long)."""
    editor, end = switched_editor
    _load_new_note(editor, library, "A note")
    title = "長" * (notes.MAX_TITLE_CHARS + 1)
    editor.title.setText(title)
    editor.title.textEdited.emit(title)
    editor.flush()
    assert editor.error is not None
    label = editor.save_state
    assert label.text() == editor.error
    switch(qtbot, qapp, end)
    image = grab(editor)
    red = label.palette().color(label.foregroundRole())
    assert red.red() > red.green() + 40  # still a red
    check({"note save error": text_contrast(image, in_window(label, label.rect(), editor))})

    editor.title.setText("A short title")
    editor.title.textEdited.emit("A short title")
    editor.flush()
    assert editor.error is None and label.text() == "Saved"
    assert label.palette().color(label.foregroundRole()) == editor.palette().color(
        editor.foregroundRole()
    )  # no longer red


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_form_errors_are_readable_after_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, light_afterwards: None, start: str, end: str
) -> None:
    """``FieldBox``'s sentence under a field and ``error_label``'s above a dialog's buttons
    (every dialog with fields: the entry, log and export dialogs)."""
    theme.apply(qapp, start)
    form = QWidget()
    qtbot.addWidget(form)
    box = form_fields.FieldBox(form_fields.line_edit("pages"), form)
    general = form_fields.error_label()
    layout = QVBoxLayout(form)
    layout.addWidget(box)
    layout.addWidget(general)
    form.resize(500, 200)
    form.show()
    qtbot.waitExposed(form)
    form_fields.show_errors(
        {box: "Pages: 'x' is not a number", None: "The entry could not be saved"}, general
    )
    qtbot.wait(10)
    switch(qtbot, qapp, end)
    image = grab(form)
    labels: dict[str, QLabel] = {"field error": box.error, "general error": general}
    for label in labels.values():
        assert label.isVisible()
        red = label.palette().color(label.foregroundRole())
        assert red.red() > red.green() + 40  # still a red
    check(
        {
            what: text_contrast(image, in_window(label, label.rect(), form))
            for what, label in labels.items()
        }
    )


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_filter_error_is_readable_after_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, light_afterwards: None, start: str, end: str
) -> None:
    """The sentence under the filter box when a filter cannot be read."""
    theme.apply(qapp, start)
    box = SearchBox()
    qtbot.addWidget(box)
    box.resize(500, 80)
    box.show()
    qtbot.waitExposed(box)
    box.show_error("year: 'x' is not a year")
    qtbot.wait(10)
    switch(qtbot, qapp, end)
    image = grab(box)
    red = box.error.palette().color(box.error.foregroundRole())
    assert red.red() > red.green() + 40  # still a red
    check({"filter error": text_contrast(image, in_window(box.error, box.error.rect(), box))})


def test_saved_searches_show_in_the_sidebars_own_base_lists() -> None:
    """One table of the list a saved search shows its results in (was written twice: in the
    sidebar, which highlights it, and in the commands, which show it)."""
    assert saved_search_commands.BASE_KEYS is sidebar.BASE_KEYS


# -- fixed colours in the source -----------------------------------------------------------

HEX = r"#(?:[0-9a-fA-F]{3}){1,2}\b"


def _sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if p != THEME)


def _fixed_colours(path: Path) -> list[str]:
    """Colours written into ``path`` (a literal, a named Qt colour, a style sheet that colours
    a widget once), each as ``line: what``."""
    found: list[str] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if re.search(HEX, node.value):
                found.append(f"{node.lineno}: colour literal {node.value!r}")
            if "palette(" in node.value:  # read once, when the HTML or sheet is parsed
                found.append(f"{node.lineno}: palette() in a style sheet")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [*node.args, *(k.value for k in node.keywords)]
            if name in ("QColor", "fromRgb", "fromRgbF", "fromHsl", "fromHsv") and any(
                isinstance(a, ast.Constant) for a in args
            ):
                found.append(f"{node.lineno}: {name} of constants")
            if name == "setStyleSheet" and not all(
                isinstance(a, ast.Constant) and "color" not in str(a.value).lower() for a in args
            ):
                found.append(f"{node.lineno}: a style sheet made once (its colours stay)")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "GlobalColor"
            and node.attr != "transparent"
        ):
            found.append(f"{node.lineno}: Qt.GlobalColor.{node.attr}")
    return found


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.relative_to(GUI).as_posix()) for p in _sources()]
)
def test_no_colour_is_fixed_outside_the_theme(path: Path) -> None:
    """Colours come from the palette when painting (``theme``: ``dim_color``, ``error_color``,
    ``mark_error``, roles such as PlaceholderText), never from a constant or a style sheet set
    once: either stays what it was in the theme the widget was built in."""
    assert _fixed_colours(path) == []


def test_the_scan_finds_what_it_is_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'ERROR = "color: #c62828;"\n'
        "label.setStyleSheet(ERROR)\n"
        "label.setStyleSheet(f'color: {red}')\n"
        "label.setStyleSheet('')\n"
        "pen = QColor(200, 40, 40)\n"
        "brush = QColor.fromRgb(0xFFEEDD)\n"
        "fill = Qt.GlobalColor.red\n"
        "clear = Qt.GlobalColor.transparent\n"
        'tag = f"#{name}"\n'
        'CSS = "code { background: palette(base); }"\n',
        encoding="utf-8",
    )
    lines = [int(f.split(":")[0]) for f in _fixed_colours(sample)]
    assert sorted(lines) == [1, 2, 3, 5, 6, 7, 10]
