"""search.chain against a plain reading of its rule, on random posting lists.

The rule (evaluate's): a document matches where term of step 0 at p, a term of step 1 at p+1,
... all stand; a place's tier is the worst tier of the terms there (a term's best, if a step
has two terms at one position), the document's the best of its places; its score adds every
term's BM25 over every candidate that holds some term of each step.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from readinglog.search import chain
from readinglog.search.arrays import np
from readinglog.search.postings import Postings, Values
from readinglog.search.segments import decode_positions, encode_positions

K1 = chain.K1


def _reference(lists, codes, norm, factor, tier_of):  # type: ignore[no-untyped-def]
    candidates = set.intersection(*({d for _, p in step for d in p.ids.tolist()} for step in lists))
    scores: dict[int, float] = {}
    places: list[dict[int, dict[int, int]]] = []
    for k, step in enumerate(lists):
        at: dict[int, dict[int, int]] = {}
        for term, postings in step:
            for i, doc in enumerate(postings.ids.tolist()):
                if doc not in candidates:
                    continue
                w = postings.weights[i] if postings.weights is not None else 1.0
                scores[doc] = scores.get(doc, 0.0) + factor(term) * w * (K1 + 1) / (
                    w + norm[codes[doc]]
                )
                assert postings.values is not None
                for pos in decode_positions(postings.values.value(i)):
                    spot = at.setdefault(doc, {})
                    spot[pos] = min(spot.get(pos, 9), tier_of(k, term))
        places.append(at)
    kept: dict[int, float] = {}
    below: dict[int, set[int]] = {}
    for doc in sorted(candidates):
        best = 9
        for start, tier in places[0].get(doc, {}).items():
            worst = tier
            for k in range(1, len(lists)):
                found = places[k].get(doc, {}).get(start + k)
                if found is None:
                    break
                worst = max(worst, found)
            else:
                best = min(best, worst)
        if best != 9:
            kept[doc] = scores[doc]
            if best:
                below.setdefault(best, set()).add(doc)
    return kept, below


def _postings(rng: random.Random, docs: int, weighted: bool) -> Postings:
    ids = sorted(rng.sample(range(docs), rng.randint(1, docs // 2)))
    values = []
    for _ in ids:
        spread = rng.choice([8, 200, 40_000])  # one-byte, two-byte and three-byte deltas
        values.append(encode_positions(sorted(rng.sample(range(spread), rng.randint(1, 5)))))
    weights = [float(rng.randint(1, 4)) for _ in ids] if weighted else None
    return Postings.of(ids, weights, values)


@pytest.mark.parametrize("seed", range(40))
def test_chain_follows_the_rule(seed: int) -> None:
    rng = random.Random(seed)
    docs = rng.choice([5, 30, 300])
    steps = rng.randint(2, 4)
    lists = [
        [(f"t{k}{v}", _postings(rng, docs, rng.random() < 0.5)) for v in range(rng.randint(1, 3))]
        for k in range(steps)
    ]
    codes = bytes(rng.randrange(256) for _ in range(docs))
    norm = [rng.uniform(0.3, 3.0) for _ in range(256)]
    tiers = {term: rng.choice([0, 2, 3]) for step in lists for term, _ in step}

    def factor(term: str) -> float:
        return 1.0 + len(term) / 7

    def tier_of(k: int, term: str) -> int:
        return tiers[term]

    assert _as_dicts(chain.chain(lists, chain.Scoring(factor, codes, norm), tier_of)) == (
        _reference(lists, codes, norm, factor, tier_of)
    )


@pytest.mark.parametrize("seed", range(20))
def test_a_single_step_adds_its_terms_scores_in_order(seed: int) -> None:
    """A one-step needle's terms (an English word and the words it begins): each document's
    score is the sum of its terms' BM25, added term by term (the same float), at the best
    tier of the terms it holds."""
    rng = random.Random(seed)
    docs = rng.choice([5, 30, 300])
    step = [(f"t{v}", _postings(rng, docs, rng.random() < 0.5)) for v in range(rng.randint(1, 9))]
    codes = bytes(rng.randrange(256) for _ in range(docs))
    norm = [rng.uniform(0.3, 3.0) for _ in range(256)]
    tiers = {term: rng.choice([0, 2, 3]) for term, _ in step}
    scoring = chain.Scoring(lambda term: 1.0 + len(term) / 7, codes, norm)
    scores, best = [0.0] * docs, [9] * docs
    for term, postings in step:
        for i, doc in enumerate(postings.ids.tolist()):
            w = postings.weights[i] if postings.weights is not None else 1.0
            scores[doc] += scoring.factor(term) * w * (K1 + 1) / (w + norm[codes[doc]])
            best[doc] = min(best[doc], tiers[term])
    ids, found, found_tiers = chain.single(step, scoring, lambda k, term: tiers[term])
    added, lowest = np.bincount(ids, weights=found, minlength=docs), np.full(docs, 9)
    np.minimum.at(lowest, ids, found_tiers)
    assert added.tolist() == scores and lowest.tolist() == best


def _as_dicts(found):  # type: ignore[no-untyped-def]
    docs, scores, tiers = found
    assert docs.tolist() == sorted(docs.tolist())
    below: dict[int, set[int]] = {}
    for doc, tier in zip(docs.tolist(), tiers.tolist(), strict=True):
        if tier:
            below.setdefault(tier, set()).add(doc)
    return dict(zip(docs.tolist(), scores.tolist(), strict=True)), below


def test_a_chain_over_positions_that_only_touch_is_found() -> None:
    one = Postings.of([0, 1, 2], None, [encode_positions([0]), encode_positions([5]), b"\x01"])
    two = Postings.of([0, 1, 2], None, [encode_positions([1]), encode_positions([7]), b"\x02"])
    docs, _scores, tiers = chain.chain([[("a", one)], [("b", two)]], chain.Scoring(
        lambda t: 1.0, bytes(3), [1.0] * 256), lambda k, t: 0)  # fmt: skip
    assert docs.tolist() == [0, 2] and tiers.tolist() == [0, 0]


def test_positions_are_read_at_every_varint_width() -> None:
    rng = random.Random(7)
    lists = [sorted(rng.sample(range(3_000_000), rng.randint(1, 30))) for _ in range(200)]
    values = Values.of([encode_positions(p) for p in lists])
    every = np.arange(len(lists))
    positions, owner = chain.positions_of(*values.take(every))
    assert positions.tolist() == [p for ps in lists for p in ps]
    assert owner.tolist() == [i for i, ps in enumerate(lists) for _ in ps]
    some = np.array([3, 17, 18, 150], dtype=np.int64)
    positions, owner = chain.positions_of(*values.take(some))
    assert positions.tolist() == [p for i in some.tolist() for p in lists[i]]
    assert [len(x) for x in chain.positions_of(*values.take(every[:0]))] == [0, 0]


def test_numpy_loads_on_the_first_search_not_at_start_up() -> None:
    code = (
        "import sys\n"
        "import readinglog.app, readinglog.gui.window.main_window\n"
        "from readinglog.search import chain, evaluate, index, ranking, searcher\n"
        "loaded = lambda: any(m in sys.modules for m in ('numpy.core', 'numpy._core'))\n"
        "assert not loaded()\n"
        "evaluate.Matches(3)\n"
        "assert loaded()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_numpy_loads_safely_from_several_threads_at_once() -> None:
    """The first searches may run on several worker threads: each gets a working NumPy."""
    code = (
        "import threading\n"
        "from readinglog.search import evaluate\n"
        "barrier = threading.Barrier(8)\n"
        "failed = []\n"
        "def first_search():\n"
        "    barrier.wait()\n"
        "    try:\n"
        "        assert evaluate.Matches(5).found().size == 0\n"
        "    except Exception as error:\n"
        "        failed.append(repr(error))\n"
        "threads = [threading.Thread(target=first_search) for _ in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "assert not failed, failed\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_the_longest_query_has_steps_the_step_type_holds() -> None:
    """chain keeps each position's step in an int16: a query is cut to MAX_QUERY_CHARS."""
    from readinglog.search.query import MAX_QUERY_CHARS

    assert np.iinfo(np.int16).max >= MAX_QUERY_CHARS
    one = Postings.of([0], None, [encode_positions(list(range(MAX_QUERY_CHARS)))])
    lists = [[(f"t{k}", one)] for k in range(MAX_QUERY_CHARS - 1)]  # 500 characters: 499 steps
    docs, _scores, _tiers = chain.chain(lists, chain.Scoring(
        lambda t: 1.0, bytes(1), [1.0] * 256), lambda k, t: 0)  # fmt: skip
    assert docs.tolist() == [0]
