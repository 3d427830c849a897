from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from readinglog.core import batches, repository, services
from readinglog.core.errors import InvalidInput
from readinglog.core.library import Library
from readinglog.core.models import Event, ImportKind, ImportSource, Item, Note
from readinglog.core.types import EventKind, ItemKind, Person, Role, Status
from readinglog.importers import douban
from tests.importers.helpers import dump, run_import

REAL = [
    "douban-republic_archive__user.ahbei.book.collect.json",
    "douban-republic_archive__user.lazurey.book.collect.json",
]
STATUS_OF = {"read": Status.FINISHED, "reading": Status.IN_PROGRESS, "wish": Status.WANT}


def _flat(book_id: str, title: str, **more: Any) -> dict[str, Any]:
    """An interest as the flat archive backups have it."""
    return {
        "status": "read", "comment": None, "updated": "2019-05-04 21:10:00", "user_id": "1",
        "tags": ["小说"], "book_id": book_id, "id": int(book_id) + 7, "rating": 4,
        "book_title": title, "url": f"https://book.douban.com/subject/{book_id}/", **more,
    }  # fmt: skip


API_BOOK = {
    "status": "reading",
    "rating": {"max": 5, "value": "5", "min": 0},
    "updated": "2021-03-02 08:00:00",
    "comment": "第二遍读，仍然震撼。",
    "tags": ["科幻", "  ", "科幻"],
    "book_id": "6518605",
    "book": {
        "id": "6518605",
        "title": "三体",
        "subtitle": "地球往事",
        "origin_title": "The Three-Body Problem",
        "author": ["[中] 刘慈欣 著"],
        "translator": ["（美）刘宇昆 译"],
        "publisher": "重庆出版社",
        "pubdate": "2008-1",
        "pages": "302页",
        "isbn10": "7536692935",
        "isbn13": "9787536692930",
        "summary": "文化大革命如火如荼进行的同时……",
        "alt": "https://book.douban.com/subject/6518605/",
        "image": "https://img1.doubanio.com/view/subject/m/public/s2768378.jpg",
    },
}


def _write(tmp_path: Path, records: object, name: str = "douban.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _item(library: Library, title: str) -> Any:
    with library.sessions() as s:
        item_id = s.scalar(select(Item.id).where(Item.title == title))
        assert item_id is not None, title
        return repository.item_view(s, item_id)


@pytest.mark.parametrize("name", REAL)
def test_real_backups(library: Library, realdata: Path, name: str) -> None:
    path = realdata / "douban" / name
    records = json.loads(path.read_text(encoding="utf-8"))
    books = {r["book_id"]: r for r in records}  # a later record of a book wins
    before = dump(library)
    report = run_import(library, ImportKind.DOUBAN, path)
    assert report.created == len(books) and not report.skipped, report.skipped[:3]
    with library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == len(books)
        assert s.scalar(select(func.count()).select_from(Note)) == sum(
            1 for r in books.values() if (r.get("comment") or "").strip()
        )
        by_url = {url: (rating, status) for url, rating, status in
                  s.execute(select(Item.url, Item.rating, Item.status))}  # fmt: skip
    assert by_url == {
        r["url"]: (float(r["rating"]) if r["rating"] else None, STATUS_OF[r["status"]])
        for r in books.values()
    }
    ratings = Counter(r["rating"] for r in books.values() if r["rating"])
    assert Counter(int(rating) for rating, _ in by_url.values() if rating) == ratings
    after = dump(library)
    again = run_import(library, ImportKind.DOUBAN, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(books))
    assert dump(library) == after
    with library.sessions.begin() as s:
        batches.undo(s, again.batch or 0)
        batches.undo(s, report.batch or 0)
    assert dump(library) == before


def test_real_backup_dates_tags_and_reviews(library: Library, realdata: Path) -> None:
    path = realdata / "douban" / REAL[0]
    records = json.loads(path.read_text(encoding="utf-8"))
    run_import(library, ImportKind.DOUBAN, path)
    record = next(r for r in records if r.get("comment") and r.get("tags"))
    item = _item(library, record["book_title"])
    day = dt.date.fromisoformat(record["updated"][:10])
    assert [(x.finished_on, x.outcome) for x in item.sessions] == [(day, Status.FINISHED)]
    assert item.created_at.date() == day
    assert set(item.tags) == set(record["tags"])
    with library.sessions() as s:
        [note_id] = item.note_ids
        note = repository.note_view(s, note_id)
    assert note.body == record["comment"].strip() + "\n" and note.created_at.date() == day


def test_api_record_with_the_book_inside(library: Library, tmp_path: Path) -> None:
    path = _write(tmp_path, {"count": 1, "start": 0, "total": 1, "collections": [API_BOOK]})
    report = run_import(library, ImportKind.DOUBAN, path)
    assert (report.created, report.skipped) == (1, ())
    item = _item(library, "三体")
    assert item.status is Status.IN_PROGRESS
    assert item.people_in(Role.AUTHOR) == ("刘慈欣",)
    assert item.people_in(Role.TRANSLATOR) == ("刘宇昆",)
    assert item.fields["rating"] == 5.0 and item.fields["isbn"] == "9787536692930"
    assert item.fields["year"] == 2008 and item.fields["pages"] == 302
    assert item.fields["publisher"] == "重庆出版社"
    assert item.fields["original_title"] == "The Three-Body Problem"
    assert item.fields["url"] == "https://book.douban.com/subject/6518605/"
    assert item.tags == ("科幻",)
    assert [(x.started_on, x.finished_on, x.outcome) for x in item.sessions] == [
        (dt.date(2021, 3, 2), None, None)
    ]
    with library.sessions() as s:
        record = s.scalar(
            select(ImportSource.record).where(
                ImportSource.kind == ImportKind.DOUBAN, ImportSource.key == "book/6518605"
            )
        )
    assert record is not None
    assert "s2768378.jpg" in record and "地球往事" in record  # kept, not downloaded


@pytest.mark.parametrize(
    ("raw", "role", "name"),
    [
        ("[美] 卡尔·萨根", Role.AUTHOR, "卡尔·萨根"),
        ("【日】东野圭吾 著", Role.AUTHOR, "东野圭吾"),
        ("(英)乔治·奥威尔", Role.AUTHOR, "乔治·奥威尔"),
        ("〔法〕加缪", Role.AUTHOR, "加缪"),
        ("钱钟书", Role.AUTHOR, "钱钟书"),
        ("张三 主编", Role.EDITOR, "张三"),
        ("李四 编著", Role.AUTHOR, "李四"),
        ("J. R. R. Tolkien", Role.AUTHOR, "J. R. R. Tolkien"),
    ],
)
def test_clean_names(raw: str, role: Role, name: str) -> None:
    assert douban.clean_name(raw) == (role, name)


def test_later_backup_with_one_changed_rating(library: Library, tmp_path: Path) -> None:
    records = [_flat("1001", "活着"), _flat("1002", "围城"), _flat("1003", "边城")]
    run_import(library, ImportKind.DOUBAN, _write(tmp_path, records))
    before = dump(library)
    records[1] = {**records[1], "rating": 2}
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, records, "later.json"))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    after = dump(library)
    changed = [row for row in after["items"] if row not in before["items"]]
    assert [row[0] for row in changed] == [_item(library, "围城").id]
    assert _item(library, "围城").fields["rating"] == 2.0
    assert _item(library, "活着").fields["rating"] == 4.0
    for table in ("sessions", "item_tags", "notes", "tags"):
        assert after[table] == before[table], table
    with library.sessions.begin() as s:
        batches.undo(s, report.batch or 0)
    assert dump(library) == before


def test_chinese_titles_match_entries_typed_with_brackets(library: Library, tmp_path: Path) -> None:
    with library.sessions.begin() as s:
        author = [Person(Role.AUTHOR, "刘慈欣")]
        santi = services.add_item(s, ItemKind.BOOK, "《三体》", people=author).created
        ball = services.add_item(s, ItemKind.BOOK, "球状闪电（典藏版）").created
        for _ in range(2):  # two entries of one title: no guess between them
            services.add_item(s, ItemKind.BOOK, "茶馆")
    records = [
        API_BOOK,
        _flat("2001", "球状闪电"),
        _flat("2002", "茶馆"),
        _flat("2003", "乡村教师"),
    ]
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, records))
    assert (report.created, report.updated) == (2, 2)
    with library.sessions() as s:
        assert s.scalar(select(func.count()).where(Item.title == "茶馆")) == 3
        merged = repository.item_view(s, santi or 0)
        assert merged.title == "《三体》" and merged.fields["rating"] == 5.0
        assert merged.people_in(Role.TRANSLATOR) == ("刘宇昆",)
        assert repository.item_view(s, ball or 0).fields["rating"] == 4.0


def test_bad_records_are_skipped_with_their_position(library: Library, tmp_path: Path) -> None:
    records: list[object] = [
        _flat("3001", "好书"),
        _flat("3002", "评分坏了", rating=7),
        "not a record",
        _flat("3003", "日期坏了", updated="2019-13-45 10:00:00"),
        _flat("3004", "   "),
        _flat("3005", "状态坏了", status="burned"),
        _flat("3006", "也是好书"),
    ]
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, records))
    reasons = {row.line: row.reason for row in report.skipped}
    assert report.created == 2 and sorted(reasons) == [2, 3, 4, 5, 6]
    assert "rating" in reasons[2] and "7" in reasons[2]
    assert "not an object" in reasons[3]
    assert "updated" in reasons[4] and "2019-13-45" in reasons[4]
    assert "title" in reasons[5]
    assert "status" in reasons[6] and "burned" in reasons[6]


def test_missing_status_from_the_file_name_or_the_rating(library: Library, tmp_path: Path) -> None:
    bare = [{k: v for k, v in _flat("4001", "想读的书").items() if k != "status"}]
    bare[0]["rating"] = 0
    wished = run_import(library, ImportKind.DOUBAN, _write(tmp_path, bare, "user.x.book.wish.json"))
    assert wished.created == 1 and not wished.warnings
    assert _item(library, "想读的书").status is Status.WANT
    rated = [{k: v for k, v in _flat("4002", "读完的书").items() if k != "status"}]
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, rated, "backup.json"))
    assert _item(library, "读完的书").status is Status.FINISHED
    assert any("no status" in w for w in report.warnings)


def test_refusals(library: Library, tmp_path: Path) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as stream:
        stream.write(b"[")
        stream.truncate(douban.MAX_BYTES + 1)
    with pytest.raises(InvalidInput, match="MB"):
        run_import(library, ImportKind.DOUBAN, big)
    xlsx = tmp_path / "豆伴.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(InvalidInput, match="CSV"):
        run_import(library, ImportKind.DOUBAN, xlsx)
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"book_id": "1",\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 3"):
        run_import(library, ImportKind.DOUBAN, broken)
    with pytest.raises(InvalidInput, match="JSON array"):
        run_import(library, ImportKind.DOUBAN, _write(tmp_path, {"a": 1}, "other.json"))
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="not a file"):
        run_import(library, ImportKind.DOUBAN, folder)
    with library.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0


TOFU_HEADER = "标题,简介,豆瓣评分,链接,创建时间,我的评分,标签,评论,可见性\n"
TOFU_ROW = (
    "人类简史,[以色列] 尤瓦尔·赫拉利 / 林俊宏 / 2014-11 / 中信出版社,9.1,"
    'https://book.douban.com/subject/25985021/,2020-01-02 03:04:05,5,"历史,人类学",'
    "好看,public\n"
)
DESKTOP_HEADER = (
    "ID,标题,副标题,又名,作者,译者,出版社,原作名,出版日期,ISBN,价格,页数,装帧,豆瓣评分,评分人数,"
    "链接,我的评价,评价时间,标签\n"
)
DESKTOP_ROW = (
    "1084336,小王子,,,[法] 圣埃克苏佩里,马振聘,人民文学出版社,Le Petit Prince,2003-8,"
    "None / 9787020042494,22.00元,97,平装,9.0,400000,https://book.douban.com/subject/1084336/,"
    ",2018-07-01 10:00:00,童话 / 法国\n"
)


def test_doufen_sheets_saved_as_csv(library: Library, tmp_path: Path) -> None:
    tofu = tmp_path / "豆伴-读过.csv"
    tofu.write_text(TOFU_HEADER + TOFU_ROW + "坏行,只有两列\n", encoding="utf-8-sig")
    report = run_import(library, ImportKind.DOUBAN, tofu)
    assert report.created == 1 and [r.line for r in report.skipped] == [3]
    item = _item(library, "人类简史")
    assert item.status is Status.FINISHED and item.fields["rating"] == 5.0
    assert item.people_in(Role.AUTHOR) == ("尤瓦尔·赫拉利",)
    assert item.fields["year"] == 2014 and item.fields["publisher"] == "中信出版社"
    assert set(item.tags) == {"历史", "人类学"} and len(item.note_ids) == 1
    assert [x.finished_on for x in item.sessions] == [dt.date(2020, 1, 2)]
    desktop = tmp_path / "想读的书.csv"
    desktop.write_text(DESKTOP_HEADER + DESKTOP_ROW, encoding="utf-8")
    assert run_import(library, ImportKind.DOUBAN, desktop).created == 1
    prince = _item(library, "小王子")
    assert prince.status is Status.WANT and "rating" not in prince.fields
    assert prince.people_in(Role.AUTHOR) == ("圣埃克苏佩里",)
    assert prince.people_in(Role.TRANSLATOR) == ("马振聘",)
    assert prince.fields["isbn"] == "9787020042494" and prince.fields["pages"] == 97
    assert set(prince.tags) == {"童话", "法国"}
    # the same book again from a JSON backup: the same key, so the entry is updated
    again = _write(tmp_path, [_flat("1084336", "小王子", rating=5)])
    assert run_import(library, ImportKind.DOUBAN, again).updated == 1
    with library.sessions() as s:
        assert s.scalar(select(func.count()).where(Item.title == "小王子")) == 1


def test_sniff(realdata: Path, tmp_path: Path) -> None:
    for name in REAL:
        head = (realdata / "douban" / name).read_bytes()[:4096].decode("utf-8", "ignore")
        assert douban.sniff(head), name
    pretty = json.dumps({"count": 1, "collections": [API_BOOK]}, ensure_ascii=False, indent=2)
    assert douban.sniff("\ufeff" + pretty)
    assert douban.sniff(TOFU_HEADER + TOFU_ROW) and douban.sniff(DESKTOP_HEADER)
    not_douban = [
        "",
        "Book Id,Title,Author,Exclusive Shelf\n",
        '[{"title": "x", "updated": "2020-01-01 00:00:00", "book_id": "1"}]',  # no douban
        '[{"url": "https://book.douban.com/subject/1/", "title": "x"}]',  # no dates
        '{"data": [{"book_id": "1", "updated": "2020-01-01", "url": "douban"}]}',
        "[1, 2, 3] douban",
        "<opml>",
    ]
    for head in not_douban:
        assert not douban.sniff(head), head


def _reads(library: Library, title: str) -> list[tuple[Any, ...]]:
    return [(x.started_on, x.finished_on, x.outcome) for x in _item(library, title).sessions]


def test_later_backup_redates_the_read_instead_of_adding_one(
    library: Library, tmp_path: Path
) -> None:
    """Douban's ``updated`` moves when a mark is edited: a later backup with a new rating and
    a new date still means one read-through (re-dated), and "在读" that became "读过" closes
    the read that was open."""
    first = [_flat("5001", "白鹿原"), {**_flat("5002", "平凡的世界"), "status": "reading"}]
    run_import(library, ImportKind.DOUBAN, _write(tmp_path, first))
    before = dump(library)
    later = [
        {**first[0], "rating": 5, "updated": "2020-06-01 09:00:00"},
        {**first[1], "status": "read", "updated": "2019-08-30 22:00:00"},
    ]
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, later, "later.json"))
    assert (report.created, report.updated) == (0, 2)
    assert _reads(library, "白鹿原") == [(None, dt.date(2020, 6, 1), Status.FINISHED)]
    assert _reads(library, "平凡的世界") == [
        (dt.date(2019, 5, 4), dt.date(2019, 8, 30), Status.FINISHED)
    ]
    assert _item(library, "平凡的世界").status is Status.FINISHED
    with library.sessions() as s:
        finished = s.scalars(select(Event.on).where(Event.kind == EventKind.FINISHED)).all()
    assert sorted(finished) == [dt.date(2019, 8, 30), dt.date(2020, 6, 1)]
    again = run_import(library, ImportKind.DOUBAN, _write(tmp_path, later, "later.json"))
    assert again.unchanged == 2
    with library.sessions.begin() as s:
        batches.undo(s, again.batch or 0)
        batches.undo(s, report.batch or 0)
    assert dump(library) == before


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2016-07-22 08:12:35", dt.date(2016, 7, 22)),
        ("2016-07-22", dt.date(2016, 7, 22)),
        ("2016-7-2 8:12", dt.date(2016, 7, 2)),
        ("2013-05-01T23:30:00+08:00", dt.date(2013, 5, 1)),  # the day the user saw
        ("2013-05-01T23:30:00Z", dt.date(2013, 5, 1)),
        ("", None),
        (None, None),
    ],
)
def test_days(raw: str | None, day: dt.date | None) -> None:
    assert douban.parse_day(raw, "updated") == day


@pytest.mark.parametrize("raw", ["yesterday", "2016-02-30 10:00:00", "22/07/2016", "2016-07"])
def test_bad_days(raw: str) -> None:
    with pytest.raises(InvalidInput, match="updated"):
        douban.parse_day(raw, "updated")


def test_any_field_of_any_type_is_imported_or_skipped(library: Library, tmp_path: Path) -> None:
    """A hand-edited or foreign backup: a field of the wrong type skips (or ignores) that
    record with a reason; it never stops the import with a traceback."""
    odd: list[object] = [7, 2.5, [1, "x"], {"a": 1}, True, None, "", "  "]
    records: list[dict[str, Any]] = []
    for n, key in enumerate([*API_BOOK, *(f"book.{k}" for k in API_BOOK["book"])]):
        for m, value in enumerate(odd):
            record = json.loads(json.dumps(API_BOOK))
            book_id = str(100000 + n * 100 + m)
            record["book_id"] = record["book"]["id"] = book_id
            record["book"]["alt"] = f"https://book.douban.com/subject/{book_id}/"
            record["book"]["isbn10"] = record["book"]["isbn13"] = None
            if key.startswith("book."):
                record["book"][key[5:]] = value
            else:
                record[key] = value
            records.append(record)
    report = run_import(library, ImportKind.DOUBAN, _write(tmp_path, records))
    assert report.created + len(report.skipped) == len(records)
    assert all(row.reason for row in report.skipped)


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("user.ahbei.book.collect.json", Status.FINISHED),
        ("user.x.book.do.json", Status.IN_PROGRESS),
        ("book_wish.json", Status.WANT),
        ("豆伴-读过.csv", Status.FINISHED),
        ("在读的书.csv", Status.IN_PROGRESS),
        ("想读.csv", Status.WANT),
        ("what-to-do.json", None),
        ("reading-list.csv", None),
        ("backup.json", None),
    ],
)
def test_status_from_the_file_name(name: str, status: Status | None) -> None:
    assert douban.status_hint(Path(name)) is status
