"""Marker words the reliability tests write into notes and entries, so hits can be predicted.

None of them occurs in the shared real data (test_stateful checks it before importing), no
two share a Han character, and the English ones stem to themselves. Each search for a marker
must find exactly the documents whose text holds it.
"""

from __future__ import annotations

import random

ENGLISH = ("xylofrob", "quenvatic", "mordlewick", "plinthorax", "gazzorine", "snarfwidget")
CHINESE = ("鲲鹏", "貔貅", "魑魅", "犄角", "鹦鹉", "琵琶", "蟋蟀")
MARKERS = ENGLISH + CHINESE

# Filler that holds no marker and no marker's Han character.
FILLER_EN = ("today", "we", "read", "about", "the", "river", "and", "a", "quiet", "morning")
FILLER_ZH = ("今天", "我们", "读书", "笔记", "一起", "学习", "思考", "时间", "城市", "安静")


def compose(rng: random.Random, markers: list[str], style: str) -> str:
    """A short text in ``style`` (en, zh or mixed) holding each of ``markers`` once."""
    words: list[str] = []
    for marker in markers:
        pool = (
            FILLER_ZH if style == "zh" or (style == "mixed" and rng.random() < 0.5) else FILLER_EN
        )
        words.extend(rng.choice(pool) for _ in range(rng.randint(1, 4)))
        words.append(marker)
    words.extend(rng.choice(FILLER_EN if style == "en" else FILLER_ZH) for _ in range(2))
    joiner = "" if style == "zh" else " "
    return joiner.join(words)


def text_markers(text: str) -> frozenset[str]:
    """The markers ``text`` holds (what a search for each must find)."""
    folded = text.casefold()
    return frozenset(m for m in MARKERS if m in folded)
