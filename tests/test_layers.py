"""ARCHITECTURE.md rule 1: the layers import only downwards; the CLI never loads Qt.

Inside ``gui`` the rooms stand in one order (``readinglog.gui.ROOMS``) and a room imports only
itself and the rooms before it. Relative imports are resolved before they are checked, and no
module anywhere imports ``readinglog.cli`` or ``readinglog.app`` (except ``__main__`` and the
CLI's own ``window`` command, which hands over to the app).
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from readinglog.gui import ROOMS

SRC = Path(__file__).resolve().parents[1] / "src" / "readinglog"

ALLOWED = {
    "core": {"core", "paths"},
    "search": {"core", "search", "paths"},
    "stats": {"core", "stats", "paths"},
    "export": {"core", "export", "stats", "paths"},
    "importers": {"core", "importers", "paths"},
    "online": {"core", "online", "paths"},
}
# Who may name the composition roots: the entry point, and the CLI command that opens the window.
ROOT_IMPORTERS = {
    "readinglog.cli": {"cli", "__main__"},
    "readinglog.app": {"__main__", "cli/window.py"},
}


def module_name(path: Path) -> str:
    parts = ["readinglog", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (SRC / relative).is_dir() or (SRC / relative).with_suffix(".py").is_file()


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, relative imports resolved; ``from a import b`` gives ``a``,
    and ``a.b`` too when b is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = (
        module_name(path)
        if path.name == "__init__.py"
        else module_name(path)[: -len(path.stem) - 1]
    )
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(
                f"{module}.{alias.name}"
                for alias in node.names
                if is_module(f"{module}.{alias.name}")
            )
    return names


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    here = SRC / "gui" / "window" / "example.py"
    source = "from ..dialogs import common\nfrom . import actions\nfrom ...core import db\n"
    tree_file = tmp_path / "example.py"
    tree_file.write_text(source, encoding="utf-8")
    resolved = imports_as(tree_file, here)
    assert {"readinglog.gui.dialogs.common", "readinglog.gui.window.actions"} <= resolved
    assert "readinglog.core.db" in resolved


def imports_as(source: Path, path: Path) -> set[str]:
    """``imports`` of the text in ``source`` as if it were the module at ``path``."""
    original = Path.read_text
    try:
        Path.read_text = lambda self, *a, **k: original(source, *a, **k)  # type: ignore[method-assign]
        return imports(path)
    finally:
        Path.read_text = original  # type: ignore[method-assign]


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    folder = SRC / package
    for path in folder.rglob("*.py"):
        for name in imports(path):
            assert not name.startswith(("PySide6", "shiboken6")), f"{path} imports Qt"
            if name.startswith("readinglog."):
                layer = name.split(".")[1]
                if not is_module(f"readinglog.{layer}"):
                    continue  # a name of the package itself: __version__, APP_NAME
                assert layer in ALLOWED[package], f"{path} imports {name}"


def room_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] != ["readinglog", "gui"] or len(parts) < 3 or parts[2] not in ROOMS:
        return None
    return parts[2]


def gui_room_faults() -> list[str]:
    faults = []
    for path in sorted((SRC / "gui").rglob("*.py")):
        room = room_of(module_name(path))
        if room is None:
            if path.parent != SRC / "gui":
                faults.append(f"{path.relative_to(SRC)} is in no room of {ROOMS}")
            continue
        for name in sorted(imports(path)):
            target = room_of(name)
            if target is not None and ROOMS.index(target) > ROOMS.index(room):
                faults.append(f"{path.relative_to(SRC)} ({room}) imports {name} ({target})")
    return faults


def test_gui_rooms_import_only_earlier_rooms() -> None:
    assert gui_room_faults() == []


def test_every_gui_module_lives_in_a_room() -> None:
    loose = [p.name for p in (SRC / "gui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    assert {
        p.name for p in (SRC / "gui").iterdir() if p.is_dir() and p.name != "__pycache__"
    } == set(ROOMS)


def test_nothing_imports_the_cli_or_the_app() -> None:
    for path in SRC.rglob("*.py"):
        where = str(path.relative_to(SRC))
        for name in imports(path):
            for root, allowed in ROOT_IMPORTERS.items():
                if name == root or name.startswith(root + "."):
                    assert (
                        where.split("/")[0] in allowed
                        or where in allowed
                        or where.startswith("__main__")
                    ), f"{where} imports {name}"


def test_cli_import_and_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from readinglog.cli import main\n"
        f"main(['--home', {str(tmp_path)!r}, 'list'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_desktop_files_name_the_app_id() -> None:
    from readinglog import APP_ID
    from readinglog.paths import package_data

    resources = package_data("resources")
    desktop = (resources / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=readinglog" in desktop and f"Icon={APP_ID}" in desktop
    metainfo = (resources / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert (resources / "icons" / "readinglog.svg").read_text(encoding="utf-8").startswith("<svg")


def test_command_objects_see_the_window_only_through_its_protocol() -> None:
    """A command object is handed a ``CommandHost`` (gui/window/window_part.py) and a dialog a
    ``WindowHost``: neither names the main window, so neither can reach into its panes."""
    window = SRC / "gui" / "window"
    parts = [*window.glob("*_commands.py"), *(SRC / "gui" / "dialogs").glob("*.py")]
    assert len(parts) > 10
    for path in parts:
        assert "readinglog.gui.window.main_window" not in imports(path), path.name
