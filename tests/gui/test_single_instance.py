"""One window per library folder; a second launch raises the first."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from readinglog.gui.runtime.single_instance import LOCK_FILENAME, SingleInstance


def test_second_lock_fails_while_the_first_holds_it(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    assert first.listen()
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.notify()
    first.release()
    assert second.acquire()
    second.release()


def test_other_folders_are_independent(tmp_path: Path) -> None:
    one, other = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


def test_nobody_answers_when_nobody_listens(tmp_path: Path) -> None:
    assert not SingleInstance(tmp_path).notify()


def test_a_killed_holder_does_not_block_the_next_launch(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys, time
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / LOCK_FILENAME)!r})
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait(10)
    after = SingleInstance(tmp_path)
    assert after.acquire()
    after.release()
