"""Many notes at once: links between posts, attachments, per-note errors, cancel, moved posts."""

from __future__ import annotations

from pathlib import Path

import pytest

from readinglog.core import notes
from readinglog.core.library import Library
from readinglog.export import batch
from readinglog.export.ledger import DbLedger
from readinglog.export.profiles import ExportOptions, Format
from readinglog.export.writer import LedgerKey
from tests.export import samples


def _note(library: Library, body: str, title: str, tags: tuple[str, ...] = ()) -> int:
    with library.sessions.begin() as s:
        created = notes.add_note(s, body, title=title, tags=tags).created
    assert created is not None
    return created


def _job(root: Path, fmt: Format = Format.HUGO, **options: object) -> batch.ExportJob:
    opts = ExportOptions(site=True, tz=samples.CST, now=samples.NOW, **options)  # type: ignore[arg-type]
    return batch.ExportJob(root=root, format=fmt, options=opts, attachments=(root.parent,))


def _run(library: Library, ids: list[int], job: batch.ExportJob) -> batch.ExportReport:
    report = batch.ExportReport()
    steps = list(batch.export_notes(library.sessions, ids, job, report))
    assert steps[-1].done == steps[-1].total == len(ids)
    return report


def test_links_between_exported_notes_become_post_links(library: Library, tmp_path: Path) -> None:
    a = _note(library, "See [the sequel](note:2), [[读书笔记]] and [[99]] and [[3]].\n", "First")
    b = _note(library, "Back to [[1|the first]].\n", "读书笔记")
    c = _note(library, "Not exported.\n", "Third")
    site = tmp_path / "site"
    report = _run(library, [a, b], _job(site))
    assert report.skipped == [] and [e.id for e in report.exported] == [a, b]
    first = (site / "content/posts/first.md").read_text(encoding="utf-8")
    assert '[the sequel]({{< relref "du-shu-bi-ji.md" >}})' in first
    assert '[读书笔记]({{< relref "du-shu-bi-ji.md" >}})' in first
    assert "[[99]]" in first  # no such note: left as written
    assert "and Third." in first and c == 3  # exists, not exported: readable text
    second = (site / "content/posts/du-shu-bi-ji.md").read_text(encoding="utf-8")
    assert '[the first]({{< relref "first.md" >}})' in second


def test_link_to_an_earlier_export_in_the_same_folder(library: Library, tmp_path: Path) -> None:
    a = _note(library, "Target.\n", "Target")
    b = _note(library, "Points at [[Target]].\n", "Source")
    site = tmp_path / "site"
    _run(library, [a], _job(site, Format.HEXO, draft=False))
    _run(library, [b], _job(site, Format.HEXO, draft=False))
    text = (site / "source/_posts/source.md").read_text(encoding="utf-8")
    assert 'Points at {% post_link target "Target" %}.' in text


def test_published_post_never_links_to_a_draft(library: Library, tmp_path: Path) -> None:
    a = _note(library, "Target.\n", "Target")
    b = _note(library, "Points at [[Target]].\n", "Source")
    site = tmp_path / "site"
    _run(library, [a], _job(site, Format.JEKYLL))  # a draft
    report = _run(library, [b], _job(site, Format.JEKYLL, draft=False))
    text = next((site / "_posts").glob("*-source.md")).read_text(encoding="utf-8")
    assert "Points at Target." in text
    assert any("draft" in w for w in report.warnings)


def test_one_failing_note_does_not_stop_the_rest(library: Library, tmp_path: Path) -> None:
    ids = [_note(library, f"Body {i}\n", f"Post {i}") for i in range(3)]
    site = tmp_path / "site"
    _run(library, ids, _job(site))
    edited = site / "content/posts/post-1.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "my edit\n", encoding="utf-8")
    with library.sessions.begin() as s:
        notes.edit_note(s, ids[0], body="New body 0\n")
        notes.edit_note(s, ids[1], body="New body 1\n")
    report = _run(library, [*ids, 404], _job(site))
    assert [e.id for e in report.exported] == [ids[0], ids[2]]
    reasons = {skip.id: skip.reason for skip in report.skipped}
    assert "edited since" in reasons[ids[1]] and "no note with id 404" in reasons[404]
    assert "New body 0" in (site / "content/posts/post-0.md").read_text(encoding="utf-8")
    assert "my edit" in edited.read_text(encoding="utf-8")


def test_cancel_between_notes_leaves_written_files_recorded(
    library: Library, tmp_path: Path
) -> None:
    ids = [_note(library, f"Body {i}\n", f"Post {i}") for i in range(3)]
    site = tmp_path / "site"
    report = batch.ExportReport()
    steps = batch.export_notes(library.sessions, ids, _job(site), report)
    for progress in steps:
        if progress.done == 1:
            break
    steps.close()  # what the window's Cancel does
    assert [e.id for e in report.exported] == [ids[0]]
    assert sorted(p.name for p in (site / "content/posts").iterdir()) == ["post-0.md"]
    with library.sessions() as s:
        record = DbLedger(s).get(LedgerKey("note", ids[0], "hugo"))
        assert record is not None and record.path == str(site.resolve() / "content/posts/post-0.md")
        assert DbLedger(s).get(LedgerKey("note", ids[1], "hugo")) is None


def test_attachments_are_copied_and_missing_ones_reported(library: Library, tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "封面.png").write_bytes(b"\x89PNG")
    a = _note(library, "![cover](pics/封面.png)\n\n![gone](pics/gone.png)\n", "With Image")
    site = tmp_path / "site"
    report = _run(library, [a], _job(site, bundle=True))
    bundle = site / "content/posts/with-image"
    assert (bundle / "feng-mian.png").read_bytes() == b"\x89PNG"
    text = (bundle / "index.md").read_text(encoding="utf-8")
    assert "![cover](feng-mian.png)" in text and "![gone](pics/gone.png)" in text
    assert report.warnings == [f"note {a}: attachment 'pics/gone.png' not found; link kept"]


def test_duplicate_titles_get_distinct_slugs(library: Library, tmp_path: Path) -> None:
    a = _note(library, "One\n", "Same")
    b = _note(library, "Two\n", "Same")
    report = _run(library, [b, a], _job(tmp_path / "site"))
    assert {e.id: e.slug for e in report.exported} == {a: "same", b: f"same-{b}"}


def test_new_slug_removes_the_unchanged_old_file(library: Library, tmp_path: Path) -> None:
    a = _note(library, "Body\n", "Old Title")
    site = tmp_path / "site"
    _run(library, [a], _job(site))
    with library.sessions.begin() as s:
        notes.edit_note(s, a, title="New Title")
    report = _run(library, [a], _job(site))
    assert sorted(p.name for p in (site / "content/posts").iterdir()) == ["new-title.md"]
    assert any("removed the previous export" in w for w in report.warnings)


def test_new_slug_keeps_an_edited_old_file(library: Library, tmp_path: Path) -> None:
    a = _note(library, "Body\n", "Old Title")
    site = tmp_path / "site"
    _run(library, [a], _job(site, bundle=True))
    old = site / "content/posts/old-title/index.md"
    old.write_text(old.read_text(encoding="utf-8") + "edit\n", encoding="utf-8")
    with library.sessions.begin() as s:
        notes.edit_note(s, a, title="New Title")
    report = _run(library, [a], _job(site, bundle=True))
    assert old.exists() and (site / "content/posts/new-title/index.md").exists()
    assert any("edited since; left in place" in w for w in report.warnings)


def test_publishing_a_draft_moves_it(library: Library, tmp_path: Path) -> None:
    a = _note(library, "Body\n", "Hello")
    site = tmp_path / "site"
    _run(library, [a], _job(site, Format.HEXO))
    assert (site / "source/_drafts/hello.md").exists()
    _run(library, [a], _job(site, Format.HEXO, draft=False))
    assert not (site / "source/_drafts/hello.md").exists()
    assert (site / "source/_posts/hello.md").exists()


@pytest.mark.parametrize("fmt", [Format.OBSIDIAN, Format.PLAIN, Format.JEKYLL])
def test_every_format_links_in_one_run(library: Library, tmp_path: Path, fmt: Format) -> None:
    a = _note(library, "To [[2]].\n", "Alpha")
    b = _note(library, "To [[1]].\n", "Beta")
    report = _run(library, [a, b], _job(tmp_path / "site", fmt))
    text = Path(report.exported[0].path).read_text(encoding="utf-8")
    expected = {
        Format.OBSIDIAN: "To [[Beta]].",
        Format.PLAIN: "To [Beta](beta.md).",
        Format.JEKYLL: "To [Beta]({% link _drafts/beta.md %}).",
    }[fmt]
    assert expected in text


def test_moving_a_post_names_earlier_posts_that_link_to_it(
    library: Library, tmp_path: Path
) -> None:
    a = _note(library, "Body\n", "Old Title")
    b = _note(library, "See [[Old Title]] and [x](note:1).\n", "Linker")
    c = _note(library, "Unrelated, [y](note:11).\n", "Other")
    site = tmp_path / "site"
    _run(library, [a, b, c], _job(site))
    with library.sessions.begin() as s:
        notes.edit_note(s, a, title="New Title")
    report = _run(library, [a], _job(site))
    assert f"note {a} moved; re-export the posts of notes {b}, which link to it" in report.warnings
    exported, _ = batch.export_note(library.sessions, b, _job(site))
    text = Path(exported.path).read_text(encoding="utf-8")
    assert '[x]({{< relref "new-title.md" >}})' in text
    assert "See [[Old Title]] and" in text  # no note has that title now: left as written
