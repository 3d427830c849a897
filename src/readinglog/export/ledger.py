"""The export ledger kept in the library database (core's export_records table)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from readinglog.core import exports
from readinglog.core.types import DocType
from readinglog.export.writer import ExportRecord, LedgerKey


class DbLedger:
    """An ExportLedger over a session the caller owns (and commits after the file is written)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: LedgerKey) -> ExportRecord | None:
        found = exports.get_record(self._session, DocType(key.kind), key.id, key.format)
        return None if found is None else ExportRecord(path=found[0], sha256=found[1])

    def put(self, key: LedgerKey, record: ExportRecord) -> None:
        exports.put_record(
            self._session, DocType(key.kind), key.id, key.format, record.path, record.sha256
        )
