"""End to end: export into a minimal Hugo site and build it with the real ``hugo`` binary."""

from __future__ import annotations

import html
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from readinglog.core import notes
from readinglog.core.library import Library
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
