"""Full-text search: ``search QUERY...`` and ``reindex``."""

from __future__ import annotations

import argparse
import html
import re
import sys
from functools import partial
from typing import TYPE_CHECKING, Any

from readinglog.cli.context import Context
from readinglog.cli.output import bold, for_terminal, print_json, run_with_progress
from readinglog.core.errors import UserError
from readinglog.core.types import Target
from readinglog.search.schema import Match

if TYPE_CHECKING:
    from readinglog.search.searcher import Hit

_KINDS = {"note": Target.NOTE, "item": Target.ITEM, "highlight": Target.HIGHLIGHT, "all": None}
_LABELS = {Target.NOTE: "note", Target.ITEM: "entry", Target.HIGHLIGHT: "highlight"}
_MARK_RE = re.compile(r"<b>(.*?)</b>", re.S)


def register(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="find notes, entries and highlights by any words, in Chinese or English",
        description='Words must all match; "exact phrase", a OR b, -exclude, and the filters of '
        "list (kind:book tag:x status:finished year:2020 author:Harari lang:zh); is:highlight "
        "finds highlights only, and an entry's filters (kind:, tag:, ...) pick highlights by "
        "their entry.",
    )
    search.add_argument("query", nargs="+", help="what to look for")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits")
    search.add_argument(
        "--kind", choices=tuple(_KINDS), default="all", help="notes, entries, highlights or all"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=search_command)

    reindex = commands.add_parser("reindex", help="rebuild the search index from the database")
    reindex.add_argument("--json", action="store_true", help="print JSON")
    reindex.set_defaults(handler=reindex_command)


def _ready_index(ctx: Context) -> Any:
    """The library's index, rebuilt first (with a progress bar) when it is missing or damaged
    (or a write to it fails now); one line when its folder cannot be written."""
    from readinglog.search import sync
    from readinglog.search.index import IndexStatus

    index = sync.open_index(ctx.library)
    if ctx.library.read_only:  # searched as it is: updating it would write the library
        if index.status() is not IndexStatus.OK:
            raise UserError(
                f"the search index is {index.status().value} and cannot be rebuilt while "
                f"{ctx.paths.database} is read-only (search a writable copy)"
            )
        return index
    if index.status() is IndexStatus.OK:
        sync.drain(ctx.library, index)
    if index.status() is not IndexStatus.OK:
        _rebuild(ctx, index, "Building the search index")
    return index


def _rebuild(ctx: Context, index: Any, label: str) -> None:
    from readinglog.search import sync
    from readinglog.search.lock import IndexBusy, IndexUnwritable

    try:
        run_with_progress(sync.rebuild(ctx.library, index), label)
    except IndexUnwritable as error:
        raise UserError(f"{error}, so it cannot be built") from None
    except IndexBusy:
        pass  # another ReadingLog is building it: the search says it is being rebuilt


def search_command(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.search import searcher

    index = _ready_index(ctx)
    text = " ".join(args.query)
    find = partial(
        searcher.search, ctx.library, text, limit=max(1, args.limit),
        doc_type=_KINDS[args.kind], index=index, lag=0.0,
    )  # fmt: skip
    result = find()
    if result.needs_rebuild:  # the index failed under this search: rebuild it and ask again
        _rebuild(ctx, index, "Rebuilding the search index")
        result = find()
    if args.json:
        data: dict[str, object] = {
            "total": result.total,
            "hits": [_hit_json(h) for h in result.hits],
        }  # fmt: skip
        if result.notice:
            data["notice"] = result.notice
        print_json(data)
        return 0
    if result.notice:
        print(f"readinglog: {result.notice}", file=sys.stderr)
    below = next((i for i, h in enumerate(result.hits) if h.match is Match.CHARACTERS), -1)
    for i, hit in enumerate(result.hits):
        if i == below:
            print(f"Also contains {for_terminal(text)} inside other words:")
        label = f"{_LABELS[hit.type]} {hit.id}"
        if hit.type is Target.HIGHLIGHT:  # the entry's title, then where in it
            where = f" · {hit.place}" if hit.place else ""
            label = f"{label} in entry {hit.item_ids[0]}{for_terminal(where)}"
        print(f"{bold(for_terminal(hit.title))}  ({label})")
        if hit.snippet:
            print("  " + _terminal(hit.snippet))
    shown = len(result.hits)
    more = f", showing {shown}" if shown < result.total else ""
    print(f"{result.total} found{more}", file=sys.stderr)
    return 0


def _hit_json(hit: Hit) -> dict[str, object]:
    """A hit's keys; a highlight's also name its entry (``item_id``; ``title`` is the
    entry's) and where it is in it (``place``, "" when the source gave none)."""
    data: dict[str, object] = {
        "type": hit.type.value, "id": hit.id, "title": hit.title, "snippet": hit.snippet,
        "score": round(hit.score, 4), "item_ids": list(hit.item_ids), "match": hit.match.value,
    }  # fmt: skip
    if hit.type is Target.HIGHLIGHT:
        data["item_id"] = hit.item_ids[0]
        data["place"] = hit.place
    return data


def _terminal(snippet: str) -> str:
    """The snippet's marked words in bold; its own text with control characters shown."""
    parts = _MARK_RE.split(snippet)  # text, marked, text, marked, ..., text
    shown = [for_terminal(html.unescape(part)) for part in parts]
    return "".join(bold(part) if i % 2 else part for i, part in enumerate(shown))


def reindex_command(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.search import sync
    from readinglog.search.lock import IndexBusy, IndexUnwritable

    try:
        last = run_with_progress(sync.rebuild(ctx.library), "Rebuilding the search index")
    except IndexUnwritable as error:
        raise UserError(str(error)) from None
    except IndexBusy as error:
        raise UserError(f"{error}; try again when it has finished") from None
    done = last.done if last is not None else 0
    if args.json:
        print_json({"indexed": done})
    else:
        print(f"{done} notes, entries and highlights indexed")
    return 0
