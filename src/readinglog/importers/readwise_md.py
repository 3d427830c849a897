"""Readwise's Markdown export: one file per book, article, tweet thread or podcast.

A file opens with ``# Title``, a ``Metadata`` list (``- Author: [[...]]``, ``- Full Title:``,
``- Category: #books``, ``- URL:``, ``- Document Tags:``; Logseq-style exports write ``Key::``),
then one or more sync headings (``### Highlights first synced by #Readwise [[date]]``,
``### New highlights added [[date]] at 10:01 AM`` or just ``## Highlights``) each followed by
a list of highlights::

    - text that may run over
      several lines ([Location 123](https://readwise.io/to_kindle?action=open&asin=B0...&location=123))
        - **Note:** the user's words
        - Tags: [[favorite]] [[h2]]

Also the line reader and the book helpers the CSV parser shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from readinglog.core.errors import Message
from readinglog.core.types import ItemKind
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed, Place
from readinglog.importers.reasons import reported, said

INVALID_UTF8 = reported(Message("invalid UTF-8 bytes were replaced with \ufffd"))

# Readwise's category, as the export's folder or its "Category: #..." line names it.
KINDS = {
    "books": ItemKind.BOOK,
    "articles": ItemKind.ARTICLE,
    "tweets": ItemKind.ARTICLE,
    "podcasts": ItemKind.EPISODE,
    "supplementals": ItemKind.BOOK,
}

_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", re.IGNORECASE)
_AUTHOR_SEP = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*[;、]\s*")
_HEADING = re.compile(r"^\.h([1-6])(?![\w-])")
_INLINE_TAG = re.compile(r"^\.([\w-]+)[ \t]*(?:\n|$)")


def read_lines(path: Path) -> Iterator[tuple[int, str, bool]]:
    """(1-based number, text without its line break, True when the line was not valid UTF-8)."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                text, bad = raw.decode("utf-8"), False
            except UnicodeDecodeError:
                text, bad = raw.decode("utf-8", errors="replace"), True
            yield number, text.rstrip("\r\n"), bad


def split_authors(text: str) -> tuple[str, ...]:
    """'Judea Pearl, Dana Mackenzie' and 'Chip Heath and Dan Heath' -> one name each."""
    return tuple(name for name in (n.strip() for n in _AUTHOR_SEP.split(text)) if name)


def book_ref(
    title: str, author: str, kind: ItemKind, url: str | None = None, asin: str | None = None
) -> BookRef:
    """A book as Readwise names it; an author that is a domain (reason.com) is an article's site."""
    author = author.strip()
    if _DOMAIN.fullmatch(author):
        return BookRef(title, (), asin=asin, kind=ItemKind.ARTICLE, url=url or f"https://{author}")
    return BookRef(title, split_authors(author), asin=asin, kind=kind, url=url)


def heading_level(note: str, tags: tuple[str, ...]) -> int | None:
    """Readwise's heading action tag: a highlight noted (or tagged) .h1-.h6 is a heading."""
    if m := _HEADING.match(note):
        return int(m.group(1))
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    return min(levels) if levels else None


def split_note(note: str, tags: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """An inline tag (a note that starts '.word') is a tag, not the user's comment."""
    note = _HEADING.sub("", note, count=1)
    if m := _INLINE_TAG.match(note):
        note = note[m.end() :]
        if m.group(1) not in tags:
            tags = (*tags, m.group(1))
    return note.strip(), tags


def chapter_name(text: str) -> str:
    return " ".join(text.split())


# ---- the Markdown file -------------------------------------------------------------------

_META = re.compile(r"^-\s+(?:\*\*)?([A-Za-z ]+?)(?:\*\*)?::?(?:\*\*)?\s*(.*)$")
_SYNC = re.compile(
    r"^\s*(?:-\s+)?(?:#+\s*Highlights\s*$"
    r"|(?:#+\s*)?(?:Highlights first synced by|New highlights added)\b)"
)
_BULLET = re.compile(r"^(\s*)-\s(.*)$")
_SUB = re.compile(r"^(?:\*\*)?(Note|Tags)(?:\*\*)?::?(?:\*\*)?\s?(.*)$", re.IGNORECASE)
_PLACE = re.compile(
    r"\s*\((?:\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)|(?P<plain>(?:Location|Page) [\d-]+))\)\s*$"
)
_TAG = re.compile(r"\[\[([^\]]+)\]\]|#([\w/-]+)")


def looks_like_markdown(head: str) -> bool:
    """A Readwise Markdown file: its metadata list and a highlights heading."""
    meta = re.search(r"^-\s+(?:Full Title|Category)::?\s", head, re.MULTILINE)
    sync = re.search(
        r"^\s*(?:-\s+)?#{2,3}\s*Highlights\b|Highlights first synced by", head, re.MULTILINE
    )
    return meta is not None and sync is not None


@dataclass
class _Item:
    line: int
    indent: int
    text: list[str]
    note: list[str] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    in_note: bool = False
    note_indent: int = 0
    bad_utf8: bool = False


@dataclass
class _Book:
    title: str = ""
    author: str = ""
    url: str | None = None
    kind: ItemKind = ItemKind.BOOK
    asin: str | None = None
    chapter: str | None = None

    def ref(self) -> BookRef:
        return book_ref(self.title, self.author, self.kind, self.url, self.asin)


def parse_markdown(path: Path, folder_kind: ItemKind | None = None) -> Iterator[Parsed]:
    """The clips of one Readwise Markdown file, in file order; problems name the file."""
    for parsed in _markdown(path, folder_kind):
        yield (
            BadRecord(
                parsed.line,
                reported(Message("{file}: {reason}", file=path.name, reason=said(parsed.reason))),
            )
            if isinstance(parsed, BadRecord)
            else parsed
        )


def _markdown(path: Path, folder_kind: ItemKind | None) -> Iterator[Parsed]:
    book = _Book(kind=folder_kind or ItemKind.BOOK)
    in_highlights = False
    indent: int | None = None  # the highlights' own bullet indent in this section
    item: _Item | None = None
    for number, text, bad in read_lines(path):
        if not in_highlights:
            in_highlights = _metadata(book, text, folder_kind)
            continue
        if _SYNC.match(text) and (item is None or not text.startswith(" ")):
            yield from _finish(item, book)
            item, indent = None, None
            continue
        bullet = _BULLET.match(text)
        if bullet and (indent is None or len(bullet.group(1)) <= indent):
            yield from _finish(item, book)
            indent = len(bullet.group(1))
            item = _Item(number, indent + 2, [bullet.group(2)], bad_utf8=bad)
            continue
        if item is None:
            if text.strip():
                yield BadRecord(
                    number,
                    reported(
                        Message("the line is not part of a highlight: {text!r}", text=text[:60])
                    ),
                )
            continue
        item.bad_utf8 |= bad
        sub = _SUB.match(bullet.group(2)) if bullet else None
        if sub and sub.group(1).lower() == "tags":
            item.tags += tuple(a or b for a, b in _TAG.findall(sub.group(2)))
            item.in_note = False
        elif sub and bullet:
            item.note.append(sub.group(2))
            item.in_note, item.note_indent = True, len(bullet.group(1)) + 2
        elif item.in_note:
            item.note.append(_dedent(text, item.note_indent))
        else:
            item.text.append(_dedent(text, item.indent))
    if not in_highlights:
        yield BadRecord(1, reported(Message("the file has no Highlights section")))
    yield from _finish(item, book)


def _metadata(book: _Book, text: str, folder_kind: ItemKind | None) -> bool:
    """Read one line before the highlights; True once the highlights start."""
    if _SYNC.match(text):
        return True
    if text.startswith("# ") and not book.title:
        book.title = text[2:].strip()
    elif m := _META.match(text):
        key, value = m.group(1).strip().lower(), m.group(2).strip()
        if key == "author":
            book.author = value.removeprefix("[[").removesuffix("]]")
        elif key == "full title" and value:
            book.title = value
        elif key == "url" and value:
            book.url = value
        elif key == "category":
            book.kind = KINDS.get(value.lstrip("#").lower(), folder_kind or ItemKind.BOOK)
    return False


def _dedent(text: str, indent: int) -> str:
    spaces = len(text) - len(text.lstrip(" "))
    return text[min(spaces, indent) :]


def _finish(item: _Item | None, book: _Book) -> Iterator[Parsed]:
    if item is None:
        return
    text = "\n".join(item.text).strip()
    place, url, label = Place(), None, None
    if m := _PLACE.search(text):
        text = text[: m.start()].rstrip()
        url, label = m.group("url"), m.group("label") or m.group("plain")
        place = _place(label or "")
    if url and (asin := re.search(r"[?&]asin=([A-Z0-9]{10})\b", url)):
        book.asin = asin.group(1)
    if item.bad_utf8:
        yield BadRecord(item.line, INVALID_UTF8)
    note = "\n".join(item.note).strip()
    level = heading_level(note, item.tags)
    if level is not None:
        book.chapter = chapter_name(text)
        comment, _ = split_note(note, item.tags)
        if comment:
            yield Clip(book.ref(), ClipKind.NOTE, "", comment, _with(place, book), line=item.line)
        return
    if not text:
        yield BadRecord(item.line, reported(Message("the highlight has no text")))
        return
    comment, tags = split_note(note, item.tags)
    yield Clip(
        book.ref(),
        ClipKind.HIGHLIGHT,
        text,
        comment,
        _with(place, book),
        key=_key(url),
        tags=tags,
        line=item.line,
    )


def _place(label: str) -> Place:
    if m := re.fullmatch(r"Location (\d+)(?:-(\d+))?", label):
        end = int(m.group(2)) if m.group(2) else None
        return Place(loc_start=int(m.group(1)), loc_end=end)
    if m := re.fullmatch(r"Page (\d+)(?:-(\d+))?", label):
        return Place(page=int(m.group(1)), page_end=int(m.group(2)) if m.group(2) else None)
    return Place()


def _with(place: Place, book: _Book) -> Place:
    return place if book.chapter is None else replace(place, chapter=book.chapter)


def _key(url: str | None) -> str | None:
    """Readwise's highlight id, when the link carries one (Reader's /read/<id>, /open/<id>)."""
    if url and (m := re.search(r"(?:read\.readwise\.io/read|readwise\.io/open)/([\w-]+)", url)):
        return m.group(1)
    return None
