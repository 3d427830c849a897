"""微信读书 (WeRead) "导出笔记": the notes text the app copies to the clipboard, saved to a file.

No real export was available to us. The layouts are those documented by the public tools that
parse this text (read, not copied): XMNote's three WeRead clipboard parsers and their fixtures
(Merpyzf/XMNote-iOS: weread-old, weread-pre-830, weread-830), NotePal (djyde/notepal,
parsers/wxRead.ts), weread-note-tool (superleeyom) and the sample export in
convert-weread-note (zaixiadingdangmao). Every book starts with a header: ``《书名》`` (a bare
title only as a file's first line), the author line, then ``N个笔记`` (absent in layout 1).
A file may hold several books; a later book is recognised by its ``《书名》`` and ``N个笔记``
lines, so only the first book of a file can be in layout 1.

1. Old (before app 7.1): ``◆ 章节`` lines; a highlight is ``>text`` or ``thought>text`` on one
   line; an unmarked block right under a chapter is a thought on the chapter (a note).
2. Before 8.3: ``◆ 章节`` lines; ``>> text`` highlights (unmarked lines right under one continue
   it); ``YYYY/M/D发表想法`` then the thought, then the ``>>`` line it is about; a ``◆ 点评``
   block holds the review (``点评:★★★★☆`` and its text).
3. 8.3 and later: ``◆ text`` highlights (a paragraph after one blank line continues it);
   chapters are unmarked lines after two or more blank lines (the first may follow one);
   ``◆ YYYY/MM/DD发表想法``, the thought, then ``原文：`` and the text it is about; an optional
   ``点评`` section with ``◆ YYYY/MM/DD 认为好看``; the end line ``-- 来自微信读书``.

A thought with its text becomes one highlight carrying the thought as its comment (a thought
without one is a note). WeRead also lists that text again as a plain highlight next to the
thought: the two are merged. A review (点评) is a note with no place. There are no pages, so
``Place.position`` is "order N", N counting the clips from 1 over the file, to keep reading
order. Dates are days only: ``made_at`` is that day's midnight, naive.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from readinglog.core.errors import InvalidInput, Message
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed, Place
from readinglog.importers.reasons import reported

_Line = tuple[int, str, bool]  # line number, text without its line end, invalid UTF-8
_Item = tuple[Clip, bool] | BadRecord  # a clip and whether it takes a place in reading order
_Parser = Callable[[BookRef, list[_Line]], Iterator[_Item]]

_TITLE = re.compile(r"《(.+)》")
_COUNT = re.compile(r"\d+\s*个笔记")
_DATE = r"(\d{4})/(\d{1,2})/(\d{1,2})"
_THOUGHT_OLD = re.compile(_DATE + r"\s*发表想法[:：]?")
_THOUGHT_NEW = re.compile(r"◆\s*" + _DATE + r"\s*发表想法[:：]?")
_REVIEW_NEW = re.compile(r"◆\s*" + _DATE + r"\s+(认为.*)")
_QUOTE = re.compile(r"原文[:：]\s*(.*)")
_END = re.compile(r"--\s*来自微信读书")
_REVIEW_LABEL = re.compile(r"点评\s*[:：]\s*")
_BAD_UTF8 = reported(
    Message("this line is not valid UTF-8; the undecodable bytes are shown as U+FFFD")
)
_LOOKAHEAD = 64  # lines read ahead at most to recognise a book's header


def sniff(head: str) -> bool:
    """True when the start of a file looks like a WeRead notes export (a book's header)."""
    lines = [line.strip() for line in head.removeprefix("\ufeff").splitlines()]
    filled = [line for line in lines if line]
    if len(filled) < 2:
        return False
    titled = _TITLE.fullmatch(filled[0]) is not None
    if _COUNT.fullmatch(filled[1]):
        return titled
    if len(filled) >= 3 and _COUNT.fullmatch(filled[2]):
        return titled or any(line.startswith(("◆", ">>")) for line in filled[3:])
    if titled and len(filled) >= 3 and filled[2].startswith("◆"):  # layout 1: no 'N个笔记'
        return any(">" in line for line in filled[3:] if not line.startswith("◆"))
    return False


def parse(path: Path) -> Iterator[Parsed]:
    """Every highlight, thought and review of a WeRead notes export, in file order."""
    return _ordered(_merged(_items(path)))


@dataclass
class _Book:
    ref: BookRef
    line: int
    bad: list[int]  # header lines that were not valid UTF-8
    body: list[_Line] = field(default_factory=list)


def _items(path: Path) -> Iterator[_Item]:
    source = _Source(_read(path))
    book = _first_book(source, path.name)
    first = True
    while book is not None:
        following = _fill(book, source)
        layout = _layout(book.body)
        yield from (BadRecord(n, _BAD_UTF8) for n in book.bad)
        if layout is None and first:
            raise InvalidInput(
                "{file}: not a WeRead (微信读书) notes export: the notes under 《{title}》 have "
                "no ◆, >> or > lines in any of its three layouts",
                file=path.name,
                title=book.ref.title,
            )
        if layout is None:
            yield BadRecord(
                book.line,
                reported(
                    Message(
                        "《{title}》: its notes are in no known WeRead layout; skipped",
                        title=book.ref.title,
                    )
                ),
            )
        else:
            yield from layout(book.ref, book.body)
        book, first = following, False


def _read(path: Path) -> Iterator[_Line]:
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            raw = raw.rstrip(b"\r\n")
            try:
                yield number, raw.decode("utf-8"), False
            except UnicodeDecodeError:
                yield number, raw.decode("utf-8", "replace"), True


class _Source:
    """The file's lines, with a short look ahead to recognise the next book's header."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self._lines = lines
        self._ahead: deque[_Line] = deque()

    def __iter__(self) -> _Source:
        return self

    def __next__(self) -> _Line:
        return self._ahead.popleft() if self._ahead else next(self._lines)

    def filled_ahead(self, count: int) -> list[_Line]:
        """The next `count` non-blank lines (fewer near the end), left unread."""
        while (
            len(self._ahead) < _LOOKAHEAD and sum(bool(a[1].strip()) for a in self._ahead) < count
        ):
            line = next(self._lines, None)
            if line is None:
                break
            self._ahead.append(line)
        return [a for a in self._ahead if a[1].strip()][:count]

    def skip_filled(self, count: int) -> list[_Line]:
        """Read past the next `count` non-blank lines; return every line read."""
        taken: list[_Line] = []
        while count:
            line = next(self)
            taken.append(line)
            count -= bool(line[1].strip())
        return taken


def _first_book(source: _Source, name: str) -> _Book | None:
    first = next((line for line in source if line[1].strip()), None)
    if first is None:
        raise InvalidInput(
            "{file}: not a WeRead (微信读书) notes export: the file is empty", file=name
        )
    book = _header(first, source, at_start=True)
    if book is None:
        raise InvalidInput(
            "{file}: not a WeRead (微信读书) notes export: it does not start with a book's "
            "header (《书名》, the author, 'N个笔记')",
            file=name,
        )
    return book


def _header(title_line: _Line, source: _Source, at_start: bool) -> _Book | None:
    """The book whose header starts at `title_line`, or None when it starts no header."""
    number, text, _ = title_line
    text = text.strip()
    titled = _TITLE.fullmatch(text)
    if titled is None and not at_start:
        return None
    ahead = [line[1].strip() for line in source.filled_ahead(2)]
    if titled and ahead[:1] and _COUNT.fullmatch(ahead[0]):
        author, size = None, 1
    elif len(ahead) == 2 and _is_author(ahead[0]) and _COUNT.fullmatch(ahead[1]):
        author, size = ahead[0], 2
    elif (
        titled
        and at_start
        and len(ahead) == 2
        and _is_author(ahead[0])
        and ahead[1].startswith("◆")
    ):
        author, size = ahead[0], 1  # layout 1 has no 'N个笔记' line
    else:
        return None
    read = source.skip_filled(size)
    title = titled.group(1).strip() if titled else text
    ref = BookRef(title=title, authors=_authors(author) if author else ())
    return _Book(ref, number, [n for n, _, b in [title_line, *read] if b])


def _is_author(text: str) -> bool:
    return not text.startswith(("◆", ">")) and _COUNT.fullmatch(text) is None


def _fill(book: _Book, source: _Source) -> _Book | None:
    """Read `book`'s notes up to the next book's header; return that next book, if any."""
    for line in source:
        if _TITLE.fullmatch(line[1].strip()):
            following = _header(line, source, at_start=False)
            if following is not None:
                return following
        book.body.append(line)
    return None


# Authors ------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*[,，、;；/／&＆]\s*|\s{2,}|(?<=[著译编撰])\s+")
_NATION = re.compile(r"^[\[［【〔(（][^\]］】〕)）]{1,8}[\]］】〕)）]\s*")
_TRANSLATOR = re.compile(r"\s*(?:译|翻译|编译|译者|等译)$")
_ROLE = re.compile(r"\s*(?:著|原著|编著|主编|编|撰|等著|等)$")


def _authors(line: str) -> tuple[str, ...]:
    """The authors on an author line: split, roles and [国籍] dropped, translators left out."""
    names: list[str] = []
    for part in _SEPARATORS.split(line.strip()):
        name = _NATION.sub("", part.strip())
        if not name or _TRANSLATOR.search(name):
            continue
        name = _ROLE.sub("", name).strip()
        if name and name not in names:
            names.append(name)
    return tuple(names)


# Records ------------------------------------------------------------------------------------


@dataclass
class _Open:
    """A record being read: its kind, start line and the lines it has so far."""

    kind: str  # "highlight", "thought", "note" (on a chapter) or "review"
    line: int
    chapter: str | None
    date: dt.datetime | None = None
    text: list[str] = field(default_factory=list)  # highlighted text (原文 for a thought)
    words: list[str] = field(default_factory=list)  # the user's own: thought, note or review


def _add(lines: list[str], text: str, gap: int) -> None:
    """Add a record's next line, after one empty line if blank lines came before it."""
    lines.extend([""] if lines and gap else [])
    lines.append(text)


def _date(match: re.Match[str]) -> dt.datetime | None:
    try:
        return dt.datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _close(rec: _Open | None, book: BookRef) -> Iterator[_Item]:
    if rec is None:
        return
    text = "\n".join(rec.text).replace("\ufffc", "").strip()
    words = "\n".join(rec.words).strip()
    place = Place(chapter=rec.chapter)
    if rec.kind == "review":
        words = _REVIEW_LABEL.sub("", words, count=1)
        yield Clip(book, ClipKind.NOTE, "", words, Place(), rec.date, line=rec.line), False
    elif text:
        yield Clip(book, ClipKind.HIGHLIGHT, text, words, place, rec.date, line=rec.line), True
    elif rec.kind == "highlight":
        yield BadRecord(rec.line, reported(Message("a highlight with no text")))
    elif words:
        yield Clip(book, ClipKind.NOTE, "", words, place, rec.date, line=rec.line), True
    else:
        yield BadRecord(rec.line, reported(Message("a thought (发表想法) with no text")))


def _lines(body: list[_Line]) -> Iterator[tuple[int, str, int, str]]:
    """The non-blank lines of a body: number, stripped, blank lines before it, as written."""
    gap = 0
    for number, raw, _ in body:
        if raw.strip():
            yield number, raw.strip(), gap, raw.rstrip()
            gap = 0
        else:
            gap += 1


def _bad_lines(body: list[_Line]) -> set[int]:
    return {n for n, _, bad in body if bad}


# Layout 3: 8.3 and later --------------------------------------------------------------------


def _parse_v83(book: BookRef, body: list[_Line]) -> Iterator[_Item]:
    bad = _bad_lines(body)
    chapter: str | None = None
    chaptered = ended = False
    rec: _Open | None = None
    for number, text, gap, raw in _lines(body):
        if number in bad:
            yield BadRecord(number, _BAD_UTF8)
        if ended:
            yield BadRecord(
                number,
                reported(Message("text after the end line '-- 来自微信读书' that starts no book")),
            )
            continue
        quote, thought, review = (
            _QUOTE.fullmatch(text),
            _THOUGHT_NEW.fullmatch(text),
            _REVIEW_NEW.fullmatch(text),
        )
        if _END.fullmatch(text) or thought or review or text.startswith("◆"):
            yield from _close(rec, book)
            rec, ended = None, _END.fullmatch(text) is not None
            if thought:
                rec = _Open("thought", number, chapter, _date(thought))
            elif review:
                rec = _Open("review", number, None, _date(review), words=[review.group(4)])
            elif not ended:
                rec = _Open("highlight", number, chapter, text=[text[1:].strip()])
        elif quote and rec is not None and rec.kind == "thought":
            rec.text.append(quote.group(1))
        elif quote:
            yield from _close(rec, book)
            rec = None
            yield BadRecord(
                number, reported(Message("an '原文：' line that follows no thought (发表想法)"))
            )
        elif rec is not None and _continues_v83(rec, gap):
            _add(rec.text if rec.kind == "highlight" or rec.text else rec.words, raw, gap)
        elif text == "点评" and not chaptered:
            yield from _close(rec, book)
            rec = None
        elif gap >= 2 or not chaptered:
            yield from _close(rec, book)
            rec, chapter, chaptered = None, text, True
        else:
            yield from _close(rec, book)
            rec = None
            yield BadRecord(
                number,
                reported(
                    Message(
                        "a line that is neither a chapter title (two blank lines before it) "
                        "nor part of the note above it"
                    )
                ),
            )
    yield from _close(rec, book)


def _continues_v83(rec: _Open, gap: int) -> bool:
    if rec.kind == "thought" and rec.text:
        return gap == 0  # the lines of 原文 follow one another
    return gap <= 1  # a highlight's, thought's or review's next paragraph


# Layouts 1 and 2: ◆ chapters ----------------------------------------------------------------


def _parse_pre83(book: BookRef, body: list[_Line]) -> Iterator[_Item]:
    bad = _bad_lines(body)
    chapter: str | None = None
    rec: _Open | None = None
    for number, text, gap, raw in _lines(body):
        if number in bad:
            yield BadRecord(number, _BAD_UTF8)
        thought = _THOUGHT_OLD.fullmatch(text)
        if text.startswith("◆") or _END.fullmatch(text) or thought:
            yield from _close(rec, book)
            rec = _Open("thought", number, chapter, _date(thought)) if thought else None
            if text.startswith("◆"):
                name = text[1:].strip()
                rec = _Open("review", number, None) if name == "点评" else None
                chapter = chapter if name == "点评" else name or None
        elif rec is not None and rec.kind == "review":
            _add(rec.words, raw, gap)
        elif text.startswith(">>"):
            quoted = text[2:].strip()
            if rec is not None and rec.kind == "thought" and not rec.text:
                rec.text.append(quoted)
            else:
                yield from _close(rec, book)
                rec = _Open("highlight", number, chapter, text=[quoted])
        elif rec is not None and rec.text and gap == 0:
            rec.text.append(raw)  # a highlight's next line (verse, a new paragraph)
        elif rec is not None and rec.kind == "thought" and not rec.text:
            _add(rec.words, raw, gap)
        else:  # words before the >> line they are on, with no date line
            yield from _close(rec, book)
            rec = _Open("thought", number, chapter, words=[text])
    yield from _close(rec, book)


def _parse_old(book: BookRef, body: list[_Line]) -> Iterator[_Item]:
    bad = _bad_lines(body)
    chapter: str | None = None
    rec: _Open | None = None
    under_chapter = False
    for number, text, gap, raw in _lines(body):
        if number in bad:
            yield BadRecord(number, _BAD_UTF8)
        if text.startswith("◆"):
            yield from _close(rec, book)
            name = text[1:].strip()
            rec = _Open("review", number, None) if name == "点评" else None
            chapter = chapter if name == "点评" else name or None
            under_chapter = name != "点评"
            continue
        if rec is not None and rec.kind == "review":
            _add(rec.words, raw, gap)
        elif ">" in text:
            yield from _close(rec, book)
            words, _, quoted = text.partition(">")
            rec = _Open("highlight", number, chapter, text=[quoted.strip()], words=[words.strip()])
        elif rec is not None and gap == 0:
            _add(rec.text if rec.kind == "highlight" else rec.words, raw, gap)
        elif under_chapter and rec is None:
            rec = _Open("note", number, chapter, words=[text])
        else:
            yield from _close(rec, book)
            rec = None
            yield BadRecord(
                number,
                reported(
                    Message(
                        "a line that is neither a ◆ chapter, a '>' highlight nor a note "
                        "on a chapter"
                    )
                ),
            )
        under_chapter = False
    yield from _close(rec, book)


def _layout(body: list[_Line]) -> _Parser | None:
    """The parser for a book's notes, from the markers its lines carry; None if unknown."""
    lines = [text.strip() for _, text, _ in body if text.strip()]
    if not lines:
        return _parse_v83  # no notes: any layout reads nothing
    if any(line.startswith(">>") for line in lines):
        return _parse_pre83
    v83 = (_THOUGHT_NEW, _REVIEW_NEW, _QUOTE, _END)
    if any(p.fullmatch(line) for p in v83 for line in lines):
        return _parse_v83
    if any(">" in line for line in lines if not line.startswith("◆")):
        return _parse_old
    if any(line.startswith("◆") for line in lines):
        return _parse_v83
    return None


# Merging and order --------------------------------------------------------------------------


def _same_passage(a: Clip, b: Clip) -> bool:
    """A thought's text and the plain highlight WeRead lists next to it: one passage."""
    return (
        a.kind is b.kind is ClipKind.HIGHLIGHT
        and a.book == b.book
        and a.place.chapter == b.place.chapter
        and "".join(a.text.split()) == "".join(b.text.split())
        and (a.comment == "") != (b.comment == "")
    )


def _merged(items: Iterable[_Item]) -> Iterator[_Item]:
    held: tuple[Clip, bool] | None = None
    for item in items:
        if isinstance(item, BadRecord):
            if held is not None:
                yield held
                held = None
            yield item
            continue
        if held is not None and _same_passage(held[0], item[0]):
            kept = held[0] if held[0].comment else item[0]
            item, held = (replace(kept, line=held[0].line), True), None
        if held is not None:
            yield held
        held = item
    if held is not None:
        yield held


def _ordered(items: Iterable[_Item]) -> Iterator[Parsed]:
    order = 0
    for item in items:
        if isinstance(item, BadRecord):
            yield item
            continue
        clip, placed = item
        if placed:
            order += 1
            clip = replace(clip, place=replace(clip.place, position=f"order {order}"))
        yield clip
