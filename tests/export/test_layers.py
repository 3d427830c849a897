"""export/ depends on core only: importing it loads no Qt, CLI, search or GUI module."""

from __future__ import annotations

import subprocess
import sys

MODULES = ("slug", "frontmatter", "emphasis", "body", "profiles", "templates", "render",
           "writer", "preview", "links", "assets", "resolve", "batch", "ledger",
           "kept", "unique")  # fmt: skip


def test_export_imports_only_core() -> None:
    code = (
        "import sys\n"
        + "".join(f"import readinglog.export.{name}\n" for name in MODULES)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'readinglog.cli', "
        "'readinglog.search', 'readinglog.gui', 'readinglog.app', 'readinglog.importers'))]\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
