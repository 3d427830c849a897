"""Text facts that must be right for Chinese as well as English: language, counts, sort keys."""

from __future__ import annotations

import re
import unicodedata

from readinglog.core.types import Lang

# Han ideographs (CJK Unified, Extension A, Compatibility) plus the supplementary planes.
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{_HAN}]")
# The same ranges as an SQLite GLOB pattern: a text that holds a Han character.
HAN_GLOB = "*[" + _HAN.encode("ascii").decode("unicode_escape") + "]*"
# Kana and Hangul count as CJK characters for counting, not as Chinese for detection.
_CJK_CHAR_RE = re.compile(f"[{_HAN}\u3040-\u30ff\uac00-\ud7af]")
_LATIN_WORD_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a0-9]+(?:['’.-][A-Za-z0-9]+)*"
)
# The words as word_count counts them, in one pass: a run of CJK characters (captured: each
# of its characters is a word), or one Latin word (which a CJK character ends, as white space
# does; its match captures nothing).
_WORDS_RE = re.compile(f"({_CJK_CHAR_RE.pattern}+)|{_LATIN_WORD_RE.pattern}")
_MARKDOWN_NOISE_RE = re.compile(r"```.*?```|`[^`]*`|!\[[^\]]*\]\([^)]*\)|<[^>]+>", re.S)
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plural(n: int, one: str, many: str) -> str:
    """``1 entry``, ``1,234 entries``."""
    return f"{n:,} {one if n == 1 else many}"


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


def latin_words(text: str) -> int:
    return len(_LATIN_WORD_RE.findall(_CJK_CHAR_RE.sub(" ", text)))


def detect_lang(text: str) -> Lang:
    """zh, en or mixed, from how much of the text is Han characters and how much Latin words.

    A Chinese note that names a few tools (Python, GPU) stays zh; a note with a paragraph in
    each language is mixed. Two Chinese characters weigh about as much as one English word.
    """
    han = han_count(text)
    words = latin_words(text)
    if han == 0 and words == 0:
        return Lang.UNKNOWN
    han_share = han / (han + 2 * words)
    if han_share >= 0.6:
        return Lang.ZH
    if han_share <= 0.15:
        return Lang.EN
    return Lang.MIXED


def word_count(text: str) -> int:
    """Words as a reader counts them: each CJK character is one, each Latin word is one.

    A run of CJK characters (up to a punctuation mark or a space) is one match, not one a
    character: a mixed note's words are counted in about half the time, a Chinese one's in
    a quarter, an English one's in a fifth more (the capture)."""
    runs = _WORDS_RE.findall(text)  # a CJK run, or "" for a Latin word
    return sum(map(len, runs)) + runs.count("")


def char_count(text: str) -> int:
    """Characters without white space (the count Chinese writers quote)."""
    return sum(1 for ch in text if not ch.isspace())


def plain_words(markdown: str) -> int:
    """Word count of a Markdown note without its code, images, link targets and HTML tags.
    (A note with none of the characters they begin with is counted as it is: the statistics
    count every note of a year.)"""
    if "`" in markdown or "[" in markdown or "<" in markdown:
        markdown = _LINK_RE.sub(r"\1", _MARKDOWN_NOISE_RE.sub(" ", markdown))
    return word_count(markdown)


def to_pinyin(text: str) -> list[str]:
    """Han characters as toneless pinyin syllables, other runs as they are (lazy import)."""
    if not HAN_RE.search(text):
        return [text]
    from pypinyin import lazy_pinyin

    return [str(s) for s in lazy_pinyin(text, errors="default")]


def sort_key(title: str) -> str:
    """A key that sorts Chinese titles by pinyin among English ones: 人类简史 near "Ren..."."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    spaced = " ".join(part.strip() for part in to_pinyin(folded))
    key = re.sub(r"[^\w]+", " ", spaced).strip()
    return key or folded
