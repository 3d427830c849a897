"""The best matches of a plan over a whole index: the ranking step of a search
(parse -> read postings -> score -> rank). No whoosh here.

Better tiers first (evaluate: the words as typed, then other forms of an English word, then
what a half-typed word only begins, then what stands only inside other words: an English
word's beginning, Chinese characters across a word boundary), then by score, then the most
recently changed. One-character queries match much of a library and rank newest first:
document numbers follow recency (a rebuild adds the least recently changed first, an update
re-adds a document at the end).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from readinglog.search import evaluate
from readinglog.search.query import QueryPlan
from readinglog.search.reading import Snapshot

TIE_ROOM = 8  # matches kept past the limit in each segment, for ties


@dataclass(frozen=True)
class Ranked:
    key: str
    score: float
    updated: int  # seconds since the epoch
    tier: int  # evaluate.WORD, INFLECTED, OPENING or CHARACTERS


def top(
    snapshot: Snapshot, plan: QueryPlan, limit: int, allowed: set[str] | None = None
) -> tuple[int, list[Ranked]]:
    """(total, the best ``limit`` matches in order); ``allowed``: only these keys (the
    documents the field filters let through)."""
    if not plan.must:
        return 0, []
    char = evaluate.lone_character(plan, allowed)
    if char:
        return _newest(snapshot, char, limit)
    by_recency = not plan.must_not and all(
        len(alt) == 1 and alt[0].char for clause in plan.must for alt in clause.alternatives
    )
    total = 0
    best: list[tuple[int, float, int]] = []  # (-tier, score, document number in the index)
    for seg, base in snapshot.segments:
        found = evaluate.match(seg, snapshot.stats, plan, allowed)
        if found is None:
            continue
        docs = found.found()
        total += docs.size
        if by_recency:  # document numbers grow with recency
            best.extend((0, 1.0, doc + base) for doc in docs[::-1][:limit].tolist())
            continue
        # a few more than the limit from each segment, for near-ties rounding makes equal
        for tier, doc, score in found.best(limit + TIE_ROOM):
            best.append((-tier, round(score, 6), doc + base))
    chosen = [
        Ranked(snapshot.key(doc), score, snapshot.updated(doc), -minus_tier)
        for minus_tier, score, doc in heapq.nlargest(limit, best)
    ]
    chosen.sort(key=lambda r: (r.tier, -r.score, -r.updated))
    return total, chosen


def _newest(snapshot: Snapshot, char: str, limit: int) -> tuple[int, list[Ranked]]:
    """A lone character: the newest documents holding it (most of a library may)."""
    total = 0
    found: list[int] = []
    for seg, base in snapshot.segments:
        count, newest = evaluate.newest(seg, char, limit)
        total += count
        found.extend(doc + base for doc in newest)
    chosen = heapq.nlargest(limit, found)
    return total, [Ranked(snapshot.key(d), 1.0, snapshot.updated(d), evaluate.WORD) for d in chosen]
