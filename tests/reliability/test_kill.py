"""kill -9 at random points of every CLI write path (issue 11): the harness in killer.py.

A bounded, seeded run for CI; ``benchmarks/reliability.py --kills 200`` runs the same harness
for the recorded figures (benchmarks/reliability.md). Every acknowledged write must be there,
``db check`` clean after each kill, search must find every acknowledged note, and no half
import batch, stale lock or leftover may remain.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.search import sync
from readinglog.search.index import PARALLEL_MIN_DOCS
from tests.conftest import REALDATA
from tests.reliability.killer import Harness, marker

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
    total = PARALLEL_MIN_DOCS + 100
    with Library.open(paths.in_home(tmp_path / "home")) as library:
        with library.sessions.begin() as s:
            for n in range(total):
                notes.add_note(s, f"bulk note {marker(n)} about the river 今天读书")
        list(sync.rebuild(library))
    harness = Harness(tmp_path, seed=7, realdata=None)
    harness.notes = {n + 1: marker(n) for n in range(0, total, 997)}  # searched at the end
    harness.windows["reindex"] = (0.7, 2.0)  # within the rebuild of 4,100 notes (~3-5 s)
    harness.reap = False
    report = harness.run(3, paths=["reindex"])
    assert harness.orphans, "no kill came while a helper was building"
    for group in harness.orphans:
        deadline = time.monotonic() + 30
        while harness.running(group) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not harness.running(group), "a killed reindex's helper still runs after 30 s"
    report.problems += harness.after_kill()  # once the helpers are gone: no leftovers
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    assert report.by_path["reindex"]["killed_unacknowledged"] >= 2  # killed mid-rebuild
    assert report.problems == []
