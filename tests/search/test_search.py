"""Searching a real (temporary) library: Chinese, English, Traditional, syntax, ranking."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.core.types import Target
from readinglog.search import sync
from readinglog.search.index import SearchIndex
from readinglog.search.schema import Match
from readinglog.search.searcher import search
from tests.timing import cpu_budget


def titles(library: Library, text: str, index: SearchIndex, **kw: object) -> set[str]:
    """The titles of the word hits (see test_never_misses_and_says_how_it_matched)."""
    hits = search(library, text, index=index, **kw).hits  # type: ignore[arg-type]
    return {h.title for h in hits if h.match is Match.WORD}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经济", {"经济学笔记", "繁體"}),
        ("經濟學", {"经济学笔记", "繁體"}),
        ("乔布斯", {"乔布斯"}),
        ("大模型", {"乔布斯"}),
        ("和服", {"和服"}),
        ("学习", {"混合"}),  # 机器学习 yes, 化学习题 no
        ("市长", set()),  # only characters: see test_never_misses_and_says_how_it_matched
        ("长江", {"经济学笔记"}),
        ("learning", {"Deep learning"}),
        ("LEARNS", {"Deep learning"}),
        ("gpu", {"Deep learning"}),
        ("ＧＰＵ", {"Deep learning"}),
        ("tf.keras", {"Deep learning"}),
        ("keras", {"Deep learning"}),
        ("c++", {"Deep learning"}),
        ("sha-256", {"Deep learning"}),
        ("tf2.0", {"混合"}),
        ("Python机器学习", {"混合"}),
        ('"机器学习"', {"混合"}),
        ("历史学家", {"繁體"}),
        ("人类简史", {"人类简史"}),
        ("harari", {"人类简史"}),
        ("和服 OR 乔布斯", {"和服", "乔布斯"}),
        ("经济 -长江", {"繁體"}),
        ("tag:经济 经济", {"经济学笔记"}),
        ("kind:book", {"人类简史"}),
        ("经济 茶", set()),  # a word and a character (unscored field) together
        ("和服 茶", {"和服"}),
        ("茶 OR 乔布斯", {"和服", "乔布斯"}),
    ],
)
def test_finds(indexed: Library, index: SearchIndex, text: str, expected: set[str]) -> None:
    assert titles(indexed, text, index) == expected


@pytest.mark.parametrize(
    ("text", "words", "characters"),
    [
        ("和服", ["和服"], ["服务"]),  # 我们和服务员: 和/服务
        ("学习", ["混合"], ["服务"]),  # 化学习题: 化学/习题
        ("市长", [], ["经济学笔记"]),  # 南京市长江大桥: 南京市/长江大桥
        ("南京市长", [], ["经济学笔记"]),  # 南京市 长江大桥
        ("和服 OR 乔布斯", ["和服", "乔布斯"], ["服务"]),
        ('"和服务员"', ["服务"], []),
    ],
)
def test_never_misses_and_says_how_it_matched(
    indexed: Library, index: SearchIndex, text: str, words: list[str], characters: list[str]
) -> None:
    """Characters side by side are always found; where they only stand together across a
    word boundary the hit is labelled so and ranks below every word hit."""
    result = search(indexed, text, index=index)
    assert sorted(h.title for h in result.hits if h.match is Match.WORD) == sorted(words)
    assert [h.title for h in result.hits[len(words) :]] == characters
    assert all(h.match is Match.CHARACTERS for h in result.hits[len(words) :])
    assert result.total == len(words) + len(characters)


def test_a_word_the_segmenter_cuts_wrongly_is_found(indexed: Library, index: SearchIndex) -> None:
    """rjieba cuts 全部门 as 全部/门 and 美国会 as 美国/会: 部门 and 国会 are still found."""
    with indexed.sessions.begin() as s:
        notes.add_note(s, "今天全部门都来了。", title="例会")
        notes.add_note(s, "美国会通过这个法案吗？", title="新闻")
        notes.add_note(s, "国会今天开会，各部门都派了人。", title="国会")
    sync.drain(indexed, index)
    for text in ("部门", "國會"):
        hits = search(indexed, text, index=index).hits
        assert hits[0].title == "国会" and hits[0].match is Match.WORD
        assert len(hits) == 2 and "<b>" in hits[1].snippet
    assert search(indexed, "部门", index=index).hits[1].title == "例会"
    assert search(indexed, "国会", index=index).hits[1].match is Match.CHARACTERS


def test_the_english_word_as_typed_ranks_above_its_other_forms(
    indexed: Library, index: SearchIndex
) -> None:
    """Every form is found (and labelled a word), the one typed first, however the scores
    fall: the other forms hold the word more often here."""
    texts = {
        "plain": "I run.",
        "both": "They run, running and run again.",
        "ing": "Running, running, running: she was running late all week.",
        "past": "He ran home and ran back and ran again, and he runs.",
    }
    with indexed.sessions.begin() as s:
        for title, body in texts.items():
            notes.add_note(s, body, title=title)
    sync.drain(indexed, index)
    expected = {
        "run": ({"plain", "both"}, {"ing", "past"}),
        "running": ({"ing", "both"}, {"plain", "past"}),
        "ran": ({"past"}, {"plain", "both", "ing"}),
    }
    for text, (first, then) in expected.items():
        hits = search(indexed, text, index=index).hits
        assert {h.title for h in hits[: len(first)]} == first, text
        assert {h.title for h in hits[len(first) :]} == then, text
        assert all(h.match is Match.WORD for h in hits)


def test_equal_scores_rank_the_newest_first(indexed: Library, index: SearchIndex) -> None:
    """A quote pasted into many notes scores the same in each: the newest come first."""
    with indexed.sessions.begin() as s:
        ids = [notes.add_note(s, "摘录：知识就是力量。", title="摘录").created for _ in range(40)]
    sync.drain(indexed, index)
    hits = search(indexed, "知识", index=index, limit=10).hits
    assert [h.id for h in hits] == sorted(ids, reverse=True)[:10]


def test_one_character_query_is_fast_and_exact(indexed: Library, index: SearchIndex) -> None:
    with cpu_budget(1.0, "one character"):
        found = titles(indexed, "学", index)
    assert found == {"经济学笔记", "服务", "混合", "繁體"}


def test_snippet_marks_the_match_in_the_original_characters(
    indexed: Library, index: SearchIndex
) -> None:
    hit = search(indexed, "经济学", index=index, doc_type=Target.NOTE).hits
    snippets = {h.title: h.snippet for h in hit}
    assert "<b>經濟學</b>" in snippets["繁體"]
    assert "<b>经济学</b>" in snippets["经济学笔记"]
    english = search(indexed, "learning gpu", index=index).hits[0].snippet
    assert "<b>learned</b>" in english and "<b>ＧＰＵ</b>" in english


def test_title_ranks_above_body(indexed: Library, index: SearchIndex) -> None:
    with indexed.sessions.begin() as s:
        notes.add_note(s, "今天随便写写，提到和服一次。", title="日记")
    sync.drain(indexed, index)
    hits = search(indexed, "和服", index=index).hits
    assert [h.title for h in hits][:2] == ["和服", "日记"]


def test_kind_limits_to_notes_or_entries(indexed: Library, index: SearchIndex) -> None:
    assert titles(indexed, "人类简史", index, doc_type=Target.NOTE) == set()
    hits = search(indexed, "人类简史", index=index, doc_type=Target.ITEM).hits
    assert [(h.type, h.item_ids) for h in hits] == [(Target.ITEM, ())]


def test_limit_and_total(indexed: Library, index: SearchIndex) -> None:
    result = search(indexed, "学", index=index, limit=2)
    assert result.total == 4 and len(result.hits) == 2


@pytest.mark.parametrize(
    "text",
    ['"unbalanced', "(经济", "-", "title:", "NOT NOT a", "x" * 20_000, "经济 OR", "kind:nope"],
)
def test_broken_queries_answer_with_a_notice(
    indexed: Library, index: SearchIndex, text: str
) -> None:
    with cpu_budget(2.0, repr(text[:20])):
        result = search(indexed, text, index=index)
    assert result.notice


def test_fallback_still_finds_the_words(indexed: Library, index: SearchIndex) -> None:
    result = search(indexed, '"经济 (长江', index=index)
    assert {h.title for h in result.hits} == {"经济学笔记"}
    assert "searched the words" in result.notice


def test_one_character_results_come_newest_first(indexed: Library, index: SearchIndex) -> None:
    from readinglog.search import sync

    first = [h.title for h in search(indexed, "学", index=index).hits]
    with indexed.sessions.begin() as s:
        notes.edit_note(s, 1, body="重写：仍然讲政治经济学。")
    sync.drain(indexed, index)
    again = [h.title for h in search(indexed, "学", index=index).hits]
    assert again[0] == "经济学笔记" and sorted(again) == sorted(first)
    only_notes = search(indexed, "学", index=index, doc_type=Target.ITEM)
    assert only_notes.total == 0


def test_an_updated_note_is_found_once(indexed: Library, index: SearchIndex) -> None:
    """whoosh's searcher.refresh() kept deleted documents visible; the index reopens instead."""
    from readinglog.search import sync

    assert search(indexed, "经济学", index=index).total == 2
    with indexed.sessions.begin() as s:
        notes.edit_note(s, 1, body="重写：仍然讲政治经济学。")
    sync.drain(indexed, index)
    result = search(indexed, "经济学", index=index)
    assert result.total == 2 and sorted(h.id for h in result.hits) == [1, 7]


def test_a_search_reads_its_hits_and_the_queue_on_one_connection(
    indexed: Library, index: SearchIndex
) -> None:
    """Checking out a second connection and beginning a second read took a tenth of the hits'
    time; the queue is still checked (a change queued long ago is said to be waiting)."""
    checkouts: list[object] = []

    def checked_out(*args: object) -> None:
        checkouts.append(args)

    event.listen(indexed.engine, "checkout", checked_out)
    try:
        assert search(indexed, "经济", index=index).hits
        assert len(checkouts) == 1
        with indexed.sessions.begin() as s:
            notes.add_note(s, "还没有索引的经济笔记", title="新")
        checkouts.clear()
        result = search(indexed, "经济", index=index, lag=-60.0)
        assert len(checkouts) == 1 and "1 recent change is not searchable yet" in result.notice
    finally:
        event.remove(indexed.engine, "checkout", checked_out)
