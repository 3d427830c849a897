"""Feed commands: ``feed refresh [SHOW...]``, ``feed episodes SHOW``, ``feed mark EPISODE``,
``feed add SHOW URL``. The network is touched only by ``refresh`` and by ``add`` for a YouTube
handle; a show is named by its id or its exact title. The online modules (httpx, feedparser)
are imported by the commands that use them, not by every start of the CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from readinglog.cli.context import Context
from readinglog.cli.output import finish, for_terminal, print_json, print_table
from readinglog.core import feeds
from readinglog.core.errors import InvalidInput
from readinglog.core.models import ImportKind, ImportSource
from readinglog.core.types import Status

if TYPE_CHECKING:
    from readinglog.online.feeds import Refreshed
    from readinglog.online.http import Http


def register(commands: Any) -> None:
    group = commands.add_parser("feed", help="episodes from podcast and YouTube feeds")
    sub = group.add_subparsers(title="feed commands", metavar="COMMAND", required=True)

    refresh = sub.add_parser(
        "refresh",
        help="fetch shows' feeds and list their new episodes",
        description="Fetch the feed of each SHOW (id or exact title), or of every show that has "
        "a feed. A feed that cannot be read gets one line and the others go on. Exit status 0 "
        "when at least one was refreshed.",
    )
    refresh.add_argument("shows", nargs="*", metavar="SHOW")
    refresh.add_argument("--json", action="store_true", help="print JSON")
    refresh.set_defaults(handler=refresh_feeds)

    episodes = sub.add_parser("episodes", help="list a show's episodes, the newest first")
    episodes.add_argument("show", metavar="SHOW")
    episodes.add_argument("--limit", type=int, metavar="N", help="at most N episodes")
    episodes.add_argument("--json", action="store_true", help="print JSON")
    episodes.set_defaults(handler=list_episodes)

    mark = sub.add_parser(
        "mark",
        help="mark an episode heard or watched (makes its entry under the show)",
    )
    mark.add_argument("episode", type=int, metavar="EPISODE_ID")
    mark.add_argument(
        "--status", choices=[m.value for m in feeds.MARKS], default=Status.FINISHED.value
    )
    mark.add_argument("--json", action="store_true", help="print JSON")
    mark.set_defaults(handler=mark_episode)

    add = sub.add_parser(
        "add",
        help="give a show its feed (an RSS URL, or a YouTube channel's URL or @handle)",
    )
    add.add_argument("show", metavar="SHOW")
    add.add_argument("url", metavar="URL")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=add_feed)


def _http() -> Http:
    from readinglog.online.http import Http

    return Http()


def _one_show(ctx: Context, name: str) -> int:
    with ctx.library.sessions() as s:
        return feeds.show_ids(s, [name])[0]


def refresh_feeds(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        ids = feeds.show_ids(s, args.shows) if args.shows else feeds.shows_with_feeds(s)
    if not ids:
        print("readinglog: no show has a feed; give one with: readinglog feed add SHOW URL",
              file=sys.stderr)  # fmt: skip
        return 1
    results = run_refresh(ctx, ids)
    print_results(results, args.json)
    return 0 if any(r.error is None for r in results) else 1


def run_refresh(ctx: Context, ids: Sequence[int]) -> list[Refreshed]:
    """Refresh these shows with a progress bar; each show is committed before the next."""
    from readinglog.online import feeds as online_feeds

    with _http() as http:
        return finish(online_feeds.refresh(ctx.library.sessions, ids, http), "Refreshing feeds")


def print_results(results: Sequence[Refreshed], as_json: bool) -> None:
    if as_json:
        print_json([r.to_json() for r in results])
        return
    for r in results:
        name = for_terminal(f"{r.title} ({r.show_id})")
        if r.error is not None:
            line = for_terminal(f"{r.title} ({r.show_id}): {r.error}", sys.stderr)
            print(f"readinglog: {line}", file=sys.stderr)
        elif r.not_modified or r.stored is None:
            print(f"{name}: not modified")
        else:
            st = r.stored
            print(f"{name}: {st.added} new, {st.updated} changed, {st.unchanged} unchanged")
        if r.stored is not None and r.stored.moved_to:
            print(f"{name}: the feed moved to {r.stored.moved_to} (stored)")
    ok = sum(r.error is None for r in results)
    if len(results) > 1:
        print(f"{ok} of {len(results)} feeds refreshed")


def list_episodes(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit is not None and args.limit < 1:
        raise InvalidInput(f"--limit: {args.limit} must be 1 or more")
    show = _one_show(ctx, args.show)
    with ctx.library.sessions() as s:
        rows = feeds.episodes(s, show, limit=args.limit)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        print(
            f"no episodes listed for show {show}; fetch them with: readinglog feed refresh {show}"
        )
        return 0
    print_table(
        ("ID", "#", "PUBLISHED", "LENGTH", "TITLE", "STATUS", "ENTRY"),
        (
            (
                str(r.id), "" if r.episode_number is None else str(r.episode_number),
                r.published_on.isoformat() if r.published_on else "", _length(r.duration_s),
                r.title, r.status.value if r.status else "",
                "" if r.item_id is None else str(r.item_id),
            )
            for r in rows
        ),
        (0, 0, 0, 0, 60, 0, 0),
    )  # fmt: skip
    return 0


def _length(seconds: int | None) -> str:
    if seconds is None:
        return ""
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def mark_episode(args: argparse.Namespace, ctx: Context) -> int:
    status = Status(args.status)
    with ctx.library.sessions.begin() as s:
        changes = feeds.mark(s, args.episode, status)
    with ctx.library.sessions() as s:  # read after the commit
        row = feeds.episode(s, args.episode)
    if args.json:
        print_json({**row.to_json(), "created": changes.created is not None})
    else:
        made = "made" if changes.created is not None else "is"
        print(f"episode {args.episode}: entry {row.item_id} {made}, {status.value}")
    return 0


def add_feed(args: argparse.Namespace, ctx: Context) -> int:
    from readinglog.online import feeds as online_feeds

    show = _one_show(ctx, args.show)
    ctx.library.sessions.ensure_writable()  # refused before any request
    with _http() as http:
        url, kind = online_feeds.resolve(http, args.url)
    with ctx.library.sessions.begin() as s:
        feeds.set_feed(s, show, url, kind)
    if args.json:
        print_json({"show_id": show, "url": url, "kind": kind.value})
    else:
        print(f"show {show}: feed {url} ({kind.value}); fetch its episodes with: "
              f"readinglog feed refresh {show}")  # fmt: skip
    return 0


def opml_show_ids(ctx: Context, path: Path) -> list[int]:
    """The shows an OPML file names (made, updated or unchanged by its import), in its order."""
    from readinglog.importers import opml

    urls = [entry.feed_url for entry in opml.parse(path) if isinstance(entry, opml.Show)]
    ids: list[int] = []
    with ctx.library.sessions() as s:
        for url in urls:
            item_id = s.scalar(
                select(ImportSource.item_id).where(
                    ImportSource.kind == ImportKind.OPML, ImportSource.key == url
                )
            )
            if item_id is not None and item_id not in ids:
                ids.append(item_id)
    return ids
