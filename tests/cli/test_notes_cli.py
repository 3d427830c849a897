from pathlib import Path

import pytest

from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]

ZH_NOTE = "# 读《人类简史》有感\n\n想象的共同体让陌生人能够合作。😀\n"


def test_note_from_file_keeps_markdown_byte_for_byte(
    home: Path, tmp_path: Path, capsys: Cap
) -> None:
    run(capsys, "add", "book", "人类简史")
    run(capsys, "add", "episode", "Ep")
    source = tmp_path / "note.md"
    source.write_bytes(ZH_NOTE.encode())
    result = run(
        capsys, "note", "add", "--file", str(source), "--item", "1", "--item", "2",
        "--tag", "读书笔记", "--location", "第三章", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["id"] == 1 and data["item_ids"] == [1, 2]
    shown = run(capsys, "note", "show", "1", "--json").json()
    assert shown["body"] == ZH_NOTE
    assert shown["title"] == "读《人类简史》有感"
    assert shown["lang"] == "zh" and shown["location"] == "第三章"
    assert shown["words"] == 21  # 7 in the heading + 14 in the sentence
    assert run(capsys, "show", "1", "--json").json()["notes"] == [1]


def test_note_from_stdin_and_list_filters(
    home: Path, capsys: Cap, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"English journal entry")))
    assert run(capsys, "note", "add", "--stdin", "--title", "Journal").out.strip() == "1"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("中文笔记内容".encode())))
    assert run(capsys, "note", "add", "--stdin", "--tag", "zh").out.strip() == "2"
    assert [n["id"] for n in run(capsys, "note", "list", "lang:zh", "--json").json()] == [2]
    assert [n["id"] for n in run(capsys, "note", "list", "is:standalone", "--json").json()] == [
        2,
        1,
    ]


def test_note_without_text_source_does_not_wait(home: Path, capsys: Cap) -> None:
    result = run(capsys, "note", "add", "--title", "x")
    assert result.code == 1 and "--file or --stdin" in result.err


def test_invalid_utf8_file_is_named(home: Path, tmp_path: Path, capsys: Cap) -> None:
    bad = tmp_path / "gbk.md"
    bad.write_bytes("第一行\n".encode() + "中文".encode("gbk"))
    result = run(capsys, "note", "add", "--file", str(bad))
    assert result.code == 1
    assert "gbk.md: not valid UTF-8 at line 2" in result.err
    assert run(capsys, "note", "list", "--json").json() == []


def test_note_edit_tags_links_and_body(home: Path, tmp_path: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "A")
    run(capsys, "add", "book", "B")
    source = tmp_path / "n.md"
    source.write_text("first", encoding="utf-8")
    run(capsys, "note", "add", "--file", str(source), "--item", "1", "--tag", "old")
    source.write_text("second version", encoding="utf-8")
    data = run(
        capsys, "note", "edit", "1", "--file", str(source), "--tag", "new", "--untag", "old",
        "--item", "2", "--unlink", "1", "--json",
    ).json()  # fmt: skip
    assert (data["body"], data["tags"], data["item_ids"]) == ("second version", ["new"], [2])


def test_note_rm(home: Path, tmp_path: Path, capsys: Cap) -> None:
    source = tmp_path / "n.md"
    source.write_text("x", encoding="utf-8")
    run(capsys, "note", "add", "--file", str(source))
    assert run(capsys, "note", "rm", "1").code == 1
    assert run(capsys, "note", "rm", "1", "--yes").code == 0
    result = run(capsys, "note", "show", "1")
    assert result.code == 1 and "no note with id 1" in result.err
