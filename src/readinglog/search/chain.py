"""Where a needle's steps follow each other, on arrays: the costly part of scoring a word of
two or more bigrams (evaluate._chain hands it here).

A template word (读书笔记 in a tenth of a library) has about 10,000 candidate documents at
100k notes, each holding every step somewhere. Checking them one document and one posting at a
time in Python took 60-130 ms; here each posting list becomes arrays (NumPy) and the check is
a handful of whole-array operations:

1. candidates: the documents holding some term of every step;
2. every step's terms give (document, position - step) keys, each with its step and the
   term's tier (the varint positions of all candidates of all steps decoded at once);
3. a key in every step is a place the whole needle starts (one sort of all the keys finds
   them); its tier is the worst of its steps', and a document's the best of its places.

Scores are added term by term in the same order and with the same arithmetic (``bm25``) as a
single step's, so the same text scores the same.

NumPy loads on first use (search.arrays), not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from readinglog.search.arrays import Bools, Floats, Ints, Small, np
from readinglog.search.postings import Postings

if TYPE_CHECKING:
    import numpy.typing as npt

Step = Sequence[tuple[str, Postings]]
SHIFT = 32  # a key: document << SHIFT | start position
K1 = 1.2  # as evaluate.K1 (whoosh's BM25F)


class Scoring:
    """BM25 of one field as arrays: ``factor(term)`` (boost * idf), the length codes of the
    segment's documents and the norm of each code (evaluate._Scorer's figures)."""

    def __init__(self, factor: Callable[[str], float], codes: bytes, norm: Sequence[float]):
        self.factor = factor
        self.codes = np.frombuffer(codes, dtype=np.uint8)
        self.norm = np.asarray(norm, dtype=np.float64)


def bm25(scoring: Scoring, factor: Floats | float, weight: Floats | float, docs: Ints) -> Floats:
    """The score of each of ``docs`` (``factor``: the term's ``scoring.factor``, or each
    posting's; ``weight``: the term's frequency there, or 1.0 for all), computed as evaluate
    always has: factor * w * (K1 + 1) / (w + norm[length code])."""
    norm = scoring.norm[scoring.codes[docs]]
    result: Floats = factor * weight * (K1 + 1) / (weight + norm)
    return result


def single(step: Step, scoring: Scoring, tier_of: Callable[[int, str], int]
           ) -> tuple[Ints, Floats, Small]:  # fmt: skip
    """(every posting's document, score and tier) of a one-step needle's terms, one term's
    after another: a document's score is their sum in that order (np.bincount adds them as
    a loop of ``scores[ids] += bm25`` did), its tier the best (np.minimum.at). An English
    word's step holds up to evaluate.EXPAND_MAX terms it begins, and NumPy's cost per call,
    not per posting, ruled a loop over them."""
    ids = np.concatenate([postings.ids for _, postings in step])
    sizes = [postings.ids.size for _, postings in step]
    weights = np.concatenate([
        np.ones(postings.ids.size) if postings.weights is None else postings.weights
        for _, postings in step
    ])  # fmt: skip
    factors = np.repeat(np.array([scoring.factor(term) for term, _ in step]), sizes)
    tiers = np.repeat(np.array([tier_of(0, term) for term, _ in step], dtype=np.int8), sizes)
    return ids, bm25(scoring, factors, weights, ids), tiers


def chain(
    lists: Sequence[Step], scoring: Scoring, tier_of: Callable[[int, str], int]
) -> tuple[Ints, Floats, Ints]:
    """(the documents where the steps follow each other, ascending; their scores; the best
    tier each reaches). ``tier_of(step, term)``."""
    held = _candidates(lists)
    scores = np.zeros(held.size, dtype=np.float64)
    places = _Places()
    for k, step in enumerate(lists):
        for term, postings in step:
            ids = postings.ids
            at = np.flatnonzero(held[ids])
            if not at.size:
                continue
            docs = ids[at]
            weight = postings.weights[at] if postings.weights is not None else 1.0
            scores[docs] += bm25(scoring, scoring.factor(term), weight, docs)
            if postings.values is not None:
                places.add(docs, k, tier_of(k, term), *postings.values.take(at))
    keys, tiers = places.in_every_step(len(lists))
    if not keys.size:
        return keys, np.empty(0, dtype=np.float64), keys
    docs = keys >> SHIFT
    starts = np.flatnonzero(_changes(docs))
    found = docs[starts]
    return found, scores[found], np.minimum.reduceat(tiers, starts)


class _Places:
    """The candidates' postings of every step, gathered, then turned into places at once.

    One pass over all the steps, not a pass and a merge per step: a step is a handful of
    NumPy calls over a few hundred positions, where the cost is the calls (a four-character
    needle's body field at 10k: ~0.25 ms a step)."""

    def __init__(self) -> None:
        self._docs: list[Ints] = []  # each term's candidate documents
        self._steps: list[int] = []  # its step
        self._tiers: list[int] = []  # its tier
        self._data: list[Small] = []  # its postings' positions, laid end to end
        self._lengths: list[Ints] = []  # how many bytes each posting has

    def add(self, docs: Ints, step: int, tier: int, data: Small, lengths: Ints) -> None:
        self._docs.append(docs)
        self._steps.append(step)
        self._tiers.append(tier)
        self._data.append(data)
        self._lengths.append(lengths)

    def in_every_step(self, count: int) -> tuple[Ints, Ints]:
        """(the keys, document << SHIFT | start, where all ``count`` steps follow each other,
        ascending; the tier of each: the worst of its steps', each step's the best of the
        terms it has there)."""
        if not self._docs:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        positions, owner = positions_of(np.concatenate(self._data), np.concatenate(self._lengths))
        # Steps and tiers as small types: these arrays are as long as the keys (a template
        # word's at 100k: ~90,000), and their bytes, not NumPy's calls, are then the cost.
        sizes = [d.size for d in self._docs]
        step = np.repeat(np.asarray(self._steps, dtype=np.int16), sizes)[owner]  # < 500 steps
        tier = np.repeat(np.asarray(self._tiers, dtype=np.int8), sizes)[owner]
        # A position before its step's index gives a negative key, which no step 0 key (all
        # at or past 0) equals: it is never in every step, so it needs no filtering out.
        keys = (np.concatenate(self._docs)[owner] << SHIFT) | (positions - step)
        # A stable sort by key keeps each key's entries in the order added: by step. Each
        # term's keys come ascending, so the sort merges a few sorted runs.
        order = np.argsort(keys, kind="stable")
        keys, step, tier = keys[order], step[order], tier[order]
        groups = np.flatnonzero(_changes(keys) | _changes(step))  # one (key, step) each
        best = np.minimum.reduceat(tier, groups)  # the step's best term there
        keys = keys[groups]
        starts = np.flatnonzero(_changes(keys))
        complete = _steps(np.append(starts[1:], keys.size)) == count  # every step there
        return keys[starts][complete], np.maximum.reduceat(best, starts)[complete]


def _candidates(lists: Sequence[Step]) -> Bools:
    """Which documents hold some term of every step: a mask over document numbers."""
    size = max((int(p.ids[-1]) for step in lists for _, p in step if p.ids.size), default=-1) + 1
    found = np.ones(size, dtype=np.bool_)
    for step in lists:
        held = np.zeros(size, dtype=np.bool_)
        for _, postings in step:
            held[postings.ids] = True
        found &= held
    return found


def positions_of(data: Small, lengths: Ints) -> tuple[Ints, Ints]:
    """(positions, the index of the value each came from) of values laid end to end in
    ``data`` (``lengths``: each one's bytes), each a varint-delta position list
    (segments.encode_positions), decoded all at once."""
    if not data.size:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    last = data < 0x80  # the last byte of a varint
    if last.all():  # every delta under 128: one byte each
        deltas = data.astype(np.int64)
        counts = lengths
    else:
        ends = np.flatnonzero(last)
        deltas = _varints(data, ends)
        counts = _steps(np.searchsorted(ends, np.cumsum(lengths)))  # varints per value
    owner = np.repeat(np.arange(lengths.size, dtype=np.int64), counts)
    running = np.cumsum(deltas)
    starts = np.minimum(np.cumsum(counts) - counts, running.size - 1)  # an empty value: any
    before = running[starts] - deltas[starts]  # the running sum before each value's first
    return running - np.repeat(before, counts), owner


def _varints(data: Small, ends: Ints) -> Ints:
    """The numbers of the varints in ``data``, low 7 bits first (``ends``: the offset of each
    one's last byte): the first byte of every varint at once, then the second of those that
    have one, and so on (positions need two or three)."""
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    numbers = (data[starts] & 0x7F).astype(np.int64)
    longer = np.flatnonzero(ends > starts)
    shift = 7
    while longer.size:
        at = starts[longer] + shift // 7
        numbers[longer] |= (data[at] & 0x7F).astype(np.int64) << shift
        longer = longer[ends[longer] > at]
        shift += 7
    return numbers


# np.r_ and np.diff(prepend=) cost some 7-10 µs a call in Python around the work: these two
# are the same in a third of that (a search makes dozens of such calls over short arrays).


def _changes(values: npt.NDArray[Any]) -> Bools:
    """True where a value differs from the one before it, and at the first."""
    out = np.empty(values.size, dtype=np.bool_)
    out[:1] = True
    np.not_equal(values[1:], values[:-1], out=out[1:])
    return out


def _steps(running: Ints) -> Ints:
    """Each value minus the one before it (the first as it is): a running total's parts."""
    out = np.empty_like(running)
    out[:1] = running[:1]
    np.subtract(running[1:], running[:-1], out=out[1:])
    return out
