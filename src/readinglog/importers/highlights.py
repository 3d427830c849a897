"""Bring clips (importers/clips.py) into the library: find or make each book's entry, then
add, update or leave each highlight, and attach each note to the highlight at its place.

- Books: found or made by importers/highlight_books.py.
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
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from readinglog.core import highlights as core_highlights
from readinglog.core import services
from readinglog.core.batches import Batch, Outcome
from readinglog.core.errors import Message, UserError
from readinglog.core.models import Highlight, ImportKind, utcnow
from readinglog.core.types import (
    HighlightSource,
    Place,
    Progress,
    Target,
)
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed
from readinglog.importers.highlight_books import BookFinder, book_key
from readinglog.importers.reasons import reported

Parser = Callable[[Path], Iterator[Parsed]]
PROGRESS_EVERY = 200
FLUSH_EVERY = 500  # new highlights inserted per statement


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
        self.books = BookFinder(s, batch, kind)
        self._item_outcome: dict[int, Outcome] = {}
        self._by_key: dict[str, _Mark] | None = None  # the source's highlights (``_load``)
        self._by_item: dict[int, list[_Mark]] | None = None
        self._pending: list[_Mark] = []  # added, not inserted yet

    def item_for(self, book: BookRef) -> int:
        self.counts.books.add(book_key(book))
        item_id, made = self.books.item_for(book)
        self._item_outcome.setdefault(item_id, Outcome.CREATED if made else Outcome.UNCHANGED)
        return item_id

    # -- clips -------------------------------------------------------------------------------
    #
    # The source's highlights are read once (``_load``) and kept as ``_Mark`` values, by key
    # and by entry: matching a clip (its key, a re-highlight it extends, the highlight a note
    # belongs to) is done in memory, and new rows are inserted in chunks. A re-import of an
    # unchanged file reads the database once and writes nothing.

    def _load(self) -> None:
        if self._by_key is not None:
            return
        self._by_key, self._by_item = {}, {}
        columns = (Highlight.id, Highlight.item_id, Highlight.source_key, Highlight.text,
                   Highlight.comment, Highlight.color, Highlight.made_at,
                   *(getattr(Highlight, name) for name in _PLACE_FIELDS))  # fmt: skip
        rows = self.s.execute(
            select(*columns).where(Highlight.source == self.source).order_by(Highlight.id)
        )
        for row in rows:
            place = Place(**dict(zip(_PLACE_FIELDS, row[7:], strict=True)))
            mark = _Mark(row.id, row.item_id, row.source_key, row.text, row.comment, place,
                         row.color, row.made_at)  # fmt: skip
            self._remember(mark)

    def _remember(self, mark: _Mark) -> None:
        assert self._by_key is not None and self._by_item is not None
        if mark.key is not None:
            self._by_key[mark.key] = mark
        self._by_item.setdefault(mark.item_id, []).append(mark)

    def _marks(self, item_id: int) -> list[_Mark]:
        assert self._by_item is not None
        return [m for m in self._by_item.get(item_id, []) if not m.gone]

    def write(self, clip: Clip) -> None:
        if clip.kind is ClipKind.BOOKMARK:
            self.counts.bookmarks += 1
            self.counts.books.add(book_key(clip.book))
            return
        self._load()
        if clip.kind is ClipKind.NOTE:
            self.counts.notes += 1
            if not clip.comment.strip():
                self.counts.skipped += 1
                self.batch.skip(clip.line, reported(Message("an empty note")))
                return
            core_highlights.checked("", clip.comment)  # a UserError before anything is written
            self._write_note(self.item_for(clip.book), clip)
            return
        core_highlights.checked(clip.text, clip.comment or None)
        item_id = self.item_for(clip.book)
        outcome = self._write_highlight(item_id, clip)
        if outcome is None:
            self.counts.merged += 1
            return
        setattr(self.counts, outcome.value, getattr(self.counts, outcome.value) + 1)
        if outcome is not Outcome.UNCHANGED:
            self._mark_updated(item_id)

    def _key(self, clip: Clip, prefix: str = "") -> str:
        if clip.key:
            return clip.key
        place = clip.place
        where = f"{place.loc_start}-{place.loc_end}|{place.page}-{place.page_end}|{place.position}"
        return f"{prefix}{book_key(clip.book)}|{where}|{_digest(clip.text or clip.comment)}"

    def _write_highlight(self, item_id: int, clip: Clip) -> Outcome | None:
        assert self._by_key is not None
        key = self._key(clip)
        mark = self._by_key.get(key)
        if mark is not None and mark.gone:
            mark = None
        if mark is None and not clip.key:
            mark = self._extended(item_id, clip)
            if mark is not None and _folded(clip.text) in mark.folded:
                return Outcome.UNCHANGED  # an earlier, shorter version of one already here
        if mark is None:
            mark = self._add(item_id, clip, key)
            self._adopt_notes(mark)
            return Outcome.CREATED
        merged = mark.new  # read earlier in this same file
        changed = self._update(mark, clip, key)
        if changed:
            self._adopt_notes(mark)  # its place or time moved: notes kept alone may be its
        if merged:
            return None
        return Outcome.UPDATED if changed else Outcome.UNCHANGED

    def _extended(self, item_id: int, clip: Clip) -> _Mark | None:
        """A highlight of this entry at an overlapping place whose text contains this one's
        or is contained in it: the same passage, highlighted again longer."""
        text = _folded(clip.text)
        if not text:
            return None
        place = clip.place
        for mark in self._marks(item_id):
            if not mark.text or not _near(mark.place, place):
                continue
            if text in mark.folded or mark.folded in text:
                return mark
        return None

    def _add(self, item_id: int, clip: Clip, key: str) -> _Mark:
        text, comment = core_highlights.checked(clip.text, clip.comment or None)
        row = Highlight(item_id=item_id, text=text, comment=comment, color=clip.color,
                        made_at=_when(clip), source=self.source, source_key=key)  # fmt: skip
        core_highlights.set_place(row, clip.place)
        self.s.add(row)
        mark = _Mark(None, item_id, key, text, comment, clip.place, clip.color, _when(clip),
                     row=row, new=True)  # fmt: skip
        self._remember(mark)
        self._pending.append(mark)
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()
        return mark

    def flush(self) -> None:
        """Insert the new highlights (one statement per chunk), record them in the batch and
        queue them for the index."""
        if not self._pending:
            return
        self.s.flush()
        ids = []
        for mark in self._pending:
            assert mark.row is not None
            mark.id = mark.row.id
            ids.append(mark.row.id)
            self.s.expunge(mark.row)  # memory stays with the marks, not an ORM row each
            mark.row = None
        self._pending.clear()
        self.batch.created_many(Target.HIGHLIGHT, ids)
        services.queue_for_index(self.s, Target.HIGHLIGHT, ids)

    def _row(self, mark: _Mark) -> Highlight:
        """The ORM row of a highlight, to change it (an existing one is saved for undo)."""
        if mark.row is not None:
            return mark.row
        assert mark.id is not None
        if not mark.new:  # made by this import: undo deletes it, nothing to save
            self.batch.touch(Target.HIGHLIGHT, mark.id)
        row = self.s.get(Highlight, mark.id)
        assert row is not None
        mark.row = row
        return row

    def _change(self, mark: _Mark, **changed: Any) -> None:
        """Apply ``changed`` (text, comment, place, color, key, made_at) to the row and mark."""
        row = self._row(mark)
        for name, value in changed.items():
            if name == "place":
                core_highlights.set_place(row, value)
            elif name == "key":
                row.source_key = value
            else:
                setattr(row, name, value)
            setattr(mark, name, value)
        mark.folded = _folded(mark.text)
        if not mark.new:
            row.updated_at = utcnow()
            assert mark.id is not None
            services.queue_for_index(self.s, Target.HIGHLIGHT, [mark.id])

    def _update(self, mark: _Mark, clip: Clip, key: str) -> bool:
        """Bring ``mark`` to what ``clip`` says; True when anything changed. A source with
        its own ids (Readwise, KOReader) is followed as it is; otherwise a longer text (a
        re-highlight) wins, with its place, key and time, and the same passage read again
        changes nothing but a comment or colour it adds."""
        take = bool(clip.key) or len(_folded(clip.text)) > len(mark.folded)
        if clip.key:
            comment = clip.comment.strip() or None  # as the source has it now
        else:
            comment = _joined(mark.comment, clip.comment) if clip.comment else mark.comment
        wanted: dict[str, Any] = {"comment": comment, "color": clip.color or mark.color}
        if take:
            wanted |= {"text": clip.text, "place": clip.place, "key": key,
                       "made_at": _when(clip) or mark.made_at}  # fmt: skip
        changed = {name: v for name, v in wanted.items() if getattr(mark, name) != v}
        if not changed:
            return False
        if self._by_key is not None and "key" in changed:
            if mark.key is not None and self._by_key.get(mark.key) is mark:
                del self._by_key[mark.key]
            self._by_key[key] = mark
        self._change(mark, **changed)
        return True

    def _write_note(self, item_id: int, clip: Clip) -> None:
        """Attach a note to the highlight at its place, or keep it as a highlight without
        text until one comes (``_adopt_notes``)."""
        assert self._by_key is not None
        folded = _folded(clip.comment)
        at_place = self._highlights_at(item_id, clip)
        if any(folded in _folded(m.comment or "") for m in at_place):
            return  # attached before (this file read again, or a longer export)
        target = self._belongs_to(at_place, clip)
        if target is not None:
            self._change(target, comment=_joined(target.comment, clip.comment))
            self._mark_updated(item_id)
            return
        key = self._key(clip, prefix="note|")
        kept = self._by_key.get(key)
        if kept is not None and not kept.gone:
            return
        self._add(item_id, replace(clip, text=""), key)
        self._mark_updated(item_id)

    def _mark_updated(self, item_id: int) -> None:
        if self._item_outcome[item_id] is Outcome.UNCHANGED:
            self._item_outcome[item_id] = Outcome.UPDATED

    def _highlights_at(self, item_id: int, clip: Clip) -> list[_Mark]:
        """The highlights with text a note at ``clip``'s place may belong to: by location,
        those whose range runs over it (those ending there first); by position, the one
        there; by page alone, those made at the same moment (a Kindle writes a note and its
        highlight with one time; several on a page leave nothing else to tell them apart)."""
        place, when = clip.place, _when(clip)
        marks = [m for m in self._marks(item_id) if m.text]
        at = place.loc_end if place.loc_end is not None else place.loc_start
        if at is not None:
            found = [m for m in marks if _runs_over(m.place, at)]
            return [m for m in found if _ends_at(m.place, at)] + [
                m for m in found if not _ends_at(m.place, at)
            ]
        if place.position:
            return [m for m in marks if m.place.position == place.position]
        if place.page is not None and when:
            return [m for m in marks if m.place.page == place.page and m.made_at == when]
        return []

    def _belongs_to(self, found: list[_Mark], clip: Clip) -> _Mark | None:
        """Of the highlights at a note's place: the one made at its moment, else the latest
        made before it, else the last read."""
        if not found:
            return None
        when = _when(clip)
        ending = [m for m in found if m is found[0] or _same_end(m.place, found[0].place)]
        if when:
            same = [m for m in ending if m.made_at == when]
            if same:
                return same[-1]
            before = [m for m in ending if m.made_at and m.made_at <= when]
            if before:
                return max(before, key=lambda m: m.made_at or "")
        return ending[-1]

    def _adopt_notes(self, mark: _Mark) -> None:
        """Notes kept alone at this highlight's place (they came first) become its comment:
        a note inside its location range, or, without locations, at its position or page."""
        place = mark.place
        alone: list[_Mark] = []
        for note in self._marks(mark.item_id):
            if note.text or note is mark:
                continue
            there = note.place
            if place.loc_start is not None:
                end = place.loc_end if place.loc_end is not None else place.loc_start
                inside = there.loc_start is not None and place.loc_start <= there.loc_start <= end
            elif place.position:
                inside = there.position == place.position
            elif place.page is not None and mark.made_at:
                inside = (there.page == place.page and there.loc_start is None
                          and note.made_at == mark.made_at)  # fmt: skip
            else:
                inside = False
            if inside:
                alone.append(note)
        if not alone:
            return
        comment = mark.comment
        for note in alone:
            comment = _joined(comment, note.comment or "")
            self._drop(note)
        self._change(mark, comment=comment)

    def _drop(self, mark: _Mark) -> None:
        """Delete a note kept alone that became a highlight's comment."""
        mark.gone = True
        if mark in self._pending:
            self._pending.remove(mark)
            assert mark.row is not None
            if inspect(mark.row).pending:  # not inserted yet
                self.s.expunge(mark.row)
                return
        row = self._row(mark)
        self.s.delete(row)
        assert mark.id is not None
        # queued: the index drops the note that is now a highlight's comment
        services.queue_for_index(self.s, Target.HIGHLIGHT, [mark.id])

    def finish(self) -> None:
        """Insert what is pending, count each book once (entries), and store the highlight
        counts in the report."""
        self.flush()
        self.s.flush()
        per_item = Counter(self._item_outcome.values())
        for outcome, n in per_item.items():
            self.batch.count(outcome, n)
        self.batch.extra.update(self.counts.to_json(self.source))


_PLACE_FIELDS = tuple(spec.name for spec in dataclass_fields(Place))


@dataclass(eq=False)
class _Mark:
    """A highlight of this source as the writer tracks it (``row`` once it is loaded or new)."""

    id: int | None
    item_id: int
    key: str | None
    text: str
    comment: str | None
    place: Place
    color: str | None
    made_at: str | None
    row: Highlight | None = None
    new: bool = False  # made by this import
    gone: bool = False  # a note deleted after it became a highlight's comment
    folded: str = ""

    def __post_init__(self) -> None:
        self.folded = _folded(self.text)


def _near(have: Place, place: Place) -> bool:
    """Overlapping locations; else the same page; else the same chapter."""
    if place.loc_start is not None:
        if have.loc_start is None:
            return False
        end = place.loc_end if place.loc_end is not None else place.loc_start
        have_end = have.loc_end if have.loc_end is not None else have.loc_start
        return have.loc_start <= end and have_end >= place.loc_start
    if place.page is not None:
        return have.page == place.page
    if place.chapter:
        return have.chapter == place.chapter
    return False


def _runs_over(place: Place, at: int) -> bool:
    if place.loc_start is None or place.loc_start > at:
        return False
    return (place.loc_end if place.loc_end is not None else place.loc_start) >= at


def _ends_at(place: Place, at: int) -> bool:
    return (place.loc_end if place.loc_end is not None else place.loc_start) == at


def _same_end(one: Place, other: Place) -> bool:
    return (one.loc_end or one.loc_start) == (other.loc_end or other.loc_start)


def _joined(have: str | None, more: str) -> str:
    if not have:
        return more.strip()
    if _folded(more) in _folded(have):
        return have
    return f"{have.rstrip()}\n\n{more.strip()}"


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
            try:  # a clip is checked before anything of it is written (a new book is written
                writer.write(parsed)  # in a savepoint of its own)
            except UserError as error:
                writer.counts.skipped += 1
                batch.skip(parsed.line, reported(error))
        if done % PROGRESS_EVERY == 0:
            yield Progress(done, None, reported(Message("{count:,} clippings read", count=done)))
    writer.finish()
    yield Progress(done, done, reported(Message("{count:,} clippings read", count=done)))


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
