"""readinglog cover set / show / rm / prune: from a file or a web address (a local server)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from readinglog.core import covers
from tests.cli.helpers import run
from tests.core.test_covers import GIF, JPEG, PNG
from tests.online.server import Route, serve

Cap = pytest.CaptureFixture[str]


def _book(capsys: Cap, title: str = "人类简史") -> str:
    result = run(capsys, "add", "book", title)
    assert result.code == 0, result.err
    return result.out.strip()


def _one_line_refusal(capsys: Cap, *argv: str) -> str:
    result = run(capsys, *argv)
    assert result.code == 1 and result.out == "" and result.err.count("\n") == 1, result
    return result.err


def test_set_from_a_file_then_show_and_rm(capsys: Cap, home: Path, tmp_path: Path) -> None:
    item = _book(capsys)
    chosen = tmp_path / "封面.png"
    chosen.write_bytes(PNG)
    done = run(capsys, "cover", "set", item, str(chosen))
    assert done.code == 0, done.err
    path = Path(done.out.strip())
    assert path.parent == home / "attachments" / "covers" and path.read_bytes() == PNG
    shown = run(capsys, "cover", "show", item, "--json").json()
    assert shown == {"id": int(item), "cover": f"covers/{path.name}", "path": str(path)}
    assert run(capsys, "cover", "show", item).out.strip() == str(path)
    assert run(capsys, "cover", "rm", item).code == 0
    assert "entry 1 has no cover" in _one_line_refusal(capsys, "cover", "show", item)
    assert path.exists()  # kept for an undo until pruned


def test_set_from_a_file_url(capsys: Cap, home: Path, tmp_path: Path) -> None:
    item = _book(capsys)
    chosen = tmp_path / "cover.jpg"
    chosen.write_bytes(JPEG)
    done = run(capsys, "cover", "set", item, chosen.as_uri())
    assert done.code == 0, done.err
    assert Path(done.out.strip()).read_bytes() == JPEG


def test_set_from_a_web_address(capsys: Cap, home: Path) -> None:
    item = _book(capsys)
    with serve({"/b/isbn/9787508647357-L.jpg": Route(body=JPEG, content_type="image/jpeg")}) as s:
        done = run(capsys, "cover", "set", item, f"{s.base}/b/isbn/9787508647357-L.jpg", "--json")
    assert done.code == 0, done.err
    assert Path(done.json()["path"]).read_bytes() == JPEG


def test_refusals_are_one_sentence_and_change_nothing(
    capsys: Cap, home: Path, tmp_path: Path
) -> None:
    item = _book(capsys)
    page = tmp_path / "cover.jpg"
    page.write_text("<!doctype html><title>404</title>", encoding="utf-8")
    assert "looks like a web page (HTML)" in _one_line_refusal(capsys, "cover", "set", item,
                                                                str(page))  # fmt: skip
    assert "no such file" in _one_line_refusal(capsys, "cover", "set", item, str(tmp_path / "x"))
    assert "no entry with id 9" in _one_line_refusal(capsys, "cover", "set", "9", str(page))
    with serve({"/none.jpg": Route(body=GIF, content_type="image/gif")}) as s:
        said = _one_line_refusal(capsys, "cover", "set", item, f"{s.base}/none.jpg")
        assert "has no cover image" in said
        said = _one_line_refusal(capsys, "cover", "set", item, f"{s.base}/missing.jpg")
        assert "has no cover image" in said
    podcast = run(capsys, "add", "podcast", "a16z").out.strip()
    chosen = tmp_path / "ok.png"
    chosen.write_bytes(PNG)
    said = _one_line_refusal(capsys, "cover", "set", podcast, str(chosen))
    assert "cover does not apply to a podcast" in said
    assert run(capsys, "cover", "show", item, "--json").json()["cover"] is None
    assert not (home / "attachments" / "covers").exists()


def test_a_missing_cover_file_is_named(capsys: Cap, home: Path, tmp_path: Path) -> None:
    item = _book(capsys)
    chosen = tmp_path / "c.png"
    chosen.write_bytes(PNG)
    path = Path(run(capsys, "cover", "set", item, str(chosen)).out.strip())
    path.unlink()
    said = _one_line_refusal(capsys, "cover", "show", item)
    assert f"the cover file of entry 1 is missing: covers/{path.name}" in said


def test_prune_deletes_old_unused_files(capsys: Cap, home: Path, tmp_path: Path) -> None:
    item = _book(capsys)
    chosen = tmp_path / "c.png"
    chosen.write_bytes(PNG)
    old = Path(run(capsys, "cover", "set", item, str(chosen)).out.strip())
    chosen.write_bytes(JPEG)
    new = Path(run(capsys, "cover", "set", item, str(chosen)).out.strip())
    for path in (old, new):
        stamp = time.time() - 2 * covers.PRUNE_MIN_AGE_S
        os.utime(path, (stamp, stamp))
    assert run(capsys, "cover", "prune", "--json").json() == {"removed": [str(old)]}
    assert new.exists() and not old.exists()
    assert run(capsys, "cover", "prune").out == "deleted 0 unused cover files\n"


def test_add_and_edit_with_cover_copy_the_file_in(capsys: Cap, home: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.jpg"
    mine.write_bytes(JPEG)
    added = run(capsys, "add", "book", "Sapiens", "--cover", str(mine), "--json")
    assert added.code == 0, added.err
    assert added.json()["cover"].startswith("covers/")  # stored in the library, not a path
    mine.unlink()  # the user's file may go: the library keeps its copy
    shown = run(capsys, "cover", "show", "1", "--json").json()
    assert Path(shown["path"]).read_bytes() == JPEG
    other = tmp_path / "other.png"
    other.write_bytes(PNG)
    assert run(capsys, "edit", "1", "--cover", str(other)).code == 0
    assert Path(run(capsys, "cover", "show", "1", "--json").json()["path"]).read_bytes() == PNG
    refused = run(capsys, "edit", "1", "--cover", str(tmp_path / "gone.jpg"))
    assert refused.code == 1 and "gone.jpg" in refused.err
    assert Path(run(capsys, "cover", "show", "1", "--json").json()["path"]).read_bytes() == PNG
