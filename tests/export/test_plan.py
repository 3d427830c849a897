"""The export dialog's preview is planned as the export is: same file, same front matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from readinglog.core import notes, services
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Note
from readinglog.core.types import ItemKind, Target
from readinglog.export import batch
from readinglog.export.plan import (
    Choice,
    Request,
    export_one,
    job_for,
    load_source,
    planned_post,
)
from readinglog.export.profiles import Format
from readinglog.export.render import Post
from tests.export.test_batch import _job, _note
from tests.importers.helpers import run_import

VAULT_README = (
    "---\n"
    "title: README\n"
    "aliases: [read me first]\n"
    "permalink: /notes/readme\n"
    "description: The author's own summary.\n"
    "cssclass: wide\n"
    "---\n"
    "What this folder holds.\n"
)
CHOICES = [
    *(Choice(fmt, "") for fmt in Format),
    Choice(Format.HUGO, "", toml=True),
    Choice(Format.HUGO, "", bundle=True),
    Choice(Format.JEKYLL, "", site=False, draft=False),
]


def _vault_note(library: Library, tmp_path: Path) -> int:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "README.md").write_text(VAULT_README, encoding="utf-8")
    assert run_import(library, ImportKind.MARKDOWN, vault).created == 1
    with library.sessions() as s:
        found = s.scalar(select(Note.id).where(Note.title == "README"))
    assert found is not None
    return found


def _preview(library: Library, note_id: int, choice: Choice) -> Post:
    source = load_source(library.sessions, Request(Target.NOTE, (note_id,), "README"))
    post = planned_post(library.sessions, library.paths, source, choice)
    assert post is not None
    return post


def _export(library: Library, note_id: int, choice: Choice) -> tuple[Path, str]:
    job = job_for(choice, library.paths)
    done, _ = export_one(library.sessions, Request(Target.NOTE, (note_id,), "README"), job)
    written = Path(done.path)
    return written.relative_to(job.root.resolve()), written.read_text(encoding="utf-8")


def _front_matter(text: str) -> str:
    """The front matter block ("" for plain Markdown, which has none)."""
    fence = text.splitlines()[0]
    if fence not in ("---", "+++"):
        return ""
    return text[: text.index(f"\n{fence}\n", len(fence)) + len(fence) + 2]


def _matches(post: Post, written: tuple[Path, str]) -> None:
    assert Path(post.path) == written[0]
    front = _front_matter(post.text)
    assert front == _front_matter(written[1])
    if post.format != Format.PLAIN:
        assert "/notes/readme" in front  # a key of the vault's own
    assert post.text == written[1]  # and the rest, for a body without links or attachments


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: f"{c.format}-{c.site}-{c.toml}")
def test_the_preview_is_the_file_export_writes(
    library: Library, tmp_path: Path, choice: Choice
) -> None:
    root = tmp_path / "site"
    root.mkdir()
    choice = Choice(**{**choice.__dict__, "folder": str(root)})
    vault_note = _vault_note(library, tmp_path)
    other = _note(library, "Another README, exported first.\n", "README")
    taken, _ = _export(library, other, choice)  # its post has the plain name
    post = _preview(library, vault_note, choice)
    assert Path(post.path) != taken  # de-duplicated, as the export will
    first = _export(library, vault_note, choice)
    _matches(post, first)

    with library.sessions.begin() as s:  # the plain name comes free ...
        notes.edit_note(s, other, title="Renamed")
    _export(library, other, choice)
    again = _preview(library, vault_note, choice)  # ... the note keeps last time's file
    assert Path(again.path) == first[0]
    _matches(again, _export(library, vault_note, choice))


def test_a_preview_before_a_folder_is_chosen(library: Library, tmp_path: Path) -> None:
    vault_note = _vault_note(library, tmp_path)
    post = _preview(library, vault_note, Choice(Format.HUGO, ""))
    assert post.path.as_posix() == "content/posts/readme.md"
    assert "/notes/readme" in _front_matter(post.text)


def test_an_entrys_preview_is_the_file_export_writes(library: Library, tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    choice = Choice(Format.HUGO, str(root))
    with library.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "Deep Work").created
    note_id = _note(library, "My thoughts.\n", "Deep Work")
    assert item is not None
    batch.export_note(library.sessions, note_id, _job(root, Format.HUGO))
    request = Request(Target.ITEM, (item,), "Deep Work")
    source = load_source(library.sessions, request)
    post = planned_post(library.sessions, library.paths, source, choice)
    assert post is not None
    done, _ = export_one(library.sessions, request, job_for(choice, library.paths))
    assert root.resolve() / post.path == Path(done.path)


LINKED_BODY = "See [[Target]], [the other](note:{other}) and ![cover](封面.png).\n"


def _linked_library(library: Library, root: Path, choice: Choice) -> tuple[int, int]:
    """An entry with two notes, and a note: their bodies link to a note exported earlier
    into ``root`` and show an attachment the export copies; (entry id, note id)."""
    attachments = library.paths.data / "attachments"
    attachments.mkdir(parents=True, exist_ok=True)
    (attachments / "封面.png").write_bytes(b"\x89PNG")
    target = _note(library, "The target.\n", "Target")
    other = _note(library, "Not exported.\n", "Other")
    export_one(
        library.sessions, Request(Target.NOTE, (target,), "Target"), job_for(choice, library.paths)
    )
    body = LINKED_BODY.format(other=other)
    with library.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "Deep Work").created
        assert item is not None
        for title in ("First thoughts", "二读"):
            notes.add_note(s, body, title=title, item_ids=(item,))
    return item, _note(library, body, "Linker")


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: f"{c.format}-{c.site}-{c.toml}")
@pytest.mark.parametrize("target", [Target.NOTE, Target.ITEM])
def test_a_preview_with_links_and_attachments_is_the_text_export_writes(
    library: Library, tmp_path: Path, choice: Choice, target: Target
) -> None:
    root = tmp_path / "site"
    root.mkdir()
    choice = Choice(**{**choice.__dict__, "folder": str(root)})
    item, linker = _linked_library(library, root, choice)
    request = Request(target, (item if target is Target.ITEM else linker,), "")
    post = planned_post(
        library.sessions, library.paths, load_source(library.sessions, request), choice
    )
    assert post is not None
    done, _ = export_one(library.sessions, request, job_for(choice, library.paths))
    written = Path(done.path)
    assert root.resolve() / post.path == written
    assert post.text == written.read_text(encoding="utf-8")
    assert "封面.png" not in post.text  # the attachment's copy, as written
