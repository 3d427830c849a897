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
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc

from readinglog.core.errors import Message

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
    said = describe_said(error, database)
    return None if said is None else str(said)


def describe_said(error: BaseException, database: Path | None = None) -> Message | None:
    """``describe`` as a ``Message``, which the window says in its language."""
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
    return str(unexpected_said(error, log_file))


def unexpected_said(error: BaseException, log_file: Path | None) -> Message:
    """``unexpected`` as a ``Message``, which the window says in its language."""
    if log_file is not None:
        return Message(
            "unexpected error: {error}; details in {log}", error=one_line(error), log=log_file
        )
    return Message("unexpected error: {error}; run again with --debug", error=one_line(error))


def one_line(error: BaseException) -> str:
    """``Type: first line of the message``, shortened to a sentence's length."""
    message = str(error).strip()
    text = message.splitlines()[0].strip() if message else ""
    line = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return line if len(line) <= MAX_SENTENCE else line[: MAX_SENTENCE - 1] + "…"


def _os_error(error: OSError, database: Path | None) -> Message | None:
    path = error.filename if error.filename is not None else database
    if path is None:
        return _OS_SENTENCES.get(error.errno or 0)
    sentence = _OS_SENTENCES_AT.get(error.errno or 0)
    return None if sentence is None else sentence(path)


# What each errno means, without a path and with one.
_OS_SENTENCES = {
    errno.ENOSPC: Message("no space left on device while writing"),
    errno.EDQUOT: Message("disk quota exceeded while writing"),
    errno.EROFS: Message("read-only file system: cannot write"),
    errno.EACCES: Message("permission denied"),
    errno.EPERM: Message("permission denied"),
    errno.EIO: Message("input/output error (a failing disk or a lost connection) at"),
}


def _no_space(path: object) -> Message:
    return Message("no space left on device while writing {path}", path=path)


def _quota(path: object) -> Message:
    return Message("disk quota exceeded while writing {path}", path=path)


def _read_only(path: object) -> Message:
    return Message("read-only file system: cannot write {path}", path=path)


def _denied(path: object) -> Message:
    return Message("permission denied: {path}", path=path)


def _io_error(path: object) -> Message:
    return Message("input/output error (a failing disk or a lost connection) at {path}", path=path)


_OS_SENTENCES_AT: dict[int, Callable[[object], Message]] = {
    errno.ENOSPC: _no_space,
    errno.EDQUOT: _quota,
    errno.EROFS: _read_only,
    errno.EACCES: _denied,
    errno.EPERM: _denied,
    errno.EIO: _io_error,
}


# What each failure means for the library; ``library`` names its file when it is known.
def _locked(library: Message) -> Message:
    return Message(
        "{library} is locked by another ReadingLog process; try again when it is done",
        library=library,
    )


def _full(library: Message) -> Message:
    return Message(
        "no space left on device while writing {library} (database or disk is full)",
        library=library,
    )


def _readonly(library: Message) -> Message:
    return Message("{library} is read-only: writes are refused", library=library)


def _cantopen(library: Message) -> Message:
    return Message(
        "cannot open {library}: its folder is missing or cannot be written", library=library
    )


def _ioerr(library: Message) -> Message:
    return Message("a disk input/output error while reading or writing {library}", library=library)


def _corrupt(library: Message) -> Message:
    return Message(
        "{library} is damaged (database disk image is malformed); restore a backup",
        library=library,
    )


def _notadb(library: Message) -> Message:
    return Message(
        "{library} is not a ReadingLog library (file is not a database)", library=library
    )


_SQLITE_SENTENCES: dict[int, Callable[[Message], Message]] = {
    SQLITE_FULL: _full,
    SQLITE_READONLY: _readonly,
    SQLITE_CANTOPEN: _cantopen,
    SQLITE_BUSY: _locked,
    SQLITE_LOCKED: _locked,
    SQLITE_IOERR: _ioerr,
    SQLITE_CORRUPT: _corrupt,
    SQLITE_NOTADB: _notadb,
}


def _sqlite_error(error: sqlite3.Error, database: Path | None) -> Message | None:
    code = _sqlite_code(error)
    sentence = _SQLITE_SENTENCES.get(code) if code is not None else None
    if sentence is None:
        return None
    if database is not None:
        return sentence(Message("the library {path}", path=database))
    return sentence(Message("the library"))


def _sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # extended codes keep the primary one in the low byte
    message = str(error).lower()
    for fragment, known in _SQLITE_MESSAGES:
        if fragment in message:
            return known
    return None
