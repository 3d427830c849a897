"""Highlight commands: highlight add, list, show, edit, rm, to-note, quote."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from readinglog.cli import trash_commands, views
from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table
from readinglog.cli.prompt import confirm
from readinglog.core import highlights, repository, services, trash, values
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.core.models import TrashKind
from readinglog.core.notes import KEEP
from readinglog.core.places import parse_location, parse_span
from readinglog.core.query import parse_filter
from readinglog.core.types import HighlightSource, HighlightView, Place

MAX_COLOR = 32  # characters, as the column holds
COMMENT_MARK = "✎"


def register(commands: Any) -> None:
    group = commands.add_parser("highlight", help="passages you marked in an entry")
    sub = group.add_subparsers(title="highlight commands", metavar="COMMAND", required=True)

    add = sub.add_parser("add", help="add a highlight to an entry")
    add.add_argument("item", type=int, metavar="ITEM", help="the entry's id")
    add.add_argument("--text", default="", help="the passage as highlighted ('-': read stdin)")
    _place_options(add)
    add.add_argument("--comment", help="your own words on it")
    add.add_argument("--color", help="its colour (yellow, blue, ...)")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=add_highlight)

    ls = sub.add_parser(
        "list",
        help="list highlights, of one entry or of the entries matching a filter",
        description="ITEM is an entry id; FILTER words choose entries as `list` does "
        "(kind:book tag:x status:finished author:Harari ...). To search titles for a number, "
        "write title:1984.",
    )
    ls.add_argument("words", nargs="*", metavar="[ITEM] FILTER")
    ls.add_argument("--source", choices=[s.value for s in HighlightSource])
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=list_highlights)

    show = sub.add_parser("show", help="show a highlight in full")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_highlight)

    edit = sub.add_parser("edit", help="change a highlight's text, comment, place or colour")
    edit.add_argument("id", type=int)
    edit.add_argument("--text", help="the new text ('-': read stdin)")
    _place_options(edit)
    edit.add_argument("--comment", help='the new comment ("" clears it)')
    edit.add_argument("--color", help='the new colour ("" clears it)')
    edit.add_argument("--json", action="store_true", help="print JSON")
    edit.set_defaults(handler=edit_highlight)

    rm = sub.add_parser("rm", help="delete highlights (to the trash)")
    rm.add_argument("ids", type=int, nargs="+", metavar="ID")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    rm.add_argument("--json", action="store_true", help="print JSON")
    rm.set_defaults(handler=remove_highlights)

    note = sub.add_parser("to-note", help="make one note quoting these highlights")
    note.add_argument("ids", type=int, nargs="+", metavar="ID")
    note.add_argument("--title", help="the note's title (default: the entry's title)")
    note.add_argument("--json", action="store_true", help="print the note as JSON")
    note.set_defaults(handler=highlights_to_note)

    quote = sub.add_parser("quote", help="print highlights as Markdown quotes with citations")
    quote.add_argument("ids", type=int, nargs="+", metavar="ID")
    quote.set_defaults(handler=quote_highlights)


def _place_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("where it is")
    group.add_argument(
        "--location", help='as written: "p. 42", "loc. 145-146", "第 42 页", "位置 145", "42%%"'
    )
    group.add_argument("--page", metavar="N[-M]")
    group.add_argument("--loc", metavar="N[-M]", help="a Kindle location (range)")
    group.add_argument("--chapter")


# ----- reading the options


def _read_text(value: str) -> str:
    """``--text``, or stdin when it is ``-``."""
    if value != "-":
        return value
    limit = highlights.MAX_TEXT * 4  # bytes: at most four a character in UTF-8
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InvalidInput(f"stdin: more than {highlights.MAX_TEXT:,} characters for a highlight")
    return values.decode_utf8(data, "stdin")


def _not_twice(already: int | None, flag: str) -> None:
    if already is not None:
        raise InvalidInput(f"{flag}: --location already says it; give one of the two")


def _color(value: str) -> str | None:
    color = value.strip()
    if len(color) > MAX_COLOR:
        raise InvalidInput(f"--color: {len(color)} characters; at most {MAX_COLOR}")
    return color or None


def _new_place(args: argparse.Namespace, current: Place) -> Place | None:
    """The place the options name, starting from ``current``: --location replaces where it
    is (page, location, percent, position; the chapter stays), --page and --loc change just
    that, --chapter ("" clears it) just the chapter. None when none of them was given."""
    place = current
    named = Place()
    if args.location is not None:
        named = parse_location(args.location)
        place = replace(named, chapter=current.chapter)
    if args.page is not None:
        _not_twice(named.page, "--page")
        page, page_end = parse_span(args.page, "--page")
        place = replace(place, page=page, page_end=page_end)
    if args.loc is not None:
        _not_twice(named.loc_start, "--loc")
        loc_start, loc_end = parse_span(args.loc, "--loc")
        place = replace(place, loc_start=loc_start, loc_end=loc_end)
    if args.chapter is not None:
        place = replace(place, chapter=args.chapter.strip() or None)
    return None if place is current else place


# ----- printing


def highlight_json(view: HighlightView) -> dict[str, Any]:
    return {
        "id": view.id,
        "item_id": view.item_id,
        "item_title": view.item_title,
        "text": view.text,
        "comment": view.comment,
        "chapter": view.place.chapter,
        "page": view.place.page,
        "page_end": view.place.page_end,
        "loc_start": view.place.loc_start,
        "loc_end": view.place.loc_end,
        "percent": view.place.percent,
        "position": view.place.position,
        "location": highlights.location(view),
        "color": view.color,
        "made_at": view.made_at,
        "source": view.source.value,
        "created_at": view.created_at,
        "updated_at": view.updated_at,
    }


def highlight_text(view: HighlightView) -> str:
    head = [f"#{view.id}  {view.item_title} (entry #{view.item_id})"]
    where = highlights.location(view)
    details = [where] if where else []
    if view.place.chapter and view.place.chapter.strip() != where:
        details.append(view.place.chapter.strip())
    if view.color:
        details.append(view.color)
    details.append(view.source.value)
    if view.made_at:
        details.append(view.made_at)
    head.append("  " + " · ".join(details))
    body = "\n".join([*head, "", view.text])
    if view.comment:
        body += f"\n\n{COMMENT_MARK} {view.comment}"
    return body


def _print_one(view: HighlightView, as_json: bool) -> None:
    if as_json:
        print_json(highlight_json(view))
    else:
        print(for_terminal(highlight_text(view)))


def _one(views_found: Sequence[HighlightView], highlight_id: int) -> HighlightView:
    if not views_found:
        raise NotFound(f"no highlight with id {highlight_id}")
    return views_found[0]


def _all(found: Sequence[HighlightView], ids: Sequence[int]) -> list[HighlightView]:
    missing = sorted(set(ids) - {view.id for view in found})
    if missing:
        raise NotFound(f"no highlight with id {', '.join(str(i) for i in missing)}")
    return list(found)


# ----- the commands


def add_highlight(args: argparse.Namespace, ctx: Context) -> int:
    text = _read_text(args.text)
    place = _new_place(args, Place()) or Place()
    color = _color(args.color) if args.color is not None else None
    with ctx.library.sessions.begin() as s:
        changes = highlights.add_highlight(
            s, args.item, text, comment=args.comment, place=place, color=color
        )
        assert changes.created is not None
        view = _one(highlights.views(s, [changes.created]), changes.created)
    # Printed only now that it is committed: an id on the screen is an id on disk.
    if args.json:
        print_json(highlight_json(view))
    else:
        print(view.id)
    return 0


def _chosen(words: Sequence[str]) -> tuple[int | None, list[str]]:
    """The entry id in front of the filter words, if the first word is one."""
    if words and words[0].isascii() and words[0].isdigit():
        return int(words[0]), list(words[1:])
    return None, list(words)


def list_highlights(args: argparse.Namespace, ctx: Context) -> int:
    item_id, words = _chosen(args.words)
    flt = parse_filter(words)
    source = HighlightSource(args.source) if args.source else None
    with ctx.library.sessions() as s:
        if item_id is not None:
            services.load_item(s, item_id)
        found = highlights.listed(s, item_id, source=source)
        if flt:
            entries = set(repository.item_ids(s, flt))
            found = [view for view in found if view.item_id in entries]
    if args.json:
        print_json([highlight_json(view) for view in found])
        return 0
    if not found:
        print("no highlights")
        return 0
    print_table(
        ("ID", "ENTRY", "PLACE", "TEXT", COMMENT_MARK),
        (
            (
                str(view.id),
                view.item_title if i == 0 or found[i - 1].item_id != view.item_id else "",
                highlights.location(view),
                view.text,
                COMMENT_MARK if view.comment else "",
            )
            for i, view in enumerate(found)
        ),
        (0, 30, 16, 60, 0),
    )
    return 0


def show_highlight(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        view = _one(highlights.views(s, [args.id]), args.id)
    _print_one(view, args.json)
    return 0


def edit_highlight(args: argparse.Namespace, ctx: Context) -> int:
    asked = (args.text, args.comment, args.color, args.location, args.page, args.loc, args.chapter)
    if all(value is None for value in asked):
        raise InvalidInput(
            "nothing to change: give --text, --comment, --color, --location, --page, --loc "
            "or --chapter"
        )
    text = _read_text(args.text) if args.text is not None else None
    color = _color(args.color) if args.color is not None else KEEP
    with ctx.library.sessions.begin() as s:
        current = _one(highlights.views(s, [args.id]), args.id)
        highlights.edit_highlight(
            s,
            args.id,
            text=text,
            comment=KEEP if args.comment is None else args.comment,
            place=_new_place(args, current.place),
            color=color,
        )
        view = _one(highlights.views(s, [args.id]), args.id)
    _print_one(view, args.json)  # after the commit
    return 0


def remove_highlights(args: argparse.Namespace, ctx: Context) -> int:
    ids = list(dict.fromkeys(args.ids))
    with ctx.library.sessions() as s:  # ask before taking the write lock
        found = _all(highlights.views(s, ids), ids)
    question = (
        f"Delete highlight #{found[0].id} from {found[0].item_title!r}?"
        if len(found) == 1
        else f"Delete {len(found)} highlights?"
    )
    if not args.yes and not confirm(question):
        print("nothing deleted")
        return 1
    with ctx.library.sessions.begin() as s:
        trashed = [(hid, trash.trash_highlight(s, hid).trash_id) for hid in ids]
    # printed only now: the deletes are committed
    if args.json:
        print_json([{"id": hid, "trash_id": trash_id} for hid, trash_id in trashed])
        return 0
    for hid, trash_id in trashed:
        print(trash_commands.moved_message(TrashKind.HIGHLIGHT, hid, trash_id))
    return 0


def highlights_to_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        changes = highlights.to_note(s, args.ids, title=args.title)
        assert changes.created is not None
        note = repository.note_view(s, changes.created)
    # printed only now that the note is committed
    if args.json:
        print_json(views.note(note))
    else:
        print(note.id)
    return 0


def quote_highlights(args: argparse.Namespace, ctx: Context) -> int:
    ids = list(dict.fromkeys(args.ids))
    with ctx.library.sessions() as s:
        found = highlights.views(s, ids)
    _all(found, ids)
    print(for_terminal("\n\n".join(highlights.quoted(view) for view in found)))
    return 0
