"""The year in review built by the real Hugo and Hexo, as the note posts are (test_hugo_build,
test_hexo_build: each skips when its tool is absent; CI installs hugo, node and npm): the
built page shows the year's numbers and every image it shows is a file of the built site."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import pytest

from readinglog.core.library import Library
from readinglog.export.svg_charts import number
from readinglog.stats import compute
from readinglog.stats.figures import Period
from tests.cli.helpers import run
from tests.export import page_library
from tests.export import test_hexo_build as hexo
from tests.export import test_hugo_build as hugo
from tests.export.test_hexo_build import hexo_site  # noqa: F401 - the fixture

Cap = pytest.CaptureFixture[str]
IMG = re.compile(r'<img src="(?P<src>[^"]+)"')


def _publish(capsys: Cap, library: Library, site: Path, fmt: str) -> page_library.Year:
    year = page_library.build(library)
    note = run(capsys, "export", "note", str(year.note), "--site", str(site), "--format", fmt,
               "--publish")  # fmt: skip
    assert note.code == 0, note.err
    for lang in ("en", "zh"):
        page = run(capsys, "export", "page", "year-in-review", "--year", "2024", "--site",
                   str(site), "--format", fmt, "--publish", "--lang", lang)  # fmt: skip
        assert page.code == 0 and page.err == "", page.err
    return year


def _check(library: Library, public: Path, url: str) -> str:
    """The page at ``url`` shows the numbers and only images that exist in ``public``."""
    page = html.unescape((public / url.strip("/") / "index.html").read_text(encoding="utf-8"))
    with library.sessions() as s:
        t = compute.figures(s, Period.year(2024)).totals
    for value in (t.pages, t.titles, sum(t.finished.values()), t.active_days):
        assert re.search(rf">{re.escape(number(value))}( \([^<]*\))?</td>", page), value
    assert f">{number(round(t.minutes / 60, 1))}</td>" in page
    sources = [m["src"] for m in IMG.finditer(page)]
    charts = [s for s in sources if s.endswith(".svg")]
    assert len(charts) == 7, sources  # six bar charts with data and the calendar
    assert any("cover-" in s for s in sources)
    for src in sources:
        path = posixpath.normpath(posixpath.join(url, src))  # relative to the page's address
        built = public / path.lstrip("/")
        assert built.is_file(), src
        if src.endswith(".svg"):
            assert built.read_text(encoding="utf-8").startswith("<svg ")
    return page


@pytest.mark.skipif(hugo.HUGO is None, reason="hugo is not installed (Debian: hugo)")
def test_hugo_builds_the_year_in_review(library: Library, tmp_path: Path, capsys: Cap) -> None:
    site = hugo._site(tmp_path / "site")
    _publish(capsys, library, site, "hugo")
    hugo._build(site)
    page = _check(library, site / "public", "/posts/my-2024-in-review/")
    assert '<h1 class="title">My 2024 in review</h1>' in page
    assert '<a href="/posts/du-ren-lei-jian-shi-you-gan/">读《人类简史》有感</a>' in page
    chinese = _check(library, site / "public", "/posts/2024-nian-du-hui-gu/")
    assert '<h1 class="title">2024 年度回顾</h1>' in chinese and "<h2 id=" in chinese
    assert "阅读页数" in chinese and '<img src="cover-1.jpg" alt="《人类简史》封面"' in chinese


@pytest.mark.slow
@pytest.mark.skipif(hexo.NODE is None or hexo.NPM is None, reason="node and npm are not installed")
def test_hexo_builds_the_year_in_review(
    hexo_site: Path,  # noqa: F811 - the fixture
    library: Library,
    capsys: Cap,
) -> None:
    _publish(capsys, library, hexo_site, "hexo")
    hexo._generate(hexo_site)
    page = _check(library, hexo_site / "public", "/my-2024-in-review/")
    assert '<h1 class="title">My 2024 in review</h1>' in page
    chinese = _check(library, hexo_site / "public", "/2024-nian-du-hui-gu/")
    assert '<h1 class="title">2024 年度回顾</h1>' in chinese and "阅读页数" in chinese
    assert re.search(r'<a href="/du-ren-lei-jian-shi-you-gan/"[^>]*>读《人类简史》有感</a>', page)


TEMPLATED = (
    "{{< ref nowhere >}} {{% x %}} {% raw %}{{ page.title }}{#"  # no quotes: Hugo curls them
)


def _templated_year(library: Library) -> None:
    """A finished book whose title, author and tag look like the generators' own tags."""
    from readinglog.core import activity, services
    from readinglog.core.types import ItemKind, Person, Role, Status

    with library.sessions.begin() as s:
        made = services.add_item(
            s, ItemKind.BOOK, TEMPLATED, people=[Person(Role.AUTHOR, "{{ site.Title }}")],
            tags=["{% tag %}"], status=Status.FINISHED,
        ).created  # fmt: skip
        assert made is not None
        activity.add_session(s, made, None, __import__("datetime").date(2024, 5, 1),
                             Status.FINISHED)  # fmt: skip


@pytest.mark.skipif(hugo.HUGO is None, reason="hugo is not installed (Debian: hugo)")
def test_hugo_shows_text_that_looks_like_a_shortcode_as_written(
    library: Library, tmp_path: Path, capsys: Cap
) -> None:
    _templated_year(library)
    site = hugo._site(tmp_path / "site")
    done = run(capsys, "export", "page", "year-in-review", "--year", "2024", "--site", str(site),
               "--publish", "--lang", "en")  # fmt: skip
    assert done.code == 0, done.err
    hugo._build(site)
    page = html.unescape(
        (site / "public/posts/my-2024-in-review/index.html").read_text(encoding="utf-8")
    )
    assert TEMPLATED in page and "{{ site.Title }}" in page and "{% tag %}" in page


@pytest.mark.slow
@pytest.mark.skipif(hexo.NODE is None or hexo.NPM is None, reason="node and npm are not installed")
def test_hexo_shows_text_that_looks_like_a_tag_as_written(
    hexo_site: Path,  # noqa: F811 - the fixture
    library: Library,
    capsys: Cap,
) -> None:
    _templated_year(library)
    done = run(capsys, "export", "page", "year-in-review", "--year", "2024", "--site",
               str(hexo_site), "--format", "hexo", "--publish", "--lang", "en",
               "--slug", "templated-review")  # fmt: skip
    assert done.code == 0, done.err
    hexo._generate(hexo_site)
    page = html.unescape(
        (hexo_site / "public/templated-review/index.html").read_text(encoding="utf-8")
    )
    assert TEMPLATED in page and "{{ site.Title }}" in page and "{% tag %}" in page
