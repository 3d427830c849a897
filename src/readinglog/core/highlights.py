"""Highlights: what the user marked in an entry, with their comment and where it is.

Use-cases for the CLI and the window (the caller owns the transaction), the reading order the
detail pane and the exports list them in, and how a highlight is cited when it is quoted: one
wording (core/citation.py), so a highlight quoted into a note exports as the note's own quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import notes
from readinglog.core.citation import quote
from readinglog.core.errors import InvalidInput, NotFound
from readinglog.core.models import Highlight, Item, utcnow
from readinglog.core.notes import KEEP, Keep
from readinglog.core.services import load_item, queue_for_index
from readinglog.core.text import HAN_RE
from readinglog.core.types import Changes, HighlightSource, HighlightView, Place, Target

MAX_TEXT = 100_000  # characters: a highlight is a passage, not a book
_DIGITS = re.compile(r"(\d+)")


def checked(text: str, comment: str | None) -> tuple[str, str | None]:
    text = text.strip("\n")
    comment = comment.strip() if comment is not None else None
    if not text.strip() and not comment:
        raise InvalidInput("a highlight needs its text (or, for a note at a place, a comment)")
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            "the highlight's text is {length:,} characters; at most {limit:,}",
            length=len(text),
            limit=MAX_TEXT,
        )
    if comment and len(comment) > MAX_TEXT:
        raise InvalidInput(
            "the highlight's comment is {length:,} characters; at most {limit:,}",
            length=len(comment),
            limit=MAX_TEXT,
        )
    return text, comment or None


def set_place(row: Highlight, place: Place) -> None:
    for spec in fields(Place):
        setattr(row, spec.name, getattr(place, spec.name))


def _place(row: Highlight) -> Place:
    return Place(**{spec.name: getattr(row, spec.name) for spec in fields(Place)})


def load(s: Session, highlight_id: int) -> Highlight:
    row = s.get(Highlight, highlight_id)
    if row is None:
        raise NotFound("no highlight with id {id}", id=highlight_id)
    return row


def add_highlight(
    s: Session,
    item_id: int,
    text: str,
    *,
    comment: str | None = None,
    place: Place | None = None,
    color: str | None = None,
    made_at: str | None = None,
    source: HighlightSource = HighlightSource.MANUAL,
    source_key: str | None = None,
) -> Changes:
    """Add a highlight to an entry; ``Changes.created`` is its id."""
    load_item(s, item_id)
    text, comment = checked(text, comment)
    row = Highlight(
        item_id=item_id,
        text=text,
        comment=comment,
        color=color,
        made_at=made_at,
        source=source,
        source_key=source_key,
    )
    set_place(row, place or Place())
    s.add(row)
    s.flush()
    queue_for_index(s, Target.HIGHLIGHT, [row.id])
    return Changes(items=frozenset({item_id}), highlights=frozenset({row.id}), created=row.id)


def edit_highlight(
    s: Session,
    highlight_id: int,
    *,
    text: str | None = None,
    comment: str | Keep | None = KEEP,
    place: Place | None = None,
    color: str | Keep | None = KEEP,
) -> Changes:
    """Change a highlight's text, comment (None or "" clears it), place or colour."""
    row = load(s, highlight_id)
    new_text, new_comment = checked(
        row.text if text is None else text,
        row.comment if isinstance(comment, Keep) else comment,
    )
    changed = (new_text, new_comment) != (row.text, row.comment)
    row.text, row.comment = new_text, new_comment
    if place is not None and place != _place(row):
        set_place(row, place)
        changed = True
    if not isinstance(color, Keep) and (color or None) != row.color:
        row.color = color or None
        changed = True
    if changed:
        row.updated_at = utcnow()
        queue_for_index(s, Target.HIGHLIGHT, [row.id])
    return Changes(items=frozenset({row.item_id}), highlights=frozenset({row.id}))


def _views(s: Session, rows: Iterable[Highlight]) -> list[HighlightView]:
    rows = list(rows)
    titles = dict(
        s.execute(select(Item.id, Item.title).where(Item.id.in_({r.item_id for r in rows}))).all()
    )
    return [
        HighlightView(
            id=r.id,
            item_id=r.item_id,
            item_title=titles.get(r.item_id, ""),
            text=r.text,
            comment=r.comment,
            place=_place(r),
            color=r.color,
            made_at=r.made_at,
            source=r.source,
            created_at=r.created_at,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


def views(s: Session, ids: Sequence[int]) -> list[HighlightView]:
    """These highlights, in the order asked (ids that do not exist are left out)."""
    rows = {r.id: r for r in s.scalars(select(Highlight).where(Highlight.id.in_(ids)))}
    return _views(s, (rows[i] for i in ids if i in rows))


def of_item(s: Session, item_id: int) -> list[HighlightView]:
    """An entry's highlights in reading order."""
    rows = s.scalars(select(Highlight).where(Highlight.item_id == item_id))
    return in_reading_order(_views(s, rows))


def listed(
    s: Session,
    item_id: int | None = None,
    *,
    source: HighlightSource | None = None,
    limit: int | None = None,
) -> list[HighlightView]:
    """Highlights of one entry (in reading order) or of all (by entry, then reading order)."""
    query = select(Highlight)
    if item_id is not None:
        query = query.where(Highlight.item_id == item_id)
    if source is not None:
        query = query.where(Highlight.source == source)
    found = in_reading_order(_views(s, s.scalars(query)))
    return found[:limit] if limit is not None else found


def _natural(text: str | None) -> tuple[object, ...]:
    """ "order 10" after "order 9"; an xpointer's DocFragment[10] after DocFragment[9]."""
    if not text:
        return ()
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(text) if part)


def _reading_key(view: HighlightView) -> tuple[object, ...]:
    place = view.place
    where: tuple[object, ...]
    if place.loc_start is not None:
        where = (0, place.loc_start, place.loc_end or place.loc_start)
    elif place.page is not None:
        where = (1, place.page, place.page_end or place.page)
    elif place.percent is not None:
        where = (2, place.percent)
    elif place.position:
        where = (3, _natural(place.position))
    else:
        where = (4,)
    return (view.item_id, where, view.made_at or "", view.id)


def in_reading_order(found: Iterable[HighlightView]) -> list[HighlightView]:
    """By entry, then place (location, page, percent, position), then when made, then id."""
    keyed = [(_reading_key(view), view) for view in found]
    try:
        keyed.sort(key=lambda pair: pair[0])
    except TypeError:  # positions of two layouts in one entry: compare them as text
        keyed.sort(key=lambda pair: str(pair[0]))
    return [view for _, view in keyed]


def by_chapter(found: Sequence[HighlightView]) -> list[tuple[str | None, list[HighlightView]]]:
    """Highlights in reading order, grouped by their chapter where consecutive ones share it."""
    groups: list[tuple[str | None, list[HighlightView]]] = []
    for view in found:
        chapter = view.place.chapter or None
        if groups and groups[-1][0] == chapter:
            groups[-1][1].append(view)
        else:
            groups.append((chapter, [view]))
    return groups


def _span(start: int, end: int | None) -> str:
    return f"{start}–{end}" if end is not None and end != start else str(start)


def place_text(place: Place, *, chinese: bool) -> str:
    """Where a highlight is, as a citation names it: "p. 42", "loc. 145–146", "第 42 页"."""
    if place.page is not None:
        span = _span(place.page, place.page_end)
        return f"第 {span} 页" if chinese else (f"pp. {span}" if "–" in span else f"p. {span}")
    if place.loc_start is not None:
        span = _span(place.loc_start, place.loc_end)
        return f"位置 {span}" if chinese else f"loc. {span}"
    if place.chapter:
        return place.chapter.strip()
    if place.percent is not None:
        return f"{place.percent:.0f}%"
    return ""


def location(view: HighlightView) -> str:
    """The highlight's place in the wording of its entry's language."""
    return place_text(view.place, chinese=bool(HAN_RE.search(view.item_title)))


def quoted(view: HighlightView) -> str:
    """The highlight as Markdown: a blockquote with its citation, then the comment if any."""
    text = view.text if view.text.strip() else ""
    body = quote(text, view.item_title, location(view)) if text else ""
    if view.comment:
        body = f"{body}\n\n{view.comment}" if body else view.comment
    return body


def to_note(s: Session, ids: Sequence[int], *, title: str | None = None) -> Changes:
    """One note made of these highlights (in the order given), quoted with their citations
    and linked to their entries; ``Changes.created`` is the note."""
    found = views(s, list(dict.fromkeys(ids)))
    missing = sorted(set(ids) - {view.id for view in found})
    if missing:
        raise NotFound("no highlight with id {id}", id=", ".join(str(i) for i in missing))
    if not found:
        raise InvalidInput("name at least one highlight")
    body = "\n\n".join(quoted(view) for view in found) + "\n"
    items = list(dict.fromkeys(view.item_id for view in found))
    if title is None:
        first = found[0]
        title = first.item_title if len(items) == 1 else ""
    changes = notes.add_note(s, body, title=title, item_ids=items)
    return replace(changes, highlights=frozenset(view.id for view in found))
