"""A full disk leaves nothing half-written (issue 11, faults 3c and 6b): an archive export
that runs out of room leaves no partial file and no target, an import that runs out of room
adds nothing, a write that cannot be committed prints no id; a killed export's partial file
is removed by the next export. The full disks are small tmpfs mounts (root only)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from readinglog import paths
from readinglog.core import archive
from tests import mounts
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (root only; skipped otherwise), unmounted afterwards."""
    with mounts.small_disk(tmp_path / "small", "2m") as folder:
        yield folder


def _attachment(home: Path, size: int) -> None:
    """An attachment that does not compress, so an archive of the library is big."""
    folder = home / archive.ATTACHMENTS
    folder.mkdir(exist_ok=True)
    (folder / "scan.bin").write_bytes(os.urandom(size))


def _fill(folder: Path, leave: int = 0) -> Path:
    """Fill ``folder``'s file system, leaving about ``leave`` bytes."""
    filler = folder / "filler"
    stat = os.statvfs(folder)
    filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))
    return filler


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_export_archive_on_a_full_disk_leaves_nothing(
    home: Path, small_disk: Path, capsys: Cap
) -> None:
    assert run(capsys, "sample").code == 0
    _attachment(home, 3 << 20)
    target = small_disk / "all.zip"
    result = run(capsys, "export", "archive", str(target))
    assert result.code == 1 and result.out == ""
    line = _one_line(result.err)
    assert "no space left" in line and str(target) in line, line
    assert list(small_disk.iterdir()) == []  # no target, no partial file
    # With room it works, and the archive is whole.
    (home / archive.ATTACHMENTS / "scan.bin").write_bytes(os.urandom(1 << 20))
    assert run(capsys, "export", "archive", str(target)).code == 0
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None and archive.MANIFEST in zf.namelist()
    assert [p.name for p in small_disk.iterdir()] == ["all.zip"]


def test_the_next_export_removes_what_a_killed_one_left(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "all.zip"
    target.parent.mkdir()
    older = target.with_name(".all.zip.partial")  # the name earlier versions used
    older.write_bytes(b"PK half an archive")
    other = target.with_name(f".other.zip.x1y2z3{archive.PARTIAL_SUFFIX}")
    other.write_bytes(b"PK half an archive")
    live_path, live = archive._open_partial(target.with_name("busy.zip"))  # a live export's
    try:
        env = {**os.environ, paths.HOME_ENV: str(home)}
        _attachment(home, 8 << 20)
        killed = 0
        for _ in range(5):  # kill an export midway, for real
            proc = subprocess.Popen(
                [sys.executable, "-m", "readinglog", "export", "archive", "--force", str(target)],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            deadline = time.monotonic() + 20
            while proc.poll() is None and time.monotonic() < deadline:
                if [p for p in _ours(target.parent) if p != live_path]:
                    proc.send_signal(signal.SIGKILL)
                    break
                time.sleep(0.001)
            if proc.wait(timeout=30) == -signal.SIGKILL:
                killed += 1
                break
        assert killed, "no export could be killed midway"
        left = [p for p in _ours(target.parent) if p != live_path]
        assert left  # what the killed export left behind
        result = subprocess.run(
            [sys.executable, "-m", "readinglog", "export", "archive", "--force", str(target)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in target.parent.iterdir()) == sorted(
            ["all.zip", live_path.name]
        )
        assert not older.exists() and not other.exists()
    finally:
        live.close()
        live_path.unlink()


def _ours(folder: Path) -> list[Path]:
    return list(folder.glob(f".*{archive.PARTIAL_SUFFIX}"))


def test_an_import_that_runs_out_of_room_adds_nothing(
    tmp_path: Path, small_disk: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(small_disk))
    assert run(capsys, "sample").code == 0
    before = _counts(small_disk / paths.DB_FILENAME)
    posts = tmp_path / "posts"
    posts.mkdir()
    for n in range(400):  # about 4 MB of notes, twice the disk
        words = " ".join(f"word{n}x{i}" for i in range(900))
        (posts / f"post-{n:03}.md").write_text(f"# Post {n}\n\n{words}\n", encoding="utf-8")
    result = run(capsys, "import", "markdown", str(posts))
    assert result.code == 1 and result.out == ""
    line = _one_line(result.err)
    assert "no space left" in line and str(small_disk / paths.DB_FILENAME) in line, line
    assert _counts(small_disk / paths.DB_FILENAME) == before  # no half batch
    assert run(capsys, "db", "check").code == 0


def test_a_write_that_cannot_be_committed_prints_no_id(
    tmp_path: Path, small_disk: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(small_disk))
    assert run(capsys, "add", "book", "First").code == 0
    before = _counts(small_disk / paths.DB_FILENAME)
    body = tmp_path / "note.md"
    body.write_text("x" * 200_000, encoding="utf-8")
    filler = _fill(small_disk)
    result = run(capsys, "note", "add", "--file", str(body))
    assert result.code == 1 and result.out == ""
    line = _one_line(result.err)
    assert "no space left" in line and str(small_disk / paths.DB_FILENAME) in line, line
    filler.unlink()
    assert _counts(small_disk / paths.DB_FILENAME) == before


def _counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("items", "notes", "import_batches", "import_changes", "tags")
        )
