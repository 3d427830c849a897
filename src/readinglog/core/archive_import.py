"""An archive (``core.archive``) back into an empty library: every row as it was, ids kept.

Everything is checked before it counts: the manifest (format, version, the library schema it
was written with), that the library is empty, each table's columns, each entry's checksum and
row count, the links between rows (foreign keys, checked once all rows are in). Rows go in
through the caller's transaction; the files (settings, attachments) are written only after
all rows passed, so a damaged archive leaves the library as it was.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from readinglog.core import services
from readinglog.core.archive import (
    ATTACHMENTS,
    FORMAT,
    MANIFEST,
    ROWS_PER_STEP,
    VERSION,
    ArchiveReport,
    columns,
    copy_hashed,
    data_tables,
    decode,
    schema_revision,
)
from readinglog.core.errors import InvalidInput
from readinglog.core.types import Progress, Target
from readinglog.paths import AppPaths

INSERT_ROWS = 1000
# What reading a damaged zip raises (bad offsets and headers, CRC, deflate data, an end too
# soon) and a damaged JSON line (ValueError, UnicodeDecodeError is one).
READ_ERRORS = (ValueError, OSError, EOFError, zlib.error, zipfile.BadZipFile)
KEPT_SUFFIX = ".before-archive"


def read_manifest(zf: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise InvalidInput(
            "{name}: not a ReadingLog archive (it has no {manifest})", name=name, manifest=MANIFEST
        ) from None
    except READ_ERRORS as error:
        raise InvalidInput(
            "{name}: the manifest cannot be read ({error})", name=name, error=error
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput("{name}: not a ReadingLog archive", name=name)
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise InvalidInput(
            "{name}: archive version {version} was written by a newer ReadingLog "
            "({app_version}); update ReadingLog to import it",
            name=name,
            version=version,
            app_version=manifest.get("app_version"),
        )
    _check_shape(manifest, name)
    return manifest


def _check_shape(manifest: dict[str, Any], name: str) -> None:
    """Each table entry names its table, file, columns and row count; each file entry is an
    object (a damaged manifest is refused here, not met as a KeyError halfway)."""
    tables, files = manifest.get("tables", []), manifest.get("files", [])
    fields = {"name": str, "file": str, "columns": list, "rows": int}
    good = isinstance(tables, list) and isinstance(files, list)
    good = good and all(
        isinstance(t, dict) and all(isinstance(t.get(k), kind) for k, kind in fields.items())
        for t in tables
    )
    if not good or not all(isinstance(f, dict) for f in files):
        raise InvalidInput("{name}: the manifest is damaged (its table or file list)", name=name)


def check_empty(conn: Connection) -> None:
    counts = {
        table: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one())
        for table in data_tables(conn)
    }
    used = {table: n for table, n in counts.items() if n}
    if used:
        what = ", ".join(f"{n} {table}" for table, n in sorted(used.items()))
        raise InvalidInput(
            "an archive can only be imported into an empty library, and this one has {held}; "
            "import it into a new one (readinglog --home NEW_FOLDER import archive FILE)",
            held=what,
        )


def _check_tables(conn: Connection, manifest: dict[str, Any], name: str) -> None:
    ours, theirs = schema_revision(conn), manifest.get("schema_revision")
    if theirs != ours:
        raise InvalidInput(
            "{name} was written with library schema {theirs}, this ReadingLog has {ours}: "
            "import it with the ReadingLog version that wrote it, then upgrade",
            name=name,
            theirs=theirs,
            ours=ours,
        )
    known = set(data_tables(conn))
    for table in manifest.get("tables", []):
        if table["name"] not in known:
            raise InvalidInput(
                "{name}: table {table!r} is not in this library", name=name, table=table["name"]
            )
        if table["columns"] != columns(conn, table["name"]):
            raise InvalidInput(
                "{name}: the columns of {table} do not match this library",
                name=name,
                table=table["name"],
            )


def import_archive(
    s: Session, paths: AppPaths, source: Path, report: ArchiveReport | None = None
) -> Iterator[Progress]:
    """Import ``source`` into the (empty) library ``s`` belongs to, with progress."""
    report = report if report is not None else ArchiveReport(source)
    try:
        zf = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise InvalidInput("{file}: no such file", file=source) from None
    except (zipfile.BadZipFile, OSError) as error:
        raise InvalidInput(
            "{file}: not a ReadingLog archive ({error})", file=source, error=error
        ) from None
    with zf:
        manifest = read_manifest(zf, source.name)
        conn = s.connection()
        check_empty(conn)
        _check_tables(conn, manifest, source.name)
        files = [_file_target(paths, entry, source.name) for entry in manifest.get("files", [])]
        total = sum(int(t["rows"]) for t in manifest["tables"]) + len(files)
        yield Progress(0, total, f"reading {source.name}")
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # rows may point forward
        done = 0
        for table in manifest["tables"]:
            start = done
            for done in _insert_table(conn, zf, table, source.name, start):
                yield Progress(done, total, table["name"])
            report.tables[table["name"]] = int(table["rows"])
        _check_links(conn, source.name)
        _queue_everything(s, conn)
        extracted: list[tuple[Path, Path]] = []
        try:
            for entry, target in files:  # all checked before any is put in place
                extracted.append((_extract(zf, entry, target, source.name), target))
                done += 1
                yield Progress(done, total, entry["path"])
            for partial, target in extracted:
                _place(partial, target, report)
        finally:
            for partial, _ in extracted:
                partial.unlink(missing_ok=True)
    yield Progress(total, total, f"imported {source.name}")


def _insert_table(
    conn: Connection, zf: zipfile.ZipFile, table: dict[str, Any], name: str, done: int
) -> Iterator[int]:
    names = ", ".join(f'"{c}"' for c in table["columns"])
    marks = ", ".join("?" for _ in table["columns"])
    sql = f'INSERT INTO "{table["name"]}" ({names}) VALUES ({marks})'
    digest, count, batch = hashlib.sha256(), 0, []
    try:
        stream = zf.open(table["file"])
    except KeyError:
        raise InvalidInput("{name}: {file} is missing", name=name, file=table["file"]) from None
    except READ_ERRORS as error:  # a bad offset, a bad header
        raise InvalidInput(
            "{name}: {file} cannot be read ({error})", name=name, file=table["file"], error=error
        ) from None
    width = len(table["columns"])
    try:
        with stream:
            for line in stream:
                digest.update(line)
                row = json.loads(line)
                if not isinstance(row, list) or len(row) != width:
                    raise ValueError(f"{len(row) if isinstance(row, list) else 0} values")
                batch.append(tuple(decode(v) for v in row))
                count += 1
                if len(batch) >= INSERT_ROWS:
                    conn.exec_driver_sql(sql, batch)
                    batch = []
                if (done + count) % ROWS_PER_STEP == 0:
                    yield done + count
        if batch:
            conn.exec_driver_sql(sql, batch)
    except (*READ_ERRORS, TypeError, IntegrityError) as error:
        # A damaged line (not JSON, wrong width or type, a checksum zipfile rejects, a row
        # SQLite refuses): found before the checksum at the end could say so.
        raise InvalidInput(
            "{name}: {file} is damaged near row {row} ({error})",
            name=name,
            file=table["file"],
            row=count + 1,
            error=type(error).__name__,
        ) from None
    if count != table["rows"] or digest.hexdigest() != table.get("sha256"):
        raise InvalidInput(
            "{name}: {file} is damaged (its checksum does not match)", name=name, file=table["file"]
        )
    yield done + count


def _check_links(conn: Connection, name: str) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
        raise InvalidInput(
            "{name}: {count} rows point at rows the archive does not have "
            "(first: {table} row {row} -> {parent})",
            name=name,
            count=len(broken),
            table=table,
            row=rowid,
            parent=parent,
        )


def _queue_everything(s: Session, conn: Connection) -> None:
    """The search index is derived data: queue every entry, note and highlight to be indexed."""
    tables = ((Target.ITEM, "items"), (Target.NOTE, "notes"), (Target.HIGHLIGHT, "highlights"))
    for doc_type, table in tables:
        ids = conn.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id").scalars().all()
        for start in range(0, len(ids), INSERT_ROWS):
            services.queue_for_index(s, doc_type, ids[start : start + INSERT_ROWS])


def _file_target(paths: AppPaths, entry: dict[str, Any], name: str) -> tuple[dict[str, Any], Path]:
    """Where a file of the archive goes; only inside the config and attachments folders."""
    parts = PurePosixPath(str(entry.get("path", ""))).parts
    folders = {"config": paths.config, ATTACHMENTS: paths.data / ATTACHMENTS}
    if (
        len(parts) < 3
        or parts[0] != "files"
        or parts[1] not in folders
        or any(p in ("", ".", "..") or "\\" in p or ":" in p for p in parts[2:])
    ):
        raise InvalidInput(
            "{name}: refusing the file {file!r} (outside the library)",
            name=name,
            file=entry.get("path"),
        )
    return entry, folders[parts[1]].joinpath(*parts[2:])


def _extract(zf: zipfile.ZipFile, entry: dict[str, Any], target: Path, name: str) -> Path:
    """The file written next to its place, checked against the manifest."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zf.open(entry["path"]) as source, partial.open("wb") as out:
            size, sha = copy_hashed(source, out, limit=int(entry["size"]))
        if (size, sha) != (entry["size"], entry["sha256"]):
            raise InvalidInput(
                "{name}: {file} is damaged (its checksum does not match)",
                name=name,
                file=entry["path"],
            )
    except KeyError:
        partial.unlink(missing_ok=True)
        raise InvalidInput("{name}: {file} is missing", name=name, file=entry["path"]) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # not OSError: a full disk
        partial.unlink(missing_ok=True)
        raise InvalidInput(
            "{name}: {file} is damaged ({error})", name=name, file=entry["path"], error=error
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _place(partial: Path, target: Path, report: ArchiveReport) -> None:
    """Move a checked file in place; a different file already there is kept aside."""
    if target.exists() and not filecmp.cmp(target, partial, shallow=False):
        kept = target.with_name(target.name + KEPT_SUFFIX)
        target.replace(kept)
        report.warnings.append(f"{target} was replaced by the archive's; the old one is {kept}")
    partial.replace(target)
    report.files += 1
