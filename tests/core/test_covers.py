"""Covers kept once in the library, named by content, found again after a move or an archive."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from readinglog import paths as app_paths
from readinglog.core import archive, archive_import, covers, services, trash
from readinglog.core.errors import InvalidInput, NotFound, ReadOnlyLibrary
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.types import ItemKind
from tests.importers.helpers import empty_library

DATA = Path(__file__).resolve().parents[1] / "data" / "covers"
JPEG = (DATA / "cover.jpg").read_bytes()
PNG = (DATA / "cover.png").read_bytes()
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"  # noqa: E501
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"  # noqa: E501


def _book(library: Library, title: str = "人类简史", kind: ItemKind = ItemKind.BOOK) -> int:
    with library.sessions.begin() as s:
        created = services.add_item(s, kind, title).created
    assert created is not None
    return created


def _cover_path(library: Library, item_id: int) -> str | None:
    with library.sessions() as s:
        return s.scalar(select(Item.cover_path).where(Item.id == item_id))


def _store(library: Library, item_id: int, data: bytes) -> str:
    with library.sessions.begin() as s:
        return covers.store(s, library.paths, item_id, data)


@pytest.mark.parametrize(("data", "kind"), [(JPEG, "jpg"), (PNG, "png"), (GIF, "gif"),
                                            (WEBP, "webp")])  # fmt: skip
def test_each_image_kind_is_stored_by_its_content(library: Library, data: bytes, kind: str) -> None:
    item = _book(library)
    stored = _store(library, item, data)
    assert stored.startswith("covers/") and stored.endswith(f".{kind}")
    assert _cover_path(library, item) == stored
    found = covers.resolve(library.paths, stored)
    assert found == library.paths.data / "attachments" / stored
    assert found.read_bytes() == data


def test_the_same_bytes_are_stored_once(library: Library) -> None:
    first, second = _book(library), _book(library, "Sapiens")
    assert _store(library, first, JPEG) == _store(library, second, JPEG)
    assert len(list(covers.covers_folder(library.paths).iterdir())) == 1


def test_a_damaged_file_of_the_same_name_is_replaced(library: Library) -> None:
    item = _book(library)
    stored = _store(library, item, PNG)
    path = covers.resolve(library.paths, stored)
    assert path is not None
    path.write_bytes(PNG[:20])  # cut short by a crash of something else
    _store(library, item, PNG)
    assert path.read_bytes() == PNG
    assert [p.name for p in covers.covers_folder(library.paths).iterdir()] == [path.name]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "a web page (HTML)"),
        (b'{"error": "no cover"}', "JSON text"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"BM\x36\x00\x00\x00", "a BMP image"),
        (b"", "an empty file"),
        (b"just some words", "plain text"),
        (b"\x00\x01\x02\x03\xff\xfe", "unknown binary data (starting 00 01 02 03)"),
    ],
)
def test_what_is_not_an_image_is_refused_saying_what_it_looked_like(
    library: Library, data: bytes, said: str
) -> None:
    item = _book(library)
    with pytest.raises(InvalidInput) as caught, library.sessions.begin() as s:
        covers.store(s, library.paths, item, data, source="cover.jpg")
    message = caught.value.message
    assert message.startswith("cover.jpg is not a cover image") and said in message
    assert message.count(". ") == 0  # one sentence
    assert _cover_path(library, item) is None
    assert not covers.covers_folder(library.paths).exists()


def test_a_missing_entry_or_one_without_covers_writes_nothing(library: Library) -> None:
    show = _book(library, "Lex Fridman Podcast", ItemKind.PODCAST)
    with pytest.raises(NotFound), library.sessions.begin() as s:
        covers.store(s, library.paths, 999, JPEG)
    refused = pytest.raises(InvalidInput, match="cover does not apply to a podcast")
    with refused, library.sessions.begin() as s:
        covers.store(s, library.paths, show, JPEG)
    assert not covers.covers_folder(library.paths).exists()


def test_a_read_only_library_writes_no_file(library: Library, home: Path) -> None:
    item = _book(library)
    library.close()
    readonly = Library.open(dataclasses.replace(app_paths.in_home(home), read_only=True))
    try:
        with pytest.raises(ReadOnlyLibrary), readonly.sessions.begin() as s:
            covers.store(s, readonly.paths, item, JPEG)
    finally:
        readonly.close()
    assert not covers.covers_folder(readonly.paths).exists()


def test_from_file_copies_a_local_image(library: Library, tmp_path: Path) -> None:
    item = _book(library)
    chosen = tmp_path / "我的封面.JPG"
    chosen.write_bytes(JPEG)
    with library.sessions.begin() as s:
        stored = covers.from_file(s, library.paths, item, chosen)
    chosen.unlink()  # the user's file may go: the library has its copy
    found = covers.resolve(library.paths, stored)
    assert found is not None and found.read_bytes() == JPEG


def test_from_file_refuses_a_missing_file_and_a_text_file(library: Library, tmp_path: Path) -> None:
    item = _book(library)
    with pytest.raises(InvalidInput, match="no such file"), library.sessions.begin() as s:
        covers.from_file(s, library.paths, item, tmp_path / "nope.jpg")
    fake = tmp_path / "fake.jpg"
    fake.write_text("<html>hello</html>", encoding="utf-8")
    refused = pytest.raises(InvalidInput, match=r"fake\.jpg is not a cover image.*HTML")
    with refused, library.sessions.begin() as s:
        covers.from_file(s, library.paths, item, fake)


def test_remove_keeps_the_file_for_an_undo(library: Library) -> None:
    item = _book(library)
    stored = _store(library, item, JPEG)
    with library.sessions.begin() as s:
        covers.remove(s, item)
    assert _cover_path(library, item) is None
    assert covers.resolve(library.paths, stored) is not None


def test_resolve_reads_old_absolute_paths_and_refuses_to_leave_the_folder(
    library: Library, tmp_path: Path
) -> None:
    outside = tmp_path / "old.png"
    outside.write_bytes(PNG)
    assert covers.resolve(library.paths, str(outside)) == outside
    assert covers.resolve(library.paths, str(tmp_path / "gone.png")) is None
    assert covers.resolve(library.paths, None) is None
    assert covers.resolve(library.paths, "") is None
    (library.paths.data / "secret.png").write_bytes(PNG)
    covers.covers_folder(library.paths).mkdir(parents=True)  # so that ".." could be walked
    assert covers.resolve(library.paths, "../secret.png") is None
    assert covers.resolve(library.paths, "covers/../../secret.png") is None


def test_a_moved_library_still_finds_its_covers(library: Library, tmp_path: Path) -> None:
    item = _book(library)
    stored = _store(library, item, JPEG)
    old_home = library.paths.data
    library.close()
    moved = tmp_path / "moved"
    shutil.move(old_home, moved)
    with Library.open(app_paths.in_home(moved)) as again, again.sessions() as s:
        cover_path = s.scalar(select(Item.cover_path).where(Item.id == item))
        found = covers.resolve(again.paths, cover_path)
    assert found is not None and found.is_relative_to(moved) and found.read_bytes() == JPEG
    assert cover_path == stored


def test_an_archive_round_trip_keeps_the_cover(
    library: Library, tmp_path: Path, template_home: Path
) -> None:
    item = _book(library)
    stored = _store(library, item, JPEG)
    target = tmp_path / "all.zip"
    report = archive.ArchiveReport(target)
    with library.sessions() as s:
        list(archive.export_archive(s, library.paths, target, report))
    assert report.files >= 1
    with empty_library(tmp_path, template_home) as other:
        with other.sessions.begin() as s:
            list(archive_import.import_archive(s, other.paths, target))
        with other.sessions() as s:
            cover_path = s.scalar(select(Item.cover_path).where(Item.id == item))
        assert cover_path == stored
        found = covers.resolve(other.paths, cover_path)
        assert found is not None and found.is_relative_to(other.paths.data)
        assert found.read_bytes() == JPEG


def _age(path: Path, seconds: float) -> None:
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_prune_deletes_only_old_files_nothing_refers_to(library: Library) -> None:
    kept, trashed, dropped = _book(library), _book(library, "B"), _book(library, "C")
    kept_path = covers.resolve(library.paths, _store(library, kept, JPEG))
    trashed_path = covers.resolve(library.paths, _store(library, trashed, PNG))
    dropped_path = covers.resolve(library.paths, _store(library, dropped, GIF))
    young_path = covers.resolve(library.paths, _store(library, dropped, WEBP))
    assert kept_path and trashed_path and dropped_path and young_path
    with library.sessions.begin() as s:
        trash.trash_item(s, trashed)  # a restore brings the cover back: keep it
        covers.remove(s, dropped)
    stranger = covers.covers_folder(library.paths) / "mine.txt"
    stranger.write_text("not ours", encoding="utf-8")
    partial = (
        covers.covers_folder(library.paths) / f".{dropped_path.name}.x1y2{covers.PARTIAL_SUFFIX}"
    )
    partial.write_bytes(b"half")
    for path in (kept_path, trashed_path, dropped_path, stranger, partial):
        _age(path, 2 * covers.PRUNE_MIN_AGE_S)
    with library.sessions() as s:
        removed = covers.prune(library.paths, s)
    assert sorted(removed) == sorted([dropped_path, partial])
    assert kept_path.exists() and trashed_path.exists() and stranger.exists()
    assert young_path.exists()  # unused, but maybe a write not yet committed
    with library.sessions.begin() as s:
        trash.restore(s, trash.list_trash(s)[0].id)
    assert covers.resolve(library.paths, _cover_path(library, trashed)) == trashed_path


def test_image_size_reads_each_kind_of_header() -> None:
    assert covers.image_size(JPEG) == (120, 180)
    assert covers.image_size(PNG) == (60, 90)
    assert covers.image_size(GIF) == (1, 1)
    assert covers.image_size(WEBP) == (1, 1)
    assert covers.image_size(b"<html>") is None
    assert covers.image_size(JPEG[:40]) is None  # cut before the frame header


def test_thumbnail_paths_are_one_per_image_and_change_with_an_outside_file(
    library: Library, tmp_path: Path
) -> None:
    first, second = _book(library), _book(library, "Sapiens")
    stored = _store(library, first, JPEG)
    assert _store(library, second, JPEG) == stored
    thumb = covers.thumbnail_path(library.paths, stored, 128)
    sha = stored.removeprefix("covers/").removesuffix(".jpg")
    assert thumb == library.paths.cache / "thumbnails" / f"{sha}-128.png"
    assert covers.thumbnail_path(library.paths, stored, 256) != thumb
    assert covers.thumbnail_path(library.paths, None, 128) is None
    assert covers.thumbnail_path(library.paths, "covers/" + "1" * 64 + ".jpg", 128) is None
    outside = tmp_path / "old.png"
    outside.write_bytes(PNG)
    before = covers.thumbnail_path(library.paths, str(outside), 128)
    assert before is not None and before.parent == library.paths.cache / "thumbnails"
    outside.write_bytes(PNG + b"\0")  # the user changed the file
    assert covers.thumbnail_path(library.paths, str(outside), 128) != before
