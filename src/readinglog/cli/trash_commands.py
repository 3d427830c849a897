"""Trash commands: trash list, trash restore, trash empty.

``rm`` and ``note rm`` move what they delete to the trash (core/trash.py); it is emptied
after 30 days, or by ``trash empty``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from readinglog.cli import backup_commands
from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table
from readinglog.cli.prompt import confirm
from readinglog.core import trash
from readinglog.core.errors import InvalidInput
from readinglog.core.models import TrashKind
from readinglog.core.trash import KIND_WORDS

MARKS = {TrashKind.ITEM: "#", TrashKind.NOTE: "note #", TrashKind.HIGHLIGHT: "highlight #"}


def register(commands: Any) -> None:
    group = commands.add_parser(
        "trash", help="deleted entries, notes and highlights: list, restore, empty"
    )
    sub = group.add_subparsers(title="trash commands", metavar="COMMAND", required=True)

    ls = sub.add_parser("list", help="what the trash holds, the most recently deleted first")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=list_trash)

    restore = sub.add_parser("restore", help="put a deleted entry, note or highlight back")
    restore.add_argument("id", type=int, help="the trash id (see: readinglog trash list)")
    restore.add_argument("--json", action="store_true", help="print JSON")
    restore.set_defaults(handler=restore_from_trash)

    empty = sub.add_parser("empty", help="delete what the trash holds, for good")
    empty.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    empty.add_argument(
        "--older-than", type=int, metavar="DAYS", help="only what was deleted over DAYS days ago"
    )
    empty.set_defaults(handler=empty_trash)


def moved_message(kind: TrashKind, original_id: int, trash_id: int) -> str:
    """What ``rm`` and ``note rm`` print once the delete is committed."""
    what = MARKS[kind]
    return (
        f"moved {what}{original_id} to the trash "
        f"(restore with: readinglog trash restore {trash_id})"
    )


def list_trash(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        rows = trash.list_trash(s)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        print("the trash is empty")
        return 0
    print_table(
        ("TRASH ID", "KIND", "WAS", "TITLE", "DELETED"),
        (
            (
                str(r.id),
                KIND_WORDS[r.kind],
                f"#{r.original_id}",
                r.title,
                r.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for r in rows
        ),
        (0, 0, 0, 60, 0),
    )
    return 0


def restore_from_trash(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        restored = trash.restore(s, args.id)
    # printed only now: the restore is committed
    if args.json:
        print_json(restored.to_json())
        return 0
    what = MARKS[restored.kind]
    print(f"restored {what}{restored.id} {for_terminal(restored.title)!r}")
    for problem in restored.problems:
        print(f"  note: {for_terminal(problem)}")
    return 0


def empty_trash(args: argparse.Namespace, ctx: Context) -> int:
    if args.older_than is not None and args.older_than < 0:
        raise InvalidInput("--older-than: must be 0 or more days")
    older = None if args.older_than is None else dt.timedelta(days=args.older_than)
    with ctx.library.sessions() as s:  # ask before taking the write lock
        held = trash.count(s)
    if held == 0:
        print("the trash is empty")
        return 0
    scope = "everything" if older is None else f"what was deleted over {args.older_than} days ago"
    if not args.yes and not confirm(f"Delete {scope} in the trash ({held} held) for good?"):
        print("nothing deleted")
        return 1
    backup_commands.before(ctx.library, "pre-bulk-delete")
    with ctx.library.sessions.begin() as s:
        gone = trash.empty(s, older_than=older)
    print(f"deleted {gone} for good from the trash")
    return 0
