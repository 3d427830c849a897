"""Entry commands: add, list, show, edit, rm, log, activity."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from readinglog.cli import trash_commands, views
from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table
from readinglog.cli.prompt import confirm
from readinglog.core import activity, covers, fields, repository, services, trash, values
from readinglog.core.errors import InvalidInput, UserError
from readinglog.core.models import Item, TrashKind
from readinglog.core.progress_text import ProgressFacts, load_progress
from readinglog.core.query import STATUS_WORDS, parse_filter
from readinglog.core.types import (
    EventKind,
    ItemKind,
    ItemView,
    Person,
    ProgressUnit,
    Role,
    Status,
)

SORTS = ("updated", "added", "title", "rating", "finished", "started", "kind", "status")


def register(commands: Any) -> None:
    _register_add(commands)
    _register_list(commands)
    show = commands.add_parser("show", help="show one entry")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_item)
    _register_edit(commands)
    rm = commands.add_parser("rm", help="delete an entry (its notes are kept)")
    rm.add_argument("id", type=int)
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    rm.set_defaults(handler=remove_item)
    _register_log(commands)


def _add_field_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("fields (each applies to some kinds)")
    for field in fields.FIELDS:
        flag = "--" + field.name.replace("_", "-")
        group.add_argument(flag, dest=f"field_{field.name}", metavar="VALUE", help=field.help)
    people = parser.add_argument_group("people (repeat for several)")
    for role in Role:
        people.add_argument(f"--{role.value}", dest=f"role_{role.value}", action="append")


def _register_add(commands: Any) -> None:
    add = commands.add_parser("add", help="add an entry: book, podcast, episode, course, ...")
    add.add_argument("kind", choices=[k.value for k in ItemKind])
    add.add_argument("title_words", nargs="*", metavar="TITLE", help="the title (or --title)")
    add.add_argument("--title")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for several)")
    add.add_argument("--status", help="want (default), in-progress, finished, abandoned, paused")
    add.add_argument("--started", metavar="DATE", help="log a start on DATE")
    add.add_argument("--finished", metavar="DATE", help="log a finish on DATE")
    add.add_argument("--parent", type=int, metavar="ID", help="the show or series it belongs to")
    add.add_argument("--show", metavar="NAME|ID", help="an episode's podcast (made if new)")
    add.add_argument("--series", metavar="NAME|ID", help="a course's series (made if new)")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.add_argument(
        "--fetch",
        action="store_true",
        help="then fill the book's details online from its --isbn (the title may be left out)",
    )
    _add_field_options(add)
    add.set_defaults(handler=add_item)


def _register_list(commands: Any) -> None:
    ls = commands.add_parser(
        "list",
        help="list entries matching a filter",
        description="Filter words: kind:book status:finished tag:economics year:2020 "
        'rating>=4 author:Harari finished:2020-03 -tag:fiction "words in the title"',
    )
    ls.add_argument("filter", nargs="*")
    ls.add_argument("--sort", choices=SORTS, default="updated")
    ls.add_argument("--reverse", action="store_true", help="reverse the sort order")
    ls.add_argument("--limit", type=int, default=0, help="at most N entries")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=list_items)


def _register_edit(commands: Any) -> None:
    edit = commands.add_parser("edit", help="change an entry's fields")
    edit.add_argument("id", type=int)
    edit.add_argument("--title")
    edit.add_argument("--status")
    edit.add_argument("--tag", action="append", default=[], help="add a tag")
    edit.add_argument("--untag", action="append", default=[], help="remove a tag")
    edit.add_argument("--parent", metavar="ID|none", help="the show or series it belongs to")
    edit.add_argument("--clear", action="append", default=[], metavar="FIELD", help="unset FIELD")
    edit.add_argument("--json", action="store_true", help="print the entry as JSON")
    _add_field_options(edit)
    edit.set_defaults(handler=edit_item)


def _register_log(commands: Any) -> None:
    log = commands.add_parser("log", help="log started / progress / finished / abandoned / paused")
    log.add_argument("id", type=int)
    log.add_argument("event", choices=[k.value for k in EventKind if k is not EventKind.NOTE])
    log.add_argument("--date", default="today", help="YYYY-MM-DD (default: today)")
    amount = log.add_mutually_exclusive_group()
    for unit in ProgressUnit:
        amount.add_argument(f"--{unit.value}", type=float, dest=f"unit_{unit.value}")
    log.add_argument("--spent", metavar="DURATION", help="time spent this time (45m, 1h30m)")
    log.add_argument("--json", action="store_true", help="print the entry as JSON")
    log.set_defaults(handler=log_item)


def _parse_status(text: str) -> Status:
    """A status as the filter language reads it (``reading``, ``to-read``, ``dnf`` work too)."""
    status = STATUS_WORDS.get(text.strip().lower())
    if status is None:
        allowed = ", ".join(s.value for s in Status)
        raise InvalidInput(f"status: {text!r} is not one of {allowed}")
    return status


def _field_args(args: argparse.Namespace, kind: ItemKind) -> dict[str, object]:
    raw = {
        f.name: getattr(args, f"field_{f.name}")
        for f in fields.FIELDS
        if getattr(args, f"field_{f.name}") is not None
    }
    return fields.parse(kind, raw)


def _people_args(args: argparse.Namespace) -> list[Person] | None:
    people = [
        Person(role, name) for role in Role for name in getattr(args, f"role_{role.value}") or []
    ]
    return people or None


def _find_or_make_parent(s: Session, kind: ItemKind, ref: str) -> tuple[int, bool]:
    """A parent by id or exact title (any case); made when the title is new."""
    if ref.strip().isdigit():
        return int(ref), False
    existing = s.scalar(
        select(Item.id).where(Item.kind == kind, func.lower(Item.title) == ref.strip().lower())
    )
    if existing is not None:
        return existing, False
    created = services.add_item(s, kind, ref).created
    assert created is not None
    return created, True


def _read_item(s: Session, item_id: int) -> tuple[ItemView, ProgressFacts]:
    """The entry and where it stands, read in the session to print once it is closed."""
    return repository.item_view(s, item_id), load_progress(s, item_id)


def _print_item(view: ItemView, as_json: bool, progress: ProgressFacts) -> None:
    if as_json:
        print_json(views.item(view, progress))
    else:
        print(for_terminal(views.item_text(view, progress)))


def add_item(args: argparse.Namespace, ctx: Context) -> int:
    kind = ItemKind(args.kind)
    title = args.title or " ".join(args.title_words)
    if args.fetch and (kind is not ItemKind.BOOK or not args.field_isbn):
        raise InvalidInput("--fetch: give a book's --isbn to fetch its details by")
    if not title.strip() and args.fetch:
        title = args.field_isbn  # a placeholder that the fetch replaces
    if not title.strip():
        raise InvalidInput("title: give a title (--title or after the kind)")
    status = _parse_status(args.status) if args.status else Status.WANT
    started = values.parse_date(args.started, "--started") if args.started else None
    finished = values.parse_date(args.finished, "--finished") if args.finished else None
    field_values = _field_args(args, kind)
    cover = _cover_file(field_values)
    made_parents: list[str] = []
    with ctx.library.sessions.begin() as s:
        parent_id = args.parent
        for ref, parent_kind in ((args.show, ItemKind.PODCAST), (args.series, ItemKind.SERIES)):
            if ref:
                parent_id, made = _find_or_make_parent(s, parent_kind, ref)
                if made:
                    made_parents.append(f"made a new {parent_kind.label}: #{parent_id} {ref}")
        changes = services.add_item(
            s,
            kind,
            title,
            field_values=field_values,
            people=_people_args(args) or [],
            tags=args.tag,
            status=status,
            parent_id=parent_id,
        )
        item_id = changes.created
        assert item_id is not None
        if cover is not None:
            covers.from_file(s, ctx.library.paths, item_id, cover)
        if started:
            activity.log_event(s, item_id, EventKind.STARTED, started)
        if finished:
            activity.log_event(s, item_id, EventKind.FINISHED, finished)
        view, progress = _read_item(s, item_id)
    # Printed only now that the entry is committed: an id on the screen is an id on disk.
    for line in made_parents:
        print(for_terminal(line, sys.stderr), file=sys.stderr)
    if args.fetch:
        return _add_then_fetch(ctx, item_id, args.json)
    if args.json:
        print_json({"id": item_id, **views.item(view, progress)})
    else:
        print(item_id)
    return 0


def _cover_file(field_values: dict[str, object]) -> Path | None:
    """``--cover FILE`` is copied into the library (core/covers.py), not kept as a path to the
    user's file, which may move and which an archive would not carry."""
    value = field_values.pop("cover", None)
    return Path(str(value)) if value is not None else None


def _add_then_fetch(ctx: Context, item_id: int, as_json: bool) -> int:
    """Fill the new (committed) entry from its ISBN; when that fails it stays as it was added."""
    from readinglog.cli import lookup_commands

    fetched = None
    try:
        with lookup_commands.new_http() as http:
            fetched = lookup_commands.fetch_one(ctx, http, item_id)
    except UserError as error:
        print(for_terminal(f"readinglog: added #{item_id}, but its details were not fetched: "
                           f"{error}", sys.stderr), file=sys.stderr)  # fmt: skip
    with ctx.library.sessions() as s:
        view, progress = _read_item(s, item_id)
    if as_json:
        print_json({"id": item_id, **views.item(view, progress),
                    "fetched": fetched.json() if fetched else None})  # fmt: skip
    else:
        print(item_id)
        if fetched is not None:
            with contextlib.redirect_stdout(sys.stderr):
                lookup_commands.print_fetched(fetched)
    return 0 if fetched is not None else 1


def list_items(args: argparse.Namespace, ctx: Context) -> int:
    flt = parse_filter(args.filter)
    with ctx.library.sessions() as s:
        descending = (args.sort not in repository.DESCENDING_SORTS) if args.reverse else None
        ids = repository.item_ids(s, flt, args.sort, descending)
        if args.limit > 0:
            ids = ids[: args.limit]
        rows = repository.item_rows(s, ids)
    if args.json:
        print_json([views.item_row(r) for r in rows])
        return 0
    print_table(
        ("ID", "KIND", "TITLE", "BY", "STATUS", "RATING", "FINISHED"),
        (
            (
                str(r.id),
                r.kind.value,
                r.title,
                r.people,
                r.status.value,
                f"{r.rating:g}" if r.rating is not None else "",
                r.finished_on.isoformat() if r.finished_on else "",
            )
            for r in rows
        ),
        (0, 0, 50, 24, 0, 0, 0),
    )
    return 0


def show_item(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        view, progress = _read_item(s, args.id)
    _print_item(view, args.json, progress)
    return 0


def edit_item(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions.begin() as s:
        kind = services.load_item(s, args.id).kind
        field_values = _field_args(args, kind)
        cover = _cover_file(field_values)
        for name in args.clear:
            fields.check_applies(kind, name.replace("-", "_"))
            field_values[name.replace("-", "_")] = None
        services.edit_item(
            s,
            args.id,
            title=args.title,
            field_values=field_values,
            people=_people_args(args),
            add_tags=args.tag,
            remove_tags=args.untag,
            status=_parse_status(args.status) if args.status else None,
        )
        if args.parent is not None:
            parent = None if args.parent.lower() in ("none", "") else int(args.parent)
            services.set_parent(s, args.id, parent)
        if cover is not None:
            covers.from_file(s, ctx.library.paths, args.id, cover)
        view, progress = _read_item(s, args.id)
    _print_item(view, args.json, progress)  # after the commit
    return 0


def remove_item(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:  # ask before taking the write lock
        item = services.load_item(s, args.id)
        question = f"Delete #{item.id} {item.title!r}"
        if item.children:
            question += f" ({len(item.children)} entries inside it are kept)"
    if not args.yes and not confirm(question + "?"):
        print("nothing deleted")
        return 1
    with ctx.library.sessions.begin() as s:
        trashed = trash.trash_item(s, args.id)
    print(trash_commands.moved_message(TrashKind.ITEM, args.id, trashed.trash_id))
    return 0


def log_item(args: argparse.Namespace, ctx: Context) -> int:
    on = values.parse_date(args.date, "--date")
    value: float | None = None
    unit: ProgressUnit | None = None
    for candidate in ProgressUnit:
        amount = getattr(args, f"unit_{candidate.value}")
        if amount is not None:
            value, unit = amount, candidate
    spent = values.parse_duration_s(args.spent, "--spent") // 60 if args.spent else None
    with ctx.library.sessions.begin() as s:
        activity.log_event(
            s, args.id, EventKind(args.event), on, value=value, unit=unit, spent_min=spent
        )
        view, progress = _read_item(s, args.id)
    _print_item(view, args.json, progress)  # after the commit
    return 0
