"""Book details from online sources, only when asked: ``lookup`` lists candidates, ``fetch``
fills an entry (or, with ``--missing``, every book with an ISBN and empty fields)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select

from readinglog import config
from readinglog.cli.context import Context
from readinglog.cli.output import for_terminal, print_json, print_table, run_with_progress
from readinglog.core import lookup_fill, repository
from readinglog.core.errors import InvalidInput, NotFound, UserError
from readinglog.core.lookup_fill import FieldChange
from readinglog.core.models import Item, ItemPerson
from readinglog.core.types import ItemKind, ItemView, Progress, Role
from readinglog.online import books
from readinglog.online import covers as online_covers
from readinglog.online.books import Candidate, match
from readinglog.online.http import Http, NetworkError

HEADERS = ("#", "SOURCE", "TITLE", "PEOPLE", "PUBLISHER", "YEAR", "PAGES", "ISBN-13", "ISBN-10",
           "LANG", "COVER")  # fmt: skip
GIVE_UP_AFTER = 5  # network failures in a row before --missing stops (offline, blocked)


def register(commands: Any) -> None:
    lookup = commands.add_parser(
        "lookup",
        help="find a book's details online by ISBN or title (Open Library, Google Books, 豆瓣)",
    )
    lookup.add_argument("query", nargs="+", metavar="ISBN|TEXT")
    lookup.add_argument("--source", choices=books.DEFAULT_ORDER, help="ask only this source")
    lookup.add_argument("--json", action="store_true", help="print JSON")
    lookup.set_defaults(handler=lookup_books)
    fetch = commands.add_parser(
        "fetch",
        help="fill a book's empty fields from the best match online",
        description="Looks the book up by its ISBN (else its title and author) and fills what is "
        "empty; nothing typed is replaced without --overwrite.",
    )
    fetch.add_argument("item", nargs="?", type=int, metavar="ITEM", help="the entry's id")
    fetch.add_argument("--missing", action="store_true", help="every book with an ISBN and "
                       "empty fields (publisher, year, pages, summary, author)")  # fmt: skip
    fetch.add_argument("--limit", type=int, default=0, help="with --missing: at most N books")
    fetch.add_argument("--source", choices=books.DEFAULT_ORDER, help="ask only this source")
    fetch.add_argument("--pick", type=int, metavar="N", help="use candidate N as lookup lists it")
    fetch.add_argument("--overwrite", action="store_true", help="replace what is typed too")
    fetch.add_argument("--dry-run", action="store_true", help="show what would change")
    fetch.add_argument("--json", action="store_true", help="print JSON")
    fetch.set_defaults(handler=fetch_details)


def new_http() -> Http:
    """A client with the lookup's polite interval (``books.interval``)."""
    return Http(min_interval=books.interval())


def providers_for(ctx: Context, query: str, source: str | None) -> list[books.Provider]:
    settings = config.load(ctx.paths.settings)
    return books.providers_for(settings.lookup_providers, settings.provider_urls, query, source)


# -- lookup ----------------------------------------------------------------------------------


def lookup_books(args: argparse.Namespace, ctx: Context) -> int:
    query = " ".join(args.query)
    with new_http() as http:
        found = books.lookup(http, query, providers_for(ctx, query, args.source))
    _warn(found.problems)
    if args.json:
        print_json([candidate_json(c) for c in found.candidates])
        return 0
    print_table(
        HEADERS,
        (
            (
                str(n),
                books.LABELS[c.source],
                c.title + (f": {c.subtitle}" if c.subtitle else ""),
                people_text(c),
                c.publisher or "",
                str(c.year or ""),
                str(c.pages or ""),
                c.isbn13 or "",
                c.isbn10 or "",
                c.language or "",
                "yes" if c.cover_url else "no",
            )
            for n, c in enumerate(found.candidates, 1)
        ),
        (0, 0, 40, 30, 20, 0, 0, 0, 0, 0, 0),
    )
    return 0


def candidate_json(c: Candidate) -> dict[str, object]:
    return {
        "source": c.source,
        "source_id": c.source_id,
        "title": c.title,
        "subtitle": c.subtitle,
        "original_title": c.original_title,
        "people": [{"role": p.role.value, "name": p.name} for p in c.people],
        "publisher": c.publisher,
        "year": c.year,
        "pages": c.pages,
        "isbn10": c.isbn10,
        "isbn13": c.isbn13,
        "language": c.language,
        "summary": c.summary,
        "cover": c.cover_url is not None,
        "cover_url": c.cover_url,
        "url": c.url,
    }


def people_text(c: Candidate) -> str:
    return "; ".join(
        p.name if p.role is Role.AUTHOR else f"{p.name} ({p.role.value})" for p in c.people
    )


def _warn(problems: tuple[str, ...]) -> None:
    for problem in problems:
        print(for_terminal(f"readinglog: {problem} (the others answered)", sys.stderr),
              file=sys.stderr)  # fmt: skip


# -- fetch one -------------------------------------------------------------------------------


@dataclass
class Fetched:
    item_id: int
    candidate: Candidate
    applied: list[FieldChange]
    kept: list[FieldChange]
    dry_run: bool
    cover: str | None = None  # the cover stored from the candidate's, if one was
    cover_problem: str | None = None  # why the candidate's cover could not be kept

    def json(self) -> dict[str, object]:
        return {
            "id": self.item_id,
            "source": self.candidate.source,
            "source_id": self.candidate.source_id,
            "dry_run": self.dry_run,
            "changed": [_change_json(c) for c in self.applied],
            "kept": [_change_json(c) for c in self.kept],
            "cover_url": self.candidate.cover_url,
            "cover": self.cover,
        }


def _change_json(change: FieldChange) -> dict[str, object]:
    def plain(value: object) -> object:
        return list(value) if isinstance(value, tuple) else value

    return {"field": change.name, "before": plain(change.current), "after": plain(change.proposed)}


def fetch_details(args: argparse.Namespace, ctx: Context) -> int:
    if args.missing:
        if args.item is not None or args.pick is not None:
            raise InvalidInput("fetch --missing: give no ITEM and no --pick")
        return fetch_missing(args, ctx)
    if args.item is None:
        raise InvalidInput("fetch: give an entry's id, or --missing")
    with new_http() as http:
        fetched = fetch_one(ctx, http, args.item, source=args.source, pick=args.pick,
                            overwrite=args.overwrite, dry_run=args.dry_run)  # fmt: skip
    if args.json:
        print_json(fetched.json())
    else:
        print_fetched(fetched)
    return 0


def fetch_one(
    ctx: Context,
    http: Http,
    item_id: int,
    *,
    source: str | None = None,
    pick: int | None = None,
    overwrite: bool = False,
    dry_run: bool = False,
) -> Fetched:
    """Look the entry up and fill it (the write is committed when this returns)."""
    with ctx.library.sessions() as s:
        view = repository.item_view(s, item_id)
    if view.kind is not ItemKind.BOOK:
        raise InvalidInput(f"#{item_id} is a {view.kind.label}; fetch fills books only")
    isbn = view.fields.get("isbn")
    authors = view.people_in(Role.AUTHOR)
    query = str(isbn) if isbn else " ".join([view.title, *authors[:1]])
    # the first source that knows the book will do, unless one is picked from the whole list
    found = books.lookup(
        http, query, providers_for(ctx, query, source), first_only=pick is None and bool(isbn)
    )
    _warn(found.problems)
    candidate = _choose(view, found.candidates, pick, isbn_query=bool(isbn))
    if dry_run:
        changes = lookup_fill.proposed_changes(view, candidate, overwrite=overwrite)
        applied = [c for c in changes if overwrite or c.fills]
    else:
        with ctx.library.sessions.begin() as s:
            applied, _ = lookup_fill.apply(s, item_id, candidate, overwrite=overwrite)
        changes = lookup_fill.proposed_changes(view, candidate, overwrite=overwrite)
    kept = [c for c in changes if not c.fills and not overwrite]
    fetched = Fetched(item_id, candidate, applied, kept, dry_run)
    if candidate.cover_url and not dry_run:
        try:  # the details are committed already: a cover that fails is a warning
            fetched.cover = online_covers.attach(
                http, ctx.library.sessions, ctx.library.paths, item_id, candidate.cover_url,
                replace=overwrite,
            )  # fmt: skip
        except UserError as error:
            fetched.cover_problem = str(error)
    return fetched


def _choose(
    view: ItemView, candidates: tuple[Candidate, ...], pick: int | None, *, isbn_query: bool
) -> Candidate:
    if pick is not None:
        if not 1 <= pick <= len(candidates):
            raise InvalidInput(f"--pick: {pick} is not between 1 and {len(candidates)}")
        return candidates[pick - 1]
    if isbn_query:
        wanted = {str(view.fields.get("isbn")), str(view.fields.get("isbn10"))}
        best = match.by_isbn(candidates, wanted)
    else:
        best = match.by_title(candidates, view.title, view.people_in(Role.AUTHOR))
    if best is None:
        raise NotFound(
            f"no close match for {view.title!r} among {len(candidates)} found; see them with "
            f"`readinglog lookup` and choose one with `fetch {view.id} --pick N`"
        )
    return best


def print_fetched(fetched: Fetched) -> None:
    c = fetched.candidate
    verb = "would fill" if fetched.dry_run else "filled"
    print(
        for_terminal(f"#{fetched.item_id} from {books.LABELS[c.source]} {c.source_id}: {c.title}")
    )
    for change in fetched.applied:
        print(
            for_terminal(f"  {change.name}: {_shown(change.current)} -> {_shown(change.proposed)}")
        )
    for change in fetched.kept:
        before, after = _shown(change.current), _shown(change.proposed)
        print(
            for_terminal(f"  kept {change.name}: {before} (found {after}; --overwrite replaces it)")
        )
    count = len(fetched.applied)
    print(f"{verb} {count} field{'s' if count != 1 else ''}" if count else "nothing to fill")
    if fetched.cover:
        print(for_terminal(f"  cover: {fetched.cover}"))
    if fetched.cover_problem:
        print(for_terminal(f"warning: the cover was not kept: {fetched.cover_problem}"),
              file=sys.stderr)  # fmt: skip


def _shown(value: object) -> str:
    if value in (None, "", ()):
        return "(empty)"
    text = " / ".join(str(v) for v in value) if isinstance(value, tuple) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


# -- fetch --missing -------------------------------------------------------------------------


@dataclass
class Tally:
    filled: int = 0
    fields: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    without_isbn: int = 0


def books_missing_details(ctx: Context) -> tuple[list[int], int]:
    """Books with an empty publisher, year, pages or summary, or no author, that can be told
    apart: by their ISBN, or by title and author (a candidate must share both, see
    online/books/match.py); and how many books have neither (left to ``fetch ITEM --pick``)."""
    has_author = select(ItemPerson.item_id).where(ItemPerson.role == Role.AUTHOR)
    with_isbn = or_(Item.isbn13.is_not(None), Item.isbn10.is_not(None))
    with ctx.library.sessions() as s:
        ids = list(
            s.scalars(
                select(Item.id)
                .where(Item.kind == ItemKind.BOOK, or_(with_isbn, Item.id.in_(has_author)))
                .where(
                    or_(
                        Item.publisher.is_(None),
                        Item.year.is_(None),
                        Item.pages.is_(None),
                        Item.summary.is_(None),
                        Item.id.not_in(has_author),
                    )
                )
                .order_by(Item.id)
            )
        )
        without = s.scalars(
            select(Item.id).where(
                Item.kind == ItemKind.BOOK,
                Item.isbn13.is_(None),
                Item.isbn10.is_(None),
                Item.id.not_in(has_author),
            )
        ).all()
    return ids, len(without)


def fill_missing(ctx: Context, http: Http, ids: list[int], tally: Tally) -> Iterator[Progress]:
    """Fill each book in turn, one transaction each (a cancel keeps what was committed)."""
    in_a_row = 0
    for done, item_id in enumerate(ids):
        yield Progress(done, len(ids), f"#{item_id}")
        try:
            fetched = fetch_one(ctx, http, item_id)
        except NetworkError as error:
            tally.failed.append(f"#{item_id}: {error}")
            in_a_row += 1
            if in_a_row >= GIVE_UP_AFTER:
                raise NetworkError(
                    f"stopped after {in_a_row} failures in a row; the last: {error}"
                ) from None
            continue
        except UserError as error:  # no book found, no close match
            tally.failed.append(f"#{item_id}: {error}")
            in_a_row = 0
            continue
        in_a_row = 0
        if fetched.applied:
            tally.filled += 1
            tally.fields += len(fetched.applied)
        else:
            tally.unchanged += 1
    yield Progress(len(ids), len(ids), "done")


def fetch_missing(args: argparse.Namespace, ctx: Context) -> int:
    if args.dry_run or args.overwrite:
        raise InvalidInput("fetch --missing fills empty fields only (no --dry-run, no --overwrite)")
    ids, without = books_missing_details(ctx)
    if args.limit > 0:
        ids = ids[: args.limit]
    tally = Tally(without_isbn=without)
    code = 0
    try:
        with new_http() as http:
            run_with_progress(fill_missing(ctx, http, ids, tally), "Fetching book details")
    except KeyboardInterrupt:
        print(f"readinglog: cancelled; the {tally.filled} entries filled so far are saved, "
              "the rest were not changed", file=sys.stderr)  # fmt: skip
        code = 130
    except NetworkError as error:
        print(f"readinglog: {error}; the {tally.filled} entries filled so far are saved",
              file=sys.stderr)  # fmt: skip
        code = 1
    report = {
        "books": len(ids),
        "filled": tally.filled,
        "fields": tally.fields,
        "unchanged": tally.unchanged,
        "failed": tally.failed,
        "without_isbn": tally.without_isbn,
    }
    if args.json:
        print_json(report)
    else:
        print(f"filled {tally.filled} of {len(ids)} books ({tally.fields} fields); "
              f"{tally.unchanged} had nothing new; {len(tally.failed)} failed")  # fmt: skip
        for line in tally.failed:
            print(for_terminal(f"  {line}"))
        if without:
            print(
                f"{without} books have neither an ISBN nor an author: fill them one by one "
                "with `readinglog fetch ITEM --pick N`"
            )
    return code
