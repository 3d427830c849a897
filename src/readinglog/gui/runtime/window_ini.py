"""The window's own state file, ``<config>/window.ini`` (inside READINGLOG_HOME when that is
set): geometry, splitters, columns, the last view, and folders the dialogs remember."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FILENAME = "window.ini"


def open_settings(config_dir: Path) -> QSettings:
    config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(config_dir / FILENAME), QSettings.Format.IniFormat)
