"""Hatch build hook: the window's translations (.qm) go into the wheel and the sdist.

The .qm files are built, not committed: ``scripts/translations.py build`` makes one per
language from the rooms' catalogs, in resources/translations/ (ignored by git). The wheel's
force-include of resources/ puts them in ``readinglog/_resources/translations/``, where
``readinglog.paths.package_data`` finds them; the sdist names them here (git ignores them) so a
wheel built from it has them even where no lrelease is at hand.

lrelease comes with PySide6-Essentials: the hook finds it as scripts/translations.py does (in an
importable PySide6, beside the build's Python, on PATH, or READINGLOG_LRELEASE); failing that it
takes the .qm already built and newer than every catalog (the bootstrap builds them), and
failing that the build stops: a wheel without its translations would start in English for
everyone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import (  # type: ignore[import-not-found,unused-ignore]
    BuildHookInterface,
)

ROOT = Path(__file__).resolve().parent
CATALOGS = ROOT / "resources" / "translations"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prebuilt(script: Any) -> list[Path]:
    """The .qm already in resources/translations, if every one is newer than its catalogs."""
    found = []
    for language in script.LANGUAGES:
        qm = CATALOGS / script.QM_NAME.format(language=language)
        sources = list(CATALOGS.glob(f"*_{language}.ts"))
        if not sources:
            continue
        if not qm.is_file() or qm.stat().st_mtime < max(s.stat().st_mtime for s in sources):
            return []
        found.append(qm)
    return found


class TranslationsHook(BuildHookInterface):  # type: ignore[misc,type-arg,unused-ignore]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in ("wheel", "sdist") or not CATALOGS.is_dir():
            return
        script = _script()
        try:  # in place: the wheel's force-include of resources/ takes them from there
            built = script.build(CATALOGS, CATALOGS)
        except SystemExit as error:  # no lrelease here, or it failed
            built = _prebuilt(script)
            if not built:
                raise RuntimeError(
                    f"hatch_build.py: the translations cannot be built ({error}) and "
                    "resources/translations holds no up-to-date .qm: install "
                    "PySide6-Essentials or run scripts/translations.py build first"
                ) from None
        if self.target_name == "sdist":  # .gitignore keeps them out unless named here
            for qm in built:
                build_data["force_include"][str(qm)] = f"resources/translations/{qm.name}"
