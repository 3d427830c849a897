"""Covers: image files stored once in the library, named by their content.

A cover is kept at ``<data>/attachments/covers/<sha256>.<ext>`` (the same bytes are stored
once, whichever entries use them) and an entry's ``cover_path`` names it *relative to the
attachments folder*: ``covers/<sha256>.jpg``. The archive carries the attachments folder
(core/archive.py), so a library moved to another folder or restored from an archive on another
computer still finds its covers. An absolute ``cover_path`` (typed with ``item edit --cover``,
or stored before covers were kept in the library) is read as it is.

Only JPEG, PNG, GIF and WebP images are taken, recognised by their first bytes (not by a
file name or a server's Content-Type). A file no entry uses any more is not deleted at once:
an undo, a trash restore or a restored backup may need it; ``prune`` removes unused ones, and
runs only when the user asks (``readinglog cover prune``).

    with library.sessions.begin() as s:
        stored = covers.from_file(s, library.paths, item_id, Path("~/cover.jpg"))
    covers.resolve(library.paths, stored)        # the file, or None when it is missing
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path, PurePosixPath
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import fields
from readinglog.core.durable import fsync_folder
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.models import ImportChange, Item, TrashRow, utcnow
from readinglog.core.services import load_item
from readinglog.core.types import Changes
from readinglog.paths import AppPaths

ATTACHMENTS = "attachments"  # in the data folder (core/archive.py carries it)
FOLDER = "covers"  # inside the attachments folder
MAX_BYTES = 10 * 1024 * 1024
THE_IMAGE = Message("the image")  # what a cover is called when it has no file name or URL
PARTIAL_SUFFIX = ".partial"
PRUNE_MIN_AGE_S = 24 * 3600  # a file younger than this may belong to a write not yet committed
KINDS = ("jpg", "png", "gif", "webp")
_STORED = re.compile(r"\b([0-9a-f]{64})\.(jpg|png|gif|webp)\b")

# (first bytes, what they are) for the files that are not a cover image, to say what it was.
_LOOKALIKES: tuple[tuple[bytes, Message], ...] = (
    (b"%PDF", Message("a PDF document")),
    (b"BM", Message("a BMP image")),
    (b"II*\x00", Message("a TIFF image")),
    (b"MM\x00*", Message("a TIFF image")),
    (b"\x00\x00\x01\x00", Message("an icon (ICO) file")),
    (b"PK\x03\x04", Message("a zip archive")),
    (b"\x1f\x8b", Message("a gzip file")),
)


def attachments_folder(paths: AppPaths) -> Path:
    return paths.data / ATTACHMENTS


def covers_folder(paths: AppPaths) -> Path:
    return attachments_folder(paths) / FOLDER


def image_type(data: bytes) -> str | None:
    """The file suffix of a cover image (jpg, png, gif, webp) by its magic number; else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def looks_like(data: bytes) -> Message:
    """A few words on what ``data`` is, for the message that refuses it."""
    if not data:
        return Message("an empty file")
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return Message("an AVIF image")
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1"):
        return Message("a HEIC image")
    for magic, what in _LOOKALIKES:
        if data.startswith(magic):
            return what
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return Message("a web page (HTML)")
    if b"<svg" in head:
        return Message("an SVG drawing")
    if head.startswith(b"<"):
        return Message("XML or HTML text")
    if head.startswith((b"{", b"[")):
        return Message("JSON text")
    try:
        data[:512].decode("utf-8")
    except UnicodeDecodeError:
        return Message("unknown binary data (starting {start})", start=data[:4].hex(" "))
    return Message("plain text")


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a JPEG, PNG, GIF or WebP image from its header; None if unreadable.
    (Open Library answers a missing cover with a 1x1 GIF; the window can size a thumbnail.)"""
    kind = image_type(data)
    if kind == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if kind == "gif" and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if kind == "webp":
        return _webp_size(data)
    if kind == "jpg":
        return _jpeg_size(data)
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30:
        width = int.from_bytes(data[26:28], "little") & 0x3FFF
        return width, int.from_bytes(data[28:30], "little") & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        return width, int.from_bytes(data[27:30], "little") + 1
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The size in the first start-of-frame marker (SOF0..SOF15 but DHT, JPG and DAC)."""
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            return int.from_bytes(data[at + 7 : at + 9], "big"), height
        at += 2 + length
    return None


def check_image(data: bytes, source: str | Message) -> str:
    """The suffix for ``data``, or an ``InvalidInput`` naming ``source`` and what it was."""
    kind = image_type(data)
    if kind is None:
        raise InvalidInput(
            "{source} is not a cover image: it looks like {what} "
            "(a cover can be a JPEG, PNG, GIF or WebP image)",
            source=source,
            what=looks_like(data),
        )
    if len(data) > MAX_BYTES:
        _too_big(source)
    return kind


def _too_big(source: str | Message) -> NoReturn:
    raise InvalidInput(
        "{source} is over {limit} MB; too big for a cover",
        source=source,
        limit=MAX_BYTES // (1024 * 1024),
    )


def stored_name(data: bytes, kind: str) -> str:
    """``covers/<sha256>.<kind>``: the ``cover_path`` of these bytes."""
    return f"{FOLDER}/{hashlib.sha256(data).hexdigest()}.{kind}"


def store(
    s: Session,
    paths: AppPaths,
    item_id: int,
    data: bytes,
    source: str | Message = THE_IMAGE,
) -> str:
    """Keep ``data`` as the cover of entry ``item_id``; returns the stored ``cover_path``.

    The file is written (atomically, or an identical one reused) after the entry is changed
    in the caller's transaction and flushed, so a read-only library or a missing entry writes
    nothing. If the transaction then rolls back, the file stays unused until ``prune``."""
    item = load_item(s, item_id)
    fields.check_applies(item.kind, "cover")
    kind = check_image(data, source)
    relative = stored_name(data, kind)
    item.cover_path = relative
    item.updated_at = utcnow()
    s.flush()
    _write_once(covers_folder(paths), PurePosixPath(relative).name, data)
    return relative


def from_file(s: Session, paths: AppPaths, item_id: int, path: Path) -> str:
    """Keep a local image the user chose as the cover of ``item_id`` (a copy: the user's file
    may move or go); returns the stored ``cover_path``."""
    path = path.expanduser()
    try:
        if not path.is_file():
            raise InvalidInput("{path}: no such file", path=path)
        if path.stat().st_size > MAX_BYTES:
            _too_big(str(path))
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            "{path}: cannot be read ({reason})", path=path, reason=error.strerror or error
        ) from error
    return store(s, paths, item_id, data, source=str(path))


def remove(s: Session, item_id: int) -> Changes:
    """Take the cover off entry ``item_id``; the file stays (an undo may need it)."""
    item = load_item(s, item_id)
    if item.cover_path is not None:
        item.cover_path = None
        item.updated_at = utcnow()
    return Changes(items=frozenset({item.id}))


def resolve_in(attachments: Path | None, cover_path: str | None) -> Path | None:
    """The file ``cover_path`` names: relative to the ``attachments`` folder, or absolute;
    None when there is no cover, the file is missing, or the path leaves the folder."""
    if not cover_path:
        return None
    path = Path(cover_path).expanduser()
    if not path.is_absolute():
        parts = PurePosixPath(cover_path.replace("\\", "/")).parts
        if ".." in parts or not parts or attachments is None:
            return None
        path = attachments.joinpath(*parts)
    try:
        return path if path.is_file() else None
    except OSError:
        return None


def resolve(paths: AppPaths, cover_path: str | None) -> Path | None:
    """The cover file of this library that ``cover_path`` names, or None (see resolve_in)."""
    return resolve_in(attachments_folder(paths), cover_path)


THUMBNAILS = "thumbnails"  # in the cache folder: derived data, made again when missing


def thumbnail_path(paths: AppPaths, cover_path: str | None, size: int) -> Path | None:
    """Where the window keeps a thumbnail of the cover (``size`` pixels on its longer side):
    ``<cache>/thumbnails/<key>-<size>.png``, where the key is the stored file's SHA-256 (so a
    thumbnail is made once per image, whichever entries share it) or, for an absolute path
    outside the library, a hash of the path, its size and its time (a changed file gets a new
    thumbnail). None when there is no cover file. Nothing is made here: decoding and scaling
    are the window's (Qt), and a missing or damaged thumbnail is just made again."""
    source = resolve(paths, cover_path)
    if source is None:
        return None
    if _STORED.fullmatch(source.name) and source.parent == covers_folder(paths):
        key = source.name.partition(".")[0]
    else:
        stat = source.stat()
        facts = f"{source.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}"
        key = hashlib.sha256(facts.encode("utf-8", "surrogateescape")).hexdigest()
    return paths.cache / THUMBNAILS / f"{key}-{size}.png"


def referenced(s: Session) -> set[str]:
    """The names (``<sha256>.<ext>``) of stored covers that an entry, a trash row or an
    import's undo record refers to."""
    names: set[str] = set()
    texts = [
        *s.scalars(select(Item.cover_path).where(Item.cover_path.is_not(None))),
        *s.scalars(select(TrashRow.payload)),
        *s.scalars(select(ImportChange.snapshot).where(ImportChange.snapshot.is_not(None))),
    ]
    for text in texts:
        names.update(f"{sha}.{ext}" for sha, ext in _STORED.findall(text or ""))
    return names


def prune(paths: AppPaths, s: Session, *, min_age_s: float = PRUNE_MIN_AGE_S) -> list[Path]:
    """Delete the cover files nothing refers to (see ``referenced``) that are older than
    ``min_age_s`` (a younger one may be a write whose transaction has not committed yet), and
    partial files left by a write that was killed. Returns what was deleted.

    A backup restored later may name a deleted cover; that entry then shows none. So this
    runs only when the user asks, never on its own."""
    folder = covers_folder(paths)
    if not folder.is_dir():
        return []
    keep = referenced(s)
    now = time.time()
    removed = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name in keep:
            continue
        partial = path.name.endswith(PARTIAL_SUFFIX)
        if not partial and not _STORED.fullmatch(path.name):
            continue  # not ours: leave it
        try:
            if now - path.stat().st_mtime < min_age_s:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _write_once(folder: Path, name: str, data: bytes) -> Path:
    """``folder/name`` holding ``data``: reused when it already does, else written to a
    temporary file, synced and renamed into place."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if _holds(target, data):
        os.utime(target)  # fresh again: prune leaves it alone while the write commits
        return target
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below)
        "wb", dir=folder, prefix=f".{name}.", suffix=PARTIAL_SUFFIX, delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
        fsync_folder(folder)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
