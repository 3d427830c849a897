"""Shared fixtures: a migrated template library built once, copied for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a 1920x1200 screen (Qt's default 800x800 would shrink the window to fit).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
os.environ.pop("READINGLOG_HOME", None)

from readinglog import paths
from readinglog.core.library import Library

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template-home")
    Library.open(paths.in_home(home)).close()
    return home


@pytest.fixture
def home(tmp_path: Path, template_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh library folder (a copy of the migrated template), set as READINGLOG_HOME."""
    target = tmp_path / "home"
    shutil.copytree(template_home, target)
    monkeypatch.setenv(paths.HOME_ENV, str(target))
    return target


@pytest.fixture
def library(home: Path) -> Iterator[Library]:
    lib = Library.open(paths.in_home(home))
    yield lib
    lib.close()


@pytest.fixture
def realdata() -> Path:
    """The shared real-world exports; tests that need them skip when they are absent."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not present")
    return REALDATA
