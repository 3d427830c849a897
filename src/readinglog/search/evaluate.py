"""Which documents of one index segment match a QueryPlan, how well, and how they score (no
whoosh here): the scoring step of a search (parse -> read postings -> score -> rank).

whoosh's matchers spend a few microseconds of Python on every posting they visit (nested
union, intersection and span matchers, a seek and a read per block), so a four-character
Chinese word found in 360 of 10,000 notes took 16 ms. Here each posting list arrives whole
(``Segment.postings``, segments.read_postings) and the plan becomes dictionary and set work on
document numbers; positions are decoded only for the documents that already hold every step
of a chain.

How well: every document is matched at one of four tiers (analysis.Needle): WORD, the
query's words are words of the text as typed; INFLECTED, an English word stands only in
another form (learned for learning); OPENING, in prefix mode, the half-typed word only begins
a word; CHARACTERS, a Chinese word's characters only stand together across a word boundary.
A needle's tier in a document is the best one any field reaches; a document's, over an And,
the worst of its parts, and over an Or, the best alternative it matches.

Scores are whoosh's BM25F added up the way its matchers add them, over every term of the
needle's widest tier: a step's variants sum, a needle sums its fields (each times the field's
boost), an And sums its parts, an Or sums the alternatives a document matches. A one-character
needle scores 1 (the character field has no frequencies). tests/search/test_evaluate.py
compares both on a corpus.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from readinglog.search.analysis import FORM, OTHER_FORM, Needle, Steps
from readinglog.search.query import QueryPlan
from readinglog.search.schema import TEXT_FIELDS
from readinglog.search.segments import Postings
from readinglog.search.stemming import stem

if TYPE_CHECKING:  # imported where used: NumPy loads on the first chained search
    from readinglog.search import chain

K1 = 1.2  # whoosh's BM25F defaults
B = 0.75
CHAR_FIELD = "han"
EXPAND_MAX = 64  # terms a half-typed word stands for at most, per field ("a" has hundreds)
EXPAND_POSTINGS = 20_000  # and their postings at most (the first term's always)

WORD, INFLECTED, OPENING, CHARACTERS = 0, 1, 2, 3  # match tiers, best first
_NO_TIER = CHARACTERS + 1  # worse than any: not matched

Scores = dict[int, float]
Tiers = tuple[Steps, Steps, Steps]  # a needle's steps at each tier, narrowest first


Below = dict[int, set[int]]  # tier -> the documents matched at that tier, below WORD


@dataclass(slots=True)
class Matches:
    """Documents of a segment with their scores; ``below``: for each tier below WORD, the
    documents matched at that tier and no better (disjoint sets; the rest are word matches).
    Sets, so that combining matches is set algebra done in C, not a Python step a document."""

    scores: Scores = field(default_factory=dict)
    below: Below = field(default_factory=dict)

    def loose(self) -> set[int]:
        """The documents matched below WORD."""
        return _loose(self.below)


def _loose(below: Below) -> set[int]:
    return set().union(*below.values())


class Segment(Protocol):
    def postings(self, field: str, term: str) -> Postings | None: ...

    def length_codes(self, field: str) -> bytes:
        """Each document's length in ``field`` as whoosh stores it: one byte, length_to_byte."""
        ...

    def deleted(self) -> frozenset[int]: ...

    def newest(self, field: str, term: str, count: int) -> tuple[int, list[int]]:
        """(live documents holding ``term``, the ``count`` newest of them, newest first)."""
        ...

    def key(self, doc: int) -> str:
        """The stored key (schema.doc_key) of a document."""
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


def match(
    seg: Segment,
    stats: Stats,
    plan: QueryPlan,
    allowed: set[str] | None = None,
    boosts: Mapping[str, float] = TEXT_FIELDS,
) -> Matches:
    """The documents of ``seg`` that ``plan`` finds: every clause matched, of the plan's type,
    none of its excluded words, not deleted, and (``allowed``) among these keys."""
    found = _all(_clause(seg, stats, clause.alternatives, boosts) for clause in plan.must)
    if not found.scores:
        return found
    drop = set(seg.deleted())
    if plan.doc_type is not None:
        drop.update(found.scores.keys() - set(term_ids(seg, "type", plan.doc_type.value)))
    for clause in plan.must_not:
        for alt in clause.alternatives:
            drop.update(_all(_needle(seg, stats, n, boosts) for n in alt).scores)
    if allowed is not None:
        if len(allowed) < len(found.scores):  # look the keys up
            docs = {d for key in allowed for d in term_ids(seg, "key", key)}
            drop.update(found.scores.keys() - docs)
        else:  # read the keys of the matches
            drop.update(d for d in found.scores if seg.key(d) not in allowed)
    if not drop:
        return found
    kept = found.scores.keys() - drop
    scores = dict(zip(kept, map(found.scores.__getitem__, kept), strict=True))
    return Matches(scores, {t: kept for t, docs in found.below.items() if (kept := docs - drop)})


def lone_character(plan: QueryPlan, allowed: set[str] | None) -> str:
    """The character when ``plan`` asks for one Han character and nothing else (no type, no
    exclusion, no field filter): its matches are the character field's postings, newest
    first (see ``newest``); else ""."""
    if plan.must_not or plan.doc_type is not None or allowed is not None or len(plan.must) != 1:
        return ""
    (alternative, *others) = plan.must[0].alternatives
    if others or len(alternative) != 1:
        return ""
    return alternative[0].char


def newest(seg: Segment, char: str, count: int) -> tuple[int, list[int]]:
    """(the documents of ``seg`` holding ``char``, the ``count`` newest), deleted ones left out."""
    return seg.newest(CHAR_FIELD, char, count)


def term_ids(seg: Segment, field: str, term: str) -> list[int]:
    postings = seg.postings(field, term)
    return postings.ids if postings is not None else []


def _clause(seg: Segment, stats: Stats, alternatives: tuple[tuple[Needle, ...], ...],
            boosts: Mapping[str, float]) -> Matches:  # fmt: skip
    return _either(_all(_needle(seg, stats, n, boosts) for n in alt) for alt in alternatives)


def _needle(seg: Segment, stats: Stats, needle: Needle, boosts: Mapping[str, float]) -> Matches:
    if needle.char:
        return Matches(dict.fromkeys(term_ids(seg, CHAR_FIELD, needle.char), 1.0))
    return _either(
        _field(seg, stats, name, _tiers(stats, name, needle), boost, needle.form)
        for name, boost in boosts.items()
    )


def _tiers(stats: Stats, field: str, needle: Needle) -> Tiers:
    """The needle's tiers; the terms an English word begins in ``field`` join its widest
    step, and in prefix mode (the word half-typed) its opening tier too."""
    word, opening, steps = needle.tiers()
    if not needle.prefix:
        return word, opening, steps
    extra = frozenset(stats.expand(field, needle.prefix))
    if needle.opening:
        opening = (*opening[:-1], opening[-1] | extra)
    return word, opening, (*steps[:-1], steps[-1] | extra)


def _field(seg: Segment, stats: Stats, field: str, tiers: Tiers, boost: float, form: str = ""
           ) -> Matches:  # fmt: skip
    """The documents where the needle's widest steps follow each other in ``field``, scored,
    with the tier each reaches (``form``: an English word as typed, see _other_forms)."""
    lists: list[list[tuple[str, Postings]]] = []
    for step in tiers[2]:
        found = [(t, p) for t in sorted(step) if (p := seg.postings(field, t)) is not None]
        if not found:
            return Matches()
        lists.append(found)
    scorer = _Scorer(seg, stats, field, boost)
    if len(lists) > 1:
        return _chain(lists, scorer, tiers)
    scores: Scores = {}
    for term, postings in lists[0]:
        _add(scores, postings.ids, scorer.all(term, postings))
    below = _single_step_tiers(lists[0], tiers) if tiers[0] != tiers[2] else {}
    if form:
        _other_forms(seg, field, form, lists[0], scores, below)
    return Matches(scores, below)


def _term_tier(tiers: Tiers, k: int, term: str) -> int:
    """The best tier whose step ``k`` takes ``term``: WORD, OPENING or CHARACTERS (the
    needle's tiers are its word, opening and widest steps)."""
    if term in tiers[0][k]:
        return WORD
    return OPENING if term in tiers[1][k] else CHARACTERS


def _other_forms(seg: Segment, field: str, form: str, step: list[tuple[str, Postings]],
                 scores: Scores, below: Below) -> None:  # fmt: skip
    """Moves to INFLECTED the word matches where ``form`` itself does not stand: for an
    inflected form (learning), those without its =learning term; for a word that is its own
    key (learn), those where every occurrence of the key is another form (~learn as often)."""
    key = stem(form)
    if key != form:
        exact = seg.postings(field, FORM + form)
        others = scores.keys() - (exact.ids if exact is not None else ())
        others -= _loose(below)
        if others:
            below[INFLECTED] = others
        return
    other = seg.postings(field, OTHER_FORM + key)
    postings = next((p for t, p in step if t == key), None)
    if other is None or postings is None:
        return
    loose = _loose(below)
    inflected: set[int] = set()
    for i, doc in enumerate(other.ids):
        if doc in loose or doc not in scores:
            continue
        j = bisect_left(postings.ids, doc)
        held = j < len(postings.ids) and postings.ids[j] == doc
        if held and _weight(postings, j) <= _weight(other, i):
            inflected.add(doc)
    if inflected:
        below[INFLECTED] = inflected


def _weight(postings: Postings, i: int) -> float:
    return postings.weights[i] if postings.weights is not None else 1.0


def _single_step_tiers(step: list[tuple[str, Postings]], tiers: Tiers) -> Below:
    """The documents none of whose terms is a word term, at the best tier they reach."""
    by_tier: Below = {}
    for term, postings in step:
        by_tier.setdefault(_term_tier(tiers, 0, term), set()).update(postings.ids)
    return _one_tier_each(by_tier)


def _one_tier_each(by_tier: Below, words: set[int] | None = None, *, worst: bool = False
                   ) -> Below:  # fmt: skip
    """Each document of ``by_tier`` at one tier, its best (or ``worst``): none for the word
    matches (``by_tier[WORD]`` and ``words``)."""
    taken = set(words or ())
    taken |= by_tier.pop(WORD, set())
    out: Below = {}
    for tier in sorted(by_tier, reverse=worst):
        docs = by_tier[tier] - taken
        if docs:
            out[tier] = docs
            taken |= docs
    return out


def _chain(lists: list[list[tuple[str, Postings]]], scorer: _Scorer, tiers: Tiers) -> Matches:
    """Documents where the steps follow each other at consecutive positions, each at the best
    tier a run of them reaches (a run's tier: the worst of its steps' terms there). Done on
    arrays (search.chain, imported here: NumPy loads on the first such search)."""
    from readinglog.search import chain

    tiered = tiers[0] != tiers[2]

    def tier_of(k: int, term: str) -> int:
        return _term_tier(tiers, k, term) if tiered else WORD

    scores, below = chain.chain(lists, scorer.arrays(), tier_of)
    return Matches(scores, below)


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
        if postings.weights is None:  # every weight 1: a score per length code, mapped in C
            top = factor * (K1 + 1)
            by_code = [top / (1.0 + n) for n in norm]
            return list(map(by_code.__getitem__, map(codes.__getitem__, postings.ids)))
        pairs = zip(postings.ids, postings.weights, strict=True)
        return [factor * w * (K1 + 1) / (w + norm[codes[d]]) for d, w in pairs]

    def arrays(self) -> chain.Scoring:
        """The same figures for search.chain (only called where chain is imported)."""
        from readinglog.search import chain

        return chain.Scoring(self._factor, self._codes, self._norm)


def _add(scores: Scores, ids: Iterable[int], values: Iterable[float]) -> None:
    if not scores:
        scores.update(zip(ids, values, strict=True))
        return
    get = scores.get
    for doc, value in zip(ids, values, strict=True):
        scores[doc] = get(doc, 0.0) + value


def _all(parts: Iterable[Matches]) -> Matches:
    """The documents in every part, scores summed, each at the worst tier of its parts; the
    parts after an empty result are never computed (``parts`` is lazy)."""
    result: Matches | None = None
    for part in parts:
        result = part if result is None else _both(result, part)
        if not result.scores:
            return Matches()
    return result or Matches()


def _both(a: Matches, b: Matches) -> Matches:
    small, large = (a.scores, b.scores) if len(a.scores) <= len(b.scores) else (b.scores, a.scores)
    scores = {doc: score + large[doc] for doc, score in small.items() if doc in large}
    if not a.below and not b.below:
        return Matches(scores)
    by_tier: Below = {}
    for side in (a.below, b.below):
        for tier, docs in side.items():
            by_tier.setdefault(tier, set()).update(docs & scores.keys())
    return Matches(scores, _one_tier_each(by_tier, worst=True))


def _either(parts: Iterable[Matches]) -> Matches:
    """The documents in any part, scores summed, each at the best tier of the parts it is in."""
    ordered = sorted(parts, key=lambda p: len(p.scores), reverse=True)
    if len(ordered) == 1:
        return ordered[0]
    scores: Scores = {}
    for part in ordered:
        _add(scores, part.scores.keys(), part.scores.values())
    if not any(part.below for part in ordered):
        return Matches(scores)
    words: set[int] = set()  # a word match in any part is a word match
    by_tier: Below = {}
    for part in ordered:
        words |= part.scores.keys() - part.loose() if part.below else part.scores.keys()
        for tier, docs in part.below.items():
            by_tier.setdefault(tier, set()).update(docs)
    return Matches(scores, _one_tier_each(by_tier, words))
