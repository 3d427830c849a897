"""A library with a year of reading, listening and study to publish, made through core services
(shared by the page tests that read the library and the ones that build sites)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readinglog.core import activity, covers, notes, services
from readinglog.core.library import Library
from readinglog.core.types import ItemKind, Person, Role, Status
from tests.core.test_covers import JPEG


@dataclass(frozen=True)
class Year:
    sapiens: int  # 人类简史, with a cover and a note
    deep_work: int
    three_body: int  # 三体, finished in 2023: not in 2024's review
    reading: int  # in progress
    wanted: int
    course: int  # a certificate in 2024
    old_course: int  # a certificate in 2023
    show: int  # 忽左忽右
    episodes: tuple[int, int]  # of the show, both finished in 2024
    lone_episode: int  # of no show
    video: int
    note: int  # about 人类简史
    cover: str  # 人类简史's stored cover


def _add(library: Library, kind: ItemKind, title: str, **kwargs: object) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(s, kind, title, **kwargs).created  # type: ignore[arg-type]
    assert made is not None
    return made


def _read(library: Library, item: int, start: dt.date | None, end: dt.date) -> None:
    with library.sessions.begin() as s:
        activity.add_session(s, item, start, end, Status.FINISHED)


def build(library: Library) -> Year:
    done = {"status": Status.FINISHED}
    author = [Person(Role.AUTHOR, "尤瓦尔·赫拉利")]
    sapiens = _add(library, ItemKind.BOOK, "人类简史", field_values={"pages": 440, "rating": 4.5},
                   people=author, tags=["历史"], **done)  # fmt: skip
    _read(library, sapiens, dt.date(2024, 2, 1), dt.date(2024, 3, 2))
    with library.sessions.begin() as s:
        cover = covers.store(s, library.paths, sapiens, JPEG)
    deep = _add(library, ItemKind.BOOK, "Deep Work", field_values={"pages": 296, "rating": 4},
                people=[Person(Role.AUTHOR, "Cal Newport")], **done)  # fmt: skip
    _read(library, deep, dt.date(2024, 4, 20), dt.date(2024, 5, 10))
    three = _add(library, ItemKind.BOOK, "三体", field_values={"rating": 5}, **done)
    _read(library, three, dt.date(2023, 9, 1), dt.date(2023, 10, 15))
    reading = _add(library, ItemKind.BOOK, "置身事内", status=Status.IN_PROGRESS)
    wanted = _add(library, ItemKind.BOOK, "Designing Data-Intensive Applications")
    course = _add(
        library, ItemKind.COURSE, "Machine Learning",
        field_values={"platform": "Coursera", "certificate_date": dt.date(2024, 6, 1),
                      "certificate_id": "ABC|123", "rating": 5,
                      "certificate_url": "https://coursera.org/verify/ABC123",
                      "certificate_cost": "49 USD"},
        people=[Person(Role.INSTRUCTOR, "Andrew Ng")], **done,
    )  # fmt: skip
    _read(library, course, dt.date(2024, 3, 1), dt.date(2024, 6, 1))
    old_course = _add(
        library, ItemKind.COURSE, "数据结构与算法",
        field_values={"platform": "学堂在线", "certificate_date": dt.date(2023, 12, 1),
                      "certificate_cost": "¥299"}, **done,
    )  # fmt: skip
    _read(library, old_course, None, dt.date(2023, 12, 1))
    show = _add(library, ItemKind.PODCAST, "忽左忽右", people=[Person(Role.HOST, "程衍樑")])
    first = _add(library, ItemKind.EPISODE, "第 12 期：读书", parent_id=show,
                 field_values={"duration": 3723}, **done)  # fmt: skip
    second = _add(library, ItemKind.EPISODE, "第 13 期：旅行", parent_id=show,
                  field_values={"duration": 2710, "rating": 4}, **done)  # fmt: skip
    _read(library, first, None, dt.date(2024, 7, 9))
    _read(library, second, None, dt.date(2024, 8, 1))
    lone = _add(library, ItemKind.EPISODE, "A lone episode", field_values={"duration": 600},
                **done)  # fmt: skip
    _read(library, lone, None, dt.date(2024, 9, 9))
    video = _add(library, ItemKind.VIDEO, "Inventing on Principle", field_values={"rating": 3.5},
                 **done)  # fmt: skip
    _read(library, video, None, dt.date(2024, 11, 30))
    with library.sessions.begin() as s:
        note = notes.add_note(s, "虚构的故事让智人合作。\n", title="读《人类简史》有感",
                              item_ids=[sapiens]).created  # fmt: skip
    assert note is not None
    return Year(sapiens, deep, three, reading, wanted, course, old_course, show,
                (first, second), lone, video, note, cover)  # fmt: skip
