"""Search speed at 10k notes (100k with --notes 100000), beside SQLite FTS5 in the same run.

    .venv/bin/python benchmarks/search_bench.py [--notes 10000] [--queries 30] [--seed 1]
        [--corpus real|markov] [--trigram] [--stages] [--profile 25] [--keep DIR | --reuse DIR]
        [--repeat N]

Notes (search_corpus.library_notes): passages of ~1,500 characters (median 1,200, from under
a hundred to 8,000) cut from the real blog corpus (../shared/realdata/blog_corpus), drawn with
replacement and perturbed (paragraphs of one to three posts shuffled, a date line, title
variants), with the repetition of a personal library: templates (## 摘录 / ## 想法 / Source:,
a reading card, a diary entry) and eight quotes pasted into 15% of the notes (Zipf: hundreds to
thousands of notes each). ``--corpus markov`` generates the older order-2 Markov-chain notes.

Measured, in one run:
- ReadingLog's rebuild (notes/s) in a separate process, as ``readinglog index rebuild`` runs
  it, and its peak memory: the RSS of that process plus its helper, sampled together every
  20 ms (psutil when installed, else /proc), and each one's own peak (VmHWM and the children's
  ru_maxrss);
- steady-state searches, top 20 with snippets: ``readinglog.search.searcher.search`` with the
  library and a ``SearchIndex`` kept open (as the window keeps them), warm, p50/p95 per query
  class: one Chinese character, two, four, an English word, and what the window searches
  while a word is typed (prefix mode); ``cpu_p50_ms``/``cpu_p95_ms`` beside each are the
  process's CPU time over the same searches, steadier than the clock on a shared machine;
  ``--repeat N`` times each query N times and keeps its fastest (for both engines);
- the same queries on SQLite FTS5 fed the same bigram tokens: Han runs cut into overlapping
  bigrams by Python (a run of one character kept as it is), Latin words lowercased, in an FTS5
  table with the unicode61 tokenizer; a query is a phrase of bigrams (a half-typed English
  word a prefix query), and a single character is looked up in a column of each note's
  distinct characters, as ReadingLog's ``han`` field does; top 20 by bm25 with snippet();
  each class's ``ratio_p95`` is readinglog_p95 / fts5_p95;
- ``--trigram``: the same on FTS5 trigram (an instr() scan for terms under 3 characters);
- save -> searchable (add a note, drain the queue, find it) and a cold ``search`` process;
- ``--stages``: each stage of a search timed on its own, unprofiled (p50/p95 per class): the
  engine (parse + index.search), the hits' texts from SQLite, their snippets, the queue check;
- ``--profile N``: cProfile of searcher.search over each class's queries, on stderr: the time
  by phase (reading postings, decoding them, scoring, ranking, stored fields, SQLite,
  snippets) and the top N functions by cumulative and by own time.
Prints JSON on stdout and a markdown table on stderr. Skips (exit 0) when the corpus is absent.
The figures and where the time goes are in benchmarks/search_speed.md.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_corpus

HAN = re.compile(r"[\u4e00-\u9fff]")
NOTE_CHARS = 1500
Notes = list[tuple[str, str]]
Run = Callable[[str, bool], object]


def markov_notes(count: int, seed: int) -> list[tuple[str, str]]:
    import rjieba

    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, title, body in search_corpus.posts():
        text = re.sub(
            r"```.*?```|\{\{.*?\}\}|<[^>]+>|\[([^\]]*)\]\([^)]*\)", r"\1", body, flags=re.S
        )
        words = ["", "", *rjieba.cut(title + "。" + text, hmm=False)]
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            chain[(a, b)].append(c)
    keys = list(chain)
    rng = random.Random(seed)
    notes = []
    for _ in range(count):
        state = rng.choice(keys)
        out: list[str] = []
        size = 0
        while size < NOTE_CHARS:
            nxt = chain.get(state)
            if not nxt:
                state = rng.choice(keys)
                continue
            word = rng.choice(nxt)
            out.append(word)
            size += len(word)
            state = (state[1], word)
        body = "".join(out)
        title = re.split(r"[。！？.!?\n]", body.strip(), maxsplit=1)[0][:30].strip() or body[:20]
        notes.append((title, body))
    return notes


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2)}


# --- queries -----------------------------------------------------------------------------------


def _words(texts: list[str]) -> tuple[dict[int, Counter[str]], Counter[str], Counter[str]]:
    """rjieba's Chinese words by length, English words and Han characters, each with the
    number of ``texts`` that hold it."""
    import rjieba

    zh: dict[int, Counter[str]] = defaultdict(Counter)
    en: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for text in texts:
        chars.update(set(HAN.findall(text)))
        words = set(rjieba.cut(text, hmm=False))
        for word in words:
            if all(HAN.match(ch) for ch in word):
                zh[len(word)][word] += 1
            elif re.fullmatch(r"[A-Za-z]{4,}", word) and not word.endswith(("ed", "ing", "es")):
                en[word.lower()] += 1
    return zh, en, chars


def query_classes(
    notes: Notes, per_class: int, seed: int, repeated: list[str]
) -> dict[str, list[str]]:
    """Queries per class, drawn from 300 notes: a tenth from the text many notes share (quotes,
    templates), then half of the rest weighted by how many notes hold them (common words and
    characters, as a search box mostly gets; every typed word starts as its first character)
    and half uniformly over the distinct ones (rare words)."""
    rng = random.Random(seed + 1)
    zh, en, chars = _words([b for _, b in rng.sample(notes, min(300, len(notes)))])
    rzh, ren, rchars = _words(repeated)
    shared = max(1, per_class // 10)

    def pick(pool: Counter[str], common: Counter[str]) -> list[str]:
        first = rng.sample(sorted(common), min(shared, len(common)))
        rest = sorted(set(pool) - set(first))
        frequent = (per_class - len(first)) // 2
        # weighted sampling without replacement (Efraimidis-Spirakis keys)
        keyed = sorted(rest, key=lambda w: -(rng.random() ** (1 / pool[w])))[:frequent]
        others = sorted(set(rest) - set(keyed))
        n = min(per_class - len(first) - len(keyed), len(others))
        return first + keyed + rng.sample(others, n)

    four = pick(zh[4], rzh[4])
    return {
        "zh 1 char": pick(chars, rchars),
        "zh 2 chars": pick(zh[2], rzh[2]),
        "zh 4 chars": four,
        "en word": pick(en, ren),
        # What the window searches while a word is being typed (prefix mode).
        "zh 3 of 4 chars (typing)": [w[:3] for w in four],
        "en half a word (typing)": [w[: (len(w) + 1) // 2] for w in pick(en, ren)],
    }


def typing(cls: str) -> bool:
    return cls.endswith("(typing)")


REPEAT = 1  # --repeat: each query timed this many times, its fastest kept


def run_queries(run: Run, queries: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    """p50/p95 of each class, warm, and its three slowest queries; ``run(query, prefix)``,
    prefix for the typing classes. With ``REPEAT`` > 1 each query's time is the fastest of
    that many rounds (the rounds alternate over the class's queries), which sees through the
    pauses a busy machine adds to single runs."""
    latency: dict[str, dict[str, Any]] = {}
    for cls, items in queries.items():
        for q in items:  # warm up
            run(q, typing(cls))
        samples = [float("inf")] * len(items)
        cpu = [float("inf")] * len(items)
        for _ in range(REPEAT):
            for i, q in enumerate(items):
                t0, c0 = time.perf_counter(), time.process_time()
                run(q, typing(cls))
                samples[i] = min(samples[i], (time.perf_counter() - t0) * 1000)
                cpu[i] = min(cpu[i], (time.process_time() - c0) * 1000)
        slowest = sorted(zip(samples, items, strict=True), reverse=True)[:3]
        on_cpu = {f"cpu_{k}": v for k, v in percentiles(cpu).items()}
        latency[cls] = {
            **percentiles(samples),
            **on_cpu,
            "slowest": [[q, round(ms, 1)] for ms, q in slowest],
        }
    return latency


# --- ReadingLog --------------------------------------------------------------------------------


def load_library(home: Path, notes: Notes) -> None:
    from sqlalchemy import insert

    from readinglog import paths
    from readinglog.core import text
    from readinglog.core.library import Library
    from readinglog.core.models import Note
    from readinglog.core.types import Lang

    library = Library.open(paths.in_home(home))
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    rows = [
        {"title": t, "sort_key": text.sort_key(t), "body": b, "lang": Lang.MIXED,
         "created_at": start + dt.timedelta(hours=i), "updated_at": start + dt.timedelta(hours=i)}
        for i, (t, b) in enumerate(notes)
    ]  # fmt: skip
    with library.sessions.begin() as s:
        for i in range(0, len(rows), 1000):
            s.execute(insert(Note), rows[i : i + 1000])
    library.close()


REBUILD = """
import json, resource, sys, time
from pathlib import Path
from readinglog import paths
from readinglog.core.library import Library
from readinglog.search import sync
library = Library.open(paths.in_home(Path(sys.argv[1])))
index = sync.open_index(library)
t0 = time.perf_counter()
for _ in sync.rebuild(library, index):
    pass
took = time.perf_counter() - t0
status = Path("/proc/self/status").read_text()
hwm = [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")]
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rebuild_s": took, "main_hwm_kb": hwm[0] if hwm else 0, "helper_hwm_kb": child}))
"""


def _tree_rss_kb(pid: int) -> int:
    """RSS of ``pid`` and its descendants, in KB (psutil when installed, else /proc)."""
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
            return int(sum(p.memory_info().rss for p in procs)) // 1024
        except psutil.Error:
            return 0
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS"))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def rebuild_in_process(home: Path) -> dict[str, Any]:
    """Rebuild in a new process (as the CLI does), sampling its tree's memory meanwhile."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", REBUILD, str(home)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(err.decode(errors="replace"))
    got = json.loads(out.decode().strip().splitlines()[-1])
    return {
        "rebuild_s": round(got["rebuild_s"], 1),
        "peak_rss_mb_process_tree": round(peak / 1024, 1),
        "peak_rss_mb_main": round(got["main_hwm_kb"] / 1024, 1),
        "peak_rss_mb_helper": round(got["helper_hwm_kb"] / 1024, 1),
    }


def bench_readinglog(
    home: Path,
    notes: Notes,
    queries: dict[str, list[str]],
    saves: int,
    profile: int,
    stages: bool,
    reuse: bool = False,
) -> dict[str, Any]:
    """ReadingLog's figures; ``reuse``: the library and index in ``home`` are already built
    (by --keep) and only the searches are measured (no saves)."""
    from readinglog import paths
    from readinglog.core import notes as note_service
    from readinglog.core.library import Library
    from readinglog.search import searcher, sync

    result: dict[str, Any] = {}
    if not reuse:
        load_library(home, notes)
        result = rebuild_in_process(home)
        result["rebuild_notes_per_s"] = round(len(notes) / result["rebuild_s"], 1)
    library = Library.open(paths.in_home(home))
    index = sync.open_index(library)  # kept open, as the window keeps it
    result["index_bytes"] = folder_size(index.root)

    def run(q: str, prefix: bool) -> object:
        return searcher.search(library, q, limit=20, index=index, prefix=prefix)

    result["latency"] = run_queries(run, queries)
    if stages:
        result["stages"] = stage_latency(library, index, queries)
    if profile:
        profile_classes(run, queries, profile)
    timings = []
    for i in range(0 if reuse else saves):
        word = f"新词{i:03d}zz"
        t0 = time.perf_counter()
        with library.sessions.begin() as s:
            note_service.add_note(s, f"刚刚写下的笔记 {word}", title=f"save {i}")
        sync.drain(library, index)
        found = searcher.search(library, word, limit=20, index=index).total
        timings.append((time.perf_counter() - t0) * 1000)
        assert found == 1, word
    if timings:
        result["save_to_searchable"] = percentiles(timings)
        # What a user searches after editing: each drain above committed a small segment
        # (whoosh merges them past index.MAX_SEGMENTS), and each costs a search its own work.
        result["segments_after_saves"] = len(index.snapshot().segments)
        result["latency_after_saves"] = run_queries(run, queries)
    index.close()
    library.close()
    return result


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def cold_search(home: Path, query: str) -> float:
    code = (
        "import sys, time; t=time.perf_counter();"
        "from readinglog import paths; from readinglog.core.library import Library;"
        "from readinglog.search import searcher;"
        "from pathlib import Path; lib=Library.open(paths.in_home(Path(sys.argv[1])));"
        f"r=searcher.search(lib, {query!r});"
        "print(r.total)"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(home)], check=True, capture_output=True)
    return (time.perf_counter() - t0) * 1000


# --- where a search's time goes ------------------------------------------------------------------


def stage_latency(library: Any, index: Any, queries: dict[str, list[str]]) -> dict[str, Any]:
    """p50/p95 of each stage of searcher.search, unprofiled, by calling the stages as
    searcher._search does (the names of the code measured; --stages): parse + index.search,
    the hits' texts from SQLite, their snippets, and the queue check (sync.behind)."""
    from readinglog.core.types import Target
    from readinglog.search import documents, query, searcher, sync
    from readinglog.search.schema import parse_key

    try:  # the flow since issue 12: parse -> ranking.top(snapshot) -> hits
        from readinglog.search import ranking  # type: ignore[attr-defined, unused-ignore]

        def engine(index: Any, plan: Any) -> list[str]:
            return [r.key for r in ranking.top(index.snapshot(), plan, 20, None)[1]]
    except ImportError:  # before: index.search returned (key, score, updated) tuples

        def engine(index: Any, plan: Any) -> list[str]:
            return [key for key, _, _ in index.search(plan, 20, None)[1]]

    out: dict[str, Any] = {}
    for cls, items in queries.items():
        times: dict[str, list[float]] = defaultdict(list)
        for rep in range(2):  # the first round warms up
            for q in items:
                t0 = time.perf_counter()
                plan = query.parse(q, None, prefix=typing(cls))
                keys = engine(index, plan)
                t1 = time.perf_counter()
                ids = [parse_key(key)[1] for key in keys]
                # One connection for the hits and the queue check, as searcher.search has.
                with library.engine.connect() as connection:
                    texts = documents.texts(connection, Target.NOTE, ids)
                    documents.note_items(connection, ids)
                    t2 = time.perf_counter()
                    for _, body in texts.values():  # as searcher._hits: the note as read, cut
                        searcher.snippet(searcher._as_read(body, plan.terms), plan.terms)
                    t3 = time.perf_counter()
                    sync.behind(library, index, sync.LAG_SECONDS, connection)
                    t4 = time.perf_counter()
                if rep:
                    for name, a, b in (("engine (parse + rank)", t0, t1),
                                       ("hits: SQLite texts + links", t1, t2),
                                       ("hits: as read + snippets", t2, t3),
                                       ("queue check", t3, t4)):  # fmt: skip
                        times[name].append((b - a) * 1000)
        out[cls] = {name: percentiles(v) for name, v in times.items()}
    return out


# --- profile ------------------------------------------------------------------

# Phases of searcher.search: the cumulative time of these functions ("path suffix:function",
# optionally "@caller function" to count only the calls from that function); nested phases
# are also inside their parent's figure. Names follow the code at the commit measured.
PHASES: dict[str, tuple[str, ...]] = {
    "parse query": ("search/query.py:parse",),
    "engine: index.search / ranking.top": ("search/index.py:search", "search/ranking.py:top"),
    "  new searcher when out of date": ("search/index.py:_fresh_searcher",),
    "  match, per segment (evaluate)": (
        "search/index.py:_segment_scores",
        "search/evaluate.py:match",
    ),
    "    read postings (incl. decoding)": ("search/postings.py:read_postings",),
    "      term table look-up": ("search/postings.py:_term_info",),
    "      posting bytes (file read)": ("search/fence.py:posting_bytes",),
    "      decode: zlib": ("~:<built-in method zlib.decompress>@read_postings",),
    "      decode: unpickle": (
        "~:<built-in method _pickle.loads>@read_postings",
        "~:<built-in method _pickle.load>@read_postings",
    ),
    "      read_postings' own time (block loop)": ("search/postings.py:read_postings!",),
    "    chain (where steps follow each other)": ("search/chain.py:chain",),
    "      positions (chain.positions_of)": ("search/chain.py:positions_of",),
    "    field lengths": ("search/reading.py:length_codes",),
    "    idf, prefix expansion (Stats)": ("search/reading.py:idf", "search/reading.py:expand"),
    "  ranking (Matches.best, heapq.nlargest)": (
        "heapq.py:nlargest@top",
        "search/evaluate.py:best",
    ),
    "  keys + updated of the top hits": (
        "whoosh/searching.py:stored_fields",
        "whoosh/reading.py:column_reader@search",
        "search/reading.py:key",
        "search/reading.py:updated",
    ),
    "hits: SQLite texts + links": ("search/documents.py:texts", "search/documents.py:note_items"),
    "hits: as read + snippets": ("search/searcher.py:_as_read", "search/searcher.py:snippet"),
    "  snippets: match_spans (re-analysis)": ("search/spans.py:match_spans@snippet",),
    "queue check (sync.behind, SQLite)": ("search/sync.py:behind",),
}


def _matches(key: tuple[str, int, str], pattern: str) -> bool:
    path, _, func = key
    want_path, _, want_func = pattern.rpartition(":")
    return path.endswith(want_path) and func == want_func


def phase_seconds(raw: dict[Any, Any], pattern: str) -> float:
    """Cumulative seconds of ``pattern``'s function; ``f@caller``: only its calls from caller;
    ``f!``: the function's own time (tottime)."""
    own = pattern.endswith("!")
    pattern = pattern.rstrip("!")
    callee, _, caller = pattern.partition("@")
    total = 0.0
    for key, (_, _, tt, ct, callers) in raw.items():
        if not _matches(key, callee):
            continue
        if own:
            total += tt
        elif not caller:
            total += ct
        else:
            total += sum(c[3] for ck, c in callers.items() if ck[2] == caller)
    return total


def phases(stats: pstats.Stats, total: float) -> dict[str, str]:
    raw = stats.stats  # type: ignore[attr-defined]
    out = {}
    for name, patterns in PHASES.items():
        seconds = sum(phase_seconds(raw, p) for p in patterns)
        out[name] = f"{seconds * 1000:7.1f} ms ({100 * seconds / total:3.0f}%)"
    return out


def profile_classes(run: Run, queries: dict[str, list[str]], top: int) -> None:
    """cProfile of each class's queries (each run once, warm), on stderr."""
    for cls, items in queries.items():
        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        profiler.enable()
        for q in items:
            run(q, typing(cls))
        profiler.disable()
        wall = time.perf_counter() - t0
        stats = pstats.Stats(profiler)
        total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
        print(f"\n## profile: {cls} ({len(items)} queries, {wall * 1000:.0f} ms wall, "
              f"{total * 1000:.0f} ms profiled)", file=sys.stderr)  # fmt: skip
        for name, figure in phases(stats, total).items():
            print(f"  {name:<40} {figure}", file=sys.stderr)
        for order in ("cumulative", "tottime"):
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats(order).print_stats(top)
            body = text.getvalue()
            print(f"### by {order}\n{body[body.find('ncalls') :]}", file=sys.stderr)
        text = io.StringIO()  # what the engine's and the hits' time is made of
        callees = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        callees.print_callees(
            r"search/index.py:\d+\(search\)|ranking.py:\d+\(top\)|searcher.py:\d+\(_hits\)"
        )
        body = text.getvalue()
        print(f"### callees\n{body[body.find('Function') :]}", file=sys.stderr)


# --- FTS5 with app-side bigrams ------------------------------------------------------------------

_FTS_RE = re.compile(r"([\u3400-\u9fff]+)|([^\W\u3400-\u9fff_]+)")


def bigram_tokens(text: str) -> list[str]:
    """Han runs as overlapping bigrams (a lone character as it is), Latin words lowercased."""
    out: list[str] = []
    for han, latin in _FTS_RE.findall(text):
        if latin:
            out.append(latin.lower())
        elif len(han) == 1:
            out.append(han)
        else:
            out.extend(han[i : i + 2] for i in range(len(han) - 1))
    return out


def fts_bigram_row(title: str, body: str) -> tuple[str, str, str]:
    chars = " ".join(sorted(set(HAN.findall(title + body))))
    return " ".join(bigram_tokens(title)), " ".join(bigram_tokens(body)), chars


def fts_bigram_query(text: str, prefix: bool) -> str:
    parts = []
    words = text.split()
    for n, word in enumerate(words):
        if len(word) == 1 and HAN.match(word):
            parts.append(f'chars : "{word}"')
            continue
        phrase = '"' + " ".join(bigram_tokens(word)) + '"'
        if prefix and n == len(words) - 1 and word.isascii():
            phrase += " *"
        parts.append("{title body} : " + phrase)
    return " AND ".join(parts)


def bench_fts5_bigram(folder: Path, notes: Notes, queries: dict[str, list[str]],
                      saves: int) -> dict[str, Any]:  # fmt: skip
    path = folder / "fts_bigram.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, chars, tokenize='unicode61')")
    con.execute("INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 0.0)')")
    started = time.perf_counter()  # tokenizing in Python is part of the rebuild
    for i in range(0, len(notes), 1000):
        con.executemany("INSERT INTO fts(title, body, chars) VALUES (?, ?, ?)",
                        [fts_bigram_row(t, b) for t, b in notes[i : i + 1000]])  # fmt: skip
    con.commit()
    build_s = time.perf_counter() - started
    sql = (
        "SELECT rowid, title, snippet(fts, 1, '<b>', '</b>', '…', 16) FROM fts "
        "WHERE fts MATCH ? ORDER BY rank LIMIT 20"
    )

    def run(text: str, prefix: bool = False) -> object:
        return con.execute(sql, (fts_bigram_query(text, prefix),)).fetchall()

    result: dict[str, Any] = {
        "rebuild_s": round(build_s, 1),
        "rebuild_notes_per_s": round(len(notes) / build_s, 1),
        "index_bytes": path.stat().st_size,
        "latency": run_queries(run, queries),
    }
    timings = []
    for i in range(saves):
        word = f"新词{i:03d}zz"
        t0 = time.perf_counter()
        con.execute("INSERT INTO fts(title, body, chars) VALUES (?, ?, ?)",
                    fts_bigram_row(f"save {i}", word))  # fmt: skip
        con.commit()
        assert run(word), word
        timings.append((time.perf_counter() - t0) * 1000)
    result["save_to_searchable"] = percentiles(timings)
    con.close()
    return result


# --- FTS5 trigram (--trigram) -------------------------------------------------------------------


def bench_fts5_trigram(folder: Path, notes: Notes, queries: dict[str, list[str]]) -> dict[str, Any]:
    path = folder / "fts_trigram.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    con.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='notes', content_rowid='id',"
        " tokenize='trigram')"
    )
    con.executemany("INSERT INTO notes(title, body) VALUES (?, ?)", notes)
    con.commit()
    started = time.perf_counter()
    con.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    con.commit()
    build_s = time.perf_counter() - started

    def run(text: str, _prefix: bool = False) -> object:  # trigrams find any substring
        words = [w.strip('"') for w in re.findall(r'"[^"]*"|\S+', text)]
        long_ = [w for w in words if len(w) >= 3]
        short = [w for w in words if len(w) < 3]
        if long_:
            expr = " ".join('"' + w.replace('"', '""') + '"' for w in long_)
            sql = (
                "SELECT rowid, snippet(fts, 1, '<b>', '</b>', '…', 16) FROM fts "
                "WHERE fts MATCH ? "
                + "".join(" AND instr(body, ?)" for _ in short)
                + " ORDER BY rank LIMIT 20"
            )
            return con.execute(sql, (expr, *short)).fetchall()
        sql = (
            "SELECT id, substr(body, 1, 60) FROM notes WHERE "
            + " AND ".join("instr(body, ?)" for _ in short)
            + " ORDER BY id DESC LIMIT 20"
        )
        return con.execute(sql, short).fetchall()

    result = {
        "rebuild_s": round(build_s, 1),
        "rebuild_notes_per_s": round(len(notes) / build_s, 1),
        "index_bytes": path.stat().st_size,
        "latency": run_queries(run, queries),
    }
    con.close()
    return result


# --- report ---------------------------------------------------------------------------------------


def side_by_side(ours: dict[str, Any], fts: dict[str, Any]) -> dict[str, Any]:
    """Per class: ReadingLog's p50/p95, FTS5's, and readinglog_p95 / fts5_p95."""
    return {
        cls: {
            "readinglog": v,
            "fts5_bigram": fts["latency"][cls],
            "ratio_p95": round(v["p95_ms"] / max(fts["latency"][cls]["p95_ms"], 0.01), 1),
        }
        for cls, v in ours["latency"].items()
    }


def markdown(report: dict[str, Any]) -> str:
    rows = [f"{report['notes']:,} notes ({report['corpus']} corpus), top 20 with snippets, "
            "warm, ms", "",
            "| class | ReadingLog p50 / p95 | FTS5 bigram p50 / p95 | p95 ratio |",
            "|---|---|---|---|"]  # fmt: skip
    for cls, v in report["latency"].items():
        a, b = v["readinglog"], v["fts5_bigram"]
        rows.append(f"| {cls} | {a['p50_ms']} / {a['p95_ms']} | {b['p50_ms']} / {b['p95_ms']} "
                    f"| {v['ratio_p95']} |")  # fmt: skip
    ours, fts = report["readinglog"], report["fts5_bigram"]
    rows += ["", f"rebuild: ReadingLog {ours['rebuild_notes_per_s']} notes/s "
             f"({ours['rebuild_s']} s), peak RSS {ours['peak_rss_mb_process_tree']} MB "
             f"(process tree, sampled; main {ours['peak_rss_mb_main']} MB, helper "
             f"{ours['peak_rss_mb_helper']} MB); FTS5 bigram "
             f"{fts['rebuild_notes_per_s']} notes/s"]  # fmt: skip
    return "\n".join(rows)


def make_notes(args: argparse.Namespace) -> Notes:
    if args.corpus == "markov":
        return markov_notes(args.notes, args.seed)
    return search_corpus.library_notes(args.notes, args.seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=30, help="queries per class")
    parser.add_argument("--saves", type=int, default=30, help="save -> searchable samples")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", choices=("real", "markov"), default="real")
    parser.add_argument("--trigram", action="store_true", help="also FTS5 trigram")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile each class, top N functions (stderr)")  # fmt: skip
    parser.add_argument("--stages", action="store_true",
                        help="also time each stage of a search, unprofiled")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="only search (and --profile) the library a --keep run left in DIR; "
                        "give it the same --notes and --seed")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="time each query N times, keep its fastest")  # fmt: skip
    args = parser.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    if not search_corpus.available():
        print(json.dumps({"skipped": f"{search_corpus.CORPUS} is not present"}))
        return 0
    t0 = time.perf_counter()
    notes = make_notes(args)
    raw = sum(len(t.encode()) + len(b.encode()) for t, b in notes)
    han = sum(len(HAN.findall(b)) for _, b in notes) / max(1, sum(len(b) for _, b in notes))
    queries = query_classes(notes, args.queries, args.seed, search_corpus.repeated_texts())
    generated_s = time.perf_counter() - t0
    if args.reuse:
        ours = bench_readinglog(
            args.reuse / "home", notes, queries, 0, args.profile, args.stages, reuse=True
        )
        print(json.dumps({"notes": args.notes, "readinglog": ours}, ensure_ascii=False, indent=2))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        ours = bench_readinglog(
            folder / "home", notes, queries, args.saves, args.profile, args.stages
        )
        ours["cold_search_process_ms"] = round(
            max(cold_search(folder / "home", q) for q in ("经济", "学", "learning")), 1
        )
        fts = bench_fts5_bigram(folder, notes, queries, args.saves)
        trigram = bench_fts5_trigram(folder, notes, queries) if args.trigram else None
    report: dict[str, Any] = {
        "notes": args.notes,
        "corpus": args.corpus,
        "seed": args.seed,
        "raw_text_bytes": raw,
        "han_share": round(han, 2),
        "queries": queries,
        "generate_s": round(generated_s, 1),
        "latency": side_by_side(ours, fts),
        "readinglog": ours,
        "fts5_bigram": fts,
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "max_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if trigram is not None:
        report["fts5_trigram"] = trigram
    for result in (ours, fts, trigram or {}):
        if result:
            result["size_vs_raw_text"] = round(result["index_bytes"] / raw, 2)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    print(markdown(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
