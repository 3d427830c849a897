"""Note commands: note add, list, show, edit, rm."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from readinglog.cli import history_commands, trash_commands, views
from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table
from readinglog.cli.prompt import confirm
from readinglog.core import notes, repository, trash, values
from readinglog.core.errors import InvalidInput, UserError
from readinglog.core.models import TrashKind
from readinglog.core.query import parse_filter
from readinglog.core.types import NoteView


def register(commands: Any) -> None:
    note = commands.add_parser("note", help="write and find notes")
    sub = note.add_subparsers(title="note commands", metavar="COMMAND", required=True)

    add = sub.add_parser("add", help="add a note (from --file, --stdin or your $EDITOR)")
    _body_options(add)
    add.add_argument("--item", type=int, action="append", default=[], help="entry it is about")
    add.add_argument("--title")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--location", help="page, chapter or timestamp of a quote")
    add.add_argument("--json", action="store_true", help="print JSON")
    add.set_defaults(handler=add_note)

    ls = sub.add_parser("list", help="list notes matching a filter (tag:x lang:zh item:3 ...)")
    ls.add_argument("filter", nargs="*")
    ls.add_argument("--sort", choices=("updated", "added", "title"), default="updated")
    ls.add_argument("--limit", type=int, default=0)
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=list_notes)

    show = sub.add_parser("show", help="show a note with its Markdown")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON (Markdown in 'body')")
    show.set_defaults(handler=show_note)

    edit = sub.add_parser("edit", help="change a note (text from --file, --stdin or $EDITOR)")
    edit.add_argument("id", type=int)
    _body_options(edit)
    edit.add_argument("--editor", action="store_true", help="edit the text in $EDITOR")
    edit.add_argument("--title")
    edit.add_argument("--tag", action="append", default=[], help="add a tag")
    edit.add_argument("--untag", action="append", default=[], help="remove a tag")
    edit.add_argument("--item", type=int, action="append", default=[], help="link an entry")
    edit.add_argument("--unlink", type=int, action="append", default=[], help="unlink an entry")
    edit.add_argument("--location")
    edit.add_argument("--json", action="store_true", help="print JSON")
    edit.set_defaults(handler=edit_note)

    rm = sub.add_parser("rm", help="delete a note")
    rm.add_argument("id", type=int)
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    rm.set_defaults(handler=remove_note)
    history_commands.register(sub)


def _body_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--file", type=Path, help="read the Markdown from a UTF-8 file")
    source.add_argument("--stdin", action="store_true", help="read the Markdown from stdin")


def _read_body(args: argparse.Namespace, current: str | None = None) -> str | None:
    """The note text from --file, --stdin or the editor; None when none was asked for."""
    if args.file is not None:
        try:
            data = args.file.read_bytes()
        except OSError as error:
            raise UserError(f"{args.file}: cannot read it ({error.strerror})") from None
        _check_size(len(data), str(args.file))
        return values.decode_utf8(data, str(args.file))
    if args.stdin:
        data = sys.stdin.buffer.read(notes.MAX_NOTE_BYTES + 1)
        _check_size(len(data), "stdin")
        return values.decode_utf8(data, "stdin")
    if current is None or getattr(args, "editor", False):
        return _edit_in_editor(current or "")
    return None


def _check_size(size: int, source: str) -> None:
    if size > notes.MAX_NOTE_BYTES:
        raise InvalidInput(
            f"{source}: more than {notes.MAX_NOTE_BYTES // 1_048_576} MB; "
            "a note can hold at most that (split it into several notes)"
        )


def _edit_in_editor(text: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("no note text: give --file or --stdin (there is no terminal for an editor)")
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "nano"
    with tempfile.TemporaryDirectory(prefix="readinglog-") as folder:
        path = Path(folder) / "note.md"
        path.write_text(text, encoding="utf-8")
        try:
            subprocess.run([*shlex.split(editor), str(path)], check=True)
        except (OSError, subprocess.CalledProcessError) as error:
            raise UserError(f"the editor {editor!r} failed: {error}") from None
        body = values.decode_utf8(path.read_bytes(), "the edited note")
    if not body.strip():
        raise UserError("the note is empty; nothing saved")
    return body


def _print_note(view: NoteView, as_json: bool) -> None:
    if as_json:
        print_json(views.note(view))
    else:
        print(for_terminal(views.note_text(view)))


def add_note(args: argparse.Namespace, ctx: Context) -> int:
    body = _read_body(args)
    assert body is not None
    with ctx.library.sessions.begin() as s:
        changes = notes.add_note(
            s, body, title=args.title, tags=args.tag, item_ids=args.item, location=args.location
        )
        note_id = changes.created
        assert note_id is not None
        view = repository.note_view(s, note_id)
    # Printed only now that the note is committed: an id on the screen is an id on disk.
    if args.json:
        print_json({"id": note_id, **views.note(view)})
    else:
        print(note_id)
    return 0


def list_notes(args: argparse.Namespace, ctx: Context) -> int:
    flt = parse_filter(args.filter)
    with ctx.library.sessions() as s:
        ids = repository.note_ids(s, flt, args.sort)
        if args.limit > 0:
            ids = ids[: args.limit]
        rows = repository.note_rows(s, ids)
    if args.json:
        print_json([views.note_row(r) for r in rows])
        return 0
    print_table(
        ("ID", "TITLE", "ABOUT", "LANG", "WORDS", "UPDATED"),
        (
            (
                str(r.id),
                r.title,
                ", ".join(r.item_titles),
                r.lang.value,
                str(r.words),
                r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for r in rows
        ),
        (0, 50, 30, 0, 0, 0),
    )
    return 0


def show_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        _print_note(repository.note_view(s, args.id), args.json)
    return 0


def edit_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:
        current = repository.note_view(s, args.id)
    # The text is read (maybe typed in an editor) before the write lock is taken.
    body = _read_body(args, current=current.body)
    with ctx.library.sessions.begin() as s:
        view = repository.note_view(s, args.id)
        tags = [t for t in view.tags if t.casefold() not in {u.casefold() for u in args.untag}]
        items = [i for i in view.item_ids if i not in args.unlink]
        notes.edit_note(
            s,
            args.id,
            title=notes.KEEP if args.title is None else args.title,
            body=notes.KEEP if body is None else body,
            tags=[*tags, *args.tag] if args.tag or args.untag else notes.KEEP,
            item_ids=[*items, *args.item] if args.item or args.unlink else notes.KEEP,
            location=notes.KEEP if args.location is None else args.location,
        )
        edited = repository.note_view(s, args.id)
    _print_note(edited, args.json)  # after the commit
    return 0


def remove_note(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.library.sessions() as s:  # ask before taking the write lock
        view = repository.note_view(s, args.id)
    if not args.yes and not confirm(f"Delete note #{view.id} {view.title!r}?"):
        print("nothing deleted")
        return 1
    with ctx.library.sessions.begin() as s:
        trashed = trash.trash_note(s, args.id)
    print(trash_commands.moved_message(TrashKind.NOTE, args.id, trashed.trash_id))
    return 0
