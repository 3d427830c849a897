"""Bring clips (importers/clips.py) into the library: find or make each book's entry, then
add, update or leave each highlight, and attach each note to the highlight at its place.

- Books: the entry this source made for the book before (an ``import_sources`` row), else by
  ISBN, then by title and author as matching sees them (《》, full-width brackets, a trailing
  "(Z-Library)", "Name（Original Name）" authors, subtitles after a colon when an author
  agrees), else a new entry (status "in progress": the user was reading it to highlight it).
- Highlights: a source's own key when it has one (Readwise, KOReader), else a key made from
  the book, the place and the text (Kindle, WeRead). The same key again is "unchanged", or
  "updated" when its comment, colour or place changed. A Kindle re-highlight that extends an
  earlier one (overlapping place, one text inside the other) replaces it: "merged" when both
  came in this file, "updated" when the earlier one was imported before.
- Notes: attached to the highlight at their place (its comment), before or after it in the
  file; a note with no highlight there is kept as a highlight without text. Bookmarks are
  counted, not stored: a place without words is not worth a row in the library.

Every row made or changed is recorded in the batch, so undo restores the library exactly.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from readinglog.core import highlights as core_highlights
from readinglog.core import services, values
from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import UserError
from readinglog.core.models import Highlight, ImportKind, ImportSource, Item, ItemPerson
from readinglog.core.types import (
    HighlightSource,
    ItemKind,
    Person,
    Place,
    Progress,
    Role,
    Status,
    Target,
)
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed
from readinglog.importers.records import fingerprint, match_person, match_title

Parser = Callable[[Path], Iterator[Parsed]]
PROGRESS_EVERY = 200
_PARENS = re.compile(r"\s*[(（\[［【][^()（）\[\]［］【】]*[)）\]］】]\s*")
_LIBRARY_MARK = re.compile(r"\s*[(（](z-library|z-lib\.org|zlibrary)[)）]\s*$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """A title as the entry shows it: without 《》 around it or a "(Z-Library)" mark."""
    text = _LIBRARY_MARK.sub("", title.strip()).strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1].strip()
    return text or title.strip()


def _title_keys(title: str) -> tuple[str, str]:
    """(the whole title, the title before a colon) as matching sees them."""
    whole = match_title(clean_title(title))
    folded = unicodedata.normalize("NFKC", clean_title(title))
    main = match_title(re.split(r"[:：]", folded, maxsplit=1)[0]) or whole
    return whole, main


def _person_keys(name: str) -> set[str]:
    """ "安德斯·艾利克森（Anders Ericsson）" matches "安德斯·艾利克森" and "Anders Ericsson";
    "Harari, Yuval Noah" matches "Yuval Noah Harari"."""
    folded = unicodedata.normalize("NFKC", name)
    keys = {match_person(folded), match_person(_PARENS.sub(" ", folded))}
    keys.update(match_person(inner) for inner in re.findall(r"[(\[]([^()\[\]]+)[)\]]", folded))
    words = re.findall(r"\w+", _PARENS.sub(" ", folded).casefold())
    if len(words) > 1:
        keys.add("".join(sorted(words)))
    return {key for key in keys if key}


def _book_key(book: BookRef) -> str:
    """The book as this file names it: the same book in a later export has the same key."""
    if book.isbn:
        return f"isbn:{book.isbn}"
    if book.asin:
        return f"asin:{book.asin.upper()}"
    authors = sorted(min(_person_keys(a) or {""}) for a in book.authors)
    return f"title:{_title_keys(book.title)[0]}|{'|'.join(authors)}"


def _digest(text: str) -> str:
    folded = " ".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.sha1(folded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@dataclass
class ClipCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    skipped: int = 0
    notes: int = 0
    bookmarks: int = 0
    books: set[str] = field(default_factory=set)

    def to_json(self, source: HighlightSource) -> dict[str, Any]:
        data: dict[str, Any] = {
            "highlights": {
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "merged": self.merged,
                "skipped": self.skipped,
            },
            "books": len(self.books),
        }
        if source in (HighlightSource.KINDLE, HighlightSource.WEREAD, HighlightSource.KOREADER,
                      HighlightSource.READWISE):  # fmt: skip
            data["notes"] = self.notes
        if source in (HighlightSource.KINDLE, HighlightSource.KOREADER):
            data["bookmarks"] = self.bookmarks
        return data


class HighlightWriter:
    """Writes one file's clips into the library, one at a time, inside the batch."""

    def __init__(self, s: Session, batch: Batch, kind: ImportKind, source: HighlightSource):
        self.s, self.batch, self.kind, self.source = s, batch, kind, source
        self.counts = ClipCounts()
        self._items: dict[str, int] = {}  # book key -> entry, for this run
        self._item_outcome: dict[int, Outcome] = {}
        self._made_here: set[int] = set()  # highlights this batch created
        self._titles: dict[str, list[tuple[int, set[str]]]] | None = None

    # -- books -------------------------------------------------------------------------------

    def item_for(self, book: BookRef) -> int:
        key = _book_key(book)
        self.counts.books.add(key)
        known = self._items.get(key)
        if known is not None:
            return known
        source = self.s.get(ImportSource, (self.kind, f"book:{key}"))
        if source is not None and source.item_id is not None:
            item_id = source.item_id
            self._item_outcome.setdefault(item_id, Outcome.UNCHANGED)
        else:
            found = self._match(book)
            if found is not None:
                item_id = found
                self.batch.touch(Target.ITEM, item_id)  # its import record is added below
                self._item_outcome.setdefault(item_id, Outcome.UNCHANGED)
            else:
                item_id = self._create(book)
                self._item_outcome[item_id] = Outcome.CREATED
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
        self._items[key] = item_id
        return item_id

    def _match(self, book: BookRef) -> int | None:
        for isbn in filter(None, (book.isbn,)):
            isbn13 = isbn if len(isbn) == 13 else values.isbn10_to_13(isbn)
            found = self.s.scalar(
                select(Item.id).where(Item.isbn13 == isbn13).order_by(Item.id).limit(1)
            )
            if found is not None:
                return found
        whole, main = _title_keys(book.title)
        wanted = set().union(*(_person_keys(a) for a in book.authors)) if book.authors else set()
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
                people.setdefault(item_id, set()).update(_person_keys(name))
            index: dict[str, list[tuple[int, set[str]]]] = {}
            for item_id, title in self.s.execute(select(Item.id, Item.title).order_by(Item.id)):
                for key in set(_title_keys(title)):
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
            self.batch.warn(f"{title}: {error}; the entry was made without it")
            changes = services.add_item(
                self.s, book.kind, title, people=people, status=Status.IN_PROGRESS
            )
        assert changes.created is not None
        self.batch.created(Target.ITEM, changes.created)
        if self._titles is not None:
            wanted = set().union(*(_person_keys(p.name) for p in people)) if people else set()
            for key in set(_title_keys(title)):
                self._titles.setdefault(key, []).append((changes.created, wanted))
        return changes.created

    # -- clips -------------------------------------------------------------------------------

    def write(self, clip: Clip) -> None:
        if clip.kind is ClipKind.BOOKMARK:
            self.counts.bookmarks += 1
            self.counts.books.add(_book_key(clip.book))
            return
        item_id = self.item_for(clip.book)
        if clip.kind is ClipKind.NOTE:
            self.counts.notes += 1
            self._write_note(item_id, clip)
            return
        outcome = self._write_highlight(item_id, clip)
        if outcome is None:
            self.counts.merged += 1
            return
        setattr(self.counts, outcome.value, getattr(self.counts, outcome.value) + 1)
        if outcome is not Outcome.UNCHANGED and self._item_outcome[item_id] is Outcome.UNCHANGED:
            self._item_outcome[item_id] = Outcome.UPDATED

    def _key(self, item_id: int, clip: Clip, prefix: str = "") -> str:
        if clip.key:
            return clip.key
        place = clip.place
        where = f"{place.loc_start}-{place.loc_end}|{place.page}-{place.page_end}|{place.position}"
        return f"{prefix}{_book_key(clip.book)}|{where}|{_digest(clip.text or clip.comment)}"

    def _by_key(self, key: str) -> Highlight | None:
        return self.s.scalar(
            select(Highlight).where(Highlight.source == self.source, Highlight.source_key == key)
        )

    def _write_highlight(self, item_id: int, clip: Clip) -> Outcome | None:
        key = self._key(item_id, clip)
        row = self._by_key(key)
        if row is None and not clip.key:
            row = self._extended(item_id, clip)
            if row is not None and _folded(clip.text) in _folded(row.text):
                return Outcome.UNCHANGED  # an earlier, shorter version of one already here
        if row is None:
            row = self._add(item_id, clip, key)
            self._adopt_notes(row)
            return Outcome.CREATED
        merged = row.id in self._made_here  # read earlier in this same file
        changed = self._update(row, clip, key)
        if changed:
            self._adopt_notes(row)  # its place or time moved: notes kept alone may be its
        if merged:
            return None
        return Outcome.UPDATED if changed else Outcome.UNCHANGED

    def _extended(self, item_id: int, clip: Clip) -> Highlight | None:
        """A highlight of this entry and source at an overlapping place whose text contains
        this one's or is contained in it: the same passage, highlighted again longer."""
        place = clip.place
        near = [Highlight.item_id == item_id, Highlight.source == self.source, Highlight.text != ""]
        if place.loc_start is not None:
            end = place.loc_end if place.loc_end is not None else place.loc_start
            near += [Highlight.loc_start <= end,
                     or_(and_(Highlight.loc_end.is_(None), Highlight.loc_start >= place.loc_start),
                         Highlight.loc_end >= place.loc_start)]  # fmt: skip
        elif place.page is not None:
            near.append(Highlight.page == place.page)
        elif place.chapter:
            near.append(Highlight.chapter == place.chapter)
        else:
            return None
        text = _folded(clip.text)
        if not text:
            return None
        for row in self.s.scalars(select(Highlight).where(*near).order_by(Highlight.id)):
            have = _folded(row.text)
            if text in have or have in text:
                return row
        return None

    def _add(self, item_id: int, clip: Clip, key: str) -> Highlight:
        changes = core_highlights.add_highlight(
            self.s, item_id, clip.text, comment=clip.comment or None, place=clip.place,
            color=clip.color, made_at=_when(clip), source=self.source, source_key=key,
        )  # fmt: skip
        assert changes.created is not None
        self.batch.created(Target.HIGHLIGHT, changes.created)
        self._made_here.add(changes.created)
        row = self.s.get(Highlight, changes.created)
        assert row is not None
        return row

    def _update(self, row: Highlight, clip: Clip, key: str) -> bool:
        """Bring ``row`` to what ``clip`` says (a longer text wins; a comment already there
        is kept when the clip has none); True when anything changed."""
        text = clip.text if len(_folded(clip.text)) >= len(_folded(row.text)) else row.text
        comment = _joined(row.comment, clip.comment) if clip.comment else row.comment
        place = clip.place if text is clip.text else None
        wanted = (text, comment, place or _place_of(row), clip.color or row.color, key)
        if wanted == (row.text, row.comment, _place_of(row), row.color, row.source_key):
            return False
        if row.id not in self._made_here:
            self.batch.touch(Target.HIGHLIGHT, row.id)
        core_highlights.edit_highlight(
            self.s, row.id, text=text, comment=comment, place=place, color=clip.color or row.color
        )
        if text is clip.text:
            row.source_key, row.made_at = key, _when(clip) or row.made_at
        return True

    def _write_note(self, item_id: int, clip: Clip) -> None:
        """Attach a note to the highlight at its place, or keep it as a highlight without
        text until one comes (``_adopt_notes``)."""
        if not clip.comment.strip():
            self.counts.skipped += 1
            self.batch.skip(clip.line, "an empty note")
            return
        target = self._highlight_at(item_id, clip)
        if target is not None:
            if _folded(clip.comment) in _folded(target.comment or ""):
                return
            if target.id not in self._made_here:
                self.batch.touch(Target.HIGHLIGHT, target.id)
            core_highlights.edit_highlight(
                self.s, target.id, comment=_joined(target.comment, clip.comment)
            )
            self._mark_updated(item_id)
            return
        key = self._key(item_id, clip, prefix="note|")
        if self._by_key(key) is not None:
            return
        self._add(item_id, clip, key)
        self._mark_updated(item_id)

    def _mark_updated(self, item_id: int) -> None:
        if self._item_outcome[item_id] is Outcome.UNCHANGED:
            self._item_outcome[item_id] = Outcome.UPDATED

    def _highlight_at(self, item_id: int, clip: Clip) -> Highlight | None:
        """The highlight with text a note belongs to. By location: the one whose range ends
        (or runs) at the note's location. By position: the one there. By page alone: the one
        made at the same moment (a Kindle writes a note and its highlight with one time;
        several highlights on a page leave nothing else to tell them apart)."""
        place, when = clip.place, _when(clip)
        base = [Highlight.item_id == item_id, Highlight.source == self.source, Highlight.text != ""]
        at = place.loc_end if place.loc_end is not None else place.loc_start
        if at is not None:
            rows = list(self.s.scalars(
                select(Highlight).where(*base, Highlight.loc_start <= at,
                                        or_(Highlight.loc_end >= at,
                                            and_(Highlight.loc_end.is_(None),
                                                 Highlight.loc_start == at)))
                .order_by(Highlight.id)
            ))  # fmt: skip
            ending = [r for r in rows if (r.loc_end or r.loc_start) == at]
            chosen = [r for r in ending or rows if when and r.made_at == when] or ending or rows
            return chosen[-1] if chosen else None
        if place.position:
            return self.s.scalar(
                select(Highlight).where(*base, Highlight.position == place.position).limit(1)
            )
        if place.page is not None and when:
            return self.s.scalar(
                select(Highlight)
                .where(*base, Highlight.page == place.page, Highlight.made_at == when)
                .order_by(Highlight.id.desc())
                .limit(1)
            )
        return None

    def _adopt_notes(self, row: Highlight) -> None:
        """Notes kept alone at this highlight's place (they came first) become its comment:
        a note inside its location range, or, without locations, at its position or page."""
        place = [Highlight.item_id == row.item_id, Highlight.source == self.source,
                 Highlight.text == "", Highlight.id != row.id]  # fmt: skip
        if row.loc_start is not None:
            end = row.loc_end if row.loc_end is not None else row.loc_start
            place += [Highlight.loc_start >= row.loc_start, Highlight.loc_start <= end]
        elif row.position:
            place.append(Highlight.position == row.position)
        elif row.page is not None and row.made_at:
            place += [Highlight.page == row.page, Highlight.loc_start.is_(None),
                      Highlight.made_at == row.made_at]  # fmt: skip
        else:
            return
        alone = list(self.s.scalars(select(Highlight).where(*place).order_by(Highlight.id)))
        if not alone:
            return
        comment = row.comment
        for note in alone:
            comment = _joined(comment, note.comment or "")
            if note.id not in self._made_here:
                self.batch.touch(Target.HIGHLIGHT, note.id)
            self.s.delete(note)
        self.s.flush()
        core_highlights.edit_highlight(self.s, row.id, comment=comment)
        # queued: the index drops the notes that are now this highlight's comment
        services.queue_for_index(self.s, Target.HIGHLIGHT, [n.id for n in alone])

    def finish(self) -> None:
        """Count each book once (entries), and store the highlight counts in the report."""
        per_item = Counter(self._item_outcome.values())
        for outcome, n in per_item.items():
            self.batch.count(outcome, n)
        self.batch.extra.update(self.counts.to_json(self.source))


def _joined(have: str | None, more: str) -> str:
    if not have:
        return more.strip()
    if _folded(more) in _folded(have):
        return have
    return f"{have.rstrip()}\n\n{more.strip()}"


def _place_of(row: Highlight) -> Place:
    return Place(page=row.page, page_end=row.page_end, loc_start=row.loc_start,
                 loc_end=row.loc_end, chapter=row.chapter, percent=row.percent,
                 position=row.position)  # fmt: skip


def _when(clip: Clip) -> str | None:
    return clip.made_at.isoformat() if clip.made_at is not None else None


def read(
    s: Session, batch: Batch, path: Path, parse: Parser, source: HighlightSource
) -> Iterator[Progress]:
    """Import every clip ``parse`` reads from ``path``; bad records are reported, not fatal."""
    writer = HighlightWriter(s, batch, batch.kind, source)
    done = 0
    for parsed in parse(path):
        done += 1
        if isinstance(parsed, BadRecord):
            writer.counts.skipped += 1
            batch.skip(parsed.line, parsed.reason)
        else:
            try:
                with s.begin_nested():
                    writer.write(parsed)
            except UserError as error:
                writer.counts.skipped += 1
                batch.skip(parsed.line, str(error))
        if done % PROGRESS_EVERY == 0:
            yield Progress(done, None, f"{done:,} clippings read")
    writer.finish()
    yield Progress(done, done, f"{done:,} clippings read")


# The highlight formats: their import kind, where their highlights say they came from, and the
# module whose ``parse`` reads them (imported on use).
FORMATS: dict[ImportKind, tuple[HighlightSource, str]] = {
    ImportKind.KINDLE: (HighlightSource.KINDLE, "kindle"),
    ImportKind.READWISE: (HighlightSource.READWISE, "readwise"),
    ImportKind.KOREADER: (HighlightSource.KOREADER, "koreader"),
    ImportKind.WEREAD: (HighlightSource.WEREAD, "weread"),
}


def reader(kind: ImportKind) -> Callable[[Session, Batch, Path], Iterator[Progress]]:
    """The importer of a highlight format, as importers.start wants it."""
    source, name = FORMATS[kind]
    module = importlib.import_module(f"readinglog.importers.{name}")
    parse: Parser = module.parse

    def read_format(s: Session, batch: Batch, path: Path) -> Iterator[Progress]:
        return read(s, batch, path, parse, source)

    return read_format
