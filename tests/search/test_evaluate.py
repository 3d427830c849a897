"""search.evaluate finds and scores what whoosh's own matchers find and score (the old
index.search nested two FilterCollectors for `kind:` plus `-word`, and whoosh then ignored the
kind; the reference here uses one).

The reference is the whoosh query the index ran before evaluate existed: per field, a Term or
an Or of the step's variants, a Sequence (slop 1) for a chain, boosted by the field's weight;
an Or over fields, an And over needles; the plan's Or alternatives, And clauses, a type filter
and a mask for the excluded words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from whoosh import collectors, query

from readinglog.core.types import Target
from readinglog.search import evaluate, ranking, reading
from readinglog.search import index as index_module
from readinglog.search.analysis import Needle, han_chars
from readinglog.search.index import SearchIndex
from readinglog.search.postings import read_postings
from readinglog.search.query import Clause, QueryPlan, parse
from readinglog.search.schema import TEXT_FIELDS, SearchDoc
from readinglog.search.terms import TermTables

from .test_segments import corpus

QUERIES = [
    "经济", "经济学", "和服", "学习", "化学习题", "长江大桥", "南京市长江大桥", "learning",
    "tf.keras", "C++", "GPU", '"经济 学习"', '"learn GPU"', "rare50", "标题 -和服",
    "经济 OR 学习", "的", "学", "经济学 -learned", "Python机器学习", "經濟學", "乔布斯",
    "大模型 提示词", "标题 学",
]  # fmt: skip


# Prefix mode (the last word half-typed): the same words as typed, and open.
PREFIX_QUERIES = [
    "经济", "经济学", "和服", "长江大", "南京市长江大", "化学习", "lear", "learn", "tf.ker", "g",
    "rare1", "标题 学习", "经济 OR 学习", "Python机器学", "经济学 -learned 和服", "标题 -和服 服务",
    "学 标题",
]  # fmt: skip

Expand = Callable[[str, str], Sequence[str]]


def _needle(reader: Any, needle: Needle, expand: Expand | None = None) -> Any:
    if needle.char:
        return query.Term("han", needle.char)
    options = []
    for name, boost in TEXT_FIELDS.items():
        steps = []
        wanted = list(needle.steps)
        if needle.prefix and expand is not None:  # the terms the half-typed word begins
            wanted[-1] = wanted[-1] | set(expand(name, needle.prefix))
        for step in wanted:
            present = sorted(t for t in step if (name, t) in reader)
            if not present:
                break
            steps.append(present)
        else:
            subs = [
                query.Term(name, s[0])
                if len(s) == 1
                else query.Or([query.Term(name, t) for t in s])
                for s in steps
            ]
            if len(subs) == 1:
                sub = subs[0]
                sub.boost = boost
            else:
                sub = query.Sequence(subs, slop=1, boost=boost)
            options.append(sub)
    if not options:
        return query.NullQuery
    return options[0] if len(options) == 1 else query.Or(options)


def _needles(reader: Any, needles: tuple[Needle, ...], expand: Expand | None = None) -> Any:
    parts = [_needle(reader, n, expand) for n in needles]
    return parts[0] if len(parts) == 1 else query.And(parts)


def whoosh_reference(
    index: SearchIndex, plan: QueryPlan, expand: Expand | None = None
) -> dict[str, float]:
    """key -> score of every match, as whoosh's matchers compute them (``expand``: the terms
    a half-typed word stands for in a field)."""
    index._open()
    with index._ix.searcher() as searcher:
        reader = searcher.reader()
        clauses = []
        for clause in plan.must:
            alts = [_needles(reader, alt, expand) for alt in clause.alternatives]
            clauses.append(alts[0] if len(alts) == 1 else query.Or(alts))
        q = clauses[0] if len(clauses) == 1 else query.And(clauses)
        allow = query.Term("type", plan.doc_type.value) if plan.doc_type is not None else None
        mask = None
        if plan.must_not:
            mask = query.Or(
                [_needles(reader, alt) for c in plan.must_not for alt in c.alternatives]
            )
        # One FilterCollector for both: nested ones drop the inner filter (whoosh 2.7.x).
        collector = collectors.FilterCollector(
            collectors.UnlimitedCollector(), allow=allow, restrict=mask
        )
        searcher.search_with_collector(q, collector)
        return {hit["key"]: hit.score for hit in collector.results()}


def top(
    index: SearchIndex, plan: QueryPlan, limit: int = 1000, allowed: set[str] | None = None
) -> tuple[int, list[ranking.Ranked]]:
    return ranking.top(index.snapshot(), plan, limit, allowed)


def built(folder: Path, docs: list[SearchDoc]) -> SearchIndex:
    index = SearchIndex(folder)
    for _ in index.build(iter(docs)):
        pass
    return index


def at_tier(plan: QueryPlan, tier: int) -> QueryPlan:
    """The plan with each needle narrowed to its steps at ``tier`` (a half-typed word's
    expansion from the opening tier on)."""

    def narrowed(needle: Needle) -> Needle:
        if needle.char:
            return needle
        prefix = needle.prefix if tier != evaluate.WORD else ""
        return Needle(steps=needle.tiers()[0 if tier == evaluate.WORD else 1], prefix=prefix)

    must = tuple(
        Clause(tuple(tuple(narrowed(n) for n in alt) for alt in clause.alternatives))
        for clause in plan.must
    )
    return replace(plan, must=must)


def stats_of(searcher: Any) -> reading.Stats:
    """The index-wide statistics as a search's snapshot makes them."""
    return reading.Snapshot(searcher, reading.LengthCodes(), TermTables()).stats


def assert_same(index: SearchIndex, queries: list[str], *, prefix: bool = False) -> None:
    """Every match and its score as whoosh finds them for the widest needles; each at the
    tier whoosh finds it at with the needles narrowed; better tiers first, each by score."""
    index._open()
    with index._ix.searcher() as searcher:
        expand = stats_of(searcher).expand
        checked = 0
        for text in queries:
            for doc_type in (None, Target.ITEM):
                plan = parse(text, doc_type, prefix=prefix)
                expected = whoosh_reference(index, plan, expand)
                words = whoosh_reference(index, at_tier(plan, evaluate.WORD))
                openings = whoosh_reference(index, at_tier(plan, evaluate.OPENING), expand)
                total, hits = top(index, plan)
                assert total == len(hits) == len(expected), (text, doc_type)
                assert {h.key for h in hits} == expected.keys(), (text, doc_type)
                for hit in hits:  # (the other forms of an English word: test_inflections)
                    tier = evaluate.WORD if hit.tier <= evaluate.INFLECTED else hit.tier
                    expected_tier = (
                        evaluate.WORD
                        if hit.key in words
                        else evaluate.OPENING
                        if hit.key in openings
                        else evaluate.CHARACTERS
                    )
                    assert tier == expected_tier, (text, hit.key)
                by_score = not all(n.char for c in plan.must for alt in c.alternatives for n in alt)
                if by_score:  # one-character queries rank by recency
                    for hit in hits:
                        assert hit.score == pytest.approx(expected[hit.key], rel=1e-5), text
                    order = [(h.tier, -h.score) for h in hits]
                    assert order == sorted(order), text
                checked += bool(expected) + (len(expected) > len(words))
    assert checked > len(queries)  # most queries match something, some loosely


def test_same_matches_and_scores_as_whoosh(tmp_path: Path) -> None:
    index = built(tmp_path, corpus())
    assert_same(index, QUERIES)
    assert_same(index, PREFIX_QUERIES, prefix=True)


def test_a_half_typed_word_stands_for_its_most_frequent_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At most EXPAND_MAX terms, the most frequent first, while their postings stay within
    half the number of documents (but always the first)."""
    zeta = ["zeta5"] * 5 + ["zeta1"] * 4 + ["zeta3", "zeta4"] + [""] * 9
    bodies = [f"omega {word}" for word in zeta]  # 20 documents: 10 postings at most
    bodies[0] += " omen"
    index = built(tmp_path, [SearchDoc(Target.NOTE, i, "", b) for i, b in enumerate(bodies, 1)])
    index._open()
    with index._ix.searcher() as searcher:
        stats = stats_of(searcher)
        assert stats.expand("body", "zeta") == ["zeta5", "zeta1", "zeta3"]
        assert stats.expand("body", "zeta4") == ["zeta4"]
        assert stats.expand("body", "om") == ["omega"]  # in every document
        assert stats.expand("title", "zeta") == []
        monkeypatch.setattr(evaluate, "EXPAND_POSTINGS", 5)  # a big library: at most 5
        assert stats_of(searcher).expand("body", "zeta") == ["zeta5"]
        monkeypatch.setattr(evaluate, "EXPAND_POSTINGS", 20)
        monkeypatch.setattr(evaluate, "EXPAND_MAX", 1)
        assert stats_of(searcher).expand("body", "zeta") == ["zeta5"]


def test_a_prefix_scan_leaves_the_chosen_terms_infos_for_their_postings(tmp_path: Path) -> None:
    """Stats.expand keeps the term infos its scan read for the terms it chose (only those),
    and their postings read from them are those a look-up finds."""
    bodies = [f"omega zeta{i % 4} zetas" for i in range(30)]
    index = built(tmp_path, [SearchDoc(Target.NOTE, i, "", b) for i, b in enumerate(bodies, 1)])
    snapshot = index.snapshot()
    chosen = snapshot.stats.expand("body", "zeta")
    assert chosen
    for view, _ in snapshot.segments:
        assert view.scanned and {t for _, t in view.scanned} <= set(chosen)
        for field, term in view.scanned:
            known, looked_up = view.postings(field, term), read_postings(view.reader, field, term)
            assert known is not None and looked_up is not None
            assert known.ids.tolist() == looked_up.ids.tolist(), term
            assert (known.weights is None) == (looked_up.weights is None)
            assert known.values is not None and looked_up.values is not None
            assert known.values.data.tobytes() == looked_up.values.data.tobytes()


def test_same_over_several_segments_with_updates_and_deletions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "SEGMENT_DOCS", 64)
    docs = corpus()
    index = built(tmp_path, docs)
    changed = [
        SearchDoc(Target.NOTE, 1, "经济学笔记", "重写：仍然讲政治经济学。learning GPU", (), 10**10),
        SearchDoc(docs[70].doc_type, docs[70].doc_id, "和服", "和服务 长江大桥", (), 10**10 + 1),
    ]
    with index.write_lock(5):
        index.apply(changed, [docs[5].key, docs[100].key])
    index._open()
    assert len(index._ix._segments()) > 5
    assert_same(index, QUERIES)
    assert_same(index, PREFIX_QUERIES, prefix=True)


def test_one_character_queries_rank_newest_first(tmp_path: Path) -> None:
    docs = corpus()
    index = built(tmp_path, docs)
    total, hits = top(index, parse("学"), limit=5)
    expected = [d for d in docs if "学" in han_chars(d.title + d.body + "".join(d.tags))]
    assert total == len(expected)
    assert [h.key for h in hits] == [d.key for d in expected[::-1][:5]]


@pytest.mark.parametrize("share", [0.02, 0.9])  # keys looked up / keys of the matches read
def test_field_filters_keep_only_the_allowed_documents(tmp_path: Path, share: float) -> None:
    docs = corpus()
    index = built(tmp_path, docs)
    allowed = {d.key for i, d in enumerate(docs) if (i * 7919 % 100) < share * 100}
    plan = parse("经济")
    expected = {k: v for k, v in whoosh_reference(index, plan).items() if k in allowed}
    total, hits = top(index, plan, allowed=allowed)
    assert expected and total == len(expected)
    assert {k: pytest.approx(v, rel=1e-5) for k, v in expected.items()} == {
        h.key: h.score for h in hits
    }


class _FailingHelper:
    """Stands in for search.helper.Helper when the helper process cannot do the work."""

    def __init__(self, func: object, *args: object) -> None:
        self.args = args
        self.error = "no helper here"

    def ready(self) -> bool:
        return True

    def result(self) -> None:
        return None

    def cancel(self) -> None:
        pass


@pytest.mark.parametrize("helper_works", [True, False])
def test_a_rebuild_in_two_processes_finds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_works: bool
) -> None:
    monkeypatch.setattr(index_module, "SEGMENT_DOCS", 100)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCS", 50)
    if not helper_works:
        monkeypatch.setattr(index_module, "Helper", _FailingHelper)
    docs = corpus()
    index = SearchIndex(tmp_path)
    progress = list(index.build(iter(docs), expected=len(docs)))
    assert progress == sorted(progress) and progress[-1] == len(docs)
    index._open()
    assert len(index._ix._segments()) == 3  # 300 docs: three of 100, each by both processes
    assert_same(index, QUERIES)


def test_a_cancelled_rebuild_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "SEGMENT_DOCS", 100)
    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCS", 50)
    started: list[Any] = []

    class Recorded(index_module.Helper):  # type: ignore[misc, name-defined]
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(index_module, "Helper", Recorded)
    index = SearchIndex(tmp_path)
    building = index.build(iter(corpus()), expected=300)
    next(building)
    building.close()
    assert started and all(helper.ready() for helper in started)
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == []


def test_a_segment_without_the_words_is_passed_over(tmp_path: Path) -> None:
    """A segment lacking a term of the plan (the small ones later changes add mostly do)
    answers None, no array made; one holding them answers its matches, in every field."""
    index = built(tmp_path, corpus(120))
    snapshot = index.snapshot()
    (seg, _), *_ = snapshot.segments
    for text in ("经济学", "learning", "标题", "GPU OR C++"):
        found = evaluate.match(seg, snapshot.stats, parse(text))
        assert found is not None and found.found().size, text
    for text in ("量子纠缠", "zyzzyva", "经济学 zyzzyva", "量子 OR zyzzyva"):
        assert evaluate.match(seg, snapshot.stats, parse(text)) is None, text
    index.close()
