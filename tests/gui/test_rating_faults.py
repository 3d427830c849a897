"""Ratings as a user reads them: quarter steps legible in the rating widget at any font and
size, and the list's rating column drawing the fraction of a star, not only whole stars."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import ItemKind
from readinglog.gui.lists.list_pane import ListTable
from readinglog.gui.lists.table_models import ItemTableModel
from readinglog.gui.runtime import theme
from readinglog.gui.widgets.rating_widget import RatingWidget

QUARTERS = [i / 4 for i in range(21)]
FAMILIES = ["WenQuanYi Micro Hei", "DejaVu Sans"]  # the CJK fallback font and a Latin one
LEGIBLE = set("0123456789.")  # glyphs every UI font draws (vulgar fractions are not)


@contextmanager
def drawn_texts() -> Iterator[list[str]]:
    """Every text a widget's paintEvent draws with QPainter.drawText, in order."""
    texts: list[str] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: object) -> object:
        texts.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)  # type: ignore[call-overload]

    QPainter.drawText = record  # type: ignore[method-assign]
    try:
        yield texts
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def _font(family: str, points: int) -> QFont:
    font = QFont()
    font.setFamilies([family, *theme.CJK_FAMILIES])
    font.setPointSize(points)
    return font


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("points", [7, 9, 14, 24])
def test_widget_paints_every_quarter_legibly_and_unclipped(
    qtbot: QtBot, family: str, points: int
) -> None:
    widget = RatingWidget()
    qtbot.addWidget(widget)
    widget.setFont(_font(family, points))
    metrics = QFontMetrics(widget.font())
    for value in [None, *QUARTERS]:
        widget.set_value(value)
        widget.resize(widget.sizeHint())
        with drawn_texts() as texts:
            image = widget.grab().toImage()
        assert len(texts) == 1, texts
        label = texts[0]
        assert label == "not rated" or set(label) <= LEGIBLE, (value, label)
        if value is not None:
            assert float(label) == value  # 4.75 says 4.75, not 4 and a glyph
        # The label fits the widget beside the five stars: advance and ink.
        stars_end = widget._label_left()
        assert stars_end + metrics.horizontalAdvance(label) <= widget.width(), (value, label)
        assert stars_end + metrics.boundingRect(label).right() < widget.width(), (value, label)
        assert widget.height() >= metrics.height()
        # Nothing is drawn on the last column: the ink stops before the edge.
        background = widget.palette().color(QPalette.ColorRole.Window)
        edge = {image.pixelColor(image.width() - 1, y).rgb() for y in range(image.height())}
        assert edge <= {background.rgb()}, (value, label)


def test_widget_size_follows_a_font_change(qtbot: QtBot) -> None:
    widget = RatingWidget()
    qtbot.addWidget(widget)
    small = widget.sizeHint()
    widget.setFont(_font("DejaVu Sans", 24))
    assert widget.sizeHint().width() > small.width()
    assert widget.sizeHint().height() >= QFontMetrics(widget.font()).height()


def _rated_library(library: Library, ratings: list[float]) -> list[int]:
    ids = []
    with library.sessions.begin() as s:
        for i, rating in enumerate(ratings):
            changes = services.add_item(
                s, ItemKind.BOOK, f"Book {i}", field_values={"rating": rating}
            )
            assert changes.created is not None
            ids.append(changes.created)
    return ids


def _filled_pixels(image: QImage, rect: QRect, colour: QColor) -> int:
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("family", FAMILIES)
def test_list_cell_draws_the_fraction_of_a_star(
    qtbot: QtBot, library: Library, family: str, tmp_path: Path
) -> None:
    ratings = [4.0, 4.25, 4.5, 4.75, 5.0]
    ids = _rated_library(library, ratings)
    model = ItemTableModel(library)
    table = ListTable(model, "items_table")
    qtbot.addWidget(table)
    table.setFont(_font(family, 10))
    model.set_filter(Filter())
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    table.clearSelection()
    table.setCurrentIndex(model.index(-1, -1))
    image = table.viewport().grab().toImage()
    image.save(str(tmp_path / f"list-ratings-{family}.png"))
    column = model.sort_column("rating")
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    filled = {}
    for item_id, rating in zip(ids, ratings, strict=True):
        rect = table.visualRect(model.index(model.row_of(item_id), column))
        filled[rating] = _filled_pixels(image, rect, highlight)
        # The cell is wide enough for its stars and number.
        assert (
            table.columnWidth(column)
            >= table.itemDelegateForColumn(column)
            .sizeHint(
                table.viewOptions() if hasattr(table, "viewOptions") else _option(table),
                model.index(0, column),
            )
            .width()
        )
    star = filled[5.0] - filled[4.0]
    assert star > 20, filled  # the fifth star is drawn filled at 5
    assert filled[4.0] < filled[4.25] < filled[4.5] < filled[4.75] < filled[5.0], filled
    assert 0.35 < (filled[4.5] - filled[4.0]) / star < 0.65, filled  # half a star for ½


def _option(table: ListTable):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    return option


# -- rating from the list, and when finishing --------------------------------------------


def _items_pane(qtbot: QtBot, library: Library):  # type: ignore[no-untyped-def]
    from readinglog.gui.lists.list_pane import ListPane
    from readinglog.gui.lists.views import view_for

    pane = ListPane(library)
    qtbot.addWidget(pane)
    pane.rating.changed.connect(pane.on_changed)  # as the window does, through ``changed``
    pane.resize(900, 400)
    pane.show()
    view = view_for("all")
    assert view is not None
    pane.show_view(view)
    return pane


def _ratings(library: Library, ids: list[int]) -> list[float | None]:
    with library.sessions() as s:
        return [services.load_item(s, i).rating for i in ids]


def test_keys_in_the_list_rate_the_selected_entries_in_one_undoable_change(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    ids = _rated_library(library, [3.0, 4.75])
    pane = _items_pane(qtbot, library)
    table = pane.items
    table.setFocus()
    table.selectAll()
    changed: list[object] = []
    pane.rating.changed.connect(changed.append)
    qtbot.keyClick(table, Qt.Key.Key_4)
    assert _ratings(library, ids) == [4.0, 4.0]
    assert len(changed) == 1 and set(changed[0].items) == set(ids)  # one change for both
    qtbot.keyClick(table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert _ratings(library, ids) == [4.5, 4.5]
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert _ratings(library, ids) == [3.5, 3.5]
    assert pane.rating.undo()
    assert _ratings(library, ids) == [4.0, 4.0]  # before the last key
    assert not pane.rating.undo()
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert _ratings(library, ids) == [None, None]
    qtbot.keyClick(table, Qt.Key.Key_Equal)
    assert _ratings(library, ids) == [0.5, 0.5]
    qtbot.keyClick(table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # a shortcut's
    assert _ratings(library, ids) == [0.5, 0.5]
    qtbot.waitUntil(lambda: not table.paged_model().pending, timeout=5000)
    column = table.paged_model().sort_column("rating")
    assert table.paged_model().index(0, column).data() == "0.5"  # the list shows it


def test_finishing_asks_for_an_optional_rating(qtbot: QtBot, library: Library) -> None:
    from PySide6.QtCore import Qt

    from readinglog.core.types import EventKind
    from readinglog.gui.dialogs.log_dialog import LogDialog

    (book,) = _rated_library(library, [3.0])
    dialog = LogDialog(library, book)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.rating.isVisible()  # progress: no rating asked
    dialog.what.setCurrentIndex(dialog.what.findData(EventKind.FINISHED.value))
    assert dialog.rating.isVisible() and dialog.rating.value() == 3.0
    dialog.rating.setFocus()
    qtbot.keyClick(dialog.rating, Qt.Key.Key_4)
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Return)  # Enter accepts
    assert dialog.result() == LogDialog.DialogCode.Accepted
    assert _ratings(library, [book]) == [4.25] and book in dialog.changes.items


def test_mark_finished_prompt_rates_or_skips(qtbot: QtBot, library: Library) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt, QTimer

    from readinglog.core import repository
    from readinglog.core.types import Status
    from readinglog.gui.dialogs import log_dialog

    ids = _rated_library(library, [2.0, 2.0])

    def answer(keys: list[Qt.Key]) -> None:
        def press() -> None:
            prompt = next(w for w in qtbot_widgets() if isinstance(w, log_dialog.RatingPrompt))
            for key in keys:
                qtbot.keyClick(prompt.focusWidget() or prompt, key)

        QTimer.singleShot(50, press)

    def qtbot_widgets():  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    answer([Qt.Key.Key_5, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Return])
    rating = log_dialog.ask_rating(library, ids)
    assert rating == 4.5
    with library.sessions.begin() as s:
        log_dialog.log_finished(s, ids, dt.date.today(), rating)
    assert _ratings(library, ids) == [4.5, 4.5]
    answer([Qt.Key.Key_Escape])
    assert log_dialog.ask_rating(library, ids[:1]) is log_dialog.SKIPPED
    with library.sessions.begin() as s:
        log_dialog.log_finished(s, ids[:1], dt.date.today(), log_dialog.SKIPPED)
        assert repository.item_view(s, ids[0]).status is Status.FINISHED
    assert _ratings(library, ids) == [4.5, 4.5]
