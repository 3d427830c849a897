from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readinglog.core.errors import UserError
from readinglog.export.slug import (
    MAX_NAME_BYTES,
    contained,
    note_slug,
    safe_filename,
    slugify,
    truncate_utf8,
)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("读《人类简史》有感", "du-ren-lei-jian-shi-you-gan"),
        ("Sapiens: A Brief History of Humankind", "sapiens-a-brief-history-of-humankind"),
        ("GPU与深度学习 Tesla", "gpu-yu-shen-du-xue-xi-tesla"),
        ("读 Sapiens 有感", "du-sapiens-you-gan"),
        ('Re: "Quotes" & #tags', "re-quotes-tags"),
        ("@mention", "mention"),
        ("Café Society", "cafe-society"),
        ("ＧＰＵ　编程", "gpu-bian-cheng"),
        ("snake_case__name", "snake-case-name"),
        ("2024 年度书单", "2024-nian-du-shu-dan"),
    ],
)
def test_slugify_reads_well(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize(
    "title", ["../../etc/passwd", "/etc/passwd", "..", "C:\\Windows\\system32", "a\x00b"]
)
def test_slug_of_path_like_titles_is_one_plain_component(title: str) -> None:
    slug = note_slug(title, 3)
    assert "/" not in slug and "\\" not in slug and "." not in slug and "\x00" not in slug


@pytest.mark.parametrize("title", ["CON", "nul", "Com1", "LPT9", "aux"])
def test_windows_reserved_names_are_renamed(title: str) -> None:
    assert note_slug(title, 1) == f"{title.lower()}-post"
    assert safe_filename(title, "note-1") == "note-1.md"
    assert safe_filename(f"{title}.txt", "note-1") == "note-1.md"


def test_empty_slug_falls_back_to_note_id() -> None:
    assert note_slug("!!! ???", 42) == "note-42"
    assert note_slug("", 42, prefix="item") == "item-42"
    assert note_slug("Title", 42, user_slug="///") == "note-42"


def test_user_slug_is_sanitized_the_same_way() -> None:
    assert note_slug("Ignored", 1, user_slug="../My Post/读书") == "my-post-du-shu"


def test_long_chinese_title_truncated_by_bytes() -> None:
    title = "长" * 120  # 360 bytes of UTF-8
    slug = note_slug(title, 1)
    assert len(slug.encode()) <= 200
    assert not slug.endswith("-")
    name = safe_filename(title, "note-1")
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert name.startswith("长长长") and name.endswith(".md")


def test_truncate_utf8_never_splits_a_character() -> None:
    assert truncate_utf8("读书笔记", 7) == "读书"
    assert truncate_utf8("abc", 10) == "abc"


def test_safe_filename_keeps_chinese_and_drops_separators() -> None:
    assert safe_filename("读《人类简史》有感", "x") == "读《人类简史》有感.md"
    assert safe_filename("../../etc/passwd", "x") == "etc passwd.md"
    assert safe_filename(" trailing dots... ", "x") == "trailing dots.md"


@pytest.mark.parametrize(
    "relative", ["../x.md", "/etc/passwd", "a/../../x.md", "", ".", "a\\..\\b.md", "C:x.md"]
)
def test_contained_refuses_escapes(tmp_path: Path, relative: str) -> None:
    with pytest.raises(UserError):
        contained(tmp_path, PurePosixPath(relative))


def test_contained_accepts_a_nested_path(tmp_path: Path) -> None:
    target = contained(tmp_path, PurePosixPath("content/posts/a/index.md"))
    assert target == tmp_path.resolve() / "content" / "posts" / "a" / "index.md"


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=st.text(), user_slug=st.none() | st.text(), note_id=st.integers(1, 10**9))
def test_any_title_or_slug_stays_inside_the_folder(
    tmp_path: Path, title: str, user_slug: str | None, note_id: int
) -> None:
    # tmp_path is shared across examples on purpose: nothing is written, only paths resolved.
    slug = note_slug(title, note_id, user_slug)
    assert slug
    for relative in (
        PurePosixPath(f"{slug}.md"),
        PurePosixPath("content", "posts", slug, "index.md"),
        PurePosixPath("_posts", f"2024-01-31-{slug}.md"),
        PurePosixPath(safe_filename(title, slug)),
    ):
        path = contained(tmp_path, relative)
        assert path.is_relative_to(tmp_path.resolve())
        assert len(path.name.encode("utf-8")) <= MAX_NAME_BYTES
        assert not path.name.endswith((" ", "."))
