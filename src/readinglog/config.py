"""Typed settings, stored as TOML in the config folder and versioned.

Unknown keys are kept (a newer version's settings survive a round trip through an older one);
a broken file is set aside as ``settings.toml.broken`` and the defaults are used.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

if TYPE_CHECKING:
    from readinglog.core.backups import Policy

SETTINGS_VERSION = 1
LOOKUP_PROVIDERS = ["openlibrary", "googlebooks", "douban"]  # book lookups ask them in this order
BACKUP_SIZE_CAP_MB = 2048  # the backups folder's size cap (Preferences)
MIN_BACKUP_SIZE_CAP_MB = 50


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    default_export_format: str = "hugo"
    site_folders: dict[str, str] = field(default_factory=dict)  # export format -> site folder
    theme: str = "system"  # system, light, dark
    # The window's language (gui/runtime/i18n.py), applied at the next start: system (the
    # system locale's), en, zh_CN or zh_TW
    language: str = "system"
    first_run_done: bool = False
    backup_size_cap_mb: int = BACKUP_SIZE_CAP_MB
    backup_mirror: str = ""  # a second folder for copies of the backups ("": none)
    # Book lookups (only when asked): the sources in order (豆瓣 goes first for a Chinese book
    # while this is the default), and a base URL per source for a mirror ("": the real one;
    # READINGLOG_OPENLIBRARY_URL, READINGLOG_GOOGLEBOOKS_URL, READINGLOG_DOUBAN_URL win)
    lookup_providers: list[str] = field(default_factory=lambda: list(LOOKUP_PROVIDERS))
    provider_urls: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


def load(path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        path.replace(path.with_name(path.name + ".broken"))
        return Settings()
    known = {f.name for f in fields(Settings)} - {"extra"}
    settings = Settings()
    defaults = asdict(settings)
    for key, value in data.items():
        if key in known and isinstance(value, type(defaults[key])):
            setattr(settings, key, value)
        elif key not in known:
            settings.extra[key] = value
    settings.version = SETTINGS_VERSION
    return settings


def save(settings: Settings, path: Path) -> None:
    """Write atomically: a crash mid-save leaves the old file, never half a new one."""
    data = {k: v for k, v in asdict(settings).items() if k != "extra"}
    data.update(settings.extra)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as out:
        tomli_w.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)


def backup_policy(settings: Settings) -> Policy:
    """How backups are kept, from the settings (size cap, second folder)."""
    from readinglog.core.backups import Policy

    cap = max(settings.backup_size_cap_mb, MIN_BACKUP_SIZE_CAP_MB) * 1024 * 1024
    mirror = Path(settings.backup_mirror).expanduser() if settings.backup_mirror.strip() else None
    return Policy(size_cap=cap, mirror=mirror)
