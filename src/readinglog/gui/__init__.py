"""The desktop window: the only package that imports PySide6 (ARCHITECTURE.md rule 1).

``readinglog.app`` composes it; the modules here are widgets and models over ``core``.
"""

from __future__ import annotations

import importlib
from typing import Any


def optional(module: str, name: str) -> Any | None:
    """``readinglog.gui.<module>.<name>``, or None while that module does not exist.

    Parts of the window built separately (the note editor, the entry dialogs) plug in through
    this; an import error *inside* an existing module is raised, not hidden.
    """
    full = f"readinglog.gui.{module}"
    try:
        loaded = importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise
    return getattr(loaded, name)
