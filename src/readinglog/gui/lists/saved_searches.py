"""Saved searches: a name for a filter/search text and the list it applies to.

They live in the library's ``settings.toml`` as ``saved_searches = [{name, query, target}]``
(``Settings.extra``, so older versions keep them through a round trip). Reading is forgiving:
a malformed row is skipped, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from readinglog import config
from readinglog.config import Settings
from readinglog.core.types import Target
from readinglog.gui.lists.views import STORED_TARGETS, stored_target

KEY = "saved_searches"
PREFIX = "saved:"  # the sidebar key of a saved search is PREFIX + its name


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    target: Target

    @property
    def key(self) -> str:
        return PREFIX + self.name

    def to_toml(self) -> dict[str, str]:
        return {"name": self.name, "query": self.query, "target": STORED_TARGETS[self.target]}


def load(settings: Settings) -> list[SavedSearch]:
    rows = settings.extra.get(KEY, [])
    found: list[SavedSearch] = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        name, query, target = row.get("name"), row.get("query"), row.get("target", "items")
        if not isinstance(name, str) or not name.strip() or not isinstance(query, str):
            continue
        kind = stored_target(target)
        if kind is None or any(s.name == name for s in found):
            continue
        found.append(SavedSearch(name, query, kind))
    return found


def store(settings: Settings, searches: list[SavedSearch], path: Path) -> None:
    settings.extra[KEY] = [s.to_toml() for s in searches]
    config.save(settings, path)


def put(searches: list[SavedSearch], new: SavedSearch) -> list[SavedSearch]:
    """``searches`` with ``new`` added, or in place of the one with its name."""
    if any(s.name == new.name for s in searches):
        return [new if s.name == new.name else s for s in searches]
    return [*searches, new]


def remove(searches: list[SavedSearch], name: str) -> list[SavedSearch]:
    return [s for s in searches if s.name != name]
