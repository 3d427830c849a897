"""The error log: a rotating file in the log folder (``AppPaths.logs``).

``setup(paths)`` gives the ``readinglog`` logger one handler that writes
``readinglog.log`` (1 MB, then rotated, 5 old files kept): a timestamp, the level, the thread,
the logger and the message, with the traceback under it. Nothing is written until the first
record, so a command that logs nothing leaves no file behind.

Logging must never fail the app. When the folder cannot be made or the file cannot be written
(a read-only library, a full disk), warnings and errors go to stderr instead, after one line
saying so, and the file is tried again a minute later. A record the user has been told about
on stderr already (``shown=True``: the CLI's one-line errors) is not repeated there.
``log_exception`` answers where the record went, so a message names the log file only when
it holds the details.

Several processes (the window and a command) may append to the same file; a rotation made
by one of them is seen by the others at their next rotation.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TextIO

from readinglog.paths import AppPaths

LOGGER_NAME = "readinglog"
FILENAME = "readinglog.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
RETRY_S = 60.0  # after the file failed, records go to stderr this long before it is tried again
SHOWN = "shown"  # a record attribute: the user has seen this one on stderr already
UNEXPECTED = "unexpected"  # a record attribute: a bug the user should be told about

ExcInfo = (
    BaseException
    | tuple[type[BaseException], BaseException, TracebackType | None]
    | tuple[None, None, None]
)

log = logging.getLogger(LOGGER_NAME)


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating file, opened at the first record; stderr when it cannot be written."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, fallback: bool = True) -> None:
        super().__init__(
            path, maxBytes=max_bytes, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        self.path = path
        self.fallback = fallback  # False when another handler prints everything on stderr
        self._warned = False
        self.failure: OSError | None = None  # why the file is not written, once it is not
        self._failed_at = 0.0
        self.setFormatter(logging.Formatter(FORMAT))

    @property
    def working(self) -> bool:
        return self.failure is None

    def emit(self, record: logging.LogRecord) -> None:
        if self.failure is not None and time.monotonic() - self._failed_at >= RETRY_S:
            self.failure = None  # the disk may have room again: try the file once more
        if self.failure is None and self.stream is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.stream = self._open()
            except OSError as error:
                self._fail(error)
        if self.failure is None:
            super().emit(record)  # a failed write comes back through handleError
            if self.failure is None:
                return
        self._to_stderr(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        self._fail(error if isinstance(error, OSError) else OSError(str(error)))

    def _fail(self, error: OSError) -> None:
        if self.failure is not None:
            return
        self.failure = error
        self._failed_at = time.monotonic()
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(OSError):  # the disk that refused a write may refuse this
                stream.close()

    def _to_stderr(self, record: logging.LogRecord) -> None:
        if not self.fallback or getattr(record, SHOWN, False) or record.levelno < logging.WARNING:
            return
        with contextlib.suppress(OSError, ValueError):  # no stderr either: nowhere to say it
            if not self._warned:
                self._warned = True
                reason = self.failure.strerror if self.failure is not None else None
                _stderr().write(
                    f"readinglog: warning: cannot write the log {self.path} "
                    f"({reason or self.failure}); logging to stderr instead\n"
                )
            _stderr().write(self.format(record) + "\n")


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """``--debug``: every record on the stderr of the moment (tests swap ``sys.stderr``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = _stderr()
        super().emit(record)


_file: LogFile | None = None


def setup(paths: AppPaths, debug: bool = False, *, max_bytes: int = MAX_BYTES) -> Path | None:
    """Send the ``readinglog`` logger to the log file in ``paths.logs`` (and, with ``debug``,
    everything to stderr too). Calling it again replaces the handlers it made. It never
    raises: the log file's path, or None when not even that could be worked out."""
    global _file
    shutdown()
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    if debug:
        log.addHandler(_Stderr())
    try:
        _file = LogFile(paths.logs / FILENAME, max_bytes=max_bytes, fallback=not debug)
    except (OSError, ValueError) as error:  # the folder's path itself cannot be used
        _stderr().write(f"readinglog: warning: no log file ({error}); logging to stderr\n")
        return None
    log.addHandler(_file)
    return _file.path


def shutdown() -> None:
    """Remove and close the handlers ``setup`` made (the end of ``main``; tests)."""
    global _file
    for handler in list(log.handlers):
        if isinstance(handler, LogFile | _Stderr):
            log.removeHandler(handler)
            handler.close()
    _file = None
    log.setLevel(logging.NOTSET)


def current() -> Path | None:
    """The log file set up, whether or not anything has been written to it yet."""
    return _file.path if _file is not None else None


def failure() -> OSError | None:
    """Why the log file could not be written (None while it works, or before it is tried)."""
    return _file.failure if _file is not None else None


def log_exception(
    message: str,
    exc_info: ExcInfo,
    *,
    level: int = logging.ERROR,
    shown: bool = False,
    unexpected: bool = False,
    logger: logging.Logger | None = None,
) -> Path | None:
    """Log ``message`` with the exception's traceback; return the log file's path when the
    record is in it (None when it only reached stderr, or nothing is set up)."""
    extra = {SHOWN: shown, UNEXPECTED: unexpected}
    (logger or log).log(level, message, exc_info=exc_info, extra=extra)
    if _file is None or not _file.working or _file.stream is None:
        return None
    return _file.path


def _stderr() -> TextIO:
    return sys.stderr if sys.stderr is not None else sys.__stderr__  # type: ignore[return-value]
