import datetime as dt

import pytest

from readinglog.core import values
from readinglog.core.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-03-05", dt.date(2020, 3, 5)),
        ("2020/3/5", dt.date(2020, 3, 5)),
        (" 2024.02.29 ", dt.date(2024, 2, 29)),
    ],
)
def test_dates(text: str, expected: dt.date) -> None:
    assert values.parse_date(text) == expected


@pytest.mark.parametrize("text", ["2020-13-01", "2023-02-29", "yesterday-ish", "", "20200305"])
def test_invalid_dates_name_the_field(text: str) -> None:
    with pytest.raises(InvalidInput, match="--finished"):
        values.parse_date(text, "--finished")


@pytest.mark.parametrize("text", ["0", "4.25", "5", "3.5", "4.75"])
def test_quarter_ratings(text: str) -> None:
    assert values.parse_rating(text) == float(text)


@pytest.mark.parametrize("text", ["4.3", "-1", "5.25", "abc", "nan"])
def test_bad_ratings(text: str) -> None:
    with pytest.raises(InvalidInput, match="rating"):
        values.parse_rating(text)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1:02:03", 3723),
        ("45:10", 2710),
        ("1h30m", 5400),
        ("90", 5400),
        ("2.5h", 9000),
        ("45m", 2700),
    ],
)
def test_durations(text: str, seconds: int) -> None:
    assert values.parse_duration_s(text) == seconds


def test_bad_duration() -> None:
    with pytest.raises(InvalidInput, match="duration"):
        values.parse_duration_s("an hour")


def test_isbn_checksums() -> None:
    assert values.normalize_isbn("978-0-374-53355-7") == "9780374533557"
    assert values.normalize_isbn("0-306-40615-2") == "0306406152"
    assert values.isbn10_to_13("0306406152") == "9780306406157"
    with pytest.raises(InvalidInput, match="ISBN"):
        values.normalize_isbn("9780374533558")


def test_invalid_utf8_names_line() -> None:
    with pytest.raises(InvalidInput, match=r"note.md: not valid UTF-8 at line 2"):
        values.decode_utf8("第一行\n".encode() + b"\xff\xfe bad", "note.md")
    assert values.decode_utf8("\ufeff你好".encode(), "x") == "你好"
