"""Export the whole library as an archive, import it into an empty one: every row the same."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from readinglog.core import (
    activity,
    archive,
    archive_import,
    batches,
    exports,
    highlights,
    notes,
    sample,
    services,
)
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import Highlight, ImportKind, IndexQueue, Item, Note
from readinglog.core.types import (
    EventKind,
    HighlightSource,
    ItemKind,
    Person,
    Place,
    Role,
    Target,
)
from tests.importers.helpers import empty_library, run_import
from tests.importers.test_goodreads import HEADER_24, ROW_DNF, ROW_MANGA, ROW_SANTI

NFD_TEXT = "Cafe\u0301 déjà 経済学 😀 \u00a0tab\tend\r\n"  # decomposed é: must stay decomposed


def strict_dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the derived and version ones, values with their types."""
    with closing(sqlite3.connect(library.paths.database)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in ("alembic_version", "index_queue")
        ]
        return {
            t: sorted(
                (tuple((type(v).__name__, v) for v in row)
                 for row in conn.execute(f'SELECT * FROM "{t}"')),
                key=repr,
            )
            for t in tables
        }  # fmt: skip


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _fill(library: Library, tmp_path: Path) -> None:
    """A library using every table: imports (one undone), notes, logs, parents, exports."""
    with library.sessions.begin() as s:
        sample.load(s)
    gr = tmp_path / "gr.csv"
    gr.write_text(HEADER_24 + ROW_SANTI + ROW_DNF, encoding="utf-8")
    run_import(library, ImportKind.GOODREADS, gr)
    gr.write_text(HEADER_24 + ROW_MANGA, encoding="utf-8")
    undone = run_import(library, ImportKind.GOODREADS, gr)
    with library.sessions.begin() as s:
        batches.undo(s, undone.batch or 0)
        episode = services.add_item(s, ItemKind.EPISODE, NFD_TEXT.strip()).created
        show = services.add_item(s, ItemKind.PODCAST, "Show", tags=["播客"]).created
        assert episode is not None and show is not None
        services.set_parent(s, episode, show)  # the parent comes after its child
        services.edit_item(s, show, field_values={"rating": 4.25},
                           people=[Person(Role.HOST, "主持人")])  # fmt: skip
        activity.log_event(s, show, EventKind.STARTED, dt.date(2024, 2, 29))
        note = notes.add_note(s, NFD_TEXT * 3, title="混合 note", tags=["a", "B"],
                              item_ids=[show, episode], location="p. 3")  # fmt: skip
        assert note.created is not None
        exports.put_record(s, Target.NOTE, note.created, "hugo", "/x/y.md", "0" * 64)
        highlights.add_highlight(s, show, "划线 text\n", comment="mine", place=Place(page=3),
                                 source=HighlightSource.KINDLE, source_key="k1")  # fmt: skip
    library.paths.ensure()
    library.paths.settings.write_text('theme = "dark"\n# 设置\n', encoding="utf-8")
    attachments = library.paths.data / archive.ATTACHMENTS
    (attachments / "deep" / "er").mkdir(parents=True)
    (attachments / "deep" / "er" / "cover 封面.png").write_bytes(bytes(range(256)) * 10)
    (attachments / "notes.txt").write_text("x", encoding="utf-8")


def _export(library: Library, target: Path, *, history: bool = True) -> archive.ArchiveReport:
    report = archive.ArchiveReport(target)
    with library.sessions() as s:
        steps = list(archive.export_archive(s, library.paths, target, report, history=history))
    assert steps[-1].done == steps[-1].total == sum(report.tables.values()) + report.files
    return report


def _import(library: Library, source: Path) -> archive.ArchiveReport:
    report = archive.ArchiveReport(source)
    with library.sessions.begin() as s:
        for _ in archive_import.import_archive(s, library.paths, source, report):
            pass
    return report


def test_round_trip_is_row_for_row(library: Library, tmp_path: Path, template_home: Path) -> None:
    _fill(library, tmp_path)
    target = tmp_path / "library.zip"
    written = _export(library, target)
    assert written.files == 3 and written.tables["import_batches"] == 2
    assert "index_queue" not in written.tables
    with empty_library(tmp_path, template_home) as other:
        brought = _import(other, target)
        assert brought.tables == written.tables and brought.files == 3
        assert strict_dump(other) == strict_dump(library)
        assert _files(other.paths.config) == _files(library.paths.config)
        attachments = archive.ATTACHMENTS
        assert _files(other.paths.data / attachments) == _files(library.paths.data / attachments)
        with other.sessions() as s:
            queued = set(s.execute(select(IndexQueue.doc_type, IndexQueue.doc_id)))
            items, notes_ = set(s.scalars(select(Item.id))), set(s.scalars(select(Note.id)))
            marked = set(s.scalars(select(Highlight.id)))
            body = s.scalar(select(Note.body).where(Note.title == "混合 note"))
        assert queued == (
            {(Target.ITEM, i) for i in items}
            | {(Target.NOTE, n) for n in notes_}
            | {(Target.HIGHLIGHT, h) for h in marked}
        )
        assert marked  # the sample's and the one added above
        assert body == NFD_TEXT * 3
        with other.sessions.begin() as s:  # the import history came along: undo still works
            batches.undo(s, 1)
            assert s.scalar(select(func.count()).where(Item.title.startswith("死神"))) == 0


def test_without_import_history(library: Library, tmp_path: Path, template_home: Path) -> None:
    _fill(library, tmp_path)
    target = tmp_path / "library.zip"
    report = _export(library, target, history=False)
    assert "import_batches" not in report.tables and report.tables["import_sources"] > 0
    with empty_library(tmp_path, template_home) as other:
        _import(other, target)
        theirs, ours = strict_dump(other), strict_dump(library)
        assert theirs["import_batches"] == theirs["import_changes"] == []
        assert {t: r for t, r in theirs.items() if t not in archive.HISTORY} == {
            t: r for t, r in ours.items() if t not in archive.HISTORY
        }


def test_only_into_an_empty_library(library: Library, tmp_path: Path) -> None:
    _fill(library, tmp_path)
    target = tmp_path / "library.zip"
    _export(library, target)
    before = strict_dump(library)
    with pytest.raises(InvalidInput, match=r"only be imported into an empty library.*\d+ items"):
        _import(library, target)
    assert strict_dump(library) == before


def _rewrite(source: Path, target: Path, change: Any) -> None:
    """A copy of an archive with ``change(name, data) -> data`` applied to each entry."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))


def _manifest(change: Any) -> Any:
    def edit(name: str, data: bytes) -> bytes:
        if name != archive.MANIFEST:
            return data
        manifest = json.loads(data)
        change(manifest)
        return json.dumps(manifest).encode()

    return edit


def test_damaged_or_hostile_archives_change_nothing(
    library: Library, tmp_path: Path, template_home: Path
) -> None:
    _fill(library, tmp_path)
    good = tmp_path / "library.zip"
    _export(library, good)
    bad = tmp_path / "bad.zip"

    def tamper(name: str, data: bytes) -> bytes:
        return (
            data.replace("混合".encode(), "混乱".encode()) if name == "tables/notes.jsonl" else data
        )

    cases: list[tuple[Any, str]] = [
        (tamper, "tables/notes.jsonl is damaged"),
        (_manifest(lambda m: m.update(version=99)), "written by a newer ReadingLog"),
        (_manifest(lambda m: m.update(schema_revision="0001_initial")), "library schema 0001"),
        (_manifest(lambda m: m.update(format="zip")), "not a ReadingLog archive"),
        (_manifest(lambda m: m["files"].append(
            {"path": "files/config/../../evil.sh", "size": 1, "sha256": "0"})), "refusing"),
        (_manifest(lambda m: m["files"][0].update(sha256="0" * 64)), "is damaged"),
    ]  # fmt: skip
    with empty_library(tmp_path, template_home) as other:
        empty = strict_dump(other)
        for change, message in cases:
            _rewrite(good, bad, change)
            with pytest.raises(InvalidInput, match=message):
                _import(other, bad)
            assert strict_dump(other) == empty
            assert not (other.paths.data / archive.ATTACHMENTS).exists()
            assert not (tmp_path / "evil.sh").exists()
        bad.write_bytes(b"not a zip")
        with pytest.raises(InvalidInput, match="not a ReadingLog archive"):
            _import(other, bad)


def test_a_stopped_export_leaves_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(library, tmp_path)
    monkeypatch.setattr(archive, "ROWS_PER_STEP", 1)
    target = tmp_path / "out" / "library.zip"
    target.parent.mkdir()
    with library.sessions() as s:
        steps = archive.export_archive(s, library.paths, target)
        for _ in range(5):
            next(steps)
        [partial] = target.parent.iterdir()
        assert partial.name.startswith(".library.zip.")
        assert partial.name.endswith(archive.PARTIAL_SUFFIX)
        steps.close()  # cancelled
    assert list(target.parent.iterdir()) == []
