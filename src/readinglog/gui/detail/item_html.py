"""An entry as HTML for the detail pane: fields, people, sessions, activity, its notes.

Everything the user typed is escaped; links use ``item:<id>`` and ``note:<id>`` so the pane can
open them, and only http(s) addresses become outside links.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QPalette

from readinglog.core import highlights, progress_text, repository
from readinglog.core.library import Library
from readinglog.core.progress_text import ProgressFacts
from readinglog.core.types import EventKind, EventView, HighlightView, ItemView, NoteRow, Status
from readinglog.gui.lists.table_models import stars, status_label
from readinglog.gui.runtime import theme

FIELD_LABELS = {
    "original_title": "Original title",
    "isbn": "ISBN",
    "isbn10": "ISBN-10",
    "url": "Web page",
    "feed_url": "Feed",
    "time_spent": "Time spent",
    "episode_number": "Episode",
    "certificate_date": "Certificate date",
    "certificate_id": "Certificate id",
    "certificate_url": "Certificate",
    "certificate_cost": "Certificate cost",
}
_SKIP = {"rating", "original_title", "summary", "cover"}  # the cover: beside (cover_view)
EVENT_LABELS = {
    EventKind.STARTED: "started",
    EventKind.PROGRESS: "progress",
    EventKind.FINISHED: "finished",
    EventKind.ABANDONED: "abandoned",
    EventKind.PAUSED: "paused",
    EventKind.NOTE: "note written",
}


@dataclass(frozen=True)
class ItemDetails:
    view: ItemView
    events: list[EventView]
    children: list[tuple[int, str]]
    notes: list[NoteRow]
    rating: float | None
    progress: ProgressFacts
    highlights: list[HighlightView]  # in reading order (shown by the highlights panel)


def load(library: Library, item_id: int) -> ItemDetails:
    with library.sessions() as s:
        view = repository.item_view(s, item_id)
        children = [(r.id, r.title) for r in repository.item_rows(s, view.child_ids)]
        rows = repository.item_rows(s, [item_id])
        return ItemDetails(
            view=view,
            events=repository.events(s, item_id=item_id),
            children=children,
            notes=repository.note_rows(s, view.note_ids),
            rating=rows[0].rating if rows else None,
            progress=progress_text.load_progress(s, item_id),
            highlights=highlights.of_item(s, item_id),
        )


def _value(name: str, value: object) -> str:
    if name == "duration" and isinstance(value, int):
        return escape(progress_text.clock(value))
    if name == "time_spent" and isinstance(value, int):  # minutes
        return escape(progress_text.clock(value * 60))
    if isinstance(value, dt.date):
        return value.isoformat()
    text = escape(str(value))
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return f'<a href="{escape(value, quote=True)}">{text}</a>'
    return text


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _row(label: str, html: str) -> str:
    return f'<tr><td class="k">{escape(label)}</td><td>{html}</td></tr>'


def _event(event: EventView) -> str:
    what = EVENT_LABELS[event.kind]
    if event.value is not None:
        what += f" · {escape(progress_text.amount_text(event.value, event.unit))}"
    if event.note_id is not None:
        what += f' · <a href="note:{event.note_id}">open note</a>'
    return _row(event.on.isoformat(), what)


# Where the entry stands is shown while it is under way, paused or given up (a finished
# entry's "page 685 of 685" says nothing its status does not).
_PROGRESS_SHOWN = {Status.IN_PROGRESS, Status.PAUSED, Status.ABANDONED}
BAR_WIDTH, BAR_HEIGHT = 160, 8


def progress_url(fraction: float, fill: str, track: str) -> str:
    """The bar's image address; ``Browser.loadResource`` draws it (colours from the palette
    at render time, so a new theme gives a new address, never a stale image)."""
    return f"progress:{fraction:.4f}?fill={fill.lstrip('#')}&track={track.lstrip('#')}"


def _progress(facts: ProgressFacts, palette: QPalette) -> str:
    text = progress_text.progress_text(facts)
    if text is None or facts.status not in _PROGRESS_SHOWN:
        return ""
    html = escape(text)
    fraction = progress_text.progress_fraction(facts)
    if fraction is not None:
        fill = palette.color(QPalette.ColorRole.Highlight).name()
        track = theme.track_color(palette).name()
        src = escape(progress_url(fraction, fill, track), quote=True)
        html += (
            f'<br><img src="{src}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" '
            f'alt="{round(fraction * 100)}%">'
        )
    return _row("Progress", html)


def render(details: ItemDetails, palette: QPalette) -> str:
    """The page, in the colours of ``palette`` (render again when the palette changes)."""
    v = details.view
    dim = theme.dim_color(palette).name()
    parts = [
        f"<style>td.k {{ color: {dim}; padding-right: 12px; white-space: nowrap; }}"
        f" .dim {{ color: {dim}; }} h3 {{ margin-top: 14px; margin-bottom: 4px; }}</style>",
        f"<h2>{escape(v.title)}</h2>",
    ]
    original = v.fields.get("original_title")
    if original and original != v.title:
        parts.append(f'<p class="dim">{escape(str(original))}</p>')
    summary = [escape(v.kind.label), escape(status_label(v.kind, v.status))]
    if details.rating is not None:
        summary.append(stars(details.rating))
    parts.append(f"<p>{' · '.join(summary)}</p>")
    rows = [_progress(details.progress, palette)]
    for role in dict.fromkeys(p.role for p in v.people):
        names = ", ".join(escape(n) for n in v.people_in(role))
        rows.append(_row(role.value.capitalize(), names))
    for name, value in v.fields.items():
        if name not in _SKIP:
            rows.append(_row(_label(name), _value(name, value)))
    if v.tags:
        rows.append(_row("Tags", " ".join(f"#{escape(t)}" for t in v.tags)))
    if v.parent_id is not None:
        link = f'<a href="item:{v.parent_id}">{escape(v.parent_title or "")}</a>'
        rows.append(_row("Part of", link))
    parts.append(f"<table>{''.join(rows)}</table>")
    if "summary" in v.fields:
        parts.append(f"<p>{escape(str(v.fields['summary']))}</p>")
    if details.children:
        links = "".join(f'<li><a href="item:{i}">{escape(t)}</a></li>' for i, t in details.children)
        parts.append(f"<h3>Contains</h3><ul>{links}</ul>")
    if v.sessions:
        items = [f"<li>{escape(line)}</li>" for line in progress_text.session_lines(v.sessions)]
        parts.append(f"<h3>Sessions</h3><ul>{''.join(items)}</ul>")
    if details.events:
        parts.append(f"<h3>Activity</h3><table>{''.join(map(_event, details.events))}</table>")
    heading = f"Notes ({len(details.notes)})" if details.notes else "Notes"
    if details.notes:
        links = "".join(
            f'<li><a href="note:{n.id}">{escape(n.title)}</a> '
            f'<span class="dim">· {n.words:,} words</span></li>'
            for n in details.notes
        )
        parts.append(f"<h3>{heading}</h3><ul>{links}</ul>")
    else:
        parts.append(f'<h3>{heading}</h3><p class="dim">No notes yet (Ctrl+Shift+N).</p>')
    return "".join(parts)
