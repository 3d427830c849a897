"""Charts as standalone SVG files for the pages: bar charts and a year's activity calendar.

Pure functions from ``stats.charts.BarChart`` (and ``Figures.calendar``) to SVG text that renders
without JavaScript, in an ``<img>`` or opened on its own:

* a ``<title>`` (and ``role="img"``, ``aria-labelledby``) so screen readers name the chart;
* every text escaped for XML, so a title such as ``R&D <2024>`` stays text;
* fonts that print Chinese labels (``FONT_FAMILY``: Noto Sans CJK, WenQuanYi, PingFang,
  Microsoft YaHei, then the reader's sans-serif);
* colours in CSS classes, with a ``prefers-color-scheme: dark`` block that swaps them.

A bar's height is proportional to its value (the axis runs from 0 to a round number at or
above the largest value); an empty chart (no value above 0) draws its title and says there is
no data instead of drawing flat bars.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from readinglog.stats.charts import BarChart, Lang, month_label

FONT_FAMILY = (
    '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif'
)
STYLE = f"""
svg {{ font-family: {FONT_FAMILY}; }}
.bg {{ fill: #ffffff; }}
text {{ fill: #24292f; }}
.title {{ font-size: 16px; font-weight: bold; }}
.axis {{ font-size: 11px; }}
.value {{ font-size: 11px; }}
.grid {{ stroke: #d0d7de; stroke-width: 1; }}
.bar {{ fill: #2f81f7; }}
.l0 {{ fill: #ebedf0; }} .l1 {{ fill: #9be9a8; }} .l2 {{ fill: #40c463; }}
.l3 {{ fill: #30a14e; }} .l4 {{ fill: #216e39; }}
@media (prefers-color-scheme: dark) {{
  .bg {{ fill: #0d1117; }}
  text {{ fill: #e6edf3; }}
  .grid {{ stroke: #30363d; }}
  .bar {{ fill: #58a6ff; }}
  .l0 {{ fill: #161b22; }} .l1 {{ fill: #0e4429; }} .l2 {{ fill: #006d32; }}
  .l3 {{ fill: #26a641; }} .l4 {{ fill: #39d353; }}
}}
"""

EMPTY = {"en": "No data for this period", "zh": "这段时间没有数据"}
WEEKDAYS = {"en": ("Mon", "", "Wed", "", "Fri", "", ""), "zh": ("一", "", "三", "", "五", "", "")}
LEGEND = {"en": ("Less", "More"), "zh": ("少", "多")}
CALENDAR_TITLE = {"en": "Activity in {year}", "zh": "{year} 年活动"}
DAY_UNIT = {"en": ("activity", "activities"), "zh": ("次活动", "次活动")}


@dataclass(frozen=True)
class Size:
    width: int = 640
    height: int = 320
    top: int = 44  # room for the title
    bottom: int = 36  # room for the labels under the bars
    left: int = 52  # room for the axis numbers
    right: int = 16

    @property
    def plot_height(self) -> int:
        return self.height - self.top - self.bottom

    @property
    def plot_width(self) -> int:
        return self.width - self.left - self.right


def number(value: float) -> str:
    """12 -> ``12``, 1234 -> ``1,234``, 12.5 -> ``12.5``: as the page's text writes figures."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def text_width(text: str, size: float) -> float:
    """A rough width in pixels: wide (CJK) characters count one em, the others 0.6 em."""
    return sum(size if unicodedata.east_asian_width(ch) in "WF" else size * 0.6 for ch in text)


def fit(text: str, width: float, size: float) -> str:
    """``text``, cut with an ellipsis to fit in ``width`` pixels."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…" if text else ""


def axis_step(largest: float, *, whole: bool) -> float:
    """The step between the scale's four lines: 1, 2, 2.5 or 5 times a power of ten, so that
    four steps reach ``largest`` (> 0); a whole number when the values are counts (``whole``)."""
    quarter = largest / 4
    power = 10.0 ** math.floor(math.log10(quarter))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= quarter and (not whole or step == int(step)):
            return max(step, 1.0) if whole else step
    return 10 * power  # pragma: no cover - the loop always returns


def _open(width: int, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="title desc">',
        f'<title id="title">{escape(title)}</title>',
        f'<desc id="desc">{escape(desc)}</desc>',
        f"<style>{STYLE}</style>",
        f'<rect class="bg" x="0" y="0" width="{width}" height="{height}"/>',
        f'<text class="title" x="{width / 2:g}" y="26" text-anchor="middle">{escape(title)}</text>',
    ]


def _text(x: float, y: float, text: str, cls: str, anchor: str = "middle") -> str:
    return (
        f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(text)}</text>'
    )


def bar_chart(chart: BarChart, lang: Lang = "en", size: Size | None = None) -> str:
    """``chart`` as an SVG document: one ``rect.bar`` per bar, value labels above the bars,
    the bars' labels under them, the unit and a scale on the left."""
    size = size or Size()
    desc = "; ".join(f"{bar.label}: {number(bar.value)} {chart.unit}" for bar in chart.bars)
    parts = _open(size.width, size.height, chart.title, desc or EMPTY[lang])
    if chart.empty:
        parts.append(_text(size.width / 2, size.top + size.plot_height / 2, EMPTY[lang], "axis"))
        parts.append("</svg>")
        return "\n".join(parts) + "\n"
    whole = all(bar.value == int(bar.value) for bar in chart.bars)
    step = axis_step(max(bar.value for bar in chart.bars), whole=whole)
    top_value = 4 * step
    base = size.top + size.plot_height
    for k in range(5):  # the scale: 0, 1/4 ... the top, as lines across the plot
        value = step * k
        y = base - size.plot_height * k / 4
        parts.append(
            f'<line class="grid" x1="{size.left}" y1="{y:.1f}" '
            f'x2="{size.width - size.right}" y2="{y:.1f}"/>'
        )
        parts.append(_text(size.left - 6, y + 4, number(value), "axis", "end"))
    parts.append(_text(8, size.top - 8, chart.unit, "axis", "start"))
    slot = size.plot_width / len(chart.bars)
    width = min(slot * 0.7, 56.0)  # a few bars stay bars, not slabs
    for index, bar in enumerate(chart.bars):
        x = size.left + slot * index + (slot - width) / 2
        height = size.plot_height * bar.value / top_value
        parts.append(
            f'<rect class="bar" x="{x:.2f}" y="{base - height:.4f}" width="{width:.2f}" '
            f'height="{height:.4f}" data-key={quoteattr(bar.key)} data-value="{bar.value:g}">'
            f"<title>{escape(f'{bar.label}: {number(bar.value)} {chart.unit}')}</title></rect>"
        )
        centre = x + width / 2
        if bar.value:
            parts.append(_text(centre, base - height - 4, number(bar.value), "value"))
        parts.append(_text(centre, base + 16, fit(bar.label, slot - 2, 11), "axis"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


CELL = 11
GAP = 2


def _level(count: int, most: int) -> int:
    """0 for no activity, else 1..4 by the day's share of the busiest day's count."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(4, math.ceil(4 * count / most)))


def calendar_chart(calendar: Mapping[dt.date, int], year: int, lang: Lang = "en") -> str:
    """A year as weeks (columns, Monday first) by weekdays (rows), like GitHub's: one
    ``rect`` per day with its count in a ``<title>``, month names over the first week of each
    month, a Less-More legend."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = first - dt.timedelta(days=first.weekday())
    weeks = (last - start).days // 7 + 1
    left, top = 36, 56
    width = left + weeks * (CELL + GAP) + 48
    height = top + 7 * (CELL + GAP) + 40
    days = {day: count for day, count in calendar.items() if first <= day <= last}
    most = max(days.values(), default=0)
    title = CALENDAR_TITLE[lang].format(year=year)
    active = sum(1 for count in days.values() if count > 0)
    desc = f"{active} active days" if lang == "en" else f"{active} 天有活动"
    parts = _open(width, height, title, desc)
    for month in range(1, 13):
        column = (dt.date(year, month, 1) - start).days // 7
        x = left + column * (CELL + GAP)
        parts.append(_text(x, top - 6, month_label(month, lang), "axis", "start"))
    for row, name in enumerate(WEEKDAYS[lang]):
        if name:
            parts.append(_text(left - 6, top + row * (CELL + GAP) + CELL - 1, name, "axis", "end"))
    one, many = DAY_UNIT[lang]
    day = first
    while day <= last:
        offset = (day - start).days
        x = left + (offset // 7) * (CELL + GAP)
        y = top + (offset % 7) * (CELL + GAP)
        count = days.get(day, 0)
        unit = one if count == 1 else many
        parts.append(
            f'<rect class="l{_level(count, most)}" x="{x}" y="{y}" width="{CELL}" '
            f'height="{CELL}" rx="2" data-date="{day.isoformat()}" data-count="{count}">'
            f"<title>{day.isoformat()}: {count} {escape(unit)}</title></rect>"
        )
        day += dt.timedelta(days=1)
    less, more = LEGEND[lang]
    y = top + 7 * (CELL + GAP) + 14
    x = width - 48 - 5 * (CELL + GAP)
    parts.append(_text(x - 6, y + CELL - 1, less, "axis", "end"))
    for level in range(5):
        parts.append(
            f'<rect class="l{level}" x="{x + level * (CELL + GAP)}" y="{y}" '
            f'width="{CELL}" height="{CELL}" rx="2"/>'
        )
    parts.append(_text(x + 5 * (CELL + GAP) + 4, y + CELL - 1, more, "axis", "start"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
