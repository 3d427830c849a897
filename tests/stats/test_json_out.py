"""The JSON ``readinglog stats --json`` prints: every documented key, plain JSON values."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from readinglog.core.library import Library
from readinglog.core.types import EventKind, ItemKind, ProgressUnit
from readinglog.stats.compute import figures
from readinglog.stats.figures import Period
from readinglog.stats.json_out import to_json
from tests.stats.helpers import D, book, log, note_at, read

KEYS = [
    "period", "kind", "finished", "titles", "pages", "minutes", "minutes_by_kind", "notes",
    "words", "abandoned", "rereads", "active_days", "by_language", "ratings", "top_tags",
    "top_authors", "top_shows", "top_platforms", "days_to_finish", "longest_streak",
    "calendar", "undated_sessions", "by_month", "finished_entries", "goals",
]  # fmt: skip
MONTH_KEYS = [
    "month", "finished", "titles", "pages", "minutes", "minutes_by_kind", "notes", "words",
    "abandoned", "rereads", "active_days",
]  # fmt: skip


class Progress:
    def to_json(self) -> dict[str, Any]:
        return {"metric": "finished", "target": 40, "done": 2}


def test_json_has_every_key_and_round_trips(library: Library) -> None:
    with library.sessions.begin() as s:
        item = book(s, "三体", pages=300, rating=4.75, language="zh", tags=["科幻"])
        log(s, item, EventKind.STARTED, D(2024, 3, 1))
        log(s, item, EventKind.PROGRESS, D(2024, 3, 2), 100, ProgressUnit.PAGES)
        log(s, item, EventKind.FINISHED, D(2024, 3, 3))
        read(s, book(s, "Again"), None, None)
        note_at(s, "读后感", dt.datetime(2024, 3, 3, 12, tzinfo=dt.UTC), [item])
    with library.sessions() as s:
        data = to_json(figures(s, Period.year(2024)), [Progress(), {"metric": "pages"}])
        books = to_json(figures(s, Period.month(2024, 3), ItemKind.BOOK))
    assert list(data) == KEYS
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["period"] == "2024" and data["kind"] is None
    assert data["finished"] == {k.value: (1 if k is ItemKind.BOOK else 0) for k in ItemKind}
    assert (data["titles"], data["pages"], data["notes"], data["words"]) == (1, 300, 1, 3)
    assert list(data["ratings"]) == ["0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"]
    assert data["ratings"]["5"] == 1 and sum(data["ratings"].values()) == 1
    assert data["by_language"]["zh"] == {"titles": 1, "notes": 1, "words": 3}
    assert data["top_tags"] == [{"name": "科幻", "count": 1}]
    assert data["longest_streak"] == {"days": 3, "start": "2024-03-01", "end": "2024-03-03"}
    assert data["calendar"] == {"2024-03-01": 1, "2024-03-02": 1, "2024-03-03": 2}
    assert data["undated_sessions"] == 1
    assert [m["month"] for m in data["by_month"]] == [f"2024-{m:02d}" for m in range(1, 13)]
    assert list(data["by_month"][2]) == MONTH_KEYS
    assert data["by_month"][2]["pages"] == 300
    assert data["finished_entries"][0]["finished_on"] == "2024-03-03"
    assert data["finished_entries"][0]["title"] == "三体"
    assert data["days_to_finish"]["median"] == 2.0
    assert data["goals"] == [{"metric": "finished", "target": 40, "done": 2}, {"metric": "pages"}]
    assert books["period"] == "2024-03" and books["kind"] == "book"
    assert books["finished"] == {"book": 1} and books["goals"] == []


def test_json_of_an_empty_library(library: Library) -> None:
    with library.sessions() as s:
        data = to_json(figures(s, Period.all_time()))
    assert data["period"] == "all" and data["by_month"] == []
    assert data["longest_streak"] == {"days": 0, "start": None, "end": None}
    assert data["days_to_finish"]["median"] is None
    assert data["by_language"] == {} and data["calendar"] == {}
