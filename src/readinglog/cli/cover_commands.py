"""Cover commands: cover set, cover show, cover rm, cover prune.

A cover is copied into the library (core/covers.py): ``cover set`` takes a local image or a
web address (downloaded only then, through online/http.py), ``cover show`` prints the file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json
from readinglog.core import covers
from readinglog.core.errors import InvalidInput, NotFound, ReadOnlyLibrary
from readinglog.core.models import Item


def register(commands: Any) -> None:
    group = commands.add_parser("cover", help="a book's cover image: set, show, rm, prune")
    sub = group.add_subparsers(title="cover commands", metavar="COMMAND", required=True)

    put = sub.add_parser(
        "set", help="copy an image into the library as an entry's cover (a file or a web address)"
    )
    put.add_argument("item", type=int, metavar="ITEM", help="the entry's id")
    put.add_argument(
        "source", metavar="FILE|URL", help="a JPEG, PNG, GIF or WebP file, or an http(s) address"
    )
    put.add_argument("--json", action="store_true", help="print JSON")
    put.set_defaults(handler=set_cover)

    show = sub.add_parser("show", help="print the file of an entry's cover")
    show.add_argument("item", type=int, metavar="ITEM", help="the entry's id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_cover)

    rm = sub.add_parser("rm", help="take an entry's cover off (the file stays until prune)")
    rm.add_argument("item", type=int, metavar="ITEM", help="the entry's id")
    rm.set_defaults(handler=remove_cover)

    prune = sub.add_parser(
        "prune",
        help="delete cover files no entry, trash row or import undo uses (older than a day)",
    )
    prune.add_argument("--json", action="store_true", help="print JSON")
    prune.set_defaults(handler=prune_covers)


def _is_web(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def _local(source: str) -> Path:
    parsed = urlsplit(source)
    if parsed.scheme.lower() == "file" and parsed.netloc in ("", "localhost"):
        return Path(url2pathname(parsed.path))
    return Path(source)


def _download(source: str) -> bytes:
    from readinglog.online.covers import download  # the network only when asked
    from readinglog.online.http import Http

    with Http() as http:
        data = download(http, source)
    if data is None:
        raise NotFound(f"{source} has no cover image (the server says there is none)")
    return data


def _check_item(ctx: Context, item_id: int) -> None:
    """Refuse a missing entry before downloading anything."""
    with ctx.library.sessions() as s:
        if s.get(Item, item_id) is None:
            raise NotFound(f"no entry with id {item_id}")


def set_cover(args: argparse.Namespace, ctx: Context) -> int:
    _check_item(ctx, args.item)
    if _is_web(args.source):
        data = _download(args.source)
        with ctx.library.sessions.begin() as s:
            stored = covers.store(s, ctx.paths, args.item, data, source=args.source)
    else:
        with ctx.library.sessions.begin() as s:
            stored = covers.from_file(s, ctx.paths, args.item, _local(args.source))
    return _print(args, stored, covers.resolve(ctx.paths, stored))


def _print(args: argparse.Namespace, stored: str | None, path: Path | None) -> int:
    if args.json:
        print_json({"id": args.item, "cover": stored, "path": None if path is None else str(path)})
    elif path is not None:
        print(for_terminal(str(path)))
    return 0 if path is not None else 1


def show_cover(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        item = s.get(Item, args.item)
        if item is None:
            raise NotFound(f"no entry with id {args.item}")
        stored = item.cover_path
    path = covers.resolve(ctx.paths, stored)
    if path is None and not args.json:
        if stored is None:
            raise NotFound(f"entry {args.item} has no cover")
        raise InvalidInput(f"the cover file of entry {args.item} is missing: {stored}")
    return _print(args, stored, path)


def remove_cover(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        covers.remove(s, args.item)
    print(f"removed the cover of #{args.item}")
    return 0


def prune_covers(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.library.read_only:
        raise ReadOnlyLibrary("the library is open for reading only; no cover was deleted")
    with ctx.library.sessions() as s:
        removed = covers.prune(ctx.paths, s)
    if args.json:
        print_json({"removed": [str(path) for path in removed]})
    else:
        count = len(removed)
        print(f"deleted {count} unused cover {'file' if count == 1 else 'files'}")
    return 0
