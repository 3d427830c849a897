"""Search never misses: any Chinese query whose characters stand together in a note (after
Traditional -> Simplified and width folding) finds it, whatever the segmenter made of them;
an English word finds every note where a word begins with it.

The queries are drawn at random (fixed seed) from the notes themselves, and the truth is
computed independently of the analyzer: OpenCC and NFKC on the whole text, then str.find.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.search import sync
from readinglog.search.schema import Match
from readinglog.search.searcher import search

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,12}(?![A-Za-z.\-_'])")
SENTENCES = [
    "今天全部门都来了，美国会通过这个法案吗？",
    "我们和服务员聊天，她穿着和服参加茶道。",
    "南京市长江大桥上，化学习题做了一晚上。",
    "高级后端工程师在研究生命起源，也研究大模型和提示词。",
    "這本書講經濟學與歷史學家的故事，乒乓球拍卖完了。",
    "如下图所示，手上的个体差异很大，成人之美。",
]
_t2s = opencc.OpenCC("t2s").convert


def folded(text: str) -> str:
    return unicodedata.normalize("NFKC", _t2s(text)).casefold()


def blog_texts(realdata: Path, count: int) -> list[tuple[str, str]]:
    posts = sorted((realdata / "blog_corpus").rglob("*.md"))
    chosen = posts[:: max(1, len(posts) // count)][:count]
    return [(p.stem, p.read_text(encoding="utf-8", errors="replace")[:6000]) for p in chosen]


def indexed_library(library: Library, texts: list[tuple[str, str]]) -> Library:
    with library.sessions.begin() as s:
        for title, body in texts:
            notes.add_note(s, body, title=title)
    for _ in sync.rebuild(library):
        pass
    return library


def han_queries(texts: list[tuple[str, str]], count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    runs = [run for _, body in texts for run in HAN_RUN.findall(body)]
    for _ in range(count):
        run = rng.choice(runs)
        size = rng.randint(2, min(5, len(run)))
        start = rng.randrange(len(run) - size + 1)
        yield run[start : start + size]


def assert_never_misses(library: Library, texts: list[tuple[str, str]], queries: list[str]) -> None:
    bodies = {title: folded(f"{title}\n{body}") for title, body in texts}
    index = sync.open_index(library)
    try:
        for query in queries:
            want = {t for t, text in bodies.items() if _holds(text, folded(query))}
            for typing in (False, True):  # the CLI, and the search box while typing
                result = search(library, query, index=index, limit=1000, prefix=typing)
                got = {h.title for h in result.hits}
                assert want <= got, (query, typing, sorted(want - got))
                words = [h.match is Match.WORD for h in result.hits]
                assert words == sorted(words, reverse=True), query  # word hits first
    finally:
        index.close()


def _holds(text: str, query: str) -> bool:
    """Chinese: the characters side by side anywhere; English: at the start of a word (an
    English query finds its word and the words it begins, not words it stands inside)."""
    if HAN_RUN.fullmatch(query):
        return query in text
    return re.search(f"(?<![a-z0-9]){re.escape(query)}", text) is not None


def test_chinese_queries_never_miss_on_hand_written_traps(library: Library) -> None:
    texts = [(f"s{i}", text) for i, text in enumerate(SENTENCES)]
    indexed_library(library, texts)
    queries = list(han_queries(texts, 80, seed=1))
    queries += ["部门", "国会", "和服", "学习", "市长", "下图", "手上", "个体", "成人", "經濟"]
    assert_never_misses(library, texts, queries)


@pytest.mark.slow
def test_chinese_and_english_queries_never_miss_on_real_posts(
    library: Library, realdata: Path
) -> None:
    texts = blog_texts(realdata, 60)
    indexed_library(library, texts)
    queries = list(han_queries(texts, 300, seed=2))
    rng = random.Random(3)
    words = [w for _, body in texts for w in LATIN_WORD.findall(body)]
    queries += rng.sample(words, 80)
    assert_never_misses(library, texts, queries)
