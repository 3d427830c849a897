"""A call run in a helper process: its result, its failure, its cancellation."""

from __future__ import annotations

import math
import os
import time

from readinglog.search.helper import Helper


def test_the_call_runs_in_another_process() -> None:
    helper = Helper(os.getpid)
    pid = helper.result()
    assert isinstance(pid, int) and pid != os.getpid()
    assert helper.ready() and helper.error == ""


def test_a_failing_call_gives_none_and_says_why() -> None:
    helper = Helper(math.sqrt, -1.0)
    assert helper.result() is None
    assert "math domain error" in helper.error


def test_cancel_ends_the_process_at_once() -> None:
    helper = Helper(time.sleep, 60)
    started = time.monotonic()
    helper.cancel()
    assert helper.ready() and helper.result() is None
    assert time.monotonic() - started < 10
