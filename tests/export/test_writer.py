from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.export.ledger import DbLedger
from readinglog.export.render import Post
from readinglog.export.writer import (
    ExportRecord,
    LedgerKey,
    MemoryLedger,
    export_post,
    sha256_of,
    write_post,
)

KEY = LedgerKey("note", 1, "hugo")


def _post(text: str = "---\ntitle: x\n---\n\nBody\n", path: str = "posts/x.md") -> Post:
    return Post(path=PurePosixPath(path), text=text, slug="x", format="hugo")


def test_write_creates_folders_and_returns_the_record(tmp_path: Path) -> None:
    record = write_post(_post(), tmp_path)
    target = tmp_path / "posts" / "x.md"
    assert target.read_text(encoding="utf-8") == _post().text
    assert record == ExportRecord(str(target.resolve()), sha256_of(target.read_bytes()))
    assert [p.name for p in target.parent.iterdir()] == ["x.md"]  # no temp file left


def test_reexport_updates_an_unchanged_file_in_place(tmp_path: Path) -> None:
    ledger = MemoryLedger()
    export_post(_post("one\n"), tmp_path, ledger, KEY)
    record = export_post(_post("two\n"), tmp_path, ledger, KEY)
    assert (tmp_path / "posts" / "x.md").read_text(encoding="utf-8") == "two\n"
    assert ledger.get(KEY) == record


def test_reexport_refuses_a_file_edited_since(tmp_path: Path) -> None:
    ledger = MemoryLedger()
    export_post(_post("one\n"), tmp_path, ledger, KEY)
    target = tmp_path / "posts" / "x.md"
    target.write_text("one\nmy edit\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"x\.md was edited since .* --force"):
        export_post(_post("two\n"), tmp_path, ledger, KEY)
    assert target.read_text(encoding="utf-8") == "one\nmy edit\n"
    export_post(_post("two\n"), tmp_path, ledger, KEY, force=True)
    assert target.read_text(encoding="utf-8") == "two\n"


def test_refuses_a_file_it_never_wrote(tmp_path: Path) -> None:
    target = tmp_path / "posts" / "x.md"
    target.parent.mkdir()
    target.write_text("someone else's post\n", encoding="utf-8")
    with pytest.raises(UserError, match="not written by this export"):
        write_post(_post(), tmp_path)
    assert target.read_text(encoding="utf-8") == "someone else's post\n"


def test_identical_content_is_not_an_error(tmp_path: Path) -> None:
    write_post(_post(), tmp_path)
    assert write_post(_post(), tmp_path).sha256 == sha256_of(_post().text.encode())


@pytest.mark.parametrize("path", ["../x.md", "/tmp/x.md", "a/../../x.md"])
def test_never_writes_outside_the_folder(tmp_path: Path, path: str) -> None:
    root = tmp_path / "site"
    root.mkdir()
    with pytest.raises(UserError):
        write_post(_post(path=path), root)
    assert not (tmp_path / "x.md").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    root, outside = tmp_path / "site", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "posts").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UserError):
        write_post(_post(), root)
    assert not (outside / "x.md").exists()


def test_db_ledger_round_trip(library: Library, tmp_path: Path) -> None:
    with library.sessions.begin() as s:
        assert DbLedger(s).get(KEY) is None
        record = export_post(_post("中文\n"), tmp_path / "site", DbLedger(s), KEY)
    with library.sessions.begin() as s:
        assert DbLedger(s).get(KEY) == record
        again = export_post(_post("更新\n"), tmp_path / "site", DbLedger(s), KEY)
    with library.sessions() as s:
        assert DbLedger(s).get(KEY) == again != record


def test_copy_asset_keeps_a_different_file_unless_forced(tmp_path: Path) -> None:
    from readinglog.export.writer import copy_asset

    source = tmp_path / "pic.png"
    source.write_bytes(b"new")
    root = tmp_path / "site"
    target = PurePosixPath("static/images/x/pic.png")
    assert copy_asset(source, root, target) == ""
    assert copy_asset(source, root, target) == ""  # identical: nothing to do
    (root / target).write_bytes(b"theirs")
    assert "kept it" in copy_asset(source, root, target)
    assert (root / target).read_bytes() == b"theirs"
    assert copy_asset(source, root, target, force=True) == ""
    assert (root / target).read_bytes() == b"new"
    with pytest.raises(UserError):
        copy_asset(source, root, PurePosixPath("../escape.png"))


def test_retire_previous_leaves_files_outside_the_root(tmp_path: Path) -> None:
    from readinglog.export.writer import retire_previous

    elsewhere = tmp_path / "other" / "x.md"
    elsewhere.parent.mkdir()
    elsewhere.write_text("old\n", encoding="utf-8")
    previous = ExportRecord(str(elsewhere), sha256_of(b"old\n"))
    current = ExportRecord(str(tmp_path / "site" / "y.md"), "0" * 64)
    assert retire_previous(previous, current, tmp_path / "site") == ""
    assert elsewhere.exists()
