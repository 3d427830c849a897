"""Exporting posts to disk with links and attachments: one note or entry, or many notes.

``export_notes`` is long work in the core style: a generator yielding ``Progress`` that the CLI
drains with a progress bar and the window runs on a worker with Cancel. Each note is written,
its attachments copied and its ledger row committed before the next ``yield``, so stopping
between notes (``generator.close()``) leaves every written file complete and recorded. A note
that cannot be exported (a draft edited since, without ``force``) is reported in the
``ExportReport`` and the others are still exported.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from readinglog.core import repository
from readinglog.core.errors import NotFound, UserError
from readinglog.core.types import ItemView, NoteView, Progress
from readinglog.export.assets import AssetPlan
from readinglog.export.ledger import DbLedger
from readinglog.export.links import LinkTarget
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import Post, render_item, render_note
from readinglog.export.resolve import LinkContext, PostRewriter, link_context, linking_posts
from readinglog.export.writer import LedgerKey, copy_asset, export_post


@dataclass(frozen=True)
class ExportJob:
    """Where and how to export; the CLI flags map one to one."""

    root: Path  # the --out or --site folder
    format: Format
    options: ExportOptions
    force: bool = False
    attachments: tuple[Path, ...] = ()  # folders relative attachment paths are looked up in


@dataclass(frozen=True)
class Exported:
    id: int
    path: str  # absolute
    format: str
    slug: str


@dataclass(frozen=True)
class Skipped:
    id: int
    reason: str


@dataclass
class ExportReport:
    exported: list[Exported] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _write(
    sessions: sessionmaker[Session],
    job: ExportJob,
    key: LedgerKey,
    post: Post,
    rewriter: PostRewriter,
    title: str = "",
    skip: set[int] | None = None,
) -> tuple[Exported, list[str]]:
    """Write one post and its attachments and commit its ledger row; (result, warnings)."""
    notices = list(rewriter.warnings) + list(rewriter.assets.missing)
    with sessions.begin() as s:
        previous = DbLedger(s).get(key)
        record = export_post(post, job.root, DbLedger(s), key, force=job.force, notices=notices)
        for copy in rewriter.assets.copies.values():
            notice = copy_asset(copy.source, job.root, copy.target, force=job.force)
            if notice:
                notices.append(notice)
        if key.kind == "note" and previous is not None and previous.path != record.path:
            notices.extend(_stale_links(s, job, key.id, title, skip or set()))
    return Exported(key.id, record.path, post.format, post.slug), notices


def _stale_links(s: Session, job: ExportJob, note_id: int, title: str, skip: set[int]) -> list[str]:
    """A warning naming earlier posts that still link to where ``note_id``'s post was."""
    stale = linking_posts(s, note_id, title, job.format, job.root, skip=skip)
    if not stale:
        return []
    names = ", ".join(str(i) for i in stale)
    return [f"note {note_id} moved; re-export the posts of notes {names}, which link to it"]


def _rewriter(job: ExportJob, post: Post, context: LinkContext) -> PostRewriter:
    plan = AssetPlan(job.format, post.path, post.slug, job.options.site, job.attachments)
    return PostRewriter(job.format, post.path, job.options.draft, context, plan)


def export_note(
    sessions: sessionmaker[Session], note_id: int, job: ExportJob
) -> tuple[Exported, list[str]]:
    """Export one note; links resolve to posts exported earlier into the same folder."""
    prof = profile(job.format)
    with sessions() as s:
        note = repository.get_note(s, note_id)
        first = render_note(note, prof, job.options)
        planned = {note.id: LinkTarget(note.id, first.path, note.title, job.options.draft)}
        context = link_context(s, [note], planned, job.format, job.root)
    rewriter = _rewriter(job, first, context)
    post = render_note(note, prof, job.options, rewriter)
    key = LedgerKey("note", note.id, job.format.value)
    return _write(sessions, job, key, post, rewriter, note.title)


def export_item(
    sessions: sessionmaker[Session], item_id: int, job: ExportJob
) -> tuple[Exported, list[str]]:
    """Export an entry with its notes as one post."""
    prof = profile(job.format)
    with sessions() as s:
        item: ItemView = repository.get_item(s, item_id)
        notes = [repository.get_note(s, note_id) for note_id in item.note_ids]
        first = render_item(item, notes, prof, job.options)
        context = link_context(s, notes, {}, job.format, job.root)
    rewriter = _rewriter(job, first, context)
    post = render_item(item, notes, prof, job.options, rewriter)
    return _write(sessions, job, LedgerKey("item", item.id, job.format.value), post, rewriter)


def plan_posts(
    notes: Sequence[NoteView], job: ExportJob
) -> tuple[dict[int, Post], dict[int, ExportOptions], list[Skipped]]:
    """Each note's post path, with ``-<id>`` added to a slug another note of the run has.

    The lowest id keeps the plain slug. A second note that would still land on the same file
    (Obsidian names files by title) is skipped, never written over the first.
    """
    prof = profile(job.format)
    posts: dict[int, Post] = {}
    options: dict[int, ExportOptions] = {}
    skipped: list[Skipped] = []
    taken: dict[str, int] = {}
    for note in sorted(notes, key=lambda n: n.id):
        chosen = job.options
        post = render_note(note, prof, chosen)
        if str(post.path) in taken:
            chosen = replace(job.options, slug=f"{post.slug}-{note.id}")
            post = render_note(note, prof, chosen)
        owner = taken.get(str(post.path))
        if owner is not None:
            skipped.append(Skipped(note.id, f"its file {post.path} is note {owner}'s in this run"))
            continue
        taken[str(post.path)] = note.id
        posts[note.id], options[note.id] = post, chosen
    return posts, options, skipped


def export_notes(
    sessions: sessionmaker[Session],
    note_ids: Sequence[int],
    job: ExportJob,
    report: ExportReport,
) -> Generator[Progress, None, None]:
    """Export many notes, linking them to each other; fills ``report`` as it goes."""
    total = len(note_ids)
    yield Progress(0, total, "Reading notes")
    prof = profile(job.format)
    notes: list[NoteView] = []
    with sessions() as s:
        for note_id in note_ids:
            try:
                notes.append(repository.get_note(s, note_id))
            except NotFound as error:
                report.skipped.append(Skipped(note_id, error.message))
        posts, options, skipped = plan_posts(notes, job)
        report.skipped.extend(skipped)
        planned = {
            n.id: LinkTarget(n.id, posts[n.id].path, n.title, job.options.draft)
            for n in notes
            if n.id in posts
        }
        context = link_context(s, notes, planned, job.format, job.root)
    done = total - len(notes)
    for note in notes:
        warnings: list[str] = []
        if note.id in posts:
            try:
                rewriter = _rewriter(job, posts[note.id], context)
                post = render_note(note, prof, options[note.id], rewriter)
                key = LedgerKey("note", note.id, job.format.value)
                exported, warnings = _write(
                    sessions, job, key, post, rewriter, note.title, set(posts)
                )
                report.exported.append(exported)
            except UserError as error:
                report.skipped.append(Skipped(note.id, error.message))
        report.warnings.extend(warnings)
        done += 1
        yield Progress(done, total, f"Exported note {note.id}", tuple(warnings))
