"""Which documents of one index segment match a QueryPlan, and how they score (no whoosh here).

whoosh's matchers spend a few microseconds of Python on every posting they visit (nested
union, intersection and span matchers, a seek and a read per block), so a four-character
Chinese word found in 360 of 10,000 notes took 16 ms. Here each posting list arrives whole
(``Segment.postings``, segments.read_postings) and the plan becomes dictionary and set work on
document numbers; positions are decoded only for the documents that already hold every step
of a chain.

Scores are whoosh's BM25F added up the way its matchers add them: a step's variants sum, a
needle sums its fields (each times the field's boost), an And sums its parts, an Or sums the
alternatives a document matches. A one-character needle scores 1 (the character field has no
frequencies). tests/search/test_evaluate.py compares both on a corpus.

Prefix mode (``open_scores``): the plan's last clause is scored as typed and left open
(``QueryPlan.prefix_clause``); a half-typed Latin word's step takes, in each field, the
``Stats.expand`` terms that begin with it as well, scored like any other variant of the step.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from readinglog.search.analysis import Needle
from readinglog.search.query import Clause, QueryPlan
from readinglog.search.segments import Postings, decode_positions

K1 = 1.2  # whoosh's BM25F defaults
B = 0.75
CHAR_FIELD = "han"
EXPAND_MAX = 64  # terms a half-typed word stands for at most, per field ("a" has hundreds)

Scores = dict[int, float]
Pair = tuple[Scores, Scores]  # (exact, open): prefix mode's two answers


class Segment(Protocol):
    def postings(self, field: str, term: str) -> Postings | None: ...

    def length_codes(self, field: str) -> bytes:
        """Each document's length in ``field`` as whoosh stores it: one byte, length_to_byte."""
        ...


class Stats(Protocol):
    """Index-wide figures (all segments), as whoosh's BM25F takes them."""

    def idf(self, field: str, term: str) -> float: ...

    def norms(self, field: str) -> Sequence[float]:
        """``length_norms`` of the field: BM25's length part for each of the 256 length codes,
        made once per search."""
        ...

    def expand(self, field: str, prefix: str) -> Sequence[str]:
        """The terms of ``field`` that begin with ``prefix``, at most the EXPAND_MAX found in
        the most documents (the same in every segment)."""
        ...


def length_norms(average: float, lengths: Sequence[int]) -> list[float]:
    """BM25's length part, K1 * (1 - B + B * length / average), for each length code
    (``lengths[code]``: the length a code stands for, whoosh's byte_to_length)."""
    average = average or 1.0
    return [K1 * ((1 - B) + B * length / average) for length in lengths]


def plan_scores(seg: Segment, stats: Stats, plan: QueryPlan, boosts: Mapping[str, float]
                ) -> Scores:  # fmt: skip
    """The documents matching every clause of ``plan`` (type and exclusions not applied)."""
    return _all(_clause_scores(seg, stats, clause, boosts) for clause in plan.must)


def open_scores(seg: Segment, stats: Stats, plan: QueryPlan, boosts: Mapping[str, float]
                ) -> Pair:  # fmt: skip
    """Prefix mode: (exact, open), the documents matching ``plan`` as typed and those matching
    it with ``plan.prefix_clause`` for its last clause (a superset). One pass: what the two
    share is scored once, and the open word's postings are read and decoded once."""
    *before, last = plan.must
    rest = _all(_clause_scores(seg, stats, clause, boosts) for clause in before)
    if before and not rest:
        return {}, {}
    exact, wide = _clause_pair(seg, stats, last, plan.prefix_clause or last, boosts)
    if before:
        exact, wide = _intersect(rest, exact), _intersect(rest, wide)
    return exact, wide


def _clause_scores(seg: Segment, stats: Stats, clause: Clause, boosts: Mapping[str, float]
                   ) -> Scores:  # fmt: skip
    return _union(_needles_scores(seg, stats, alt, boosts) for alt in clause.alternatives)


def _clause_pair(seg: Segment, stats: Stats, exact: Clause, opened: Clause,
                 boosts: Mapping[str, float]) -> Pair:  # fmt: skip
    pairs = [
        _needles_pair(seg, stats, e, o, boosts)
        for e, o in zip(exact.alternatives, opened.alternatives, strict=True)
    ]
    return _union(p[0] for p in pairs), _union(p[1] for p in pairs)


def _needles_pair(seg: Segment, stats: Stats, exact: Sequence[Needle], opened: Sequence[Needle],
                  boosts: Mapping[str, float]) -> Pair:  # fmt: skip
    pairs: list[Pair] = []
    for e, o in zip(exact, opened, strict=True):
        if e == o:
            scores = _needle_scores(seg, stats, e, boosts)
            pairs.append((scores, scores))
        else:  # the open word: the one needle that differs
            fields = [
                _field_pair(seg, stats, field, _steps(stats, field, o), boost, e.steps[-1])
                for field, boost in boosts.items()
            ]
            pairs.append((_union(f[0] for f in fields), _union(f[1] for f in fields)))
        if not pairs[-1][1]:
            return {}, {}
    return _all(p[0] for p in pairs), _all(p[1] for p in pairs)


def excluded(seg: Segment, stats: Stats, plan: QueryPlan, boosts: Mapping[str, float]
             ) -> set[int]:  # fmt: skip
    """The documents any ``-word`` of the plan matches."""
    found: set[int] = set()
    for clause in plan.must_not:
        for alt in clause.alternatives:
            found.update(_needles_scores(seg, stats, alt, boosts))
    return found


def term_ids(seg: Segment, field: str, term: str) -> list[int]:
    postings = seg.postings(field, term)
    return postings.ids if postings is not None else []


def _needles_scores(seg: Segment, stats: Stats, needles: Sequence[Needle],
                    boosts: Mapping[str, float]) -> Scores:  # fmt: skip
    return _all(_needle_scores(seg, stats, needle, boosts) for needle in needles)


def _needle_scores(seg: Segment, stats: Stats, needle: Needle, boosts: Mapping[str, float]
                   ) -> Scores:  # fmt: skip
    if needle.char:
        return dict.fromkeys(term_ids(seg, CHAR_FIELD, needle.char), 1.0)
    return _union(
        _field_scores(seg, stats, field, _steps(stats, field, needle), boost)
        for field, boost in boosts.items()
    )


def _steps(stats: Stats, field: str, needle: Needle) -> Sequence[frozenset[str]]:
    """The needle's steps, a half-typed word's last one with the terms it begins in ``field``."""
    if not needle.prefix:
        return needle.steps
    *before, last = needle.steps
    return (*before, last.union(stats.expand(field, needle.prefix)))


def _field_scores(seg: Segment, stats: Stats, field: str, steps: Sequence[frozenset[str]],
                  boost: float) -> Scores:  # fmt: skip
    return _field_pair(seg, stats, field, steps, boost, None)[1]


def _field_pair(seg: Segment, stats: Stats, field: str, steps: Sequence[frozenset[str]],
                boost: float, exact_last: frozenset[str] | None) -> Pair:  # fmt: skip
    """(exact, all): the documents matching ``steps``, and of those the ones matching them
    with only the terms of ``exact_last`` in the last step (None: the same)."""
    lists: list[list[tuple[str, Postings]]] = []
    for step in steps:
        found = [(t, p) for t in sorted(step) if (p := seg.postings(field, t)) is not None]
        if not found:
            return {}, {}
        lists.append(found)
    scorer = _Scorer(seg, stats, field, boost)
    if len(lists) > 1:
        return _chain_scores(lists, scorer, exact_last)
    scores: Scores = {}
    exact: Scores = scores if exact_last is None else {}
    for term, postings in lists[0]:
        values = scorer.all(term, postings)
        _add(scores, postings.ids, values)
        if exact_last is not None and term in exact_last:
            _add(exact, postings.ids, values)
    return exact, scores


def _chain_scores(lists: list[list[tuple[str, Postings]]], scorer: _Scorer,
                  exact_last: frozenset[str] | None = None) -> Pair:  # fmt: skip
    """Documents where the steps follow each other at consecutive positions, and (for
    ``exact_last``, as in _field_pair) those where they do with only those last terms."""
    docsets = sorted((_ids(step) for step in lists), key=len)
    candidates = sorted(set.intersection(*docsets))
    if not candidates:
        return {}, {}
    positions: list[dict[int, set[int]]] = []
    scores: Scores = {}
    exact_scores: Scores = scores if exact_last is None else {}
    exact_at: dict[int, set[int]] = {}  # the last step's positions of the exact terms
    final = len(lists) - 1
    for k, step in enumerate(lists):
        at: dict[int, set[int]] = {}
        for term, postings in step:
            ids, values = postings.ids, postings.values
            both = exact_last is not None and (k < final or term in exact_last)
            for doc in candidates:
                i = bisect_left(ids, doc)
                if i == len(ids) or ids[i] != doc:
                    continue
                if values is not None:
                    found = decode_positions(values[i])
                    at.setdefault(doc, set()).update(found)
                    if both and k == final:
                        exact_at.setdefault(doc, set()).update(found)
                value = scorer.one(term, postings, i)
                scores[doc] = scores.get(doc, 0.0) + value
                if both:
                    exact_scores[doc] = exact_scores.get(doc, 0.0) + value
        positions.append(at)
    wide = {doc: scores[doc] for doc in candidates if _chained(doc, positions)}
    if exact_scores is scores:
        return wide, wide
    positions[final] = exact_at
    exact = {d: exact_scores[d] for d in wide if d in exact_at and _chained(d, positions)}
    return exact, wide


def _chained(doc: int, positions: list[dict[int, set[int]]]) -> bool:
    """Whether some position of the first step has the next steps right after it."""
    rest = list(enumerate(positions[1:], 1))
    return any(
        all(start + k in step.get(doc, ()) for k, step in rest)
        for start in positions[0].get(doc, ())
    )


def _ids(step: list[tuple[str, Postings]]) -> set[int]:
    found: set[int] = set()
    for _, postings in step:
        found.update(postings.ids)
    return found


class _Scorer:
    """BM25 of one field's postings: idf * w * (K1 + 1) / (w + norm[length code])."""

    def __init__(self, seg: Segment, stats: Stats, field: str, boost: float) -> None:
        self._codes = seg.length_codes(field)
        self._stats = stats
        self._field = field
        self._boost = boost
        self._norm = stats.norms(field)
        self._idf: dict[str, float] = {}

    def _factor(self, term: str) -> float:
        factor = self._idf.get(term)
        if factor is None:
            factor = self._idf[term] = self._boost * self._stats.idf(self._field, term)
        return factor

    def all(self, term: str, postings: Postings) -> list[float]:
        codes, norm, factor = self._codes, self._norm, self._factor(term)
        if postings.weights is None:
            top = factor * (K1 + 1)
            return [top / (1.0 + norm[codes[d]]) for d in postings.ids]
        pairs = zip(postings.ids, postings.weights, strict=True)
        return [factor * w * (K1 + 1) / (w + norm[codes[d]]) for d, w in pairs]

    def one(self, term: str, postings: Postings, i: int) -> float:
        weight = postings.weights[i] if postings.weights is not None else 1.0
        code = self._codes[postings.ids[i]]
        return self._factor(term) * weight * (K1 + 1) / (weight + self._norm[code])


def _add(scores: Scores, ids: Iterable[int], values: Iterable[float]) -> None:
    if not scores:
        scores.update(zip(ids, values, strict=True))
        return
    get = scores.get
    for doc, value in zip(ids, values, strict=True):
        scores[doc] = get(doc, 0.0) + value


def _all(parts: Iterable[Scores]) -> Scores:
    """The documents in every part, scores summed; the parts after an empty result are never
    computed (``parts`` is lazy)."""
    result: Scores | None = None
    for part in parts:
        result = part if result is None else _intersect(result, part)
        if not result:
            return {}
    return result or {}


def _union(parts: Iterable[Scores]) -> Scores:
    result: Scores = {}
    for part in sorted(parts, key=len, reverse=True):
        _add(result, part.keys(), part.values())
    return result


def _intersect(a: Scores, b: Scores) -> Scores:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return {doc: score + large[doc] for doc, score in small.items() if doc in large}
