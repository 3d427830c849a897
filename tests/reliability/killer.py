"""kill -9 at random points of the CLI's write paths, and what must hold afterwards.

Shared by tests/reliability/test_kill.py (a bounded CI run) and benchmarks/reliability.py
(the recorded run, ``--kills 200``). Each attempt runs the real CLI in a new process with its
stdout on a pseudo-terminal (line-buffered, as a user sees it) and stdin from a pipe, and sends
SIGKILL either the moment the acknowledgement appears on the terminal or after a seeded random
delay. What the terminal showed decides what was acknowledged. Then, as a user would, the
harness runs ``db check`` (a new process: it must open the library, drain the index and be
clean) and checks the database directly: every acknowledged write is there, a write not
acknowledged is all there or not at all, no import batch is half done, no stale lock blocks
the next command, no leftovers (``.partial`` files, extra index generations).
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

PYTHON = sys.executable
GOODREADS = "goodreads/gigikenneth_goodreads__goodreads_library_export.csv"
POSTS = (
    "blog_corpus/yihui.org/cn/2005-05-13-yu-jun.md",
    "blog_corpus/yihui.org/cn/2006-02-21-18-42-00.md",
    "blog_corpus/yihui.org/en/2018-02-14-tikzdevice-maintainer.md",
    "blog_corpus/yihui.org/en/2008-07-21-never-lonely.md",
)
# The seconds after start a random kill falls in, by path (CLI start-up is ~0.4 s of it).
WINDOWS = {
    "import": (0.3, 4.0),
    "reindex": (0.3, 2.0),
    "archive": (0.3, 2.5),
    "backup": (0.3, 1.5),
    "restore": (0.3, 3.0),
    "window": (2.0, 6.0),
}
SMALL_WINDOW = (0.2, 1.5)
CHECK_LIMIT = 30.0  # seconds the db check after a kill may take (a lock waited for: longer)


@dataclass
class Attempt:
    path: str
    argv: list[str]
    ack: re.Pattern[str]
    check: Callable[[bool, str], list[str]]
    stdin: str = ""
    home: Path | None = None
    command: list[str] | None = None  # instead of the CLI (the window's autosave)


@dataclass
class Report:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    by_path: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    check_seconds: dict[str, float] = field(default_factory=dict)  # median, max

    def to_json(self) -> dict[str, Any]:
        return {
            "check_seconds": self.check_seconds,
            "kills": self.kills,
            "acknowledged": self.acknowledged,
            "lost": self.lost,
            "by_path": self.by_path,
            "problems": self.problems,
        }


def marker(n: int) -> str:
    """A word no text holds but ours: kq + n in letters + zx (stems to itself)."""
    letters = ""
    while True:
        n, digit = divmod(n, 26)
        letters += chr(ord("a") + digit)
        if n == 0:
            return f"kq{letters}zx"


class Harness:
    def __init__(self, work: Path, seed: int, realdata: Path | None) -> None:
        self.work = work
        self.home = work / "home"
        self.out = work / "out"
        self.out.mkdir(parents=True, exist_ok=True)
        self.rng = Random(seed)
        self.count = 0
        self.notes: dict[int, str] = {}  # id -> the marker its body holds (as stored)
        self.items: dict[int, str] = {}  # id -> the marker its title holds
        self.archive: tuple[Path, int] | None = None  # a complete export and its note count
        # a verified backup and what it holds: (notes, entries, note count, entry count)
        self.backup: tuple[Path, tuple[dict[int, str], dict[int, str], int, int]] | None = None
        self.files: dict[str, Path] = {}
        if realdata is not None and realdata.is_dir():
            self.files["goodreads"] = work / "goodreads.csv"
            shutil.copy(realdata / GOODREADS, self.files["goodreads"])
            posts = work / "posts"
            posts.mkdir(exist_ok=True)
            for post in POSTS:
                shutil.copy(realdata / post, posts / Path(post).name)
            self.files["markdown"] = posts
        self.report = Report()
        self.check_seconds: list[float] = []  # each db check after a kill
        self.windows = dict(WINDOWS)
        # Random kills fall in half to 110 % of the time a path took to acknowledge (median
        # so far): mostly in its work, some just after it (while the index drains).
        self.adaptive = True
        self.ack_times: dict[str, list[float]] = {}
        # False: leave what a killed command started (reindex's helper) to end on its own;
        # the groups are kept in ``orphans`` for the caller to watch.
        self.reap = True
        self.orphans: list[int] = []
        # Instead of a random delay: kill the moment this holds for the command's process
        # group (checked every 20 ms), so the kill lands where the test needs it, under any load.
        self.kill_when: Callable[[int], bool] | None = None
        self.cli("list")  # creates the library

    # --- running the CLI -------------------------------------------------------------------

    def cli(
        self, *argv: str, stdin: str = "", home: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PYTHON, "-m", "readinglog", "--home", str(home or self.home), *argv],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def run_killed(self, attempt: Attempt, at_ack: bool, delay: float) -> tuple[str, str, bool]:
        """Run ``attempt``; SIGKILL it at the acknowledgement or after ``delay`` seconds.
        Returns (what the terminal showed, stderr, whether it was killed)."""
        master, slave = pty.openpty()
        err_path = self.work / "stderr.txt"
        with err_path.open("wb") as err:
            home = str(attempt.home or self.home)
            proc = subprocess.Popen(
                attempt.command or [PYTHON, "-m", "readinglog", "--home", home, *attempt.argv],
                stdin=subprocess.PIPE,
                stdout=slave,
                stderr=err,
                start_new_session=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
        os.close(slave)
        assert proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(attempt.stdin.encode())
            proc.stdin.close()
        start = time.monotonic()
        kill_when = None if at_ack else self.kill_when
        deadline = start + (120.0 if at_ack or kill_when else delay)
        shown = b""
        killed = False
        acked_at: float | None = None
        while True:
            timeout = max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([master], [], [], min(timeout, 0.02))
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    chunk = b""
                shown += chunk
                if acked_at is None and attempt.ack.search(_text(shown)):
                    acked_at = time.monotonic() - start
                    self.ack_times.setdefault(attempt.path, []).append(acked_at)
                    if at_ack:
                        killed = self._kill(proc)
                        break
                if not chunk and proc.poll() is not None:
                    break
            elif proc.poll() is not None:
                break
            if acked_at is None and kill_when is not None and kill_when(proc.pid):
                killed = self._kill(proc)
                break
            if time.monotonic() >= deadline:
                killed = self._kill(proc)
                break
        proc.wait()
        shown += _read_rest(master)
        os.close(master)
        if self.reap:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # a helper it started (reindex), if any
        elif self.running(proc.pid):  # its helper outlived it
            self.orphans.append(proc.pid)
        return _text(shown), err_path.read_text(encoding="utf-8", errors="replace"), killed

    @staticmethod
    def _kill(proc: subprocess.Popen[bytes]) -> bool:
        if proc.poll() is not None:
            return False
        os.kill(proc.pid, signal.SIGKILL)
        return True

    # --- the database as it is -------------------------------------------------------------

    def query(
        self, sql: str, *params: object, home: Path | None = None, db: Path | None = None
    ) -> list[tuple[Any, ...]]:
        db = db or (home or self.home) / "library.sqlite3"
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return list(conn.execute(sql, params))

    def note_body(self, note_id: int) -> str | None:
        rows = self.query("SELECT body FROM notes WHERE id = ?", note_id)
        return rows[0][0] if rows else None

    def item_title(self, item_id: int) -> str | None:
        rows = self.query("SELECT title FROM items WHERE id = ?", item_id)
        return rows[0][0] if rows else None

    # --- one kill ----------------------------------------------------------------------------

    def next_marker(self) -> str:
        self.count += 1
        return marker(self.count)

    def step(self, path: str) -> None:
        attempt = self.plan(path)
        low, high = self.windows.get(path.split("-")[0], SMALL_WINDOW)
        seen = sorted(self.ack_times.get(attempt.path, []))
        if self.adaptive and seen:  # around when this path commits and says so
            took = seen[len(seen) // 2]
            low, high = 0.5 * took, 1.1 * took
        at_ack = self.rng.random() < 0.4
        delay = self.rng.uniform(low, high)
        before = time.monotonic()
        shown, stderr, killed = self.run_killed(attempt, at_ack, delay)
        acked = bool(attempt.ack.search(shown))
        path = attempt.path
        stats = self.report.by_path.setdefault(
            path, {"runs": 0, "kills": 0, "killed_unacknowledged": 0, "acknowledged": 0}
        )
        stats["runs"] += 1
        problems: list[str] = []
        if killed:
            self.report.kills += 1
            stats["kills"] += 1
            stats["killed_unacknowledged"] += not acked  # killed in the middle of the work
        elif not acked:
            problems.append(f"ended without an acknowledgement: {_last_line(stderr)}")
        if acked:
            self.report.acknowledged += 1
            stats["acknowledged"] += 1
        if "Traceback" in stderr or "database is locked" in stderr:
            problems.append(f"stderr: {_last_line(stderr)}")
        found = attempt.check(acked, shown)
        self.report.lost += sum(p.startswith("LOST") for p in found)
        problems += found
        problems += self.after_kill(attempt.home)
        if attempt.home is not None:  # a library of its own (archive import): done with it
            shutil.rmtree(attempt.home, ignore_errors=True)
        when = "at ack" if at_ack else f"{delay:.2f} s"
        what = f"{path} ({when}, {time.monotonic() - before:.1f} s)"
        self.report.problems += [f"{what}: {p}" for p in problems]

    def running(self, group: int) -> bool:
        """Whether a process of ``group`` (a killed command and what it started) still runs."""
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        return True

    def after_kill(self, home: Path | None = None) -> list[str]:
        """The next command opens the library, drains the index and finds it clean, at once;
        afterwards nothing is left over."""
        start = time.monotonic()
        checked = self.cli("db", "check", "--json", home=home)
        problems = []
        if checked.returncode != 0:
            problems.append(f"db check: {_last_line(checked.stdout)} {_last_line(checked.stderr)}")
        took = time.monotonic() - start
        self.check_seconds.append(took)
        if took > CHECK_LIMIT:
            problems.append(f"db check took {took:.1f} s")
        target = home or self.home
        problems += [f"left over: {p}" for p in target.rglob("*.partial")]
        index = target / "index"
        if (index / "CURRENT").exists():
            live = (index / "CURRENT").read_text().strip()
            extra = [
                p.name for p in index.iterdir() if p.name not in {live, "CURRENT", "WRITE.lock"}
            ]
            if extra:
                problems.append(f"index leftovers after the next open: {extra}")
        return problems

    def run(self, kills: int, paths: list[str] | None = None) -> Report:
        wanted = paths or self.paths()
        turn = 0
        while self.report.kills < kills:
            self.step(wanted[turn % len(wanted)])
            turn += 1
            if turn > 3 * kills + 10:
                self.report.problems.append(f"only {self.report.kills} kills in {turn} runs")
                break
        self.report.problems += self.final_check()
        ordered = sorted(self.check_seconds) or [0.0]
        self.report.check_seconds = {
            "median": round(ordered[len(ordered) // 2], 2),
            "max": round(ordered[-1], 2),
        }
        return self.report

    def paths(self) -> list[str]:
        names = ["note-add", "add", "note-edit", "edit", "log", "rm", "reindex"]
        names += ["archive-export", "archive-import", "backup", "restore", "window-autosave"]
        if self.files:
            names += ["import-goodreads", "import-undo", "import-markdown"]
        return names

    def final_check(self) -> list[str]:
        """Every acknowledged note and entry still there; ``search`` finds every note."""
        problems = []
        for note_id, word in sorted(self.notes.items()):
            if word not in (self.note_body(note_id) or ""):
                problems.append(f"note {note_id} lost {word}")
        for item_id, word in sorted(self.items.items()):
            if word not in (self.item_title(item_id) or ""):
                problems.append(f"entry {item_id} lost {word}")
        for note_id, word in sorted(self.notes.items()):
            found = self.cli("search", word, "--json")
            ids = {
                h["id"]
                for h in json.loads(found.stdout or "{}").get("hits", [])
                if h["type"] == "note"
            }
            if note_id not in ids:
                problems.append(
                    f"search {word} does not find note {note_id}: {found.stderr.strip()}"
                )
        wrote = self.cli("add", "article", "--title", "the last write")
        if wrote.returncode != 0:
            problems.append(f"a write after the run failed: {wrote.stderr.strip()}")
        return problems

    def plan(self, path: str) -> Attempt:
        from tests.reliability import kill_paths

        return kill_paths.plan(self, path)


HELPER_MODULE = "readinglog.search.helper"


def helper_at_work(group: int) -> bool:
    """Whether a rebuild's helper process (``python -m readinglog.search.helper``) of process
    group ``group`` is running: the rebuild is provably in the middle of its work (a helper
    lives from a group's hand-over until its result is read, before ``indexed`` is shown)."""
    proc = Path("/proc")
    if not proc.is_dir():  # macOS: ask ps
        listed = subprocess.run(["ps", "-eo", "pgid=,stat=,args="], capture_output=True,
                                text=True, check=False).stdout  # fmt: skip
        return any(
            int(fields[0]) == group and not fields[1].startswith("Z") and HELPER_MODULE in line
            for line in listed.splitlines()
            if len(fields := line.split(None, 2)) == 3 and fields[0].isdigit()
        )
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:  # ended meanwhile
            continue
        state, _parent, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == group and state != "Z" and HELPER_MODULE.encode() in cmdline:
            return True
    return False


def reindex_with_helper(work: Path, kills: int, seed: int) -> tuple[Harness, Report]:
    """``reindex`` killed mid-rebuild on a library big enough for its helper process (only
    the CLI is killed, as kill -9 would): the helpers that outlive it must end on their own
    within 30 s, and once they have, the next command must leave nothing over.

    A kill that is not at the acknowledgement comes the moment a helper is seen at work
    (``helper_at_work``), not after a guessed share of a timed reindex: under load that
    guess fell before the helper started or after it ended."""
    from readinglog import paths
    from readinglog.core import notes
    from readinglog.core.library import Library
    from readinglog.search import sync
    from readinglog.search.index import PARALLEL_MIN_DOCS

    total = PARALLEL_MIN_DOCS + 100
    with Library.open(paths.in_home(work / "home")) as library:
        with library.sessions.begin() as s:
            for n in range(total):
                notes.add_note(s, f"bulk note {marker(n)} about the river 今天读书")
        list(sync.rebuild(library))
    harness = Harness(work, seed, realdata=None)
    harness.notes = {n + 1: marker(n) for n in range(0, total, 997)}  # searched at the end
    harness.kill_when = helper_at_work
    harness.adaptive = False
    harness.reap = False
    report = harness.run(kills, paths=["reindex"])
    for group in harness.orphans:
        deadline = time.monotonic() + 30
        while harness.running(group) and time.monotonic() < deadline:
            time.sleep(0.2)
        if harness.running(group):
            report.problems.append(f"a killed reindex's helper (group {group}) runs after 30 s")
            os.killpg(group, signal.SIGKILL)
    report.problems += harness.after_kill()  # once the helpers are gone: no leftovers
    return harness, report


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][-300:] if lines else ""


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace").replace("\r", "")


def _read_rest(fd: int) -> bytes:
    data = b""
    while select.select([fd], [], [], 0.05)[0]:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


def valid_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.testzip() is None
    except (OSError, zipfile.BadZipFile):
        return False
