"""The blog corpus (../shared/realdata/blog_corpus) as search documents, for the search benchmarks.

Posts are read as they are (front matter title + Markdown body) and cut into passages of a few
paragraphs, so that a query has a few relevant documents rather than half the corpus.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(
    os.environ.get("READINGLOG_BLOG_CORPUS", ROOT.parent / "shared" / "realdata" / "blog_corpus")
)
PASSAGE_CHARS = 800
_FRONT_RE = re.compile(r"\A---\n(.*?)\n---\n?", re.S)
_TITLE_RE = re.compile(r"^title:\s*['\"]?(.*?)['\"]?\s*$", re.M)


@dataclass(frozen=True)
class Passage:
    id: int
    title: str
    body: str
    source: str


def available() -> bool:
    return CORPUS.is_dir() and any(CORPUS.rglob("*.md"))


def posts() -> list[tuple[str, str, str]]:
    """(path, title, body) of every post, in path order."""
    found = []
    for path in sorted(CORPUS.rglob("*.md")):
        if path.name.startswith("_"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        title, body = "", text
        front = _FRONT_RE.match(text)
        if front:
            body = text[front.end() :]
            match = _TITLE_RE.search(front.group(1))
            title = match.group(1) if match else ""
        found.append((str(path.relative_to(CORPUS)), title, body))
    return found


def passages(max_chars: int = PASSAGE_CHARS) -> list[Passage]:
    out: list[Passage] = []
    for source, title, body in posts():
        chunk: list[str] = []
        size = 0
        for para in re.split(r"\n\s*\n", body):
            para = para.strip()
            if not para:
                continue
            chunk.append(para)
            size += len(para)
            if size >= max_chars:
                out.append(Passage(len(out) + 1, title, "\n\n".join(chunk), source))
                chunk, size = [], 0
        if chunk:
            out.append(Passage(len(out) + 1, title, "\n\n".join(chunk), source))
    return out


# --- a personal library cut from the posts (search_bench.py) -------------------------------------
#
# Notes are passages of the real posts (median ~1,200 characters, from under 100 to several
# thousand), drawn with replacement and perturbed so that no two are byte-identical: paragraphs
# of one to three posts, shuffled, a date line, a title variant. On top comes the repetition of
# a real reading log: note templates (摘录 / 想法 / Source:, a reading card, a diary entry) and a
# handful of quotes pasted into many notes (Zipf: at 100k the first is in thousands of notes,
# the last in hundreds).

NOTE_MEDIAN_CHARS = 1200
QUOTE_SHARE = 0.15  # notes that carry one of the repeated quotes
QUOTES = 8
_CODE_RE = re.compile(r"```.*?```|\{\{[<%].*?[%>]\}\}|<!--.*?-->", re.S)
_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?])|(?<=[.;])\s")
_PLAIN_SENTENCE_RE = re.compile(r"^[^`$#*\[\]<>|{}_\\/]+$")


@dataclass(frozen=True)
class Source:
    title: str
    paragraphs: tuple[str, ...]
    english: bool


def sources() -> list[Source]:
    """Every post as title + paragraphs (code blocks, shortcodes and HTML comments dropped)."""
    out = []
    for _, title, body in posts():
        paras = tuple(p.strip() for p in re.split(r"\n\s*\n", _CODE_RE.sub("", body)) if p.strip())
        if paras:
            han = sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff")
            out.append(Source(title or paras[0][:30], paras, han < len(body) / 20))
    return out


def _cut(text: str, size: int) -> str:
    """``text`` cut to about ``size`` characters at a sentence end (or anywhere, if none)."""
    if len(text) <= size:
        return text
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, size)]
    return text[: ends[-1]].strip() if ends and ends[-1] > size // 3 else text[:size]


def repeated_quotes(srcs: list[Source], count: int = QUOTES) -> list[str]:
    """Plain sentences of the posts, a few of them English, that notes will quote over and over
    (the same every run: chosen by a fixed seed)."""
    zh: list[str] = []
    en: list[str] = []
    for src in srcs:
        for para in src.paragraphs:
            for sentence in _SENTENCE_END_RE.split(para):
                s = sentence.strip()
                if "\n" in s or not _PLAIN_SENTENCE_RE.match(s):
                    continue
                if src.english and 60 <= len(s) <= 160:
                    en.append(s)
                elif not src.english and 18 <= len(s) <= 60 and not s.isascii():
                    zh.append(s)
    rng = random.Random(20261206)
    n_en = max(1, count // 4)
    return rng.sample(sorted(set(zh)), count - n_en) + rng.sample(sorted(set(en)), n_en)


def _date(rng: random.Random) -> str:
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(5000))
    return f"{day.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}"


def _passage(rng: random.Random, srcs: list[Source], size: int) -> tuple[Source, list[str]]:
    """Paragraphs of one post (sometimes of two or three, shuffled) up to about ``size``
    characters; a post that runs out continues with another one."""
    parts = 1 + rng.choice((0, 0, 1, 2))
    picked: list[str] = []
    main = _pick_source(rng, srcs)
    for part in range(parts):
        src = main if part == 0 else _pick_source(rng, srcs)
        at = rng.randrange(len(src.paragraphs))
        got = 0
        while got < size // parts:
            if at == len(src.paragraphs):
                src, at = _pick_source(rng, srcs), 0
            para = _cut(src.paragraphs[at], max(60, size // parts - got))
            picked.append(para)
            got += len(para)
            at += 1
    if parts > 1:
        rng.shuffle(picked)
    return main, picked


def _pick_source(rng: random.Random, srcs: list[Source]) -> Source:
    """A post, the longer ones more often (every paragraph about as likely)."""
    return rng.choices(srcs, cum_weights=_cum_lengths(srcs))[0]


_CUM: dict[int, list[int]] = {}


def _cum_lengths(srcs: list[Source]) -> list[int]:
    key = id(srcs)
    if key not in _CUM:
        total, cum = 0, []
        for src in srcs:
            total += sum(len(p) for p in src.paragraphs)
            cum.append(total)
        _CUM.clear()
        _CUM[key] = cum
    return _CUM[key]


def _title(rng: random.Random, src: Source, paras: list[str]) -> str:
    roll = rng.random()
    if roll < 0.5:
        return src.title
    if roll < 0.65:
        return f"{src.title}（{rng.randint(2, 9)}）"
    if roll < 0.8:
        return f"Re: {src.title}" if src.english else f"读《{src.title}》"
    first = re.split(r"[。！？.!?\n]", paras[0].lstrip("#>*- "), maxsplit=1)[0]
    return first[:30].strip() or src.title


def _note(
    rng: random.Random, srcs: list[Source], quotes: list[str], weights: list[float]
) -> tuple[str, str]:
    size = max(60, min(8000, int(rng.lognormvariate(0, 0.7) * NOTE_MEDIAN_CHARS)))
    src, paras = _passage(rng, srcs, size)
    if rng.random() < QUOTE_SHARE:
        quote = rng.choices(quotes, weights)[0]
        paras.insert(rng.randrange(len(paras) + 1), f"> {quote}")
    body = "\n\n".join(paras)
    when = _date(rng)
    roll = rng.random()
    if roll < 0.25:  # the excerpt template
        thought = (
            paras[-1] if len(paras) > 1 else _cut(rng.choice(rng.choice(srcs).paragraphs), 200)
        )
        quoted = "\n\n".join(paras[:-1] if len(paras) > 1 else paras)
        if src.english:
            body = f"## Excerpt\n\n{quoted}\n\n## Thoughts\n\n{thought}\n\nSource: {src.title}"
        else:
            body = f"## 摘录\n\n{quoted}\n\n## 想法\n\n{thought}\n\nSource: 《{src.title}》"
    elif roll < 0.35:  # a reading card
        body = (
            f"书名：{src.title}\n页码：{rng.randint(1, 400)}\n日期：{when[:10]}\n\n{body}\n\n"
            f"标签：#读书笔记 #{'english' if src.english else '中文'}"
        )
    elif roll < 0.42:  # a diary entry
        body = f"## {when[:10]} 日记\n\n今天读了《{src.title}》。\n\n{body}"
    else:
        body = f"{when}\n\n{body}"
    return _title(rng, src, paras), body


def library_notes(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` (title, body) notes cut from the posts, as a personal library holds them."""
    srcs = sources()
    quotes = repeated_quotes(srcs)
    weights = [1 / (k + 1) for k in range(len(quotes))]
    rng = random.Random(seed)
    return [_note(rng, srcs, quotes, weights) for _ in range(count)]


def repeated_texts() -> list[str]:
    """What many notes share: the quotes and the templates' fixed words."""
    templates = [
        "摘录 想法 Source",
        "书名 页码 日期 标签 读书笔记",
        "今天读了 日记",
        "Excerpt Thoughts",
    ]
    return [*repeated_quotes(sources()), *templates]
