"""The export ledger of pages: a JSON file in the library's data folder.

Pages are written by ``writer.export_post`` exactly as note posts are; only where the records
are kept differs. The library's ``export_records`` table takes a note or an entry (its
``doc_type`` is checked to be one of the two), and a page is neither: it is a year in review
of 2024, a bookshelf. So a page's records (the page and each chart beside it) go to
``page-exports.json`` beside the database, keyed by the folder, the page and the format, with the
same fields (path, SHA-256) as the table's rows.

Keyed by folder too: the same page exported into two sites has a record for each, so neither
export takes the other's file for one the user wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

from readinglog.export.writer import ExportRecord, LedgerKey, atomic_write

FILE_NAME = "page-exports.json"
VERSION = 1


class JsonLedger:
    """An ``ExportLedger`` for one export folder, loaded from and saved to ``file``."""

    def __init__(self, file: Path | None, root: Path) -> None:
        self.file = file
        self.root = str(root.resolve())
        self.records: dict[str, dict[str, str]] = {}
        self.warnings: list[str] = []
        if file is not None:
            self.records = self._load(file)

    def _load(self, file: Path) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            # Forgetting what was written only makes the export more careful: a page on disk
            # then counts as the user's and is kept unless --force.
            self.warnings.append(f"cannot read {file} ({error}); earlier page exports forgotten")
            return {}
        records = data.get("records") if isinstance(data, dict) else None
        if not isinstance(records, dict):
            return {}
        return {
            str(key): {"path": str(value["path"]), "sha256": str(value["sha256"])}
            for key, value in records.items()
            if isinstance(value, dict) and "path" in value and "sha256" in value
        }

    def _key(self, key: LedgerKey) -> str:
        return json.dumps([self.root, key.kind, key.id, key.format], ensure_ascii=False)

    def get(self, key: LedgerKey) -> ExportRecord | None:
        found = self.records.get(self._key(key))
        return None if found is None else ExportRecord(found["path"], found["sha256"])

    def put(self, key: LedgerKey, record: ExportRecord) -> None:
        self.records[self._key(key)] = {"path": record.path, "sha256": record.sha256}

    def remove(self, key: LedgerKey) -> None:
        self.records.pop(self._key(key), None)

    def recorded(self) -> list[LedgerKey]:
        """The keys recorded for this folder."""
        found = []
        for text in self.records:
            try:
                root, kind, doc_id, fmt = json.loads(text)
            except (ValueError, TypeError):
                continue
            if root == self.root:
                found.append(LedgerKey(str(kind), int(doc_id), str(fmt)))
        return found

    def save(self) -> None:
        """Write the records back (atomically); nothing when the ledger has no file."""
        if self.file is None:
            return
        data = {"version": VERSION, "records": dict(sorted(self.records.items()))}
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        atomic_write(self.file, text.encode("utf-8"))
