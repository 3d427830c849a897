"""Import a Kindle My Clippings.txt scaled up from real ones; prints JSON timings and checks.

    .venv/bin/python benchmarks/highlights_import.py [--clippings 10000] [--books 50]
        [--runs 3] [--rss 10000,20000] [--profile 25] [SOURCE.txt ...]

The clippings of the real files (default: every ``*My_Clippings.txt`` in
../shared/realdata/highlights/kindle) are repeated, in file order, until there are
``--clippings`` of them. Each is given one of ``--books`` titles (runs of consecutive
clippings, as a Kindle writes them; the titles and authors are the real files' own, numbered
when there are not enough), and its page and location numbers are moved into a band of their
own, 100,000 wide, for each real book and repetition: every clipping is a distinct one, not a
duplicate, and two real books' clippings never share a place in one synthetic book (a real
file's own duplicates and re-highlights stay as they are). The file is written to a temporary
folder.

Measured, each a median over ``--runs`` (a fresh library each run):
- ``import_s``: the first import, through ``readinglog.importers.run.run`` as
  ``readinglog import kindle`` runs it (one transaction, committed); goal <= 5 s;
- ``index_drain_s``: then the time until the search index queue is empty
  (``readinglog.search.sync.drain``, as the CLI does when it closes the library; the index is
  built empty before the import, untimed);
- ``reimport_s``: the same file again, unchanged; goal <= 2 s, and it must change nothing
  (highlights created and updated 0, nothing queued for the index);
- ``rss``: the peak RSS (``resource.getrusage``, ru_maxrss) of a fresh process that imports
  N clippings, for each N in ``--rss``, beside its RSS before the import and (Linux) the peak
  during the import alone (VmHWM reset just before it): memory should stay flat-ish as N
  doubles.
``--profile N``: cProfile of one first import and one re-import, the top N functions by own
and cumulative time on stderr. Exits 0 with ``{"skipped": ...}`` when the real files are absent.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from readinglog import paths
from readinglog.core.library import Library
from readinglog.core.models import Highlight, ImportKind, IndexQueue
from readinglog.importers import run
from readinglog.importers.run import ImportOutcome
from readinglog.search import sync
from readinglog.search.index import SearchIndex

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "highlights" / "kindle"
SEPARATOR = "=========="
SHIFT = 100_000  # the width of a real book's band of places, per repetition
IMPORT_GOAL_S = 5.0
REIMPORT_GOAL_S = 2.0
_PLACE = re.compile(
    r"(?P<lead>(?:location|loc\.|位置|page|第)\s*#?\s*)(?P<start>\d+)(?:(?P<dash>\s*-\s*)(?P<end>\d+))?",
    re.IGNORECASE,
)
_AUTHOR = re.compile(r"^(?P<title>.*?)\s*(?P<author>\([^()]*\))?\s*$")


def _records(sources: list[Path]) -> list[list[str]]:
    """Each clipping of the files: its lines (title, metadata, blank, text...), BOMs dropped."""
    found: list[list[str]] = []
    for source in sources:
        text = source.read_text("utf-8", errors="replace").replace("\r\n", "\n")
        for chunk in text.split(SEPARATOR + "\n"):
            lines = chunk.replace("\ufeff", "").split("\n")
            while lines and not lines[0].strip():
                lines.pop(0)
            if len(lines) >= 2:
                found.append(lines)
    return found


def _titles(records: list[list[str]], books: int) -> list[str]:
    """``books`` title lines: the real files' own (title and author), numbered if too few."""
    real = list(dict.fromkeys(r[0].strip() for r in records))
    titles = []
    for n in range(books):
        line = real[n % len(real)]
        if n >= len(real):
            shape = _AUTHOR.match(line)
            assert shape is not None
            author = f" {shape['author']}" if shape["author"] else ""
            line = f"{shape['title']} · {n // len(real) + 1}{author}"
        titles.append(line)
    return titles


def _shifted(meta: str, by: int) -> str:
    """The metadata line with each page and location number moved by ``by`` (an abbreviated
    range end, "242-43", kept as it is: it still reads as the same end)."""
    if not by:
        return meta

    def move(m: re.Match[str]) -> str:
        start, end = int(m["start"]), m["end"]
        out = f"{m['lead']}{start + by}"
        if end is not None:
            full = len(end) >= len(m["start"])
            out += f"{m['dash']}{int(end) + by if full else end}"
        return out

    return _PLACE.sub(move, meta)


def scale(sources: list[Path], target: Path, clippings: int, books: int) -> dict[str, int]:
    """Write ``clippings`` clippings made from the real ones to ``target``; their counts."""
    records = _records(sources)
    titles = _titles(records, books)
    real = {title: n for n, title in enumerate(dict.fromkeys(r[0].strip() for r in records))}
    per_book = -(-clippings // books)
    kinds = {"highlight": 0, "note": 0, "bookmark": 0, "other": 0}
    with target.open("w", encoding="utf-8", newline="\r\n") as out:
        out.write("\ufeff")
        for n in range(clippings):
            lines = records[n % len(records)]
            band = n // len(records) * len(real) + real[lines[0].strip()]
            meta = _shifted(lines[1], SHIFT * band)
            kind = _kind(meta)
            kinds[kind] += 1
            body = "\n".join(lines[2:]).rstrip("\n")
            out.write(f"{titles[n // per_book]}\n{meta}\n{body}\n{SEPARATOR}\n")
    return kinds


def _kind(meta: str) -> str:
    low = meta.lower()
    if "highlight" in low or "标注" in meta:
        return "highlight"
    if "note" in low or "笔记" in meta:
        return "note"
    if "bookmark" in low or "书签" in meta:
        return "bookmark"
    return "other"


def _finish(job: run.Job) -> ImportOutcome:
    while True:
        try:
            next(job)
        except StopIteration as stop:
            outcome: ImportOutcome = stop.value
            return outcome


def timed_import(library: Library, path: Path) -> tuple[float, ImportOutcome]:
    start = time.perf_counter()
    outcome = _finish(run.run(library.sessions, ImportKind.KINDLE, path, dry_run=False))
    return time.perf_counter() - start, outcome


def _count(library: Library, model: type[Any]) -> int:
    with library.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def timed_drain(library: Library, index: SearchIndex) -> tuple[float, int, int]:
    """(seconds until the queue is empty or stops moving, documents handled, left)."""
    start = time.perf_counter()
    handled = 0
    while True:
        done = sync.drain(library, index)
        handled += done
        if not done:
            break
    return time.perf_counter() - start, handled, _count(library, IndexQueue)


def _fresh(folder: Path) -> tuple[Library, SearchIndex]:
    library = Library.open(paths.in_home(folder))
    index = sync.open_index(library)
    for _ in sync.ensure(library, index):  # the empty index, as the window or a search makes it
        pass
    return library, index


def one_run(file: Path, folder: Path) -> dict[str, Any]:
    library, index = _fresh(folder)
    try:
        first, outcome = timed_import(library, file)
        queued = _count(library, IndexQueue)
        drain_s, indexed, left = timed_drain(library, index)
        highlights = _count(library, Highlight)
        again, second = timed_import(library, file)
        counted = second.report.extra["highlights"]
        changed = counted["created"] + counted["updated"] + counted["merged"]
        requeued = _count(library, IndexQueue)
        assert changed == 0, f"the re-import changed highlights: {counted}"
    finally:
        index.close()
        library.close()
    return {
        "import_s": first,
        "index_drain_s": drain_s,
        "reimport_s": again,
        "queued": queued,
        "indexed": indexed,
        "left_in_queue": left,
        "highlights": highlights,
        "report": outcome.report.extra,
        "entries_created": outcome.report.created,
        "skipped": len(outcome.report.skipped),
        "reimport": counted,
        # what the re-import still wrote though it counted nothing (should be 0 and 0)
        "reimport_rows_recorded": len(second.changes.highlights) + len(second.changes.items),
        "reimport_queued": requeued,
    }


def rss_child(sources: list[Path], clippings: int, books: int) -> dict[str, int]:
    """In this (fresh) process: scale, open a library, import; RSS before and at peak, in KB."""
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "My Clippings.txt"
        scale(sources, file, clippings, books)
        library = Library.open(paths.in_home(Path(tmp) / "home"))
        try:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            rss_before = _status("VmRSS")
            reset = _reset_peak()
            _, outcome = timed_import(library, file)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            during = _status("VmHWM") if reset else None
        finally:
            library.close()
    return {"clippings": clippings, "ru_maxrss_before_kb": before, "ru_maxrss_kb": peak,
            "rss_before_import_kb": rss_before, "peak_rss_during_import_kb": during,
            "created": outcome.report.extra["highlights"]["created"]}  # fmt: skip


def _status(field: str) -> int | None:
    """A ``/proc/self/status`` figure in KB (Linux), or None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux: clear_refs 5), so it gives the import's own peak
    (ru_maxrss cannot be reset: it may hold the peak of the start-up before it)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _rss(sources: list[Path], sizes: list[int], books: int) -> list[dict[str, int]]:
    out = []
    for size in sizes:
        command = [sys.executable, __file__, "--rss-child", str(size), "--books", str(books),
                   *map(str, sources)]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        out.append(json.loads(done.stdout))
    return out


def _profile(file: Path, folder: Path, top: int) -> None:
    library, index = _fresh(folder)
    try:
        for label in ("first import", "re-import"):
            profile = cProfile.Profile()
            profile.enable()
            _finish(run.run(library.sessions, ImportKind.KINDLE, file, dry_run=False))
            profile.disable()
            for order in ("tottime", "cumulative"):
                text = io.StringIO()
                pstats.Stats(profile, stream=text).sort_stats(order).print_stats(top)
                print(f"\n### {label}, by {order}\n{text.getvalue()}", file=sys.stderr)
    finally:
        index.close()
        library.close()


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return round(float(statistics.median(r[key] for r in runs)), 3)


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path)
    parser.add_argument("--clippings", type=int, default=10_000)
    parser.add_argument("--books", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rss", default="10000,20000", help="clipping counts, comma-separated")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _sources(given: list[Path]) -> Iterator[Path]:
    yield from given or sorted(REALDATA.glob("*My_Clippings.txt"))


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    sources = list(_sources(args.sources))
    if not sources or not all(p.is_file() for p in sources):
        print(json.dumps({"skipped": f"no Kindle clippings in {REALDATA}"}))
        return 0
    if args.rss_child:
        print(json.dumps(rss_child(sources, args.rss_child, args.books)))
        return 0
    # First, while this process is small: a child's ru_maxrss starts at its parent's peak.
    rss = _rss(sources, [int(n) for n in args.rss.split(",") if n], args.books)
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "My Clippings.txt"
        kinds = scale(sources, file, args.clippings, args.books)
        size_mb = round(file.stat().st_size / 1e6, 2)
        runs = [one_run(file, Path(tmp) / f"home{n}") for n in range(args.runs)]
        if args.profile:
            _profile(file, Path(tmp) / "profiled", args.profile)
    last = runs[-1]
    result = {
        "clippings": args.clippings,
        "books": args.books,
        "sources": [p.name for p in sources],
        "file_mb": size_mb,
        "in_file": kinds,
        "runs": args.runs,
        "import_s": _median(runs, "import_s"),
        "import_s_each": [round(r["import_s"], 3) for r in runs],
        "clippings_per_s": round(args.clippings / _median(runs, "import_s")),
        "index_drain_s": _median(runs, "index_drain_s"),
        "queued_for_index": last["queued"],
        "indexed": last["indexed"],
        "left_in_queue": last["left_in_queue"],
        "reimport_s": _median(runs, "reimport_s"),
        "reimport_s_each": [round(r["reimport_s"], 3) for r in runs],
        "report": last["report"],
        "entries_created": last["entries_created"],
        "highlights_stored": last["highlights"],
        "skipped": last["skipped"],
        "reimport_report": last["reimport"],
        "reimport_rows_recorded": [r["reimport_rows_recorded"] for r in runs],
        "reimport_queued": [r["reimport_queued"] for r in runs],
        "rss": rss,
        "goals": {"import_s": IMPORT_GOAL_S, "reimport_s": REIMPORT_GOAL_S},
        "ok": _median(runs, "import_s") <= IMPORT_GOAL_S
        and _median(runs, "reimport_s") <= REIMPORT_GOAL_S
        and not any(r["reimport_rows_recorded"] or r["reimport_queued"] for r in runs),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
