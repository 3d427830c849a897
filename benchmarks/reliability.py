"""kill -9 at random points of every CLI write path, then check what survived (issue 11).

    .venv/bin/python benchmarks/reliability.py --kills 200 [--helper-kills 10] [--seed 1]

Runs the harness of tests/reliability/killer.py (the CI test runs the same with fewer kills)
and prints JSON: {kills, acknowledged, lost, by_path: {path: {runs, kills, acknowledged}},
problems: [...], seconds}. Needs ../shared/realdata for the import paths (skipped without).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import REALDATA  # noqa: E402
from tests.reliability.killer import Harness, reindex_with_helper  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in DIR (kept) instead of a temp folder")
    parser.add_argument(
        "--helper-kills",
        type=int,
        default=0,
        help="then kill reindex N times on a library big enough for its helper process",
    )
    args = parser.parse_args()
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="readinglog-kills-") as tmp:
        work = args.keep or Path(tmp)
        harness = Harness(work, args.seed, REALDATA if REALDATA.is_dir() else None)
        report = harness.run(args.kills)
    result = {**report.to_json(), "seconds": round(time.monotonic() - start, 1)}
    if args.helper_kills:
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="readinglog-helper-kills-") as tmp:
            harness, helper = reindex_with_helper(Path(tmp), args.helper_kills, args.seed)
        result["reindex_with_helper"] = {
            **helper.to_json(),
            "helpers_outliving_the_cli": len(harness.orphans),
            "seconds": round(time.monotonic() - start, 1),
        }
        report.problems += helper.problems
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
