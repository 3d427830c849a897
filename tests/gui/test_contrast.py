"""Text stays readable when the theme changes while the window is open (issue 13, fault 3).

Every check samples a RENDERED widget: the window (or a dialog) is grabbed after switching
light -> dark or dark -> light at runtime, and in each region that holds one kind of text the
background (the commonest colour) is compared with the text (the pixel that differs most from
it) by WCAG's contrast ratio. A colour cached before the switch (near-black counts on dark grey,
about 1.2:1) fails, and so does a dim colour too faint for either theme (below 4.5:1).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.gui.dialogs.preferences import PreferencesDialog
from readinglog.gui.lists.sidebar import KEY_ROLE
from readinglog.gui.runtime import theme
from readinglog.gui.search.hit_delegate import HEADER_ROLE
from readinglog.gui.search.index_keeper import IndexState
from tests.gui.helpers import type_filter

MIN_TEXT = 4.5  # WCAG AA for body text
SWITCHES = [("light", "dark"), ("dark", "light")]
ENTRY = "How to Do Great Work"  # an entry with fields and no notes


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    r, g, b = (_linear(v) for v in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_contrast(image: QImage, rect: QRect) -> float:
    """Contrast of the text in ``rect`` with its background, as rendered."""
    rect = rect.intersected(image.rect())
    assert rect.width() > 2 and rect.height() > 2, rect
    colors: Counter[int] = Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    background = QColor.fromRgb(colors.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in colors)


def in_window(widget: QWidget, rect: QRect, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, rect.topLeft()), rect.size())


def text_rect(browser: QTextBrowser, needle: str) -> QRect:
    """Where ``needle`` is drawn in the browser's viewport."""
    found = browser.document().find(needle, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), needle
    start = QTextCursor(found)
    start.setPosition(found.selectionStart())
    end = QTextCursor(found)
    end.setPosition(found.selectionEnd())
    first, last = browser.cursorRect(start), browser.cursorRect(end)
    return QRect(first.topLeft(), QPoint(last.right(), last.bottom()))


def switch(qtbot: QtBot, qapp: QApplication, name: str) -> None:
    theme.apply(qapp, name)  # what Preferences does when a theme is picked
    qtbot.wait(50)


def check(found: dict[str, float]) -> None:
    faint = {what: round(ratio, 2) for what, ratio in found.items() if ratio < MIN_TEXT}
    assert not faint, f"text below {MIN_TEXT}:1 — {faint}"


def _item_id(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]


def sidebar_regions(window: Any) -> dict[str, QRect]:
    sidebar = window.sidebar
    model = sidebar.model()
    found: dict[str, QRect] = {}
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        found[f"sidebar heading {section.data()}"] = sidebar.visualRect(section)
        for child in range(model.rowCount(section)):
            key = model.index(child, 0, section).data(KEY_ROLE)
            if key in ("kind:book", "status:paused", "notes:all", "trash"):
                count = model.index(child, 1, section)
                found[f"sidebar count {key}"] = sidebar.visualRect(count)
                name = model.index(child, 0, section)
                found[f"sidebar name {key}"] = sidebar.visualRect(name)
    selected = sidebar.selectionModel().selectedRows(0)
    assert len(selected) == 1
    found["sidebar selected row"] = sidebar.visualRect(selected[0])
    return {what: in_window(sidebar.viewport(), rect, window) for what, rect in found.items()}


def detail_regions(window: Any) -> dict[str, QRect]:
    browser = window.detail.findChild(QTextBrowser, "entry_page")
    assert browser is not None and browser.isVisible()
    found = {
        "detail field label": text_rect(browser, "Author"),
        "detail field value": text_rect(browser, "Paul Graham"),
        "detail empty notes": text_rect(browser, "No notes yet"),
        "detail heading": text_rect(browser, "Sessions"),
    }
    return {what: in_window(browser.viewport(), rect, window) for what, rect in found.items()}


def list_regions(window: Any) -> dict[str, QRect]:
    table = window.list_pane.items
    current = table.currentIndex().row()
    found = {
        f"list row {r}": table.visualRect(table.model().index(r, 0))
        for r in range(3)
        if r != current
    }
    found["list selected row"] = table.visualRect(table.model().index(current, 0))
    return {what: in_window(table.viewport(), rect, window) for what, rect in found.items()}


def grab(window: QWidget) -> QImage:
    image = window.grab().toImage()
    assert image.devicePixelRatio() == 1
    return image


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_window_text_is_readable_after_a_theme_switch(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Any,
    sample_library: Library,
    light_afterwards: None,
    start: str,
    end: str,
) -> None:
    theme.apply(qapp, start)
    window = make_window(sample_library, restore=False)
    window.resize(1280, 760)
    window.list_pane.items.select_id(_item_id(sample_library, ENTRY))
    qtbot.wait(20)
    switch(qtbot, qapp, end)
    image = grab(window)
    regions = {**sidebar_regions(window), **detail_regions(window), **list_regions(window)}
    check({what: text_contrast(image, rect) for what, rect in regions.items()})

    window.detail.show_nothing()  # the hint of an empty detail pane
    qtbot.wait(20)
    hint = next(
        label
        for label in window.detail.findChildren(QLabel)
        if label.isVisible() and "Select an entry" in label.text()
    )
    type_filter(qtbot, window, "zzqx-nothing-matches")  # the list says why it is empty
    table = window.list_pane.items
    assert table.empty_text
    empty = table.viewport().rect().adjusted(16, 20, -16, 0)
    empty.setHeight(3 * table.fontMetrics().height())
    image = grab(window)
    check(
        {
            "detail hint": text_contrast(image, in_window(hint, hint.rect(), window)),
            "list empty hint": text_contrast(image, in_window(table.viewport(), empty, window)),
        }
    )


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_search_results_are_readable_after_a_theme_switch(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Any,
    sample_library: Library,
    light_afterwards: None,
    start: str,
    end: str,
) -> None:
    theme.apply(qapp, start)
    window = make_window(sample_library, restore=False)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    edit, results = window.list_pane.search.edit, window.list_pane.results
    edit.setFocus()
    edit.setText("learning")
    edit.flush()
    qtbot.waitUntil(lambda: results.isVisible() and not results.pending, timeout=10_000)
    switch(qtbot, qapp, end)
    view = results.view
    model = view.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    headers = [i for i in rows if i.data(HEADER_ROLE)]
    hits = [i for i in rows if not i.data(HEADER_ROLE) and i != view.currentIndex()]
    assert headers and hits
    snippet = view.visualRect(hits[0])
    snippet.setTop(snippet.center().y())  # the snippet under the title
    regions = {
        "results heading": view.visualRect(headers[0]),
        "results title": view.visualRect(hits[0]).adjusted(0, 0, 0, -snippet.height()),
        "results snippet": snippet,
        "results selected hit": view.visualRect(view.currentIndex()),
    }
    image = grab(window)
    found = {
        w: text_contrast(image, in_window(view.viewport(), r, window)) for w, r in regions.items()
    }
    footer = results.footer
    found["results footer"] = text_contrast(image, in_window(footer, footer.rect(), window))
    check(found)


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_dim_help_labels_are_readable_after_a_theme_switch(
    qtbot: QtBot,
    qapp: QApplication,
    sample_library: Library,
    light_afterwards: None,
    start: str,
    end: str,
) -> None:
    from readinglog import config

    theme.apply(qapp, start)
    settings = config.load(sample_library.paths.settings)
    dialog = PreferencesDialog(sample_library.paths, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData(end))  # live, as the user picks it
    qtbot.wait(50)
    helps = [
        label
        for label in dialog.findChildren(QLabel)
        if label.wordWrap() and label.isVisible() and len(label.text()) > 40
    ]
    assert len(helps) >= 2
    image = grab(dialog)
    check(
        {
            f"help {label.text()[:20]}": text_contrast(
                image, in_window(label, label.rect(), dialog)
            )
            for label in helps
        }
    )


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_an_error_label_stays_readable_after_a_theme_switch(
    qtbot: QtBot, qapp: QApplication, light_afterwards: None, start: str, end: str
) -> None:
    """``theme.mark_error`` (for the sentences under a field or the filter box)."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    theme.apply(qapp, start)
    form = QWidget()
    qtbot.addWidget(form)
    label = QLabel("Pages: 'x' is not a number", form)
    edit = QLineEdit("not a number", form)
    layout = QVBoxLayout(form)
    layout.addWidget(label)
    layout.addWidget(edit)
    form.show()
    qtbot.waitExposed(form)
    theme.mark_error(label)
    theme.mark_error(edit)
    switch(qtbot, qapp, end)
    image = grab(form)
    red = label.palette().color(label.foregroundRole())
    assert red.red() > red.green() + 40  # still a red
    check({"error label": text_contrast(image, in_window(label, label.rect(), form))})
    field = edit.palette()
    assert field.color(field.ColorRole.Text) == theme.error_color(field)  # the new theme's red
    theme.mark_error(label, False)
    qtbot.wait(10)
    assert label.palette().color(label.foregroundRole()) == form.palette().color(
        form.foregroundRole()
    )
