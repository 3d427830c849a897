"""End to end: export into a minimal Hugo site and build it with the real ``hugo`` binary."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from readinglog.core import highlights, notes, services
from readinglog.core.citation import quote
from readinglog.core.library import Library
from readinglog.core.types import HighlightSource, ItemKind, Person, Place, Role
from readinglog.export import batch
from readinglog.export.profiles import ExportOptions, Format, profile
from readinglog.export.render import render_item, render_note
from readinglog.export.writer import write_post
from tests.export import samples

HUGO = shutil.which("hugo")
pytestmark = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (Debian: hugo)")

SINGLE = """<!doctype html><html><body>
<h1 class="title">{{ .Title }}</h1>
<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
{{ $facts := .Params.readinglog }}{{ with .Params.params }}{{ $facts = .readinglog }}{{ end }}
{{ with $facts }}<p class="isbn">{{ .isbn }}</p>{{ end }}
<time>{{ .Date.Format "2006-01-02" }}</time>
<main>{{ .Content }}</main>
</body></html>
"""


def _site(root: Path) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Test"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
        encoding="utf-8",
    )
    (root / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text("list", encoding="utf-8")
    return root


def _build(site: Path) -> None:
    assert HUGO is not None
    done = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(site / "public"), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def _page(site: Path, slug: str) -> str:
    return html.unescape((site / "public" / "posts" / slug / "index.html").read_text("utf-8"))


def test_hugo_builds_english_and_chinese_posts(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    published = ExportOptions(site=True, draft=False)
    hugo = profile("hugo")
    for post in (
        render_note(samples.ENGLISH_NOTE, hugo, published),
        render_note(samples.CHINESE_NOTE, hugo, published),
        render_note(samples.nasty_note("quotes"), hugo, published),
        render_item(samples.CHINESE_BOOK, samples.CHINESE_BOOK_NOTES, hugo,
                    ExportOptions(site=True, draft=False, bundle=True, toml=True)),
    ):  # fmt: skip
        write_post(post, site)
    _build(site)

    english = _page(site, "notes-on-deep-work")
    assert '<h1 class="title">Notes on Deep Work</h1>' in english
    assert "<li>productivity</li><li>deep work</li><li>yes</li>" in english
    assert "<strong>every</strong>" in english and "<blockquote>" in english
    assert "— <em>Deep Work</em>, p. 42" in english

    chinese = _page(site, "du-ren-lei-jian-shi-you-gan")
    assert '<h1 class="title">读《人类简史》有感</h1>' in chinese
    assert "<li>历史</li><li>人类学</li>" in chinese
    # Bold next to Chinese quotation marks renders with goldmark thanks to the entity.
    assert "<strong>“想象”</strong>" in chinese and "**" not in chinese
    assert "<em>虚构</em>" in chinese
    assert "<table>" in chinese and "认知革命" in chinese

    nasty = _page(site, "re-quotes-tags")
    assert '<h1 class="title">Re: "Quotes" & #tags</h1>' in nasty
    assert "<li>@x</li><li>null</li><li>a: b</li>" in nasty

    book = _page(site, "ren-lei-jian-shi")
    assert '<h1 class="title">人类简史</h1>' in book
    assert '<p class="isbn">9787508647357</p>' in book
    assert "<strong>“八卦”</strong>" in book


def test_hugo_builds_links_between_posts_and_copied_images(
    library: Library, tmp_path: Path
) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "封面.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with library.sessions.begin() as s:
        bundle_id = notes.add_note(
            s, "读完了。见 [[Plain post]]。\n\n![封面](pics/封面.png)\n", title="人类简史读后"
        ).created
        plain_id = notes.add_note(
            s, "Back to [the review](note:1) and ![img](pics/封面.png).\n", title="Plain post"
        ).created
    assert bundle_id == 1 and plain_id == 2
    site = _site(tmp_path / "site")
    published = ExportOptions(site=True, draft=False)
    (site / "static").mkdir()
    bundle_job = batch.ExportJob(site, Format.HUGO, replace(published, bundle=True),
                                 attachments=(tmp_path,))  # fmt: skip
    plain_job = batch.ExportJob(site, Format.HUGO, published, attachments=(tmp_path,))
    # Exported in two runs: the second links back through the export ledger.
    batch.export_note(library.sessions, plain_id, plain_job)
    batch.export_note(library.sessions, bundle_id, bundle_job)
    batch.export_note(library.sessions, plain_id, plain_job)
    _build(site)

    review = _page(site, "ren-lei-jian-shi-du-hou")
    assert '<a href="/posts/plain-post/">Plain post</a>' in review
    assert '<img src="feng-mian.png" alt="封面">' in review
    assert (site / "public/posts/ren-lei-jian-shi-du-hou/feng-mian.png").exists()
    plain = _page(site, "plain-post")
    assert '<a href="/posts/ren-lei-jian-shi-du-hou/">the review</a>' in plain
    assert '<img src="/images/plain-post/feng-mian.png" alt="img">' in plain
    assert (site / "public/images/plain-post/feng-mian.png").exists()


def test_hugo_builds_kindle_highlights_quoted_into_notes_and_entries(
    library: Library, tmp_path: Path
) -> None:
    """Issue 14's "done when": a Kindle highlight (English and Chinese), quoted into a note,
    exports as a Hugo post with its citation, and builds; the entry's post lists it too."""
    kindle = [  # as the Kindle importer stores "on page 3 | Location 145-146" and "位置 #1234-1235"
        ("Deep Work", "Clarity about what matters provides clarity about what does not.",
         Place(page=3, loc_start=145, loc_end=146), "— <em>Deep Work</em>, p. 3",
         "deep-work", "Highlights"),
        ("人类简史", "人类之所以能统治世界，是因为**只有智人**能编织出并相信虚构的故事。",
         Place(loc_start=1234, loc_end=1235, chapter="第二章 知善恶树"),
         "——《人类简史》，位置 1234–1235", "ren-lei-jian-shi", "划线"),
    ]  # fmt: skip
    published = ExportOptions(site=True, draft=False)
    site = _site(tmp_path / "site")
    job = batch.ExportJob(site, Format.HUGO, published)
    pages = []
    for title, text, place, cite, slug, heading in kindle:
        with library.sessions.begin() as s:
            book = services.add_item(s, ItemKind.BOOK, title).created
            assert book is not None
            made = highlights.add_highlight(
                s, book, text, place=place, source=HighlightSource.KINDLE,
                made_at="2017-07-31T23:11:20", source_key=f"kindle:{book}:{place.loc_start}",
            ).created  # fmt: skip
            assert made is not None
            note = highlights.to_note(s, [made], title=f"{title} note").created
        assert note is not None
        batch.export_note(library.sessions, note, job)
        batch.export_item(library.sessions, book, job)
        pages.append((f"{slug}-note", slug, text, cite, heading))
    _build(site)

    quote_re = r"<blockquote>\s*<p>{}</p>\s*<p>{}</p>\s*</blockquote>"
    for note_slug, item_slug, text, cite, heading in pages:
        shown = re.escape(text).replace(r"\*\*只有智人\*\*", "<strong>只有智人</strong>")
        # The entry's post: the note (linked to it), then the highlight in its section.
        notes_part, section = re.split(rf"<h2[^>]*>{heading}</h2>", _page(site, item_slug))
        for page in (_page(site, note_slug), notes_part, section):
            assert re.search(quote_re.format(shown, re.escape(cite)), page), page
    assert re.search(r"<h3[^>]*>第二章 知善恶树</h3>", _page(site, "ren-lei-jian-shi"))


@pytest.mark.parametrize("text", ["```\nprint(1)", "2) second, the rule"])
def test_hugo_renders_a_quoted_passage_as_written(tmp_path: Path, text: str) -> None:
    site = _site(tmp_path / "site")
    body = quote(text, "Deep Work", "p. 3")
    post = site / "content" / "posts" / "quoted.md"
    post.write_text(f"---\ntitle: Quoted\n---\n{body}\n", encoding="utf-8")
    _build(site)
    page = _page(site, "quoted")
    assert "<pre" not in page and "<ol" not in page, page
    assert "<p>— <em>Deep Work</em>, p. 3</p>" in page, page


def test_hugo_builds_an_entry_whose_text_looks_like_a_shortcode(
    library: Library, tmp_path: Path
) -> None:
    """Library text in an entry's post (people, publisher, a highlight, a note's title) that
    looks like a shortcode is shown as written; Hugo failed the whole build on it."""
    site = _site(tmp_path / "site")
    with library.sessions.begin() as s:
        book = services.add_item(
            s, ItemKind.BOOK, "Shortcodes", people=[Person(Role.AUTHOR, "{{% author %}}")],
            field_values={"publisher": "{{< press >}}"},
        ).created  # fmt: skip
        assert book is not None
        highlights.add_highlight(
            s, book, "a {{< youtube x >}} in the text", source=HighlightSource.MANUAL
        )
        notes.add_note(s, "Body.", title="{{% heading %}}", item_ids=[book])
    batch.export_item(
        library.sessions,
        book,
        batch.ExportJob(site, Format.HUGO, ExportOptions(site=True, draft=False)),
    )
    _build(site)
    shown = html.unescape(_page(site, "shortcodes"))
    for text in (
        "{{% author %}}",
        "{{< press >}}",
        "a {{< youtube x >}} in the text",
        "{{% heading %}}",
    ):
        assert text in shown, shown
