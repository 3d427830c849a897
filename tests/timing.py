"""Time limits in tests, robust on a busy machine.

A limit in a test guards against pathological slowness (a regular expression gone
exponential, a render that blocks typing, a loop over every posting), never against a loaded
machine; the speed goals themselves are met in ``benchmarks/``. So a limit here measures the
CPU time of this process (another process's load does not inflate it) and allows ``SLACK``
times the budget (``READINGLOG_TIME_SLACK``, 3 by default).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

SLACK = float(os.environ.get("READINGLOG_TIME_SLACK", "3"))


class Spent:
    """The CPU seconds a ``cpu_budget`` block used (set when it ends)."""

    seconds: float = 0.0


@contextmanager
def cpu_budget(seconds: float, what: str = "") -> Iterator[Spent]:
    """Fail when the block uses more than ``seconds`` x SLACK of this process's CPU time."""
    spent = Spent()
    start = time.process_time()
    yield spent
    spent.seconds = time.process_time() - start
    limit = seconds * SLACK
    assert spent.seconds < limit, (
        f"{what or 'this'} took {spent.seconds:.2f} s of CPU (limit {limit:.2f} s)"
    )


def wall_limit(seconds: float) -> float:
    """A wall-clock limit for what cannot be measured in CPU time (a dialog shown by a timer)."""
    return seconds * SLACK
