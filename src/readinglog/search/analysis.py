"""Text -> search tokens, the same way for the index, the query and the snippet (no whoosh here).

Text is split by script. Latin runs are folded per character (NFKC: full-width ＧＰＵ -> gpu; case)
and cut into tokens that keep tech words whole (tf.keras, fast.ai, C++, SHA-256, TF2.0; a
compound is also indexed as its parts, so ``keras`` finds tf.keras); plain words are folded to
their inflection key (stemming.stem), and an inflected one also keeps its form (learning ->
learn, =learning, ~learn at one position) so the word as typed can rank above its other
forms. Han runs are converted Traditional -> Simplified (OpenCC, one character for one, so
offsets still point into the original text) and indexed as overlapping bigrams that carry
word-boundary marks from rjieba's search-mode segmentation:

    南京市长江大桥 -> ^南京$ 京市$ 市长 ^长江$ 江大 ^大桥$       (^ a word starts, $ a word ends)

A query never misses: 市长 asks for its bigram with any marks, so it finds 南京市长江大桥 too,
and 部门 finds 全部门 although rjieba cut 全部/门. The marks rank, they do not filter: a match
whose first bigram starts a word and whose last ends one (长江 here: ``^长江$``; 南京市长:
^南京, 京市, 市长$) is a word match and ranks above one whose characters only stand together
across a boundary (市长 here, 和服 in 和服务, 学习 in 化学习题), which search labels as such.
Bigrams keep recall for words no dictionary knows (大模型, names), and every token takes
exactly one position, so phrase queries over mixed text work. A lone Han character is searched
in a separate per-document character field (``han_chars``), never by wildcards.

An English word also finds the words it begins (http in https), below its own forms: its
needle takes the index terms that begin with it (``Needle.prefix``, expanded by
search.evaluate) and the keys of stemming.prefix_keys. A query's last word may be half-typed
(``needles(..., prefix=True)``, the search box while the user types): then what it begins
ranks as a word's opening, and a Chinese word's last bigram need not end a word (地方财 finds
地方财政: ^地方$ 方财 ^财政$).

rjieba and OpenCC are imported on first use, not when readinglog.search is imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from readinglog.core.text import HAN_RE
from readinglog.search.stemming import prefix_keys, stem

START = "^"
END = "$"
# An inflected English word (learning) is indexed by its key (learn) and, at the same position,
# by these two, so a search can rank the word as typed above its other forms.
FORM = "="  # =learning: this form stands here
OTHER_FORM = "~"  # ~learn: a form of learn other than learn itself stands here
FORM_MARKS = (FORM, OTHER_FORM)  # not counted in a field's length
HAN_RUN_RE = re.compile(f"{HAN_RE.pattern}+")
_HAN_GAP_RE = re.compile(f"(?<={HAN_RE.pattern})\\s+(?={HAN_RE.pattern})")
_JOINERS = ".-_'"  # join the parts of a compound word (tf.keras, e-mail, snake_case, don't)
_JOINER_RE = re.compile(f"[{re.escape(_JOINERS)}]")
# ASCII, general and CJK punctuation and spaces: no word, before or after NFKC folding.
_PUNCTUATION_RE = re.compile(
    "[\\s!-/:-@\\[-`{-~\u2010-\u2027\u3000-\u3004\u3008-\u3020\u3030"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+"
)
_LATIN_RE = re.compile(rf"[^\W_]+(?:[{re.escape(_JOINERS)}][^\W_]+)*(?:\+\+|#)?")


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its text, position (sequential) and the characters it came from."""

    text: str
    pos: int
    start: int
    end: int


Steps = tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class Needle:
    """What one query word asks for: ``steps`` at consecutive positions (any term of each step),
    or a single Han character (``char``) looked up in the per-document character field.

    ``steps`` is everything the needle matches: a Chinese word's characters side by side, over
    any word boundary. Two narrower tiers rank first (search.evaluate): ``word``, each step
    narrowed to the terms by which the needle is a whole word (its first bigram starts a word
    and its last ends one); ``opening`` (prefix mode only), to those by which it begins a word.
    Empty means the same as the next tier (``word`` -> ``steps``, ``opening`` -> ``word``).
    ``prefix``: an English word; its step also takes the terms beginning with this (http
    finds https), at the widest tier, or at the opening tier in prefix mode (half-typed).
    ``form``: a plain English word as typed; where only its other forms stand (learned for
    learning) it matches a tier below the word itself."""

    steps: Steps = ()
    word: Steps = ()
    opening: Steps = ()
    char: str = ""
    surface: str = ""  # folded text to look for first when cutting a snippet
    prefix: str = ""
    form: str = ""  # an English word as typed (folded): its other forms rank below it

    def tiers(self) -> tuple[Steps, Steps, Steps]:
        """(word, opening, steps): the steps of each tier, narrowest first."""
        word = self.word or self.steps
        return word, self.opening or word, self.steps

    def takes(self, k: int, term: str) -> bool:
        """Whether ``term`` answers step ``k``."""
        step = self.steps[k]
        if term in step:
            return True
        return bool(self.prefix) and k == len(self.steps) - 1 and term.startswith(self.prefix)


# --- lazy helpers -------------------------------------------------------------------------------

_t2s: Callable[[str], str] | None = None
_segment: Callable[..., Any] | None = None


def _t2s_convert(text: str) -> str:
    global _t2s
    if _t2s is None:
        import opencc

        _t2s = opencc.OpenCC("t2s").convert
    return _t2s(text)


def _tokenize_words(text: str) -> list[tuple[str, int, int]]:
    global _segment
    if _segment is None:
        import rjieba

        _segment = rjieba.tokenize
    result: list[tuple[str, int, int]] = _segment(text, mode="search", hmm=False)
    return result


def to_simplified(run: str) -> str:
    """Traditional -> Simplified (and compatibility ideographs -> unified), same length."""
    if not unicodedata.is_normalized("NFKC", run):
        run = "".join(_one_char_nfkc(ch) for ch in run)
    converted = _t2s_convert(run)
    if len(converted) == len(run):
        return converted
    return "".join(c if len(c := _t2s_convert(ch)) == 1 else ch for ch in run)


def fold_for_find(text: str) -> str:
    """Simplified and lower case, for a quick str.find (lengths may drift on rare characters)."""
    return _t2s_convert(text).lower()


def _one_char_nfkc(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def word_boundaries(run: str) -> set[int]:
    """Offsets in Simplified text where a word starts or ends (``_bounds``)."""
    return _bounds(_tokenize_words(run)) | {0, len(run)}


def _bounds(words: list[tuple[str, int, int]]) -> set[int]:
    """Where words start or end, from rjieba's search-mode cut: the words of its best cut
    (the longest spans), and inside each, the dictionary words that follow each other from
    its start (政治经济学: 政治, 经济, 经济学; 长江大桥: 长江, 大桥), not one that starts
    inside another (美国会: 美国 but not 国会; 南京市: 南京 but not 京市).

    Dictionary words only (no HMM): its guesses glue unknown words to their neighbours
    (微博上, 谷歌系, 之都定) and would hide them; an unknown word is left as single characters,
    a boundary between each.
    """
    bounds: set[int] = set()
    reach = -1
    reachable: set[int] = set()
    for start, end in sorted(
        {(s, e) for w, s, e in words if w != " "}, key=lambda se: (se[0], -se[1])
    ):
        if end > reach:  # a word of the best cut: search mode lists its parts inside it
            reach = end
            reachable = {start}
        elif start not in reachable:
            continue
        reachable.add(end)
        bounds.add(start)
        bounds.add(end)
    return bounds


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A text with its Han characters Simplified (same length) and rjieba's word boundaries."""

    simple: str
    bounds: set[int]


def _prepare(text: str) -> _Prepared:
    """One OpenCC and one rjieba call for all the Han runs of a text instead of one per run.

    The runs are joined with spaces (which rjieba and OpenCC treat as separators, so each run
    converts and segments exactly as on its own), then put back at their offsets.
    """
    runs = [m.span() for m in HAN_RUN_RE.finditer(text)]
    if not runs:
        return _Prepared(text, set())
    simple, joined, shifts = simplified_runs(text, runs)
    bounds: set[int] = set()
    k = 0
    for at in sorted(_bounds(_tokenize_words(joined))):
        while k + 1 < len(shifts) and shifts[k + 1][0] <= at:
            k += 1
        bounds.add(at + shifts[k][1] - shifts[k][0])
    bounds.update(b for run in runs for b in run)
    return _Prepared(simple, bounds)


def simplified_runs(text: str, runs: list[tuple[int, int]]
                    ) -> tuple[str, str, list[tuple[int, int]]]:  # fmt: skip
    """(``text`` with its Han ``runs`` Simplified, the runs joined by spaces and Simplified
    in one OpenCC call, and each run's (offset in the joined text, offset in ``text``))."""
    joined = to_simplified(" ".join(text[start:end] for start, end in runs))
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = at = 0
    for start, end in runs:
        parts.append(text[last:start])
        parts.append(joined[at : at + end - start])
        shifts.append((at, start))
        at += end - start + 1
        last = end
    parts.append(text[last:])
    return "".join(parts), joined, shifts


# --- Latin ------------------------------------------------------------------------------------


def fold_latin(segment: str) -> tuple[str, list[int] | None]:
    """Width and case folding; returns the folded text and, unless identical in length,
    the original offset of each folded character."""
    if segment.isascii():
        return segment.lower(), None
    if unicodedata.is_normalized("NFKC", segment):  # most text: one call, not one per char
        folded = segment.casefold()
        if len(folded) == len(segment):
            return folded.replace("’", "'"), None
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(segment):
        for folded in unicodedata.normalize("NFKC", ch).casefold():
            chars.append("'" if folded == "’" else folded)
            offsets.append(index)
    return "".join(chars), offsets


LatinWord = tuple[str, list[str], int, int]  # folded word, its parts, start, end


def latin_words(segment: str, base: int, starts: tuple[str, ...] = ()) -> Iterator[LatinWord]:
    """(word, its parts: the word alone unless a compound, start, end) of each Latin word of
    ``segment`` (which starts at ``base``), folded, a trailing 's dropped. ``starts``: only
    the words that begin, or have a part that begins, with one of them (a snippet looks for
    a few words among many): in ASCII text they are found where a start stands at the
    beginning of a run of letters and digits, not by cutting every word."""
    if _PUNCTUATION_RE.fullmatch(segment):
        return  # the punctuation between Han runs: nothing to fold or index
    if starts and segment.isascii():  # folded as fold_latin folds ASCII: lower case
        yield from _words_starting(segment.lower(), base, starts)
        return
    folded, offsets = fold_latin(segment)
    for match in _LATIN_RE.finditer(folded):
        word = match.group()
        if starts and word.isalnum() and not word.startswith(starts):
            continue
        start, end = match.span()
        if offsets is not None:
            start, end = offsets[start], offsets[end - 1] + 1
        found = _latin_word(word, start + base, end + base)
        if not starts or word.startswith(starts) or any(p.startswith(starts) for p in found[1]):
            yield found


def _latin_word(word: str, start: int, end: int) -> LatinWord:
    if word.endswith(("'s", "'")) and word.count("'") == 1:
        word = word[: word.index("'")]
    return word, _split_compound(word), start, end


def _words_starting(folded: str, base: int, starts: tuple[str, ...]) -> Iterator[LatinWord]:
    """The words of folded ASCII text one of whose parts begins with one of ``starts``: from
    each place a start begins a run of letters and digits, back over the parts of the
    compound it may be in (a joiner between letters or digits), then the word _LATIN_RE
    finds there, as finditer would (a word never starts right after a letter or digit)."""
    end = 0
    for found in _starts_pattern(starts).finditer(folded):
        at = found.start()
        if at < end:
            continue  # in the compound just given
        while at >= 2 and folded[at - 1] in _JOINERS and folded[at - 2].isalnum():
            at -= 2
            while at and folded[at - 1].isalnum():
                at -= 1
        match = _LATIN_RE.match(folded, at)
        if match is None:
            continue
        end = match.end()
        yield _latin_word(match.group(), at + base, end + base)


@lru_cache(maxsize=64)
def _starts_pattern(starts: tuple[str, ...]) -> re.Pattern[str]:
    """Where one of ``starts`` begins a run of ASCII letters and digits."""
    return re.compile(f"(?<![a-z0-9])(?:{'|'.join(map(re.escape, starts))})")


def latin_tokens(segment: str, base: int, pos: int, out: list[Tok], query: bool) -> int:
    for word, parts, start, end in latin_words(segment, base):
        if len(parts) == 1:
            key = stem(word)
            out.append(Tok(key, pos, start, end))
            if key != word and not query:
                out.append(Tok(FORM + word, pos, start, end))
                out.append(Tok(OTHER_FORM + key, pos, start, end))
            pos += 1
            continue
        if not query:
            out.append(Tok(word, pos, start, end))
        for part in parts:
            out.append(Tok(stem(part), pos, start, end))
            pos += 1
    return pos


def _split_compound(word: str) -> list[str]:
    if word.isalnum() or not _JOINER_RE.search(word):
        return [word]
    return [p for p in _JOINER_RE.split(word) if p]


# --- Han --------------------------------------------------------------------------------------


def _han_tokens(
    prep: _Prepared, start: int, end: int, pos: int, out: list[Tok], base: int = 0
) -> int:
    width = min(2, end - start)
    for i, text in enumerate(_han_terms(prep, start, end), start + base):
        out.append(Tok(text, pos, i, i + width))
        pos += 1
    return pos


def _han_terms(prep: _Prepared, start: int, end: int) -> list[str]:
    """The terms of the Han run ``start:end``: its marked bigrams (the i-th starts at
    ``start + i``), or one marked character."""
    simple, bounds = prep.simple, prep.bounds
    if end - start == 1:
        return [START + simple[start] + END]
    return [
        (START if i in bounds else "") + simple[i : i + 2] + (END if i + 2 in bounds else "")
        for i in range(start, end - 1)
    ]


def script_runs(text: str) -> Iterator[tuple[bool, int, int]]:
    """(is_han, start, end) for each script run, in order."""
    last = 0
    for match in HAN_RUN_RE.finditer(text):
        if match.start() > last:
            yield False, last, match.start()
        yield True, match.start(), match.end()
        last = match.end()
    if last < len(text):
        yield False, last, len(text)


def tokens(text: str, *, query: bool = False) -> list[Tok]:
    """Every token of ``text`` with sequential positions (the snippets use this)."""
    prep = _prepare(text)
    out: list[Tok] = []
    pos = 0
    for is_han, start, end in script_runs(text):
        if is_han:
            pos = _han_tokens(prep, start, end, pos, out)
        else:
            pos = latin_tokens(text[start:end], start, pos, out, query)
    return out


def term_positions(text: str) -> tuple[dict[str, list[int]], int]:
    """What the index stores for ``text``: each term's positions, and the number of tokens
    (a compound such as tf.keras is one more token, at the position of its first part; the
    form marks of an inflected word are not counted).

    The same terms and positions as ``tokens(text)``, without building a Tok for each.
    """
    prep = _prepare(text)
    found: defaultdict[str, list[int]] = defaultdict(list)
    pos = count = 0
    latin: list[Tok] = []
    for is_han, start, end in script_runs(text):
        if is_han:
            terms = _han_terms(prep, start, end)
            for term in terms:
                found[term].append(pos)
                pos += 1
            count += len(terms)
            continue
        latin.clear()
        pos = latin_tokens(text[start:end], start, pos, latin, query=False)
        for tok in latin:
            found[tok.text].append(tok.pos)
            count += not tok.text.startswith(FORM_MARKS)
    return dict(found), count


def han_chars(text: str) -> set[str]:
    """The distinct Han characters of ``text``, Simplified (for the one-character field)."""
    runs = HAN_RUN_RE.findall(text)
    return set(to_simplified(" ".join(runs))) - {" "} if runs else set()


# --- query side -------------------------------------------------------------------------------


def _han_needle(simple: str, *, prefix: bool = False) -> Needle:
    """The needle of a Simplified run of two or more characters: every marking of each bigram
    (the characters side by side, whatever rjieba made of them); as a word, the first bigram
    starts a word and the last ends one; in prefix mode, as a word's opening, the last need
    not end one."""
    grams = [simple[i : i + 2] for i in range(len(simple) - 1)]
    steps = tuple(frozenset({START + g + END, START + g, g + END, g}) for g in grams)
    return Needle(
        steps=steps,
        word=_narrowed(steps, ends=True),
        opening=_narrowed(steps, ends=False) if prefix else (),
        surface=simple,
    )


def _narrowed(steps: Steps, *, ends: bool) -> Steps:
    """``steps`` whose first term starts a word and, if ``ends``, whose last ends one."""
    out = list(steps)
    out[0] = frozenset(t for t in out[0] if t.startswith(START))
    if ends:
        out[-1] = frozenset(t for t in out[-1] if t.endswith(END))
    return tuple(out)


def needles(text: str, *, phrase: bool = False, prefix: bool = False) -> list[Needle]:
    """What a query word (or a quoted phrase, ``phrase=True``) asks the index for.

    A word like ``Python机器学习`` gives two needles (each must match, anywhere); a phrase gives
    one needle whose steps must follow each other. ``prefix``: the word may be half-typed, so
    the needle of its end (not a phrase, not after punctuation) also takes what it begins.
    """
    if phrase:
        # Chinese is written without spaces: "大模型 的训练" means 大模型的训练.
        text = _HAN_GAP_RE.sub("", text)
        parts = list(_run_needles(text, phrase=True, prefix=False))
        if any(p.char for p in parts) or len(parts) < 2:
            return parts  # a lone character has no bigram to chain: the words, each anywhere
        return [_chained(parts)]
    return list(_run_needles(text, phrase=False, prefix=prefix))


def _run_needles(text: str, *, phrase: bool, prefix: bool) -> Iterator[Needle]:
    """One needle per Han run; per Latin word (a phrase: per Latin run, its words chained)."""
    for is_han, start, end in script_runs(text):
        segment = text[start:end]
        open_end = prefix and end == len(text)
        if is_han:
            simple = to_simplified(segment)
            if len(simple) == 1:
                yield Needle(char=simple, surface=simple)
            else:
                yield _han_needle(simple, prefix=open_end)
        elif phrase:
            latin: list[Tok] = []
            latin_tokens(segment, 0, 0, latin, query=True)
            if latin:
                steps = tuple(frozenset({t.text}) for t in latin)
                yield Needle(steps=steps, surface=_surface(latin[0].text))
        else:
            # Outside a phrase a compound is asked for whole (tf.keras), a word by its key.
            for word, parts, _, until in latin_words(segment, 0):
                key = stem(word) if len(parts) == 1 else word
                keys = frozenset({key, *prefix_keys(word)})
                yield Needle(
                    steps=(keys,),
                    word=(frozenset({key}),),
                    opening=(keys,) if open_end and until == len(segment) else (),
                    surface=_surface(key),
                    prefix=word,
                    form=word if len(parts) == 1 else "",
                )


def _chained(parts: list[Needle]) -> Needle:
    """One needle whose parts follow each other (a phrase), tier by tier."""
    word = tuple(step for part in parts for step in part.tiers()[0])
    steps = tuple(step for part in parts for step in part.steps)
    return Needle(steps=steps, word=word if word != steps else (), surface=parts[0].surface)


def _surface(key: str) -> str:
    """What most inflections of a folded word start with (study -> studi -> stud)."""
    trimmed = key.rstrip("ie")
    return trimmed if len(trimmed) >= 2 else key
