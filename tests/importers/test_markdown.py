from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from readinglog.core import batches, repository
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import ImportKind, Note
from readinglog.importers import frontmatter, markdown
from tests.importers.helpers import dump, run_import


def test_yaml_subset() -> None:
    raw = (
        "title: 'It''s \"fine\"'\ndate: '2013-02-05T18:30:45+00:00'\ndraft: yes\n"
        "tags:\n  - 小说\n  - 'Statistics: An Intuitive Approach'\ncategories: [R, \"a, b\"]\n"
        "sitemap:\n  disable: true\nsummary: |\n  line one\n  line two\nforum_id: 418904\n"
    )
    assert frontmatter.parse_yaml(raw, "x.md") == {
        "title": "It's \"fine\"", "date": "2013-02-05T18:30:45+00:00", "draft": True,
        "tags": ["小说", "Statistics: An Intuitive Approach"], "categories": ["R", "a, b"],
        "sitemap": {"disable": True}, "summary": "line one\nline two\n", "forum_id": 418904,
    }  # fmt: skip
    with pytest.raises(InvalidInput, match=r"x\.md: front matter line 3"):
        frontmatter.parse_yaml("a: 1\n  bad: indent\n", "x.md")
    with pytest.raises(InvalidInput, match="not supported"):
        frontmatter.parse_yaml("a: !!python/object x\n", "x.md")


def test_split_keeps_the_body_byte_for_byte() -> None:
    text = "---\r\ntitle: x\r\n---\r\n\r\nBody  \r\n"
    found = frontmatter.split(text)
    assert found.kind == "yaml" and found.body == "\r\nBody  \r\n"
    toml = frontmatter.split('+++\ntitle = "T"\ntags = ["a"]\n+++\nB\n')
    assert frontmatter.parse(toml, "t.md") == {"title": "T", "tags": ["a"]}


def test_vault_import_update_and_undo(library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / ".obsidian" / "x.md").write_text("ignored", encoding="utf-8")
    post = vault / "posts" / "hello.md"
    post.parent.mkdir()
    post.write_text("---\ntitle: 你好\ndate: 2020-05-01\ntags: [读书, R]\ncategories:\n  - 随笔\n"
                    "---\n正文 😀\n", encoding="utf-8")  # fmt: skip
    (vault / "plain.md").write_text("# Just text\n", encoding="utf-8")
    report = run_import(library, ImportKind.MARKDOWN, vault)
    assert report.created == 2
    with library.sessions() as s:
        note_id = s.scalar(select(Note.id).where(Note.title == "你好")) or 0
        note = repository.note_view(s, note_id)
        path = s.scalar(select(Note.source_path).where(Note.id == note_id))
    assert note.body == "正文 😀\n" and set(note.tags) == {"读书", "R", "随笔"}
    assert note.created_at == dt.datetime(2020, 5, 1, 12, tzinfo=dt.UTC)
    assert path == str(post.resolve())
    after_first = dump(library)
    post.write_text(post.read_text(encoding="utf-8").replace("正文", "新正文"), encoding="utf-8")
    second = run_import(library, ImportKind.MARKDOWN, vault)
    assert (second.created, second.updated, second.unchanged) == (0, 1, 1)
    with library.sessions.begin() as s:
        batches.undo(s, second.batch or 0)
    assert dump(library) == after_first


def test_blog_corpus(library: Library, realdata: Path) -> None:
    corpus = realdata / "blog_corpus"
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as stream:
        manifest = list(csv.DictReader(stream, delimiter="\t"))
    assert len(manifest) == 268
    reports = [run_import(library, ImportKind.MARKDOWN, corpus / site)
               for site in ("cosx.org", "yihui.org")]  # fmt: skip
    assert sum(r.created for r in reports) == 268 and not any(r.skipped for r in reports)
    with library.sessions() as s:
        rows = {p: (t, b) for p, t, b in s.execute(select(Note.source_path, Note.title, Note.body))}
    for entry in manifest:
        path = corpus / entry["file"]
        title, body = rows[str(path.resolve())]
        assert title == entry["title"]
        assert body == frontmatter.split(path.read_bytes().decode("utf-8")).body
    again = [run_import(library, ImportKind.MARKDOWN, corpus / site)
             for site in ("cosx.org", "yihui.org")]  # fmt: skip
    assert sum(r.unchanged for r in again) == 268
    with library.sessions() as s:
        jinyong = repository.note_view(
            s, s.scalar(select(Note.id).where(Note.title == "十八般武艺，谁主天下？")) or 0
        )
    assert set(jinyong.tags) == {"机器学习", "pagerank", "小说", "文本挖掘", "网络图", "金庸"}


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: T\ntags: [a]\n--- \nBody\n",
        "---  \ntitle: T\ntags: [a]\n---\t\nBody\n",
        "---\r\ntitle: T\r\ntags: [a]\r\n---  \r\nBody\n",
        "---\ntitle: T\ntags: [a]\n...\nBody\n",
        "---\r\ntitle: T\r\ntags: [a]\r\n... \r\nBody\n",
        '+++ \ntitle = "T"\ntags = ["a"]\n+++ \nBody\n',
    ],
)
def test_fences_with_trailing_blanks_close(text: str) -> None:
    found = frontmatter.split(text)
    assert found.body == "Body\n"
    assert frontmatter.parse(found, "x.md") == {"title": "T", "tags": ["a"]}


def _note(library: Library, title: str) -> tuple[int, Any]:
    with library.sessions() as s:
        note_id = s.scalar(select(Note.id).where(Note.title == title)) or 0
        return note_id, repository.note_view(s, note_id)


def test_odd_front_matter_values_warn_and_keep_the_note(library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "dataview.md").write_text(
        "---\ntitle: 数据\ntags: [读书]\nupdated:: 2022-04-07 16:23:42\n"
        "date: 2021-01-02\n---\n正文\n",
        encoding="utf-8",
    )
    (vault / "by-hand.md").write_text(
        "---\ntitle: Hand\ndate: 2022-04-22 周五 09:59\nlastmod: next tuesday maybe\n"
        "tags:\n  - kept\nweird: {a: 1}\nlist:\n  - 1\n  other: 2\n---\nBody\n",
        encoding="utf-8",
    )
    (vault / "toml.md").write_text(
        '+++\ntitle = "Tom"\ndate = 2022-04-22 周五\ntags = ["t"]\n[params]\nx = 1\n+++\nB\n',
        encoding="utf-8",
    )
    report = run_import(library, ImportKind.MARKDOWN, vault)
    assert (report.created, report.skipped) == (3, ()), report
    _, dataview = _note(library, "数据")
    assert dataview.tags == ("读书",) and dataview.body == "正文\n"
    assert dataview.updated_at == dt.datetime(2022, 4, 7, 16, 23, 42, tzinfo=dt.UTC)
    _, hand = _note(library, "Hand")
    assert hand.tags == ("kept",)
    assert hand.created_at == dt.datetime(2022, 4, 22, 9, 59, tzinfo=dt.UTC)
    assert hand.updated_at == hand.created_at  # lastmod unreadable: the date stands in
    _, toml = _note(library, "Tom")
    assert toml.tags == ("t",) and toml.body == "B\n"
    warned = "\n".join(report.warnings)
    assert "by-hand.md: lastmod: 'next tuesday maybe' is not a date" in warned
    assert "by-hand.md: front matter line 7: weird" in warned
    assert "by-hand.md: front matter line 8: list" in warned
    assert "toml.md: front matter line 3: 'date'" in warned
    assert "dataview.md" not in warned


def test_a_rule_at_the_top_is_body_not_front_matter(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "rule.md"
    text = "---\nJust a thought, between rules.\n---\nMore.\n"
    path.write_text(text, encoding="utf-8")
    report = run_import(library, ImportKind.MARKDOWN, path)
    assert report.created == 1 and not report.warnings
    _, note = _note(library, "rule")
    assert note.body == text


def test_a_file_core_refuses_is_skipped_by_name(library: Library, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / "sub").mkdir(parents=True)
    (vault / "sub" / "nul.md").write_text("---\ntitle: N\n---\na\x00b\n", encoding="utf-8")
    (vault / "long.md").write_text(f"---\ntitle: {'长' * 600}\n---\nB\n", encoding="utf-8")
    report = run_import(library, ImportKind.MARKDOWN, vault)
    assert report.created == 1
    [skipped] = report.skipped
    assert skipped.reason.startswith(f"{Path('sub', 'nul.md')}: note: the text contains a NUL")
    assert any(w.startswith("long.md: title: 600 characters") for w in report.warnings)
    _, note = _note(library, "long")
    assert note.body == "B\n"


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{}'\"|>#&*!, \t\n周五9=+.")), max_size=80)


@given(YAMLISH, st.sampled_from(["yaml", "toml"]))
def test_lenient_front_matter_never_raises(raw: str, kind: str) -> None:
    problems: list[str] = []
    found = frontmatter.Split(kind, raw, "")
    meta = frontmatter.parse(found, "x.md", problems)
    assert isinstance(meta, dict)
    assert all(p.startswith("x.md: ") and p.endswith("left out") for p in problems)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2022-04-22 周五 09:59", dt.datetime(2022, 4, 22, 9, 59, tzinfo=dt.UTC)),
        ("2022/04/22", dt.datetime(2022, 4, 22, 12, tzinfo=dt.UTC)),
        ("2022.4.22 10:00", dt.datetime(2022, 4, 22, 10, tzinfo=dt.UTC)),
        ("2022年4月22日", dt.datetime(2022, 4, 22, 12, tzinfo=dt.UTC)),
        ("2022年4月22日 星期五 09:59", dt.datetime(2022, 4, 22, 9, 59, tzinfo=dt.UTC)),
        ("2022-04-22 (Fri) 09:59", dt.datetime(2022, 4, 22, 9, 59, tzinfo=dt.UTC)),
        ("2013-02-05T18:30:45+08:00", dt.datetime(2013, 2, 5, 10, 30, 45, tzinfo=dt.UTC)),
    ],
)
def test_dates_written_by_hand(written: str, expected: dt.datetime) -> None:
    assert markdown.parse_when(written, "x.md: date") == expected


@pytest.mark.parametrize("written", ["2022年13月1日", "Fri 2022-04-22", "next tuesday", "2022/4"])
def test_what_is_not_a_date_is_quoted_as_written(written: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(f"x.md: date: {written!r} is not a date")):
        markdown.parse_when(written, "x.md: date")
