"""The analyzer: script split, folding, tech tokens, stemming, Traditional, word marks."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readinglog.search import analysis, spans
from readinglog.search.analysis import Needle, needles, tokens
from readinglog.search.spans import match_spans
from readinglog.search.stemming import stem


def texts(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


@pytest.mark.parametrize("word", ["tf.keras", "fast.ai", "c++", "sha-256", "tf2.0", "c#"])
def test_tech_tokens_stay_whole(word: str) -> None:
    assert word in texts(f"I use {word.upper() if word != 'tf.keras' else word} daily.")


def test_compound_parts_are_indexed_too() -> None:
    assert {"tf.keras", "tf", stem("keras")} <= set(texts("tf.keras"))


def test_full_width_and_case_fold() -> None:
    assert texts("ＧＰＵ") == ["gpu"]
    assert texts("Ｐｙｔｈｏｎ３") == ["python3"]
    assert needles("ＧＰＵ") == needles("gpu") == needles("GPU")


@pytest.mark.parametrize(
    ("forms", "lemma"),
    [
        (("learned", "learning", "learns", "learnt"), "learn"),
        (("libraries",), "library"),
        (("studied", "studies", "studying"), "study"),
        (("changed", "changes", "changing"), "change"),
        (("running", "ran", "runs"), "run"),
        (("wrote", "written", "writes", "writing"), "write"),
    ],
)
def test_inflections_share_a_key(forms: tuple[str, ...], lemma: str) -> None:
    assert {stem(f) for f in forms} == {stem(lemma)}


def test_derivations_are_not_merged() -> None:
    assert stem("developer") != stem("develop")
    assert stem("users") != stem("use")
    assert stem("us") != stem("use")


def test_han_bigrams_carry_word_marks() -> None:
    assert texts("南京市长江大桥") == ["^南京$", "京市$", "^市长", "^长江$", "江大", "^大桥$"]
    assert texts("学") == ["^学$"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("政治经济学", ["^政治$", "治经", "^经济$", "济学$"]),  # 经济 and 经济学 inside
        ("美国会通过", ["^美国$", "国会$", "^会通", "^通过$"]),  # 美国会: not 国会
        ("中华人民共和国", ["^中华$", "华人", "^人民$", "民共", "^共和$", "和国$"]),
    ],
)
def test_words_inside_a_word_count_only_from_its_start(text: str, marked: list[str]) -> None:
    """rjieba's search mode lists every dictionary word inside a long word (美国会: 美国 and
    国会); only those that follow each other from the long word's start are words there."""
    assert texts(text) == marked


def test_traditional_becomes_simplified_with_offsets_kept() -> None:
    text = "讀經濟學"
    toks = tokens(text)
    assert [t.text.strip("^$") for t in toks] == ["读经", "经济", "济学"]
    assert [text[t.start : t.end] for t in toks] == ["讀經", "經濟", "濟學"]
    assert needles("經濟學") == needles("经济学")


def test_positions_are_sequential_across_scripts() -> None:
    toks = tokens("用Python做机器学习 and deep learning")
    positions = sorted({t.pos for t in toks})
    assert positions == list(range(len(positions)))


def test_mixed_word_splits_at_the_script_boundary() -> None:
    found = needles("Python机器学习")
    assert len(found) == 2
    assert found[0].steps == (frozenset({"python"}),)


def test_single_han_character_uses_the_character_field() -> None:
    assert needles("學") == [Needle(char="学", surface="学")]


@pytest.mark.parametrize(
    ("text", "query", "hit"),
    [
        ("政治经济学", "经济", True),
        ("历史学家", "历史", True),
        ("史蒂夫乔布斯", "乔布斯", True),
        ("大模型的提示词工程", "提示词", True),
        ("大模型的提示词工程", "大模型", True),
        ("高级后端工程师", "后端", True),
        ("她穿着和服", "和服", True),
        ("我们和服务员聊天", "和服", False),
        ("化学习题", "学习", False),
        ("南京市长江大桥", "市长", False),
        ("南京市长江大桥", "长江", True),
        ("經濟學", "经济学", True),
        ("经济学", "經濟學", True),
    ],
)
def test_chinese_words_inside_compounds_but_not_traps(text: str, query: str, hit: bool) -> None:
    """Found either way (the characters stand together); a word only where ``hit``."""
    found = needles(query)
    as_words = [replace(n, steps=n.tiers()[0], word=()) for n in found]
    assert match_spans(text, found)
    assert bool(spans._token_spans(text, as_words)) is hit  # what the index's terms say


def test_phrase_over_mixed_text() -> None:
    assert match_spans("我用 Python 机器学习", needles("Python 机器学习", phrase=True))
    assert not match_spans("机器学习 with Python", needles("Python 机器学习", phrase=True))


def test_chinese_needles_skip_latin_runs_but_keep_their_gaps() -> None:
    # Latin runs are not tokenized for Chinese-only needles; runs still do not join up.
    text = "经济 learning 学家 and 经济学家 GPU"
    spans = match_spans(text, needles("经济学家"))
    assert [text[s:e] for s, e in spans] == ["经济学家"]
    assert not match_spans("经济 gpu 学家", needles("经济学家", phrase=True))
    assert match_spans("I use Python机器学习", needles("Python机器学习", phrase=True))


def test_match_spans_point_into_the_original_text() -> None:
    text = "I LEARNED 經濟學 on a ＧＰＵ"
    spans = match_spans(text, needles("learning 经济学 gpu"))
    assert [text[s:e] for s, e in spans] == ["LEARNED", "經濟學", "ＧＰＵ"]


def test_importing_search_loads_neither_rjieba_nor_whoosh() -> None:
    code = (
        "import sys, readinglog.search, readinglog.search.analysis, readinglog.search.query;"
        "print(sorted(m for m in ('rjieba', 'whoosh', 'opencc', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_rjieba_loads_on_first_use() -> None:
    analysis.tokens("中文")
    assert "rjieba" in sys.modules


# --- one pass over a whole text gives what one pass per Han run gives -------------------------

MIXED_TEXTS = [
    "南京市长江大桥，和服务员；經濟學與歷史。月到天⼼处，风来⽔面（Kangxi radicals）。",
    "用Python机器学习，TF2.0 很好用！I learned tf.keras — 然后「大模型」…",
    "T恤 B超 X光：单字 学 与 ＧＰＵ、Ｐｙｔｈｏｎ３",
    "",
    "plain English only, no Han at all.",
]


def per_run_tokens(text: str) -> list[tuple[str, int, int, int]]:
    """The reference: each Han run converted and segmented on its own."""
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    for is_han, start, end in analysis.script_runs(text):
        if not is_han:
            latin: list[analysis.Tok] = []
            pos = analysis.latin_tokens(text[start:end], start, pos, latin, query=False)
            out.extend((t.text, t.pos, t.start, t.end) for t in latin)
            continue
        run = text[start:end]
        simple = analysis.to_simplified(run)
        prep = analysis._Prepared(simple, analysis.word_boundaries(simple))
        han: list[analysis.Tok] = []
        pos = analysis._han_tokens(prep, 0, len(run), pos, han, base=start)
        out.extend((t.text, t.pos, t.start, t.end) for t in han)
    return out


def whole_text_checks(text: str) -> None:
    toks = tokens(text)
    assert [(t.text, t.pos, t.start, t.end) for t in toks] == per_run_tokens(text)
    positions: dict[str, list[int]] = {}
    for tok in toks:
        positions.setdefault(tok.text, []).append(tok.pos)
    counted = [t for t in toks if not t.text.startswith(analysis.FORM_MARKS)]
    assert analysis.term_positions(text) == (positions, len(counted))
    runs = analysis.HAN_RUN_RE.findall(text)
    assert analysis.han_chars(text) == {ch for r in runs for ch in analysis.to_simplified(r)}


@pytest.mark.parametrize("text", MIXED_TEXTS)
def test_whole_text_analysis_matches_per_run(text: str) -> None:
    whole_text_checks(text)


def test_whole_text_analysis_matches_per_run_on_real_posts(realdata: Path) -> None:
    posts = sorted((realdata / "blog_corpus").rglob("*.md"))
    if not posts:
        pytest.skip("no blog corpus")
    for path in posts:
        whole_text_checks(path.read_text(encoding="utf-8", errors="replace"))


def _fold_char_by_char(segment: str) -> str:
    """fold_latin's definition: each character NFKC-folded and case-folded on its own."""
    folded = "".join(unicodedata.normalize("NFKC", ch).casefold() for ch in segment)
    return folded.replace("’", "'")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_latin_folding_takes_no_shortcut_that_changes_a_term(segment: str) -> None:
    """The one-call path for normalised text gives the same folding and offsets."""
    folded, offsets = analysis.fold_latin(segment)
    assert folded == _fold_char_by_char(segment)
    if offsets is not None:
        assert len(offsets) == len(folded) and offsets == sorted(offsets)
    else:
        assert len(folded) == len(segment)
