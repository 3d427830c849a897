"""Front matter writers: a small YAML emitter with safe quoting, and TOML through tomli-w.

The YAML is written by hand so the output is stable and readable (block lists, keys in the
order the profile gives), and so every string reads back as the same string in any YAML 1.1 or
1.2 parser (PyYAML, goldmark's go-yaml, js-yaml, Ruby's Psych): a string is written plain only
when it cannot be mistaken for anything else, and double-quoted with escapes otherwise.
``None`` values, empty lists and empty mappings are left out, never written as ``null``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence

import tomli_w

# A value front matter can hold; mappings nest (Hugo ``params``).
Scalar = str | int | float | bool | dt.datetime | dt.date
Value = Scalar | Sequence[Scalar] | Mapping[str, "Value"] | None
FrontMatter = Mapping[str, Value]

# Words some YAML parser reads as a bool or null (YAML 1.1 is the widest: yes/no/on/off/y/n).
_SPECIAL_WORDS = frozenset(["y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"])
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# YAML's printable set, minus the characters some parsers treat as line breaks or a BOM.
_NEEDS_ESCAPE = re.compile(
    "[^\x09\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]"
)
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\xa0": "\\_",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _is_plain_safe(text: str) -> bool:
    """True when ``text`` can be written without quotes and read back as the same string.

    Only letters and digits of any script, non-ASCII punctuation, single inner spaces, ``-``,
    ``_`` and ``.`` qualify, starting with a letter (so nothing looks like a number, date, bool
    or null in any YAML).
    """
    if not text or not text[0].isalpha() or text.casefold() in _SPECIAL_WORDS:
        return False
    if text != text.strip() or "  " in text:
        return False
    return all(_plain_char(ch) for ch in text) and not _NEEDS_ESCAPE.search(text)


def _plain_char(ch: str) -> bool:
    """Letters, digits, `` -_.`` and non-ASCII punctuation (《》“”：，。 are never indicators)."""
    if ch.isalnum() or ch in " -_.":
        return True
    return not ch.isascii() and unicodedata.category(ch).startswith("P")


def yaml_string(text: str) -> str:
    """A YAML scalar for ``text``: plain when safe, else double-quoted with escapes."""
    if _is_plain_safe(text):
        return text
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif _NEEDS_ESCAPE.match(ch):
            code = ord(ch)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def yaml_scalar(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        # YAML 1.1 (PyYAML) needs a dot in the mantissa and a signed exponent: 1.0e+16.
        mantissa, _, exponent = repr(value).partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent and exponent[0] not in "+-":
            exponent = "+" + exponent
        return f"{mantissa}e{exponent}" if exponent else mantissa
    if isinstance(value, dt.datetime):
        return rfc3339(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return yaml_string(value)


def rfc3339(moment: dt.datetime) -> str:
    """``2024-05-01T18:30:00+08:00``: seconds precision, always with an offset."""
    if moment.tzinfo is None:
        raise ValueError("front matter dates must be timezone-aware")
    return moment.replace(microsecond=0).isoformat()


def _is_empty(value: Value) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, bytes)):
        return False
    return isinstance(value, (Sequence, Mapping)) and len(value) == 0


def _key(name: str) -> str:
    return (
        name
        if _PLAIN_KEY.match(name) and name.casefold() not in _SPECIAL_WORDS
        else (yaml_string(name))
    )


def _yaml_lines(data: FrontMatter, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for name, value in data.items():
        if _is_empty(value):
            continue
        if isinstance(value, Mapping):
            nested = _yaml_lines(value, indent + 2)
            if nested:
                lines.append(f"{pad}{_key(name)}:")
                lines.extend(nested)
        elif isinstance(value, Sequence) and not isinstance(value, str):
            lines.append(f"{pad}{_key(name)}:")
            lines.extend(f"{pad}  - {yaml_scalar(item)}" for item in value if item is not None)
        else:
            assert value is not None
            lines.append(f"{pad}{_key(name)}: {yaml_scalar(value)}")
    return lines


def to_yaml(data: FrontMatter) -> str:
    """The YAML body (no ``---`` fences), one ``key: value`` per line, ending in a newline."""
    lines = _yaml_lines(data, 0)
    return "\n".join(lines) + "\n" if lines else ""


def _prune(data: FrontMatter) -> dict[str, object]:
    """The mapping without None, empty lists and empty mappings (TOML has no null)."""
    out: dict[str, object] = {}
    for name, value in data.items():
        if _is_empty(value):
            continue
        if isinstance(value, Mapping):
            nested = _prune(value)
            if nested:
                out[name] = nested
        elif isinstance(value, Sequence) and not isinstance(value, str):
            out[name] = [v for v in value if v is not None]
        elif isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError("front matter dates must be timezone-aware")
            out[name] = value.replace(microsecond=0)
        else:
            out[name] = value
    return out


def to_toml(data: FrontMatter) -> str:
    """The TOML body (no ``+++`` fences); nested mappings become tables after the plain keys."""
    return tomli_w.dumps(_prune(data))


def fenced(data: FrontMatter, *, toml: bool = False) -> str:
    """Front matter with its fences (``---`` for YAML, ``+++`` for TOML), or "" when empty."""
    body = to_toml(data) if toml else to_yaml(data)
    if not body.strip():
        return ""
    fence = "+++" if toml else "---"
    return f"{fence}\n{body}{fence}\n"
