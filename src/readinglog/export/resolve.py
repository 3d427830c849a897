"""What a post's links can point at, read from the library, and the rewrite that uses it.

``link_context`` looks up, for the notes about to be exported, every note they link to: whether
it exists, its title, and where its post is (planned in this run, or recorded in the export
ledger under the same folder and format). ``PostRewriter`` then turns one note's Markdown into
the post body: attachments first (copied beside the post), then note links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from readinglog.core import repository
from readinglog.core.errors import Message, Said
from readinglog.core.query import Condition, Filter
from readinglog.core.types import NoteView
from readinglog.export.assets import AssetPlan, rewrite_assets
from readinglog.export.ledger import DbLedger
from readinglog.export.links import (
    LinkTarget,
    NoteLink,
    display_text,
    find_links,
    post_reference,
    rewrite_links,
)
from readinglog.export.profiles import Format
from readinglog.export.writer import LedgerKey

_HUGO_DRAFT = re.compile(r"^draft\s*[:=]\s*true\s*$", re.M)
_JEKYLL_DRAFT = re.compile(r"^published\s*:\s*false\s*$", re.M)


@dataclass(frozen=True)
class LinkContext:
    targets: Mapping[int, LinkTarget] = field(default_factory=dict)  # exported posts by note id
    titles: Mapping[int, str] = field(default_factory=dict)  # every linked note that exists
    by_title: Mapping[str, int] = field(default_factory=dict)  # [[Title]] -> note id


def _ids_by_title(s: Session, notes: Sequence[NoteView], titles: set[str]) -> dict[str, int]:
    """The note each ``[[Title]]`` names: exact title, the lowest id when several share it."""
    found: dict[str, int] = {}
    for note in sorted(notes, key=lambda n: n.id, reverse=True):
        if note.title.strip() in titles:
            found[note.title.strip()] = note.id
    for title in sorted(titles - found.keys()):
        flt = Filter(conditions=(Condition("title", ":", title),))
        ids = repository.note_ids(s, flt, sort="added", descending=False)
        exact = sorted(row.id for row in repository.note_rows(s, ids) if row.title.strip() == title)
        if exact:
            found[title] = exact[0]
    return found


def looks_draft(path: Path, fmt: Format) -> bool:
    """Whether an exported post on disk is a draft (its folder, or its front matter says so)."""
    if "_drafts" in path.parts:
        return True
    if fmt not in (Format.HUGO, Format.JEKYLL):
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            head = stream.read(8192)
    except OSError:
        return False
    fence = head[:3]
    if fence not in ("---", "+++"):
        return False
    front = head[3:].split(f"\n{fence}", 1)[0]
    return bool((_HUGO_DRAFT if fmt is Format.HUGO else _JEKYLL_DRAFT).search(front))


def ledger_target(
    s: Session, note_id: int, title: str, fmt: Format, root: Path
) -> LinkTarget | None:
    """Where an earlier export put ``note_id``'s post, if that is under ``root`` and still there."""
    record = DbLedger(s).get(LedgerKey("note", note_id, fmt.value))
    if record is None:
        return None
    path, base = Path(record.path), root.resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    relative = PurePosixPath(path.relative_to(base).as_posix())
    return LinkTarget(note_id, relative, title, looks_draft(path, fmt))


def link_context(
    s: Session,
    notes: Sequence[NoteView],
    planned: Mapping[int, LinkTarget],
    fmt: Format,
    root: Path,
) -> LinkContext:
    """Everything ``notes`` link to; ``planned`` are the posts this run writes."""
    links = [link for note in notes for link in find_links(note.body)]
    if not links:
        return LinkContext(targets=dict(planned))
    by_title = _ids_by_title(s, notes, {link.title for link in links if link.title})
    ids = {link.note_id for link in links if link.note_id is not None} | set(by_title.values())
    titles = {row.id: row.title for row in repository.note_rows(s, sorted(ids))}
    targets = dict(planned)
    for note_id in sorted(titles.keys() - planned.keys()):
        found = ledger_target(s, note_id, titles[note_id], fmt, root)
        if found is not None:
            targets[note_id] = found
    return LinkContext(targets, titles, by_title)


def linking_posts(
    s: Session, note_id: int, title: str, fmt: Format, root: Path, *, skip: set[int]
) -> list[int]:
    """Notes (not in ``skip``) whose earlier posts under ``root`` link to ``note_id``."""
    words = [f"note:{note_id}", f"[[{note_id}"] + ([f"[[{title.strip()}"] if title.strip() else [])
    candidates: set[int] = set()
    for word in words:
        candidates.update(repository.note_ids(s, Filter(words=(word,))))
    found = []
    for other in sorted(candidates - skip - {note_id}):
        view = repository.note_view(s, other)
        links = find_links(view.body)
        if any(x.note_id == note_id or x.title == title.strip() for x in links) and (
            ledger_target(s, other, view.title, fmt, root) is not None
        ):
            found.append(other)
    return found


@dataclass
class PostRewriter:
    """Turns a note's Markdown into its post's body: attachments copied, note links rewritten."""

    fmt: Format
    source: PurePosixPath  # the post's path, relative to the export folder
    draft: bool
    context: LinkContext
    assets: AssetPlan
    warnings: list[str] = field(default_factory=list)

    def __call__(self, note: NoteView) -> str:
        who = Message("note {id}", id=note.id)
        body = rewrite_assets(note.body, self.assets, who)
        return rewrite_links(body, lambda link: self._link(link, who))

    def _link(self, link: NoteLink, who: Message) -> str:
        ctx = self.context
        note_id = link.note_id if link.title is None else ctx.by_title.get(link.title)
        if note_id is None or note_id not in ctx.titles:
            # No such note: a wiki link may not have been meant as one; keep it as written.
            return link.source if link.wiki else display_text(link, None)
        text = display_text(link, ctx.titles[note_id])
        target = ctx.targets.get(note_id)
        if target is None:
            if self.fmt is Format.OBSIDIAN and link.wiki and link.title is not None:
                return link.source  # a vault link to a note not exported: still a link there
            return text
        if target.draft and not self.draft:
            self.warnings.append(
                Said(
                    Message(
                        "{who}: links to note {id}, whose post is a draft; written as text",
                        who=who,
                        id=note_id,
                    )
                )
            )
            return text
        label = link.text or ctx.titles[note_id]
        return post_reference(self.fmt, text, self.source, target, label=label, written=link)
