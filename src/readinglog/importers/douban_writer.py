"""The Douban importer's BookWriter: a title alone can match (the flat backups name no
author), and a later backup re-dates or closes the read-through an earlier one made."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from readinglog.core.batches import Batch
from readinglog.core.models import Event, ImportKind, Item, ReadingSession
from readinglog.core.types import EventKind, ItemKind, Role, Status
from readinglog.importers.books import BookWriter
from readinglog.importers.records import BookRecord, ReadThrough, match_title


class DoubanWriter(BookWriter):
    """BookWriter that also matches a book with no author (the flat backups name none) to the
    one unclaimed entry of that title, if there is exactly one."""

    def __init__(self, s: Session, batch: Batch) -> None:
        super().__init__(s, batch, ImportKind.DOUBAN)
        self._by_title_only: dict[str, list[int]] | None = None

    def by_title(self, record: BookRecord) -> list[int]:
        if any(p.role is Role.AUTHOR for p in record.people):
            return super().by_title(record)
        if self._by_title_only is None:
            index: dict[str, list[int]] = {}
            rows = self.s.execute(
                select(Item.id, Item.title)
                .where(Item.kind == ItemKind.BOOK, self._unclaimed())
                .order_by(Item.id)
            )
            for item_id, title in rows:
                index.setdefault(match_title(title), []).append(item_id)
            self._by_title_only = index
        found = self._by_title_only.get(match_title(record.title), [])
        return found if len(found) == 1 else []

    def _update(self, item_id: int, old: dict[str, Any], record: BookRecord) -> None:
        if len(record.sessions) == 1 and len(old.get("sessions") or []) == 1:
            self._carry_read(item_id, old["sessions"][0], record.sessions[0])
        super()._update(item_id, old, record)

    def _carry_read(self, item_id: int, old: dict[str, Any], new: ReadThrough) -> None:
        """Douban's date moves whenever a mark is edited: a later backup's one read-through is
        the earlier backup's, re-dated (a new rating) or closed (在读 became 读过), not another."""
        if new.outcome is not Status.FINISHED or new.finished is None:
            return
        before = {k: dt.date.fromisoformat(old[k]) if old.get(k) else None
                  for k in ("started", "finished")}  # fmt: skip
        self.s.flush()
        have = list(self.s.scalars(select(ReadingSession).where(ReadingSession.item_id == item_id)))
        if any(x.finished_on == new.finished for x in have):
            return
        if old.get("outcome") == Status.FINISHED.value and before["finished"] is not None:
            twin = next((x for x in have if x.finished_on == before["finished"]), None)
            if twin is None or (twin.started_on or new.finished) > new.finished:
                return
            twin.finished_on = new.finished
            event = self.s.scalar(
                select(Event).where(Event.item_id == item_id, Event.kind == EventKind.FINISHED,
                                    Event.on == before["finished"]).limit(1)
            )  # fmt: skip
            if event is not None:
                event.on = new.finished
        elif old.get("outcome") is None:
            twin = next((x for x in have if x.outcome is None), None)
            if twin is None or (twin.started_on or new.finished) > new.finished:
                return
            twin.finished_on, twin.outcome = new.finished, Status.FINISHED
            self.s.add(Event(item_id=item_id, kind=EventKind.FINISHED, on=new.finished))
