"""kill -9 at random points of every CLI write path (issue 11): the harness in killer.py.

A bounded, seeded run for CI; ``benchmarks/reliability.py --kills 200`` runs the same harness
for the recorded figures (benchmarks/reliability.md). Every acknowledged write must be there,
``db check`` clean after each kill, search must find every acknowledged note, and no half
import batch, stale lock or leftover may remain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readinglog.search.helper import can_spawn
from tests.conftest import REALDATA
from tests.reliability.killer import Harness, reindex_with_helper

pytestmark = pytest.mark.slow

KILLS = 15  # each path once; about 4 s a kill on a loaded 2-core machine (a run, db check)


def test_kill_9_loses_no_acknowledged_write(tmp_path: Path) -> None:
    harness = Harness(tmp_path, seed=11, realdata=REALDATA if REALDATA.is_dir() else None)
    report = harness.run(KILLS)
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    assert report.kills >= KILLS
    assert report.lost == 0, report.problems
    assert report.problems == []
    assert report.acknowledged > 0


def test_kill_at_the_acknowledgement_loses_nothing(tmp_path: Path) -> None:
    """The moment an id appears on the terminal, the write is committed (issue 11 fault 2)."""
    harness = Harness(tmp_path, seed=5, realdata=None)
    harness.rng.random = lambda: 0.0  # type: ignore[method-assign]  # always at the ack
    report = harness.run(6, paths=["note-add", "add", "note-edit", "edit", "log", "rm"])
    assert report.acknowledged >= 6, report.to_json()
    assert report.lost == 0, report.problems
    assert report.problems == []


def test_kill_9_while_reindexing_with_its_helper(tmp_path: Path) -> None:
    """A library big enough for reindex to build half its segments in a helper process:
    the CLI is killed mid-rebuild (only it, as kill -9 would); its helper ends on its own,
    the next command finds the index whole, and nothing is left in the index folder."""
    if not can_spawn():
        pytest.skip("one core: a rebuild makes no helper process here")
    harness, report = reindex_with_helper(tmp_path, kills=3, seed=7)
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    assert harness.orphans, "no kill came while a helper was building"
    assert report.by_path["reindex"]["killed_unacknowledged"] >= 2  # killed mid-rebuild
    assert report.problems == []
