"""An entry's highlights in its post (issue 14): a "Highlights" section after the notes, in
reading order and by chapter, each quoted as a note's quote is; a note made from highlights
exports as a quoted note with a location does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from markdown import Markdown

from readinglog.core import highlights, notes, repository, services
from readinglog.core.citation import quote
from readinglog.core.library import Library
from readinglog.core.types import HighlightSource, HighlightView, ItemKind, Place
from readinglog.export.body import rendered_text
from readinglog.export.emphasis import fix_emphasis
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import render_item, render_note
from tests.cli.helpers import run
from tests.export import samples

FORMATS = [f.value for f in Format]
SITE_FORMATS = ("hugo", "jekyll", "hexo", "obsidian")
EN = ExportOptions(tz=samples.EST, now=samples.NOW)
MADE = dt.datetime(2024, 4, 2, 12, 0, tzinfo=dt.UTC)


def _view(
    highlight_id: int,
    text: str,
    place: Place,
    *,
    item: tuple[int, str] = (1, "Deep Work"),
    comment: str | None = None,
    updated: dt.datetime = MADE,
) -> HighlightView:
    return HighlightView(
        id=highlight_id,
        item_id=item[0],
        item_title=item[1],
        text=text,
        comment=comment,
        place=place,
        color=None,
        made_at=None,
        source=HighlightSource.KINDLE,
        created_at=MADE,
        updated_at=updated,
    )


ENGLISH_MARKS = [
    _view(1, "Deep work is rare.", Place(loc_start=145, loc_end=146, chapter="Part One")),
    _view(2, "Schedule every minute.", Place(loc_start=210, chapter="Part One"), comment="Try it"),
    _view(3, "Embrace boredom.", Place(page=120, chapter="Rule #2")),
]
CHINESE_MARKS = [
    _view(
        4, "人类之所以能统治世界，是因为虚构的故事。", Place(page=42, chapter="第一章 认知革命"),
        item=(2, "人类简史"), comment="想象的**共同体**",
    ),
    _view(
        5, "农业革命是史上最大的骗局。", Place(loc_start=1234, loc_end=1235), item=(2, "人类简史")
    ),
]  # fmt: skip


def _after(text: str, *parts: str) -> list[int]:
    """Where each part is found in ``text``, each looked for after the one before."""
    found, start = [], 0
    for part in parts:
        at = text.find(part, start)
        assert at >= 0, f"{part!r} missing (or out of order) in:\n{text}"
        found.append(at)
        start = at + len(part)
    return found


@pytest.mark.parametrize("fmt", FORMATS)
def test_section_follows_the_notes_grouped_by_chapter(fmt: str) -> None:
    post = render_item(samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES, profile(fmt), EN,
                       highlights=ENGLISH_MARKS)  # fmt: skip
    _after(
        post.text,
        "Email is **shallow**.",  # the last note
        "## Highlights\n\n### Part One\n\n",
        "> Deep work is rare.\n>\n> — *Deep Work*, loc. 145–146\n\n",
        "> Schedule every minute.\n>\n> — *Deep Work*, loc. 210\n\nTry it\n\n",
        "### Rule \\#2\n\n",
        "> Embrace boredom.\n>\n> — *Deep Work*, p. 120\n",
    )
    for view in ENGLISH_MARKS:
        assert highlights.quoted(view) in post.text
    assert post.text.count("## Highlights") == 1 and "## 划线" not in post.text


@pytest.mark.parametrize("fmt", FORMATS)
def test_chinese_entry_has_a_chinese_heading_and_citations(fmt: str) -> None:
    post = render_item(samples.CHINESE_BOOK, samples.CHINESE_BOOK_NOTES, profile(fmt), EN,
                       highlights=CHINESE_MARKS)  # fmt: skip
    commonmark = profile(fmt).commonmark
    _after(
        post.text,
        "没有标题的笔记",  # the last note
        "## 划线\n\n### 第一章 认知革命\n\n",
        "> 人类之所以能统治世界，是因为虚构的故事。\n>\n> ——《人类简史》，第 42 页\n\n",
        fix_emphasis("想象的**共同体**") if commonmark else "想象的**共同体**",
        "> 农业革命是史上最大的骗局。\n>\n> ——《人类简史》，位置 1234–1235\n",
    )
    assert "## Highlights" not in post.text and post.text.count("###") == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_entry_without_highlights_has_no_section(fmt: str) -> None:
    for book, book_notes in ((samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES),
                             (samples.CHINESE_BOOK, samples.CHINESE_BOOK_NOTES)):  # fmt: skip
        post = render_item(book, book_notes, profile(fmt), EN, highlights=[])
        assert post == render_item(book, book_notes, profile(fmt), EN)
        assert "## Highlights" not in post.text and "## 划线" not in post.text


def test_an_entry_with_only_highlights_has_the_section_alone() -> None:
    post = render_item(samples.ENGLISH_BOOK, [], profile("hugo"), EN, highlights=ENGLISH_MARKS[:1])
    body = post.text.split("---\n", 2)[2]
    quoted = highlights.quoted(ENGLISH_MARKS[0])
    assert body.endswith(">\n\n## Highlights\n\n### Part One\n\n" + quoted + "\n")


def test_chapterless_highlights_have_no_subheadings() -> None:
    marks = [dataclasses.replace(v, place=dataclasses.replace(v.place, chapter=None))
             for v in ENGLISH_MARKS]  # fmt: skip
    post = render_item(samples.ENGLISH_BOOK, [], profile("hugo"), EN, highlights=marks)
    assert "## Highlights" in post.text and "###" not in post.text


def test_a_later_highlight_change_updates_the_post_date() -> None:
    later = dt.datetime(2024, 9, 1, 12, 0, tzinfo=dt.UTC)
    marks = [_view(1, "Deep work is rare.", Place(page=3), updated=later)]
    hugo = profile("hugo")
    before = render_item(samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES, hugo, EN)
    after = render_item(samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES, hugo, EN,
                        highlights=marks)  # fmt: skip
    assert "lastmod: 2024-09-01T07:00:00-05:00" in after.text
    assert "2024-09-01" not in before.text


@pytest.mark.parametrize(
    ("template", "notes_shown", "section_shown"),
    [("${body}", True, True), ("${notes}", True, False), ("${highlights}", False, True),
     ("${notes}\n---\n${highlights}", True, True)],
)  # fmt: skip
def test_templates_get_the_notes_and_the_highlights_apart(
    template: str, notes_shown: bool, section_shown: bool
) -> None:
    options = dataclasses.replace(EN, template=template)
    post = render_item(samples.ENGLISH_BOOK, samples.ENGLISH_BOOK_NOTES, profile("hugo"), options,
                       highlights=ENGLISH_MARKS)  # fmt: skip
    assert ("Email is **shallow**." in post.text) is notes_shown
    assert ("## Highlights" in post.text) is section_shown
    assert post.text.count("Deep work is rare.") == int(section_shown)


# -- through the library and the CLI ---------------------------------------------------------


def _book(library: Library, title: str) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(s, ItemKind.BOOK, title).created
    assert made is not None
    return made


def _mark(library: Library, item_id: int, text: str, place: Place, **kwargs: object) -> int:
    with library.sessions.begin() as s:
        made = highlights.add_highlight(
            s,
            item_id,
            text,
            place=place,
            source=HighlightSource.KINDLE,
            **kwargs,  # type: ignore[arg-type]
        ).created
    assert made is not None
    return made


def _export_item(
    capsys: pytest.CaptureFixture[str], item_id: int, fmt: str, out: Path, *more: str
) -> Path:
    done = run(capsys, "export", "item", str(item_id), "--format", fmt, "--out", str(out),
               "--json", *more)  # fmt: skip
    assert done.code == 0, done.err
    return Path(done.json()["path"])


@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_export_item_writes_the_highlights_in_reading_order(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    book = _book(library, "Deep Work")
    with library.sessions.begin() as s:
        notes.add_note(s, "My review.\n", title="Review", item_ids=[book])
    # Added out of reading order; chapter B's highlight comes last by location.
    _mark(library, book, "Third, in B.", Place(loc_start=300, chapter="B"))
    _mark(library, book, "First, in A.", Place(loc_start=100, loc_end=102, chapter="A"))
    _mark(library, book, "Second, in A.", Place(loc_start=200, chapter="A"), comment="Mine.")
    text = _export_item(capsys, book, fmt, tmp_path / fmt).read_text(encoding="utf-8")
    _after(
        text,
        "My review.",
        "## Highlights\n\n### A\n\n> First, in A.\n>\n> — *Deep Work*, loc. 100–102\n\n"
        "> Second, in A.\n>\n> — *Deep Work*, loc. 200\n\nMine.\n\n"
        "### B\n\n> Third, in B.\n>\n> — *Deep Work*, loc. 300\n",
    )


def test_export_item_of_an_entry_without_highlights_has_no_section(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = _book(library, "人类简史")
    other = _book(library, "Other")
    _mark(library, other, "Not this entry's.", Place(page=1))
    with library.sessions.begin() as s:
        notes.add_note(s, "读后感。\n", item_ids=[book])
    text = _export_item(capsys, book, "hugo", tmp_path).read_text(encoding="utf-8")
    assert "读后感。" in text and "划线" not in text and "Not this" not in text


def test_re_export_updates_in_place_and_keeps_edits_and_names(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_book, second_book = _book(library, "人类简史"), _book(library, "人类简史")
    _mark(library, first_book, "虚构的故事。", Place(page=42))
    path = _export_item(capsys, first_book, "hugo", tmp_path)
    assert _export_item(capsys, first_book, "hugo", tmp_path) == path
    _mark(library, first_book, "农业革命。", Place(page=80))
    assert _export_item(capsys, first_book, "hugo", tmp_path) == path
    assert "——《人类简史》，第 80 页" in path.read_text(encoding="utf-8")
    # Same title: its own file, never the first entry's.
    _mark(library, second_book, "另一本。", Place(page=1))
    other = _export_item(capsys, second_book, "hugo", tmp_path)
    assert other != path and "另一本。" in other.read_text(encoding="utf-8")
    # A hand-edited post is not overwritten by a changed highlight list.
    path.write_text(path.read_text(encoding="utf-8") + "\nMy edit.\n", encoding="utf-8")
    _mark(library, first_book, "认知革命。", Place(page=10))
    refused = run(capsys, "export", "item", str(first_book), "--out", str(tmp_path))
    assert refused.code != 0 and "edited since" in refused.err
    assert "My edit." in path.read_text(encoding="utf-8")


# -- a note made from highlights --------------------------------------------------------------

TITLES = ["Deep Work", "人类简史", "“Quoted” & <Odd> *Title*", "Why?", "Sapiens 人类简史"]
PLACES = [
    Place(page=3, loc_start=145, loc_end=146),
    Place(loc_start=1234, loc_end=1235),
    Place(page=42, page_end=44),
    Place(chapter="Chapter 1: *Begin*"),
    Place(percent=37.5),
    Place(),
]
TEXTS = ["Deep work is **rare**.", "人类**“想象”**的共同体。\n第二段。", "It's _fine_ and *good*."]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("fmt", ["hugo", "obsidian"])  # CommonMark fixes, and none
def test_note_from_a_highlight_exports_as_a_quoted_note_with_its_location(
    library: Library, title: str, fmt: str
) -> None:
    book = _book(library, title)
    prof = profile(fmt)
    for place in PLACES:
        for text in TEXTS:
            for comment in (None, "My **own** 想法。"):
                made = _mark(library, book, text, place, comment=comment)
                with library.sessions.begin() as s:
                    note_id = highlights.to_note(s, [made]).created
                    assert note_id is not None
                    view = highlights.views(s, [made])[0]
                with library.sessions() as s:
                    from_highlight = repository.note_view(s, note_id)
                written = "\n".join(f"> {line}" for line in text.split("\n"))
                by_hand = dataclasses.replace(
                    from_highlight,
                    body=written + (f"\n\n{comment}\n" if comment else "\n"),
                    location=highlights.location(view) or None,
                )
                ours = render_note(from_highlight, prof, EN).text.split("---\n", 2)[2]
                theirs = render_note(by_hand, prof, EN).text.split("---\n", 2)[2]
                assert ours == theirs, (title, place, text, comment)


# -- highlight text whose lines start like Markdown blocks ------------------------------------

_CONVERTER = Markdown(output_format="html")
_TAG = re.compile(r"</?([a-z0-9]+)")


@pytest.mark.parametrize(
    "text",
    ["# 1 is where it starts", "1984. That was the year.", "- said he, and left", "> not nested",
     "The end\n---", "    four spaces in", "* starred", "The end\n===", "~~~ waves",
     "<b>bold</b> as typed", "2) second"],
)  # fmt: skip
def test_a_quoted_highlight_renders_as_written(text: str) -> None:
    markdown = quote(text, "Deep Work", "p. 3")
    html_text = _CONVERTER.reset().convert(markdown)
    assert set(_TAG.findall(html_text)) <= {"blockquote", "p", "em", "br"}, html_text
    shown = " ".join(rendered_text(markdown).split())
    assert " ".join(text.split()) in shown, shown
