"""Records of what exports wrote: one per note or entry and format (path and content hash)."""

from __future__ import annotations

from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from readinglog.core.models import ExportRecord, utcnow
from readinglog.core.types import Target


def get_record(s: Session, doc_type: Target, doc_id: int, fmt: str) -> tuple[str, str] | None:
    """(path, sha256) of the last export, or None if there was none."""
    record = s.get(ExportRecord, (doc_type, doc_id, fmt))
    return None if record is None else (record.path, record.sha256)


def put_record(s: Session, doc_type: Target, doc_id: int, fmt: str, path: str, sha256: str) -> None:
    row = {"doc_type": doc_type, "doc_id": doc_id, "format": fmt, "path": path, "sha256": sha256}
    statement = insert(ExportRecord).values(**row, exported_at=utcnow())
    s.execute(
        statement.on_conflict_do_update(
            index_elements=["doc_type", "doc_id", "format"],
            set_={"path": path, "sha256": sha256, "exported_at": statement.excluded.exported_at},
        )
    )
