"""failures.describe: a full disk, a read-only folder, a busy or unopenable library, found
anywhere in an exception's chain; None for a bug."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from readinglog.core import failures

DB = Path("/media/backup/library.sqlite3")


def _wrapped(message: str) -> BaseException:
    """An sqlite3 error as SQLAlchemy raises it (``.orig``), and then a second error raised
    while handling it (as a failed rollback would): the sqlite3 error is two links down."""
    orig = sqlite3.OperationalError(message)
    wrapped = sa_exc.OperationalError("INSERT INTO notes ...", {}, orig)
    later = RuntimeError("rollback failed")
    later.__context__ = wrapped
    return later


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/mnt/x/index/seg.tmp"),
            "no space left on device while writing /mnt/x/index/seg.tmp",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "/media/ro/index"),
            "read-only file system: cannot write /media/ro/index",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/srv/lib/index/_MAIN_1.toc"),
            "permission denied: /srv/lib/index/_MAIN_1.toc",
        ),
        (
            OSError(errno.EPERM, "Operation not permitted", "/srv/x"),
            "permission denied: /srv/x",
        ),
        (
            _wrapped("database or disk is full"),
            f"no space left on device while writing the library {DB} (database or disk is full)",
        ),
        (
            _wrapped("attempt to write a readonly database"),
            f"the library {DB} is read-only: writes are refused",
        ),
        (
            _wrapped("unable to open database file"),
            f"cannot open the library {DB}: its folder is missing or cannot be written",
        ),
        (
            _wrapped("database is locked"),
            f"the library {DB} is locked by another ReadingLog process; try again when it is done",
        ),
    ],
)
def test_known_failures_name_what_and_where(error: BaseException, sentence: str) -> None:
    assert failures.describe(error, DB) == sentence


def test_the_root_cause_is_found_under_a_later_error() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", "/mnt/x/a.partial")
        except OSError:
            raise KeyError("cleanup went wrong too") from None
    except KeyError as outer:
        outer.__suppress_context__ = False
        assert failures.describe(outer) == "no space left on device while writing /mnt/x/a.partial"


def test_a_real_sqlite_full_error_is_recognised_by_its_code(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    connection.execute("CREATE TABLE t (x TEXT)")
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    connection.close()
    assert failures.describe(raised.value, tmp_path / "x.sqlite3") == (
        f"no space left on device while writing the library {tmp_path / 'x.sqlite3'} "
        "(database or disk is full)"
    )


def test_a_bug_is_not_described_and_its_line_names_the_log() -> None:
    bug = AssertionError("vbytes=''\nmore detail on a second line")
    assert failures.describe(bug) is None
    assert failures.describe(OSError(errno.ENOENT, "No such file", "/x")) is None
    log = Path("/home/u/.local/state/ReadingLog/log/readinglog.log")
    assert failures.unexpected(bug, log) == (
        f"unexpected error: AssertionError: vbytes=''; details in {log}"
    )
    assert failures.unexpected(KeyError(), None) == (
        "unexpected error: KeyError; run again with --debug"
    )
    assert len(failures.one_line(ValueError("x" * 5000))) == failures.MAX_SENTENCE


def test_a_cycle_in_the_chain_ends() -> None:
    first, second = ValueError("a"), ValueError("b")
    first.__context__, second.__context__ = second, first
    assert failures.describe(first) is None
    assert len(list(failures.chain(first))) == 2
