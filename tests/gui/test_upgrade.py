"""Starting with an older library: it is upgraded off the GUI thread, a dialog shows while a slow
upgrade runs (and only then), and a failure is one sentence with the library left as it was."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import alembic.util
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from readinglog import APP_NAME, app, paths
from readinglog.core import migrate
from readinglog.core.library import Library
from readinglog.core.text import sort_key
from readinglog.gui.runtime.single_instance import SingleInstance
from readinglog.gui.runtime.upgrade import SHOW_AFTER_MS, UpgradeDialog, upgrade_library
from readinglog.gui.window.main_window import MainWindow
from tests.core.test_migrate import _dump, _migrate_to
from tests.gui.helpers import list_filtered
from tests.timing import wall_limit

OLD = "0004_import_batches"


@pytest.fixture
def old_home(sample_library: Library) -> paths.AppPaths:
    """The sample library (entries and notes) as ReadingLog left it at revision 0004."""
    home = sample_library.paths
    sample_library.close()
    _migrate_to(home.database, OLD, down=True)
    assert migrate.current_revision(home.database) == OLD
    return home


def _note_titles(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return sorted(title for (title,) in conn.execute("SELECT title FROM notes"))


@dataclass
class Watch:
    """What the GUI thread saw, polling every 10 ms while ``start`` ran."""

    ticks: int = 0
    shown_after_s: float | None = None
    dialogs: list[UpgradeDialog] = field(default_factory=list)
    still_open_after_close: list[bool] = field(default_factory=list)


@contextmanager
def watching(qtbot: QtBot, *, try_to_close: bool = False) -> Iterator[Watch]:
    watch = Watch()
    began = time.monotonic()

    def poll() -> None:
        watch.ticks += 1
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, UpgradeDialog) or not widget.isVisible():
                continue
            if widget not in watch.dialogs:
                watch.dialogs.append(widget)
                watch.shown_after_s = time.monotonic() - began
                if try_to_close:
                    widget.close()
                    qtbot.keyClick(widget, Qt.Key.Key_Escape)
                    watch.still_open_after_close.append(widget.isVisible())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield watch
    finally:
        timer.stop()


def _visible_dialogs() -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, UpgradeDialog | MainWindow) and w.isVisible()
    ]


def _close(running: app.Running | int) -> None:
    assert isinstance(running, app.Running)
    running.close()
    running.window.close()


def test_an_older_library_is_upgraded_off_the_gui_thread_and_opens_with_its_notes(
    qtbot: QtBot, old_home: paths.AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles = _note_titles(old_home.database)
    assert titles
    calls: list[tuple[threading.Thread, tuple[str | None, str]]] = []
    real = migrate.upgrade

    def spy(db: Path, backups: Path) -> tuple[str | None, str]:
        result = real(db, backups)
        calls.append((threading.current_thread(), result))
        return result

    monkeypatch.setattr(migrate, "upgrade", spy)
    running = app.start(old_home)
    assert isinstance(running, app.Running)
    try:
        [(thread, result)] = [call for call in calls if call[1][0] == OLD]
        assert thread is not threading.main_thread()
        assert result == (OLD, migrate.HEAD_REVISION)
        assert migrate.current_revision(old_home.database) == migrate.HEAD_REVISION
        [saved] = old_home.backups.glob("*.sqlite3")
        assert saved.name.endswith(f"-upgrade-{OLD}.sqlite3")

        assert running.window.isVisible()
        running.window.sidebar.select_key("notes:all")
        list_filtered(qtbot, running.window)
        model = running.window.list_pane.notes.paged_model()
        assert model.rowCount() == len(titles)
    finally:
        _close(running)


def test_a_slow_upgrade_shows_the_dialog_until_it_is_done(
    qtbot: QtBot, old_home: paths.AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = migrate.upgrade

    def slow(db: Path, backups: Path) -> tuple[str | None, str]:
        if migrate.current_revision(db) != migrate.HEAD_REVISION:
            time.sleep(1)
        return real(db, backups)

    monkeypatch.setattr(migrate, "upgrade", slow)
    with watching(qtbot, try_to_close=True) as watch:
        running = app.start(old_home)
    try:
        assert len(watch.dialogs) == 1
        assert watch.shown_after_s is not None
        # A coarse timer may fire up to 5 % early.
        assert SHOW_AFTER_MS / 1000 * 0.95 <= watch.shown_after_s < wall_limit(1)
        assert watch.still_open_after_close == [True]  # no closing it while it runs
        assert watch.ticks >= 20  # the GUI thread kept running its events all along
        assert _visible_dialogs() == [running.window]  # type: ignore[union-attr]
        assert migrate.current_revision(old_home.database) == migrate.HEAD_REVISION
    finally:
        _close(running)


def test_a_fast_upgrade_shows_no_dialog(qtbot: QtBot, old_home: paths.AppPaths) -> None:
    sort_key("预热")  # pypinyin loaded, as it is after the first upgrade of any library
    with watching(qtbot) as watch:
        running = app.start(old_home)
    try:
        assert watch.dialogs == []
        assert migrate.current_revision(old_home.database) == migrate.HEAD_REVISION
    finally:
        _close(running)


def test_a_library_at_head_or_new_is_not_upgraded(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(threading.Thread, "start", lambda self: started.append(self.name))
    assert upgrade_library(library.paths) is None
    assert upgrade_library(paths.in_home(tmp_path / "new").ensure()) is None
    assert started == []


def test_a_failing_upgrade_is_one_message_and_leaves_the_library_as_it_was(
    qtbot: QtBot, old_home: paths.AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    load = alembic.util.load_python_file

    def load_a_failing_head(directory: str, filename: str) -> Any:
        module: Any = load(directory, filename)
        if getattr(module, "revision", None) == migrate.HEAD_REVISION:
            upgrade = module.upgrade

            def fail_after_altering() -> None:
                time.sleep(0.7)  # long enough for the dialog to show
                upgrade()
                raise RuntimeError("injected failure")

            module.upgrade = fail_after_altering
        return module

    monkeypatch.setattr(alembic.util, "load_python_file", load_a_failing_head)
    shown: list[tuple[str, list[Any]]] = []
    monkeypatch.setattr(app, "_message", lambda text: shown.append((text, _visible_dialogs())))
    before = _dump(old_home.database)
    with watching(qtbot) as watch:
        assert app.start(old_home) == 1
    assert len(watch.dialogs) == 1
    [(message, visible)] = shown
    assert visible == []  # the dialog closed before the message, and no window opened
    [saved] = old_home.backups.glob("*.sqlite3")
    assert str(old_home.database) in message and str(saved) in message
    assert "injected failure" in message and "\n" not in message
    assert _dump(old_home.database) == before
    assert migrate.current_revision(old_home.database) == OLD
    instance = SingleInstance(old_home.data)
    assert instance.acquire()  # the lock was released
    instance.release()


def test_a_library_from_a_newer_readinglog_is_refused_untouched(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = library.paths
    library.close()
    with closing(sqlite3.connect(home.database)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    original = home.database.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(app, "_message", shown.append)
    with watching(qtbot) as watch:
        assert app.start(home) == 1
    [message] = shown
    assert "newer ReadingLog" in message and str(home.database) in message
    assert watch.dialogs == []
    assert home.database.read_bytes() == original
    assert list(home.backups.iterdir()) == []


def test_the_dialog_is_named_has_no_buttons_and_reads_well(
    qtbot: QtBot, themed: str, screenshots: Path
) -> None:
    home = paths.in_home(Path("/home/lin/读书/ReadingLog"))
    dialog = UpgradeDialog(home)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "upgrade_dialog"
    assert dialog.windowTitle() == APP_NAME
    assert dialog.accessibleName() == "Upgrading your library…"
    assert str(home.database) in dialog.accessibleDescription()
    assert str(home.backups) in dialog.accessibleDescription()
    assert dialog.findChildren(QPushButton) == []
    assert dialog.bar.maximum() == 0  # busy
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(30)
    assert dialog.grab().save(str(screenshots / f"upgrade-{themed}.png"))
    dialog.close()
    assert dialog.isVisible()
    dialog.finish()
    assert not dialog.isVisible()
