"""Front matter of Markdown posts: YAML between ``---`` lines or TOML between ``+++`` lines.

TOML is read with the standard library (tomllib). For YAML, a small safe reader covers what
Hugo, Jekyll, Hexo and Obsidian write: ``key: value`` with plain, 'single' or "double" quoted
scalars, ``[a, b]`` lists, ``- item`` lists, one level of nested keys and ``|`` / ``>``
blocks. Anything else is reported with its line instead of guessed (no PyYAML at run time,
no object construction from tags).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from readinglog.core.errors import InvalidInput, Message
from readinglog.importers.reasons import reported

_KEY_RE = re.compile(r"^([^\s#:][^:]*?)\s*:(?:\s+(.*?))?\s*$")
_ITEM_RE = re.compile(r"^(\s*)-(?:\s+(.*?))?\s*$")
_FENCES = {"---": "yaml", "+++": "toml"}


@dataclass(frozen=True)
class Split:
    kind: str | None  # "yaml", "toml" or None (no front matter)
    raw: str
    body: str  # everything after the closing line, byte for byte


def split(text: str) -> Split:
    """The front matter block and the body; a fence line may end in spaces, tabs or ``\\r``."""
    first, newline, rest = text.partition("\n")
    fence = first.rstrip()
    if fence not in _FENCES or not newline:
        return Split(None, "", text)
    closers = ("---", "...") if fence == "---" else ("+++",)
    position = len(first) + 1
    for line in rest.splitlines(keepends=True):
        if line.rstrip() in closers:
            raw = text[len(first) + 1 : position]
            return Split(_FENCES[fence], raw, text[position + len(line) :])
        position += len(line)
    return Split(None, "", text)  # never closed: it is all body


def parse(found: Split, where: str, problems: list[str] | None = None) -> dict[str, Any]:
    """The front matter as a mapping.

    Without ``problems`` anything unreadable raises InvalidInput. With a list, each key or line
    that cannot be read is left out and described there (file, line, key); the rest is kept.
    """
    if found.kind == "toml":
        try:
            return tomllib.loads(found.raw)
        except tomllib.TOMLDecodeError as error:
            if problems is None:
                raise InvalidInput(
                    "{where}: TOML front matter: {error}", where=where, error=str(error)
                ) from None
            return _toml_by_line(found.raw, where, problems)
    if found.kind == "yaml":
        return parse_yaml(found.raw, where, problems)
    return {}


_TABLE_RE = re.compile(r"^\s*\[\[?[^\]]+\]\]?\s*(#.*)?$")


def _toml_by_line(raw: str, where: str, problems: list[str]) -> dict[str, Any]:
    """What a broken TOML block still says: each ``key = value`` line read on its own."""
    out: dict[str, Any] = {}
    table = ""
    for number, line in enumerate(raw.splitlines(), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if _TABLE_RE.match(line):
            table = line.strip()
            continue
        try:
            found = tomllib.loads(f"{table}\n{line}")
        except tomllib.TOMLDecodeError:
            key = line.split("=", 1)[0].strip()
            left_out = Message(
                "{where}: front matter line {line}: {key!r}: cannot read {text!r}; left out",
                where=where,
                line=number,
                key=key,
                text=line.strip(),
            )
            problems.append(reported(left_out))
            continue
        _merge(out, found)
    return out


def _merge(into: dict[str, Any], found: dict[str, Any]) -> None:
    for key, value in found.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _scalar(text: str, where: str | Message) -> Any:
    text = text.strip()
    if not text:
        return None
    if text[0] == "'":
        if len(text) < 2 or text[-1] != "'":
            raise InvalidInput("{where}: unclosed quote in {text!r}", where=where, text=text)
        return text[1:-1].replace("''", "'")
    if text[0] == '"':
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            raise InvalidInput(
                "{where}: cannot read the quoted text {text!r}", where=where, text=text
            ) from None
        if not isinstance(value, str):
            raise InvalidInput("{where}: cannot read {text!r}", where=where, text=text)
        return value
    if text[0] == "[":
        if not text.endswith("]"):
            raise InvalidInput(
                "{where}: a list that does not close: {text!r}", where=where, text=text
            )
        return [_scalar(part, where) for part in _split_flow(text[1:-1]) if part.strip()]
    if text[0] in "{&*!|>%@`":
        raise InvalidInput(
            "{where}: this YAML form is not supported: {text!r}", where=where, text=text
        )
    text = re.sub(r"\s+#.*$", "", text)
    lowered = text.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered in ("null", "~"):
        return None
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def _split_flow(text: str) -> list[str]:
    parts, current, quote = [], [], ""
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            current.append(ch)
        elif ch == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _block(lines: list[str], start: int, style: str) -> tuple[str, int]:
    """A ``|`` or ``>`` block: the indented lines that follow."""
    taken: list[str] = []
    index = start
    while index < len(lines) and (not lines[index].strip() or lines[index][:1] in " \t"):
        taken.append(lines[index])
        index += 1
    indents = [len(t) - len(t.lstrip()) for t in taken if t.strip()]
    cut = min(indents) if indents else 0
    text = [t[cut:] for t in taken]
    while text and not text[-1].strip():
        text.pop()
    joined = "\n".join(text) if style.startswith("|") else " ".join(t.strip() for t in text)
    return (joined + "\n" if not style.endswith("-") else joined), index


# A Dataview inline field (``updated:: 2022-04-07``), which Obsidian users put in YAML too.
_DATAVIEW_RE = re.compile(r"^([^\s#:][^:]*?)::(?:\s+(.*?))?\s*$")


def parse_yaml(raw: str, where: str, problems: list[str] | None = None) -> dict[str, Any]:
    lines = raw.splitlines()
    out: dict[str, Any] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 2
        here = Message("{where}: front matter line {line}", where=where, line=number)
        index += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _DATAVIEW_RE.match(line) if "::" in line else None
        match = match or _KEY_RE.match(line)
        try:
            if match is None or line[:1] in " \t":
                raise InvalidInput("{where}: cannot read {text!r}", where=here, text=line.strip())
            key, value = match.group(1).strip(), (match.group(2) or "")
            if value[:1] in "|>" and re.fullmatch(r"[|>][+-]?", value):
                out[key], index = _block(lines, index, value)
            elif value:
                out[key] = _scalar(value, _keyed(where, number, key))
            else:
                out[key], index = _nested(lines, index, _keyed(where, number, key))
        except InvalidInput as error:
            if problems is None:
                raise
            problems.append(reported(Message("{reason}; left out", reason=error)))
            index = _skip_indented(lines, index)
    return out


def _skip_indented(lines: list[str], index: int) -> int:
    """The line after the indented (or ``- item``) lines that belong to a key left out."""
    while index < len(lines) and (not lines[index].strip() or lines[index][:1] in " \t-"):
        index += 1
    return index


def _keyed(where: str, line: int, key: str) -> Message:
    """Key ``key`` on front matter line ``line`` of ``where`` (a file)."""
    return Message("{where}: front matter line {line}: {key}", where=where, line=line, key=key)


def _nested(lines: list[str], index: int, where: str | Message) -> tuple[Any, int]:
    """What follows ``key:`` on indented lines: a ``- item`` list, a mapping, or nothing."""
    items: list[Any] = []
    mapping: dict[str, Any] = {}
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        item = _ITEM_RE.match(line)
        if item is not None and (line[:1] in " \t-"):
            items.append(_scalar(item.group(2) or "", where))
            index += 1
            continue
        if line[:1] in " \t":
            match = _KEY_RE.match(line.strip())
            if match is None:
                raise InvalidInput("{where}: cannot read {text!r}", where=where, text=line.strip())
            mapping[match.group(1).strip()] = _scalar(match.group(2) or "", where)
            index += 1
            continue
        break
    if items and mapping:
        raise InvalidInput("{where}: a list and keys mixed under one key", where=where)
    return (items or mapping or None), index
