"""Planning and writing one page: its post, the charts beside it and the covers it shows.

A page module describes the page as a ``PageSpec``: its name and number (``year-in-review``,
2024), title, date, facts, the posts it can link to and a ``render`` that writes its sections
given a ``Links``. ``plan_page`` chooses the post's path as note posts' paths are chosen (the
title's slug or ``--slug``; a name no other post in the folder has, or last time's), then lets
``Links`` place charts and covers where ``assets.AssetPlan`` places a post's attachments (a Hugo
page is always a bundle, so its charts sit beside ``index.md``) and name them by the address
that resolves from the post. ``write_page`` writes the post and each chart through
``writer.export_post`` (a file edited since it was exported is kept unless ``force``) and copies
the covers with ``writer.copy_asset``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from readinglog.core import covers
from readinglog.core.citation import escape_inline
from readinglog.export import templates
from readinglog.export.assets import AssetPlan, asset_name
from readinglog.export.frontmatter import Value, fenced, rfc3339
from readinglog.export.ledger import export_paths
from readinglog.export.links import LinkTarget, post_reference
from readinglog.export.pages.ledger import JsonLedger
from readinglog.export.pages.sources import References
from readinglog.export.profiles import ExportOptions, Format, PostMeta, as_written, profile
from readinglog.export.render import Post, export_moment
from readinglog.export.slug import check_relative, note_slug
from readinglog.export.unique import Owner, Planner
from readinglog.export.writer import (
    ExportRecord,
    LedgerKey,
    copy_asset,
    export_post,
    retire_previous,
)
from readinglog.stats.charts import Lang

TEMPLATE_FOLDER = "pages"  # resources/export/pages/, export-templates/pages/
_BLANK_LINES = re.compile(r"\n{3,}")


def literal(text: str, fmt: Format) -> str:
    """Markdown that shows ``text`` as written: its Markdown escaped, and no template tag of
    the generator left in it (``profiles.as_written``)."""
    return as_written(escape_inline(text), fmt)


@dataclass(frozen=True)
class PageJob:
    """Where and how to write a page; the CLI's flags map one to one."""

    root: Path  # --out or --site
    format: Format
    options: ExportOptions  # draft, slug, toml, site (bundle is implied for Hugo)
    force: bool = False
    ledger_file: Path | None = None  # page-exports.json; None: remembered for this run only
    covers_folder: Path | None = None  # the library's attachments folder
    user_config: Path | None = None  # where a user's export-templates/pages/ may be

    def page_options(self) -> ExportOptions:
        return replace(self.options, bundle=self.format is Format.HUGO)


@dataclass(frozen=True)
class Chart:
    """A file the page makes (an SVG chart): its name beside the post, its text and alt."""

    name: str
    text: str
    alt: str


@dataclass(frozen=True)
class PageSpec:
    name: str  # year-in-review, bookshelf, certificates, listening: the template's name
    number: int  # the year, 0 for none: the page's ledger id
    title: str
    lang: Lang
    date: dt.datetime  # aware
    summary: str
    facts: dict[str, Value]
    render: Callable[[Links], Mapping[str, str]]  # the template's section variables
    references: References = field(default_factory=References)
    tags: tuple[str, ...] = ()


def latest(moments: Sequence[dt.datetime], now: dt.datetime | None = None) -> dt.datetime:
    """A page's date: the last change among what it shows (stable while nothing changes), or
    now when it shows nothing."""
    if moments:
        return max(m if m.tzinfo else m.replace(tzinfo=dt.UTC) for m in moments)
    return now or dt.datetime.now(dt.UTC)


class Links:
    """How the page's text names what it shows, from where its post is."""

    def __init__(
        self, job: PageJob, post_path: PurePosixPath, slug: str, references: References
    ) -> None:
        self.job = job
        self.post_path = post_path
        self.references = references
        self.plan = AssetPlan(job.format, post_path, slug, job.options.site)
        self.charts: dict[PurePosixPath, Chart] = {}
        self.warnings: list[str] = []

    def text(self, text: str) -> str:
        """Library text (a title, a name, a tag) as the page's Markdown shows it: ``literal``."""
        return literal(text, self.job.format)

    def chart(self, chart: Chart) -> str:
        """A Markdown image of ``chart``, which is written beside the post."""
        target = self.plan.folder() / asset_name(chart.name)
        self.charts[target] = chart
        return f"![{self.text(chart.alt)}]({self.plan.url(target)})"

    def cover(self, item_id: int, stored: str | None, alt: str) -> str:
        """A Markdown image of the entry's cover (copied beside the post), or "" when it has
        none; a cover file that is missing is a warning."""
        if not stored:
            return ""
        source = covers.resolve_in(self.job.covers_folder, stored)
        if source is None:
            self.warnings.append(f"entry {item_id}: cover {stored!r} not found; left out")
            return ""
        target = self.plan.place(source, f"cover-{item_id}{source.suffix.lower()}")
        return f"![{self.text(alt)}]({self.plan.url(target)})"

    def _target(self, kind: str, doc_id: int) -> LinkTarget | None:
        target = self.references.targets.get((kind, doc_id))
        if target is None or (target.draft and not self.job.options.draft):
            return None  # a published page never links to a draft (Hugo fails such a relref)
        return target

    def entry(self, item_id: int, title: str) -> str:
        """The entry's title, linked to its post when one was exported into the folder."""
        text = self.text(title)
        target = self._target("item", item_id)
        if target is None:
            return text
        return post_reference(self.job.format, text, self.post_path, target, label=title)

    def notes(self, item_id: int) -> list[str]:
        """Links to the posts of the entry's notes that were exported into the folder."""
        found = []
        for note_id, title in self.references.notes_of.get(item_id, ()):
            target = self._target("note", note_id)
            if target is not None:
                shown = title.strip() or f"note {note_id}"
                found.append(
                    post_reference(
                        self.job.format, self.text(shown), self.post_path, target, label=shown
                    )
                )
        return found


@dataclass(frozen=True)
class PlannedPage:
    key: LedgerKey
    post: Post
    links: Links

    @property
    def chart_posts(self) -> list[tuple[LedgerKey, Post]]:
        fmt = self.post.format
        return [
            (
                LedgerKey(f"{self.key.kind}/{chart.name}", self.key.id, fmt),
                Post(path=check_relative(path), text=chart.text, slug=self.post.slug, format=fmt),
            )
            for path, chart in self.links.charts.items()
        ]


def _meta(spec: PageSpec, options: ExportOptions) -> PostMeta:
    date = export_moment(spec.date, options)
    return PostMeta(
        title=spec.title,
        slug=note_slug(spec.title, spec.number, options.slug, prefix="page"),
        date=date,
        updated=date,
        draft=options.draft,
        tags=spec.tags,
        categories=options.categories,
        summary=spec.summary,
        facts=spec.facts,
        name=options.name,
    )


def _path_only(spec: PageSpec, job: PageJob, options: ExportOptions) -> Post:
    meta = _meta(spec, options)
    path = check_relative(profile(job.format).path(meta, options))
    return Post(path=path, text="", slug=meta.slug, format=job.format.value)


def _earlier(
    s: Session | None, job: PageJob, owner: Owner, ledger: JsonLedger, known: References
) -> dict[Owner, PurePosixPath]:
    """Where earlier exports put posts under the folder: notes and entries (the library's
    ledger, as ``known`` read it for the page's links when it did so for this format and
    folder) and this page (the pages' ledger)."""
    earlier: dict[Owner, PurePosixPath] = {}
    if known.written is not None and known.written_for == (job.format.value, job.root.resolve()):
        earlier.update(known.written)
    elif s is not None:
        earlier.update(export_paths(s, job.format.value, job.root))
    record = ledger.get(LedgerKey(owner[0], owner[1], job.format.value))
    if record is not None:
        written, base = Path(record.path), job.root.resolve()
        if written.is_relative_to(base):
            earlier[owner] = PurePosixPath(written.relative_to(base).as_posix())
    return earlier


def template(name: str, job: PageJob) -> str:
    return templates.load(f"{TEMPLATE_FOLDER}/{name}", job.user_config)


def plan_page(s: Session | None, spec: PageSpec, job: PageJob, ledger: JsonLedger) -> PlannedPage:
    """The page's post (path, front matter, text) and the files beside it, not yet written.
    ``s``: the library, to keep clear of its note and entry posts' files (None: no library)."""
    owner: Owner = (f"page:{spec.name}:{spec.lang}", spec.number)  # a page in each language
    base = job.page_options()
    planner = Planner(job.format, base, _earlier(s, job, owner, ledger, spec.references))

    def render(options: ExportOptions) -> Post:
        return _path_only(spec, job, options)

    options, first = planner.keep_last(owner, render) or planner.choose(owner, render)
    links = Links(job, first.path, first.slug, spec.references)
    sections = dict(spec.render(links))
    meta = _meta(spec, options)
    prof = profile(job.format)
    values = {
        **sections,
        "front_matter": fenced(prof.front_matter(meta), toml=options.toml),
        "heading": f"# {escape_inline(spec.title)}\n\n" if job.format is Format.PLAIN else "",
        "title": spec.title,
        "slug": meta.slug,
        "date": rfc3339(meta.date),
        "updated": rfc3339(meta.updated),
        "summary": spec.summary,
    }
    text = templates.fill(template(spec.name, job), values)
    text = _BLANK_LINES.sub("\n\n", text).lstrip("\n")
    post = Post(path=first.path, text=text, slug=meta.slug, format=job.format.value)
    return PlannedPage(LedgerKey(owner[0], owner[1], job.format.value), post, links)


def _retire_charts(planned: PlannedPage, job: PageJob, ledger: JsonLedger) -> list[str]:
    """Remove the charts an earlier export of the page wrote that it no longer draws (a
    chart with nothing to show this time), each only if nobody edited it since (an edited one
    stays, said so, and is the user's from then on)."""
    current = {key for key, _ in planned.chart_posts}
    prefix = f"{planned.key.kind}/"
    notices = []
    for key in ledger.recorded():
        if key in current or not key.kind.startswith(prefix):
            continue
        if key.id != planned.key.id or key.format != planned.key.format:
            continue
        notice = retire_previous(ledger.get(key), ExportRecord(path="", sha256=""), job.root)
        ledger.remove(key)
        if notice:
            notices.append(notice)
    return notices


@dataclass(frozen=True)
class WrittenPage:
    path: str  # absolute
    slug: str
    format: str
    files: tuple[str, ...]  # the charts and covers beside it, absolute


def write_page(
    planned: PlannedPage, job: PageJob, ledger: JsonLedger
) -> tuple[WrittenPage, list[str]]:
    """Write the charts, covers and post (charts first: a post never names a missing file);
    the ledger is saved after each file, so what is written is always recorded."""
    notices = [*ledger.warnings, *planned.links.warnings, *planned.links.plan.missing]
    files: list[str] = []
    try:
        for key, chart in planned.chart_posts:
            files.append(export_post(chart, job.root, ledger, key, force=job.force).path)
        for copy in planned.links.plan.copies.values():
            notice = copy_asset(copy.source, job.root, copy.target, force=job.force)
            if notice:
                notices.append(notice)
            files.append(str(job.root.resolve() / Path(*copy.target.parts)))
        record = export_post(
            planned.post, job.root, ledger, planned.key, force=job.force, notices=notices
        )
        notices.extend(_retire_charts(planned, job, ledger))
    finally:
        ledger.save()
    post = planned.post
    return WrittenPage(record.path, post.slug, post.format, tuple(files)), notices
