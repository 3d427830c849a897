"""End to end: export notes into a minimal Hexo site and build it with the real ``hexo``.

Needs ``node`` and ``npm``; installs ``hexo`` and ``hexo-renderer-marked`` into a temporary
folder (no ``hexo init`` download) and skips when that is not possible (offline, no npm).
The theme is two Nunjucks layouts, which Hexo renders without any plugin.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.export import batch
from readinglog.export.profiles import ExportOptions, Format

NODE, NPM = shutil.which("node"), shutil.which("npm")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(NODE is None or NPM is None, reason="node and npm are not installed"),
]

CONFIG = """title: Test
url: http://example.org
permalink: :title/
theme: min
highlight:
  enable: false
prismjs:
  enable: false
"""
LAYOUT = """<!doctype html><html><body>
<h1 class="title">{{ page.title }}</h1>
<ul class="tags">{% for tag in page.tags.toArray() %}<li>{{ tag.name }}</li>{% endfor %}</ul>
<ul class="cats">{% for cat in page.categories.toArray() %}<li>{{ cat.name }}</li>{% endfor %}</ul>
<main>{{ page.content | safe }}</main>
</body></html>
"""


def _npm(args: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    assert NPM is not None
    env = {**os.environ, "npm_config_update_notifier": "false", "npm_config_fund": "false"}
    return subprocess.run(
        [NPM, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
        check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def hexo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with hexo installed and a minimal theme, or a skip."""
    site = tmp_path_factory.mktemp("hexo-site")
    (site / "package.json").write_text('{"name": "t", "private": true}\n', encoding="utf-8")
    try:
        done = _npm(
            ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error",
             "hexo", "hexo-renderer-marked"],
            site, timeout=90,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.skip("npm install hexo took too long (offline?)")
    if done.returncode != 0:
        pytest.skip(f"npm install hexo failed (offline?): {done.stderr.strip()[-200:]}")
    version = json.loads((site / "node_modules/hexo/package.json").read_text("utf-8"))["version"]
    package = json.loads((site / "package.json").read_text(encoding="utf-8"))
    package["hexo"] = {"version": version}  # what marks the folder as a Hexo site
    (site / "package.json").write_text(json.dumps(package), encoding="utf-8")
    (site / "_config.yml").write_text(CONFIG, encoding="utf-8")
    layouts = site / "themes" / "min" / "layout"
    layouts.mkdir(parents=True)
    for name in ("post.njk", "index.njk"):
        (layouts / name).write_text(LAYOUT, encoding="utf-8")
    return site


def _generate(site: Path) -> None:
    assert NODE is not None
    done = subprocess.run(
        [NODE, str(site / "node_modules/hexo/bin/hexo"), "generate", "--cwd", str(site)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "ERROR" not in output, output


def _page(site: Path, slug: str) -> str:
    return html.unescape((site / "public" / slug / "index.html").read_text(encoding="utf-8"))


def test_hexo_builds_linked_chinese_and_english_posts(
    hexo_site: Path, library: Library, tmp_path: Path
) -> None:
    (tmp_path / "图片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with library.sessions.begin() as s:
        first = notes.add_note(
            s,
            "> 人类之所以能统治世界，是因为**“想象”**的共同体。\n\n"
            "另见 [[Deep Work notes]]。\n\n![插图](图片.png)\n",
            title="读《人类简史》有感",
            tags=["历史", "人类学"],
            location="第 2 章",
        ).created
        second = notes.add_note(
            s, "Focus is a *skill*. Back to [the Chinese note](note:1).\n",
            title="Deep Work notes", tags=["productivity", "deep work"],
        ).created  # fmt: skip
    assert first is not None and second is not None
    options = ExportOptions(site=True, draft=False, categories=("读书",))
    job = batch.ExportJob(hexo_site, Format.HEXO, options, attachments=(tmp_path,))
    report = batch.ExportReport()
    for _ in batch.export_notes(library.sessions, [first, second], job, report):
        pass
    assert report.skipped == [] and report.warnings == []
    _generate(hexo_site)

    chinese = _page(hexo_site, "du-ren-lei-jian-shi-you-gan")
    assert '<h1 class="title">读《人类简史》有感</h1>' in chinese
    assert "<li>历史</li>" in chinese and "<li>人类学</li>" in chinese
    assert "<li>读书</li>" in chinese
    assert "<strong>“想象”</strong>" in chinese and "**" not in chinese
    assert "——《人类简史》" not in chinese  # no source entry: the citation is the location only
    assert "— 第 2 章" in chinese
    assert '<a href="/deep-work-notes/"' in chinese and ">Deep Work notes</a>" in chinese
    assert '<img src="/images/du-ren-lei-jian-shi-you-gan/tu-pian.png" alt="插图"' in chinese
    assert (hexo_site / "public/images/du-ren-lei-jian-shi-you-gan/tu-pian.png").exists()

    english = _page(hexo_site, "deep-work-notes")
    assert '<h1 class="title">Deep Work notes</h1>' in english
    assert "<li>productivity</li>" in english and "<li>deep work</li>" in english
    assert "Focus is a <em>skill</em>." in english
    assert (
        '<a href="/du-ren-lei-jian-shi-you-gan/"' in english and "the Chinese note</a>" in english
    )
