import pytest
from hypothesis import given
from hypothesis import strategies as st

from readinglog.core import text
from readinglog.core.types import Lang


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("人类简史：从动物到上帝", Lang.ZH),
        ("我用 Python 和 GPU 训练模型。", Lang.ZH),
        ("Thinking, Fast and Slow is about two systems.", Lang.EN),
        ("Notes on the book. 这本书讲的是两种思维系统，快与慢。 It is long but good.", Lang.MIXED),
        ("", Lang.UNKNOWN),
        ("😀 ---", Lang.UNKNOWN),
    ],
)
def test_detect_lang(sample: str, lang: Lang) -> None:
    assert text.detect_lang(sample) == lang


def test_word_count_counts_each_han_character() -> None:
    assert text.word_count("经济学 is fun") == 5
    assert text.word_count("Don't stop. tf.keras works") == 4
    assert text.char_count("你好 world") == 7


def test_plain_words_skip_code_and_link_targets() -> None:
    assert text.plain_words("读书 [link](https://example.com/a-b-c) `x = 1`") == 3


def test_sort_key_puts_chinese_among_english_by_pinyin() -> None:
    titles = ["Sapiens", "人类简史", "Python Crash Course", "三体", "阿Q正传"]
    assert sorted(titles, key=text.sort_key) == [
        "阿Q正传",
        "Python Crash Course",
        "人类简史",
        "三体",
        "Sapiens",
    ]


@given(st.text(alphabet=st.sampled_from(list("ab9Zé经济学かア한 .'’-_,。：\n")), max_size=60))
def test_word_count_in_one_pass_counts_as_its_definition(sample: str) -> None:
    """Each CJK character one word, each Latin word (split by CJK characters too) one."""
    cjk = sum(1 for ch in sample if ch in "经济学かア한")
    assert text.word_count(sample) == cjk + text.latin_words(sample)
