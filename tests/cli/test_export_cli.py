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


def test_export_notes_by_filter(home: Path, tmp_path: Path, capsys: Cap) -> None:
    _add_note(capsys, tmp_path, "See [[Second]].\n", "--title", "First", "--tag", "blog")
    _add_note(capsys, tmp_path, "Back to [it](note:1).\n", "--title", "Second", "--tag", "blog")
    _add_note(capsys, tmp_path, "Private.\n", "--title", "Third", "--tag", "diary")
    site = tmp_path / "site"
    site.mkdir()
    result = run(capsys, "export", "notes", "tag:blog", "--site", str(site), "--json")
    assert result.code == 0, result.err
    posts = site.resolve() / "content" / "posts"
    assert result.json() == {
        "exported": [
            {"id": 1, "path": str(posts / "first.md"), "format": "hugo", "slug": "first"},
            {"id": 2, "path": str(posts / "second.md"), "format": "hugo", "slug": "second"},
        ],
        "skipped": [],
        "warnings": [],
    }
    assert '[Second]({{< relref "second.md" >}})' in (posts / "first.md").read_text("utf-8")
    assert '[it]({{< relref "first.md" >}})' in (posts / "second.md").read_text("utf-8")


def test_export_notes_reports_a_failing_note_and_goes_on(
    home: Path, tmp_path: Path, capsys: Cap
) -> None:
    for title in ("One", "Two"):
        _add_note(capsys, tmp_path, f"{title} body\n", "--title", title)
    out = tmp_path / "out"
    assert run(capsys, "export", "notes", "--out", str(out), "--format", "plain").code == 0
    (out / "one.md").write_text("edited\n", encoding="utf-8")
    new_body = tmp_path / "two.md"
    new_body.write_text("Two, changed\n", encoding="utf-8")
    assert run(capsys, "note", "edit", "2", "--file", str(new_body)).code == 0
    result = run(capsys, "export", "notes", "--out", str(out), "--format", "plain", "--json")
    assert result.code == 1
    data = result.json()
    assert [e["id"] for e in data["exported"]] == [2]
    assert data["skipped"][0]["id"] == 1 and "edited since" in data["skipped"][0]["reason"]
    assert "note 1 not exported" in result.err
    assert (out / "one.md").read_text(encoding="utf-8") == "edited\n"
    assert "Two, changed" in (out / "two.md").read_text(encoding="utf-8")


def test_export_notes_needs_a_folder_and_a_valid_filter(
    home: Path, tmp_path: Path, capsys: Cap
) -> None:
    assert run(capsys, "export", "notes", "tag:x").code == 2
    bad = run(capsys, "export", "notes", "nosuch:x", "--out", str(tmp_path))
    assert bad.code == 1 and "not a filter field" in bad.err
    none = run(capsys, "export", "notes", "tag:nothing", "--out", str(tmp_path), "--json")
    assert none.code == 0 and none.json()["exported"] == []


def test_export_note_copies_images_from_the_attachments_folder(
    home: Path, tmp_path: Path, capsys: Cap
) -> None:
    pictures = home / "attachments"
    pictures.mkdir()
    (pictures / "cover.png").write_bytes(b"png")
    _add_note(capsys, tmp_path, "![c](cover.png) ![m](missing.png)\n", "--title", "Pics")
    site = tmp_path / "blog"
    site.mkdir()
    result = run(capsys, "export", "note", "1", "--format", "jekyll", "--site", str(site))
    assert result.code == 0, result.err
    assert (site / "assets" / "images" / "pics" / "cover.png").read_bytes() == b"png"
    text = (site / "_drafts" / "pics.md").read_text(encoding="utf-8")
    assert "![c]({{ '/assets/images/pics/cover.png' | relative_url }})" in text
    assert "warning: note 1: attachment 'missing.png' not found" in result.err
