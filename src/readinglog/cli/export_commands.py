"""Export commands: ``export note ID`` and ``export item ID`` as blog drafts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from readinglog.cli.context import Context
from readinglog.cli.output import print_json
from readinglog.core import repository
from readinglog.core.errors import UserError
from readinglog.export import templates
from readinglog.export.ledger import DbLedger
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import Post, render_item, render_note
from readinglog.export.writer import LedgerKey, export_post


def register(commands: Any) -> None:
    export = commands.add_parser("export", help="export notes and entries as blog drafts")
    sub = export.add_subparsers(title="export commands", metavar="COMMAND", required=True)

    note = sub.add_parser("note", help="export one note as a post")
    note.add_argument("id", type=int)
    _options(note)
    note.set_defaults(handler=export_note)

    item = sub.add_parser("item", help="export an entry with its notes as one post")
    item.add_argument("id", type=int)
    _options(item)
    item.set_defaults(handler=export_item)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default=Format.HUGO.value,
        help="static site generator (default: hugo)",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="DIR", help="write into DIR (default: .)")
    where.add_argument(
        "--site", type=Path, metavar="DIR", help="the site's folder: use the generator's layout"
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--draft", dest="draft", action="store_true", default=True,
                       help="export as a draft (default)")  # fmt: skip
    state.add_argument("--publish", dest="draft", action="store_false",
                       help="export as a published post")  # fmt: skip
    parser.add_argument("--slug", help="the post's slug (sanitized; default: from the title)")
    parser.add_argument("--bundle", action="store_true", help="Hugo page bundle <slug>/index.md")
    parser.add_argument("--toml", action="store_true", help="Hugo front matter as TOML")
    parser.add_argument("--force", action="store_true", help="overwrite a file edited since")
    parser.add_argument("--json", action="store_true", help="print JSON")


def export_options(args: argparse.Namespace, ctx: Context) -> ExportOptions:
    if args.bundle and args.format != Format.HUGO.value:
        raise UserError(f"--bundle is for Hugo page bundles, not {args.format}")
    return ExportOptions(
        draft=args.draft,
        slug=args.slug,
        bundle=args.bundle,
        toml=args.toml,
        site=args.site is not None,
        template=templates.load(args.format, ctx.paths.config),
    )


def export_note(args: argparse.Namespace, ctx: Context) -> int:
    options = export_options(args, ctx)
    with ctx.library.sessions() as s:
        note = repository.get_note(s, args.id)
    post = render_note(note, profile(args.format), options)
    return _write(post, args, ctx, LedgerKey("note", note.id, args.format))


def export_item(args: argparse.Namespace, ctx: Context) -> int:
    options = export_options(args, ctx)
    with ctx.library.sessions() as s:
        item = repository.get_item(s, args.id)
        notes = [repository.get_note(s, note_id) for note_id in item.note_ids]
    post = render_item(item, notes, profile(args.format), options)
    return _write(post, args, ctx, LedgerKey("item", item.id, args.format))


def _write(post: Post, args: argparse.Namespace, ctx: Context, key: LedgerKey) -> int:
    root: Path = (args.site or args.out or Path()).expanduser()
    if args.site is not None and not root.is_dir():
        raise UserError(f"{root} is not a folder; --site needs the site's existing folder")
    with ctx.library.sessions.begin() as s:
        record = export_post(post, root, DbLedger(s), key, force=args.force)
    if args.json:
        print_json({"path": record.path, "format": post.format, "slug": post.slug})
    else:
        print(record.path)
    return 0
