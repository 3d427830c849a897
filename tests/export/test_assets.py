"""Attachments: which references are local files, where copies go, and how links change."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from readinglog.export.assets import AssetPlan, asset_name, rewrite_assets
from readinglog.export.profiles import Format


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Photo 1.JPG", "photo-1.jpg"),
        ("../../etc/passwd", "passwd"),
        ("封面 图.png", "feng-mian-tu.png"),
        ("con.png", "con-post.png"),
        (".hidden", "hidden"),
        ("...", "file"),
        ("a.p$n?g", "a.png"),
    ],
)
def test_asset_names_are_safe(name: str, expected: str) -> None:
    assert asset_name(Path(name).name if "/" in name else name) == expected


def _files(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "attachments"
    (base / "sub").mkdir(parents=True)
    (base / "sub" / "图 1.png").write_bytes(b"png")
    other = tmp_path / "elsewhere" / "scan.pdf"
    other.parent.mkdir()
    other.write_bytes(b"pdf")
    return base, other


def test_local_references_are_planned_and_rewritten(tmp_path: Path) -> None:
    base, pdf = _files(tmp_path)
    plan = AssetPlan(Format.HUGO, PurePosixPath("content/posts/a.md"), "a", True, [base])
    text = (
        '![one](sub/图%201.png "caption") ![again](<sub/图 1.png>)\n'
        f"[scan]({pdf.as_uri()}) [abs]({pdf})\n"
        "![web](https://example.org/x.png) [anchor](#top) [site](/about/)\n"
        "`![code](sub/x.png)`\n"
    )
    out = rewrite_assets(text, plan, "note 1")
    assert out == (
        '![one](/images/a/tu-1.png "caption") ![again](/images/a/tu-1.png)\n'
        "[scan](/images/a/scan.pdf) [abs](/images/a/scan.pdf)\n"
        "![web](https://example.org/x.png) [anchor](#top) [site](/about/)\n"
        "`![code](sub/x.png)`\n"
    )
    targets = sorted(str(c.target) for c in plan.copies.values())
    assert targets == ["static/images/a/scan.pdf", "static/images/a/tu-1.png"]
    assert plan.missing == []


def test_missing_images_are_reported_and_kept(tmp_path: Path) -> None:
    plan = AssetPlan(Format.JEKYLL, PurePosixPath("_drafts/a.md"), "a", True, [tmp_path])
    text = "![gone](gone.png) [page](other-page) ![abs](/no/such.png)\n"
    assert rewrite_assets(text, plan, "note 3") == text
    assert plan.missing == [
        "note 3: attachment 'gone.png' not found; link kept",
        "note 3: attachment '/no/such.png' not found; link kept",
    ]


def test_same_name_from_two_folders_gets_a_suffix(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "cover.png").write_bytes(folder.encode())
    plan = AssetPlan(Format.PLAIN, PurePosixPath("x.md"), "x", False, [tmp_path])
    out = rewrite_assets("![](a/cover.png) ![](b/cover.png)", plan, "note 1")
    assert out == "![](assets/x/cover.png) ![](assets/x/cover-2.png)"


@pytest.mark.parametrize(
    ("fmt", "post", "site", "folder", "url"),
    [
        (Format.HUGO, "content/posts/a/index.md", True, "content/posts/a", "p.png"),
        (Format.JEKYLL, "_posts/2024-01-01-a.md", True, "assets/images/a",
         "{{ '/assets/images/a/p.png' | relative_url }}"),
        (Format.HEXO, "source/_drafts/a.md", True, "source/images/a", "/images/a/p.png"),
        (Format.HEXO, "a.md", False, "images/a", "/images/a/p.png"),
        (Format.OBSIDIAN, "My note.md", True, "attachments/a", "attachments/a/p.png"),
        (Format.PLAIN, "a.md", False, "assets/a", "assets/a/p.png"),
    ],
)  # fmt: skip
def test_folder_and_url_per_format(
    tmp_path: Path, fmt: Format, post: str, site: bool, folder: str, url: str
) -> None:
    (tmp_path / "p.png").write_bytes(b"x")
    plan = AssetPlan(fmt, PurePosixPath(post), "a", site, [tmp_path])
    assert rewrite_assets("![](p.png)", plan, "n") == f"![]({url})"
    assert [str(c.target) for c in plan.copies.values()] == [f"{folder}/p.png"]
