"""Command line: ``readinglog <command>``. Importing it must never load PySide6.

Each command group lives in its own module with a ``register(commands)`` function that adds
its sub-parsers and sets ``handler`` to a function ``(args, ctx) -> int``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from readinglog import APP_NAME, __version__
from readinglog.cli import (
    db_commands,
    export_commands,
    import_commands,
    item_commands,
    note_commands,
    search_commands,
)
from readinglog.cli.context import Context
from readinglog.core.errors import UserError

COMMAND_MODULES = (
    item_commands,
    note_commands,
    search_commands,
    import_commands,
    export_commands,
    db_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readinglog",
        description=f"{APP_NAME}: your reading, listening and study log. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="keep everything (library, index, backups, settings) in DIR "
        "(default: $READINGLOG_HOME, else the user data folder)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(home=args.home)
    try:
        handler = getattr(args, "handler", None)
        if handler is None:
            return _launch_window(ctx)
        result: int = handler(args, ctx)
        return result
    except UserError as error:
        print(f"readinglog: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("readinglog: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()


def _launch_window(ctx: Context) -> int:
    from readinglog.cli.window import launch

    return launch(ctx)


def _utf8_streams() -> None:
    """Chinese and emoji print on any terminal locale instead of raising UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="replace")
