"""The pages' words in English and Chinese, and the language a page is written in.

A page's language is ``--lang``, or else the language of most of the titles it lists: a page
is read next to those titles, and a reader of a shelf of Chinese books reads Chinese. "Most"
is more than half of the titles having a Han character (the rule ``render.metadata_block``
uses for one entry's labels); a tie, or no titles, is English.
"""

from __future__ import annotations

from collections.abc import Iterable

from readinglog.core.text import HAN_RE
from readinglog.core.types import Status
from readinglog.stats.charts import Lang


def choose_lang(titles: Iterable[str], wanted: str | None = None) -> Lang:
    """``wanted`` (``zh`` or ``en``) if given, else zh when most ``titles`` are Chinese."""
    if wanted == "zh":
        return "zh"
    if wanted == "en":
        return "en"
    listed = list(titles)
    chinese = sum(1 for title in listed if HAN_RE.search(title))
    return "zh" if chinese * 2 > len(listed) else "en"


WORDS: dict[Lang, dict[str, str]] = {
    "en": {
        "review_title": "My {year} in review",
        "review_intro": "In {year} I finished {finished}.",
        "review_intro_none": "In {year} I finished nothing I logged.",
        "numbers": "The numbers",
        "charts": "Charts",
        "finished": "Finished",
        "top": "Most often",
        "figure": "Figure",
        "value": "Value",
        "finished_row": "Finished",
        "titles": "Titles",
        "pages": "Pages read",
        "hours": "Hours listened, watched and studied",
        "notes": "Notes written",
        "words": "Words in them",
        "active_days": "Active days",
        "streak": "Longest streak",
        "streak_days": "{days} ({start} – {end})",
        "rereads": "Re-reads",
        "abandoned": "Abandoned",
        "days_to_finish": "Days to finish (median)",
        "undated": "{count} read-throughs have no date and are not counted here.",
        "by_language": "By language",
        "language": "Language",
        "tags": "Tags",
        "authors": "Authors",
        "shows": "Shows",
        "platforms": "Platforms",
        "calendar": "Activity",
        "reread": "re-read",
        "notes_label": "Notes",
        "cover": "Cover of {title}",
        "bookshelf_title": "Bookshelf",
        "bookshelf_intro": "{books} on the shelf.",
        "certificates_title": "Certificates",
        "certificates_title_year": "Certificates {year}",
        "certificates_intro": "{count} from courses and series.",
        "course": "Course",
        "platform": "Platform",
        "date": "Date",
        "certificate_id": "Certificate ID",
        "link": "Link",
        "cost": "Cost",
        "show_link": "certificate",
        "listening_title": "Listening",
        "listening_title_year": "Listening in {year}",
        "listening_intro": "{episodes} from {shows}.",
        "no_show": "Episodes without a show",
        "hosts": "Hosted by {names}",
        "nothing": "Nothing here yet.",
        "total_cost": "Total: {costs}",
    },
    "zh": {
        "review_title": "{year} 年度回顾",
        "review_intro": "{year} 年，我完成了 {finished}。",
        "review_intro_none": "{year} 年没有记录完成的条目。",
        "numbers": "数字",
        "charts": "图表",
        "finished": "完成的条目",
        "top": "最常出现",
        "figure": "项目",
        "value": "数值",
        "finished_row": "完成",
        "titles": "不同条目",
        "pages": "阅读页数",
        "hours": "收听、观看与学习（小时）",
        "notes": "写下的笔记",
        "words": "笔记字数",
        "active_days": "有记录的天数",
        "streak": "最长连续天数",
        "streak_days": "{days}（{start} – {end}）",
        "rereads": "重读",
        "abandoned": "弃读",
        "days_to_finish": "完成所需天数（中位数）",
        "undated": "另有 {count} 次阅读没有日期，未计入以上数字。",
        "by_language": "按语言",
        "language": "语言",
        "tags": "标签",
        "authors": "作者",
        "shows": "节目",
        "platforms": "平台",
        "calendar": "活动日历",
        "reread": "重读",
        "notes_label": "笔记",
        "cover": "《{title}》封面",
        "bookshelf_title": "书架",
        "bookshelf_intro": "书架上共有 {books}。",
        "certificates_title": "证书",
        "certificates_title_year": "{year} 年的证书",
        "certificates_intro": "课程与系列课的证书共 {count}。",
        "course": "课程",
        "platform": "平台",
        "date": "日期",
        "certificate_id": "证书编号",
        "link": "链接",
        "cost": "费用",
        "show_link": "证书",
        "listening_title": "收听",
        "listening_title_year": "{year} 年收听",
        "listening_intro": "{shows}，共 {episodes}。",
        "no_show": "不属于任何节目的单集",
        "hosts": "主播：{names}",
        "nothing": "这里还没有内容。",
        "total_cost": "合计：{costs}",
    },
}

STATUS_NAMES: dict[Lang, dict[Status, str]] = {
    "en": {
        Status.IN_PROGRESS: "Reading now",
        Status.FINISHED: "Read",
        Status.WANT: "Want to read",
        Status.PAUSED: "Paused",
        Status.ABANDONED: "Abandoned",
    },
    "zh": {
        Status.IN_PROGRESS: "在读",
        Status.FINISHED: "读过",
        Status.WANT: "想读",
        Status.PAUSED: "暂停",
        Status.ABANDONED: "弃读",
    },
}

# What a number of things is called: (one, many) in English, the measure word in Chinese.
UNITS: dict[Lang, dict[str, tuple[str, str]]] = {
    "en": {
        "book": ("book", "books"),
        "podcast": ("show", "shows"),
        "episode": ("episode", "episodes"),
        "course": ("course", "courses"),
        "series": ("series", "series"),
        "video": ("video", "videos"),
        "article": ("article", "articles"),
        "certificate": ("certificate", "certificates"),
        "entry": ("entry", "entries"),
        "day": ("day", "days"),
    },
    "zh": {
        "book": ("本书", "本书"),
        "podcast": ("个节目", "个节目"),
        "episode": ("期单集", "期单集"),
        "course": ("门课程", "门课程"),
        "series": ("个系列课", "个系列课"),
        "video": ("个视频", "个视频"),
        "article": ("篇文章", "篇文章"),
        "certificate": ("张证书", "张证书"),
        "entry": ("个条目", "个条目"),
        "day": ("天", "天"),
    },
}


def count(n: int, unit: str, lang: Lang) -> str:
    """``3 books``, ``1 book``; ``3 本书``."""
    one, many = UNITS[lang][unit]
    if lang == "zh":
        return f"{n:,} {one}"
    return f"{n:,} {one if n == 1 else many}"


def join(parts: list[str], lang: Lang) -> str:
    """``a, b and c``; ``a、b 和 c``."""
    if len(parts) <= 1:
        return "".join(parts)
    if lang == "zh":
        return "、".join(parts[:-1]) + "和 " + parts[-1]  # 1 门课程和 1 个视频
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def parenthesized(text: str, lang: Lang) -> str:
    """`` (3)``; ``（3）``."""
    return f"（{text}）" if lang == "zh" else f" ({text})"
