"""Where a highlight is, as a person types it: ``p. 42``, ``loc. 145-146``, ``第 42 页``,
``位置 #145``, ``42%``, or several at once (``p. 3, loc. 145-146``, ``第 3 页（位置 #145）``).

Everything core/highlights.place_text writes reads back to the same place; anything else is
refused with one sentence that shows how to write it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import NoReturn

from readinglog.core.errors import InvalidInput, Message
from readinglog.core.types import Place

_DASH = r"\s*[-–—~〜至到]\s*"
_SPAN = rf"(?P<start>\d+)(?:{_DASH}(?P<end>\d+))?"
# (part, pattern) tried in turn at each position; the first that matches is taken
_PARTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (part, re.compile(pattern, re.IGNORECASE))
    for part, pattern in (
        ("page", rf"第\s*{_SPAN}\s*[页頁]"),
        ("page", rf"(?:pages?|pp?)\s*\.?\s*{_SPAN}(?![\w%])"),
        ("page", rf"[页頁]\s*{_SPAN}"),
        ("loc", rf"(?:位置|locations?|loc)\s*\.?\s*#?\s*{_SPAN}(?![\w%])"),
        ("percent", r"(?P<start>\d+(?:\.\d+)?)\s*%"),
    )
)
_SEPARATORS = re.compile(r"[\s,;|()/、.]+")


def parse_span(text: str, what: str | Message) -> tuple[int, int | None]:
    """``42`` or ``42-43`` (a shortened ``242-43`` means 242-243) as (start, end or None)."""
    found = re.fullmatch(rf"\s*{_SPAN}\s*", unicodedata.normalize("NFKC", text))
    if found is None:
        raise InvalidInput(
            "{what}: {text!r} is not a number or a range like 42-43", what=what, text=text
        )
    return _span(found["start"], found["end"], what, text)


def _span(first: str, last: str | None, what: str | Message, source: str) -> tuple[int, int | None]:
    start = int(first)
    if start < 1:
        raise InvalidInput(
            "{what}: {source!r} starts at {start}; places count from 1",
            what=what,
            source=source,
            start=start,
        )
    if last is None:
        return start, None
    end = int(last)
    if end < start and len(last) < len(first):  # 242-43: the end's leading digits are left out
        end = int(first[: len(first) - len(last)] + last)
    if end < start:
        raise InvalidInput("{what}: {source!r} ends before it starts", what=what, source=source)
    return start, (end if end != start else None)


def parse_location(text: str, what: str | Message = "--location") -> Place:
    """The page, Kindle location and percent that ``text`` names (chapter and position unset)."""
    normal = unicodedata.normalize("NFKC", text)
    found: dict[str, tuple[float | int, int | None]] = {}
    i = 0
    while i < len(normal):
        gap = _SEPARATORS.match(normal, i)
        if gap is not None:
            i = gap.end()
            continue
        hit = _part_at(normal, i)
        if hit is None:
            _unreadable(text.strip(), normal[i:].strip() if i > 0 else None, what)
        part, match = hit
        if part in found:
            raise InvalidInput(
                "{what}: {text!r} names the {part} twice",
                what=what,
                text=text.strip(),
                part=_WORDS[part],
            )
        found[part] = _value(part, match, what, text.strip())
        i = match.end()
    if not found:
        raise InvalidInput(
            "{what}: it is empty; write it like "
            "p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42%",
            what=what,
        )
    return _place(found)


def _part_at(text: str, i: int) -> tuple[str, re.Match[str]] | None:
    for part, pattern in _PARTS:
        match = pattern.match(text, i)
        if match is not None:
            return part, match
    return None


def _unreadable(text: str, rest: str | None, what: str | Message) -> NoReturn:
    if rest is None:
        raise InvalidInput(
            "{what}: cannot read {text!r} as a place; write it like "
            "p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% "
            "(a chapter goes in --chapter)",
            what=what,
            text=text,
        )
    raise InvalidInput(
        "{what}: cannot read {text!r} as a place (at {rest!r}); write it like "
        "p. 42, pp. 42-43, loc. 145-146, 第 42 页, 位置 145 or 42% (a chapter goes in --chapter)",
        what=what,
        text=text,
        rest=rest,
    )


_WORDS = {"page": Message("page"), "loc": Message("location"), "percent": Message("percent")}


def _value(
    part: str, match: re.Match[str], what: str | Message, source: str
) -> tuple[float | int, int | None]:
    if part == "percent":
        percent = float(match["start"])
        if percent > 100:
            raise InvalidInput("{what}: {source!r} is over 100%", what=what, source=source)
        return percent, None
    return _span(match["start"], match["end"], what, source)


def _place(found: dict[str, tuple[float | int, int | None]]) -> Place:
    place = Place()
    if "page" in found:
        start, end = found["page"]
        place = replace(place, page=int(start), page_end=end)
    if "loc" in found:
        start, end = found["loc"]
        place = replace(place, loc_start=int(start), loc_end=end)
    if "percent" in found:
        place = replace(place, percent=float(found["percent"][0]))
    return place
