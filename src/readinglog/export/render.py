"""Pure render functions: a note, or an entry with its notes, as one post for one generator.

``render_note(note, profile, options)`` and ``render_item(item, notes, profile, options,
highlights=...)`` read nothing from the database and write nothing; they return a ``Post`` with a
relative path (checked never to leave the target folder), the full text and the slug.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath

from readinglog.core.citation import citation, escape_inline
from readinglog.core.errors import UserError
from readinglog.core.text import HAN_RE
from readinglog.core.types import HighlightView, ItemView, NoteView
from readinglog.export import highlights as highlight_section
from readinglog.export import templates
from readinglog.export.body import excerpt, prepare
from readinglog.export.frontmatter import Value, fenced, rfc3339
from readinglog.export.kept import merge
from readinglog.export.profiles import (
    CoverRef,
    ExportOptions,
    Format,
    PostMeta,
    Profile,
    as_written,
)
from readinglog.export.slug import check_relative, note_slug

# Turns a note into the Markdown its post shows (links and attachments rewritten).
Rewrite = Callable[[NoteView], str]

# Fields that are not for publishing or are shown another way: ``cover`` is a path in the
# library (or on this computer); the post names the copy beside it instead (PostMeta.cover).
_PRIVATE_FIELDS = frozenset({"cover"})


@dataclass(frozen=True)
class Post:
    path: PurePosixPath  # relative to the --out or --site folder
    text: str
    slug: str
    format: str


def export_moment(moment: dt.datetime, options: ExportOptions) -> dt.datetime:
    """``moment`` in the export time zone, never later than now (no future-dated posts)."""
    now = options.now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:  # the DTOs promise aware UTC; be lenient with a naive value
        moment = moment.replace(tzinfo=dt.UTC)
    moment = min(moment, now)
    local = moment.astimezone(options.tz) if options.tz else moment.astimezone()
    return local.replace(microsecond=0)


@cache
def _packaged_template(format_name: str) -> str:
    return templates.load(format_name)


def _template(profile: Profile, options: ExportOptions) -> str:
    return (
        options.template
        if options.template is not None
        else _packaged_template(profile.format.value)
    )


def _front_matter(
    profile: Profile, meta: PostMeta, options: ExportOptions, kept: Mapping[str, Value]
) -> str:
    if options.toml and not profile.supports_toml:
        raise UserError(
            "TOML front matter is for Hugo; {format} reads YAML", format=profile.format.value
        )
    data = profile.front_matter(meta)
    if kept and profile.format is not Format.PLAIN:
        data = merge(data, kept)
    return fenced(data, toml=options.toml)


def _post(
    profile: Profile,
    meta: PostMeta,
    options: ExportOptions,
    body: str,
    metadata: str,
    kept: Mapping[str, Value] | None = None,
    section: str = "",
) -> Post:
    """The post; ``body`` is the notes' Markdown, ``section`` the entry's highlights (a
    template's ``$body`` is both, ``$notes`` and ``$highlights`` each alone)."""
    path = check_relative(profile.path(meta, options))
    values = {
        "front_matter": _front_matter(profile, meta, options, kept or {}),
        "title": meta.title,
        "slug": meta.slug,
        "date": rfc3339(meta.date),
        "updated": rfc3339(meta.updated),
        "tags": ", ".join(meta.tags),
        "summary": meta.summary,
        "metadata": metadata,
        "body": _joined_parts(body, section),
        "notes": body,
        "highlights": section,
    }
    text = templates.fill(_template(profile, options), values)
    return Post(path=path, text=text, slug=meta.slug, format=profile.format.value)


def _joined_parts(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def _markdown(note: NoteView, rewrite: Rewrite | None) -> str:
    return note.body if rewrite is None else rewrite(note)


def render_note(
    note: NoteView,
    profile: Profile,
    options: ExportOptions,
    rewrite: Rewrite | None = None,
    kept: Mapping[str, Value] | None = None,
) -> Post:
    """One note as one post; ``rewrite`` (if given) supplies the body Markdown to use, ``kept``
    the front matter keys the note came with (kept.py), written where they do not clash."""
    title = note.title.strip() or excerpt(note.body, 60) or f"Note {note.id}"
    source = note.item_titles[0] if note.item_titles else None
    date = export_moment(note.created_at, options)
    facts: dict[str, Value] = {
        "note_id": note.id,
        "source": list(note.item_titles),
        "location": note.location,
    }
    meta = PostMeta(
        title=title,
        slug=note_slug(title, note.id, options.slug),
        date=date,
        updated=max(date, export_moment(note.updated_at, options)),
        draft=options.draft,
        tags=_unique(note.tags),
        categories=_unique(options.categories),
        summary=excerpt(note.body),
        facts=facts,
        name=options.name,
    )
    cite = as_written(citation(source, note.location), profile.format)
    body = prepare(_markdown(note, rewrite), cite, commonmark=profile.commonmark)
    return _post(profile, meta, options, body, "", kept)


def render_item(
    item: ItemView,
    notes: Sequence[NoteView],
    profile: Profile,
    options: ExportOptions,
    rewrite: Rewrite | None = None,
    *,
    highlights: Sequence[HighlightView] = (),
    cover: CoverRef | None = None,
) -> Post:
    """An entry with its notes as one post (a book review, a course write-up), then its
    ``highlights`` (in reading order) as a "Highlights" section (highlights.py); ``cover`` is
    where the copy of its cover is (batch.py places it)."""
    ordered = sorted(notes, key=lambda n: (n.created_at, n.id))
    date = export_moment(item.created_at, options)
    changes = [*_changes(item, ordered), *(h.updated_at for h in highlights)]
    updated = max([date, *(export_moment(m, options) for m in changes)])
    summary = item.fields.get("summary")
    meta = PostMeta(
        title=item.title.strip() or f"Entry {item.id}",
        slug=note_slug(item.title, item.id, options.slug, prefix="item"),
        date=date,
        updated=updated,
        draft=options.draft,
        tags=_unique([*item.tags, *(t for n in ordered for t in n.tags)]),
        categories=_unique(options.categories or (item.kind.value,)),
        summary=summary if isinstance(summary, str) else excerpt(_joined(ordered)),
        facts=item_facts(item, ordered),
        name=options.name,
        cover=cover,
    )
    body = _item_body(item, ordered, rewrite, profile)
    section = highlight_section.section(item.title, highlights, commonmark=profile.commonmark)
    section = as_written(section, profile.format)  # the highlights are library text
    metadata = as_written(metadata_block(item), profile.format)
    if cover is not None and profile.format is Format.PLAIN:  # no front matter to name it
        metadata = f"![{escape_inline(cover.alt)}](<{cover.url}>)\n\n{metadata}"
    return _post(profile, meta, options, body, metadata, section=section)


def _changes(item: ItemView, notes: Sequence[NoteView]) -> list[dt.datetime]:
    return [item.updated_at, *(n.updated_at for n in notes)]


def _joined(notes: Sequence[NoteView]) -> str:
    return "\n\n".join(n.body for n in notes)


def _item_body(
    item: ItemView, notes: Sequence[NoteView], rewrite: Rewrite | None, profile: Profile
) -> str:
    """The entry's notes: each one's title as a heading, its Markdown as written, its citation
    (the titles and the citation are library text: no template tag left in them)."""
    sections = []
    for note in notes:
        cite = as_written(citation(item.title, note.location), profile.format)
        text = prepare(_markdown(note, rewrite), cite, commonmark=profile.commonmark)
        title = as_written(escape_inline(note.title), profile.format)
        heading = f"## {title}\n\n" if note.title.strip() else ""
        sections.append(heading + text)
    return "\n".join(sections)


def _plain_value(value: object) -> Value:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (str, int, float, dt.date)):
        return value
    return str(value)


def item_facts(item: ItemView, notes: Sequence[NoteView] = ()) -> dict[str, Value]:
    """The entry's metadata block (namespaced under ``readinglog`` in the front matter)."""
    facts: dict[str, Value] = {"item_id": item.id, "kind": item.kind.value, "title": item.title}
    for role in dict.fromkeys(p.role for p in item.people):
        facts[f"{role.value}s"] = list(item.people_in(role))
    for name, value in item.fields.items():
        if name not in _PRIVATE_FIELDS and value is not None:
            facts[name] = _plain_value(value)
    facts["status"] = item.status.value
    facts["started"] = item.started_on
    facts["finished"] = item.finished_on
    facts["parent"] = item.parent_title
    facts["note_ids"] = [n.id for n in notes]
    return facts


_LABELS = {
    "en": {
        "author": "Author",
        "translator": "Translator",
        "original_title": "Original title",
        "isbn": "ISBN",
        "publisher": "Publisher",
        "year": "Year",
        "rating": "Rating",
        "read": "Read",
        "url": "Link",
    },
    "zh": {
        "author": "作者",
        "translator": "译者",
        "original_title": "原名",
        "isbn": "ISBN",
        "publisher": "出版社",
        "year": "出版年",
        "rating": "评分",
        "read": "阅读日期",
        "url": "链接",
    },
}


def stars(rating: float) -> str:
    full = int(rating)
    half = "½" if rating - full >= 0.5 else ""
    return f"{'★' * full}{half} ({rating:g}/5)"


def metadata_block(item: ItemView) -> str:
    """The entry facts a reader sees at the top of the post, as a Markdown list."""
    labels = _LABELS["zh" if HAN_RE.search(item.title) else "en"]
    rows: list[tuple[str, str]] = []
    for role in ("author", "translator"):
        names = [p.name for p in item.people if p.role.value == role]
        if names:
            rows.append((labels[role], escape_inline(", ".join(names))))
    for name in ("original_title", "isbn", "publisher", "year"):
        value = item.fields.get(name)
        if value is not None:
            rows.append((labels[name], escape_inline(str(value))))
    rating = item.fields.get("rating")
    if isinstance(rating, (int, float)):
        rows.append((labels["rating"], stars(float(rating))))
    if item.started_on or item.finished_on:
        start = item.started_on.isoformat() if item.started_on else "?"
        end = item.finished_on.isoformat() if item.finished_on else ""
        rows.append((labels["read"], f"{start} – {end}".rstrip(" –")))
    url = item.fields.get("url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        rows.append((labels["url"], f"<{url}>"))
    if not rows:
        return ""
    colon = "：" if labels is _LABELS["zh"] else ": "
    return "".join(f"- **{label}**{colon}{value}\n" for label, value in rows) + "\n"
