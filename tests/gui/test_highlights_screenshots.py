"""Screenshots of an entry's highlights (issue 14), English and Chinese, light and dark, and
the highlight dialog. They go to $READINGLOG_SCREENSHOTS or a temporary folder (run with -s to
see it); look at them after a visual change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from readinglog.core import highlights, repository
from readinglog.core.library import Library
from readinglog.core.query import parse_filter
from readinglog.core.types import Place
from readinglog.gui.dialogs.highlight_dialog import HighlightDialog

SIZE = (1280, 760)
EN = [
    ("We can be blind to the obvious, and we are also blind to our blindness.",
     Place(chapter="Introduction", loc_start=212, loc_end=213), None, "yellow"),
    ("A reliable way to make people believe in falsehoods is frequent repetition, because "
     "familiarity is not easily distinguished from truth.",
     Place(chapter="Part I. 5: Cognitive Ease", page=62), "Authoritarian institutions and "
     "marketers have always known this.", "blue"),
]  # fmt: skip
CH1, CH3 = "第一章 地方政府的权力与事务", "第三章 政府债务"
ZH = [
    ("地方政府是经济发展的主体之一，这是理解中国经济的关键。", Place(chapter=CH1, page=12),
     "全书的出发点。", "yellow"),
    ("土地财政的本质，是以土地为信用基础的融资。", Place(chapter=CH3, page=98, page_end=99),
     None, None),
    ("债务问题的根源在于政府和市场的边界不清。", Place(chapter=CH3, page=120),
     "和第六章一起读。", "pink"),
]  # fmt: skip


def _item(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]


def _mark(library: Library, item_id: int, marks: list[tuple[str, Place, str | None, str | None]]):  # type: ignore[no-untyped-def]
    with library.sessions.begin() as s:
        for text, place, comment, color in marks:
            highlights.add_highlight(s, item_id, text, comment=comment, place=place, color=color)


def _shot(widget, folder: Path, name: str, qtbot: QtBot) -> Path:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_highlights_screenshots(
    qtbot: QtBot, make_window, sample_library: Library, themed: str, screenshots: Path
) -> None:
    en, zh = _item(sample_library, "Thinking, Fast and Slow"), _item(sample_library, "置身事内")
    _mark(sample_library, en, EN)
    _mark(sample_library, zh, ZH)
    window = make_window(sample_library, restore=False)
    window.resize(*SIZE)
    window.select_item(en)
    panel = window.detail.highlights
    assert panel.count == 4
    second = next(r.view for r in panel.list.highlights.rows[2:] if r.view is not None)
    panel.select(second.id)
    panel.list.setFocus()
    _shot(window, screenshots, f"highlights-en-{themed}", qtbot)
    window.select_item(zh)
    assert panel.count == 3
    _shot(window, screenshots, f"highlights-zh-{themed}", qtbot)

    window.select_item(_item(sample_library, "How to Do Great Work"))
    _shot(window.detail, screenshots, f"highlights-none-{themed}", qtbot)

    with sample_library.sessions() as s:
        first = highlights.of_item(s, zh)[0].id
    dialog = HighlightDialog(sample_library, highlight_id=first, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    _shot(dialog, screenshots, f"highlight-dialog-zh-{themed}", qtbot)
    dialog.close()
