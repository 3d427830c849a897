"""Backups from the command line: ``db backup``, ``db backups``, ``db restore``, and the
backups made on their own (once a day when the library opens, before every bulk change)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readinglog import config
from readinglog.cli.output import print_json, print_table, run_with_progress
from readinglog.cli.prompt import confirm
from readinglog.core import backups, restore
from readinglog.core.backups import BackupInfo, Policy
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.paths import AppPaths

if TYPE_CHECKING:
    from readinglog.cli.context import Context

WINDOW_LOCK = "readinglog.lock"  # gui/single_instance.LOCK_FILENAME (the CLI never loads Qt)


def register(db: Any) -> None:
    """The backup commands, under ``readinglog db``."""
    backup = db.add_parser("backup", help="back the library up now (verified)")
    backup.add_argument("--to", type=Path, metavar="FILE", help="write the backup to FILE")
    backup.add_argument("--json", action="store_true", help="print JSON")
    backup.set_defaults(handler=db_backup)

    listed = db.add_parser("backups", help="list the backups, newest first (numbered)")
    listed.add_argument("--json", action="store_true", help="print JSON")
    listed.set_defaults(handler=db_backups)

    back = db.add_parser(
        "restore", help="replace the library by a backup (the current one is backed up first)"
    )
    back.add_argument("backup", metavar="FILE|N", help="a backup file, or its number in db backups")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    back.add_argument("--json", action="store_true", help="print JSON")
    back.set_defaults(handler=db_restore)


# -- backups made on their own ----------------------------------------------------------------


def policy(paths: AppPaths) -> Policy:
    return config.backup_policy(config.load(paths.settings))


def daily(paths: AppPaths) -> None:
    """The once-a-day backup, when the library opens and one is due; never fails a command.
    Skipped while the disk has no room for it (it would take the room the command's own
    write needs; the next open tries again)."""
    try:
        made = backups.daily_at_open(paths.database, paths.backups, partial(policy, paths))
    except (UserError, OSError) as exc:
        if not backups.disk_full(exc):
            print(f"readinglog: warning: the daily backup failed: {exc}", file=sys.stderr)
        return
    if made is not None:
        _warn(made.warnings)


def before(library: Library, reason: str, *, skip: bool = False) -> Path | None:
    """A verified backup before a bulk change (``reason`` names it: backups.PRE_*); None when
    skipped (a dry run) or the library holds nothing yet. UserError when it cannot be made, and
    first of all when the library is read-only: a refused change writes no backup either."""
    library.sessions.ensure_writable()
    paths = library.paths
    if skip:
        return None
    made = backups.before_change(paths.database, paths.backups, reason, policy=policy(paths))
    if made is None:
        return None
    _warn(made.warnings)
    return made.info.path


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"readinglog: warning: {warning}", file=sys.stderr)


# -- the commands -----------------------------------------------------------------------------


def db_backup(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.paths.database
    if not db.is_file():
        raise UserError(f"there is no library at {db} yet")
    warnings: list[str] = []
    try:
        if args.to is not None:
            info = backups.copy_out(db, args.to.expanduser())
        else:
            made = backups.make(db, ctx.paths.backups, backups.MANUAL, policy=policy(ctx.paths))
            info, warnings = made.info, made.warnings
    except OSError as exc:
        raise UserError(f"could not back up {db}: {exc}") from exc
    _warn(warnings)
    if args.json:
        print_json({**info.to_json(), "warnings": warnings})
    else:
        print(f"{info.path} ({_describe(info)}, verified)")
    return 0


def db_backups(args: argparse.Namespace, ctx: Context) -> int:
    infos = backups.listing(ctx.paths.backups, ctx.paths.database.stem)
    if args.json:
        print_json([info.to_json(n) for n, info in enumerate(infos, 1)])
        return 0
    if not infos:
        print(f"no backups yet in {ctx.paths.backups} (make one: readinglog db backup)")
        return 0
    print_table(
        ("N", "DATE", "REASON", "SIZE", "ENTRIES", "NOTES"),
        (
            (
                str(n), _local(info.created), info.reason, human_size(info.size),
                _count(info.entries), _count(info.notes),
            )
            for n, info in enumerate(infos, 1)
        ),
        (0, 0, 0, 0, 0, 0),
    )  # fmt: skip
    print(f"in {ctx.paths.backups}; restore one: readinglog db restore N")
    return 0


def db_restore(args: argparse.Namespace, ctx: Context) -> int:
    paths = ctx.paths
    Library.refuse_changes(paths)  # --read-only, or a library that cannot be written
    source = backups.resolve(paths.backups, paths.database.stem, args.backup)
    checked = restore.check(source)  # a refused file is refused before any question
    _refuse_while_the_window_is_open(paths)
    question = (
        f"Replace the library {paths.database} by {source.name} ({checked.entries} entries, "
        f"{checked.notes} notes)? The library is backed up first"
    )
    if not args.yes and not confirm(question + "?"):
        print("nothing restored", file=sys.stderr)
        return 1
    ctx.close()  # nothing may hold the library open while it is replaced
    paths.ensure()
    from readinglog.search import sync
    from readinglog.search.index import SearchIndex

    done = restore.restore(
        source, paths.database, paths.backups, policy=policy(paths), checked=checked,
        before_swap=partial(SearchIndex(paths.index).invalidate, f"restored {source.name}"),
    )  # fmt: skip
    library = ctx.library  # the normal open: upgrades an older backup

    print("Rebuilding the search index…", file=sys.stderr, flush=True)
    run_with_progress(sync.rebuild(library), "rebuilding the search index")
    saved = done.saved.path if done.saved is not None else None
    if args.json:
        print_json(
            {
                "restored": source,
                "revision": checked.revision,
                "upgraded": done.older,
                "entries": checked.entries,
                "notes": checked.notes,
                "saved": saved,
            }
        )
    else:
        upgraded = " and upgraded" if done.older else ""
        print(
            f"restored {source.name}{upgraded}: {checked.entries} entries, {checked.notes} notes"
            + (f" (the library as it was: {saved})" if saved else "")
        )
    return 0


def _refuse_while_the_window_is_open(paths: AppPaths) -> None:
    try:
        pid = int((paths.data / WINDOW_LOCK).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return
    if pid == os.getpid() or not backups.alive(pid):
        return
    raise UserError(
        f"the ReadingLog window is open on {paths.data}: restore from its File menu, or close it "
        f"and try again; {restore.UNCHANGED}"
    )


def _describe(info: BackupInfo) -> str:
    return f"{human_size(info.size)}, {_count(info.entries)} entries, {_count(info.notes)} notes"


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _count(n: int | None) -> str:
    return "?" if n is None else str(n)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
