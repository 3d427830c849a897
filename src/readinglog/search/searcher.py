"""Search a library: query text in, ranked hits with snippets out (frozen DTOs). Never raises
on what the user typed; an index that needs rebuilding is reported, not an error.

One search flows one way: query.parse -> the index's snapshot (search.reading: posting lists)
-> search.ranking.top (search.evaluate scores each segment) -> hits with snippets here.
"""

from __future__ import annotations

import html
import pickle
import struct
import zlib
from bisect import bisect_left
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from readinglog.core import repository
from readinglog.core.errors import UserError
from readinglog.core.library import Library
from readinglog.core.query import Filter
from readinglog.core.types import Target
from readinglog.search import documents, evaluate, query, ranking, sync
from readinglog.search.analysis import Needle, fold_for_find
from readinglog.search.index import IndexStatus, SearchIndex
from readinglog.search.schema import DOCUMENT_TYPES, Match, doc_key, parse_key
from readinglog.search.snippets import plain_text, plain_text_around
from readinglog.search.spans import match_spans

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
SNIPPET_CHARS = 120
SHORT_NOTE = 600  # characters: past this, a snippet reads the note around its first match
REBUILDING = "The search index is being rebuilt; results will be back shortly."
# What reading damaged index files raises (short reads, bad compressed or pickled blocks, a
# posting list that is not one). A bug (AttributeError, TypeError, KeyError, ...) is not
# disguised as a rebuild: it goes up, to the log and one sentence (ARCHITECTURE rule 8).
DAMAGED_INDEX = (OSError, EOFError, struct.error, zlib.error, pickle.UnpicklingError, ValueError)


@dataclass(frozen=True)
class Hit:
    type: Target
    id: int
    title: str  # a highlight's: its entry's
    snippet: str  # HTML-escaped text with the matched words in <b>…</b>
    score: float
    item_ids: tuple[int, ...]  # a note's entries; a highlight's entry
    match: Match = Match.WORD
    place: str = ""  # a highlight's place as its citation words it ("p. 42", "位置 145–146")


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[Hit, ...]
    notice: str = ""
    needs_rebuild: bool = False


def search(
    library: Library,
    text: str,
    *,
    limit: int = DEFAULT_LIMIT,
    doc_type: Target | None = None,
    index: SearchIndex | None = None,
    prefix: bool = False,
    lag: float = sync.LAG_SECONDS,
) -> SearchResult:
    """The best ``limit`` notes, entries and highlights for ``text`` (``doc_type`` None: all).

    ``prefix``: the user is still typing, so the last word may be half-typed (地方财 while
    typing 地方财政, econom for economics; not when quoted, excluded, a field filter or
    followed by a space). What the words match as typed comes first, then what the last word
    only begins; ``total`` counts both, snippets mark both. The CLI searches exactly.

    The notice says so when changes queued over ``lag`` seconds ago are not indexed yet.
    """
    index = index or SearchIndex(library.paths.index)
    # One connection (and one read transaction, begun by the first statement) for the hits
    # and the queue check: a second took a tenth of the hits' time.
    with library.engine.connect() as connection:
        result = _search(library, connection, text, limit, doc_type, index, prefix)
        if result.needs_rebuild:
            return result
        late = sync.behind(library, index, lag, connection)
    if late:
        result = replace(result, notice=f"{result.notice} {late}".strip())
    return result


def _search(
    library: Library,
    connection: Connection,
    text: str,
    limit: int,
    doc_type: Target | None,
    index: SearchIndex,
    prefix: bool,
) -> SearchResult:
    limit = max(1, min(limit, MAX_LIMIT))
    plan = query.parse(text, doc_type, prefix=prefix)
    if plan.empty:
        return SearchResult(0, (), plan.notice)
    allowed: set[str] | None = None
    if plan.filters:
        ordered, problem = _filtered_keys(library, plan)
        if problem:
            return SearchResult(0, (), problem)
        if not plan.must:
            return _newest(connection, ordered, limit, plan)
        allowed = set(ordered)
    if index.status() is not IndexStatus.OK:
        return SearchResult(0, (), REBUILDING, needs_rebuild=True)
    try:
        total, ranked = ranking.top(index.snapshot(), plan, limit, allowed)
    except DAMAGED_INDEX as damage:  # unreadable files: rebuild; any other error is a bug
        index.mark_damaged(damage)
        return SearchResult(0, (), REBUILDING, needs_rebuild=True)
    hits = _hits(connection, ranked, plan.terms)
    return SearchResult(total - (len(ranked) - len(hits)), hits, plan.notice)


def _filtered_keys(library: Library, plan: query.QueryPlan) -> tuple[list[str], str]:
    """Keys of the notes, then the entries, then the highlights the field filters let through,
    as ``list`` finds (and sorts) them; or why none can match."""
    flt = Filter(plan.filters)
    keys: list[str] = []
    problems: list[str] = []
    wanted = [plan.doc_type] if plan.doc_type is not None else list(DOCUMENT_TYPES)
    with library.sessions() as session:
        for doc_type in wanted:
            try:
                if doc_type is Target.NOTE:
                    ids = repository.note_ids(session, flt)
                elif doc_type is Target.HIGHLIGHT:
                    ids = documents.highlight_ids(session, flt)
                else:
                    ids = repository.item_ids(session, flt)
            except UserError as error:  # e.g. a filter that only entries have
                problems.append(str(error))
                continue
            keys.extend(doc_key(doc_type, i) for i in ids)
    return keys, problems[0] if len(problems) == len(wanted) else ""


def _newest(
    connection: Connection, ordered: list[str], limit: int, plan: query.QueryPlan
) -> SearchResult:
    """Only field filters: what they match, in ``list`` order (most recently changed first)."""
    keys = [ranking.Ranked(key, 0.0, 0, evaluate.WORD) for key in ordered[:limit]]
    return SearchResult(len(ordered), _hits(connection, keys, ()), plan.notice)


def _hits(
    connection: Connection, ranked: list[ranking.Ranked], terms: tuple[Needle, ...]
) -> tuple[Hit, ...]:
    keys = [(*parse_key(r.key), r) for r in ranked]
    shown = {
        t: documents.shown(connection, t, [i for kt, i, _ in keys if kt is t])
        for t in DOCUMENT_TYPES
        if any(kt is t for kt, _, _ in keys)
    }
    hits = []
    for doc_type, doc_id, r in keys:
        found = shown[doc_type].get(doc_id)
        if found is None:  # deleted, and the index has not caught up yet
            continue
        body = found.text
        if doc_type is Target.NOTE:  # the snippet shows the note as read, not its Markdown
            body = _as_read(body, terms)
        how = Match.CHARACTERS if r.tier == evaluate.CHARACTERS else Match.WORD
        cut = snippet(body, terms)
        hits.append(
            Hit(doc_type, doc_id, found.title, cut, r.score, found.item_ids, how, found.place)
        )
    return tuple(hits)


def _as_read(body: str, terms: tuple[Needle, ...]) -> str:
    """The note's text as read, around its first match: a few paragraphs, not the whole
    note (plain_text costs ~0.2 µs a character, and 20 hits of 1,600 characters took longer
    than finding them)."""
    if len(body) <= SHORT_NOTE:
        return plain_text(body)
    return plain_text_around(body, _first_match(body, terms), SNIPPET_CHARS, 2 * SNIPPET_CHARS)


def _first_match(body: str, terms: tuple[Needle, ...]) -> int:
    """Where the first of ``terms`` stands in ``body`` (0: none found): looked for as written,
    then in lower case, and only then in the folded text (Traditional -> Simplified of a whole
    note costs more than the rest of its snippet)."""
    surfaces = [n.surface for n in terms if n.surface]
    found = [i for i in map(body.find, surfaces) if i >= 0]
    if not found:  # lower case only then (a whole note's: as long as the finding)
        found = [i for i in map(body.lower().find, surfaces) if i >= 0]
    if found:
        return min(found)
    folded = fold_for_find(body)
    return min((i for i in map(folded.find, surfaces) if i >= 0), default=0)


def snippet(text: str, terms: tuple[Needle, ...] | list[Needle], width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters around the best match, matches in <b>…</b>, HTML-escaped."""
    if not text:
        return ""
    for start, end in _candidate_windows(text, terms, width):
        spans = match_spans(text[start:end], list(terms))
        if spans:
            spans = [(s + start, e + start) for s, e in spans]
            return _render(text, spans, width)
    return _render(text, [], width)


def _candidate_windows(
    text: str, terms: tuple[Needle, ...] | list[Needle], width: int
) -> list[tuple[int, int]]:
    """Where to look: around the first occurrences of each term's surface, then the start."""
    folded = fold_for_find(text)
    centers: list[int] = []
    for needle in terms:
        at = -1
        for _ in range(3):
            at = folded.find(needle.surface, at + 1) if needle.surface else -1
            if at < 0:
                break
            centers.append(at)
    windows = [
        (max(0, c - width // 2), min(len(text), c + width)) for c in sorted(set(centers))[:8]
    ]
    windows.append((0, min(len(text), 4 * width)))
    return windows


def _render(text: str, spans: list[tuple[int, int]], width: int) -> str:
    start = _window_start(spans, width)
    end = min(len(text), start + width)
    out = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(_plain(text[cursor:s]))
        out.append(f"<b>{_plain(text[s:e])}</b>")
        cursor = e
    out.append(_plain(text[cursor:end]))
    out.append("…" if end < len(text) else "")
    return "".join(out).strip()


def _window_start(spans: list[tuple[int, int]], width: int) -> int:
    """Where the window holding the most matches starts: a little before the first of them.

    The spans are sorted and apart, so those from the i-th on that start within ``width`` of
    it are the next few, counted by bisection (not one by one: quadratic in the matches)."""
    if len(spans) < 2:
        return max(0, spans[0][0] - width // 4) if spans else 0
    starts = [s for s, _ in spans]
    best = max(range(len(starts)), key=lambda i: bisect_left(starts, starts[i] + width, i) - i)
    return max(0, starts[best] - width // 4)


def _plain(text: str) -> str:
    """``text`` with its white space runs as one space, HTML-escaped. Printable text holds no
    white space but the space (most pieces of a snippet hold no two together); other text is
    split at its runs (str.split's white space is the regex's), a run at either end kept."""
    if "  " in text or not text.isprintable():
        words = text.split()
        spaced = " ".join(words)
        if words and text[0].isspace():
            spaced = f" {spaced}"
        if text and text[-1].isspace():
            spaced = f"{spaced} "
        text = spaced
    return html.escape(text, quote=False)
