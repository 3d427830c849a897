"""`export item` carries the entry's cover: copied beside the post, named in the front matter
key each generator's themes read, and (when hugo is installed) built into the page."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from readinglog.core import covers, notes, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from tests.cli.helpers import run
from tests.core.test_covers import JPEG, PNG

Cap = pytest.CaptureFixture[str]
SLUG = "ren-lei-jian-shi"
HUGO = shutil.which("hugo")


def _book_with_cover(library: Library, data: bytes = JPEG) -> tuple[int, str]:
    with library.sessions.begin() as s:
        item = services.add_item(
            s, ItemKind.BOOK, "人类简史", field_values={"isbn": "9787508647357"}
        )
        assert item.created is not None
        stored = covers.store(s, library.paths, item.created, data)
    return item.created, stored


def _export(capsys: Cap, item: int, *argv: str) -> tuple[Path, str]:
    done = run(capsys, "export", "item", str(item), "--publish", *argv)
    assert done.code == 0, done.err
    return Path(done.out.strip()), done.err


def _front(post: Path) -> dict[str, Any]:
    text = post.read_text(encoding="utf-8")
    if text.startswith("+++"):
        return tomllib.loads(text.split("+++\n")[1])
    loaded: dict[str, Any] = yaml.safe_load(text.split("---\n")[1])
    return loaded


@pytest.mark.parametrize(
    ("fmt", "flags", "copy", "key", "url"),
    [
        ("hugo", ["--bundle"], f"content/posts/{SLUG}/cover.jpg", ("cover", "image"), "cover.jpg"),
        ("hugo", [], f"static/images/{SLUG}/cover.jpg", ("cover", "image"),
         f"/images/{SLUG}/cover.jpg"),
        ("jekyll", [], f"assets/images/{SLUG}/cover.jpg", ("image",),
         f"/assets/images/{SLUG}/cover.jpg"),
        ("hexo", [], f"source/images/{SLUG}/cover.jpg", ("cover",), f"/images/{SLUG}/cover.jpg"),
        ("obsidian", [], f"attachments/{SLUG}/cover.jpg", ("cover",),
         f"attachments/{SLUG}/cover.jpg"),
    ],
)  # fmt: skip
def test_the_cover_is_copied_and_named_where_themes_look(
    library: Library, capsys: Cap, tmp_path: Path, fmt: str, flags: list[str], copy: str,
    key: tuple[str, ...], url: str,
) -> None:  # fmt: skip
    item, stored = _book_with_cover(library)
    site = tmp_path / "site"
    site.mkdir()
    post, _ = _export(capsys, item, "--format", fmt, "--site", str(site), *flags)
    assert (site / copy).read_bytes() == JPEG
    front: Any = _front(post)
    for name in key:
        front = front[name]
    assert front == url
    text = post.read_text(encoding="utf-8")
    assert stored not in text and str(library.paths.data) not in text  # the library stays private


def test_hugo_front_matter_for_a_bundle_and_for_a_static_folder(
    library: Library, capsys: Cap, tmp_path: Path
) -> None:
    item, _ = _book_with_cover(library)
    bundle, _ = _export(capsys, item, "--out", str(tmp_path / "a"), "--bundle", "--toml")
    front = _front(bundle)
    assert front["cover"] == {"image": "cover.jpg", "alt": "人类简史", "relative": True}
    assert "images" not in front  # absURL would make it site-relative: Hugo finds *cover* itself
    flat, _ = _export(capsys, item, "--out", str(tmp_path / "b"))
    front = _front(flat)
    assert front["cover"] == {"image": f"/images/{SLUG}/cover.jpg", "alt": "人类简史"}
    assert front["images"] == [f"/images/{SLUG}/cover.jpg"]


def test_plain_shows_the_cover_first(library: Library, capsys: Cap, tmp_path: Path) -> None:
    item, _ = _book_with_cover(library, PNG)
    post, _ = _export(capsys, item, "--format", "plain", "--out", str(tmp_path))
    assert f"![人类简史](<assets/{SLUG}/cover.png>)" in post.read_text(encoding="utf-8")
    assert (tmp_path / "assets" / SLUG / "cover.png").read_bytes() == PNG


def test_other_attachment_folders_still_find_the_librarys_cover(
    library: Library, capsys: Cap, tmp_path: Path
) -> None:
    item, _ = _book_with_cover(library)
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "cover.jpg").write_bytes(PNG)  # a note's own image of the same name
    with library.sessions.begin() as s:
        notes.add_note(s, "![scan](cover.jpg)\n", title="读后", item_ids=[item])
    args = ("--out", str(tmp_path / "out"), "--bundle", "--attachments", str(tmp_path / "pics"))
    post, _ = _export(capsys, item, *args)
    folder = post.parent
    assert (folder / "cover.jpg").read_bytes() == JPEG
    assert (folder / "cover-2.jpg").read_bytes() == PNG
    assert "![scan](cover-2.jpg)" in post.read_text(encoding="utf-8")


def test_a_missing_cover_file_is_a_warning(library: Library, capsys: Cap, tmp_path: Path) -> None:
    item, stored = _book_with_cover(library)
    found = covers.resolve(library.paths, stored)
    assert found is not None
    found.unlink()
    post, err = _export(capsys, item, "--out", str(tmp_path))
    assert f"cover '{stored}' not found; exported without it" in err
    assert "cover" not in _front(post)


def test_an_old_absolute_cover_path_is_exported(
    library: Library, capsys: Cap, tmp_path: Path
) -> None:
    old = tmp_path / "Old Cover.PNG"
    old.write_bytes(PNG)
    with library.sessions.begin() as s:
        item = services.add_item(s, ItemKind.BOOK, "人类简史", field_values={"cover": str(old)})
    assert item.created is not None
    post, _ = _export(capsys, item.created, "--out", str(tmp_path / "out"))
    assert _front(post)["cover"]["image"] == f"/images/{SLUG}/cover.png"
    assert (tmp_path / "out" / "static" / "images" / SLUG / "cover.png").read_bytes() == PNG


# -- the "done when": `export item` of a book with a cover builds with hugo ----------

# A PaperMod-style cover (a bundle's resource, else the address), and Hugo's own Open Graph.
SINGLE = """<!doctype html><html><head>{{ template "_internal/opengraph.html" . }}</head><body>
<h1>{{ .Title }}</h1>
{{ with .Params.cover.image }}{{ with $.Resources.GetMatch . }}<img class="cover" \
src="{{ .RelPermalink }}">{{ else }}<img class="cover" src="{{ . | relURL }}">{{ end }}{{ end }}
<main>{{ .Content }}</main>
</body></html>
"""


def _site(root: Path) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "content" / "posts").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Test"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
        encoding="utf-8",
    )
    (root / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text("list", encoding="utf-8")
    return root


@pytest.mark.skipif(HUGO is None, reason="hugo is not installed (Debian: hugo)")
@pytest.mark.parametrize("bundle", [True, False], ids=["bundle", "static"])
def test_hugo_builds_the_page_with_its_cover(
    library: Library, capsys: Cap, tmp_path: Path, bundle: bool
) -> None:
    item, _ = _book_with_cover(library)
    site = _site(tmp_path / "site")
    _export(capsys, item, "--site", str(site), *(["--bundle"] if bundle else []))
    assert HUGO is not None
    built = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(site / "public"), "--quiet"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr + built.stdout
    page = html.unescape((site / "public" / "posts" / SLUG / "index.html").read_text("utf-8"))
    src = re.search(r'<img class="cover" src="([^"]+)"', page)
    assert src is not None, page
    assert src.group(1) == (f"/posts/{SLUG}/cover.jpg" if bundle else f"/images/{SLUG}/cover.jpg")
    assert (site / "public" / src.group(1).lstrip("/")).read_bytes() == JPEG
    og = re.search(r'<meta property="og:image" content="([^"]+)"', page)
    assert og is not None and og.group(1) == f"https://example.org{src.group(1)}"
