"""Which documents of one index segment match a QueryPlan, how well, and how they score (no
whoosh here): the scoring step of a search (parse -> read postings -> score -> rank).

whoosh's matchers spend a few microseconds of Python on every posting they visit (nested
union, intersection and span matchers, a seek and a read per block), so a four-character
Chinese word found in 360 of 10,000 notes took 16 ms. Here each posting list arrives whole
(``Segment.postings``, search.postings) and the plan becomes whole-array work (NumPy,
search.arrays): every match is a pair of arrays over the segment's documents, a score and a
tier each, so an And is an addition and a maximum, an Or an addition and a minimum, and no
step of Python is taken per document (a common word is in tens of thousands); positions are
decoded only for the documents that already hold every step of a chain (search.chain).

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

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from readinglog.search import chain
from readinglog.search.analysis import FORM, OTHER_FORM, Needle, Steps
from readinglog.search.arrays import Floats, Ints, Small, np
from readinglog.search.postings import Postings
from readinglog.search.query import QueryPlan
from readinglog.search.schema import TEXT_FIELDS
from readinglog.search.stemming import stem

K1 = chain.K1  # whoosh's BM25F defaults
B = 0.75
CHAR_FIELD = "han"
EXPAND_MAX = 64  # terms a half-typed word stands for at most, per field ("a" has hundreds)
EXPAND_POSTINGS = 20_000  # and their postings at most (the first term's always)

WORD, INFLECTED, OPENING, CHARACTERS = 0, 1, 2, 3  # match tiers, best first
NONE = CHARACTERS + 1  # worse than any: not matched

Tiers = tuple[Steps, Steps, Steps]  # a needle's steps at each tier, narrowest first


class Matches:
    """What a plan finds in one segment: for every document, its ``score`` (0 where not
    matched) and its ``tier`` (WORD ... CHARACTERS; NONE where not matched)."""

    __slots__ = ("scores", "tiers")

    def __init__(self, size: int) -> None:
        self.scores: Floats = np.zeros(size, dtype=np.float64)
        self.tiers: Small = np.full(size, NONE, dtype=np.int8)

    def found(self) -> Ints:
        """The matched documents, ascending."""
        return np.flatnonzero(self.tiers < NONE)

    def any(self) -> bool:
        return bool((self.tiers < NONE).any())

    def drop(self, docs: Ints) -> None:
        self.scores[docs] = 0.0
        self.tiers[docs] = NONE

    def best(self, count: int) -> list[tuple[int, int, float]]:
        """(tier, document, score) of the best ``count`` matches: tier first, then score, then
        the newest (document numbers follow recency)."""
        out: list[tuple[int, int, float]] = []
        for tier in range(NONE):
            want = count - len(out)
            if want <= 0:
                break
            docs = np.flatnonzero(self.tiers == tier)
            scores = self.scores[docs]
            if docs.size > want:  # the want-th best score, and every document tied with it
                bar = np.partition(scores, docs.size - want)[docs.size - want]
                docs, scores = docs[scores >= bar], scores[scores >= bar]
            order = np.lexsort((-docs, -scores))[:want]
            chosen = zip(docs[order].tolist(), scores[order].tolist(), strict=True)
            out.extend((tier, doc, score) for doc, score in chosen)
        return out


class Segment(Protocol):
    def size(self) -> int:
        """How many documents the segment numbers, deleted ones included."""
        ...

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
) -> Matches | None:
    """The documents of ``seg`` that ``plan`` finds: every clause matched, of the plan's type,
    none of its excluded words, not deleted, and (``allowed``) among these keys; None when
    none can be (a segment lacking a term, as the small ones later changes add mostly do,
    is passed over without an array made: each cost a search ~0.1 ms)."""
    found = _all(_clause(seg, stats, clause.alternatives, boosts) for clause in plan.must)
    if found is None:
        return None
    deleted = seg.deleted()
    if deleted:
        found.drop(np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
    if plan.doc_type is not None:
        found.drop(_outside(seg, term_ids(seg, "type", plan.doc_type.value)))
    for clause in plan.must_not:
        for alt in clause.alternatives:
            excluded = _all(_needle(seg, stats, n, boosts) for n in alt)
            if excluded is not None:
                found.drop(excluded.found())
    if allowed is not None:
        docs = found.found()
        if len(allowed) < docs.size:  # look the keys up
            keys = [term_ids(seg, "key", key) for key in allowed]
            found.drop(_outside(seg, np.concatenate(keys) if keys else np.empty(0, np.int64)))
        else:  # read the keys of the matches
            found.drop(np.array([d for d in docs.tolist() if seg.key(d) not in allowed], np.int64))
    return found


def _outside(seg: Segment, docs: Ints) -> Ints:
    """The segment's documents not in ``docs``."""
    inside = np.zeros(seg.size(), dtype=np.bool_)
    inside[docs] = True
    return np.flatnonzero(~inside)


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


def term_ids(seg: Segment, field: str, term: str) -> Ints:
    postings = seg.postings(field, term)
    return postings.ids if postings is not None else np.empty(0, dtype=np.int64)


def _clause(seg: Segment, stats: Stats, alternatives: tuple[tuple[Needle, ...], ...],
            boosts: Mapping[str, float]) -> Matches | None:  # fmt: skip
    return _either(seg, [_all(_needle(seg, stats, n, boosts) for n in alt) for alt in alternatives])


def _needle(seg: Segment, stats: Stats, needle: Needle, boosts: Mapping[str, float]
            ) -> Matches | None:  # fmt: skip
    if needle.char:
        docs = term_ids(seg, CHAR_FIELD, needle.char)
        if not docs.size:
            return None
        found = Matches(seg.size())
        found.scores[docs] = 1.0
        found.tiers[docs] = WORD
        return found
    return _either(
        seg,
        [
            _field(seg, stats, name, _tiers(stats, name, needle), boost, needle.form)
            for name, boost in boosts.items()
        ],
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
           ) -> Matches | None:  # fmt: skip
    """The documents where the needle's widest steps follow each other in ``field``, scored,
    with the tier each reaches (``form``: an English word as typed, see _other_forms); None
    when a step has no term in the segment."""
    lists: list[list[tuple[str, Postings]]] = []
    for step in tiers[2]:
        found = [(t, p) for t in sorted(step) if (p := seg.postings(field, t)) is not None]
        if not found:
            return None
        lists.append(found)
    scorer = _Scorer(seg, stats, field, boost)
    tiered = tiers[0] != tiers[2]

    def tier_of(k: int, term: str) -> int:
        return _term_tier(tiers, k, term) if tiered else WORD

    matches = Matches(seg.size())
    if len(lists) > 1:
        docs, scores, best = chain.chain(lists, scorer.scoring, tier_of)
        if not docs.size:
            return None
        matches.scores[docs] = scores
        matches.tiers[docs] = best
        return matches
    ids, scores, term_tiers = chain.single(lists[0], scorer.scoring, tier_of)
    matches.scores[:] = np.bincount(ids, weights=scores, minlength=seg.size())
    np.minimum.at(matches.tiers, ids, term_tiers)  # the best tier of the terms it holds
    if form:
        _other_forms(seg, field, form, lists[0], matches)
    return matches


def _term_tier(tiers: Tiers, k: int, term: str) -> int:
    """The best tier whose step ``k`` takes ``term``: WORD, OPENING or CHARACTERS (the
    needle's tiers are its word, opening and widest steps)."""
    if term in tiers[0][k]:
        return WORD
    return OPENING if term in tiers[1][k] else CHARACTERS


def _other_forms(seg: Segment, field: str, form: str, step: list[tuple[str, Postings]],
                 matches: Matches) -> None:  # fmt: skip
    """Moves to INFLECTED the word matches where ``form`` itself does not stand: for an
    inflected form (learning), those without its =learning term; for a word that is its own
    key (learn), those where every occurrence of the key is another form (~learn as often)."""
    tiers = matches.tiers
    key = stem(form)
    if key != form:
        words = tiers == WORD
        exact = seg.postings(field, FORM + form)
        if exact is not None:
            words[exact.ids] = False
        tiers[words] = INFLECTED
        return
    other = seg.postings(field, OTHER_FORM + key)
    postings = next((p for t, p in step if t == key), None)
    if other is None or postings is None:
        return
    held = np.zeros(seg.size(), dtype=np.float64)  # the key's weight; 0 where it is not
    held[postings.ids] = _weights(postings)
    docs = other.ids
    weight = held[docs]
    inflected = (tiers[docs] == WORD) & (weight > 0) & (weight <= _weights(other))
    tiers[docs[inflected]] = INFLECTED


def _weights(postings: Postings) -> Floats | float:
    return 1.0 if postings.weights is None else postings.weights


class _Scorer:
    """BM25 of one field's postings: idf * w * (K1 + 1) / (w + norm[length code])."""

    def __init__(self, seg: Segment, stats: Stats, field: str, boost: float) -> None:
        self._stats = stats
        self._field = field
        self._boost = boost
        self._idf: dict[str, float] = {}
        self.scoring = chain.Scoring(self._factor, seg.length_codes(field), stats.norms(field))

    def _factor(self, term: str) -> float:
        factor = self._idf.get(term)
        if factor is None:
            factor = self._idf[term] = self._boost * self._stats.idf(self._field, term)
        return factor


def _all(parts: Iterable[Matches | None]) -> Matches | None:
    """The documents in every part, scores summed, each at the worst tier of its parts (None:
    none); the parts after an empty one are never computed (``parts`` is lazy)."""
    result: Matches | None = None
    for part in parts:
        if part is None:
            return None
        if result is None:
            result = part
            continue
        result.scores += part.scores
        np.maximum(result.tiers, part.tiers, out=result.tiers)
        result.scores[result.tiers == NONE] = 0.0
        if not result.any():
            return None
    return result


def _either(seg: Segment, found: list[Matches | None]) -> Matches | None:
    """The documents in any part, scores summed, each at the best tier of the parts it is in
    (the largest part first, as the sums were always made); None when no part has any."""
    parts = [part for part in found if part is not None]
    if len(parts) <= 1:
        return parts[0] if parts else None
    parts = sorted(parts, key=lambda p: int((p.tiers < NONE).sum()), reverse=True)
    result = Matches(seg.size())
    for part in parts:
        result.scores += part.scores
        np.minimum(result.tiers, part.tiers, out=result.tiers)
    return result
