"""The wheel holds everything the app reads at run time: every migration, every resource
(export templates with pages/, the sample library, icons, the Linux files) and every module,
and the ``readinglog`` command. Built once here with ``pip wheel --no-deps`` (a few seconds);
skipped when pip cannot get the build backend (hatchling) offline."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import PySide6
import pytest

from readinglog import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
OFFLINE_SIGNS = ("No matching distribution", "Could not find a version", "NewConnectionError")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    env = dict(os.environ)
    # hatch_build.py builds the translations with PySide6's lrelease, which the isolated build
    # environment lacks: the binary in this Python's PySide6 (not the pyside6-lrelease
    # script, whose Python cannot import PySide6 inside pip's build environment)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if lrelease.is_file():
        env.setdefault("READINGLOG_LRELEASE", str(lrelease))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        env=env,
        text=True,
        timeout=180,
        check=False,
    )
    if result.returncode != 0 and any(sign in result.stderr for sign in OFFLINE_SIGNS):
        pytest.skip(f"the build backend cannot be installed offline: {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("readinglog-*.whl")
    assert built.name == f"readinglog-{__version__}-py3-none-any.whl"
    return zipfile.ZipFile(built)


def _shipped(folder: str) -> set[str]:
    """Files of the checkout's ``folder`` that the app may read (no caches)."""
    return {
        p.relative_to(ROOT / folder).as_posix()
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def test_wheel_holds_every_migration_and_resource(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for folder in ("migrations", "resources"):
        expected = {f"readinglog/_{folder}/{name}" for name in _shipped(folder)}
        assert expected <= names, sorted(expected - names)


def test_wheel_holds_what_the_app_reads_by_name(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    needed = [
        "readinglog/_migrations/env.py",
        "readinglog/_migrations/script.py.mako",
        "readinglog/_migrations/versions/0001_initial.py",
        "readinglog/_resources/sample/library.toml",
        "readinglog/_resources/export/hugo.md",
        "readinglog/_resources/export/pages/year-in-review.md",
        "readinglog/_resources/icons/readinglog.svg",
        f"readinglog/_resources/icons/hicolor/512x512/apps/{APP_ID}.png",
        f"readinglog/_resources/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"readinglog/_resources/linux/{APP_ID}.desktop",
        f"readinglog/_resources/linux/{APP_ID}.metainfo.xml",
        "readinglog/py.typed",
    ]
    assert [name for name in needed if name not in names] == []
    versions = {p.name for p in (ROOT / "migrations" / "versions").glob("0*.py")}
    assert len(versions) >= 11


def test_wheel_holds_every_module_and_no_caches_or_tests(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    src = ROOT / "src"
    modules = {p.relative_to(src).as_posix() for p in (src / "readinglog").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/"))]


def test_wheel_installs_the_readinglog_command(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert parser["console_scripts"]["readinglog"] == "readinglog.cli:main"
