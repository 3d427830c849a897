"""DTOs for export tests, built directly (no database): English, Chinese and nasty titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from readinglog.core.types import (
    BookFormat,
    ItemKind,
    ItemView,
    Lang,
    NoteView,
    Person,
    Role,
    SessionView,
    Status,
)

CST = dt.timezone(dt.timedelta(hours=8), "CST")
EST = dt.timezone(dt.timedelta(hours=-5), "EST")
NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def note(
    note_id: int = 1,
    title: str = "Notes on Deep Work",
    body: str = "Focus is a *skill*.\n",
    *,
    lang: Lang = Lang.EN,
    location: str | None = None,
    tags: tuple[str, ...] = (),
    item_titles: tuple[str, ...] = (),
    created: dt.datetime = dt.datetime(2024, 5, 1, 10, 30, tzinfo=dt.UTC),
    updated: dt.datetime = dt.datetime(2024, 5, 2, 8, 0, tzinfo=dt.UTC),
) -> NoteView:
    return NoteView(
        id=note_id,
        title=title,
        body=body,
        lang=lang,
        location=location,
        tags=tags,
        item_ids=tuple(range(1, len(item_titles) + 1)),
        item_titles=item_titles,
        created_at=created,
        updated_at=updated,
    )


ENGLISH_NOTE = note(
    1,
    "Notes on Deep Work",
    "> Clarity about what matters provides clarity about what does not.\n\n"
    "My take: schedule **every** minute, and *protect* the mornings.\n\n"
    "- one\n- two\n\n```sh\necho 'a * b * c'\n```\n",
    location="p. 42",
    tags=("productivity", "deep work", "yes"),
    item_titles=("Deep Work",),
)

CHINESE_NOTE = note(
    2,
    "读《人类简史》有感",
    "> 人类之所以能统治世界，是因为**“想象”**的共同体。\n\n"
    "我的想法：_虚构_的故事让陌生人合作。这是**重点**。\n\n"
    "| 概念 | 含义 |\n| --- | --- |\n| 认知革命 | 语言 |\n",
    lang=Lang.ZH,
    location="第 2 章",
    tags=("历史", "人类学"),
    item_titles=("人类简史",),
)

NASTY_TITLES = {
    "dotdot": "../../etc/passwd",
    "quotes": 'Re: "Quotes" & #tags',
    "mention": "@mention",
    "long_zh": "长" * 60 + "标题" * 30,  # 120 characters, 360 bytes
}


def nasty_note(key: str) -> NoteView:
    return note(10, NASTY_TITLES[key], "Body text.\n", tags=("@x", "null", "a: b"))


def book(
    item_id: int = 1,
    title: str = "Deep Work",
    *,
    chinese: bool = False,
) -> ItemView:
    if chinese:
        fields: dict[str, object] = {
            "original_title": "Sapiens: A Brief History of Humankind",
            "rating": 4.5,
            "isbn": "9787508647357",
            "publisher": "中信出版社",
            "year": 2014,
            "format": BookFormat.PAPER,
            "cover": "/home/me/covers/secret.jpg",
        }
        people = (Person(Role.AUTHOR, "尤瓦尔·赫拉利"), Person(Role.TRANSLATOR, "林俊宏"))
        tags: tuple[str, ...] = ("历史",)
    else:
        fields = {
            "rating": 4.0,
            "isbn": "9781455586691",
            "publisher": "Grand Central",
            "year": 2016,
            "url": "https://example.com/deep-work",
        }
        people = (Person(Role.AUTHOR, "Cal Newport"),)
        tags = ("productivity",)
    return ItemView(
        id=item_id,
        kind=ItemKind.BOOK,
        title=title,
        status=Status.FINISHED,
        fields=fields,
        people=people,
        tags=tags,
        parent_id=None,
        parent_title=None,
        child_ids=(),
        note_ids=(1, 2),
        sessions=(SessionView(1, dt.date(2024, 4, 1), dt.date(2024, 4, 30), Status.FINISHED),),
        created_at=dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC),
        updated_at=dt.datetime(2024, 5, 3, 9, 0, tzinfo=dt.UTC),
    )


ENGLISH_BOOK = book(1, "Deep Work")
CHINESE_BOOK = book(2, "人类简史", chinese=True)
ENGLISH_BOOK_NOTES = (
    ENGLISH_NOTE,
    note(3, "On shallow work", "Email is **shallow**.\n", tags=("email",)),
)
CHINESE_BOOK_NOTES = (
    CHINESE_NOTE,
    note(4, "", "没有标题的笔记：**“八卦”**很重要。\n", lang=Lang.ZH, location="p. 30"),
)


def front_matter_of(path: Path) -> dict[str, Any]:
    """The YAML front matter of an exported post."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert isinstance(loaded, dict)
    return loaded
