"""Where ReadingLog keeps its files.

Everything lives in the per-user folders that platformdirs names, unless a home folder is
given (``--home DIR`` or ``READINGLOG_HOME``): then every file the app writes stays inside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from readinglog import APP_NAME

HOME_ENV = "READINGLOG_HOME"
READ_ONLY_ENV = "READINGLOG_READ_ONLY"  # 1: open the library for reading only
DB_FILENAME = "library.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path
    log_dir: Path | None = None  # the user log folder; None: ``logs/`` inside ``data``
    # Open the library for reading only, whether or not it could be written
    # (``--read-only`` or READINGLOG_READ_ONLY=1: look at a backup without touching it).
    read_only: bool = False

    @property
    def database(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def index(self) -> Path:
        return self.data / "index"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def logs(self) -> Path:
        """The error log's folder (made when the first record is written, not by ``ensure``)."""
        return self.log_dir if self.log_dir is not None else self.data / "logs"

    @property
    def settings(self) -> Path:
        return self.config / "settings.toml"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def in_home(home: Path) -> AppPaths:
    """All folders inside one home folder (portable or test libraries)."""
    home = home.expanduser().resolve()
    return AppPaths(data=home, config=home / "config", cache=home / "cache")


def resolve(home: str | Path | None = None, *, read_only: bool | None = None) -> AppPaths:
    """The folders to use: an explicit home, then ``READINGLOG_HOME``, then the user folders.
    ``read_only`` None: as READINGLOG_READ_ONLY says (1, true or yes)."""
    if read_only is None:
        read_only = os.environ.get(READ_ONLY_ENV, "").strip().lower() in ("1", "true", "yes")
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        return replace(in_home(Path(chosen)), read_only=read_only)
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        cache=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
        read_only=read_only,
    )


def package_data(name: str) -> Path:
    """A top-level folder shipped with the app (``migrations`` or ``resources``).

    In a wheel they are installed inside the package as ``_<name>``; in a source checkout
    (editable install, tests) they sit at the top of the repository.
    """
    here = Path(__file__).resolve().parent
    installed = here / f"_{name}"
    if installed.is_dir():
        return installed
    return here.parent.parent / name
