"""Linux desktop integration: the .desktop entry and the AppStream metainfo pass their
validators (skipped where desktop-file-utils or appstream is not installed), the metainfo's
newest release is this version and its screenshots are files of docs/screenshots, and
scripts/install-desktop.sh installs and removes exactly the user-level files."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from readinglog import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALL = ROOT / "scripts" / "install-desktop.sh"
RAW = "https://raw.githubusercontent.com/readinglog/readinglog/main/"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (CI installs it)")
    return found


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_this_release_first() -> None:
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_metainfo_screenshots_are_files_of_the_repository() -> None:
    images = ElementTree.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images, "the metainfo shows no screenshot"
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(RAW), url
        assert (ROOT / url.removeprefix(RAW)).is_file(), f"{url} is no file of the repository"


def test_desktop_entry_names_the_app_id_icon() -> None:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert f"Icon={APP_ID}" in lines and "Exec=readinglog" in lines


def _run_install(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["bash", str(INSTALL), *args], capture_output=True, text=True, env=env, check=False
    )


def _files(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.name != "mimeinfo.cache"  # update-desktop-database's own cache
    }


def test_install_desktop_puts_the_files_in_place_and_takes_them_away(tmp_path: Path) -> None:
    data = tmp_path / "share"
    mine = data / "icons" / "hicolor" / "48x48" / "apps" / "other.app.png"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"not ours")

    installed = _run_install(data, "--exec", "/opt/readinglog/readinglog")
    assert installed.returncode == 0, installed.stderr
    files = _files(data)
    assert f"applications/{APP_ID}.desktop" in files
    assert f"metainfo/{APP_ID}.metainfo.xml" in files
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in files
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in files
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/readinglog/readinglog\n" in entry

    removed = _run_install(data, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert _files(data) == {"icons/hicolor/48x48/apps/other.app.png"}


def test_install_desktop_refuses_an_exec_that_would_break_the_entry(tmp_path: Path) -> None:
    result = _run_install(tmp_path / "share", "--exec", "/opt/Reading Log/readinglog")
    assert result.returncode == 2 and "--exec" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
