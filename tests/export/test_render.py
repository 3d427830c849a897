"""Golden files per format in English and Chinese (UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
from pathlib import Path, PurePosixPath

import pytest
import yaml

from readinglog.core.errors import UserError
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import Post, export_moment, render_item, render_note
from tests.export import samples

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FORMATS = [f.value for f in Format]


def _check_golden(name: str, post: Post) -> None:
    golden = GOLDEN / f"{name}.md"
    record = GOLDEN / f"{name}.path"
    if UPDATE:
        golden.write_text(post.text, encoding="utf-8", newline="\n")
        record.write_text(f"{post.path}\n", encoding="utf-8", newline="\n")
    assert post.text == golden.read_text(encoding="utf-8"), f"{golden} differs"
    assert str(post.path) == record.read_text(encoding="utf-8").strip()


def _front_matter(text: str) -> dict[str, object]:
    if text.startswith("+++\n"):
        return tomllib.loads(text.split("+++\n")[1])
    if text.startswith("---\n"):
        loaded = yaml.safe_load(text.split("---\n")[1])
        assert isinstance(loaded, dict)
        return loaded
    return {}


EN = ExportOptions(tz=samples.EST, now=samples.NOW)
ZH = ExportOptions(tz=samples.CST, now=samples.NOW)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("case", "note", "options"),
    [("note_en", samples.ENGLISH_NOTE, EN), ("note_zh", samples.CHINESE_NOTE, ZH)],
)
def test_note_golden(fmt: str, case: str, note: object, options: ExportOptions) -> None:
    assert isinstance(note, type(samples.ENGLISH_NOTE))
    post = render_note(note, profile(fmt), options)
    _check_golden(f"{case}.{fmt}", post)
    meta = _front_matter(post.text)
    if fmt in ("hugo", "jekyll", "hexo"):
        assert meta["title"] == note.title
        assert meta["tags"] == list(note.tags)
    if fmt == "obsidian":
        assert meta["tags"] == [t.replace(" ", "-") for t in note.tags]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("case", "item", "notes", "options"),
    [
        ("item_en", samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES, EN),
        ("item_zh", samples.CHINESE_BOOK, samples.CHINESE_BOOK_NOTES, ZH),
    ],
)
def test_item_golden(
    fmt: str, case: str, item: object, notes: object, options: ExportOptions
) -> None:
    assert isinstance(item, type(samples.ENGLISH_BOOK)) and isinstance(notes, tuple)
    post = render_item(item, notes, profile(fmt), options)
    _check_golden(f"{case}.{fmt}", post)
    assert "secret.jpg" not in post.text  # a local cover path is never published


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("key", sorted(samples.NASTY_TITLES))
def test_nasty_title_golden(fmt: str, key: str) -> None:
    note = samples.nasty_note(key)
    post = render_note(note, profile(fmt), EN)
    _check_golden(f"nasty_{key}.{fmt}", post)
    assert ".." not in post.path.parts and not post.path.is_absolute()
    assert all(len(part.encode()) <= 255 for part in post.path.parts)
    meta = _front_matter(post.text)
    if fmt in ("hugo", "jekyll", "hexo"):
        assert meta["title"] == note.title
        assert meta["tags"] == ["@x", "null", "a: b"]


def test_hugo_toml_reads_back() -> None:
    options = ExportOptions(tz=samples.CST, now=samples.NOW, toml=True)
    post = render_item(samples.CHINESE_BOOK, samples.CHINESE_BOOK_NOTES, profile("hugo"), options)
    _check_golden("item_zh.hugo-toml", post)
    meta = _front_matter(post.text)
    assert meta["title"] == "人类简史"
    params = meta["params"]
    assert isinstance(params, dict)
    assert params["readinglog"]["isbn"] == "9787508647357"
    assert params["readinglog"]["finished"] == dt.date(2024, 4, 30)


def test_toml_is_refused_for_other_formats() -> None:
    with pytest.raises(UserError, match="TOML"):
        render_note(samples.ENGLISH_NOTE, profile("jekyll"), ExportOptions(toml=True))


@pytest.mark.parametrize(
    ("fmt", "draft", "bundle", "expected"),
    [
        ("hugo", True, False, "content/posts/notes-on-deep-work.md"),
        ("hugo", False, True, "content/posts/notes-on-deep-work/index.md"),
        ("jekyll", True, False, "_drafts/notes-on-deep-work.md"),
        ("jekyll", False, False, "_posts/2024-05-01-notes-on-deep-work.md"),
        ("hexo", True, False, "source/_drafts/notes-on-deep-work.md"),
        ("hexo", False, False, "source/_posts/notes-on-deep-work.md"),
        ("obsidian", True, False, "Notes on Deep Work.md"),
        ("plain", False, False, "notes-on-deep-work.md"),
    ],
)
def test_site_layout(fmt: str, draft: bool, bundle: bool, expected: str) -> None:
    options = ExportOptions(site=True, draft=draft, bundle=bundle, tz=samples.EST)
    assert render_note(samples.ENGLISH_NOTE, profile(fmt), options).path == PurePosixPath(expected)


def test_publish_drops_draft_flags() -> None:
    options = ExportOptions(draft=False, tz=samples.EST)
    hugo = _front_matter(render_note(samples.ENGLISH_NOTE, profile("hugo"), options).text)
    jekyll = _front_matter(render_note(samples.ENGLISH_NOTE, profile("jekyll"), options).text)
    assert hugo["draft"] is False
    assert "published" not in jekyll


def test_user_slug_is_sanitized() -> None:
    options = ExportOptions(slug="../我的 文章", tz=samples.EST)
    post = render_note(samples.ENGLISH_NOTE, profile("hugo"), options)
    assert post.slug == "wo-de-wen-zhang"
    assert post.path == PurePosixPath("wo-de-wen-zhang.md")


def test_dates_use_the_local_offset_and_are_never_in_the_future() -> None:
    future = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    options = ExportOptions(tz=samples.CST, now=samples.NOW)
    moment = export_moment(future, options)
    assert moment == samples.NOW and moment.utcoffset() == dt.timedelta(hours=8)
    local = export_moment(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), ExportOptions())
    assert local.utcoffset() == dt.datetime(2024, 1, 1, tzinfo=dt.UTC).astimezone().utcoffset()


def test_user_template_overrides_the_packaged_one() -> None:
    options = ExportOptions(template="$front_matter<!-- $slug -->\n$body$unknown $$5\n")
    post = render_note(samples.ENGLISH_NOTE, profile("hugo"), options)
    assert "<!-- notes-on-deep-work -->" in post.text
    assert "$unknown $5" in post.text


def test_paths_record_is_json_friendly() -> None:
    post = render_note(samples.CHINESE_NOTE, profile("hugo"), ZH)
    assert json.loads(json.dumps({"path": str(post.path)}))["path"].endswith(".md")
