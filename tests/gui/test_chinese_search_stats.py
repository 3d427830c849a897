"""The search, widgets and stats rooms in 简体中文 (the catalogs built as the bootstrap does)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from readinglog.gui.search.search_box import SearchLineEdit
from readinglog.gui.search.search_results import highlight_title, no_hits


def test_the_search_room_in_chinese(chinese: list[QTranslator], qtbot: QtBot) -> None:
    box = SearchLineEdit()
    qtbot.addWidget(box)
    assert box.placeholderText().startswith("筛选：")
    assert "kind:book status:finished" in box.placeholderText()  # the syntax stays as typed
    assert no_hits("经济 kind:book") == (
        "没有与“经济 kind:book”匹配的笔记、条目或划线。\n"
        "请检查拼写，或换个短一点的词：词的一部分也能搜到（搜“经济”能找到“经济学”，"
        "learn 能找到 learned），也可以去掉 kind:book。"
    )
    assert no_hits("红楼 梦").endswith("或用“红楼 OR 梦”匹配其中任一个。")
    assert highlight_title("人类简史", "第 42 页") == "《人类简史》中的划线 · 第 42 页"


def test_the_search_room_in_english_is_unchanged() -> None:
    assert no_hits("xyzzy kind:book").endswith(
        "(经济 finds 经济学, learn finds learned), or leave out kind:book."
    )
    assert no_hits("a b") == (
        "No notes, entries or highlights match “a b”.\n"
        "Every word must match: try fewer words, or “a OR b” for either."
    )
    assert highlight_title("A", "") == "Highlight in A"


def test_every_field_label_is_in_the_catalogs() -> None:
    """field_label translates what it derives: each label it can make for core's fields, the
    title and the people's roles is marked for the catalogs (else it stays English)."""
    from readinglog.core.fields import FIELDS
    from readinglog.core.types import Role
    from readinglog.gui.widgets.form_fields import FIELD_LABELS, field_label

    names = ["title", *(f.name for f in FIELDS), *(r.value for r in Role)]
    assert {field_label(name) for name in names} == FIELD_LABELS


def test_the_widgets_room_in_chinese(chinese: list[QTranslator], qtbot: QtBot) -> None:
    from readinglog.gui.widgets.form_fields import field_label
    from readinglog.gui.widgets.rating_widget import RatingWidget, rating_text
    from readinglog.gui.widgets.tag_edit import TagEdit

    assert [field_label(n) for n in ("isbn", "original_title", "translator")] == [
        "ISBN",
        "原作名",
        "译者",
    ]
    assert rating_text(None) == "未评分"
    rating = RatingWidget()
    qtbot.addWidget(rating)
    rating.set_value(4.5)
    assert rating.accessibleDescription() == "4½ 星（满分 5 星）"
    tags = TagEdit()
    qtbot.addWidget(tags)
    assert tags.placeholderText().startswith("标签，")


def test_the_statistics_window_in_chinese(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator],
    make_window,
    sample_library,
    qtbot: QtBot,
) -> None:
    from readinglog.gui.stats.stats_window import StatsWindow

    window = make_window(sample_library)
    stats = StatsWindow(window, window)
    qtbot.addWidget(stats)
    assert stats.lang == "zh"  # the charts' labels follow the window's language
    stats.refresh()
    qtbot.waitUntil(lambda: stats.snapshot is not None, timeout=10_000)
    assert stats.windowTitle() == "阅读统计"
    assert stats.years.itemText(stats.years.count() - 1) == "全部时间"
    assert stats.headline.captions["titles"].text() == "部作品"
    assert stats.headline.kinds.text().startswith("读完：")
    assert stats.charts[0].chart.title == "每月完成"
    assert stats.goals.heading.text().endswith("年目标")


def test_the_statistics_window_in_english_after_chinese(  # type: ignore[no-untyped-def]
    make_window, sample_library, qtbot: QtBot
) -> None:
    """Once the Chinese translators are gone (the fixture above), the charts are English."""
    from readinglog.gui.stats.stats_window import StatsWindow

    window = make_window(sample_library)
    stats = StatsWindow(window, window)
    qtbot.addWidget(stats)
    assert stats.lang == "en"
    assert stats.windowTitle() == "Statistics"


def test_a_chinese_chart_title_says_its_unit_once(qtbot: QtBot) -> None:
    from readinglog.gui.stats.bar_chart import BarChartView
    from readinglog.gui.stats.loader import empty_figures
    from readinglog.stats.charts import monthly

    view = BarChartView(monthly(empty_figures(2025), "hours", "zh"))
    qtbot.addWidget(view)
    assert view.title_text() == "每月时长（小时）"
    view.set_chart(monthly(empty_figures(2025), "pages", "en"))
    assert view.title_text() == "Pages per month (pages)"


def test_statistics_and_search_screenshots_in_chinese(  # type: ignore[no-untyped-def]
    chinese: list[QTranslator],
    qtbot: QtBot,
    make_window,
    library,
    screenshots,
) -> None:
    """View ▸ Statistics (with goals, a listed bar) and the search panel in 简体中文; look at
    the PNGs after a change (READINGLOG_SCREENSHOTS)."""
    from PySide6.QtTest import QTest

    from readinglog.core.goals import GoalMetric, set_goal
    from readinglog.core.types import ItemKind
    from readinglog.gui.search.index_keeper import IndexState
    from tests.gui.test_stats_view import YEAR, build_stats_library, choose_year, open_stats

    build_stats_library(library)
    with library.sessions.begin() as s:
        set_goal(s, YEAR, GoalMetric.FINISHED, 12, kind=ItemKind.BOOK)
        set_goal(s, YEAR, GoalMetric.HOURS, 20, kind=ItemKind.EPISODE)
    window = make_window(library, restore=False)
    stats = open_stats(qtbot, window)
    choose_year(qtbot, stats, YEAR)
    kinds = next(view for view in stats.charts if view.chart.name == "kinds")
    kinds.activate()
    qtbot.waitUntil(lambda: not stats.pending and stats.listed.count() > 0, timeout=5000)
    assert stats.listed_heading.text().startswith("读完的书：5 个条目")
    assert [label.text() for label in stats.goals.findChildren(type(stats.busy_label))
            if label.text() in ("图书", "单集·小时")] == ["图书", "单集·小时"]  # fmt: skip
    qtbot.wait(30)
    assert stats.grab().save(str(screenshots / "stats-zh_CN.png"))
    stats.close()
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.index.state is IndexState.READY, timeout=15_000)
    edit, results = window.list_pane.search.edit, window.list_pane.results
    window.activateWindow()
    edit.setFocus()
    QTest.keyClicks(edit, "xyzzy kind:book")
    qtbot.waitUntil(lambda: results.isVisible() and not results.pending, timeout=10_000)
    assert results.message.text().startswith("没有与“xyzzy kind:book”匹配的笔记")
    qtbot.wait(30)
    assert window.grab().save(str(screenshots / "search-none-zh_CN.png"))
