"""Chinese input with fcitx on Linux, where the PySide6 wheels carry no fcitx plugin.

A desktop set up for fcitx exports ``QT_IM_MODULE=fcitx``. Qt then looks for a fcitx input
context plugin, finds none in the wheel, and falls back to no input method at all: pinyin cannot
be typed. The wheel does carry Qt's ibus plugin, and fcitx5 answers the ibus protocol (its ibus
frontend, on by default), which is how fcitx5's own developers advise running Qt programs that
bundle their Qt. So before the QApplication is made, a fcitx module that no plugin provides is
replaced by ibus, in ``QT_IM_MODULE`` and in Qt 6.7's list ``QT_IM_MODULES``. A fcitx plugin
that is there (a build against the wheel's Qt, dropped into its plugin folder or on
``QT_PLUGIN_PATH``) is used as it is, and nothing else is touched.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

log = logging.getLogger(__name__)
VARIABLES = ("QT_IM_MODULE", "QT_IM_MODULES")  # one module; Qt >= 6.7: a ";" list tried in order
FALLBACK = "ibus"


def overrides(env: Mapping[str, str], plugin_dirs: Iterable[Path]) -> dict[str, str]:
    """The variables to change so that Chinese input works (empty: leave them as they are)."""
    wanted = [env.get(name, "") for name in VARIABLES]
    if not any(_is_fcitx(module) for value in wanted for module in value.split(";")):
        return {}
    if _has_fcitx_plugin(plugin_dirs):
        return {}
    changed: dict[str, str] = {}
    for name, value in zip(VARIABLES, wanted, strict=True):
        if not value:
            continue
        modules = [FALLBACK if _is_fcitx(m) else m for m in value.split(";")]
        kept = list(dict.fromkeys(m for m in modules if m))  # ibus once, in fcitx's place
        new = ";".join(kept)
        if new != value:
            changed[name] = new
    return changed


def apply(env: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Change the process's variables as ``overrides`` says (Linux only); returns the change."""
    if not sys.platform.startswith("linux"):
        return {}
    target = os.environ if env is None else env
    changed = overrides(target, plugin_dirs(target))
    if changed:
        target.update(changed)
        log.info("no fcitx plugin for this Qt: using its ibus module, which fcitx5 answers")
    return changed


def plugin_dirs(env: Mapping[str, str]) -> list[Path]:
    """Where this Qt looks for plugins: ``QT_PLUGIN_PATH``, then the wheel's own folder."""
    from PySide6.QtCore import QLibraryInfo

    dirs = [Path(p) for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    dirs.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return dirs


def _is_fcitx(module: str) -> bool:
    return module.strip().lower() in {"fcitx", "fcitx5"}


def _has_fcitx_plugin(plugin_dirs: Iterable[Path]) -> bool:
    for folder in plugin_dirs:
        contexts = folder / "platforminputcontexts"
        if contexts.is_dir() and any("fcitx" in p.name.lower() for p in contexts.iterdir()):
            return True
    return False
