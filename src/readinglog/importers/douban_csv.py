"""豆伴 (Doufen) exports saved as CSV: one sheet (想读, 在读 or 读过) per file.

Two layouts, with the columns their code writes (github.com/doufen-org/tofu):
- the browser extension (``extension/explorer.js``, ``Exporter.exportInterest``): 标题, 简介
  (Douban's card subtitle, "author / ... / date / publisher"), 豆瓣评分, 链接, 创建时间, 我的评分,
  标签 (comma-separated), 评论, 可见性;
- the older desktop program (``exports.py``, ``_export_book``): ID, 标题, 副标题, 又名, 作者, 译者
  (" / "-separated), 出版社, 原作名, 出版日期, ISBN ("isbn10 / isbn13"), 价格, 页数, 装帧,
  豆瓣评分, 评分人数, 链接, 我的评价, 评价时间, 标签 (" / "-separated).

A sheet has no status column: the file's name gives it (``读过.csv``, ``tofu-在读.csv``), else a
rating means read and no rating want-to-read (with a warning). "豆瓣评分" is everyone's average,
not the user's: it is kept in the import record only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from readinglog.core.errors import InvalidInput, Message, UserError
from readinglog.importers import douban
from readinglog.importers.csvfile import BadRow, CsvFile, Row, restore

REQUIRED = ("标题", "链接")
RATING = ("我的评分", "我的评价")
DATE = ("创建时间", "评价时间")
USED = frozenset(
    {"ID", "标题", "作者", "译者", "出版社", "原作名", "出版日期", "ISBN", "页数", "链接",
     "我的评分", "我的评价", "创建时间", "评价时间", "标签", "评论"}
)  # fmt: skip


def check_header(header: list[str]) -> None:
    if all(name in header for name in REQUIRED) and any(name in header for name in RATING):
        return
    raise InvalidInput(
        "not a Douban backup: a JSON array of books, or a 豆伴 sheet saved as CSV with the "
        "columns {required} and {rating}",
        required=", ".join(REQUIRED),
        rating=Message("{first} or {second}", first=RATING[0], second=RATING[1]),
    )


def sniff(text: str) -> bool:
    first = text.split("\n", 1)[0]
    header = [name.strip().strip('"') for name in first.split(",")]
    try:
        check_header(header)
    except InvalidInput:
        return False
    return True


def _split(text: str, comma: bool) -> list[str]:
    parts = re.split(r"\s*[,，]\s*" if comma else r"\s+/\s+", text.strip())
    return [p.strip() for p in parts if p.strip() and p.strip().lower() != "none"]


def _card(text: str) -> tuple[list[str], int | None, str | None]:
    """(authors, year, publisher) from a card subtitle "[美] 作者 / 译者 / 2019-7 / 出版社":
    the first part is the author and the part after the date the publisher, when there is a
    date after the first part; else only the year is taken."""
    parts = _split(text, comma=False)
    dated = [i for i, p in enumerate(parts) if re.match(r"^\d{4}(\D|$)", p)]
    if not dated or dated[0] == 0:
        return [], douban.year_of(parts[dated[0]]) if dated else None, None
    at = dated[0]
    publisher = parts[at + 1] if at + 1 < len(parts) else None
    return [parts[0]], douban.year_of(parts[at]), publisher


def _column(row: Row, column: str) -> Message:
    """Column ``column`` of ``row``: "line 4: 我的评分"."""
    return Message("line {line}: {column}", line=row.line, column=column)


def from_row(row: Row, warnings: list[str]) -> douban.Interest:
    data = {name: restore(value).strip() for name, value in row.values.items()}
    rating_column = next(name for name in RATING if name in data)
    day_column = next((name for name in DATE if name in data), "")
    tofu = "作者" not in data
    authors = _split(data.get("作者", ""), comma=False)
    year = douban.year_of(data.get("出版日期"))
    publisher = data.get("出版社") or None
    if tofu and data.get("简介"):
        authors, year, publisher = _card(data["简介"])
    found: list[str] = []
    isbn = douban.isbn_of(list(reversed(_split(data.get("ISBN", ""), comma=False))), "ISBN", found)
    warnings += douban.titled(Message("line {line}", line=row.line), data["标题"], found)
    return douban.Interest(
        position=row.line,
        title=data["标题"],
        unit="line",
        book_id=douban.book_id_of(data.get("ID"), data.get("链接")),
        rating=douban.parse_rating(data.get(rating_column), _column(row, rating_column)),
        comment=data.get("评论", ""),
        tags=tuple(_split(data.get("标签", ""), comma=tofu)),
        day=douban.parse_day(data.get(day_column), _column(row, day_column)),
        people=douban.people(authors, _split(data.get("译者", ""), comma=False)),
        isbn=isbn,
        fields={
            "original_title": data.get("原作名") or None,
            "publisher": publisher,
            "year": year,
            "pages": douban.pages_of(data.get("页数")),
            "url": data.get("链接") or None,
        },
        extra={name: value for name, value in data.items() if name not in USED and value},
    )


def interests(
    path: Path, warnings: list[str]
) -> Iterator[douban.Interest | tuple[int, str | Message]]:
    reader = CsvFile(path)
    warnings += reader.warnings
    checked = False
    for row in reader.rows():
        if not checked:
            check_header(reader.header)
            checked = True
        if isinstance(row, BadRow):
            yield (row.line, row.reason)
            continue
        try:
            yield from_row(row, warnings)
        except UserError as error:
            yield (row.line, error.said)
    if not checked:
        check_header(reader.header)
