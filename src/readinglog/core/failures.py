"""Errors the machine causes, not the user or a bug: a full disk, a read-only folder, a busy
or unopenable library. ``describe`` turns one into a sentence naming what and where, for the
command line and the window alike; anything else is a bug (``unexpected`` words it).

The cause may sit deep in the chain: SQLAlchemy wraps sqlite3's errors (``.orig``), and an
error raised while cleaning up after another keeps the first as ``__context__``. The deepest
recognised one is the root cause and is the one described.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc

MAX_SENTENCE = 300

# sqlite3's primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Message fragments, for sqlite3 errors raised without a code (and older Pythons).
_SQLITE_MESSAGES = (
    ("database or disk is full", SQLITE_FULL),
    ("attempt to write a readonly database", SQLITE_READONLY),
    ("unable to open database file", SQLITE_CANTOPEN),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
)


def chain(error: BaseException) -> Iterator[BaseException]:
    """``error``, then what it wraps and what it was raised during, outermost first."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None) if isinstance(current, sa_exc.DBAPIError) else None
        for inner in (orig, current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                pending.append(inner)


def describe(error: BaseException, database: Path | None = None) -> str | None:
    """One sentence for an environmental failure found anywhere in ``error``'s chain; None
    when there is none (a bug). ``database`` names the library file in sqlite's messages,
    which carry no path."""
    for cause in reversed(list(chain(error))):
        if isinstance(cause, OSError):
            sentence = _os_error(cause, database)
        elif isinstance(cause, sqlite3.Error):
            sentence = _sqlite_error(cause, database)
        else:
            sentence = None
        if sentence is not None:
            return sentence
    return None


def unexpected(error: BaseException, log_file: Path | None) -> str:
    """The one line for a bug: what was raised, and where its traceback is."""
    where = f"details in {log_file}" if log_file is not None else "run again with --debug"
    return f"unexpected error: {one_line(error)}; {where}"


def one_line(error: BaseException) -> str:
    """``Type: first line of the message``, shortened to a sentence's length."""
    message = str(error).strip()
    text = message.splitlines()[0].strip() if message else ""
    line = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return line if len(line) <= MAX_SENTENCE else line[: MAX_SENTENCE - 1] + "…"


def _os_error(error: OSError, database: Path | None) -> str | None:
    path = error.filename if error.filename is not None else database
    where = f" {path}" if path is not None else ""
    if error.errno == errno.ENOSPC:
        return f"no space left on device while writing{where}"
    if error.errno == errno.EDQUOT:
        return f"disk quota exceeded while writing{where}"
    if error.errno == errno.EROFS:
        return f"read-only file system: cannot write{where}"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied:{where}" if where else "permission denied"
    if error.errno == errno.EIO:
        return f"input/output error (a failing disk or a lost connection) at{where}"
    return None


# What each failure means for the library; ``{library}`` names its file when it is known.
_LOCKED = "{library} is locked by another ReadingLog process; try again when it is done"
_SQLITE_SENTENCES = {
    SQLITE_FULL: "no space left on device while writing {library} (database or disk is full)",
    SQLITE_READONLY: "{library} is read-only: writes are refused",
    SQLITE_CANTOPEN: "cannot open {library}: its folder is missing or cannot be written",
    SQLITE_BUSY: _LOCKED,
    SQLITE_LOCKED: _LOCKED,
    SQLITE_IOERR: "a disk input/output error while reading or writing {library}",
    SQLITE_CORRUPT: "{library} is damaged (database disk image is malformed); restore a backup",
    SQLITE_NOTADB: "{library} is not a ReadingLog library (file is not a database)",
}


def _sqlite_error(error: sqlite3.Error, database: Path | None) -> str | None:
    code = _sqlite_code(error)
    sentence = _SQLITE_SENTENCES.get(code) if code is not None else None
    if sentence is None:
        return None
    library = f"the library {database}" if database is not None else "the library"
    return sentence.format(library=library)


def _sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # extended codes keep the primary one in the low byte
    message = str(error).lower()
    for fragment, known in _SQLITE_MESSAGES:
        if fragment in message:
            return known
    return None
