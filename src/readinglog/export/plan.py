"""Exporting for the window, without Qt: what the export dialog's fields mean as an
``ExportJob``, the post a choice would write (for the slug and path preview), and the export
itself through ``readinglog.export.batch`` (the same operations the CLI uses).

The preview is the post Export writes: ``batch.plan_note`` and ``batch.plan_item``, which
``batch.export_note`` and ``batch.export_item`` call too, plan it against what the ledger says
earlier exports wrote to the folder, with the note's kept front matter and the user's template,
and rewrite its links and attachment paths. So its file name (a de-duplicated name, last time's
file), front matter and text are those of the file Export writes.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session, sessionmaker

from readinglog.core import repository
from readinglog.core.errors import UserError
from readinglog.core.types import ItemView, NoteView, Progress, Target
from readinglog.export import batch, templates
from readinglog.export.profiles import ExportOptions, Format
from readinglog.export.render import Post
from readinglog.paths import AppPaths

ATTACHMENTS_FOLDER = "attachments"  # in the data folder, as for `readinglog export`
FORMAT_LABELS = {
    Format.HUGO: "Hugo",
    Format.JEKYLL: "Jekyll",
    Format.HEXO: "Hexo",
    Format.OBSIDIAN: "Obsidian vault",
    Format.PLAIN: "Plain Markdown",
}
SITE_LAYOUT = {
    Format.HUGO: "content/posts/",
    Format.JEKYLL: "_drafts/ or _posts/",
    Format.HEXO: "source/_drafts/ or source/_posts/",
    Format.OBSIDIAN: "the vault's top folder",
    Format.PLAIN: "the folder itself",
}
# the command line's hint, in English or as the catalogs put it in Chinese ("；使用 --force 覆盖它")
_FORCE_HINT = re.compile(r"[;；]? *[(（]?(?:use --force to [a-z ]+|使用 --force[^)）;；。]*)[)）]?")
_HAN_END = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]$")


@dataclass(frozen=True)
class Request:
    """What to export: one note, one entry (with its notes), or many notes."""

    target: Target  # ITEM or NOTE
    ids: tuple[int, ...]
    title: str  # the note's or entry's title; for many notes, where they come from
    many: bool = False  # the notes of a list, written as many posts into one folder

    @property
    def heading(self) -> str:
        if self.many:
            count = len(self.ids)
            return f"Export {count:,} {'note' if count == 1 else 'notes'} ({self.title})"
        return f"Export {'note' if self.target is Target.NOTE else 'entry'}: {self.title}"


@dataclass(frozen=True)
class Choice:
    """The dialog's fields."""

    format: Format
    folder: str
    site: bool = True  # the generator's layout in its site folder; else flat in the folder
    draft: bool = True
    slug: str = ""  # "" for the title's slug
    bundle: bool = False
    toml: bool = False

    def options(self, template: str | None = None) -> ExportOptions:
        hugo = self.format is Format.HUGO
        return ExportOptions(
            draft=self.draft,
            slug=self.slug.strip() or None,
            bundle=self.bundle and hugo,
            toml=self.toml and hugo,
            site=self.site,
            template=template,
        )


def job_for(choice: Choice, paths: AppPaths, *, force: bool = False) -> batch.ExportJob:
    """The job the CLI would build from the same choices; a UserError says what is missing."""
    return _job(choice, paths, _root(choice), force=force)


def _root(choice: Choice) -> Path:
    text = choice.folder.strip()
    if not text:
        if choice.site:
            raise UserError("choose the site folder to export into")
        raise UserError("choose the output folder to export into")
    root = Path(text).expanduser()
    if not root.is_absolute():
        raise UserError("{path} is not a full path; choose the folder with Choose…", path=text)
    if choice.site and not root.is_dir():
        raise UserError("{path} is not a folder; a site folder must already exist", path=root)
    return root


def _job(choice: Choice, paths: AppPaths, root: Path, *, force: bool = False) -> batch.ExportJob:
    return batch.ExportJob(
        root=root,
        format=choice.format,
        options=choice.options(templates.load(choice.format.value, paths.config)),
        force=force,
        attachments=(paths.data / ATTACHMENTS_FOLDER,),
    )


def user_message(message: str) -> tuple[str, bool]:
    """(the sentence without the CLI's ``--force`` hint, whether Overwrite would help)."""
    overwrite = "--force" in message
    text = _FORCE_HINT.sub("", message).strip()
    if overwrite and not text.endswith((".", "。")):
        text += "。" if _HAN_END.search(text) else "."
    return text[:1].upper() + text[1:], overwrite


@dataclass(frozen=True)
class Source:
    """The note, or the entry with its notes, read once when the dialog opens."""

    note: NoteView | None = None
    item: ItemView | None = None
    item_notes: tuple[NoteView, ...] = ()


def load_source(sessions: sessionmaker[Session], request: Request) -> Source:
    with sessions() as s:
        if request.target is Target.ITEM:
            item = repository.item_view(s, request.ids[0])
            notes = tuple(repository.note_view(s, i) for i in item.note_ids)
            return Source(item=item, item_notes=notes)
        if not request.ids:
            return Source()
        return Source(note=repository.note_view(s, request.ids[0]))


def planned_post(
    sessions: sessionmaker[Session], paths: AppPaths, source: Source, choice: Choice
) -> Post | None:
    """The post Export would write for ``choice``: its path (unique in the folder, or last
    time's file), front matter and text, planned by ``batch`` as the export plans it. Before a
    usable folder is chosen no earlier export can be looked up, and the path is relative."""
    try:
        root, in_folder = _root(choice), True
    except UserError:
        root, in_folder = Path(), False
    job = _job(choice, paths, root)
    with sessions() as s:
        if source.item is not None:
            return batch.plan_item(s, source.item, source.item_notes, job, in_folder=in_folder).post
        if source.note is not None:
            return batch.plan_note(s, source.note, job, in_folder=in_folder).post
    return None


def folder_of(post_path: PurePosixPath) -> str:
    folder = str(post_path.parent)
    return "" if folder == "." else f"{folder}/"


def export_one(
    sessions: sessionmaker[Session], request: Request, job: batch.ExportJob
) -> tuple[batch.Exported, list[str]]:
    if request.target is Target.ITEM:
        return batch.export_item(sessions, request.ids[0], job)
    return batch.export_note(sessions, request.ids[0], job)


def export_many(
    sessions: sessionmaker[Session],
    ids: tuple[int, ...],
    job: batch.ExportJob,
    report: batch.ExportReport,
) -> Generator[Progress, None, batch.ExportReport]:
    """``batch.export_notes`` for the worker: returns the report it filled."""
    yield from batch.export_notes(sessions, ids, job, report)
    return report
