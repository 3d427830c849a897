"""importers.luadata: KOReader's Lua table syntax read as data, and everything else refused."""

from __future__ import annotations

import math

import pytest

from readinglog.importers.luadata import InvalidUTF8, LuaDataError, LuaTable, loads


def test_a_sidecar_shaped_table_with_comments_and_every_key_form() -> None:
    value = loads(
        "-- we can read Lua syntax here!\n"
        "--[==[ a long\ncomment ]==]\n"
        "return {\n"
        '    ["title"] = "1984",\n'
        "    [2] = 75,\n"
        "    bare_key = true,\n"
        '    "positional";\n'
        "    [-1.5] = false,\n"
        "}\n"
    )
    assert value == {"title": "1984", 2: 75, "bare_key": True, 1: "positional", -1.5: False}
    assert isinstance(value, LuaTable)
    assert value.line == 4  # the long comment spans lines 2 and 3
    assert value.line_of("title") == 5
    assert value.line_of(2) == 6
    assert value.line_of(1) == 8


def test_positional_values_count_from_one_and_nested_tables_keep_their_lines() -> None:
    value = loads("return {\n  {\n    'a', 'b',\n  },\n  {},\n}")
    assert isinstance(value, LuaTable)
    assert value == {1: {1: "a", 2: "b"}, 2: {}}
    inner = value[1]
    assert isinstance(inner, LuaTable)
    assert inner.line == 2
    assert value.line_of(2) == 5


def test_without_return_and_with_a_final_semicolon() -> None:
    assert loads('{ ["a"] = 1 }') == {"a": 1}
    assert loads("return { a = 1 };") == {"a": 1}
    assert loads("return nil") is None
    assert loads("return 'x'") == "x"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r'"say \"hi\""', 'say "hi"'),
        (r"'it\'s'", "it's"),
        (r'"back\\slash"', "back\\slash"),
        (r'"a\nb\tc"', "a\nb\tc"),
        ('"line\\\nbreak"', "line\nbreak"),  # KOReader's %q writes a newline as \ + newline
        (r'"\65\066\0671"', "ABC1"),
        (r'"\226\128\148"', "—"),  # UTF-8 bytes, decoded once the string is whole
        (r'"\u{4E2D}\u{1F600}"', "中😀"),
        (r'"\x41\x62"', "Ab"),
        ('"a\\z   \n   b"', "ab"),
        ("[[long\nstring]]", "long\nstring"),
        ("[[\nfirst newline skipped]]", "first newline skipped"),
        ("[==[has ]] and ]=] inside]==]", "has ]] and ]=] inside"),
        ('"中文 and emoji 📚"', "中文 and emoji 📚"),
    ],
)
def test_strings(source: str, expected: str) -> None:
    assert loads(f"return {{ {source} }}") == {1: expected}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("0", 0),
        ("42", 42),
        ("-7", -7),
        ("- 7", -7),
        ("3.25", 3.25),
        ("-0.016181229773463", -0.016181229773463),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("2.5E-2", 0.025),
        ("0x1F", 31),
        ("-0xff", -255),
        ("0x1p4", 16.0),
        ("0x.8", 0.5),
        ("0xffffffffffffffff", -1),  # Lua wraps hexadecimal integers at 64 bits
    ],
)
def test_numbers(source: str, expected: float) -> None:
    value = loads(f"return {{ {source} }}")
    assert isinstance(value, LuaTable)
    assert value[1] == expected
    assert type(value[1]) is type(expected)


def test_true_false_and_nil_values_and_nil_fields_are_absent() -> None:
    assert loads("return { a = true, b = false, c = nil, nil, 'x' }") == {
        "a": True,
        "b": False,
        2: "x",
    }


def test_a_float_key_with_an_integer_value_is_the_integer_key() -> None:
    assert loads("return { [2.0] = 'x' }") == {2: "x"}
    with pytest.raises(LuaDataError, match="twice"):
        loads("return { [2] = 'a', [2.0] = 'b' }")


def test_crlf_and_a_bom_are_read_and_lines_still_count() -> None:
    value = loads(b'\xef\xbb\xbf-- c\r\nreturn {\r\n  ["a"] = "x\\\r\ny",\r\n  ["b"] = 1,\r\n}\r\n')
    assert value == {"a": "x\ny", "b": 1}
    assert isinstance(value, LuaTable)
    assert value.line_of("b") == 5  # the string before it spans lines 3 and 4


def test_invalid_utf8_is_kept_readable_and_marked() -> None:
    value = loads(b'return { "caf\xe9 ok", "\\233", "fine" }')
    assert isinstance(value, LuaTable)
    assert value[1] == "caf\ufffd ok"
    assert isinstance(value[1], InvalidUTF8)
    assert isinstance(value[2], InvalidUTF8)
    assert not isinstance(value[3], InvalidUTF8)


@pytest.mark.parametrize(
    ("source", "line", "column", "words"),
    [
        ("", 1, 1, "empty file"),
        ("return", 1, 7, "after 'return'"),
        ("return {\n  a = 1,\n", 1, 8, "not closed"),
        ('return {\n  ["a"] = {\n    x = 1,\n', 2, 11, "not closed"),
        ('return { "abc', 1, 10, "not closed"),
        ('return {\n "ab\ncd" }', 2, 2, "not closed on its line"),
        ("return [[never closed", 1, 8, "long string"),
        ("--[[ never closed", 1, 1, "long comment"),
        ("return { x = os.exit() }", 1, 14, "'os'"),
        ("return { x = 1 + 2 }", 1, 16, "expected ',' or '}'"),
        ("return { a = 1 b = 2 }", 1, 16, "expected ',' or '}'"),
        ("return { f() }", 1, 10, "'f'"),
        ("return { function() end }", 1, 10, "'function'"),
        ("return { end = 1 }", 1, 10, "keyword"),
        ('return { ["a"] 1 }', 1, 16, "'='"),
        ('return { ["a" = 1 }', 1, 15, "']'"),
        ("return { [nil] = 1 }", 1, 10, "key"),
        ("return { [true] = 1 }", 1, 10, "key"),
        ("return { [{}] = 1 }", 1, 10, "key"),
        ('return { ["a"] = 1, ["a"] = 2 }', 1, 21, 'key ["a"] appears twice'),
        ('return { "\\q" }', 1, 11, "invalid escape"),
        ('return { "\\300" }', 1, 11, "larger than 255"),
        ('return { "\\xZZ" }', 1, 11, "hexadecimal"),
        ('return { "\\u{110000}" }', 1, 11, "U+10FFFF"),
        ('return { "\\u41" }', 1, 11, "braces"),
        ("return { 3abc }", 1, 10, "malformed number"),
        ("return { 1.2.3 }", 1, 10, "malformed number"),
        ("return { 0x }", 1, 10, "malformed number"),
        ("return { - }", 1, 12, "number after '-'"),
        ("return {} {}", 1, 11, "end of the file"),
        ("return { a = 1 }\nprint('x')", 2, 1, "end of the file"),
        ("return { @ }", 1, 10, "'@'"),
        ("return { 'ok', 中 }", 1, 16, "'中'"),
    ],
)
def test_anything_but_data_is_one_error_naming_line_and_column(
    source: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(LuaDataError) as caught:
        loads(source)
    error = caught.value
    assert (error.line, error.column) == (line, column), str(error)
    assert words in error.message
    assert str(error).startswith(f"line {line}, column {column}: ")


def test_nesting_deeper_than_the_limit_is_an_error_not_a_crash() -> None:
    with pytest.raises(LuaDataError, match="nested deeper"):
        loads("return " + "{" * 10_000 + "}" * 10_000)


def test_nothing_is_executed() -> None:
    # A function call, concatenation or a global are all refused as not being data.
    for source in ('return { os.execute("true") }', 'return { "a" .. "b" }', "return x"):
        with pytest.raises(LuaDataError):
            loads(source)


def test_huge_exponents_are_floats_not_errors() -> None:
    value = loads("return { 1e400 }")
    assert isinstance(value, LuaTable)
    assert value[1] == math.inf


def test_keys_with_escapes_spaces_or_odd_bytes_read_like_plain_ones() -> None:
    value = loads(b'return { ["a\\"b"] = 1, [ "c" ]\t=2, ["\\100"] = 3, ["caf\xe9"] = 4 }')
    assert value == {'a"b': 1, "c": 2, "d": 3, "caf\ufffd": 4}
    with pytest.raises(LuaDataError, match="expected a value"):
        loads('return { ["d"] == 3 }')
