"""``readinglog export page ...`` on a library: what each page lists, covers and links to posts
already exported, and how a page shares a folder with note posts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.export.svg_charts import number
from readinglog.stats import compute
from readinglog.stats.figures import Period
from tests.cli.helpers import run
from tests.export import page_library

Cap = pytest.CaptureFixture[str]


def _page(capsys: Cap, *argv: str) -> tuple[Path, str]:
    done = run(capsys, "export", "page", *argv, "--publish")
    assert done.code == 0, done.err
    return Path(done.out.strip()), done.err


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    return site


def test_year_in_review_lists_the_years_numbers_entries_cover_and_note_posts(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    year = page_library.build(library)
    site = _site(tmp_path)
    note = run(capsys, "export", "note", str(year.note), "--site", str(site), "--publish")
    assert note.code == 0, note.err
    post, err = _page(capsys, "year-in-review", "--year", "2024", "--site", str(site))
    assert err == ""
    assert post == site.resolve() / "content/posts/my-2024-in-review/index.md"
    text = post.read_text(encoding="utf-8")
    with library.sessions() as s:
        figures = compute.figures(s, Period.year(2024))
    t = figures.totals
    for value in (t.pages, t.titles, sum(t.finished.values()), t.active_days):
        assert re.search(rf"\| {re.escape(number(value))}( \(.*\))? \|", text), value
    assert f"| {number(round(t.minutes / 60, 1))} |" in text
    # Each finished entry once; 三体 (2023) and the books not finished are not in 2024's page.
    for title in ("人类简史", "Deep Work", "Machine Learning", "第 12 期：读书",
                  "A lone episode", "Inventing on Principle"):  # fmt: skip
        assert text.count(f"**{title}**") == 1, title
    assert "三体" not in text and "置身事内" not in text
    # The cover is copied beside the page; the note's post is linked, as note posts link.
    assert "![Cover of 人类简史](cover-1.jpg)" in text
    assert (post.parent / "cover-1.jpg").read_bytes() == (library.paths.data / "attachments" /
                                                         year.cover).read_bytes()  # fmt: skip
    assert '[读《人类简史》有感]({{< relref "../du-ren-lei-jian-shi-you-gan.md" >}})' in text


def test_a_draft_note_post_is_not_linked_from_a_published_page(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    year = page_library.build(library)
    site = _site(tmp_path)
    assert run(capsys, "export", "note", str(year.note), "--site", str(site)).code == 0  # draft
    post, _ = _page(capsys, "year-in-review", "--year", "2024", "--site", str(site))
    assert "relref" not in post.read_text(encoding="utf-8")


def test_a_page_does_not_take_a_note_posts_file(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    from readinglog.core import notes

    page_library.build(library)
    with library.sessions.begin() as s:
        taken = notes.add_note(s, "my own review\n", title="My 2024 in review").created
    site = _site(tmp_path)
    note = run(capsys, "export", "note", str(taken), "--site", str(site), "--bundle", "--publish")
    assert note.code == 0, note.err
    note_post = Path(note.out.strip())
    before = note_post.read_text(encoding="utf-8")
    page, _ = _page(capsys, "year-in-review", "--year", "2024", "--site", str(site), "--lang", "en")
    assert page != note_post and page.parent.name.startswith("my-2024-in-review-")
    assert note_post.read_text(encoding="utf-8") == before
    again, _ = _page(
        capsys, "year-in-review", "--year", "2024", "--site", str(site), "--lang", "en"
    )
    assert again == page  # and it keeps that file next time


def test_a_hand_edited_page_is_refused_without_force(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    page_library.build(library)
    out = tmp_path / "out"
    page, _ = _page(capsys, "bookshelf", "--out", str(out), "--format", "jekyll")
    assert page == out.resolve() / "shu-jia.md" or page.name.endswith("-shu-jia.md")
    page.write_text(page.read_text(encoding="utf-8") + "\n我的话\n", encoding="utf-8")
    refused = run(capsys, "export", "page", "bookshelf", "--out", str(out), "--format", "jekyll",
                  "--publish")  # fmt: skip
    assert refused.code != 0 and "--force" in refused.err and "edited since" in refused.err
    assert "我的话" in page.read_text(encoding="utf-8")
    forced, _ = _page(capsys, "bookshelf", "--out", str(out), "--format", "jekyll", "--force")
    assert forced == page and "我的话" not in page.read_text(encoding="utf-8")
    assert (library.paths.data / "page-exports.json").is_file()


def test_bookshelf_lists_every_book_by_status_in_chinese(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    page_library.build(library)
    page, _ = _page(capsys, "bookshelf", "--out", str(tmp_path), "--format", "plain")
    text = page.read_text(encoding="utf-8")
    assert page.name == "shu-jia.md" and text.startswith("# 书架\n")  # most books are Chinese
    sections = re.split(r"^## ", text, flags=re.M)[1:]
    assert [s.splitlines()[0] for s in sections] == ["在读（1）", "读过（3）", "想读（1）"]
    read = sections[1]
    assert read.index("Deep Work") < read.index("人类简史") < read.index("三体")  # newest first
    english, _ = _page(capsys, "bookshelf", "--out", str(tmp_path), "--format", "plain",
                       "--lang", "en")  # fmt: skip
    assert english.name == "bookshelf.md" and "## Want to read (1)" in english.read_text("utf-8")


def test_certificates_with_date_id_link_and_cost(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    page_library.build(library)
    every, _ = _page(capsys, "certificates", "--out", str(tmp_path), "--format", "hexo")
    text = every.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 3  # the head, then newest first
    assert rows[1].startswith("| Machine Learning | Coursera | 2024-06-01 | ABC\\|123 | ")
    assert "[certificate](<https://coursera.org/verify/ABC123>) | 49 USD |" in rows[1]
    assert rows[2].startswith("| 数据结构与算法 | 学堂在线 | 2023-12-01 |")
    assert "49 USD" in text and "299 CNY" in text  # the totals per currency
    only, _ = _page(capsys, "certificates", "--year", "2023", "--out", str(tmp_path),
                    "--format", "hexo")  # fmt: skip
    text = only.read_text(encoding="utf-8")
    assert only.name == "2023-nian-de-zheng-shu.md"  # the one title is Chinese
    assert "数据结构与算法" in text and "Machine Learning" not in text


def test_listening_groups_episodes_by_show(library: Library, tmp_path: Path, capsys: Cap) -> None:
    page_library.build(library)
    page, _ = _page(capsys, "listening", "--year", "2024", "--out", str(tmp_path),
                    "--format", "obsidian", "--lang", "en")  # fmt: skip
    text = page.read_text(encoding="utf-8")
    assert page.name == "Listening in 2024.md"
    assert "3 episodes from 1 show." in text
    show, rest = text.split("## 忽左忽右 (2)", 1)[1].split("## Episodes without a show (1)")
    assert "Hosted by 程衍樑" in show
    assert show.index("第 12 期：读书") < show.index("第 13 期：旅行")
    assert (
        "1:02:03" in show and "45:10" in show and "**A lone episode** · 2024-09-09 · 10:00" in rest
    )


def test_json_output_and_errors(library: Library, tmp_path: Path, capsys: Cap) -> None:
    page_library.build(library)
    done = run(capsys, "export", "page", "year-in-review", "--year", "2024", "--out",
               str(tmp_path), "--json")  # fmt: skip
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["slug"] == "my-2024-in-review" and data["format"] == "hugo"
    assert data["lang"] == "en" and all(Path(f).is_file() for f in data["files"])
    assert sorted(Path(f).name for f in data["files"])[0] == "calendar.svg"
    missing = run(capsys, "export", "page", "year-in-review", "--out", str(tmp_path))
    assert missing.code != 0 and "--year" in missing.err
    toml = run(capsys, "export", "page", "bookshelf", "--format", "hexo", "--toml")
    assert toml.code != 0 and "TOML" in toml.err
    nosite = run(capsys, "export", "page", "bookshelf", "--site", str(tmp_path / "nowhere"))
    assert nosite.code != 0 and "not a folder" in nosite.err


def test_a_read_only_library_writes_no_page(library: Library, tmp_path: Path, capsys: Cap) -> None:
    page_library.build(library)
    library.close()
    done = run(capsys, "--read-only", "export", "page", "bookshelf", "--out", str(tmp_path / "o"))
    assert done.code != 0 and "reading only" in done.err
    assert not (tmp_path / "o").exists()
    assert not (library.paths.data / "page-exports.json").exists()


@pytest.mark.parametrize("year", ["0", "10000", "-5"])
def test_a_year_that_is_no_year_is_one_clear_error(tmp_path: Path, capsys: Cap, year: str) -> None:
    for page in ("year-in-review", "certificates", "listening"):
        done = run(capsys, "export", "page", page, "--year", year, "--out", str(tmp_path / "o"))
        assert done.code != 0 and "is not a year" in done.err and "unexpected" not in done.err
    assert not (tmp_path / "o").exists()


def test_a_page_reads_the_librarys_export_records_once(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    """The page's links and its planning (keeping clear of note posts' files) both need where
    notes and entries were exported: one read of the records serves both."""
    from sqlalchemy import Engine, event

    year = page_library.build(library)
    site = _site(tmp_path)
    assert run(capsys, "export", "note", str(year.note), "--site", str(site)).code == 0
    reads: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "FROM export_records" in statement:
            reads.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        _page(capsys, "year-in-review", "--year", "2024", "--site", str(site))
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert len(reads) == 1, reads


def test_listening_loads_only_the_episodes_it_lists(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Episodes not finished (a feed brings hundreds), or finished in another year, are not
    read for the page: only those it lists, and their shows."""
    from readinglog.core import services
    from readinglog.core.types import ItemKind
    from readinglog.export.pages import listening, sources
    from readinglog.export.profiles import Format

    year = page_library.build(library)
    with library.sessions.begin() as s:
        for n in range(5):
            services.add_item(s, ItemKind.EPISODE, f"Not heard {n}", parent_id=year.show)
    loaded: list[int] = []
    entries = sources.entries

    def counted(s: object, ids: list[int]) -> object:
        loaded.extend(ids)
        return entries(s, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "entries", counted)
    with library.sessions() as s:
        spec = listening.read(s, Format.OBSIDIAN, tmp_path, "en", 2024)
    assert spec.facts["episodes"] == 3
    assert sorted(loaded) == sorted([*year.episodes, year.lone_episode, year.show])
