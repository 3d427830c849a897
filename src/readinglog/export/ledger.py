"""The export ledger kept in the library database (core's export_records table)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core import exports
from readinglog.core.models import ExportRecord as RecordRow
from readinglog.core.types import Target
from readinglog.export.writer import ExportRecord, LedgerKey


class DbLedger:
    """An ExportLedger over a session the caller owns (and commits after the file is written)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: LedgerKey) -> ExportRecord | None:
        found = exports.get_record(self._session, Target(key.kind), key.id, key.format)
        return None if found is None else ExportRecord(path=found[0], sha256=found[1])

    def put(self, key: LedgerKey, record: ExportRecord) -> None:
        exports.put_record(
            self._session, Target(key.kind), key.id, key.format, record.path, record.sha256
        )


def export_paths(s: Session, fmt: str, root: Path) -> dict[tuple[str, int], PurePosixPath]:
    """Where earlier exports in ``fmt`` put each post under ``root``: (kind, id) -> path."""
    base = root.resolve()
    rows = s.execute(
        select(RecordRow.doc_type, RecordRow.doc_id, RecordRow.path).where(RecordRow.format == fmt)
    )
    found: dict[tuple[str, int], PurePosixPath] = {}
    for doc_type, doc_id, path in rows:
        written = Path(path)
        if written.is_relative_to(base):
            found[(str(doc_type.value), doc_id)] = PurePosixPath(
                written.relative_to(base).as_posix()
            )
    return found
