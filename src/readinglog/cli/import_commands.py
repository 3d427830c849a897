"""Import commands: ``import FORMAT FILE`` (Goodreads, StoryGraph, OPML, Markdown, Kindle,
Readwise, KOReader, WeRead, 豆瓣), ``import undo ID``,
``import list`` (and ``import archive FILE``, from ``archive_commands``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from readinglog.cli import archive_commands, backup_commands
from readinglog.cli.context import Context
from readinglog.cli.output import finish, print_json, print_table
from readinglog.core import batches
from readinglog.core.batches import ImportReport
from readinglog.core.models import ImportKind

FORMATS = {
    ImportKind.GOODREADS: ("a Goodreads library export (CSV)", "FILE.csv"),
    ImportKind.STORYGRAPH: ("a StoryGraph export (CSV)", "FILE.csv"),
    ImportKind.OPML: ("podcast subscriptions (OPML from Overcast, Pocket Casts, ...)", "FILE"),
    ImportKind.MARKDOWN: ("Markdown notes: a file, a blog's posts or a vault", "DIR|FILE"),
    ImportKind.KINDLE: ("Kindle highlights and notes (My Clippings.txt)", "FILE"),
    ImportKind.READWISE: ("Readwise highlights (CSV export, or the Markdown export)", "FILE|DIR"),
    ImportKind.KOREADER: ("KOReader highlights (metadata.*.lua, or a folder of .sdr)", "FILE|DIR"),
    ImportKind.WEREAD: ("微信读书 (WeRead) notes, as its 导出笔记 text", "FILE"),
    ImportKind.DOUBAN: ("豆瓣 reading history (JSON backup, or 豆伴 CSV)", "FILE"),
}


def register(commands: Any) -> None:
    parser = commands.add_parser("import", help="import a library from another program")
    sub = parser.add_subparsers(title="import commands", metavar="COMMAND", required=True)
    for kind, (help_text, metavar) in FORMATS.items():
        one = sub.add_parser(kind.value, help=f"import {help_text}")
        one.add_argument("file", type=Path, metavar=metavar)
        one.add_argument(
            "--dry-run", action="store_true", help="show what would happen, change nothing"
        )
        one.add_argument("--json", action="store_true", help="print JSON")
        if kind is ImportKind.OPML:
            one.add_argument(
                "--fetch-episodes",
                action="store_true",
                help="after the import, fetch the feed of every show in the file and list its "
                "episodes (the network is used only with this flag)",
            )
        one.set_defaults(handler=run_import, kind=kind)

    archive_commands.register_import(sub)

    undo = sub.add_parser("undo", help="undo an import: remove what it added, restore the rest")
    undo.add_argument("batch", type=int, metavar="BATCH_ID")
    undo.add_argument("--force", action="store_true", help="undo even over later edits")
    undo.add_argument("--json", action="store_true", help="print JSON")
    undo.set_defaults(handler=undo_import)

    history = sub.add_parser("list", help="list past imports")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=list_imports)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.importers import run  # loads the importers only for an import

    kind: ImportKind = args.kind
    path: Path = args.file.expanduser()
    backup_commands.before(ctx.library, "pre-import", skip=args.dry_run)
    job = run.run(ctx.library.sessions, kind, path, dry_run=args.dry_run)
    outcome = finish(job, f"importing {path.name}")
    if getattr(args, "fetch_episodes", False):
        return _import_then_fetch(args, ctx, path, outcome.report)
    _print_report(outcome.report, args.dry_run, args.json)
    return 0


def _import_then_fetch(
    args: argparse.Namespace, ctx: Context, path: Path, report: ImportReport
) -> int:
    """The import is committed and acknowledged; then each show's feed is fetched, each show
    committed on its own (a dead feed gets one line and the others go on)."""
    from readinglog.cli import feed_commands

    if args.dry_run:
        _print_report(report, True, args.json)
        print("readinglog: --fetch-episodes: nothing is fetched in a dry run", file=sys.stderr)
        return 0
    if not args.json:
        _print_report(report, False, False)
    results = feed_commands.run_refresh(ctx, feed_commands.opml_show_ids(ctx, path))
    if args.json:
        data = report.to_json()
        data["feeds"] = [r.to_json() for r in results]
        print_json(data)
    else:
        feed_commands.print_results(results, False)
    return 0


def _print_report(report: ImportReport, dry_run: bool, as_json: bool) -> None:
    data = report.to_json()
    if dry_run:
        data["batch"] = None
        data["dry_run"] = True
    if as_json:
        print_json(data)
        return
    would = "would be " if dry_run else ""
    print(
        f"{report.created} {would}created, {report.updated} {would}updated, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped"
        + ("" if dry_run else f" (import {report.batch}; undo: readinglog import undo "
           f"{report.batch})")
    )  # fmt: skip
    for row in report.skipped:
        where = f" line {row.line}" if row.line > 0 else ""  # 0: a whole file, named
        print(f"skipped{where}: {row.reason}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)


def undo_import(args: argparse.Namespace, ctx: Context) -> int:
    backup_commands.before(ctx.library, "pre-import-undo")
    with ctx.library.sessions.begin() as s:
        changes = batches.undo(s, args.batch, force=args.force)
    if args.json:
        print_json(
            {"batch": args.batch, "items": sorted(changes.items), "notes": sorted(changes.notes)}
        )
    else:
        print(
            f"undid import {args.batch}: {len(changes.items)} entries and "
            f"{len(changes.notes)} notes restored or removed"
        )
    return 0


def list_imports(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        rows = batches.list_batches(s)
    if args.json:
        print_json([vars(row) for row in rows])
        return 0
    print_table(
        ("ID", "KIND", "FILE", "WHEN", "CREATED", "UPDATED", "UNCHANGED", "SKIPPED", "UNDONE"),
        (
            (
                str(r.id), r.kind.value, Path(r.file_name).name,
                r.started_at.astimezone().strftime("%Y-%m-%d %H:%M"), str(r.created),
                str(r.updated), str(r.unchanged), str(r.skipped),
                "yes" if r.undone_at else "",
            )
            for r in rows
        ),
        (0, 0, 40, 0, 0, 0, 0, 0, 0),
    )  # fmt: skip
    return 0
