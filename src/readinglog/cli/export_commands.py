"""Export commands: ``export note ID``, ``export item ID`` and ``export notes FILTER...``;
``export page NAME`` is in page_commands.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from readinglog.cli import archive_commands, page_commands
from readinglog.cli.context import Context
from readinglog.cli.output import print_json, run_with_progress
from readinglog.core import repository
from readinglog.core.errors import UserError
from readinglog.core.query import parse_filter
from readinglog.export import batch, templates
from readinglog.export.profiles import ExportOptions, Format

ATTACHMENTS_FOLDER = "attachments"  # in the library's data folder: where relative paths start


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="export notes and entries as blog drafts")
    sub = export.add_subparsers(title="export commands", metavar="COMMAND", required=True)

    note = sub.add_parser("note", help="export one note as a post")
    note.add_argument("id", type=int)
    _options(note)
    note.set_defaults(handler=export_note)

    item = sub.add_parser("item", help="export an entry with its notes and highlights as one post")
    item.add_argument("id", type=int)
    _options(item)
    item.set_defaults(handler=export_item)

    many = sub.add_parser(
        "notes", help="export every note matching a filter (tag:x item:3 ...), with progress"
    )
    many.add_argument("filter", nargs="*", help="the filter, as for 'note list' (none: all)")
    _options(many, many=True)
    many.set_defaults(handler=export_notes)
    archive_commands.register_export(sub)
    page_commands.register(sub)


def _options(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    parser.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default=Format.HUGO.value,
        help="static site generator (default: hugo)",
    )
    where = parser.add_mutually_exclusive_group(required=many)
    where.add_argument(
        "--out", type=Path, metavar="DIR", help="write into DIR" + ("" if many else " (default: .)")
    )
    where.add_argument(
        "--site", type=Path, metavar="DIR", help="the site's folder: use the generator's layout"
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--draft", dest="draft", action="store_true", default=True,
                       help="export as a draft (default)")  # fmt: skip
    state.add_argument("--publish", dest="draft", action="store_false",
                       help="export as a published post")  # fmt: skip
    if not many:
        parser.add_argument("--slug", help="the post's slug (sanitized; default: from the title)")
    parser.add_argument("--bundle", action="store_true", help="Hugo page bundle <slug>/index.md")
    parser.add_argument("--toml", action="store_true", help="Hugo front matter as TOML")
    parser.add_argument(
        "--attachments",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="look up images with a relative path in DIR (repeatable; "
        "default: the library's attachments folder)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite a file edited since")
    parser.add_argument("--json", action="store_true", help="print JSON")


def export_options(args: argparse.Namespace, ctx: Context) -> ExportOptions:
    if args.bundle and args.format != Format.HUGO.value:
        raise UserError(f"--bundle is for Hugo page bundles, not {args.format}")
    if args.toml and args.format != Format.HUGO.value:
        raise UserError(f"TOML front matter is for Hugo; {args.format} reads YAML")
    return ExportOptions(
        draft=args.draft,
        slug=getattr(args, "slug", None),
        bundle=args.bundle,
        toml=args.toml,
        site=args.site is not None,
        template=templates.load(args.format, ctx.paths.config),
    )


def export_job(args: argparse.Namespace, ctx: Context) -> batch.ExportJob:
    options = export_options(args, ctx)
    root: Path = (args.site or args.out or Path()).expanduser()
    if args.site is not None and not root.is_dir():
        raise UserError(f"{root} is not a folder; --site needs the site's existing folder")
    folders = [folder.expanduser() for folder in args.attachments]
    return batch.ExportJob(
        root=root,
        format=Format(args.format),
        options=options,
        force=args.force,
        attachments=tuple(folders or [ctx.paths.data / ATTACHMENTS_FOLDER]),
        library_attachments=ctx.paths.data / ATTACHMENTS_FOLDER,  # where its covers are
    )


def _warn(messages: list[str]) -> None:
    for message in messages:
        print(f"readinglog: warning: {message}", file=sys.stderr)


def _print_one(args: argparse.Namespace, done: batch.Exported, warnings: list[str]) -> int:
    _warn(warnings)
    if args.json:
        print_json({"path": done.path, "format": done.format, "slug": done.slug})
    else:
        print(done.path)
    return 0


def export_note(args: argparse.Namespace, ctx: Context) -> int:
    job = export_job(args, ctx)
    return _print_one(args, *batch.export_note(ctx.library.sessions, args.id, job))


def export_item(args: argparse.Namespace, ctx: Context) -> int:
    job = export_job(args, ctx)
    return _print_one(args, *batch.export_item(ctx.library.sessions, args.id, job))


def export_notes(args: argparse.Namespace, ctx: Context) -> int:
    """Export many notes; one that fails is reported and the rest are still exported."""
    job = export_job(args, ctx)
    flt = parse_filter(args.filter)
    with ctx.library.sessions() as s:
        ids = repository.note_ids(s, flt, sort="added", descending=False)
    report = batch.ExportReport()
    run_with_progress(batch.export_notes(ctx.library.sessions, ids, job, report), "Exporting")
    _warn(report.warnings)
    for skipped in report.skipped:
        print(f"readinglog: note {skipped.id} not exported: {skipped.reason}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "exported": [vars(done) for done in report.exported],
                "skipped": [vars(skip) for skip in report.skipped],
                "warnings": report.warnings,
            }
        )
    else:
        for done in report.exported:
            print(done.path)
        if not ids:
            print("no notes match", file=sys.stderr)
    return 1 if report.skipped else 0
