"""READINGLOG_QUIT_AFTER_SHOWN=1 (packaging/smoke.sh's way to start a built app's window)
shows the window, says so on stdout and quits with status 0, without the first-run question."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readinglog.app import QUIT_AFTER_SHOWN_ENV


@pytest.mark.slow
@pytest.mark.parametrize("sample", [True, False], ids=["sample", "empty"])
def test_the_window_is_shown_then_quits(tmp_path: Path, sample: bool) -> None:
    env = {**os.environ, "READINGLOG_HOME": str(tmp_path / "home"), QUIT_AFTER_SHOWN_ENV: "1"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    rows = 0
    if sample:
        added = subprocess.run(
            [sys.executable, "-m", "readinglog", "sample"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        rows = int(re.search(r"(\d+) entries", added.stdout)[1])  # type: ignore[index]
    result = subprocess.run(
        [sys.executable, "-m", "readinglog"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("window shown: True, title 'ReadingLog"), result.stdout
    assert result.stdout.rstrip().endswith(f", {rows} rows")
