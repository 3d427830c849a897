"""What lives as long as the process: loaded at start-up, then kept out of garbage collections.

A full (generation 2) collection walks every tracked object while holding the GIL, so it
stalls the GUI thread whichever thread triggers it: ~90 ms for what start-up leaves (Qt's
wrappers, the modules, pypinyin's ~200,000 phrase lists). ``settle`` freezes them (``gc.freeze``)
once start-up is over, and a full collection then takes ~0 ms.

Two things must not come later than that. The Chinese text tools: importing rjieba holds the
GIL ~130 ms and pypinyin ~70 ms (a stall of the first Chinese query typed, or of the first
save of a Chinese title), and pypinyin's objects would escape the freeze. ``preload`` loads
them on the index keeper's first job, before the freeze, for a library that has Chinese names
(none of their ~95 MB for an English one). And whatever still arrives late (that library's
first Chinese title, an import's parsers) is frozen after the first full collection that has to
walk it: that collection is slow once, not each time.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from readinglog.core import repository, text
from readinglog.core.library import Library

SLOW_FULL_COLLECTION_S = 0.010  # after such a full collection its survivors are frozen

_settled = False
_started = 0.0


def preload(library: Library) -> bool:
    """Load the Chinese text tools when the library has a Chinese title or tag (a pool thread,
    before ``settle``). Returns whether it loaded them."""
    with library.sessions() as s:
        if not repository.has_han_names(s):
            return False
    from readinglog.search import analysis

    analysis.word_boundaries("中文")  # rjieba and its dictionary
    analysis.to_simplified("經濟")  # OpenCC
    text.to_pinyin("中文")  # pypinyin and its phrases
    return True


def settle() -> None:
    """Once per process, when start-up is over: freeze what exists, and from then on the
    survivors of any slow full collection."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    gc.callbacks.append(_on_collection)


def _on_collection(phase: str, info: dict[str, Any]) -> None:
    """A gc callback (any thread, with the GIL). Right after a full collection everything left
    is reachable: freezing then keeps no garbage, and frozen objects are still freed by
    reference counting (only a cycle among them would stay)."""
    global _started
    if info.get("generation") != 2:
        return
    if phase == "start":
        _started = time.perf_counter()
    elif time.perf_counter() - _started >= SLOW_FULL_COLLECTION_S:
        gc.freeze()
