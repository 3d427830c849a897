"""Images and attachments a note references by a local path, copied next to the exported post.

A reference is a Markdown image ``![alt](path)`` or link ``[text](path)`` whose destination is
an absolute path, a ``file://`` URL, or a path relative to one of the attachment folders the
export is given (``--attachments DIR``; the library's ``attachments`` folder by default). Web
URLs, ``#anchors``, ``note:`` links and anything inside code are left alone. A relative *link*
or absolute path that names no existing file is left alone too (``/about/`` may be a page of the
site); a missing image or ``file://`` file is reported and its reference kept as written.

Where the copies go (``<slug>`` is the post's slug, names are sanitized, never outside the
target folder):

========  ===============================================  =====================================
format    folder                                           link written
========  ===============================================  =====================================
hugo      bundle: beside ``index.md``; else                ``name``; ``/images/<slug>/name``
          ``static/images/<slug>/``
jekyll    ``assets/images/<slug>/``                        ``{{ '/assets/...' | relative_url }}``
hexo      ``source/images/<slug>/`` (``--out``: ``images``) ``/images/<slug>/name``
obsidian  ``attachments/<slug>/`` in the vault              ``attachments/<slug>/name``
plain     ``assets/<slug>/`` beside the post               ``assets/<slug>/name``
========  ===============================================  =====================================

An entry's cover goes the same way, as ``cover.<ext>`` (batch.py), and its front matter names
it without Liquid tags (``front_matter_url``).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from readinglog.core.errors import Message, Said
from readinglog.export.links import code_ranges, in_code
from readinglog.export.profiles import Format
from readinglog.export.slug import safe_slug, slugify

MAX_ASSET_BYTES = 100 * 1024 * 1024
_REFERENCE = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\[\]\n]*)\]\(\s*(?P<dest><[^<>\n]*>|[^\s()<>]+)"
    r"(?P<title>\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:[\\/]")
_IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp", ".tif", ".tiff"}
)


@dataclass(frozen=True)
class AssetCopy:
    source: Path  # the user's file
    target: PurePosixPath  # relative to the export folder


@dataclass
class AssetPlan:
    """Where one post's attachments go; filled while its body is rewritten."""

    fmt: Format
    post_path: PurePosixPath
    slug: str
    site: bool
    bases: Sequence[Path] = ()
    copies: dict[Path, AssetCopy] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def folder(self) -> PurePosixPath:
        if self.fmt is Format.HUGO:
            if self.post_path.name == "index.md":
                return self.post_path.parent
            return PurePosixPath("static", "images", self.slug)
        if self.fmt is Format.JEKYLL:
            return PurePosixPath("assets", "images", self.slug)
        if self.fmt is Format.HEXO:
            base = PurePosixPath("source", "images") if self.site else PurePosixPath("images")
            return base / self.slug
        if self.fmt is Format.OBSIDIAN:
            return PurePosixPath("attachments", self.slug)
        return self.post_path.parent / "assets" / self.slug

    def url(self, target: PurePosixPath) -> str:
        name = target.name
        if self.fmt is Format.HUGO:
            bundle = self.post_path.name == "index.md"
            return name if bundle else f"/images/{self.slug}/{name}"
        if self.fmt is Format.JEKYLL:
            return f"{{{{ '/assets/images/{self.slug}/{name}' | relative_url }}}}"
        if self.fmt is Format.HEXO:
            return f"/images/{self.slug}/{name}"
        return posixpath.relpath(str(target), str(self.post_path.parent))

    def front_matter_url(self, target: PurePosixPath) -> str:
        """The address of ``target`` as a front matter value (``url`` without Liquid tags:
        themes pass front matter through their own ``relative_url``/``absURL``)."""
        if self.fmt is Format.JEKYLL:
            return f"/assets/images/{self.slug}/{target.name}"
        return self.url(target)

    def place(self, source: Path, name: str | None = None) -> PurePosixPath:
        """The target of ``source``: one per file, names made unique within the post;
        ``name`` is the file name to prefer (the source's own otherwise)."""
        known = self.copies.get(source)
        if known is not None:
            return known.target
        taken = {copy.target.name for copy in self.copies.values()}
        name = asset_name(name or source.name)
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        counter = 2
        while name in taken:
            name = f"{stem}-{counter}{dot}{suffix}"
            counter += 1
        target = self.folder() / name
        self.copies[source] = AssetCopy(source, target)
        return target


def asset_name(name: str) -> str:
    """A file name safe in every generator's URLs: slug stem plus a short lower-case suffix."""
    name = unicodedata.normalize("NFKC", name)
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    suffix = re.sub(r"[^a-z0-9]", "", suffix.lower())[:10]
    stem = safe_slug(slugify(stem, max_bytes=120)) or "file"
    return f"{stem}.{suffix}" if suffix else stem


def _local_path(dest: str) -> tuple[str, bool] | None:
    """(path text, explicit) for a local destination; None for URLs, anchors and note links.

    ``explicit`` is True for a ``file://`` URL (a missing one is reported even for a link; a
    missing plain path is reported only for an image, as ``/about/`` may be a link in the site).
    """
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1].strip()
    if not dest or dest.startswith(("#", "//", "?")):
        return None
    if dest.lower().startswith("file:"):
        parsed = urlparse(dest)
        if parsed.netloc not in ("", "localhost"):
            return None
        return url2pathname(parsed.path), True
    if _SCHEME.match(dest) and not _WINDOWS_DRIVE.match(dest):
        return None  # http:, mailto:, note:, data: ...
    if dest.startswith("{"):
        return None  # a generator's own tag ({{< relref >}}, {% post_url %})
    return dest, False


def _find(path_text: str, bases: Sequence[Path]) -> Path | None:
    for candidate_text in dict.fromkeys((path_text, unquote(path_text))):
        candidate = Path(candidate_text).expanduser()
        options = [candidate] if candidate.is_absolute() else [b / candidate for b in bases]
        for option in options:
            try:
                if option.is_file():
                    return option.resolve()
            except OSError:
                continue
    return None


def rewrite_assets(markdown: str, plan: AssetPlan, who: str | Message) -> str:
    """``markdown`` with local references pointing at their copies (recorded in ``plan``);
    ``who`` names the note in a warning (``Message("note {id}", ...)``)."""
    if "](" not in markdown:
        return markdown
    code = code_ranges(markdown)

    def sub(match: re.Match[str]) -> str:
        if in_code(match.start(), code):
            return match.group()
        local = _local_path(match["dest"])
        if local is None:
            return match.group()
        path_text, explicit = local
        image = bool(match["bang"]) or Path(path_text).suffix.lower() in _IMAGE_SUFFIXES
        found = _find(path_text, plan.bases)
        if found is None:
            if image or explicit:
                plan.missing.append(
                    Said(
                        Message(
                            "{who}: attachment {path!r} not found; link kept",
                            who=who,
                            path=path_text,
                        )
                    )
                )
            return match.group()
        if found.stat().st_size > MAX_ASSET_BYTES:
            plan.missing.append(
                Said(
                    Message(
                        "{who}: attachment {path!r} is over 100 MB; not copied",
                        who=who,
                        path=path_text,
                    )
                )
            )
            return match.group()
        url = plan.url(plan.place(found))
        return f"{match['bang']}[{match['text']}]({url}{match['title'] or ''})"

    return _REFERENCE.sub(sub, markdown)
