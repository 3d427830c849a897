"""Note history commands: note history, note restore-version (registered under ``note``)."""

from __future__ import annotations

import argparse
from typing import Any

from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table
from readinglog.core import history


def register(note_commands: Any) -> None:
    """Add the history sub-commands to the ``note`` command's sub-parsers."""
    show = note_commands.add_parser("history", help="the earlier versions of a note")
    show.add_argument("id", type=int, help="the note")
    show.add_argument("--show", type=int, metavar="VERSION", help="print one version's text")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=note_history)

    restore = note_commands.add_parser(
        "restore-version",
        help="give a note the text of an earlier version (the current one is kept)",
    )
    restore.add_argument("id", type=int, help="the note")
    restore.add_argument("version", type=int, help="the version (see: readinglog note history ID)")
    restore.set_defaults(handler=restore_version)


def note_history(args: argparse.Namespace, ctx: Context) -> int:
    if args.show is not None:
        return _show_version(args, ctx)
    with ctx.library.sessions() as s:
        versions = history.note_history(s, args.id)
    if args.json:
        print_json([v.to_json() for v in versions])
        return 0
    if not versions:
        print(f"note #{args.id} has no earlier versions")
        return 0
    print_table(
        ("VERSION", "SAVED", "WORDS", "TITLE"),
        (
            (str(v.id), v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"), str(v.words), v.title)
            for v in versions
        ),
        (0, 0, 0, 60),
    )
    return 0


def _show_version(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        version = history.get_version(s, args.id, args.show)
    if args.json:
        print_json(version.to_json(with_body=True))
        return 0
    print(f"# {for_terminal(version.title)}")
    when = version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"(version {version.id} of note #{version.note_id}, {when})\n")
    print(for_terminal(version.body))
    return 0


def restore_version(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        changes = history.restore_version(s, args.id, args.version)
    # printed only now: the restore is committed
    if not changes.notes:
        print(f"note #{args.id} already has the text of version {args.version}")
    else:
        print(f"note #{args.id} has the text of version {args.version} again "
              "(the text it replaced is kept in its history)")  # fmt: skip
    return 0
