"""An entry as HTML for the detail pane: fields, people, sessions, activity, its notes.

Everything the user typed is escaped; links use ``item:<id>`` and ``note:<id>`` so the pane can
open them, and only http(s) addresses become outside links.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from readinglog.core import highlights, progress_text, repository
from readinglog.core.library import Library
from readinglog.core.progress_text import ProgressFacts
from readinglog.core.types import (
    EventKind,
    EventView,
    HighlightView,
    ItemView,
    NoteRow,
    Role,
    Status,
)
from readinglog.gui.lists.table_models import kind_label, stars, status_label
from readinglog.gui.runtime import i18n, theme
from readinglog.gui.runtime.i18n import QT_TRANSLATE_NOOP

# The page's words, translated where the page is made (context "EntryPage").
FIELD_LABELS = {
    "original_title": QT_TRANSLATE_NOOP("EntryPage", "Original title"),
    "isbn": QT_TRANSLATE_NOOP("EntryPage", "ISBN"),
    "isbn10": QT_TRANSLATE_NOOP("EntryPage", "ISBN-10"),
    "url": QT_TRANSLATE_NOOP("EntryPage", "Web page"),
    "feed_url": QT_TRANSLATE_NOOP("EntryPage", "Feed"),
    "time_spent": QT_TRANSLATE_NOOP("EntryPage", "Time spent"),
    "episode_number": QT_TRANSLATE_NOOP("EntryPage", "Episode"),
    "certificate_date": QT_TRANSLATE_NOOP("EntryPage", "Certificate date"),
    "certificate_id": QT_TRANSLATE_NOOP("EntryPage", "Certificate id"),
    "certificate_url": QT_TRANSLATE_NOOP("EntryPage", "Certificate"),
    "certificate_cost": QT_TRANSLATE_NOOP("EntryPage", "Certificate cost"),
    # the others as ``_label`` writes a field's name in English
    "subtitle": QT_TRANSLATE_NOOP("EntryPage", "Subtitle"),
    "publisher": QT_TRANSLATE_NOOP("EntryPage", "Publisher"),
    "year": QT_TRANSLATE_NOOP("EntryPage", "Year"),
    "pages": QT_TRANSLATE_NOOP("EntryPage", "Pages"),
    "format": QT_TRANSLATE_NOOP("EntryPage", "Format"),
    "language": QT_TRANSLATE_NOOP("EntryPage", "Language"),
    "duration": QT_TRANSLATE_NOOP("EntryPage", "Duration"),
    "published": QT_TRANSLATE_NOOP("EntryPage", "Published"),
    "channel": QT_TRANSLATE_NOOP("EntryPage", "Channel"),
    "site": QT_TRANSLATE_NOOP("EntryPage", "Site"),
    "platform": QT_TRANSLATE_NOOP("EntryPage", "Platform"),
}
_SKIP = {"rating", "original_title", "summary", "cover"}  # the cover: beside (cover_view)
ROLE_LABELS = {
    Role.AUTHOR: QT_TRANSLATE_NOOP("EntryPage", "Author"),
    Role.TRANSLATOR: QT_TRANSLATE_NOOP("EntryPage", "Translator"),
    Role.EDITOR: QT_TRANSLATE_NOOP("EntryPage", "Editor"),
    Role.NARRATOR: QT_TRANSLATE_NOOP("EntryPage", "Narrator"),
    Role.HOST: QT_TRANSLATE_NOOP("EntryPage", "Host"),
    Role.GUEST: QT_TRANSLATE_NOOP("EntryPage", "Guest"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("EntryPage", "Instructor"),
    Role.SPEAKER: QT_TRANSLATE_NOOP("EntryPage", "Speaker"),
}
EVENT_LABELS = {
    EventKind.STARTED: QT_TRANSLATE_NOOP("EntryPage", "started"),
    EventKind.PROGRESS: QT_TRANSLATE_NOOP("EntryPage", "progress"),
    EventKind.FINISHED: QT_TRANSLATE_NOOP("EntryPage", "finished"),
    EventKind.ABANDONED: QT_TRANSLATE_NOOP("EntryPage", "abandoned"),
    EventKind.PAUSED: QT_TRANSLATE_NOOP("EntryPage", "paused"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("EntryPage", "note written"),
}


def _tr(text: str) -> str:
    """A word of the page (marked above, or written out below) in the window's language."""
    return QCoreApplication.translate("EntryPage", text)


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
    known = FIELD_LABELS.get(name)
    return _tr(known) if known else name.replace("_", " ").capitalize()


def _role(role: Role) -> str:
    known = ROLE_LABELS.get(role)
    return _tr(known) if known else role.value.capitalize()


def _row(label: str, html: str) -> str:
    return f'<tr><td class="k">{escape(label)}</td><td>{html}</td></tr>'


def _event(event: EventView) -> str:
    what = _tr(EVENT_LABELS[event.kind])
    if event.value is not None:
        what += f" · {escape(i18n.said(progress_text.amount_said(event.value, event.unit)))}"
    if event.note_id is not None:
        link = QCoreApplication.translate("EntryPage", "open note")
        what += f' · <a href="note:{event.note_id}">{escape(link)}</a>'
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
    said = progress_text.progress_said(facts)
    if said is None or facts.status not in _PROGRESS_SHOWN:
        return ""
    html = escape(i18n.said(said))
    fraction = progress_text.progress_fraction(facts)
    if fraction is not None:
        fill = palette.color(QPalette.ColorRole.Highlight).name()
        track = theme.track_color(palette).name()
        src = escape(progress_url(fraction, fill, track), quote=True)
        html += (
            f'<br><img src="{src}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" '
            f'alt="{round(fraction * 100)}%">'
        )
    return _row(QCoreApplication.translate("EntryPage", "Progress"), html)


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
    summary = [escape(kind_label(v.kind)), escape(status_label(v.kind, v.status))]
    if details.rating is not None:
        summary.append(stars(details.rating))
    parts.append(f"<p>{' · '.join(summary)}</p>")
    rows = [_progress(details.progress, palette)]
    for role in dict.fromkeys(p.role for p in v.people):
        names = ", ".join(escape(n) for n in v.people_in(role))
        rows.append(_row(_role(role), names))
    for name, value in v.fields.items():
        if name not in _SKIP:
            rows.append(_row(_label(name), _value(name, value)))
    if v.tags:
        tags = QCoreApplication.translate("EntryPage", "Tags")
        rows.append(_row(tags, " ".join(f"#{escape(t)}" for t in v.tags)))
    if v.parent_id is not None:
        link = f'<a href="item:{v.parent_id}">{escape(v.parent_title or "")}</a>'
        rows.append(_row(QCoreApplication.translate("EntryPage", "Part of"), link))
    parts.append(f"<table>{''.join(rows)}</table>")
    if "summary" in v.fields:
        parts.append(f"<p>{escape(str(v.fields['summary']))}</p>")
    if details.children:
        links = "".join(f'<li><a href="item:{i}">{escape(t)}</a></li>' for i, t in details.children)
        contains = escape(QCoreApplication.translate("EntryPage", "Contains"))
        parts.append(f"<h3>{contains}</h3><ul>{links}</ul>")
    if v.sessions:
        lines = progress_text.session_lines_said(v.sessions)
        items = [f"<li>{escape(i18n.said(line))}</li>" for line in lines]
        sessions = escape(QCoreApplication.translate("EntryPage", "Sessions"))
        parts.append(f"<h3>{sessions}</h3><ul>{''.join(items)}</ul>")
    if details.events:
        activity = escape(QCoreApplication.translate("EntryPage", "Activity"))
        parts.append(f"<h3>{activity}</h3><table>{''.join(map(_event, details.events))}</table>")
    count = len(details.notes)
    heading = (
        QCoreApplication.translate("EntryPage", "Notes ({count})").format(count=count)
        if details.notes
        else QCoreApplication.translate("EntryPage", "Notes")
    )
    if details.notes:
        words = QCoreApplication.translate("EntryPage", "{words} words")
        links = "".join(
            f'<li><a href="note:{n.id}">{escape(n.title)}</a> '
            f'<span class="dim">· {escape(words.format(words=f"{n.words:,}"))}</span></li>'
            for n in details.notes
        )
        parts.append(f"<h3>{escape(heading)}</h3><ul>{links}</ul>")
    else:
        none = escape(QCoreApplication.translate("EntryPage", "No notes yet (Ctrl+Shift+N)."))
        parts.append(f'<h3>{escape(heading)}</h3><p class="dim">{none}</p>')
    return "".join(parts)
