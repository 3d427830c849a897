"""Rebuild speed and peak memory (main process and helper) at 10k notes (100k with --notes).

    .venv/bin/python benchmarks/rebuild_bench.py [--notes 10000] [--seed 1] [--home DIR]

A library of ``--notes`` notes is cut from the real blog corpus (../shared/realdata/blog_corpus,
read with search_corpus.posts()): each note is a window of about 1,500 characters at a random
place of a random post, with the post's title and now and then a tag, so a 100k library repeats
the corpus's text many times over, as a personal library repeats quotes and templates. Then a
fresh process runs ``readinglog.search.sync.rebuild`` (what ``readinglog reindex`` runs) on it
while this one samples that process and its children from /proc every 50 ms: resident memory
(VmRSS, summed over the tree at each sample) and each process's peak (VmHWM, last value read).
Prints JSON: notes/s, and peak MB of the main process, of the helper process(es) (the largest
one and the count) and of both together (the largest sum of simultaneous samples; and the sum
of the peaks, an upper bound). Skips (exit 0) when the corpus is absent.

``--home DIR`` keeps the library there (made once; later runs reuse it and only rebuild).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_corpus

NOTE_CHARS = 1500
SAMPLE_S = 0.05
TAGS = ("quote", "draft", "统计", "reading", "经济学", "R", "template")


def cut_notes(count: int, seed: int) -> list[tuple[str, str, tuple[str, ...]]]:
    """(title, body, tags) of ``count`` notes cut from the corpus's posts."""
    posts = [(title, body) for _, title, body in search_corpus.posts() if len(body) > 200]
    rng = random.Random(seed)
    notes = []
    for i in range(count):
        title, body = rng.choice(posts)
        size = min(len(body), int(rng.gauss(NOTE_CHARS, 300)) or NOTE_CHARS)
        start = rng.randrange(0, max(1, len(body) - size))
        text = body[start : start + size].strip()
        tags = tuple(rng.sample(TAGS, rng.randrange(0, 3))) if i % 3 == 0 else ()
        notes.append((f"{title or 'note'} {i % 97}", text or title, tags))
    return notes


def make_library(home: Path, count: int, seed: int) -> int:
    """A new library in ``home`` holding the cut notes; returns the raw text bytes."""
    from sqlalchemy import insert

    from readinglog import paths
    from readinglog.core import text
    from readinglog.core.library import Library
    from readinglog.core.models import Note, Tag, note_tags
    from readinglog.core.types import Lang

    notes = cut_notes(count, seed)
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with Library.open(paths.in_home(home)) as library, library.sessions.begin() as s:
        tag_ids = {}
        for name in TAGS:
            tag = Tag(name=name)
            s.add(tag)
            s.flush()
            tag_ids[name] = tag.id
        for first in range(0, count, 1000):
            rows = [
                {"id": i + 1, "title": t, "sort_key": text.sort_key(t), "body": b,
                 "lang": Lang.MIXED, "created_at": start + dt.timedelta(minutes=i),
                 "updated_at": start + dt.timedelta(minutes=i)}
                for i, (t, b, _) in enumerate(notes[first : first + 1000], start=first)
            ]  # fmt: skip
            s.execute(insert(Note), rows)
            links = [
                {"note_id": i + 1, "tag_id": tag_ids[name]}
                for i, (_, _, tags) in enumerate(notes[first : first + 1000], start=first)
                for name in tags
            ]
            if links:
                s.execute(insert(note_tags), links)
    return sum(len(t.encode()) + len(b.encode()) for t, b, _ in notes)


def run_rebuild(home: Path) -> None:
    """In the measured process: rebuild the library's index; print seconds and notes."""
    from readinglog import paths
    from readinglog.core.library import Library
    from readinglog.search import sync

    with Library.open(paths.in_home(home)) as library:
        started = time.perf_counter()
        total = 0
        for progress in sync.rebuild(library):
            total = progress.total or total
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "docs": total}))


# --- sampling the process tree ----------------------------------------------------------------


def _status(pid: int) -> dict[str, int]:
    found: dict[str, int] = {}
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return found
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) // 1024  # MB
    return found


def _descendants(pid: int) -> list[int]:
    """The children of ``pid``, theirs, and so on (from /proc/<pid>/task/*/children)."""
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def measure(home: Path) -> dict[str, object]:
    process = subprocess.Popen(
        [sys.executable, __file__, "--run", str(home)], stdout=subprocess.PIPE, text=True
    )
    peaks: dict[int, int] = {}  # pid -> VmHWM last read
    sum_peak = 0
    while process.poll() is None:
        pids = [process.pid]
        pids += _descendants(process.pid)
        total = 0
        for pid in pids:
            status = _status(pid)
            if status:
                peaks[pid] = max(peaks.get(pid, 0), status.get("VmHWM", 0))
                total += status.get("VmRSS", 0)
        sum_peak = max(sum_peak, total)
        time.sleep(SAMPLE_S)
    out, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"the rebuild failed (exit status {process.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    main_peak = peaks.pop(process.pid, 0)
    helper_peak = max(peaks.values(), default=0)
    return {
        "rebuild_s": round(result["seconds"], 1),
        "notes_per_s": round(result["docs"] / result["seconds"], 1),
        "peak_mb": {
            "main": main_peak,
            "helper": helper_peak,
            "helpers": len(peaks),
            "together": sum_peak,
            "sum_of_peaks": main_peak + helper_peak,
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--home", type=Path, help="keep the library here (made once)")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)  # the measured process
    args = parser.parse_args()
    if args.run:
        run_rebuild(args.run)
        return 0
    if not search_corpus.available():
        print(json.dumps({"skipped": f"{search_corpus.CORPUS} is not present"}))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "home"
        raw = None
        started = time.perf_counter()
        if not home.exists():
            raw = make_library(home, args.notes, args.seed)
        made_s = time.perf_counter() - started
        report: dict[str, object] = {"notes": args.notes, "seed": args.seed}
        if raw is not None:
            report["raw_text_bytes"] = raw
            report["make_library_s"] = round(made_s, 1)
        report.update(measure(home))
    report["python"] = sys.version.split()[0]
    report["cpus"] = os.cpu_count()
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
