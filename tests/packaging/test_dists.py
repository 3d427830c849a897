"""The wheel holds everything the app reads at run time: every migration, every resource
(export templates with pages/, the sample library, icons, the Linux files) and every module,
and the ``readinglog`` command. Built once here with ``pip wheel --no-deps`` (a few seconds);
skipped when pip cannot get the build requirements (hatchling, PySide6-Essentials for
lrelease) offline."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from readinglog import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
OFFLINE_SIGNS = ("No matching distribution", "Could not find a version", "NewConnectionError")


COPIED = ("src", "migrations", "resources", "scripts", "pyproject.toml", "hatch_build.py")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """Built from a copy of the checkout as a fresh clone has it: no built translations (.qm),
    no lrelease named, as ``pipx install`` of the repository or a git URL builds it."""
    source = tmp_path_factory.mktemp("clone")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in (*COPIED, "README.md", "CHANGELOG.md"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=skip)
        elif (ROOT / name).is_file():
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith("READINGLOG_")}
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        capture_output=True,
        env=env,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 and any(sign in result.stderr for sign in OFFLINE_SIGNS):
        pytest.skip(f"the build requirements cannot be installed offline: {result.stderr[-300:]}")
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
        expected = {name for name in expected if not name.endswith(".qm")}  # built, see below
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


def test_wheel_holds_the_translations_of_every_catalog(wheel: zipfile.ZipFile) -> None:
    catalogs = (ROOT / "resources" / "translations").glob("*.ts")
    languages = {m[1] for c in catalogs if (m := re.search(r"_([a-z]{2,3}_[A-Z]{2})$", c.stem))}
    built = [n for n in wheel.namelist() if n.startswith("readinglog/_resources/translations/")]
    for language in languages:
        assert [n for n in built if n.endswith(f"_{language}.qm")], (language, built)


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
