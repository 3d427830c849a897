"""The filter language: ``kind:book status:finished tag:x year:2020 rating>=4 "free text"``.

A small hand-written scanner turns what the user typed (one string, or argv words the shell
has already split) into a frozen ``Filter``. The repository turns it into SQL; full-text
search reads the same value. Values are parsed here, so a bad one fails before any query runs:
dates become inclusive ``DateRange``s (comparisons too: ``finished>=2020-03`` is
``DateRange(2020-03-01, None)``), kinds, statuses and languages become enums.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from readinglog.core import values
from readinglog.core.errors import InvalidInput, Message
from readinglog.core.types import ItemKind, Lang, Status

QUOTES = frozenset('"“”')
COMPARISONS = (">=", "<=", ">", "<", "=")  # longest first
ALIASES = {"person": "author", "by": "author"}
KIND_WORDS = {**{k.value: k for k in ItemKind}, "show": ItemKind.PODCAST, "talk": ItemKind.VIDEO}
STATUS_WORDS = {
    **{s.value: s for s in Status},
    "reading": Status.IN_PROGRESS,
    "listening": Status.IN_PROGRESS,
    "watching": Status.IN_PROGRESS,
    "current": Status.IN_PROGRESS,
    "in_progress": Status.IN_PROGRESS,
    "to-read": Status.WANT,
    "dnf": Status.ABANDONED,
}
LANG_WORDS = {lang.value: lang for lang in (Lang.ZH, Lang.EN, Lang.MIXED)}
HAS_WORDS = ("notes", "parent")
IS_WORDS = ("standalone", "highlight")  # a note linked to no entry; a highlight


@dataclass(frozen=True)
class DateRange:
    """Inclusive dates; either end may be open (None)."""

    start: dt.date | None
    end: dt.date | None

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, dt.date):
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Condition:
    """One ``field op value``. ``value`` is typed by field: ItemKind, Status, Lang, DateRange
    (year, finished, started, added, updated), float (rating), int (item) or str. Field
    ``text`` is a free word as a condition: ``-word`` and ``-"a phrase"`` exclude it."""

    field: str
    op: str  # ":" "=" ">" ">=" "<" "<="; dates are always ":" (the op is folded into the range)
    value: object
    negated: bool = False


@dataclass(frozen=True)
class Filter:
    conditions: tuple[Condition, ...] = ()
    words: tuple[str, ...] = ()  # free words and quoted phrases, in order

    def __bool__(self) -> bool:
        return bool(self.conditions or self.words)


@dataclass(frozen=True)
class _Token:
    text: str  # quotes removed
    head: int  # characters of ``text`` before the first quote: where an operator may stand
    source: str  # as typed, for messages


def parse_filter(text: str | Sequence[str]) -> Filter:
    """A Filter from a typed string, or from argv words (one token each, quotes already gone)."""
    if isinstance(text, str):
        tokens = _scan(text)
    else:
        tokens = [_read(word, 0, split=False)[0] for word in text]
    conditions: list[Condition] = []
    words: list[str] = []
    for token in tokens:
        part = _classify(token)
        if isinstance(part, Condition):
            conditions.append(part)
        elif part:
            words.append(part)
    return Filter(tuple(conditions), tuple(words))


def _scan(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        token, i = _read(text, i, split=True)
        tokens.append(token)
    return tokens


def _read(text: str, i: int, *, split: bool) -> tuple[_Token, int]:
    """One token from ``text[i:]``: up to white space outside quotes (or the end)."""
    start, head, quoted = i, -1, False
    chars: list[str] = []
    while i < len(text) and (quoted or not split or not text[i].isspace()):
        if text[i] in QUOTES:
            head = len(chars) if head < 0 else head
            quoted = not quoted
        else:
            chars.append(text[i])
        i += 1
    return _Token("".join(chars), len(chars) if head < 0 else head, text[start:i]), i


def _classify(token: _Token) -> Condition | str:
    text, head, negated = token.text, token.head, False
    if len(text) > 1 and text.startswith("-") and head > 0:
        text, head, negated = text[1:], head - 1, True
    found = _split(text, head)
    if found is None:
        return Condition("text", ":", text, True) if negated and text else text
    name, op, raw = found
    field = ALIASES.get(name.lower(), name.lower())
    if field not in PARSERS:
        allowed = ", ".join(sorted(PARSERS))
        raise InvalidInput(
            "{token!r}: {name!r} is not a filter field (use one of {fields}, "
            "or put the text in quotes to search for it)",
            token=token.source,
            name=name,
            fields=allowed,
        )
    if not raw.strip():
        raise InvalidInput(
            "{token!r}: {name} needs a value after {op!r}", token=token.source, name=name, op=op
        )
    parse, comparable = PARSERS[field]
    if op != ":" and not comparable:
        raise InvalidInput(
            "{token!r}: {field} takes ':' (only rating and dates compare)",
            token=token.source,
            field=field,
        )
    try:
        value = parse(raw.strip(), op)
    except InvalidInput as exc:
        raise InvalidInput("{token!r}: {reason}", token=token.source, reason=exc) from None
    return Condition(field, ":" if isinstance(value, DateRange) else op, value, negated)


def _split(text: str, head: int) -> tuple[str, str, str] | None:
    """(field name, operator, value) when ``text`` starts with ASCII letters and an operator
    outside quotes (``tag:x``, ``rating>=4``, ``rating:>=4``, ``tag：x``); None for plain text."""
    pos = next((i for i, ch in enumerate(text[:head]) if ch in ":：=<>"), None)
    name = text[:pos] if pos is not None else ""
    if pos is None or not (name.isascii() and name.isalpha()):
        return None
    rest = ":" + text[pos + 1 :] if text[pos] in ":：" else text[pos:]
    if rest.startswith(":") and rest[1:2] in ("<", ">", "="):
        rest = rest[1:]  # GitHub style: rating:>=4
    op = next(op for op in (*COMPARISONS, ":") if rest.startswith(op))
    return name, op, rest[len(op) :]


def _choice(table: dict[str, object], what: Message) -> Callable[[str, str], object]:
    def parse(raw: str, _op: str) -> object:
        key = raw.lower().replace("_", "-").replace(" ", "-")
        if key not in table:
            raise InvalidInput(
                "{raw!r} is not {what}; use one of {choices}",
                raw=raw,
                what=what,
                choices=", ".join(table),
            )
        return table[key]

    return parse


def _text(raw: str, _op: str) -> object:
    return raw


def _rating(raw: str, _op: str) -> object:
    try:
        value = float(unicodedata.normalize("NFKC", raw))
    except ValueError:
        value = -1.0
    if not 0 <= value <= 5:
        raise InvalidInput("{raw!r} is not a rating; use a number from 0 to 5", raw=raw)
    return value


def _item_id(raw: str, _op: str) -> object:
    digits = unicodedata.normalize("NFKC", raw)
    if not (digits.isascii() and digits.isdigit()) or int(digits) < 1:
        raise InvalidInput("{raw!r} is not an entry id; use a whole number such as 12", raw=raw)
    return int(digits)


def _isbn(raw: str, _op: str) -> object:
    try:
        isbn = values.normalize_isbn(unicodedata.normalize("NFKC", raw))
    except InvalidInput:
        raise InvalidInput("{raw!r} is not a valid ISBN-10 or ISBN-13", raw=raw) from None
    return values.isbn10_to_13(isbn) if len(isbn) == 10 else isbn


def _period(text: str, years_only: bool) -> DateRange:
    """The days a YYYY, YYYY-MM or YYYY-MM-DD stands for."""
    parts = text.split("-")
    ok = (
        len(parts) <= (1 if years_only else 3)
        and all(p.isascii() and p.isdigit() for p in parts)
        and len(parts[0]) == 4
        and all(1 <= len(p) <= 2 for p in parts[1:])
    )
    try:
        if not ok:
            raise ValueError(text)
        nums = [int(p) for p in parts]
        if len(nums) == 3:
            day = dt.date(nums[0], nums[1], nums[2])
            return DateRange(day, day)
        if len(nums) == 2:
            last = calendar.monthrange(nums[0], nums[1])[1]  # ValueError for month 13
            return DateRange(dt.date(nums[0], nums[1], 1), dt.date(nums[0], nums[1], last))
        return DateRange(dt.date(nums[0], 1, 1), dt.date(nums[0], 12, 31))
    except ValueError:
        if years_only:
            raise InvalidInput(
                "{text!r} is not a year; use YYYY or a range like 2019..2021", text=text
            ) from None
        raise InvalidInput(
            "{text!r} is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06",
            text=text,
        ) from None


def _dates(years_only: bool) -> Callable[[str, str], object]:
    def parse(raw: str, op: str) -> object:
        text = unicodedata.normalize("NFKC", raw)
        if ".." in text:
            if op not in (":", "="):
                raise InvalidInput("a range takes ':', not {op!r}", op=op)
            first, _, last = text.partition("..")
            if not first and not last:
                raise InvalidInput(
                    "{raw!r} is an empty range; "
                    "use YYYY, YYYY-MM, YYYY-MM-DD or a range like 2019..2020-06",
                    raw=raw,
                )
            start = _period(first, years_only).start if first else None
            end = _period(last, years_only).end if last else None
            if start and end and start > end:
                raise InvalidInput("{raw!r} ends before it starts", raw=raw)
            return DateRange(start, end)
        period = _period(text, years_only)
        assert period.start is not None and period.end is not None
        day = dt.timedelta(days=1)
        return {
            ">": DateRange(period.end + day, None),
            ">=": DateRange(period.start, None),
            "<": DateRange(None, period.start - day),
            "<=": DateRange(None, period.end),
        }.get(op, period)

    return parse


# field -> (parser taking the raw value and the operator, whether it allows > >= < <= =)
PARSERS: dict[str, tuple[Callable[[str, str], object], bool]] = {
    "kind": (_choice(dict(KIND_WORDS), Message("a kind")), False),
    "status": (_choice(dict(STATUS_WORDS), Message("a status")), False),
    "tag": (_text, False),
    "author": (_text, False),
    "lang": (_choice(dict(LANG_WORDS), Message("a note language")), False),
    "rating": (_rating, True),
    "year": (_dates(years_only=True), True),
    "finished": (_dates(years_only=False), True),
    "started": (_dates(years_only=False), True),
    "added": (_dates(years_only=False), True),
    "updated": (_dates(years_only=False), True),
    "title": (_text, False),
    "text": (_text, False),
    "isbn": (_isbn, False),
    "has": (_choice({w: w for w in HAS_WORDS}, Message("a has: value")), False),
    "is": (_choice({w: w for w in IS_WORDS}, Message("an is: value")), False),
    "item": (_item_id, False),
}
