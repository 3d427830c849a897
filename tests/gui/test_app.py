"""The composition root: start, a second launch, quitting on SIGTERM, files in one folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from readinglog import app, config, paths
from readinglog.config import Settings
from readinglog.core.library import Library
from readinglog.gui.dialogs.first_run import FirstRunDialog
from tests.gui.helpers import list_filtered

ROOT = Path(__file__).resolve().parents[2]


def test_start_shows_the_window_and_a_second_start_raises_it(
    qtbot: QtBot, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = sample_library.paths
    sample_library.close()
    running = app.start(home)
    assert isinstance(running, app.Running)
    try:
        assert running.window.isVisible()
        assert running.window.windowTitle().startswith("ReadingLog — ")
        raised: list[bool] = []
        monkeypatch.setattr(running.window, "bring_to_front", lambda: raised.append(True))
        running.instance.activated.disconnect()
        running.instance.activated.connect(running.window.bring_to_front)
        assert app.start(home) == 0  # the second launch asks the first and leaves
        qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    finally:
        running.close()
        running.window.close()


def test_first_run_offers_the_sample(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = library.paths
    library.close()
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.DialogCode.Accepted)
    running = app.start(home)
    assert isinstance(running, app.Running)
    try:
        app.offer_first_run(running)
        list_filtered(qtbot, running.window)
        assert running.window.list_pane.items.paged_model().rowCount() == 13
        assert config.load(home.settings).first_run_done
    finally:
        running.close()
        running.window.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_quits_cleanly_and_keeps_every_file_in_the_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config.save(Settings(first_run_done=True), paths.in_home(home).settings)
    code = textwrap.dedent(
        """
        import os, signal, threading
        from readinglog import app, paths
        threading.Timer(1.5, lambda: os.kill(os.getpid(), signal.SIGTERM)).start()
        raise SystemExit(app.run(paths.resolve()))
        """
    )
    env = {
        **os.environ,
        "READINGLOG_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert (home / "config" / "window.ini").is_file()  # state saved after the loop ended
    assert not (home / "readinglog.lock").exists()  # the lock was released
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*") if p.is_file()}
    assert written == {"home"}, written


def test_a_broken_library_is_one_sentence_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readinglog.gui.window import main_window  # noqa: F401  (loads Qt before the patch)

    shown: list[str] = []
    monkeypatch.setattr(app, "_message", lambda text: shown.append(text))
    home = paths.in_home(tmp_path / "home").ensure()
    home.database.write_bytes(b"this is not a database" * 100)
    assert app.start(home) == 1
    assert shown and "\n" not in shown[0]


def test_the_application_lets_the_gui_thread_win_the_gil_back_quickly() -> None:
    code = (
        "import sys; from readinglog import app; app.application(); print(sys.getswitchinterval())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert float(out.stdout) == app.GIL_SWITCH_INTERVAL_S < 0.005  # Python's default: 5 ms
