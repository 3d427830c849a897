"""No two notes ever share a file, in any format, and a re-export keeps each note's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.export import batch
from readinglog.export.profiles import Format
from tests.export.test_batch import _job, _note, _run


def _export(library: Library, ids: list[int], root: Path, fmt: Format) -> dict[int, str]:
    report = _run(library, ids, _job(root, fmt))
    assert report.skipped == [], report.skipped
    return {e.id: Path(e.path).relative_to(root.resolve()).as_posix() for e in report.exported}


def _distinct(paths: dict[int, str]) -> None:
    folded = {p.casefold() for p in paths.values()}
    assert len(folded) == len(paths), paths


def test_obsidian_readmes_from_three_folders(library: Library, tmp_path: Path) -> None:
    a, b, c = (_note(library, f"Folder {i}\n", "README") for i in range(3))
    vault = tmp_path / "vault"
    first = _export(library, [a, b, c], vault, Format.OBSIDIAN)
    _distinct(first)
    assert first[a] == "README.md"
    for note_id, name in first.items():
        text = (vault / name).read_text(encoding="utf-8")
        assert f"note_id: {note_id}" in text
        if name != "README.md":
            assert "aliases:\n  - README\n" in text  # Obsidian still finds it as README
    assert _export(library, [c, a, b], vault, Format.OBSIDIAN) == first
    assert _export(library, [c], vault, Format.OBSIDIAN) == {c: first[c]}
    d = _note(library, "Other case\n", "Readme")
    later = _export(library, [d], vault, Format.OBSIDIAN)
    assert later[d].casefold() not in {p.casefold() for p in first.values()}
    assert sorted(p.name for p in vault.iterdir()) == sorted([*first.values(), later[d]])


@pytest.mark.parametrize("fmt", list(Format))
def test_colliding_titles_in_every_format(library: Library, tmp_path: Path, fmt: Format) -> None:
    titles = ["../../etc", "etc", "ETC", "经济", "经纪", "Readme", "README", "con", "CON."]
    ids = [_note(library, f"{t} body\n", t) for t in titles]
    root = tmp_path / "out"
    paths = _export(library, ids, root, fmt)
    assert set(paths) == set(ids)
    _distinct(paths)
    for note_id, path in paths.items():
        target = (root / path).resolve()
        assert target.is_relative_to(root.resolve())
        assert f"{titles[ids.index(note_id)]} body" in target.read_text(encoding="utf-8")
    assert _export(library, list(reversed(ids)), root, fmt) == paths


@pytest.mark.parametrize("fmt", [Format.HUGO, Format.HEXO, Format.OBSIDIAN])
def test_a_later_run_never_takes_an_earlier_notes_file(
    library: Library, tmp_path: Path, fmt: Format
) -> None:
    a = _note(library, "One\n", "Same")
    b = _note(library, "Two\n", "Same")
    root = tmp_path / "out"
    first = _export(library, [b], root, fmt)
    second = _export(library, [a], root, fmt)
    assert first[b] != second[a]
    assert _export(library, [a, b], root, fmt) == {**first, **second}


def test_one_note_exported_alone_keeps_clear_of_others(library: Library, tmp_path: Path) -> None:
    a = _note(library, "One\n", "Same")
    b = _note(library, "Two\n", "Same")
    vault = tmp_path / "vault"
    first = _export(library, [a], vault, Format.OBSIDIAN)
    exported, _ = batch.export_note(library.sessions, b, _job(vault, Format.OBSIDIAN))
    assert Path(exported.path).name not in first.values()
    again, _ = batch.export_note(library.sessions, b, _job(vault, Format.OBSIDIAN))
    assert again.path == exported.path


@pytest.mark.parametrize("fmt", [Format.HUGO, Format.OBSIDIAN])
def test_an_entry_and_a_note_of_one_title_share_no_file(
    library: Library, tmp_path: Path, fmt: Format
) -> None:
    note_id = _note(library, "My thoughts.\n", "Deep Work")
    with library.sessions.begin() as s:
        item_id = services.add_item(s, ItemKind.BOOK, "Deep Work").created
    assert item_id is not None
    root = tmp_path / "out"
    note_path = _export(library, [note_id], root, fmt)[note_id]
    exported, _ = batch.export_item(library.sessions, item_id, _job(root, fmt))
    assert Path(exported.path).resolve() != (root / note_path).resolve()
    again, _ = batch.export_item(library.sessions, item_id, _job(root, fmt))
    assert again.path == exported.path
    assert _export(library, [note_id], root, fmt) == {note_id: note_path}
