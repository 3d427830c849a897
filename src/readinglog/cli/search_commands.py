"""Full-text search: ``search QUERY...`` and ``reindex``."""

from __future__ import annotations

import argparse
import contextlib
import html
import re
import sys
from typing import Any

from readinglog.cli.context import Context
from readinglog.cli.output import bold, print_json, run_with_progress
from readinglog.core.errors import UserError
from readinglog.core.types import DocType

_KINDS = {"note": DocType.NOTE, "item": DocType.ITEM, "all": None}
_MARK_RE = re.compile(r"<b>(.*?)</b>", re.S)


def register(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="find notes and entries by any words, in Chinese or English",
        description='Words must all match; "exact phrase", a OR b, -exclude, and the filters of '
        "list (kind:book tag:x status:finished year:2020 author:Harari lang:zh).",
    )
    search.add_argument("query", nargs="+", help="what to look for")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits")
    search.add_argument(
        "--kind", choices=tuple(_KINDS), default="all", help="notes, entries or both"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=search_command)

    reindex = commands.add_parser("reindex", help="rebuild the search index from the database")
    reindex.add_argument("--json", action="store_true", help="print JSON")
    reindex.set_defaults(handler=reindex_command)


def _ready_index(ctx: Context) -> Any:
    """The library's index, rebuilt first (with a progress bar) when it is missing or damaged."""
    from readinglog.search import sync
    from readinglog.search.index import IndexBusy, IndexStatus

    index = sync.open_index(ctx.library)
    if index.status() is IndexStatus.OK:
        sync.drain(ctx.library, index)
    else:
        # Another ReadingLog building it already: the search then says it is being rebuilt.
        with contextlib.suppress(IndexBusy):
            run_with_progress(sync.rebuild(ctx.library, index), "Building the search index")
    return index


def search_command(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.search import searcher

    index = _ready_index(ctx)
    text = " ".join(args.query)
    result = searcher.search(
        ctx.library, text, limit=max(1, args.limit), doc_type=_KINDS[args.kind], index=index
    )
    if args.json:
        data: dict[str, object] = {
            "total": result.total,
            "hits": [
                {"type": h.type.value, "id": h.id, "title": h.title, "snippet": h.snippet,
                 "score": round(h.score, 4), "item_ids": list(h.item_ids)}
                for h in result.hits
            ],
        }  # fmt: skip
        if result.notice:
            data["notice"] = result.notice
        print_json(data)
        return 0
    if result.notice:
        print(f"readinglog: {result.notice}", file=sys.stderr)
    for hit in result.hits:
        label = "note" if hit.type is DocType.NOTE else "entry"
        print(f"{bold(hit.title)}  ({label} {hit.id})")
        if hit.snippet:
            print("  " + _terminal(hit.snippet))
    shown = len(result.hits)
    more = f", showing {shown}" if shown < result.total else ""
    print(f"{result.total} found{more}", file=sys.stderr)
    return 0


def _terminal(snippet: str) -> str:
    return html.unescape(_MARK_RE.sub(lambda m: bold(m.group(1)), snippet))


def reindex_command(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.search import sync
    from readinglog.search.index import IndexBusy

    try:
        last = run_with_progress(sync.rebuild(ctx.library), "Rebuilding the search index")
    except IndexBusy as error:
        raise UserError(f"{error}; try again when it has finished") from None
    done = last.done if last is not None else 0
    if args.json:
        print_json({"indexed": done})
    else:
        print(f"{done} notes and entries indexed")
    return 0
