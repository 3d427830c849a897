"""The blog corpus (../shared/realdata/blog_corpus) as search documents, for the search benchmarks.

Posts are read as they are (front matter title + Markdown body) and cut into passages of a few
paragraphs, so that a query has a few relevant documents rather than half the corpus.
"""

from __future__ import annotations

import os
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
