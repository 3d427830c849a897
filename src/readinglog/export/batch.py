"""Exporting posts to disk with links and attachments: one note or entry, or many notes.

``export_notes`` is long work in the core style: a generator yielding ``Progress`` that the CLI
drains with a progress bar and the window runs on a worker with Cancel. Each note is written,
its attachments copied and its ledger row committed before the next ``yield``, so stopping
between notes (``generator.close()``) leaves every written file complete and recorded. A note
that cannot be exported (a draft edited since, without ``force``) is reported in the
``ExportReport`` and the others are still exported.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session, sessionmaker

from readinglog.core import covers, highlights, repository
from readinglog.core.errors import Message, NotFound, Said, UserError
from readinglog.core.types import ItemView, NoteView, Progress
from readinglog.export.assets import AssetPlan
from readinglog.export.frontmatter import Value
from readinglog.export.kept import note_front_matter
from readinglog.export.ledger import DbLedger, export_paths
from readinglog.export.links import LinkTarget
from readinglog.export.profiles import CoverRef, ExportOptions, Format, profile
from readinglog.export.render import Post, render_item, render_note
from readinglog.export.resolve import LinkContext, PostRewriter, link_context, linking_posts
from readinglog.export.unique import Owner, Planner
from readinglog.export.writer import LedgerKey, copy_asset, export_post


@dataclass(frozen=True)
class ExportJob:
    """Where and how to export; the CLI flags map one to one."""

    root: Path  # the --out or --site folder
    format: Format
    options: ExportOptions
    force: bool = False
    attachments: tuple[Path, ...] = ()  # folders relative attachment paths are looked up in
    # The library's attachments folder, where its covers are (core/covers.py); None: the first
    # of ``attachments`` (which is the library's unless --attachments names others).
    library_attachments: Path | None = None

    def covers_folder(self) -> Path | None:
        if self.library_attachments is not None:
            return self.library_attachments
        return self.attachments[0] if self.attachments else None


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
    # why each note was skipped, as the window translates it (by note id)
    reasons: dict[int, Message] = field(default_factory=dict)

    def skip(self, note_id: int, error: UserError) -> None:
        self.skipped.append(Skipped(note_id, error.message))
        self.reasons[note_id] = error.said

    def said(self, skipped: Skipped) -> Message | str:
        """Why ``skipped`` was skipped, for ``gui.runtime.i18n.said``."""
        return self.reasons.get(skipped.id, skipped.reason)


@dataclass(frozen=True)
class PlannedPost:
    """One post as Export writes it: its ledger key, the post (path, front matter, the body
    with links and attachment paths rewritten) and the rewriter that made the body, which holds
    the attachments to copy and the warnings to report."""

    key: LedgerKey
    post: Post
    rewriter: PostRewriter
    title: str = ""  # a note's title, for the warning about posts linking to a moved one


def _write(
    sessions: sessionmaker[Session],
    job: ExportJob,
    planned: PlannedPost,
    skip: set[int] | None = None,
) -> tuple[Exported, list[str]]:
    """Write one post and its attachments and commit its ledger row; (result, warnings)."""
    key, post, rewriter = planned.key, planned.post, planned.rewriter
    notices = list(rewriter.warnings) + list(rewriter.assets.missing)
    with sessions.begin() as s:
        previous = DbLedger(s).get(key)
        record = export_post(post, job.root, DbLedger(s), key, force=job.force, notices=notices)
        for copy in rewriter.assets.copies.values():
            notice = copy_asset(copy.source, job.root, copy.target, force=job.force)
            if notice:
                notices.append(notice)
        if key.kind == "note" and previous is not None and previous.path != record.path:
            notices.extend(_stale_links(s, job, key.id, planned.title, skip or set()))
    return Exported(key.id, record.path, post.format, post.slug), notices


def _stale_links(s: Session, job: ExportJob, note_id: int, title: str, skip: set[int]) -> list[str]:
    """A warning naming earlier posts that still link to where ``note_id``'s post was."""
    stale = linking_posts(s, note_id, title, job.format, job.root, skip=skip)
    if not stale:
        return []
    names = ", ".join(str(i) for i in stale)
    moved = Message(
        "note {id} moved; re-export the posts of notes {ids}, which link to it",
        id=note_id,
        ids=names,
    )
    return [Said(moved)]


def _rewriter(job: ExportJob, post: Post, context: LinkContext) -> PostRewriter:
    plan = AssetPlan(job.format, post.path, post.slug, job.options.site, job.attachments)
    return PostRewriter(job.format, post.path, job.options.draft, context, plan)


def _earlier(s: Session, job: ExportJob, in_folder: bool) -> Mapping[Owner, PurePosixPath]:
    """Where the ledger says each post under the job's folder is ({} before one is chosen)."""
    return export_paths(s, job.format.value, job.root) if in_folder else {}


def _context(
    s: Session,
    notes: Sequence[NoteView],
    posts: Mapping[int, Post],
    job: ExportJob,
    in_folder: bool = True,
) -> LinkContext:
    """What ``notes`` link to: ``posts`` (this run's, by note id) and, in a chosen folder,
    the posts earlier exports wrote there."""
    planned = {
        n.id: LinkTarget(n.id, posts[n.id].path, n.title, job.options.draft)
        for n in notes
        if n.id in posts
    }
    context = link_context(s, notes, planned, job.format, job.root)
    return context if in_folder else replace(context, targets=planned)


def _planned_note(
    note: NoteView,
    job: ExportJob,
    first: Post,
    options: ExportOptions,
    context: LinkContext,
    kept: Mapping[str, Value] | None,
) -> PlannedPost:
    rewriter = _rewriter(job, first, context)
    post = render_note(note, profile(job.format), options, rewriter, kept)
    return PlannedPost(LedgerKey("note", note.id, job.format.value), post, rewriter, note.title)


def plan_note(s: Session, note: NoteView, job: ExportJob, *, in_folder: bool = True) -> PlannedPost:
    """The post ``export_note`` writes for ``note``: a file name no earlier post in the folder
    has (or last time's), the note's kept front matter, links and attachments rewritten.
    ``in_folder=False``: no folder is chosen yet, so no earlier export is looked up."""
    posts, options = plan_posts([note], job, _earlier(s, job, in_folder))
    kept = note_front_matter(s, [note.id]).get(note.id)
    context = _context(s, [note], posts, job, in_folder)
    return _planned_note(note, job, posts[note.id], options[note.id], context, kept)


def plan_item(
    s: Session,
    item: ItemView,
    notes: Sequence[NoteView],
    job: ExportJob,
    *,
    in_folder: bool = True,
) -> PlannedPost:
    """The post ``export_item`` writes for an entry with its notes and highlights (read here,
    in reading order), as ``plan_note`` plans a note's."""
    prof = profile(job.format)
    planner = Planner(job.format, job.options, _earlier(s, job, in_folder))
    marked = highlights.of_item(s, item.id)
    render = partial(render_item, item, notes, prof, highlights=marked)
    owner = ("item", item.id)
    options, first = planner.keep_last(owner, render) or planner.choose(owner, render)
    rewriter = _rewriter(job, first, _context(s, notes, {}, job, in_folder))
    cover = _place_cover(item, job, rewriter.assets)
    post = render_item(item, notes, prof, options, rewriter, highlights=marked, cover=cover)
    return PlannedPost(LedgerKey("item", item.id, job.format.value), post, rewriter)


def _place_cover(item: ItemView, job: ExportJob, plan: AssetPlan) -> CoverRef | None:
    """Plan the copy of the entry's cover beside its post, named ``cover.<ext>`` (the name
    Hugo's templates look for among a page's resources); a missing file is a warning."""
    stored = item.fields.get("cover")
    if not isinstance(stored, str) or not stored:
        return None
    source = covers.resolve_in(job.covers_folder(), stored)
    if source is None:
        plan.missing.append(
            Said(
                Message(
                    "entry {id}: cover {name!r} not found; exported without it",
                    id=item.id,
                    name=stored,
                )
            )
        )
        return None
    target = plan.place(source, f"cover{source.suffix.lower()}")
    bundle = job.format is Format.HUGO and plan.post_path.name == "index.md"
    return CoverRef(plan.front_matter_url(target), alt=item.title, relative=bundle)


def export_note(
    sessions: sessionmaker[Session], note_id: int, job: ExportJob
) -> tuple[Exported, list[str]]:
    """Export one note; links resolve to posts exported earlier into the same folder."""
    with sessions() as s:
        planned = plan_note(s, repository.note_view(s, note_id), job)
    return _write(sessions, job, planned)


def export_item(
    sessions: sessionmaker[Session], item_id: int, job: ExportJob
) -> tuple[Exported, list[str]]:
    """Export an entry with its notes and highlights as one post."""
    with sessions() as s:
        item: ItemView = repository.item_view(s, item_id)
        notes = [repository.note_view(s, note_id) for note_id in item.note_ids]
        planned = plan_item(s, item, notes, job)
    return _write(sessions, job, planned)


def plan_posts(
    notes: Sequence[NoteView],
    job: ExportJob,
    earlier: Mapping[Owner, PurePosixPath] | None = None,
) -> tuple[dict[int, Post], dict[int, ExportOptions]]:
    """Each note's post path, never one another post has, in this run or (``earlier``: where
    the ledger says each post under the folder is) on disk (unique.py).

    A note keeps last time's file when it is still one of its names; otherwise the lowest id
    gets the plain name, the others ``-<id>``.
    """
    prof = profile(job.format)
    planner = Planner(job.format, job.options, earlier or {})
    chosen: dict[int, tuple[ExportOptions, Post]] = {}
    ordered = sorted(notes, key=lambda n: n.id)
    renders = {n.id: partial(render_note, n, prof) for n in ordered}
    for note in ordered:
        kept = planner.keep_last(("note", note.id), renders[note.id])
        if kept is not None:
            chosen[note.id] = kept
    for note in ordered:
        if note.id not in chosen:
            chosen[note.id] = planner.choose(("note", note.id), renders[note.id])
    posts = {note_id: post for note_id, (_, post) in chosen.items()}
    options = {note_id: opts for note_id, (opts, _) in chosen.items()}
    return posts, options


def export_notes(
    sessions: sessionmaker[Session],
    note_ids: Sequence[int],
    job: ExportJob,
    report: ExportReport,
) -> Generator[Progress, None, None]:
    """Export many notes, linking them to each other; fills ``report`` as it goes."""
    total = len(note_ids)
    yield Progress(0, total, Said(Message("Reading notes")))
    notes: list[NoteView] = []
    with sessions() as s:
        for note_id in note_ids:
            try:
                notes.append(repository.note_view(s, note_id))
            except NotFound as error:
                report.skip(note_id, error)
        posts, options = plan_posts(notes, job, export_paths(s, job.format.value, job.root))
        kept = note_front_matter(s, (n.id for n in notes))
        context = _context(s, notes, posts, job)
    done = total - len(notes)
    for note in notes:
        warnings: list[str] = []
        try:
            planned = _planned_note(
                note, job, posts[note.id], options[note.id], context, kept.get(note.id)
            )
            exported, warnings = _write(sessions, job, planned, set(posts))
            report.exported.append(exported)
        except UserError as error:
            report.skip(note.id, error)
        report.warnings.extend(warnings)
        done += 1
        exported_note = Said(Message("Exported note {id}", id=note.id))
        yield Progress(done, total, exported_note, tuple(warnings))
