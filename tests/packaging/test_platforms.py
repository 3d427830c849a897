"""What Windows and macOS builds rely on, checked here on Linux: the per-user folders
platformdirs gives each platform, the single-instance server's names, and file names that
Windows accepts (reserved device names even before an extension or spaces, trailing dots and
spaces, characters, 255 UTF-16 units)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest
from hypothesis import given
from hypothesis import strategies as st

from readinglog import APP_NAME, paths
from readinglog.export.slug import note_slug, safe_filename

LOCAL = "C:\\Users\\李雷\\AppData\\Local"
ROAMING = "C:\\Users\\李雷\\AppData\\Roaming"


@pytest.fixture
def no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.delenv(paths.READ_ONLY_ENV, raising=False)


def test_windows_folders(monkeypatch: pytest.MonkeyPatch, no_home: None) -> None:
    folders = {"CSIDL_LOCAL_APPDATA": LOCAL, "CSIDL_APPDATA": ROAMING}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    found = paths.resolve()
    # appauthor=False: no "<author>\" level; the library stays on this computer (Local, not
    # Roaming: a SQLite file in a roaming profile would be copied around at every sign-in)
    local = PureWindowsPath(LOCAL, APP_NAME)
    assert PureWindowsPath(str(found.data)) == local
    assert PureWindowsPath(str(found.database)) == local / "library.sqlite3"
    assert PureWindowsPath(str(found.config)) == local
    assert PureWindowsPath(str(found.cache)) == local / "Cache"
    assert PureWindowsPath(str(found.logs)) == local / "Logs"


def test_macos_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_home: None) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    found = paths.resolve()
    library = tmp_path / "Library"
    assert found.data == library / "Application Support" / APP_NAME
    assert found.config == library / "Application Support" / APP_NAME
    assert found.cache == library / "Caches" / APP_NAME
    assert found.logs == library / "Logs" / APP_NAME
    found.ensure()  # the folders can be made, the log folder when the log is written
    assert found.data.is_dir() and found.cache.is_dir() and found.backups.is_dir()


def test_linux_folders_follow_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_home: None
) -> None:
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    found = paths.resolve()
    assert found.data == tmp_path / "data" / APP_NAME
    assert found.config == tmp_path / "config" / APP_NAME
    assert found.cache == tmp_path / "cache" / APP_NAME
    assert found.logs == tmp_path / "state" / APP_NAME / "log"


def test_a_home_folder_wins_on_every_platform(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    found = paths.resolve()
    assert (found.data, found.config, found.cache) == (
        tmp_path,
        tmp_path / "config",
        tmp_path / "cache",
    )
    assert found.logs == tmp_path / "logs"


# --- the single-instance server's names -----------------------------------------------------

MACOS_SUN_PATH = 104  # bytes of a Unix socket's path on macOS, where Qt puts it in TMPDIR
MACOS_TMPDIR = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T/"  # the usual shape and length


def _server_name(folder: Path) -> str:
    from readinglog.gui.runtime.single_instance import server_name

    return server_name(folder)


def test_one_library_folder_has_one_server_name(tmp_path: Path) -> None:
    library = tmp_path / "库 library"
    library.mkdir()
    (tmp_path / "link").symlink_to(library)
    spellings = [library, tmp_path / "link", library / ".." / library.name]
    assert len({_server_name(p) for p in spellings}) == 1
    other = tmp_path / "another"
    other.mkdir()
    assert _server_name(other) != _server_name(library)


def test_server_names_suit_windows_pipes_and_macos_sockets(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["很长的文件夹名字" * 4] * 6)
    deep.mkdir(parents=True)
    for folder in (tmp_path, deep):
        name = _server_name(folder)
        # \\.\pipe\<name> on Windows: any character but a backslash, at most 256 in all
        assert "\\" not in name and "/" not in name and len(name) + len("\\\\.\\pipe\\") <= 256
        assert name.isascii()  # the same bytes whatever the locale's code page
        assert len((MACOS_TMPDIR + name).encode()) < MACOS_SUN_PATH


# --- file names Windows accepts -------------------------------------------------------------

WINDOWS_DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{c}" for c in "123456789¹²³"),
    *(f"LPT{c}" for c in "123456789¹²³"),
}


def windows_refuses(name: str) -> str | None:
    """Why Windows would not take ``name`` as an ordinary file (None: it would), after
    Microsoft's "Naming Files" rules as CPython 3.13's ntpath.isreserved reads them."""
    if name in ("", ".", ".."):
        return "no name"
    if name[-1] in ". ":
        return "ends with a dot or a space"
    if set(name) & set('<>:"/\\|?*') or any(ord(ch) < 32 for ch in name):
        return "a reserved character"
    if name.partition(".")[0].rstrip(" ").upper() in WINDOWS_DEVICES:
        return "a device name"
    if len(name.encode("utf-16-le")) // 2 > 255:
        return "longer than 255 UTF-16 units"
    return None


def test_the_rules_as_read() -> None:
    assert windows_refuses("nul .txt") == "a device name"
    assert windows_refuses("Con.tar.gz") == "a device name"
    assert windows_refuses("console.md") is None
    assert windows_refuses("笔记.md") is None
    assert windows_refuses("note. ") == "ends with a dot or a space"


HOSTILE = [
    "CON",
    "con .draft",
    "NUL  .txt",
    "COM1 .md",
    "lpt¹ . notes",
    "Aux.",
    "prn ",
    "CONIN$",
    "a: b? c*",
    "  ..  ",
    "trailing dots. . .",
    "中" * 120,
    "📚" * 80,
    "x" * 300,
    "tab\there",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_obsidian_file_names_are_ordinary_windows_files(title: str) -> None:
    name = safe_filename(title, "note-7")
    assert windows_refuses(name) is None, (name, windows_refuses(name))


@pytest.mark.parametrize("title", HOSTILE)
def test_slugs_are_ordinary_windows_files_and_folders(title: str) -> None:
    slug = note_slug(title, 7)
    for name in (slug, f"{slug}.md", f"2024-03-01-{slug}.md"):  # Hugo bundle, post, Jekyll
        assert windows_refuses(name) is None, (name, windows_refuses(name))


TITLE_PARTS = st.sampled_from(
    [*sorted(WINDOWS_DEVICES), " ", ".", "..", ":", "\\", "/", "?", "中文", "📚", "a", "\x00"]
)


@given(st.lists(TITLE_PARTS | st.text(max_size=4), max_size=8).map("".join))
def test_any_title_gives_names_windows_takes(title: str) -> None:
    name = safe_filename(title, "note-7")
    assert windows_refuses(name) is None, (title, name)
    slug = note_slug(title, 7)
    assert windows_refuses(f"{slug}.md") is None, (title, slug)
