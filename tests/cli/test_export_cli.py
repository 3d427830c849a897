from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import readinglog.cli as cli
from readinglog.cli import export_commands
from tests.cli.helpers import run

Cap = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the export commands even before the lead adds them to COMMAND_MODULES."""
    if export_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, export_commands))


def _add_note(capsys: Cap, tmp_path: Path, body: str, *extra: str) -> None:
    source = tmp_path / "note.md"
    source.write_text(body, encoding="utf-8")
    result = run(capsys, "note", "add", "--file", str(source), *extra)
    assert result.code == 0, result.err


def _front_matter(path: Path) -> dict[str, object]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert isinstance(loaded, dict)
    return loaded


def test_export_chinese_note_to_hugo_site(home: Path, tmp_path: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "人类简史")
    _add_note(
        capsys, tmp_path, "想象的**“共同体”**让陌生人合作。\n",
        "--title", "读《人类简史》有感", "--item", "1", "--tag", "历史", "--location", "第三章",
    )  # fmt: skip
    site = tmp_path / "site"
    site.mkdir()
    result = run(capsys, "export", "note", "1", "--site", str(site), "--json")
    assert result.code == 0, result.err
    data = result.json()
    expected = site.resolve() / "content" / "posts" / "du-ren-lei-jian-shi-you-gan.md"
    assert data == {"path": str(expected), "format": "hugo", "slug": "du-ren-lei-jian-shi-you-gan"}
    meta = _front_matter(expected)
    assert meta["title"] == "读《人类简史》有感" and meta["tags"] == ["历史"]
    assert meta["draft"] is True
    text = expected.read_text(encoding="utf-8")
    assert "&#8203;**“共同体”**&#8203;让" in text and "——《人类简史》，第三章" in text


def test_reexport_refuses_an_edited_file_without_force(
    home: Path, tmp_path: Path, capsys: Cap
) -> None:
    _add_note(capsys, tmp_path, "Body\n", "--title", "Hello")
    out = tmp_path / "out"
    first = run(capsys, "export", "note", "1", "--format", "jekyll", "--out", str(out), "--json")
    assert first.code == 0, first.err
    path = Path(first.json()["path"])
    assert path.name == "hello.md"
    assert run(capsys, "export", "note", "1", "--format", "jekyll", "--out", str(out)).code == 0
    path.write_text(path.read_text(encoding="utf-8") + "my edit\n", encoding="utf-8")
    again = run(capsys, "export", "note", "1", "--format", "jekyll", "--out", str(out))
    assert again.code == 1 and "edited since" in again.err and "hello.md" in again.err
    assert "my edit" in path.read_text(encoding="utf-8")
    forced = run(capsys, "export", "note", "1", "--format", "jekyll", "--out", str(out), "--force")
    assert forced.code == 0 and "my edit" not in path.read_text(encoding="utf-8")


def test_export_item_with_notes(home: Path, tmp_path: Path, capsys: Cap) -> None:
    run(capsys, "add", "book", "Deep Work", "--isbn", "9781455586691", "--rating", "4.5")
    _add_note(capsys, tmp_path, "Focus.\n", "--title", "One", "--item", "1")
    _add_note(capsys, tmp_path, "Depth.\n", "--title", "Two", "--item", "1")
    site = tmp_path / "blog"
    site.mkdir()
    result = run(
        capsys, "export", "item", "1", "--format", "hexo", "--site", str(site), "--publish",
        "--slug", "My Review", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    path = Path(result.json()["path"])
    assert path == site.resolve() / "source" / "_posts" / "my-review.md"
    meta = _front_matter(path)
    readinglog = meta["readinglog"]
    assert isinstance(readinglog, dict)
    assert readinglog["isbn"] == "9781455586691" and readinglog["rating"] == 4.5
    text = path.read_text(encoding="utf-8")
    assert "## One" in text and "## Two" in text and text.index("Focus.") < text.index("Depth.")


def test_errors_are_one_clear_sentence(home: Path, tmp_path: Path, capsys: Cap) -> None:
    missing = run(capsys, "export", "note", "99", "--out", str(tmp_path))
    assert missing.code == 1 and "no note with id 99" in missing.err
    _add_note(capsys, tmp_path, "Body\n", "--title", "Hello")
    bundle = run(capsys, "export", "note", "1", "--format", "jekyll", "--bundle")
    assert bundle.code == 1 and "--bundle" in bundle.err
    toml = run(capsys, "export", "note", "1", "--format", "hexo", "--toml", "--out", str(tmp_path))
    assert toml.code == 1 and "TOML" in toml.err
    no_site = run(capsys, "export", "note", "1", "--site", str(tmp_path / "nope"))
    assert no_site.code == 1 and "not a folder" in no_site.err
    both = run(capsys, "export", "note", "1", "--site", "a", "--out", "b")
    assert both.code == 2


def test_user_template_from_config_folder(home: Path, tmp_path: Path, capsys: Cap) -> None:
    folder = home / "config" / "export-templates"
    folder.mkdir(parents=True)
    (folder / "plain.md").write_text("TITLE=$title\n\n$body", encoding="utf-8")
    _add_note(capsys, tmp_path, "Body text\n", "--title", "Hello")
    result = run(
        capsys, "export", "note", "1", "--format", "plain", "--out", str(tmp_path), "--json"
    )
    assert result.code == 0, result.err
    assert Path(result.json()["path"]).read_text(encoding="utf-8") == "TITLE=Hello\n\nBody text\n"
