"""What each static site generator wants: front matter keys and where the file goes.

A profile maps the neutral ``PostMeta`` to one generator's front matter and path. Keys follow
each generator's documentation:

* Hugo: title, date, lastmod, draft, slug, tags, categories, summary; our facts go under
  ``params.readinglog`` so no theme sees an unknown top-level key.
* Jekyll: layout, title, date, last_modified_at (jekyll-last-modified-at), slug, tags,
  categories, ``published: false`` for drafts; facts under ``readinglog``.
* Hexo: title, date, updated, tags, categories (an ordered list: a hierarchy), description.
* Obsidian: tags (a list, no spaces in a tag), aliases, created, updated; no draft.
* plain: no front matter at all, the title as a heading.

An entry's cover (copied beside the post, see assets.py) goes where themes look for it: Hugo
``cover.image`` (PaperMod and its kin) and ``images`` (Hugo's Open Graph template), Jekyll
``image`` (jekyll-seo-tag, Chirpy), Hexo ``cover`` (Butterfly, Icarus), Obsidian ``cover``;
a plain post shows it as the first line of the metadata block.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath

from readinglog.export.frontmatter import FrontMatter, Value
from readinglog.export.slug import safe_filename


class Format(StrEnum):
    HUGO = "hugo"
    JEKYLL = "jekyll"
    HEXO = "hexo"
    OBSIDIAN = "obsidian"
    PLAIN = "plain"


# The generators that run a template engine over a post: Hugo (shortcodes), Jekyll (Liquid),
# Hexo (Nunjucks). Each sees a tag of its own where a ``{`` opens ``{{``, ``{%`` or ``{#``.
TEMPLATED = frozenset({Format.HUGO, Format.JEKYLL, Format.HEXO})
_TAG_OPENER = re.compile(r"\{(?=[{%#])")


def as_written(markdown: str, fmt: Format) -> str:
    """Markdown made of library text (a title, a name, a highlight) with each ``{`` that would
    open a tag of ``fmt``'s template engine written ``&#123;``, so the page shows it as written
    instead of failing the build (a Markdown escape would not do: Hexo turns ``\\{`` back into
    ``{`` before Nunjucks reads the page). A note's own Markdown is left alone: a shortcode the
    user wrote there is meant."""
    return _TAG_OPENER.sub("&#123;", markdown) if fmt in TEMPLATED else markdown


@dataclass(frozen=True)
class ExportOptions:
    """How to export; the CLI flags map one to one."""

    draft: bool = True
    slug: str | None = None  # the user's --slug (sanitized before use)
    bundle: bool = False  # Hugo page bundle: <slug>/index.md
    toml: bool = False  # Hugo front matter as TOML (+++)
    site: bool = False  # --site: the generator's folder layout; else flat in --out
    categories: tuple[str, ...] = ()
    tz: dt.tzinfo | None = None  # None: the computer's local time zone
    now: dt.datetime | None = None  # the moment of export (tests fix it)
    template: str | None = None  # a user's template text, overriding the packaged one
    # An Obsidian file name stem the export planner chose so that no two notes share a file
    # (batch.plan_posts); None: the title's.
    name: str | None = None


@dataclass(frozen=True)
class CoverRef:
    """An entry's cover as its post names it: the copy's address, which for a Hugo page
    bundle is the file name beside ``index.md`` (``relative``), and the words for ``alt``."""

    url: str
    alt: str = ""
    relative: bool = False


@dataclass(frozen=True)
class PostMeta:
    """Facts about a post every profile draws on. Dates are aware, in the export time zone."""

    title: str
    slug: str
    date: dt.datetime
    updated: dt.datetime
    draft: bool
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    summary: str = ""
    facts: dict[str, Value] = field(default_factory=dict)  # the namespaced metadata block
    name: str | None = None  # ExportOptions.name: the Obsidian file stem, when not the title's
    cover: CoverRef | None = None  # the entry's cover, copied beside the post


@dataclass(frozen=True)
class Profile:
    format: Format
    front_matter: Callable[[PostMeta], FrontMatter]
    site_path: Callable[[PostMeta, ExportOptions], PurePosixPath]
    out_path: Callable[[PostMeta, ExportOptions], PurePosixPath]
    supports_toml: bool = False
    # Rendered by a CommonMark parser (goldmark, marked, markdown-it, GitHub), which needs the
    # flanking fix of emphasis.py; Obsidian's editor shows the entity as noise.
    commonmark: bool = True

    def path(self, meta: PostMeta, options: ExportOptions) -> PurePosixPath:
        return (self.site_path if options.site else self.out_path)(meta, options)


def _hugo(meta: PostMeta) -> FrontMatter:
    return {
        "title": meta.title,
        "date": meta.date,
        "lastmod": meta.updated,
        "draft": meta.draft,
        "slug": meta.slug,
        "tags": list(meta.tags),
        "categories": list(meta.categories),
        "summary": meta.summary or None,
        **_hugo_cover(meta.cover),
        "params": {"readinglog": meta.facts},
    }


def _hugo_cover(cover: CoverRef | None) -> FrontMatter:
    """``cover`` as PaperMod-style themes read it (``image``, ``alt``, ``relative`` for a page
    bundle's resource), and ``images`` for Hugo's own Open Graph and Twitter Card templates,
    which write each as ``absURL``: right for a site path, wrong for a bundle's file name, so a
    bundle leaves ``images`` out and Hugo finds the ``*cover*`` image among the page's
    resources instead."""
    if cover is None:
        return {}
    image: dict[str, Value] = {"image": cover.url, "alt": cover.alt or None}
    if cover.relative:
        image["relative"] = True
        return {"cover": image}
    return {"cover": image, "images": [cover.url]}


def _jekyll(meta: PostMeta) -> FrontMatter:
    return {
        "layout": "post",
        "title": meta.title,
        "date": meta.date,
        "last_modified_at": meta.updated,
        "slug": meta.slug,
        "tags": list(meta.tags),
        "categories": list(meta.categories),
        "excerpt": meta.summary or None,
        "image": None if meta.cover is None else meta.cover.url,  # jekyll-seo-tag, Chirpy
        "published": False if meta.draft else None,
        "readinglog": meta.facts,
    }


def _hexo(meta: PostMeta) -> FrontMatter:
    return {
        "title": meta.title,
        "date": meta.date,
        "updated": meta.updated,
        "tags": list(meta.tags),
        "categories": list(meta.categories),
        "description": meta.summary or None,
        "cover": None if meta.cover is None else meta.cover.url,  # Butterfly, Icarus
        "readinglog": meta.facts,
    }


def obsidian_tag(tag: str) -> str:
    """Obsidian tags have no spaces or ``#`` and must not be all digits."""
    cleaned = re.sub(r"[\s#,]+", "-", tag.strip()).strip("-")
    return f"y{cleaned}" if cleaned.isdigit() else cleaned


def _obsidian(meta: PostMeta) -> FrontMatter:
    tags = list(dict.fromkeys(t for t in (obsidian_tag(t) for t in meta.tags) if t))
    stem = obsidian_name(meta)[: -len(".md")]
    return {
        "tags": tags,
        "aliases": [meta.title] if stem != meta.title else [],
        "created": meta.date,
        "updated": meta.updated,
        "cover": None if meta.cover is None else meta.cover.url,  # the copy in the vault
        "readinglog": meta.facts,
    }


def _plain(meta: PostMeta) -> FrontMatter:
    return {}


def obsidian_name(meta: PostMeta) -> str:
    """Obsidian names a note by its title, so the file keeps the (sanitized) title."""
    return safe_filename(meta.name or meta.title, meta.slug)


def _flat(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
    return PurePosixPath(f"{meta.slug}.md")


def _hugo_path(folder: str) -> Callable[[PostMeta, ExportOptions], PurePosixPath]:
    def path(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
        base = PurePosixPath(folder) if folder else PurePosixPath()
        if options.bundle:
            return base / meta.slug / "index.md"
        return base / f"{meta.slug}.md"

    return path


def _jekyll_name(meta: PostMeta) -> str:
    return f"{meta.slug}.md" if meta.draft else f"{meta.date:%Y-%m-%d}-{meta.slug}.md"


def _jekyll_site(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
    return PurePosixPath("_drafts" if meta.draft else "_posts", _jekyll_name(meta))


def _jekyll_out(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
    return PurePosixPath(_jekyll_name(meta))


def _hexo_site(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
    return PurePosixPath("source", "_drafts" if meta.draft else "_posts", f"{meta.slug}.md")


def _obsidian_path(meta: PostMeta, options: ExportOptions) -> PurePosixPath:
    return PurePosixPath(obsidian_name(meta))


PROFILES: dict[Format, Profile] = {
    Format.HUGO: Profile(
        Format.HUGO, _hugo, _hugo_path("content/posts"), _hugo_path(""), supports_toml=True
    ),
    Format.JEKYLL: Profile(Format.JEKYLL, _jekyll, _jekyll_site, _jekyll_out),
    Format.HEXO: Profile(Format.HEXO, _hexo, _hexo_site, _flat),
    Format.OBSIDIAN: Profile(
        Format.OBSIDIAN, _obsidian, _obsidian_path, _obsidian_path, commonmark=False
    ),
    Format.PLAIN: Profile(Format.PLAIN, _plain, _flat, _flat),
}


def profile(name: str | Format) -> Profile:
    return PROFILES[Format(name)]
