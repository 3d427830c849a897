"""What each chart shows, as plain values: the window paints them, the pages write them as SVG.

A chart is a title, a unit and bars; a bar's ``key`` says what a click on it lists (a month
``2024-03``, a kind ``book``, a language ``zh``, a rating ``4.5``). Labels come in the page's
language (``en`` or ``zh``); the numbers are the figures' own, never rounded away.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from readinglog.core.types import ItemKind
from readinglog.stats.figures import RATING_STEPS, Figures, Totals

Lang = Literal["en", "zh"]
MonthlyMetric = Literal["finished", "pages", "hours"]

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

KIND_NAMES: dict[Lang, dict[ItemKind, str]] = {
    "en": {
        ItemKind.BOOK: "Books",
        ItemKind.PODCAST: "Shows",
        ItemKind.EPISODE: "Episodes",
        ItemKind.COURSE: "Courses",
        ItemKind.SERIES: "Series",
        ItemKind.VIDEO: "Videos",
        ItemKind.ARTICLE: "Articles",
    },
    "zh": {
        ItemKind.BOOK: "书",
        ItemKind.PODCAST: "播客",
        ItemKind.EPISODE: "单集",
        ItemKind.COURSE: "课程",
        ItemKind.SERIES: "系列课",
        ItemKind.VIDEO: "视频",
        ItemKind.ARTICLE: "文章",
    },
}

LANGUAGE_NAMES: dict[Lang, dict[str, str]] = {
    "en": {"zh": "Chinese", "en": "English", "mixed": "Mixed", "other": "Other", "und": "Unknown"},
    "zh": {"zh": "中文", "en": "英文", "mixed": "中英混合", "other": "其他", "und": "未知"},
}

TITLES: dict[Lang, dict[str, str]] = {
    "en": {
        "finished": "Finished per month",
        "pages": "Pages per month",
        "hours": "Hours per month",
        "kinds": "Finished by kind",
        "languages": "Finished by language",
        "ratings": "Ratings",
    },
    "zh": {
        "finished": "每月完成",
        "pages": "每月页数",
        "hours": "每月时长（小时）",
        "kinds": "按类型",
        "languages": "按语言",
        "ratings": "评分分布",
    },
}

UNITS: dict[Lang, dict[str, str]] = {
    "en": {"finished": "entries", "pages": "pages", "hours": "hours", "ratings": "titles"},
    "zh": {"finished": "部", "pages": "页", "hours": "小时", "ratings": "部"},
}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    key: str


@dataclass(frozen=True)
class BarChart:
    name: str  # finished, pages, hours, kinds, languages, ratings: a file name for the SVG
    title: str
    unit: str
    bars: tuple[Bar, ...]

    @property
    def empty(self) -> bool:
        return not any(bar.value for bar in self.bars)


def month_label(month: int, lang: Lang) -> str:
    return f"{month}月" if lang == "zh" else MONTHS_EN[month - 1]


def _monthly_value(totals: Totals, metric: MonthlyMetric) -> float:
    if metric == "finished":
        return float(sum(totals.finished.values()))
    if metric == "pages":
        return float(totals.pages)
    return round(totals.minutes / 60, 1)


def monthly(figures: Figures, metric: MonthlyMetric, lang: Lang = "en") -> BarChart:
    """Finished entries, pages or hours per month of the period."""
    bars = tuple(
        Bar(month_label(m.month, lang), _monthly_value(m.totals, metric), m.label)
        for m in figures.by_month
    )
    return BarChart(metric, TITLES[lang][metric], UNITS[lang][metric], bars)


def kinds(figures: Figures, lang: Lang = "en") -> BarChart:
    """Finished read-throughs by kind, the kinds that have any, in the enum's order."""
    bars = tuple(
        Bar(KIND_NAMES[lang][kind], float(count), kind.value)
        for kind in ItemKind
        if (count := figures.totals.finished.get(kind, 0))
    )
    return BarChart("kinds", TITLES[lang]["kinds"], UNITS[lang]["finished"], bars)


def languages(figures: Figures, lang: Lang = "en") -> BarChart:
    """Finished titles by language, the languages that have any."""
    names = LANGUAGE_NAMES[lang]
    bars = tuple(
        Bar(names.get(code, code), float(f.titles), code)
        for code, f in figures.by_language.items()
        if f.titles
    )
    return BarChart("languages", TITLES[lang]["languages"], UNITS[lang]["finished"], bars)


def ratings(figures: Figures, lang: Lang = "en") -> BarChart:
    """Finished titles per rating, every half star from 0.5 to 5 (empty steps stay as gaps)."""
    bars = tuple(
        Bar(f"{step:g}", float(figures.ratings.get(step, 0)), f"{step:g}") for step in RATING_STEPS
    )
    return BarChart("ratings", TITLES[lang]["ratings"], UNITS[lang]["ratings"], bars)


def all_charts(figures: Figures, lang: Lang = "en") -> tuple[BarChart, ...]:
    """The charts the window and the year in review show, in the order they show them."""
    return (
        monthly(figures, "finished", lang),
        monthly(figures, "pages", lang),
        monthly(figures, "hours", lang),
        kinds(figures, lang),
        languages(figures, lang),
        ratings(figures, lang),
    )
