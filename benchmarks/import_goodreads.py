"""Import a Goodreads export scaled up from a real one; prints JSON timings and checks.

    python benchmarks/import_goodreads.py [ROWS] [SOURCE.csv] [--memory]

The real export's rows are repeated with fresh Book Ids (and ISBNs dropped, titles numbered)
until there are ROWS rows (default 10,000); the file is imported into a new library in one
transaction, then imported again (all "unchanged"). With --memory, peak Python memory is
measured (tracemalloc, which slows the import about threefold: time it without).
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from readinglog import importers, paths
from readinglog.core.library import Library
from readinglog.core.models import ImportKind

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "goodreads"
DEFAULT = REALDATA / "genekaufman_gr-exp-analysis__goodreads_library_export.csv"
TARGET_SECONDS = 5.0


def scale(source: Path, target: Path, rows: int) -> None:
    with source.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        real = list(reader)
    book_id, title, isbn, isbn13 = (header.index(n) for n in ("Book Id", "Title", "ISBN", "ISBN13"))
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for n in range(rows):
            row = list(real[n % len(real)])
            if n >= len(real):
                row[book_id] = str(90_000_000 + n)
                row[title] = f"{row[title]} ({n // len(real)})"
                row[isbn] = row[isbn13] = '=""'
            writer.writerow(row)


def timed_import(library: Library, path: Path) -> tuple[float, dict[str, object]]:
    start = time.perf_counter()
    with library.sessions.begin() as s:
        job = importers.start(s, ImportKind.GOODREADS, path)
        for _ in job.steps:
            pass
        report = job.report().to_json()
    return time.perf_counter() - start, report


def main() -> int:
    memory = "--memory" in sys.argv
    argv = [a for a in sys.argv[1:] if a != "--memory"]
    rows = int(argv[0]) if argv else 10_000
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not source.is_file():
        print(json.dumps({"skipped": f"{source} not found"}))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "goodreads_library_export.csv"
        scale(source, csv_path, rows)
        size_mb = round(csv_path.stat().st_size / 1e6, 2)
        library = Library.open(paths.in_home(Path(tmp) / "home"))
        try:
            if memory:
                tracemalloc.start()
            first, report = timed_import(library, csv_path)
            peak = tracemalloc.get_traced_memory()[1] if memory else 0
            tracemalloc.stop()
            again, second = timed_import(library, csv_path)
        finally:
            library.close()
    result = {
        "rows": rows,
        "source": source.name,
        "file_mb": size_mb,
        "import_s": round(first, 2),
        "rows_per_s": round(rows / first),
        "reimport_s": round(again, 2),
        "peak_python_mb": round(peak / 1e6, 1) if memory else None,
        "created": report["created"],
        "updated": report["updated"],
        "skipped": len(report["skipped"]),  # type: ignore[arg-type]
        "reimport_unchanged": second["unchanged"],
        "target_s": TARGET_SECONDS,
        "ok": first <= TARGET_SECONDS,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
