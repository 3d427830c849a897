"""ARCHITECTURE.md rule 1: the layers import only downwards; the CLI never loads Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "readinglog"

ALLOWED = {
    "core": {"core", "paths"},
    "search": {"core", "search", "paths"},
    "export": {"core", "export", "paths"},
    "importers": {"core", "importers", "paths"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_it_may(package: str) -> None:
    folder = SRC / package
    if not folder.is_dir():
        pytest.skip(f"{package} does not exist yet")
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6")), f"{path} imports Qt"
            if name.startswith("readinglog."):
                layer = name.split(".")[1]
                assert layer in ALLOWED[package], f"{path} imports {name}"


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
