"""Fixtures for the window tests: a sample library, a shown main window, a screenshot folder.

Qt's offscreen platform warns "This plugin does not support propagateSizeHints()" whenever a
window with a layout is shown; that is the test platform talking, not the app, so that one
message is ignored for the tests in this folder (every other Qt warning still fails a test).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import Session

from readinglog import paths
from readinglog.core import sample, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Person, Role, Status
from readinglog.gui.runtime import i18n, theme
from tests.gui.chinese import translations_script

HERE = Path(__file__).resolve().parent
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
BULK_ENTRIES = 3000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def sample_database(tmp_path_factory: pytest.TempPathFactory, template_home: Path) -> Path:
    """The template library with the sample loaded (its index queue full, as after a load),
    made once: loading it took ~0.12 s in each of some 200 tests."""
    home = tmp_path_factory.mktemp("sample-home")
    shutil.copytree(template_home, home, dirs_exist_ok=True)
    with Library.open(paths.in_home(home)) as lib, lib.sessions.begin() as s:
        sample.load(s)
    return paths.in_home(home).database


@pytest.fixture
def sample_library(library: Library, sample_database: Path) -> Library:
    """``library`` with the sample in it: the sample's database copied over its own (SQLite's
    backup, through the library's closed-then-reopened connections)."""
    library.engine.dispose()
    with (
        contextlib.closing(sqlite3.connect(sample_database)) as source,
        contextlib.closing(sqlite3.connect(library.paths.database)) as target,
    ):
        source.backup(target)
    return library


@pytest.fixture(scope="session")
def bulk_template(tmp_path_factory: pytest.TempPathFactory, template_home: Path) -> Path:
    """A library with BULK_ENTRIES entries, built once through the services."""
    home = tmp_path_factory.mktemp("bulk-home")
    shutil.copytree(template_home, home, dirs_exist_ok=True)
    kinds = list(ItemKind)
    with Library.open(paths.in_home(home)) as lib, lib.sessions.begin() as s:
        for i in range(BULK_ENTRIES):
            kind = kinds[i % len(kinds)]
            services.add_item(
                s,
                kind,
                f"Entry {i:05d} 第{i}本",
                people=[Person(Role.AUTHOR, f"Author {i % 97}")] if kind is ItemKind.BOOK else [],
                status=Status.FINISHED if i % 3 == 0 else Status.WANT,
            )
    return home


@pytest.fixture
def bulk_library(
    tmp_path: Path, bulk_template: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Library]:
    home = tmp_path / "bulk"
    shutil.copytree(bulk_template, home)
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    lib = Library.open(paths.in_home(home))
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Build and show a MainWindow for a library (restoring saved state, as the app does)."""
    from readinglog.gui.window.main_window import MainWindow

    def make(library: Library, restore: bool = True) -> MainWindow:
        window = MainWindow(library)
        qtbot.addWidget(window)
        if restore:
            window.restore_state()
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, sample_library: Library):  # type: ignore[no-untyped-def]
    return make_window(sample_library)


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """$READINGLOG_SCREENSHOTS, or a temporary folder; printed so it can be found."""
    chosen = os.environ.get("READINGLOG_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each screenshot test once in the light and once in the dark theme."""
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "light")


@pytest.fixture
def light_afterwards(qapp: QApplication) -> Iterator[None]:
    """The light theme again after the test (which switches themes)."""
    yield
    theme.apply(qapp, "light")


@pytest.fixture(scope="session")
def built_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the committed catalogs (as the bootstrap and the wheel do)."""
    script = translations_script()
    out = tmp_path_factory.mktemp("qm")
    built = {p.name for p in script.build(out)}
    assert built == {f"readinglog_{lang}.qm" for lang in script.LANGUAGES}
    return out


@pytest.fixture
def chinese(
    qapp: QApplication, built_qm: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QTranslator]]:
    """The application in 简体中文 for one test; English again afterwards."""
    monkeypatch.setattr(i18n, "translations_folder", lambda: built_qm)
    before = QLocale()
    installed = i18n.install(qapp, "zh_CN")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


class FullDisk:
    """Every ORM commit fails as on a full disk while ``on``."""

    def __init__(self) -> None:
        self.on = False

    def __call__(self, _session: Session) -> None:
        if self.on:
            raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def full_disk() -> Iterator[FullDisk]:
    fault = FullDisk()
    event.listen(Session, "before_commit", fault)
    try:
        yield fault
    finally:
        event.remove(Session, "before_commit", fault)
