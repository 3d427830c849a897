"""The search options of Preferences: search as you type (else only on Enter) and how many
full-text results to show. They live in ``settings.toml`` as ``search_as_you_type`` and
``search_results`` (``Settings.extra``, so older versions keep them through a round trip).
Reading is forgiving: a missing or malformed value is the default, an out-of-range count is
clamped."""

from __future__ import annotations

from dataclasses import dataclass

from readinglog.config import Settings
from readinglog.gui.search.index_keeper import SEARCH_LIMIT

AS_YOU_TYPE_KEY = "search_as_you_type"
RESULTS_KEY = "search_results"
MIN_RESULTS = 10
MAX_RESULTS = 200
DEFAULT_RESULTS = SEARCH_LIMIT


@dataclass(frozen=True)
class SearchOptions:
    as_you_type: bool = True
    results: int = DEFAULT_RESULTS


def clamp(count: int) -> int:
    return max(MIN_RESULTS, min(MAX_RESULTS, count))


def load(settings: Settings) -> SearchOptions:
    live = settings.extra.get(AS_YOU_TYPE_KEY, True)
    count = settings.extra.get(RESULTS_KEY, DEFAULT_RESULTS)
    if isinstance(count, bool) or not isinstance(count, int):
        count = DEFAULT_RESULTS
    return SearchOptions(live if isinstance(live, bool) else True, clamp(count))


def put(settings: Settings, options: SearchOptions) -> None:
    """Into ``settings`` (the caller saves them)."""
    settings.extra[AS_YOU_TYPE_KEY] = options.as_you_type
    settings.extra[RESULTS_KEY] = clamp(options.results)
