"""A library with a few bilingual notes and entries, indexed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from readinglog.core import notes, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Person, Role, Status
from readinglog.search import sync
from readinglog.search.index import SearchIndex

NOTES = [
    ("经济学笔记", "我们在南京市长江大桥上讨论政治经济学。", ["经济"]),
    ("和服", "她穿着和服参加茶道。", []),
    ("服务", "我们和服务员聊天，化学习题很难。", []),
    ("乔布斯", "史蒂夫乔布斯的大模型和提示词。", ["人物"]),
    ("Deep learning", "I learned tf.keras and fast.ai on a ＧＰＵ; C++ and SHA-256 too.", ["ml"]),
    ("混合", "用Python机器学习，TF2.0 很好用。", []),
    ("繁體", "這本書講經濟學與歷史學家的故事。", []),
]


def add_notes(library: Library) -> list[int]:
    ids = []
    with library.sessions.begin() as s:
        book = services.add_item(
            s, ItemKind.BOOK, "人类简史", people=[Person(Role.AUTHOR, "Yuval Noah Harari")],
            tags=["history"], status=Status.FINISHED,
        ).created  # fmt: skip
        assert book is not None
        for title, body, tags in NOTES:
            created = notes.add_note(s, body, title=title, tags=tags).created
            assert created is not None
            ids.append(created)
    return ids


@pytest.fixture
def indexed(library: Library) -> Iterator[Library]:
    add_notes(library)
    for _ in sync.rebuild(library):
        pass
    yield library


@pytest.fixture
def index(indexed: Library) -> Iterator[SearchIndex]:
    ix = sync.open_index(indexed)
    yield ix
    ix.close()
