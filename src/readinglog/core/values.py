"""Parsers for what users type: dates, ratings, durations, ISBNs. Each error names the field."""

from __future__ import annotations

import datetime as dt
import re

from readinglog.core.errors import InvalidInput, Message

_DURATION_PART_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)", re.I
)
# What a value is called in its message when the caller names no field.
DATE, RATING, DURATION, ISBN = (
    Message("date"),
    Message("rating"),
    Message("duration"),
    Message("isbn"),
)


def parse_date(text: str, what: str | Message = DATE) -> dt.date:
    """YYYY-MM-DD (also with / or . separators), or ``today`` / ``yesterday``."""
    cleaned = text.strip().lower()
    if cleaned == "today":
        return dt.date.today()
    if cleaned == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", cleaned)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise InvalidInput(
        "{what}: {text!r} is not a valid date (use YYYY-MM-DD)", what=what, text=text
    )


def parse_rating(text: str | float, what: str | Message = RATING) -> float:
    """0 to 5 in quarter steps (4, 4.25, 4.5, 4.75)."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InvalidInput(
            "{what}: {text!r} is not a number from 0 to 5", what=what, text=text
        ) from None
    if not 0 <= value <= 5 or (value * 4) != int(value * 4):
        raise InvalidInput(
            "{what}: {text!r} must be from 0 to 5 in quarter steps (e.g. 4.25)",
            what=what,
            text=text,
        )
    return value


def parse_int(text: str | int, what: str | Message, *, minimum: int = 0) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise InvalidInput("{what}: {text!r} is not a whole number", what=what, text=text) from None
    if value < minimum:
        raise InvalidInput(
            "{what}: {text!r} must be at least {minimum}", what=what, text=text, minimum=minimum
        )
    return value


def parse_number(text: str | float, what: str | Message, *, minimum: float = 0) -> float:
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise InvalidInput("{what}: {text!r} is not a number", what=what, text=text) from None
    if value != value or value < minimum or value == float("inf"):
        raise InvalidInput(
            "{what}: {text!r} must be a number of at least {minimum:g}",
            what=what,
            text=text,
            minimum=minimum,
        )
    return value


def parse_duration_s(text: str | int, what: str | Message = DURATION) -> int:
    """Seconds from ``1:02:03``, ``45:10``, ``1h30m``, ``90m``, ``2.5h`` or plain minutes ``90``."""
    cleaned = str(text).strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", cleaned):
        return round(float(cleaned) * 60)
    if re.fullmatch(r"\d+(:\d{1,2}){1,2}", cleaned):
        seconds = 0
        for part in cleaned.split(":"):
            seconds = seconds * 60 + int(part)
        return seconds
    parts = _DURATION_PART_RE.findall(cleaned)
    if parts and _DURATION_PART_RE.sub("", cleaned).strip() == "":
        unit_seconds = {"h": 3600, "m": 60, "s": 1}
        return round(sum(float(n) * unit_seconds[u[0]] for n, u in parts))
    raise InvalidInput(
        "{what}: {text!r} is not a duration (use 1:02:03, 1h30m or minutes)", what=what, text=text
    )


def format_duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def normalize_isbn(text: str, what: str | Message = ISBN) -> str:
    """An ISBN-10 or ISBN-13 without hyphens or spaces, with its check digit verified."""
    digits = re.sub(r"[\s-]", "", text).upper()
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11 == 0:
            return digits
    elif len(digits) == 13 and digits.isdigit():
        total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
        if total % 10 == 0:
            return digits
    raise InvalidInput("{what}: {text!r} is not a valid ISBN-10 or ISBN-13", what=what, text=text)


def isbn10_to_13(isbn10: str) -> str:
    core = "978" + isbn10[:9]
    check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)


def clean_text(text: str, what: str | Message, *, max_len: int = 2000) -> str:
    """A one-line field: surrounding white space removed, never empty, never huge."""
    value = text.strip()
    if not value:
        raise InvalidInput("{what}: must not be empty", what=what)
    if len(value) > max_len:
        raise InvalidInput(
            "{what}: {length} characters is longer than the {limit} allowed",
            what=what,
            length=len(value),
            limit=max_len,
        )
    if "\x00" in value:
        raise InvalidInput("{what}: contains a NUL character", what=what)
    return value


def decode_utf8(data: bytes, source: str | Message) -> str:
    """Text from bytes that must be UTF-8 (a BOM is dropped); the error names where it broke."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InvalidInput(
            "{source}: not valid UTF-8 at line {line} (byte {byte}); "
            "save it as UTF-8 and try again",
            source=source,
            line=line,
            byte=error.start,
        ) from None
