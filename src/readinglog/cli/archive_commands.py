"""The way out and back: ``export goodreads FILE.csv``, ``export archive FILE`` and
``import archive FILE``.

``register_export(sub)`` adds the two export commands to the ``export`` command's
sub-parsers (``export_commands.register`` calls it); ``register_import(sub)`` adds
``import archive`` (``import_commands.register`` calls it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from readinglog.cli import backup_commands
from readinglog.cli.context import Context
from readinglog.cli.output import print_json, run_with_progress
from readinglog.core.errors import UserError


def register_export(sub: Any) -> None:
    if "archive" in sub.choices:  # registered already
        return
    books = sub.add_parser(
        "goodreads", help="export every book as a Goodreads library export (CSV), to go back"
    )
    books.add_argument("file", type=Path, metavar="FILE.csv")
    books.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    books.add_argument("--json", action="store_true", help="print JSON")
    books.set_defaults(handler=export_goodreads)

    everything = sub.add_parser(
        "archive",
        help="export everything (entries, notes, logs, settings, attachments) as one zip file",
    )
    everything.add_argument("file", type=Path, metavar="FILE")
    everything.add_argument(
        "--without-import-history",
        dest="history",
        action="store_false",
        help="leave out past imports and what undoing them needs",
    )
    everything.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    everything.add_argument("--json", action="store_true", help="print JSON")
    everything.set_defaults(handler=export_archive)


def register_import(sub: Any) -> None:
    if "archive" in sub.choices:
        return
    everything = sub.add_parser(
        "archive", help="import a ReadingLog archive (export archive) into an empty library"
    )
    everything.add_argument("file", type=Path, metavar="FILE")
    everything.add_argument("--json", action="store_true", help="print JSON")
    everything.set_defaults(handler=import_archive)


def _target(path: Path, force: bool) -> Path:
    path = path.expanduser()
    if path.exists() and not force:
        raise UserError(f"{path} exists; use --force to overwrite it")
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name")
    return path


def export_goodreads(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.importers import goodreads_out

    path = _target(args.file, args.force)
    with ctx.library.sessions() as s:
        last = run_with_progress(goodreads_out.export(s, path), f"exporting {path.name}")
    books = last.total if last is not None else 0
    if args.json:
        print_json({"path": path, "books": books})
    else:
        print(f"{path}: {books} books")
    return 0


def export_archive(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.core import archive

    path = _target(args.file, args.force)
    report = archive.ArchiveReport(path)
    with ctx.library.sessions() as s:  # one read transaction: one consistent snapshot
        steps = archive.export_archive(s, ctx.paths, path, report, history=args.history)
        run_with_progress(steps, f"exporting {path.name}")
    _print(report, args.json, "wrote")
    return 0


def import_archive(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.core import archive, archive_import

    path: Path = args.file.expanduser()
    report = archive.ArchiveReport(path)
    backup_commands.before(ctx.library, "pre-archive-import")
    with ctx.library.sessions.begin() as s:
        steps = archive_import.import_archive(s, ctx.paths, path, report)
        run_with_progress(steps, f"importing {path.name}")
    _print(report, args.json, "imported")
    return 0


def _print(report: Any, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(report.to_json())
        return
    rows = report.tables
    print(
        f"{verb} {report.path}: {rows.get('items', 0)} entries, {rows.get('notes', 0)} notes, "
        f"{sum(rows.values())} rows in {len(rows)} tables, {report.files} files"
    )
    for warning in report.warnings:
        print(f"readinglog: warning: {warning}")
