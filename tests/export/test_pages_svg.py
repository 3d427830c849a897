"""export/svg_charts.py: bar charts and the activity calendar as standalone SVG."""

from __future__ import annotations

import datetime as dt
import itertools
import xml.etree.ElementTree as ET

import pytest

from readinglog.export import svg_charts
from readinglog.stats.charts import Bar, BarChart, monthly
from readinglog.stats.figures import Figures, MonthFigures, Totals
from tests.export import page_samples

NS = {"svg": "http://www.w3.org/2000/svg"}


def _parse(text: str) -> ET.Element:
    return ET.fromstring(text)  # raises on anything that is not well-formed XML


def _bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{{{NS['svg']}}}rect") if r.get("class") == "bar"]


def _texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{{{NS['svg']}}}text")]


@pytest.mark.parametrize("values", [[3, 0, 7, 1.5], [1], [120, 4000, 35, 999, 12]])
def test_one_bar_per_value_with_heights_proportional(values: list[float]) -> None:
    chart = BarChart(
        "pages", "Pages", "pages", tuple(Bar(f"b{i}", v, f"k{i}") for i, v in enumerate(values))
    )
    root = _parse(svg_charts.bar_chart(chart))
    bars = _bars(root)
    assert [b.get("data-key") for b in bars] == [f"k{i}" for i in range(len(values))]
    heights = [float(b.get("height", "nan")) for b in bars]
    tallest = max(values)
    scale = heights[values.index(tallest)] / tallest
    assert scale > 0
    for value, height in zip(values, heights, strict=True):
        assert height == pytest.approx(value * scale, rel=1e-4, abs=1e-3)
    # The bars stand on one base line, and every non-zero value is written above its bar.
    bottoms = {round(float(b.get("y", "0")) + float(b.get("height", "0")), 2) for b in bars}
    assert len(bottoms) == 1
    shown = _texts(root)
    for value in values:
        if value:
            assert svg_charts.number(value) in shown


def test_the_chart_has_a_title_for_screen_readers_and_dark_mode_css() -> None:
    chart = BarChart("kinds", "Finished by kind", "entries", (Bar("Books", 4, "book"),))
    text = svg_charts.bar_chart(chart)
    root = _parse(text)
    title = root.find("svg:title", NS)
    assert title is not None and title.text == "Finished by kind"
    assert root.get("role") == "img" and "title" in (root.get("aria-labelledby") or "")
    style = root.find("svg:style", NS)
    assert style is not None and style.text is not None
    assert "prefers-color-scheme: dark" in style.text
    for font in ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei"):
        assert f'"{font}"' in style.text
    assert "<script" not in text and "javascript:" not in text.lower()


def test_an_empty_chart_says_so_and_draws_no_bars() -> None:
    empty = BarChart("ratings", "评分分布", "部", tuple(Bar(f"{n}", 0, f"{n}") for n in range(5)))
    root = _parse(svg_charts.bar_chart(empty, "zh"))
    assert _bars(root) == []
    assert svg_charts.EMPTY["zh"] in _texts(root)
    root = _parse(svg_charts.bar_chart(BarChart("x", "Nothing", "pages", ()), "en"))
    assert svg_charts.EMPTY["en"] in _texts(root)


def test_chinese_labels_and_markup_in_labels_survive() -> None:
    figures = page_samples.figures_2024()
    chart = monthly(figures, "finished", "zh")
    root = _parse(svg_charts.bar_chart(chart, "zh"))
    assert root.find("svg:title", NS) is not None
    assert "每月完成" in _texts(root) and "3月" in _texts(root)
    nasty = BarChart("x", 'R&D <"2024">', "页", (Bar("《人类简史》&<b>", 2, "a&b"),))
    text = svg_charts.bar_chart(nasty, "zh")
    root = _parse(text)
    title = root.find("svg:title", NS)
    assert title is not None and title.text == 'R&D <"2024">'
    assert "《人类简史》&<b>" in _texts(root)
    assert _bars(root)[0].get("data-key") == "a&b"


def test_a_long_label_is_cut_to_its_slot() -> None:
    bars = tuple(Bar("一本书名很长很长很长很长很长的书" * 2, 1, str(i)) for i in range(12))
    root = _parse(svg_charts.bar_chart(BarChart("x", "t", "u", bars), "zh"))
    labels = [t for t in _texts(root) if t.startswith("一本")]
    assert len(labels) == 12 and all(t.endswith("…") for t in labels)


def test_calendar_has_every_day_of_the_year_with_its_count() -> None:
    for year in (2023, 2024):  # 365 and 366 days
        calendar = {dt.date(year, 3, 5): 3, dt.date(year, 12, 31): 1, dt.date(year - 1, 12, 31): 9}
        root = _parse(svg_charts.calendar_chart(calendar, year, "en"))
        days = [r for r in root.iter(f"{{{NS['svg']}}}rect") if r.get("data-date")]
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        assert len(days) == (last - first).days + 1
        counts = {r.get("data-date"): int(r.get("data-count", "-1")) for r in days}
        assert counts[f"{year}-03-05"] == 3 and counts[f"{year}-12-31"] == 1
        assert sum(counts.values()) == 4  # the day of the year before is not drawn
        levels = {r.get("data-date"): r.get("class") for r in days}
        assert levels[f"{year}-03-05"] == "l4" and levels[f"{year}-12-31"] == "l2"
        assert levels[f"{year}-06-01"] == "l0"
        # Monday first: a day's row is its weekday; a week's days share a column.
        y_of = {r.get("data-date"): float(r.get("y", "0")) for r in days}
        x_of = {r.get("data-date"): float(r.get("x", "0")) for r in days}
        monday = dt.date(year, 3, 4) - dt.timedelta(days=dt.date(year, 3, 4).weekday())
        week = [monday + dt.timedelta(days=k) for k in range(7)]
        assert len({x_of[d.isoformat()] for d in week}) == 1
        assert sorted(y_of[d.isoformat()] for d in week) == [y_of[d.isoformat()] for d in week]
        assert svg_charts_months(root) == list(page_samples.MONTHS_EN)


def svg_charts_months(root: ET.Element) -> list[str]:
    return [t for t in _texts(root) if t in page_samples.MONTHS_EN]


def test_calendar_in_chinese() -> None:
    root = _parse(svg_charts.calendar_chart({dt.date(2024, 1, 2): 2}, 2024, "zh"))
    title = root.find("svg:title", NS)
    assert title is not None and title.text == "2024 年活动"
    texts = _texts(root)
    assert "1月" in texts and "12月" in texts and "少" in texts and "多" in texts


def test_an_empty_year_draws_every_day_at_level_zero() -> None:
    figures = Figures(
        period=page_samples.figures_2024().period,
        kind=None,
        totals=Totals(),
        by_language={},
        ratings={},
        top_tags=(),
        top_authors=(),
        top_shows=(),
        top_platforms=(),
        days_to_finish=page_samples.figures_2024().days_to_finish,
        longest_streak=page_samples.figures_2024().longest_streak,
        calendar={},
        undated_sessions=0,
        by_month=tuple(MonthFigures(2024, m, Totals()) for m in range(1, 13)),
        finished_entries=(),
    )
    root = _parse(svg_charts.calendar_chart(figures.calendar, 2024))
    classes = {r.get("class") for r in root.iter(f"{{{NS['svg']}}}rect") if r.get("data-date")}
    assert classes == {"l0"}


@pytest.mark.parametrize("values", [[2, 1, 0], [7], [13, 2], [999, 1], [0.4, 0.1]])
def test_the_scale_reaches_the_tallest_bar_in_round_steps(values: list[float]) -> None:
    chart = BarChart("x", "t", "u", tuple(Bar(str(i), v, str(i)) for i, v in enumerate(values)))
    root = _parse(svg_charts.bar_chart(chart))
    scale = [
        float("".join(t.itertext()).replace(",", ""))
        for t in root.iter(f"{{{NS['svg']}}}text")
        if t.get("text-anchor") == "end"
    ]
    assert len(scale) == 5 and scale[0] == 0 and scale[-1] >= max(values)
    steps = {round(b - a, 6) for a, b in itertools.pairwise(scale)}
    assert len(steps) == 1  # evenly spaced
    if all(v == int(v) for v in values):  # counts: no step of half a book
        assert all(t == int(t) for t in scale)
    # The top line is where a bar of its value would end: the scale matches the bars.
    tallest = max(_bars(root), key=lambda b: float(b.get("height", "0")))
    lines = sorted(float(x.get("y1", "0")) for x in root.iter(f"{{{NS['svg']}}}line"))
    base, top = lines[-1], lines[0]
    height = float(tallest.get("height", "0"))
    assert height / (base - top) == pytest.approx(max(values) / scale[-1], rel=1e-4)
