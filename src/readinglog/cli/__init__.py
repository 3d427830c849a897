"""Command line: ``readinglog <command>``. Importing it must never load PySide6.

Each command group lives in its own module with a ``register(commands)`` function that adds
its sub-parsers and sets ``handler`` to a function ``(args, ctx) -> int``.
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from collections.abc import Sequence

from readinglog import APP_NAME, __version__, logs
from readinglog.cli import (
    cover_commands,
    db_commands,
    export_commands,
    feed_commands,
    highlight_commands,
    import_commands,
    item_commands,
    lookup_commands,
    note_commands,
    search_commands,
    stats_commands,
    trash_commands,
)
from readinglog.cli.context import Context
from readinglog.core import failures, migrate
from readinglog.core.errors import UserError

COMMAND_MODULES = (
    item_commands,
    note_commands,
    highlight_commands,
    cover_commands,
    search_commands,
    import_commands,
    feed_commands,
    export_commands,
    db_commands,
    trash_commands,
    lookup_commands,
    stats_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readinglog",
        description=f"{APP_NAME}: your reading, listening and study log. "
        "Without a command it opens the window.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__} (library schema {migrate.HEAD_REVISION})",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="keep everything (library, index, backups, settings) in DIR "
        "(default: $READINGLOG_HOME, else the user data folder)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=None,
        help="open the library for reading only: every change is refused and the file is left "
        "as it is (also $READINGLOG_READ_ONLY=1; a library that cannot be written opens so)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show the traceback of an unexpected error and every log message on stderr "
        "(without it: one line, and the traceback goes to the log file)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Exit status: 0 done, 1 refused or failed (one line on stderr: a user
    error, a full or read-only disk, or "unexpected error: ...; details in <log file>" for a
    bug, whose traceback goes to the log), 2 bad arguments, 130 interrupted."""
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = bool(args.debug)
    ctx = Context(home=args.home, read_only=args.read_only)
    logs.setup(ctx.paths, debug=debug)
    try:
        return _run(args, ctx)
    except UserError as error:
        print(f"readinglog: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("readinglog: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        print(f"readinglog: {_failure_line(error, ctx, argv, debug)}", file=sys.stderr)
        return 1
    finally:
        logs.shutdown()


def _run(args: argparse.Namespace, ctx: Context) -> int:
    """The command, then closing the library (which brings the index up to date). When the
    command failed, a failure while closing is only logged: the first one is the news."""
    try:
        handler = getattr(args, "handler", None)
        result: int = _launch_window(ctx) if handler is None else handler(args, ctx)
    except BaseException:
        try:
            ctx.close()
        except Exception as late:
            # the user is told about the first failure; this one is for the log only
            logs.log_exception("closing the library after a failed command", late, shown=True)
        raise
    ctx.close()
    return result


def _failure_line(error: Exception, ctx: Context, argv: Sequence[str] | None, debug: bool) -> str:
    """Log ``error`` (with its traceback) and word it in one line."""
    command = shlex.join(["readinglog", *(sys.argv[1:] if argv is None else argv)])
    known = failures.describe(error, ctx.paths.database)
    if known is not None:
        logs.log_exception(f"{command}: {known}", error, level=logging.WARNING, shown=not debug)
        return known
    log_file = logs.log_exception(f"{command}: unexpected error", error, shown=not debug)
    line = failures.unexpected(error, log_file)
    reason = logs.failure()
    if log_file is None and reason is not None:
        line += f" (the log cannot be written: {reason.strerror or reason})"
    return line


def _launch_window(ctx: Context) -> int:
    from readinglog.cli.window import launch

    return launch(ctx)


def _utf8_streams() -> None:
    """Chinese and emoji print on any terminal locale instead of raising UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="replace")
