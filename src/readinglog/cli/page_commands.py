"""``export page NAME``: a year in review, a bookshelf, certificates or listening as a post.

``readinglog export page year-in-review --year 2024 [--format hugo|jekyll|hexo|obsidian|plain]
[--site DIR | --out DIR] [--lang zh|en] [--publish] [--slug S] [--toml] [--force] [--json]``;
``bookshelf``; ``certificates [--year Y]``; ``listening [--year Y]``. The page goes where a
note's post would go (a Hugo page bundle with its charts beside ``index.md``); what earlier page
exports wrote is kept in ``page-exports.json`` in the library's data folder.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from readinglog.cli.context import Context
from readinglog.cli.output import print_json
from readinglog.core.errors import UserError
from readinglog.export.pages import bookshelf, certificates, listening, publish, year_review
from readinglog.export.pages.ledger import FILE_NAME, JsonLedger
from readinglog.export.profiles import ExportOptions, Format

ATTACHMENTS_FOLDER = "attachments"  # the library's, where its covers are
PAGES = ("year-in-review", "bookshelf", "certificates", "listening")
Reader = Callable[[Session, Format, Path, argparse.Namespace], publish.PageSpec]


def register(sub: Any) -> None:
    """Add ``page`` to the ``export`` command's sub-parsers."""
    page = sub.add_parser(
        "page", help="publish the log as a page: year-in-review, bookshelf, certificates, listening"
    )
    page.add_argument("page", choices=PAGES, help="which page")
    page.add_argument("--year", type=int, help="the year (year-in-review needs it; "
                      "certificates and listening: only that year)")  # fmt: skip
    page.add_argument("--lang", choices=("zh", "en"),
                      help="the page's language (default: that of most titles on it)")  # fmt: skip
    page.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default=Format.HUGO.value,
        help="static site generator (default: hugo)",
    )
    where = page.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="DIR", help="write into DIR (default: .)")
    where.add_argument(
        "--site", type=Path, metavar="DIR", help="the site's folder: use the generator's layout"
    )
    state = page.add_mutually_exclusive_group()
    state.add_argument("--draft", dest="draft", action="store_true", default=True,
                       help="export as a draft (default)")  # fmt: skip
    state.add_argument("--publish", dest="draft", action="store_false",
                       help="export as a published post")  # fmt: skip
    page.add_argument("--slug", help="the page's slug (sanitized; default: from the title)")
    page.add_argument("--toml", action="store_true", help="Hugo front matter as TOML")
    page.add_argument("--force", action="store_true", help="overwrite a file edited since")
    page.add_argument("--json", action="store_true", help="print JSON")
    page.set_defaults(handler=export_page)


def _year_in_review(
    s: Session, fmt: Format, root: Path, args: argparse.Namespace
) -> publish.PageSpec:
    if args.year is None:
        raise UserError("year-in-review needs --year, e.g. --year 2024")
    return year_review.read(s, args.year, fmt, root, args.lang)


def _bookshelf(s: Session, fmt: Format, root: Path, args: argparse.Namespace) -> publish.PageSpec:
    if args.year is not None:
        raise UserError("the bookshelf is every book by status; it takes no --year")
    return bookshelf.read(s, fmt, root, args.lang)


def _certificates(
    s: Session, fmt: Format, root: Path, args: argparse.Namespace
) -> publish.PageSpec:
    return certificates.read(s, fmt, root, args.lang, args.year)


def _listening(s: Session, fmt: Format, root: Path, args: argparse.Namespace) -> publish.PageSpec:
    return listening.read(s, fmt, root, args.lang, args.year)


READERS: dict[str, Reader] = {
    "year-in-review": _year_in_review,
    "bookshelf": _bookshelf,
    "certificates": _certificates,
    "listening": _listening,
}


FIRST_YEAR, LAST_YEAR = 1, 9998  # a Period runs to the next year's first day


def page_job(args: argparse.Namespace, ctx: Context) -> publish.PageJob:
    if args.year is not None and not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise UserError(f"--year: {args.year} is not a year (use e.g. 2024)")
    if args.toml and args.format != Format.HUGO.value:
        raise UserError(f"TOML front matter is for Hugo; {args.format} reads YAML")
    root: Path = (args.site or args.out or Path()).expanduser()
    if args.site is not None and not root.is_dir():
        raise UserError(f"{root} is not a folder; --site needs the site's existing folder")
    options = ExportOptions(
        draft=args.draft, slug=args.slug, toml=args.toml, site=args.site is not None
    )
    return publish.PageJob(
        root=root,
        format=Format(args.format),
        options=options,
        force=args.force,
        ledger_file=ctx.paths.data / FILE_NAME,
        covers_folder=ctx.paths.data / ATTACHMENTS_FOLDER,
        user_config=ctx.paths.config,
    )


def export_page(args: argparse.Namespace, ctx: Context) -> int:
    job = page_job(args, ctx)
    if ctx.library.read_only:  # as export note refuses: the record of what it wrote is a change
        raise UserError(
            f"{ctx.paths.database} is open for reading only; a page export records what it "
            f"writes in {job.ledger_file}, so it is refused"
        )
    ledger = JsonLedger(job.ledger_file, job.root)
    with ctx.library.sessions() as s:
        spec = READERS[args.page](s, job.format, job.root, args)
        planned = publish.plan_page(s, spec, job, ledger)
    written, warnings = publish.write_page(planned, job, ledger)
    for warning in warnings:
        print(f"readinglog: warning: {warning}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "path": written.path,
                "format": written.format,
                "slug": written.slug,
                "lang": spec.lang,
                "files": list(written.files),
            }
        )
    else:
        print(written.path)
    return 0
