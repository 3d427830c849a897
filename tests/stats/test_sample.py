"""The sample library's figures against counts derived here from its data file."""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections import Counter, defaultdict
from typing import Any

import pytest

from readinglog.core import sample, text
from readinglog.core.library import Library
from readinglog.core.types import ItemKind
from readinglog.paths import package_data
from readinglog.stats.compute import figures, years_with_activity
from readinglog.stats.figures import Period

DATA = tomllib.loads((package_data("resources") / "sample" / "library.toml").read_text("utf-8"))
ITEMS: list[dict[str, Any]] = DATA["item"]


def day(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw)


def minutes_of(raw: str) -> int:
    hours = re.search(r"(\d+)h", raw)
    mins = re.search(r"(\d+)m", raw)
    return (int(hours[1]) if hours else 0) * 60 + (int(mins[1]) if mins else 0)


def expected(year: int | None) -> dict[str, Any]:
    """What the sample's logs say about ``year`` (None: all time), notes left out."""

    def inside(d: dt.date) -> bool:
        return year is None or d.year == year

    finished: Counter[str] = Counter()
    titles: set[str] = set()
    rereads = pages = minutes = 0
    spans: list[int] = []
    calendar: Counter[dt.date] = Counter()
    for item in ITEMS:
        started: dt.date | None = None
        finished_before = False
        at = 0.0
        for kind, raw, *amount in item.get("log", []):
            on = day(raw)
            if inside(on):
                calendar[on] += 1
            if kind == "started":
                started, at = on, 0.0
            elif kind == "progress" and amount[1] in ("pages", "minutes"):
                if inside(on):
                    delta = max(amount[0] - at, 0)
                    pages += delta if amount[1] == "pages" else 0
                    minutes += delta if amount[1] == "minutes" else 0
                at = amount[0]
            elif kind == "finished":
                if inside(on):
                    finished[item["kind"]] += 1
                    titles.add(item["key"])
                    rereads += finished_before
                    if started is not None:
                        spans.append((on - started).days)
                    if item["kind"] == "book" and "pages" in item:
                        pages += max(item["pages"] - at, 0)
                    if item["kind"] == "course" and "time_spent" in item and not finished_before:
                        minutes += minutes_of(item["time_spent"])
                finished_before, started, at = True, None, 0.0
    return {
        "finished": dict(finished),
        "titles": titles,
        "rereads": rereads,
        "pages": pages,
        "minutes": minutes,
        "spans": sorted(spans),
        "calendar": calendar,
    }


@pytest.fixture
def loaded(library: Library) -> Library:
    with library.sessions.begin() as s:
        sample.load(s)
    return library


def note_day() -> dt.date:
    return dt.datetime.now(dt.UTC).astimezone().date()  # the sample's notes are made now


@pytest.mark.parametrize("year", [2015, 2022, 2023, 2024, None])
def test_sample_figures_match_its_data_file(loaded: Library, year: int | None) -> None:
    want = expected(year)
    period = Period.all_time() if year is None else Period.year(year)
    with loaded.sessions() as s:
        got = figures(s, period)
    t = got.totals
    assert {k.value: n for k, n in t.finished.items()} == want["finished"]
    assert t.titles == len(want["titles"])
    assert t.rereads == want["rereads"]
    assert t.pages == want["pages"]
    assert t.minutes == want["minutes"]
    assert sorted([got.days_to_finish.fastest or 0, got.days_to_finish.slowest or 0]) == (
        [want["spans"][0], want["spans"][-1]] if want["spans"] else [0, 0]
    )
    assert got.days_to_finish.count == len(want["spans"])
    calendar = Counter(want["calendar"])
    notes = DATA["note"]
    if year is None or year == note_day().year:
        calendar[note_day()] += len(notes)
        assert t.notes == len(notes)
        assert t.words == sum(text.plain_words(n["body"].lstrip("\n")) for n in notes)
    else:
        assert t.notes == 0
    assert got.calendar == dict(calendar)
    assert t.active_days == len(calendar)
    assert sum(sum(m.totals.finished.values()) for m in got.by_month) == sum(
        want["finished"].values()
    )
    assert got.undated_sessions == 0


def test_sample_titles_by_language_ratings_and_tags(loaded: Library) -> None:
    by_key = {item["key"]: item for item in ITEMS}
    titles = expected(2023)["titles"]
    languages = Counter(by_key[k].get("language", "und") for k in titles)
    ratings = Counter(
        math.floor(by_key[k]["rating"] * 2 + 0.5) / 2 for k in titles if "rating" in by_key[k]
    )
    tags: Counter[str] = Counter(tag for k in titles for tag in by_key[k].get("tags", []))
    with loaded.sessions() as s:
        got = figures(s, Period.year(2023))
    assert {code: f.titles for code, f in got.by_language.items() if f.titles} == dict(languages)
    assert got.ratings == dict(ratings)
    assert {r.name: r.count for r in got.top_tags} == dict(tags)


def test_sample_kind_filter_and_years(loaded: Library) -> None:
    per_kind: dict[str, int] = defaultdict(int)
    for item in ITEMS:
        per_kind[item["kind"]] += sum(1 for event in item.get("log", []) if event[0] == "finished")
    with loaded.sessions() as s:
        for kind in ItemKind:
            got = figures(s, Period.all_time(), kind)
            assert sum(got.totals.finished.values()) == per_kind[kind.value], kind
            assert set(got.totals.finished) <= {kind}
        years = {day(e[1]).year for item in ITEMS for e in item.get("log", [])}
        assert years_with_activity(s) == sorted(years | {note_day().year}, reverse=True)


@pytest.mark.parametrize("year", [2023, 2024, None])
def test_per_kind_figures_add_up_to_the_whole(loaded: Library, year: int | None) -> None:
    period = Period.all_time() if year is None else Period.year(year)
    with loaded.sessions() as s:
        whole = figures(s, period).totals
        parts = [figures(s, period, kind).totals for kind in ItemKind]
    assert sum(sum(p.finished.values()) for p in parts) == sum(whole.finished.values())
    for name in ("titles", "pages", "minutes", "abandoned", "rereads"):
        assert sum(getattr(p, name) for p in parts) == getattr(whole, name), name
    assert max(p.active_days for p in parts) <= whole.active_days
