"""Which entry a highlights file's book is: the one this source made for it before (an
``import_sources`` row), else by ISBN, then by title and author as matching sees them (《》,
full-width brackets, a trailing "(Z-Library)", "Name（Original Name）" authors, subtitles after
a colon when an author agrees), else a new entry (status "in progress": the user was reading
it to highlight it). Used by importers/highlights.py.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import services, values
from readinglog.core.batches import Batch
from readinglog.core.errors import Message, UserError
from readinglog.core.models import ImportKind, ImportSource, Item, ItemPerson
from readinglog.core.types import ItemKind, Person, Role, Status, Target
from readinglog.importers.clips import BookRef
from readinglog.importers.reasons import reported
from readinglog.importers.records import fingerprint, match_person, match_title

_PARENS = re.compile(r"\s*[(（\[［【][^()（）\[\]［］【】]*[)）\]］】]\s*")
_LIBRARY_MARK = re.compile(r"\s*[(（](z-library|z-lib\.org|zlibrary)[)）]\s*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """A title as the entry shows it: without 《》 around it or a "(Z-Library)" mark."""
    text = _LIBRARY_MARK.sub("", title.strip()).strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1].strip()
    return text or title.strip()


def title_keys(title: str) -> tuple[str, str]:
    """(the whole title, the title before a colon) as matching sees them."""
    whole = match_title(clean_title(title))
    folded = unicodedata.normalize("NFKC", clean_title(title))
    main = match_title(re.split(r"[:：]", folded, maxsplit=1)[0]) or whole
    return whole, main


def person_keys(name: str) -> set[str]:
    """ "安德斯·艾利克森（Anders Ericsson）" matches "安德斯·艾利克森" and "Anders Ericsson";
    "Harari, Yuval Noah" matches "Yuval Noah Harari"."""
    folded = unicodedata.normalize("NFKC", name)
    keys = {match_person(folded), match_person(_PARENS.sub(" ", folded))}
    keys.update(match_person(inner) for inner in re.findall(r"[(\[]([^()\[\]]+)[)\]]", folded))
    words = re.findall(r"\w+", _PARENS.sub(" ", folded).casefold())
    if len(words) > 1:
        keys.add("".join(sorted(words)))
    return {key for key in keys if key}


def book_key(book: BookRef) -> str:
    """The book as this file names it: the same book in a later export has the same key."""
    if book.isbn:
        return f"isbn:{book.isbn}"
    if book.asin:
        return f"asin:{book.asin.upper()}"
    authors = sorted(min(person_keys(a) or {""}) for a in book.authors)
    return f"title:{title_keys(book.title)[0]}|{'|'.join(authors)}"


class BookFinder:
    """Finds or makes the entry of each book of one import (remembered for the run)."""

    def __init__(self, s: Session, batch: Batch, kind: ImportKind) -> None:
        self.s, self.batch, self.kind = s, batch, kind
        self._items: dict[str, tuple[int, bool]] = {}  # book key -> (entry, made here)
        self._titles: dict[str, list[tuple[int, set[str]]]] | None = None

    def item_for(self, book: BookRef) -> tuple[int, bool]:
        """The entry ``book`` is, and whether this import made it."""
        key = book_key(book)
        known = self._items.get(key)
        if known is not None:
            return known
        made = False
        source = self.s.get(ImportSource, (self.kind, f"book:{key}"))
        if source is not None and source.item_id is not None:
            item_id = source.item_id
        else:
            found = self._match(book)
            if found is not None:
                item_id = found
                self.batch.touch(Target.ITEM, item_id)  # its import record is added below
            else:
                item_id, made = self._create(book), True
            data = {"title": book.title, "authors": list(book.authors), "isbn": book.isbn,
                    "asin": book.asin, "kind": book.kind.value, "url": book.url}  # fmt: skip
            record = json.dumps(data, ensure_ascii=False, sort_keys=True)
            if source is not None:  # its entry was deleted: the record points at the new one
                source.item_id, source.fingerprint, source.record = (
                    item_id,
                    fingerprint(data),
                    record,
                )
            else:
                self.s.add(
                    ImportSource(kind=self.kind, key=f"book:{key}", item_id=item_id,
                                 fingerprint=fingerprint(data), record=record)
                )  # fmt: skip
        self._items[key] = (item_id, made)
        return item_id, made

    def _match(self, book: BookRef) -> int | None:
        for isbn in filter(None, (book.isbn,)):
            isbn13 = isbn if len(isbn) == 13 else values.isbn10_to_13(isbn)
            found = self.s.scalar(
                select(Item.id).where(Item.isbn13 == isbn13).order_by(Item.id).limit(1)
            )
            if found is not None:
                return found
        whole, main = title_keys(book.title)
        wanted = set().union(*(person_keys(a) for a in book.authors)) if book.authors else set()
        index = self._title_index()
        for item_id, people in index.get(whole, []):
            if not wanted or not people or wanted & people:
                return item_id
        if wanted and main != whole:
            for item_id, people in index.get(main, []):
                if wanted & people:
                    return item_id
        return None

    def _title_index(self) -> dict[str, list[tuple[int, set[str]]]]:
        """Every entry by its title keys, with its people's keys (loaded once per import)."""
        if self._titles is None:
            people: dict[int, set[str]] = {}
            for item_id, name in self.s.execute(select(ItemPerson.item_id, ItemPerson.name)):
                people.setdefault(item_id, set()).update(person_keys(name))
            index: dict[str, list[tuple[int, set[str]]]] = {}
            for item_id, title in self.s.execute(select(Item.id, Item.title).order_by(Item.id)):
                for key in set(title_keys(title)):
                    index.setdefault(key, []).append((item_id, people.get(item_id, set())))
            self._titles = index
        return self._titles

    def _create(self, book: BookRef) -> int:
        fields: dict[str, object] = {}
        if book.isbn:
            fields["isbn"] = book.isbn
        if book.url:
            fields["url"] = book.url
        title = clean_title(book.title) or "Untitled"
        people = [Person(Role.AUTHOR, name) for name in dict.fromkeys(book.authors) if name]
        if book.kind not in (ItemKind.BOOK, ItemKind.ARTICLE, ItemKind.VIDEO, ItemKind.EPISODE):
            people = []
        if book.kind is ItemKind.EPISODE:
            people = [Person(Role.HOST, p.name) for p in people]
        try:
            with self.s.begin_nested():
                changes = services.add_item(
                    self.s, book.kind, title, field_values=fields, people=people,
                    status=Status.IN_PROGRESS,
                )  # fmt: skip
        except UserError as error:  # a bad ISBN or URL: keep the book, drop the field
            self.batch.warn(
                reported(
                    Message(
                        "{title}: {reason}; the entry was made without it",
                        title=title,
                        reason=error,
                    )
                )
            )
            changes = services.add_item(
                self.s, book.kind, title, people=people, status=Status.IN_PROGRESS
            )
        assert changes.created is not None
        self.batch.created(Target.ITEM, changes.created)
        if self._titles is not None:
            wanted = set().union(*(person_keys(p.name) for p in people)) if people else set()
            for key in set(title_keys(title)):
                self._titles.setdefault(key, []).append((changes.created, wanted))
        return changes.created
