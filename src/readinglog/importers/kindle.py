"""Kindle's ``My Clippings.txt``: every highlight, note and bookmark the device recorded.

The file is a stream of records, each closed by a line of ``==========``::

    Title (Author1;Author2)
    - Your Highlight on page 3 | Location 145-145 | Added on Monday, July 31, 2017 11:11:20 PM

    the text, on one or more lines
    ==========

The metadata line is worded by the firmware's language and generation; this module reads
US and UK English (``Your Highlight on page 3 | Location 145-145``, ``at location 5-6``), the
old Kindle 3 layout (``Highlight Loc. 242-43``, two-digit years, ``GMT+01:00``), current
Chinese (``您在第 15 页（位置 #225-226）的标注 | 添加于 2023年3月19日星期日 下午4:26:36``) and
old Chinese (``我的标注 位置 #1-2 | 添加于2013年12月24日星期二 下午09:55:16``). A metadata line
in any other wording is reported as a ``BadRecord`` quoting it; nothing is guessed.

Decisions, so that the writer and the user can rely on them:

- Clips come out in file order; notes are not attached to highlights and re-highlights are
  not de-duplicated here (the writer does both). ``Clip.key`` is None: Kindle has no ids.
- Places: ``page``/``page_end`` and ``loc_start``/``loc_end``, a single page or location giving
  start == end. Old firmware shortens ranges (``242-43`` is 242-243); they are expanded.
  A roman-numeral page (``page xii``) is left out (``Place.page`` is a number).
- ``Clip This Article`` (剪贴文章), Kindle's clipping of a whole periodical article, is a
  highlight of that article: ``ClipKind.HIGHLIGHT`` with ``BookRef.kind == ItemKind.ARTICLE``.
- A note's words are its ``comment`` (``text`` is empty); a bookmark's body, normally empty,
  is its comment too. An empty highlight or note, and the ``<You have reached the clipping
  limit for this item>`` notice Kindle writes instead of the text, are ``BadRecord``.
- Title and authors: the author group is the last balanced ASCII parenthesised group of the
  title line (full-width （） are part of names and titles). A download site's marker, as in
  ``Title (Author) (Z-Library)``, is dropped together with the site's own author group before
  it; an ISBN or ASIN in parentheses at the end of the title goes to ``isbn``/``asin``. Authors
  split on ``;`` ``；`` ``、`` ``，`` and `` and ``; an ASCII comma splits too unless the name
  reads ``Last, First`` (one side a single word). ``Unknown`` means no author.
- Dates are naive wall-clock times unless the line names a zone: ``Greenwich Mean Time``/``GMT``
  is UTC, ``GMT+01:00`` that offset; another zone name keeps the wall clock, naive.
  上午12:xx is 00:xx, 下午12:xx is 12:xx. A date that cannot be read gives ``made_at=None``.
- Surrounding whitespace of a body is dropped (old firmware adds a trailing space); inner
  newlines stay. An empty file has no clippings; a file whose first record has no
  ``- ... | ...`` metadata line is not a clippings file (``InvalidInput``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from readinglog.core.errors import InvalidInput, Message
from readinglog.core.types import ItemKind
from readinglog.importers.clips import BadRecord, BookRef, Clip, ClipKind, Parsed, Place
from readinglog.importers.reasons import reported

SEPARATOR = "=========="
BOM = "\ufeff"

_R = r"[0-9ivxlcdm]+(?:\s*-\s*[0-9ivxlcdm]+)?"
_EN_HEAD = re.compile(r"-\s*(?:Your\s+)?(Highlight|Note|Bookmark|Clip This Article)\b(.*)", re.I)
_ZH_NEW_HEAD = re.compile(r"-\s*您在(.*?)的(标注|笔记|书签)\s*")
_ZH_OLD_HEAD = re.compile(r"-\s*(?:我的(标注|笔记|书签)|(剪贴文章))(.*)")
_DATE_PART = re.compile(r"(?:Added on|添加于|已添加至)\s*(.*)", re.I)
_PLACE_TOKEN = re.compile(
    rf"(?P<page>(?:page\s*(?P<p1>{_R})|第\s*(?P<p2>{_R})\s*页))"
    rf"|(?:location|loc\.|位置)\s*#?\s*(?P<loc>{_R})"
    r"|(?P<skip>(?:on|at)\b|在|[（()）])",
    re.I,
)
_KINDS = {
    "highlight": ClipKind.HIGHLIGHT,
    "标注": ClipKind.HIGHLIGHT,
    "note": ClipKind.NOTE,
    "笔记": ClipKind.NOTE,
    "bookmark": ClipKind.BOOKMARK,
    "书签": ClipKind.BOOKMARK,
    "clip this article": ClipKind.HIGHLIGHT,
    "剪贴文章": ClipKind.HIGHLIGHT,
}
_ARTICLE = {"clip this article", "剪贴文章"}
_META_SHAPE = re.compile(r"-\s.*\|")
_CLIP_LIMIT = re.compile(r"[<＜][^<>＜＞]*(?:clipping limit|上限)[^<>＜＞]*[>＞]", re.I)
_SITE_MARK = re.compile(
    r"z-?lib(?:rary)?(?:\.[a-z]+)?|libgen(?:\.[a-z]+)?|anna'?s[ -]archive", re.I
)
_ASIN = re.compile(r"B0[0-9A-Z]{8}")


@dataclass
class _Record:
    line: int  # where the record starts (1-based)
    lines: list[str]
    bad_utf8: int | None = None  # the first line that was not valid UTF-8
    closed: bool = True  # ended by a separator line (False: the file ended inside it)


def sniff(head: str) -> bool:
    """True when ``head`` (the file's first ~4 KB, decoded) reads like ``My Clippings.txt``."""
    lines = [line.lstrip(BOM).rstrip() for line in head.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    if len(lines) < 2 or not _META_SHAPE.match(lines[1]):
        return False
    return SEPARATOR in lines or _meta(lines[1]) is not None


def parse(path: Path) -> Iterator[Parsed]:
    """The clippings of ``path`` in file order, streamed one record at a time."""
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InvalidInput(
            "{path}: cannot be read ({reason})", path=path, reason=error.strerror
        ) from None
    with stream:
        for record in _records(stream, path.name):
            yield from _read(record)


def _check_first(name: str, record: _Record) -> bool:
    """True when the file's first record has a metadata line; else the file is not ours."""
    meta = record.lines[1] if len(record.lines) > 1 else ""
    if not _META_SHAPE.match(meta) and not _META_SHAPE.match(record.lines[0]):
        raise InvalidInput(
            "{file} is not a Kindle My Clippings.txt file: line {line} should "
            'be a clipping\'s "- Your Highlight ... | Added on ..." line but reads {text!r}',
            file=name,
            line=record.line + 1,
            text=meta[:80],
        )
    return True


def _records(stream: Iterable[bytes], name: str) -> Iterator[_Record]:
    """Records between separator lines, leading blank lines dropped, BOMs and CRs removed.

    The first record is checked as soon as it has two lines, so that another format's file is
    refused before it is read further.
    """
    record: _Record | None = None
    checked = False
    for number, raw in enumerate(stream, start=1):
        try:
            text = raw.decode("utf-8")
            bad = False
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            bad = True
        line = text.rstrip("\r\n").lstrip(BOM)
        if line.rstrip() == SEPARATOR:
            if record is not None:
                checked = checked or _check_first(name, record)
                yield record
            record = None
            continue
        if record is None:
            if not line.strip():
                continue
            record = _Record(number, [])
        record.lines.append(line)
        if bad and record.bad_utf8 is None:
            record.bad_utf8 = number
        if not checked and len(record.lines) == 2:
            checked = _check_first(name, record)
    if record is not None:
        record.closed = False
        checked = checked or _check_first(name, record)
        yield record


def _read(record: _Record) -> Iterator[Parsed]:
    if record.bad_utf8 is not None:
        yield BadRecord(
            record.bad_utf8,
            reported(Message("the line is not valid UTF-8; unreadable bytes are shown as �")),
        )
    lines, meta_at = record.lines, record.line + 1
    if _META_SHAPE.match(lines[0]):  # no title line
        lines, meta_at = ["", *lines], record.line
    if len(lines) < 2:
        yield BadRecord(
            record.line, reported(_cut_or(Message("the clipping has no metadata line"), record))
        )
        return
    title_line, meta_line = lines[0].strip(), lines[1].strip()
    meta = _meta(meta_line)
    if meta is None:
        yield BadRecord(
            meta_at,
            reported(
                Message(
                    "the metadata line is in a layout this importer does not know: {line!r}",
                    line=meta_line[:120],
                )
            ),
        )
        return
    word, place, made_at = meta
    body = "\n".join(lines[2:]).strip()
    if not title_line:
        yield BadRecord(record.line, reported(Message("the clipping has no book title")))
        return
    kind = _KINDS[word]
    if kind is not ClipKind.BOOKMARK and not body:
        empty = (
            Message("empty highlight: the clipping has no text")
            if kind is ClipKind.HIGHLIGHT
            else Message("empty note: the clipping has no text")
        )
        yield BadRecord(record.line, reported(_cut_or(empty, record)))
        return
    if kind is ClipKind.HIGHLIGHT and _CLIP_LIMIT.fullmatch(body):
        yield BadRecord(
            record.line,
            reported(
                Message(
                    "Kindle wrote its clipping-limit notice instead of the highlighted text "
                    "({text!r}): the publisher caps how much of this book can be clipped",
                    text=body,
                )
            ),
        )
        return
    article = word in _ARTICLE
    yield Clip(
        book=book_ref(title_line, ItemKind.ARTICLE if article else ItemKind.BOOK),
        kind=kind,
        text=body if kind is ClipKind.HIGHLIGHT else "",
        comment="" if kind is ClipKind.HIGHLIGHT else body,
        place=place,
        made_at=made_at,
        line=record.line,
    )


def _cut_or(reason: Message, record: _Record) -> Message:
    if record.closed:
        return reason
    return Message("the file ends inside this clipping (no closing ========== line)")


def _meta(line: str) -> tuple[str, Place, dt.datetime | None] | None:
    """(kind word, place, made_at) from a metadata line, or None for an unknown layout."""
    parts = [part.strip() for part in line.split("|")]
    date = _DATE_PART.fullmatch(parts[-1]) if len(parts) > 1 else None
    if date is not None:
        parts.pop()
    head = parts[0]
    if m := _EN_HEAD.fullmatch(head):
        word, places = m[1].lower(), [m[2], *parts[1:]]
    elif m := _ZH_OLD_HEAD.fullmatch(head):
        word, places = m[1] or m[2], [m[3], *parts[1:]]
    elif m := _ZH_NEW_HEAD.fullmatch(head):
        word, places = m[2], [m[1], *parts[1:]]
    else:
        return None
    place = _place(places)
    if place is None:
        return None
    return word, place, read_date(date[1]) if date is not None else None


def _place(texts: list[str]) -> Place | None:
    pages: tuple[int | None, int | None] = (None, None)
    locs: tuple[int | None, int | None] = (None, None)
    for text in texts:
        at = 0
        text = text.strip()
        while at < len(text):
            if text[at].isspace():
                at += 1
                continue
            m = _PLACE_TOKEN.match(text, at)
            if m is None:
                return None
            at = m.end()
            if m["page"]:
                pages = _span(m["p1"] or m["p2"])
            elif m["loc"]:
                locs = _span(m["loc"])
    return Place(page=pages[0], page_end=pages[1], loc_start=locs[0], loc_end=locs[1])


def _span(text: str) -> tuple[int | None, int | None]:
    """``"242-43"`` -> (242, 243); ``"5"`` -> (5, 5); roman numerals -> (None, None)."""
    first, _, last = (part.strip() for part in text.partition("-"))
    if not first.isdigit() or (last and not last.isdigit()):
        return None, None
    if not last:
        return int(first), int(first)
    if len(last) < len(first) and int(last) < int(first):
        last = first[: len(first) - len(last)] + last
    return int(first), int(last)


@lru_cache(maxsize=1024)  # a file repeats each title line for every clipping of the book
def book_ref(title_line: str, kind: ItemKind = ItemKind.BOOK) -> BookRef:
    """The book a title line names: ``Title (A;B)``; see the module docstring for the rules."""
    title, author = _last_group(title_line.strip())
    if author is not None and _SITE_MARK.fullmatch(author.strip()):
        title, author = _last_group(title)  # "Title (Author) (Z-Library)"
    else:
        title = _drop_site_mark(title)
    isbn = asin = None
    rest, code = _last_group(title)
    if code is not None and rest:
        if (digits := _isbn(code)) is not None:
            title, isbn = rest, digits
        elif _ASIN.fullmatch(code.strip()):
            title, asin = rest, code.strip()
    return BookRef(
        title=title, authors=split_authors(author or ""), isbn=isbn, asin=asin, kind=kind
    )


def _drop_site_mark(title: str) -> str:
    """``"T (Author) (Z-Library)"`` -> ``"T"``: the site's marker and its own author group go."""
    rest, mark = _last_group(title)
    if mark is None or not _SITE_MARK.fullmatch(mark.strip()):
        return title
    before, site_author = _last_group(rest)
    return before if site_author is not None else rest


def _last_group(text: str) -> tuple[str, str | None]:
    """``"T (a (b))"`` -> ("T", "a (b)"); text without a trailing balanced group -> (text, None)."""
    text = text.rstrip()
    if not text.endswith(")"):
        return text, None
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        if text[at] == ")":
            depth += 1
        elif text[at] == "(":
            depth -= 1
            if depth == 0:
                title = text[:at].rstrip()
                return (title, text[at + 1 : -1]) if title else (text, None)
    return text, None


def _isbn(text: str) -> str | None:
    digits = re.sub(r"[\s-]", "", text).upper()
    if re.fullmatch(r"\d{13}", digits):
        ok = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits)) % 10 == 0
    elif re.fullmatch(r"\d{9}[\dX]", digits):
        values = [10 if c == "X" else int(c) for c in digits]
        ok = sum(v * (10 - i) for i, v in enumerate(values)) % 11 == 0
    else:
        ok = False
    return digits if ok else None


def split_authors(text: str) -> tuple[str, ...]:
    """``"A;B"`` -> (A, B); ``"Little, Brian R."`` stays one author (Last, First)."""
    names: list[str] = []
    for part in re.split(r"[;；、，]|\s+(?:and|&)\s+", text):
        pieces = [p.strip() for p in part.split(",")]
        last_first = len(pieces) == 2 and any(" " not in p for p in pieces if p)
        names.extend([part.strip()] if last_first else pieces)
    return tuple(n for n in names if n and n not in {"Unknown", "未知"})


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
_EN_DATE = re.compile(
    r"(?:[A-Za-z]+,\s*)?"  # weekday
    r"(?:(?P<mon1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<mon2>[A-Za-z]+)\.?)"
    rf",?\s+(?P<y>\d{{4}}|\d{{2}}),?\s+{_TIME}\s*(?P<ampm>[AP]\.?M\.?)?\s*(?P<zone>.*)",
    re.I,
)
_ZH_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:星期[一二三四五六日天])?"
    rf"\s*(?P<ampm>上午|下午)?\s*{_TIME}"
)
_OFFSET = re.compile(r"(?:GMT|UTC)\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.I)
_UTC_NAMES = {"gmt", "utc", "greenwich mean time", "coordinated universal time"}


def read_date(text: str) -> dt.datetime | None:
    """``Monday, July 31, 2017 11:11:20 PM``, ``2023年3月19日星期日 下午4:26:36``, ... or None."""
    text = text.strip()
    if m := _ZH_DATE.fullmatch(text):
        month, day, zone = int(m["m"]), int(m["d"]), ""
        ampm = {"上午": "am", "下午": "pm"}.get(m["ampm"] or "")
    elif m := _EN_DATE.fullmatch(text):
        month = _MONTHS.get((m["mon1"] or m["mon2"]).lower(), 0)
        day, zone = int(m["d1"] or m["d2"]), m["zone"].strip()
        ampm = (m["ampm"] or "").replace(".", "").lower() or None
    else:
        return None
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    try:
        hour = _hour(int(m["H"]), ampm)
        return dt.datetime(
            year, month, day, hour, int(m["M"]), int(m["S"] or 0), tzinfo=_zone(zone)
        )
    except ValueError:
        return None


def _hour(hour: int, ampm: str | None) -> int:
    """12-hour clock to 24: 12 AM (上午12) is 0, 12 PM (下午12) is 12."""
    if ampm is None:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"{hour} is not an hour of a 12-hour clock")
    return hour % 12 + (12 if ampm == "pm" else 0)


def _zone(text: str) -> dt.tzinfo | None:
    """UTC or an offset; None for no zone, or a zone name (kept as wall clock, naive)."""
    if not text:
        return None
    if text.lower() in _UTC_NAMES:
        return dt.UTC
    if m := _OFFSET.fullmatch(text):
        minutes = int(m["h"]) * 60 + int(m["m"] or 0)
        return dt.timezone(dt.timedelta(minutes=-minutes if m["sign"] == "-" else minutes))
    if re.fullmatch(r"[A-Za-z][A-Za-z .]*", text):
        return None
    raise ValueError(f"{text!r} is not a time zone")
