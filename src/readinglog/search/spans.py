"""Where a search's needles match in a text: the spans a snippet marks (search.searcher).

A Chinese needle matches wherever its characters stand together (its widest tier), found
with str.find in the Simplified text; an English one by its words (cut and folded as the
index cuts them, search.analysis.latin_words), the words it begins too in prefix mode; a
phrase mixing scripts by the tokens of the whole text.
"""

from __future__ import annotations

from functools import lru_cache

from readinglog.search.analysis import (
    HAN_RUN_RE,
    Needle,
    Tok,
    latin_tokens,
    latin_words,
    script_runs,
    simplified_runs,
    to_simplified,
    tokens,
)
from readinglog.search.stemming import irregular_forms, stem


def match_spans(text: str, wanted: list[Needle]) -> list[tuple[int, int]]:
    """Character spans of ``text`` where any needle matches (for snippets), sorted, merged.

    A Chinese needle matches wherever its characters stand together (its widest tier), so it
    is found with str.find in the Simplified text, no segmentation needed; an English one by
    its tokens (keys, prefix), and a phrase mixing scripts by the tokens of the whole text."""
    spans: list[tuple[int, int]] = []
    simple = ""
    by_tokens: list[Needle] = []
    for needle in wanted:
        han = needle.char or _han_surface(needle)
        if not han:
            by_tokens.append(needle)
            continue
        simple = simple or _simple(text)
        at = simple.find(han)
        while at >= 0:
            spans.append((at, at + len(han)))
            at = simple.find(han, at + 1)
    if by_tokens and all(len(n.steps) == 1 for n in by_tokens):
        spans.extend(_word_spans(text, by_tokens))
    elif by_tokens:
        spans.extend(_token_spans(text, by_tokens))
    return _merge(spans)


def _simple(text: str) -> str:
    """``simplified_runs(text, runs)[0]``: ``text`` itself when OpenCC changes no run (most
    text)."""
    source = " ".join(HAN_RUN_RE.findall(text))
    if to_simplified(source) == source:
        return text
    return simplified_runs(text, [m.span() for m in HAN_RUN_RE.finditer(text)])[0]


def _word_spans(text: str, wanted: list[Needle]) -> list[tuple[int, int]]:
    """Where one-step (English word) needles match: the words (cut as ``_latin_words`` cuts
    them) whose key, or a compound's whole or one of its parts' keys, a needle takes; a word
    no part of which begins as a form of the needles' words does is passed over first."""
    spans: list[tuple[int, int]] = []
    starts = tuple({two for needle in wanted for two in _word_starts(needle)})
    for is_han, start, end in script_runs(text):
        if is_han:
            continue
        for word, parts, at, until in latin_words(text[start:end], start, starts):
            keys = [stem(word)] if len(parts) == 1 else [word, *map(stem, parts)]
            if any(needle.takes(0, key) for needle in wanted for key in keys):
                spans.append((at, until))
    return spans


@lru_cache(maxsize=256)
def _word_starts(needle: Needle) -> frozenset[str]:
    """The first two letters of every word a one-step needle can take: its keys' (a regular
    form begins as its key does), its irregular forms' and its prefix's."""
    keys = needle.steps[0]
    words = {*keys, *irregular_forms(keys), *([needle.prefix] if needle.prefix else [])}
    return frozenset(word[:2] for word in words)


def _han_surface(needle: Needle) -> str:
    """The Simplified characters of a Chinese needle, "" for any other."""
    surface = needle.surface
    if needle.steps and len(needle.steps) == len(surface) - 1 and HAN_RUN_RE.fullmatch(surface):
        return surface
    return ""


def _token_spans(text: str, wanted: list[Needle]) -> list[tuple[int, int]]:
    """Where the needles' steps follow each other among the tokens of ``text``."""
    toks = _tokens_for(text, wanted)
    by_pos: dict[int, list[Tok]] = {}
    for tok in toks:
        by_pos.setdefault(tok.pos, []).append(tok)
    spans: list[tuple[int, int]] = []
    for needle in wanted:
        for tok in toks:
            if not needle.takes(0, tok.text):
                continue
            end = _follow(by_pos, tok, needle)
            if end is not None:
                spans.append((tok.start, end))
    return spans


def _tokens_for(text: str, wanted: list[Needle]) -> list[Tok]:
    """The tokens the needles can match: every token when a needle mixes scripts (a phrase),
    else those of the Latin runs only (segmenting Han runs is most of the cost)."""
    if any(any(HAN_RUN_RE.search(t) for step in n.steps for t in step) for n in wanted):
        return tokens(text)
    out: list[Tok] = []
    pos = 0
    for is_han, start, end in script_runs(text):
        if not is_han:
            pos = latin_tokens(text[start:end], start, pos + 1, out, query=False)
        pos += 1  # a skipped run still separates its neighbours
    return out


def _follow(by_pos: dict[int, list[Tok]], first: Tok, needle: Needle) -> int | None:
    """Where the needle's match starting at ``first`` ends, or None."""
    end = first.end
    pos = first.pos
    for k in range(1, len(needle.steps)):
        pos += 1
        nxt = next((t for t in by_pos.get(pos, ()) if needle.takes(k, t.text)), None)
        if nxt is None:
            return None
        end = max(end, nxt.end)
    return end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
