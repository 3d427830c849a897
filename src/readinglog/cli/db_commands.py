"""Library maintenance: db upgrade / current / check, and loading the sample library."""

from __future__ import annotations

import argparse
from typing import Any

from readinglog.cli import backup_commands
from readinglog.cli.context import Context
from readinglog.cli.output import print_json
from readinglog.core import migrate, sample
from readinglog.core.errors import UserError
from readinglog.core.library import Library


def register(commands: Any) -> None:
    db = commands.add_parser(
        "db", help="the library database: upgrade, current, check, backup, backups, restore"
    )
    sub = db.add_subparsers(title="db commands", metavar="COMMAND", required=True)
    for name, handler, help_text in (
        ("upgrade", db_upgrade, "back up and upgrade the library to this version's schema"),
        ("current", db_current, "print the library's schema revision"),
        ("check", db_check, "check the library's integrity (exit 1 on problems)"),
    ):
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--json", action="store_true", help="print JSON")
        command.set_defaults(handler=handler)
    backup_commands.register(sub)

    load = commands.add_parser("sample", help="add the sample library (for trying things out)")
    load.add_argument("--force", action="store_true", help="add it even if the library has entries")
    load.add_argument("--json", action="store_true", help="print JSON")
    load.set_defaults(handler=load_sample)


def db_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    Library.refuse_changes(ctx.paths)
    ctx.paths.ensure()
    old, new = migrate.upgrade(ctx.paths.database, ctx.paths.backups)
    if args.json:
        print_json({"database": ctx.paths.database, "from": old, "to": new})
    elif old == new:
        print(f"{ctx.paths.database} is up to date ({new})")
    else:
        print(f"{ctx.paths.database}: upgraded {old or 'new library'} -> {new}")
    return 0


def db_current(args: argparse.Namespace, ctx: Context) -> int:
    if not ctx.paths.database.exists():
        raise UserError(f"there is no library at {ctx.paths.database} yet")
    revision = migrate.current_revision(ctx.paths.database)
    head = migrate.HEAD_REVISION
    if args.json:
        print_json({"database": ctx.paths.database, "revision": revision, "head": head})
    else:
        state = "up to date" if revision == head else f"this version expects {head}"
        print(f"{revision} ({state})")
    return 0


def db_check(args: argparse.Namespace, ctx: Context) -> int:
    if not ctx.paths.database.exists():
        raise UserError(f"there is no library at {ctx.paths.database} yet")
    problems = migrate.check(ctx.paths.database)
    index = _index_state(ctx) if not problems else None
    if index is not None and index["problem"]:
        problems.append(str(index["problem"]))
    if args.json:
        print_json(
            {
                "database": ctx.paths.database,
                "ok": not problems,
                "problems": problems,
                "index": index,
            }
        )
    elif problems:
        for problem in problems:
            print(f"problem: {problem}")
    else:
        print(f"{ctx.paths.database}: ok")
    return 1 if problems else 0


def _index_state(ctx: Context) -> dict[str, object]:
    """Whether the search index matches the database (run ``reindex`` to rebuild it)."""
    from readinglog.search import sync
    from readinglog.search.index import IndexStatus

    index = sync.open_index(ctx.library)
    sync.drain(ctx.library, index)  # what is queued goes in first, if the index can take it
    state = sync.check(ctx.library, index)
    problem = ""
    if state.status is IndexStatus.MISSING:
        pass  # not built yet: the first search or the window builds it
    elif state.status is not IndexStatus.OK:
        problem = f"the search index is {state.status.value}; run readinglog reindex"
    elif not state.ok:
        problem = (
            f"the search index does not match the library ({len(state.missing)} missing, "
            f"{len(state.extra)} extra); run readinglog reindex"
        )
    elif state.queued:
        problem = sync.behind(ctx.library, index, older_than=0.0)
    return {
        "path": ctx.paths.index,
        "status": state.status.value,
        "ok": not problem,
        "queued": state.queued,
        "documents": {t.value: n for t, n in state.database.items()},
        "indexed": {t.value: n for t, n in state.indexed.items()},
        "problem": problem or None,
    }


def load_sample(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        changes = sample.load(s, force=args.force)
    if args.json:
        print_json({"items": sorted(changes.items), "notes": sorted(changes.notes)})
    else:
        print(f"added the sample library: {len(changes.items)} entries, {len(changes.notes)} notes")
    return 0
