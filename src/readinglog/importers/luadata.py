"""Read the Lua table syntax KOReader writes for its sidecars, as data: nothing is executed.

What is accepted: ``--`` comments (line and ``--[[ long ]]``), an optional ``return`` before one
value, and values made of strings (``"..."``, ``'...'`` with Lua's escapes, long strings
``[[...]]`` / ``[==[...]==]``), numbers (integers, floats, exponents, hexadecimal, a leading
minus), ``true``/``false``/``nil`` and tables (``["key"] = v``, ``[1] = v``, ``key = v``,
positional values, ``,`` or ``;`` separators, a trailing one allowed). Anything else (a function
call, an operator, a variable) is refused with one :class:`LuaDataError` naming line and column.

Lua strings are bytes: escapes such as ``\\226\\128\\148`` build UTF-8 byte by byte, so a string
is decoded only when complete. A string whose bytes are not UTF-8 comes back as
:class:`InvalidUTF8`, a ``str`` decoded with replacement characters, so a reader can report it
and still keep the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from typing import TypeAlias

from readinglog.core.errors import Message

LuaKey: TypeAlias = str | int | float
LuaValue: TypeAlias = "str | int | float | bool | LuaTable"

_MAX_DEPTH = 200
_BOM = b"\xef\xbb\xbf"
_RESERVED = frozenset(
    {
        *("and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto"),
        *("if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true"),
        *("until", "while"),
    }
)
_SPACE = re.compile(rb"[ \t\n\v\f]*")
_NAME = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
_LONG_OPEN = re.compile(rb"\[(=*)\[")
_NUMBER = re.compile(
    rb"0[xX](?P<hex>[0-9a-fA-F]*(?:\.[0-9a-fA-F]*)?)(?P<hexexp>[pP][+-]?[0-9]+)?"
    rb"|(?P<dec>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?P<exp>[eE][+-]?[0-9]+)?"
)
_PLAIN_KEY = re.compile(rb'\[[ \t]*"([^"\\\n]*)"[ \t]*\][ \t]*=(?!=)')
_PLAIN = {q: re.compile(rb"[^\\\n" + q + rb"]*") for q in (b'"', b"'")}
_SIMPLE_ESCAPES = {
    ord("a"): b"\a",
    ord("b"): b"\b",
    ord("f"): b"\f",
    ord("n"): b"\n",
    ord("r"): b"\r",
    ord("t"): b"\t",
    ord("v"): b"\v",
    ord("\\"): b"\\",
    ord('"'): b'"',
    ord("'"): b"'",
    ord("\n"): b"\n",
}


class LuaDataError(ValueError):
    """The text is not Lua data: ``message`` says what was found at ``line``, ``column``
    (in English; ``said`` is the whole sentence, for the window to translate)."""

    def __init__(self, line: int, column: int, message: Message) -> None:
        self.said = Message(
            "line {line}, column {column}: {message}", line=line, column=column, message=message
        )
        super().__init__(str(self.said))
        self.line = line
        self.column = column
        self.message = str(message)


class InvalidUTF8(str):
    """A string whose bytes were not UTF-8, decoded with U+FFFD replacement characters."""


class LuaTable(dict[LuaKey, LuaValue]):
    """A Lua table: its fields in file order, the line of its ``{`` and of each field."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[LuaKey, int] = {}

    def line_of(self, key: LuaKey) -> int:
        """The line where the field ``key`` starts (the table's own line if it is absent)."""
        return self.key_lines.get(key, self.line)


def load(path: Path) -> LuaValue | None:
    return loads(path.read_bytes())


def loads(data: bytes | str) -> LuaValue | None:
    """The value the chunk returns (``None`` for ``return nil``); LuaDataError if not data."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return _Reader(data).chunk()


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return InvalidUTF8(raw.decode("utf-8", "replace"))


def _normal_key(key: LuaKey) -> LuaKey:
    # Lua 5.3: the float key 2.0 is the integer key 2.
    if isinstance(key, float) and key.is_integer():
        return int(key)
    return key


class _Reader:
    def __init__(self, data: bytes) -> None:
        if data.startswith(_BOM):
            data = data[len(_BOM) :]
        # Lua reads \r\n and a lone \r as one line break, in long strings too.
        self.data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        self.pos = 0
        self.depth = 0
        self.line_starts = [0] + [m.end() for m in re.finditer(rb"\n", self.data)]

    # -- positions and errors

    def line(self, pos: int | None = None) -> int:
        return bisect_right(self.line_starts, self.pos if pos is None else pos)

    def error(self, message: Message, pos: int | None = None) -> LuaDataError:
        at = self.pos if pos is None else pos
        line = self.line(at)
        start = self.line_starts[line - 1]
        column = len(self.data[start:at].decode("utf-8", "replace")) + 1
        return LuaDataError(line, column, message)

    def peek(self, n: int = 1) -> bytes:
        return self.data[self.pos : self.pos + n]

    def found(self) -> str | Message:
        if self.pos >= len(self.data):
            return Message("the end of the file")
        word = _NAME.match(self.data, self.pos)
        if word:
            return f"'{word.group().decode()}'"
        return repr(self.data[self.pos : self.pos + 4].decode("utf-8", "replace")[0])

    def expect(self, token: bytes, what: Message) -> None:
        self.skip()
        if not self.data.startswith(token, self.pos):
            raise self.error(
                Message("expected {what}, found {found}", what=what, found=self.found())
            )
        self.pos += len(token)

    # -- whitespace and comments

    def skip(self) -> None:
        data = self.data
        while True:
            self.pos = _SPACE.match(data, self.pos).end()  # type: ignore[union-attr]
            if not data.startswith(b"--", self.pos):
                return
            start = self.pos
            self.pos += 2
            long = _LONG_OPEN.match(data, self.pos)
            if long:
                self.pos = long.end()
                self.long_body(long.group(1), start, comment=True)
            else:
                end = data.find(b"\n", self.pos)
                self.pos = len(data) if end < 0 else end

    # -- the grammar

    def chunk(self) -> LuaValue | None:
        self.skip()
        name = _NAME.match(self.data, self.pos)
        if name and name.group() == b"return":
            self.pos = name.end()
            self.skip()
            if self.pos >= len(self.data):
                raise self.error(
                    Message("expected a value after 'return', found the end of the file")
                )
        elif self.pos >= len(self.data):
            raise self.error(Message("expected 'return' and a value, found an empty file"))
        value = self.value()
        self.skip()
        if self.peek() == b";":
            self.pos += 1
            self.skip()
        if self.pos < len(self.data):
            raise self.error(
                Message(
                    "expected the end of the file after the value, found {found}",
                    found=self.found(),
                )
            )
        return value

    def value(self) -> LuaValue | None:
        self.skip()
        data, pos = self.data, self.pos
        c = data[pos : pos + 1]
        if c == b"{":
            return self.table()
        if c in (b'"', b"'"):
            return self.string(c)
        if c == b"[":
            long = _LONG_OPEN.match(data, pos)
            if long:
                self.pos = long.end()
                return _decode(self.long_body(long.group(1), pos, comment=False))
        if c == b"-" or c.isdigit() or (c == b"." and data[pos + 1 : pos + 2].isdigit()):
            return self.number()
        name = _NAME.match(data, pos)
        if name:
            word = name.group()
            if word in (b"true", b"false", b"nil"):
                self.pos = name.end()
                return None if word == b"nil" else word == b"true"
            raise self.error(
                Message(
                    "found the name '{name}': only strings, numbers, true, false, nil "
                    "and tables are data",
                    name=word.decode(),
                )
            )
        raise self.error(Message("expected a value, found {found}", found=self.found()))

    def table(self) -> LuaTable:
        start = self.pos
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise self.error(Message("tables nested deeper than {depth} levels", depth=_MAX_DEPTH))
        table = LuaTable(self.line(start))
        self.pos += 1  # {
        next_index = 1
        while True:
            self.skip()
            c = self.peek()
            if c == b"}":
                self.pos += 1
                self.depth -= 1
                return table
            if not c:
                raise self.error(Message("the table opened here is not closed"), start)
            field_pos = self.pos
            key: LuaKey | None = None
            plain_key = _PLAIN_KEY.match(self.data, self.pos)  # the common ["name"] = , at once
            if plain_key:
                key = _decode(plain_key.group(1))
                self.pos = plain_key.end()
            elif c == b"[" and not _LONG_OPEN.match(self.data, self.pos):
                self.pos += 1
                raw_key = self.value()
                if raw_key is None or isinstance(raw_key, (bool, LuaTable)):
                    raise self.error(Message("a table key must be a string or a number"), field_pos)
                if isinstance(raw_key, float) and raw_key != raw_key:
                    raise self.error(Message("a table key cannot be NaN"), field_pos)
                key = _normal_key(raw_key)
                self.expect(b"]", Message("']' after the key"))
                self.expect(b"=", Message("'=' after the key"))
            else:
                name = _NAME.match(self.data, self.pos)
                after = _SPACE.match(self.data, name.end()) if name else None
                if (
                    name
                    and after
                    and self.data.startswith(b"=", after.end())
                    and not self.data.startswith(b"==", after.end())
                ):
                    word = name.group().decode()
                    if word in _RESERVED:
                        keyword = Message("'{word}' is a Lua keyword, not a key", word=word)
                        raise self.error(keyword, field_pos)
                    key = word
                    self.pos = after.end() + 1
            if key is None:
                key = next_index
                next_index += 1
            value = self.value()
            if key in table.key_lines:
                twice = Message("the key {key} appears twice in this table", key=_show(key))
                raise self.error(twice, field_pos)
            table.key_lines[key] = self.line(field_pos)
            if value is not None:
                table[key] = value
            self.skip()
            c = self.peek()
            if c in (b",", b";"):
                self.pos += 1
            elif c != b"}":
                raise self.error(
                    Message(
                        "expected ',' or '}}' after a table field, found {found}",
                        found=self.found(),
                    )
                )

    def number(self) -> int | float:
        start = self.pos
        negative = self.peek() == b"-"
        if negative:
            self.pos += 1
            self.skip()
        m = _NUMBER.match(self.data, self.pos)
        if not m or m.end() == self.pos:
            raise self.error(
                Message("expected a number after '-', found {found}", found=self.found())
            )
        end = m.end()
        if _NAME.match(self.data, end) or self.data[end : end + 1] == b".":
            raise self.error(Message("malformed number"), start)
        text = m.group().decode("ascii")
        result: int | float
        if m.group("dec") is not None:
            result = float(text) if ("." in text or m.group("exp")) else int(text)
        else:
            digits = m.group("hex").decode("ascii")
            if not digits or digits == ".":
                raise self.error(Message("malformed number"), start)
            if "." in digits or m.group("hexexp"):
                result = float.fromhex(text)
            else:
                result = int(digits, 16)
                if result >= 1 << 63:  # Lua wraps hexadecimal integers around 64 bits
                    result = (result & ((1 << 64) - 1)) - ((1 << 64) if result & (1 << 63) else 0)
        self.pos = end
        return -result if negative else result

    def string(self, quote: bytes) -> str:
        start = self.pos
        data = self.data
        self.pos += 1
        plain = _PLAIN[quote]
        end = plain.match(data, self.pos).end()  # type: ignore[union-attr]
        if data[end : end + 1] == quote:  # no escapes: the common case, at once
            self.pos = end + 1
            return _decode(data[start + 1 : end])
        parts: list[bytes] = []
        while True:
            end = plain.match(data, self.pos).end()  # type: ignore[union-attr]
            parts.append(data[self.pos : end])
            self.pos = end
            c = data[end : end + 1]
            if c == quote:
                self.pos += 1
                return _decode(b"".join(parts))
            if c != b"\\":
                raise self.error(Message("a string opened here is not closed on its line"), start)
            parts.append(self.escape())

    def escape(self) -> bytes:
        data = self.data
        at = self.pos
        self.pos += 1
        c = data[self.pos : self.pos + 1]
        if not c:
            raise self.error(Message("a string is not closed"), at)
        self.pos += 1
        simple = _SIMPLE_ESCAPES.get(c[0])
        if simple is not None:
            return simple
        if c == b"z":
            self.pos = _SPACE.match(data, self.pos).end()  # type: ignore[union-attr]
            return b""
        if c == b"x":
            digits = data[self.pos : self.pos + 2]
            if not re.fullmatch(rb"[0-9a-fA-F]{2}", digits):
                raise self.error(Message("'\\x' needs two hexadecimal digits"), at)
            self.pos += 2
            return bytes([int(digits, 16)])
        if c.isdigit():
            m = re.compile(rb"[0-9]{1,3}").match(data, self.pos - 1)
            assert m is not None
            code = int(m.group())
            if code > 255:
                raise self.error(Message("the escape '\\{code}' is larger than 255", code=code), at)
            self.pos = m.end()
            return bytes([code])
        if c == b"u":
            m = re.compile(rb"\{([0-9a-fA-F]+)\}").match(data, self.pos)
            if not m:
                braces = Message(
                    "'\\u' needs hexadecimal digits in braces, as in {example}", example="\\u{48}"
                )
                raise self.error(braces, at)
            code = int(m.group(1), 16)
            if code > 0x10FFFF:
                beyond = Message("the escape {escape} is beyond U+10FFFF", escape="'\\u{...}'")
                raise self.error(beyond, at)
            self.pos = m.end()
            return chr(code).encode("utf-8", "surrogatepass")
        shown = c.decode("utf-8", "replace")
        invalid = Message("invalid escape sequence '\\{escape}' in a string", escape=shown)
        raise self.error(invalid, at)

    def long_body(self, level: bytes, start: int, *, comment: bool) -> bytes:
        close = b"]" + level + b"]"
        end = self.data.find(close, self.pos)
        if end < 0:
            if comment:
                raise self.error(Message("a long comment opened here is not closed"), start)
            raise self.error(Message("a long string opened here is not closed"), start)
        body = self.data[self.pos : end]
        self.pos = end + len(close)
        # Lua skips a line break that directly follows the opening bracket.
        return body[1:] if body.startswith(b"\n") else body


def _show(key: LuaKey) -> str:
    return f'["{key}"]' if isinstance(key, str) else f"[{key}]"
