"""Writing a post to disk: atomically, inside the target folder, never over the user's edits.

The ledger remembers, per (note or entry, format), the path and SHA-256 of what was written last.
On re-export a file whose content still has that hash is replaced in place; a file that changed
since (the user edited the draft) or that ReadingLog never wrote is left alone unless ``force``.
The ledger is a Protocol: the library backs it with a table, tests with memory or a JSON file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from readinglog.core.errors import Message, Said, UserError
from readinglog.export.render import Post
from readinglog.export.slug import contained


@dataclass(frozen=True)
class LedgerKey:
    kind: str  # "note" or "item"
    id: int
    format: str


@dataclass(frozen=True)
class ExportRecord:
    path: str  # absolute
    sha256: str


class ExportLedger(Protocol):
    def get(self, key: LedgerKey) -> ExportRecord | None: ...

    def put(self, key: LedgerKey, record: ExportRecord) -> None: ...


class MemoryLedger:
    """A ledger in a dict (tests, one-off exports)."""

    def __init__(self) -> None:
        self.records: dict[LedgerKey, ExportRecord] = {}

    def get(self, key: LedgerKey) -> ExportRecord | None:
        return self.records.get(key)

    def put(self, key: LedgerKey, record: ExportRecord) -> None:
        self.records[key] = record


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then ``os.replace`` it over."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".readinglog-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temp).replace(target)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp).unlink()
        raise


def _current_hash(target: Path) -> str | None:
    try:
        return sha256_of(target.read_bytes())
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise UserError("{path} is a folder; cannot export a post there", path=target) from None
    except OSError as error:
        raise UserError("cannot read {path}: {error}", path=target, error=error.strerror) from None


def write_post(
    post: Post, root: Path, previous: ExportRecord | None = None, *, force: bool = False
) -> ExportRecord:
    """Write ``post`` under ``root``; refuse to replace a file edited since ``previous``."""
    target = contained(root, post.path)
    data = post.text.encode("utf-8")
    record = ExportRecord(path=str(target), sha256=sha256_of(data))
    on_disk = _current_hash(target)
    if on_disk == record.sha256:
        return record  # already up to date
    if on_disk is not None and not force:
        ours = previous is not None and previous.path == record.path
        if not ours:
            raise UserError(
                "{path} already exists and was not written by this export; "
                "use --force to overwrite it",
                path=target,
            )
        if previous is not None and previous.sha256 != on_disk:
            raise UserError(
                "{path} was edited since it was exported; use --force to overwrite it",
                path=target,
            )
    try:
        atomic_write(target, data)
    except OSError as error:
        raise UserError(
            "cannot write {path}: {error}", path=target, error=error.strerror or str(error)
        ) from None
    return record


def export_post(
    post: Post,
    root: Path,
    ledger: ExportLedger,
    key: LedgerKey,
    *,
    force: bool = False,
    notices: list[str] | None = None,
) -> ExportRecord:
    """Write ``post`` checking and updating the ledger entry for ``key``.

    When the post moved (a new slug, or a draft published), the file written last time is
    removed if it is inside ``root`` and still exactly as written; otherwise it is left in place
    and a notice says so (appended to ``notices``).
    """
    previous = ledger.get(key)
    record = write_post(post, root, previous, force=force)
    ledger.put(key, record)
    notice = retire_previous(previous, record, root)
    if notice and notices is not None:
        notices.append(notice)
    return record


def retire_previous(previous: ExportRecord | None, current: ExportRecord, root: Path) -> str:
    """Remove the file a moved post was at, when nobody edited it since; "" or a notice.

    A file outside ``root`` belongs to another export (the same note sent to another folder) and
    is never touched. A file edited since it was written is the user's: it stays, reported.
    """
    if previous is None or previous.path == current.path:
        return ""
    old = Path(previous.path)
    base = root.resolve()
    if not old.is_relative_to(base) or old.is_symlink():
        return ""
    try:
        on_disk = sha256_of(old.read_bytes())
    except FileNotFoundError:
        return ""
    except OSError as error:
        return Said(
            Message(
                "{path}: cannot read the previous export ({error}); left in place",
                path=old,
                error=error.strerror,
            )
        )
    if on_disk != previous.sha256:
        return Said(
            Message("{path} was the previous export but was edited since; left in place", path=old)
        )
    try:
        old.unlink()
    except OSError as error:
        return Said(
            Message(
                "{path}: cannot remove the previous export ({error})",
                path=old,
                error=error.strerror,
            )
        )
    if old.name == "index.md" and old.parent != base:
        with contextlib.suppress(OSError):
            old.parent.rmdir()  # an emptied Hugo page bundle; one with attachments stays
    return Said(Message("removed the previous export {path}", path=old))


def copy_asset(source: Path, root: Path, relative: PurePosixPath, *, force: bool = False) -> str:
    """Copy an attachment to ``root / relative``; "" or a notice when it was not copied.

    An identical file is left as it is; a different file already there is kept (the user's, or
    an older copy) unless ``force``.
    """
    target = contained(root, relative)
    try:
        data = source.read_bytes()
    except OSError as error:
        return Said(
            Message("cannot read attachment {path} ({error})", path=source, error=error.strerror)
        )
    current = _current_hash(target)
    if current == sha256_of(data):
        return ""
    if current is not None and not force:
        return Said(
            Message(
                "{path} already exists with other content; kept it (use --force to replace)",
                path=target,
            )
        )
    try:
        atomic_write(target, data)
    except OSError as error:
        raise UserError(
            "cannot write {path}: {error}", path=target, error=error.strerror or str(error)
        ) from None
    return ""
