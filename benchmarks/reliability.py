"""kill -9 at random points of every CLI write path, then check what survived (issue 11).

    .venv/bin/python benchmarks/reliability.py --kills 200 [--seed 1] [--keep DIR]

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
from tests.reliability.killer import Harness  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in DIR (kept) instead of a temp folder")
    args = parser.parse_args()
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="readinglog-kills-") as tmp:
        work = args.keep or Path(tmp)
        harness = Harness(work, args.seed, REALDATA if REALDATA.is_dir() else None)
        report = harness.run(args.kills)
    result = {**report.to_json(), "seconds": round(time.monotonic() - start, 1)}
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
