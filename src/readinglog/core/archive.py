"""The whole library as one zip file, and back into an empty library, losslessly.

    library.readinglog.zip
      manifest.json              format, version, schema revision, tables, files, checksums
      tables/<table>.jsonl       one JSON array per row: the values exactly as SQLite stores them
      files/config/<path>        the config folder (settings.toml, export templates)
      files/attachments/<path>   the attachments folder, if there is one

Rows are copied as SQLite stores them (text dates stay the same text, floats the same
floats), ids included: the library an archive goes into must be empty, so every id is free
and every link between rows stays right. The search index queue is not archived (an import
queues every entry and note instead); the import history (batches and their undo records) is
optional. Both directions are generators of ``Progress``; the caller owns the transaction.

An export is written to ``.NAME.<random>.readinglog.partial`` beside the target, flushed to
disk and renamed over it only when complete; a failure removes it. The exporter holds a lock
on it while writing, so the next export removes what a killed one left (and no live one's).

    with library.sessions() as s:                     # one read transaction: one snapshot
        for step in archive.export_archive(s, library.paths, Path("all.zip")): ...
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from readinglog import __version__
from readinglog.core.durable import fsync_folder
from readinglog.core.errors import InvalidInput
from readinglog.core.types import Progress
from readinglog.paths import AppPaths

FORMAT = "readinglog-archive"
VERSION = 1
MANIFEST = "manifest.json"
NOT_ARCHIVED = frozenset({"alembic_version", "index_queue"})  # bookkeeping, derived data
HISTORY = ("import_batches", "import_changes")
ATTACHMENTS = "attachments"  # in the data folder, as the exporters look for it
ROWS_PER_STEP = 2000
PARTIAL_SUFFIX = ".readinglog.partial"  # an export being written (see _open_partial)
_COPY = 1 << 20


@dataclass
class ArchiveReport:
    """What an archive holds (export) or brought (import)."""

    path: Path
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "tables": self.tables, "files": self.files,
                "warnings": self.warnings}  # fmt: skip


def data_tables(conn: Connection) -> list[str]:
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).scalars()
    return [name for name in names if name not in NOT_ARCHIVED]


def columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


def schema_revision(conn: Connection) -> str | None:
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def library_files(paths: AppPaths) -> list[tuple[str, Path]]:
    """(name in the archive, file) for the config folder and the attachments folder."""
    found = []
    for prefix, folder in (("config", paths.config), (ATTACHMENTS, paths.data / ATTACHMENTS)):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    found.append((f"files/{prefix}/{path.relative_to(folder).as_posix()}", path))
    return found


def encode(value: object) -> object:
    if isinstance(value, bytes):
        return {"blob": base64.b64encode(value).decode("ascii")}
    return value


def decode(value: object) -> object:
    if isinstance(value, dict):
        return base64.b64decode(value["blob"])
    return value


# -- export ----------------------------------------------------------------------------------


def export_archive(
    s: Session, paths: AppPaths, target: Path, report: ArchiveReport | None = None,
    *, history: bool = True,
) -> Iterator[Progress]:  # fmt: skip
    """Write everything to ``target`` (made aside, then moved in place)."""
    if not target.parent.is_dir():
        raise InvalidInput("{folder}: no such folder", folder=target.parent)
    report = report if report is not None else ArchiveReport(target)
    conn = s.connection()
    names = [n for n in data_tables(conn) if history or n not in HISTORY]
    counts = {
        n: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar_one()) for n in names
    }
    files = [(name, path) for name, path in library_files(paths) if path != target]
    total = sum(counts.values()) + len(files)
    manifest: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "app_version": __version__,
        "schema_revision": schema_revision(conn),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "import_history": history, "tables": [], "files": [],
    }  # fmt: skip
    remove_stale_partials(target)
    partial, handle = _open_partial(target)
    done = 0
    yield Progress(0, total, f"writing {target.name}")
    try:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for name in names:
                entry = {"name": name, "file": f"tables/{name}.jsonl",
                         "columns": columns(conn, name), "rows": 0}  # fmt: skip
                digest = hashlib.sha256()
                with zf.open(str(entry["file"]), "w", force_zip64=True) as out:
                    rows = conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY rowid')
                    for row in rows:
                        line = json.dumps([encode(v) for v in row], ensure_ascii=False) + "\n"
                        data = line.encode("utf-8")
                        digest.update(data)
                        out.write(data)
                        entry["rows"] += 1  # type: ignore[operator]
                        done += 1
                        if done % ROWS_PER_STEP == 0:
                            yield Progress(done, total, f"{name}: {entry['rows']} rows")
                entry["sha256"] = digest.hexdigest()
                manifest["tables"].append(entry)
                report.tables[name] = int(str(entry["rows"]))
            for name, path in files:
                with path.open("rb") as source, zf.open(name, "w", force_zip64=True) as out:
                    size, sha = copy_hashed(source, out)
                manifest["files"].append({"path": name, "size": size, "sha256": sha})
                report.files += 1
                done += 1
                yield Progress(done, total, name)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        handle.flush()
        os.fsync(handle.fileno())  # on disk before it takes the target's name
        partial.replace(target)
        fsync_folder(target.parent)
    except OSError as exc:
        _name_failed_writes(exc, target)
        raise
    finally:
        handle.close()
        partial.unlink(missing_ok=True)
    yield Progress(total, total, f"wrote {target.name}")


def _name_failed_writes(error: BaseException, target: Path) -> None:
    """A failed write names no file (and closing the zip after one fails again): name
    ``target`` in each, so the user reads which file could not be written."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.filename is None:
            current.filename = str(target)
        current = current.__cause__ or current.__context__


def remove_stale_partials(target: Path) -> list[Path]:
    """Remove the partial exports that exports killed midway left beside ``target`` (any
    of ours in its folder, and the older ``.NAME.partial`` of this target); an export
    writing one right now holds its lock and is left alone. Returns what was removed."""
    folder = target.parent
    found = sorted(folder.glob(f".*{PARTIAL_SUFFIX}"))
    older = folder / f".{target.name}.partial"  # the name before PARTIAL_SUFFIX
    if older.is_file():
        found.append(older)
    removed = []
    for path in found:
        try:
            with path.open("rb") as handle:
                if not _lock(handle):
                    continue  # a live export's
                path.unlink()
        except OSError:
            continue  # gone meanwhile, or not ours to remove
        removed.append(path)
    return removed


def _open_partial(target: Path) -> tuple[Path, BinaryIO]:
    """A new partial file beside ``target``, open for writing and locked against the
    cleanup of other exports (retried when one removed it before the lock was taken)."""
    while True:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed by the caller)
            "w+b", dir=target.parent, prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX,
            delete=False,
        )  # fmt: skip
        path = Path(handle.name)
        if _lock(handle) and os.fstat(handle.fileno()).st_nlink > 0:
            return path, handle  # type: ignore[return-value]
        handle.close()
        path.unlink(missing_ok=True)


def _lock(handle: IO[bytes]) -> bool:
    """Take the lock of a partial file without waiting; False when a live export holds it.
    (Windows needs none: it refuses to delete a file another process has open.)"""
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def copy_hashed(source: IO[bytes], out: IO[bytes], limit: int | None = None) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(_COPY):
        size += len(chunk)
        if limit is not None and size > limit:
            raise InvalidInput("the archive is damaged: a file is larger than its manifest says")
        digest.update(chunk)
        out.write(chunk)
    return size, digest.hexdigest()
