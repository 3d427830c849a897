"""A vault's own front matter keys survive an import and an export."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Note
from readinglog.export import kept
from readinglog.export.profiles import Format
from readinglog.importers import markdown
from tests.export.samples import front_matter_of
from tests.export.test_batch import _job, _run
from tests.importers.helpers import run_import

VAULT_NOTE = (
    "---\n"
    "title: 读书笔记\n"
    "date: 2021-03-04\n"
    "tags: [old-tag]\n"
    "aliases: [reading notes, RN]\n"
    "permalink: /notes/reading\n"
    "description: My own words.\n"
    "cssclass: wide\n"
    "rating: 4\n"
    "sitemap:\n"
    "  priority: 3\n"
    "---\n"
    "Body text.\n"
)


def _imported(library: Library, tmp_path: Path) -> int:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "note.md").write_text(VAULT_NOTE, encoding="utf-8")
    assert run_import(library, ImportKind.MARKDOWN, vault).created == 1
    with library.sessions.begin() as s:
        note_id = s.scalar(select(Note.id)) or 0
        notes.edit_note(s, note_id, tags=["new-tag"])  # edited since: the note's tags win
    return note_id


def _exported(library: Library, note_id: int, root: Path, fmt: Format) -> dict[str, Any]:
    report = _run(library, [note_id], _job(root, fmt))
    assert report.skipped == []
    return front_matter_of(Path(report.exported[0].path))


def test_obsidian_writes_back_the_vaults_keys(library: Library, tmp_path: Path) -> None:
    note_id = _imported(library, tmp_path)
    front = _exported(library, note_id, tmp_path / "out", Format.OBSIDIAN)
    assert front["aliases"] == ["reading notes", "RN"]
    assert front["permalink"] == "/notes/reading" and front["description"] == "My own words."
    assert front["cssclass"] == "wide" and front["rating"] == 4
    assert front["sitemap"] == {"priority": 3}
    assert front["tags"] == ["new-tag"] and "title" not in front and "date" not in front
    assert front["readinglog"]["note_id"] == note_id


@pytest.mark.parametrize(
    ("fmt", "ours"),
    [
        (Format.HUGO, {"slug": "du-shu-bi-ji", "summary": "Body text."}),
        (Format.JEKYLL, {"slug": "du-shu-bi-ji", "excerpt": "Body text."}),
        (Format.HEXO, {}),
    ],
)
def test_generators_keep_keys_that_do_not_clash(
    library: Library, tmp_path: Path, fmt: Format, ours: dict[str, str]
) -> None:
    note_id = _imported(library, tmp_path)
    front = _exported(library, note_id, tmp_path / "site", fmt)
    assert front["permalink"] == "/notes/reading" and front["cssclass"] == "wide"
    assert front["aliases"] == ["reading notes", "RN"]
    assert front["description"] == "My own words."  # the author's, not our excerpt
    assert front["title"] == "读书笔记" and front["tags"] == ["new-tag"]
    for key, value in ours.items():
        assert front[key] == value


def test_plain_has_no_front_matter(library: Library, tmp_path: Path) -> None:
    note_id = _imported(library, tmp_path)
    report = _run(library, [note_id], _job(tmp_path / "plain", Format.PLAIN))
    assert not Path(report.exported[0].path).read_text(encoding="utf-8").startswith("---")


def test_consumed_keys_are_the_importers() -> None:
    tag_keys = [k for k in markdown.TAG_KEYS if k != "keywords"]  # keywords are not read
    consumed = {"title", *markdown.DATE_KEYS, *markdown.UPDATED_KEYS, *tag_keys}
    assert consumed == kept.CONSUMED


def test_hugo_toml_keeps_them_too(library: Library, tmp_path: Path) -> None:
    note_id = _imported(library, tmp_path)
    report = _run(library, [note_id], _job(tmp_path / "site", Format.HUGO, toml=True))
    text = Path(report.exported[0].path).read_text(encoding="utf-8")
    front = tomllib.loads(text.split("+++\n")[1])
    assert front["permalink"] == "/notes/reading" and front["sitemap"] == {"priority": 3}
    assert front["params"]["readinglog"]["note_id"] == note_id


def test_merge_rules() -> None:
    ours = {"title": "T", "aliases": ["T"], "summary": "derived", "params": {"readinglog": 1}}
    theirs = {"title": "old", "aliases": "one", "summary": "mine", "params": {"x": 2}, "k": 3}
    assert kept.merge(ours, theirs) == {
        "title": "T", "aliases": ["one", "T"], "summary": "mine",
        "params": {"readinglog": 1, "x": 2}, "k": 3,
    }  # fmt: skip
