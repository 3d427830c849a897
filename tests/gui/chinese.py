"""The window in 简体中文 for a test: the catalogs built once per run, as the bootstrap builds them.

``translations_script()`` loads scripts/translations.py (not a package); the fixtures
``built_qm`` and ``chinese`` live in tests/gui/conftest.py and use it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
