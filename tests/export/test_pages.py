"""export/pages: a year in review from Figures built by hand, in every format and language."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path, PurePosixPath

import pytest

from readinglog.core.errors import UserError
from readinglog.export.pages import publish, year_review
from readinglog.export.pages.ledger import JsonLedger
from readinglog.export.pages.words import WORDS, choose_lang, count
from readinglog.export.profiles import ExportOptions, Format
from readinglog.export.svg_charts import number
from readinglog.stats.charts import all_charts
from readinglog.stats.figures import Figures
from tests.export import page_samples

NOW = dt.datetime(2025, 1, 5, 9, 0, tzinfo=dt.UTC)
IMAGE = re.compile(r"!\[[^\]]*\]\((?P<url>\{\{[^}]*\}\}|[^)\s]+)\)")


def _job(root: Path, fmt: Format = Format.HUGO, **options: object) -> publish.PageJob:
    opts = ExportOptions(site=True, draft=False, now=NOW, tz=dt.UTC)
    return publish.PageJob(root, fmt, replace(opts, **options))  # type: ignore[arg-type]


def _export(
    figures: Figures, job: publish.PageJob, lang: str = "en", *, ledger_file: Path | None = None
) -> tuple[publish.WrittenPage, list[str]]:
    ledger = JsonLedger(ledger_file or job.root / "ledger.json", job.root)
    spec = year_review.spec(figures, "zh" if lang == "zh" else "en")
    planned = publish.plan_page(None, spec, job, ledger)
    return publish.write_page(planned, job, ledger)


def _rows(text: str) -> dict[str, str]:
    """The two-column table of numbers: label -> value."""
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 2:
            rows[cells[0]] = cells[1]
    return rows


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_numbers_on_the_page_are_the_figures(tmp_path: Path, lang: str) -> None:
    figures = page_samples.figures_2024()
    written, warnings = _export(figures, _job(tmp_path), lang)
    assert warnings == []
    text = Path(written.path).read_text(encoding="utf-8")
    w, t = WORDS["zh" if lang == "zh" else "en"], figures.totals
    rows = _rows(text)
    assert rows[w["titles"]] == number(t.titles)
    assert rows[w["pages"]] == number(t.pages)
    assert rows[w["hours"]] == number(round(t.minutes / 60, 1))
    assert rows[w["notes"]] == number(t.notes)
    assert rows[w["words"]] == number(t.words)
    assert rows[w["active_days"]] == number(t.active_days)
    assert rows[w["rereads"]] == number(t.rereads)
    assert rows[w["abandoned"]] == number(t.abandoned)
    assert rows[w["finished_row"]].startswith(number(sum(t.finished.values())))
    for kind, n in t.finished.items():  # and each kind's count is in the detail
        assert count(n, kind.value, "zh" if lang == "zh" else "en") in rows[w["finished_row"]]
    assert rows[w["streak"]].startswith(count(figures.longest_streak.days, "day", lang))  # type: ignore[arg-type]
    median = figures.days_to_finish.median
    assert median is not None and rows[w["days_to_finish"]] == number(median)
    assert w["undated"].format(count=figures.undated_sessions) in text
    # Every finished read-through is listed once, with its rating and day.
    for entry in figures.finished_entries:
        line = next(
            ln for ln in text.splitlines()
            if f"**{entry.title}**" in ln and entry.finished_on.isoformat() in ln
        )  # fmt: skip
        if entry.rating is not None:
            assert f"({entry.rating:g}/5)" in line
    # The front matter carries the same numbers for themes.
    assert f"    pages: {t.pages}\n" in text and f"    titles: {t.titles}\n" in text


def _resolve(url: str, post: Path, root: Path, fmt: Format) -> Path:
    """The file an image address in a post names, as the generator resolves it."""
    liquid = re.fullmatch(r"\{\{ '(?P<path>[^']+)' \| relative_url \}\}", url)
    if liquid:
        return root / liquid["path"].lstrip("/")
    if url.startswith("/"):
        static = {Format.HUGO: "static", Format.HEXO: "source"}[fmt]
        return root / static / url.lstrip("/")
    return post.parent / url


@pytest.mark.parametrize(
    ("fmt", "site"),
    [(f, True) for f in Format] + [(Format.HUGO, False), (Format.HEXO, False)],
)
def test_charts_are_written_beside_the_post_and_named_by_addresses_that_resolve(
    tmp_path: Path, fmt: Format, site: bool
) -> None:
    figures = page_samples.figures_2024()
    root = tmp_path / "site"
    written, _ = _export(figures, _job(root, fmt, site=site), "zh")
    post = Path(written.path)
    assert post.is_relative_to(root)
    text = post.read_text(encoding="utf-8")
    urls = [m["url"] for m in IMAGE.finditer(text)]
    charts = [c for c in all_charts(figures, "zh") if not c.empty]
    assert len(urls) == len(charts) + 1  # and the calendar
    svgs = set()
    for url in urls:
        if not site and url.startswith("/"):  # --out: the folder is the generator's source
            file = root / url.lstrip("/")
        else:
            file = _resolve(url, post, root, fmt)
        assert file.is_file(), (url, file)
        ET.parse(file)  # a well-formed SVG
        svgs.add(file.resolve())
    assert svgs == {Path(f).resolve() for f in written.files}
    if fmt is Format.HUGO:
        assert post.name == "index.md" and all(Path(f).parent == post.parent for f in written.files)


def test_the_page_slug_comes_from_its_title_in_chinese_and_english(tmp_path: Path) -> None:
    figures = page_samples.figures_2024()
    zh, _ = _export(figures, _job(tmp_path), "zh")
    en, _ = _export(figures, _job(tmp_path), "en")
    assert zh.slug == "2024-nian-du-hui-gu" and en.slug == "my-2024-in-review"
    assert Path(zh.path).parent.name == zh.slug and Path(en.path).exists()  # both kept
    mine, _ = _export(figures, _job(tmp_path, slug="我的 2024：读书"), "zh")
    assert mine.slug == "wo-de-2024-du-shu"
    for nasty in ("../../../outside", "/etc/passwd", "..", "CON"):
        page, _ = _export(figures, _job(tmp_path / "nasty", slug=nasty), "en")
        assert Path(page.path).resolve().is_relative_to((tmp_path / "nasty").resolve())
        assert not (tmp_path / "outside").exists()


def test_a_page_never_leaves_its_folder_through_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (root / "content" / "posts").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UserError, match="not inside"):
        _export(page_samples.figures_2024(), _job(root), "en")
    assert list(outside.iterdir()) == []


def test_a_page_edited_by_hand_is_kept_unless_forced(tmp_path: Path) -> None:
    figures = page_samples.figures_2024()
    first, _ = _export(figures, _job(tmp_path))
    post = Path(first.path)
    again, _ = _export(figures, _job(tmp_path))  # unchanged: written over in place
    assert again.path == first.path
    newer = replace(figures, totals=replace(figures.totals, pages=figures.totals.pages + 1))
    _export(newer, _job(tmp_path))  # ours and untouched: replaced with the new numbers
    assert f"| {number(newer.totals.pages)} |" in post.read_text(encoding="utf-8")

    post.write_text(post.read_text(encoding="utf-8") + "\nMy own words.\n", encoding="utf-8")
    with pytest.raises(UserError, match="edited since"):
        _export(figures, _job(tmp_path))
    assert "My own words." in post.read_text(encoding="utf-8")
    forced = replace(_job(tmp_path), force=True)
    _export(figures, forced)
    assert "My own words." not in post.read_text(encoding="utf-8")


def test_an_edited_chart_is_kept_unless_forced(tmp_path: Path) -> None:
    figures = page_samples.figures_2024()
    written, _ = _export(figures, _job(tmp_path))
    chart = next(Path(f) for f in written.files if f.endswith("calendar.svg"))
    chart.write_text("<svg xmlns='http://www.w3.org/2000/svg'><!-- mine --></svg>", "utf-8")
    with pytest.raises(UserError, match="edited since"):
        _export(figures, _job(tmp_path))
    assert "mine" in chart.read_text(encoding="utf-8")
    _export(figures, replace(_job(tmp_path), force=True))
    assert "mine" not in chart.read_text(encoding="utf-8")


def test_a_file_the_export_did_not_write_is_not_overwritten(tmp_path: Path) -> None:
    post = tmp_path / "content" / "posts" / "my-2024-in-review" / "index.md"
    post.parent.mkdir(parents=True)
    post.write_text("someone else's page\n", encoding="utf-8")
    with pytest.raises(UserError, match="not written by this export"):
        _export(page_samples.figures_2024(), _job(tmp_path))
    assert post.read_text(encoding="utf-8") == "someone else's page\n"


def test_a_forgotten_ledger_only_makes_the_export_careful(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.json"
    figures = page_samples.figures_2024()
    _export(figures, _job(tmp_path), ledger_file=ledger)
    ledger.write_text("{not json", encoding="utf-8")
    newer = replace(figures, totals=replace(figures.totals, words=figures.totals.words + 1))
    with pytest.raises(UserError, match="not written by this export"):
        _export(newer, _job(tmp_path), ledger_file=ledger)
    # Files exactly as written are recognised again (as for note posts), and it says why.
    ledger.write_text("{not json", encoding="utf-8")
    _, warnings = _export(figures, _job(tmp_path), ledger_file=ledger)
    assert any("earlier page exports forgotten" in w for w in warnings)


def test_the_ledger_keeps_each_folder_apart(tmp_path: Path) -> None:
    ledger = tmp_path / "pages.json"
    figures = page_samples.figures_2024()
    first, _ = _export(figures, _job(tmp_path / "a"), ledger_file=ledger)
    second, _ = _export(figures, _job(tmp_path / "b"), ledger_file=ledger)
    again, _ = _export(figures, _job(tmp_path / "a"), ledger_file=ledger)
    assert Path(first.path).exists() and Path(second.path).exists() and again.path == first.path


def test_a_users_template_replaces_the_packaged_one(tmp_path: Path) -> None:
    config = tmp_path / "config"
    custom = config / "export-templates" / "pages" / "year-in-review.md"
    custom.parent.mkdir(parents=True)
    custom.write_text("${front_matter}\nMINE ${title}: $$${numbers}\n", encoding="utf-8")
    job = replace(_job(tmp_path / "site"), user_config=config)
    written, _ = _export(page_samples.figures_2024(), job, "zh")
    text = Path(written.path).read_text(encoding="utf-8")
    assert "MINE 2024 年度回顾: $## 数字" in text
    assert "## 图表" not in text


@pytest.mark.parametrize("fmt", [Format.PLAIN, Format.OBSIDIAN, Format.JEKYLL])
def test_each_format_writes_its_own_head(tmp_path: Path, fmt: Format) -> None:
    written, _ = _export(page_samples.figures_2024(), _job(tmp_path, fmt), "zh")
    text = Path(written.path).read_text(encoding="utf-8")
    if fmt is Format.PLAIN:
        assert text.startswith("# 2024 年度回顾\n\n2024 年，我完成了")
    elif fmt is Format.OBSIDIAN:
        assert Path(written.path).name == "2024 年度回顾.md" and text.startswith("---\n")
    else:
        assert "/_posts/2024-12-31-2024-nian-du-hui-gu.md" in written.path
        assert "\nlayout: post\n" in text


def test_the_language_is_that_of_most_titles() -> None:
    assert choose_lang(["人类简史", "三体", "Deep Work"]) == "zh"
    assert choose_lang(["人类简史", "Deep Work"]) == "en"  # a tie is English
    assert choose_lang([]) == "en"
    assert choose_lang(["Deep Work"], "zh") == "zh" and choose_lang(["三体"], "en") == "en"


def test_the_pages_import_no_qt_cli_or_search() -> None:
    code = (
        "import sys\n"
        "import readinglog.export.pages.publish, readinglog.export.pages.year_review\n"
        "import readinglog.export.pages.bookshelf, readinglog.export.pages.certificates\n"
        "import readinglog.export.pages.listening, readinglog.export.svg_charts\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'readinglog.cli', "
        "'readinglog.search', 'readinglog.gui', 'readinglog.app', 'readinglog.importers'))]\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_relative_chart_addresses_never_climb(tmp_path: Path) -> None:
    for fmt in Format:
        written, _ = _export(page_samples.figures_2024(), _job(tmp_path / fmt.value, fmt))
        text = Path(written.path).read_text(encoding="utf-8")
        for match in IMAGE.finditer(text):
            assert ".." not in PurePosixPath(match["url"]).parts


def _without_ratings(figures: Figures) -> Figures:
    return replace(figures, ratings={})


def test_a_chart_no_longer_drawn_is_removed_unless_edited(tmp_path: Path) -> None:
    figures = page_samples.figures_2024()
    written, _ = _export(figures, _job(tmp_path))
    ratings = Path(written.path).parent / "ratings.svg"
    assert ratings.is_file()
    again, notices = _export(_without_ratings(figures), _job(tmp_path))
    assert not ratings.exists() and "ratings.svg" not in Path(again.path).read_text("utf-8")
    assert any("removed" in n and "ratings.svg" in n for n in notices)
    assert all(Path(f).is_file() for f in again.files)
    # Edited by hand, it stays (said so) and is not touched again.
    _export(figures, _job(tmp_path))
    ratings.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    _, notices = _export(_without_ratings(figures), _job(tmp_path))
    assert ratings.is_file() and any("edited since" in n for n in notices)
    _, notices = _export(_without_ratings(figures), _job(tmp_path))
    assert ratings.is_file() and notices == []


def test_hugo_front_matter_as_toml(tmp_path: Path) -> None:
    import tomllib

    figures = page_samples.figures_2024()
    written, _ = _export(figures, _job(tmp_path, toml=True), "zh")
    text = Path(written.path).read_text(encoding="utf-8")
    assert text.startswith("+++\n")
    front = tomllib.loads(text.split("+++\n")[1])
    assert front["title"] == "2024 年度回顾" and front["draft"] is False
    assert front["params"]["readinglog"]["pages"] == figures.totals.pages


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", list(Format))
def test_year_in_review_golden(tmp_path: Path, fmt: Format, lang: str) -> None:
    """The page as written, against golden files (UPDATE_GOLDEN=1 rewrites them)."""
    spec = year_review.spec(page_samples.figures_2024(), "zh" if lang == "zh" else "en")
    job = _job(tmp_path, fmt)
    post = publish.plan_page(None, spec, job, JsonLedger(None, tmp_path)).post
    golden = GOLDEN / f"page_year_{lang}.{fmt.value}.md"
    record = GOLDEN / f"page_year_{lang}.{fmt.value}.path"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(post.text, encoding="utf-8", newline="\n")
        record.write_text(f"{post.path}\n", encoding="utf-8", newline="\n")
    assert post.text == golden.read_text(encoding="utf-8"), f"{golden} differs"
    assert str(post.path) == record.read_text(encoding="utf-8").strip()
