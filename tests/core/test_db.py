"""Transactions: reads begin deferred, writes take SQLite's write lock at BEGIN."""

import threading
import time

from sqlalchemy import func, select

from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.models import Item
from readinglog.core.types import ItemKind


def test_two_writers_that_read_first_both_succeed(library: Library) -> None:
    errors: list[BaseException] = []
    inside = threading.Event()

    def second_writer() -> None:
        inside.wait(5)
        try:
            with library.sessions.begin() as s:
                s.scalar(select(func.count(Item.id)))  # read, then write after the first commits
                services.add_item(s, ItemKind.BOOK, "second")
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=second_writer)
    thread.start()
    with library.sessions.begin() as s:
        s.scalar(select(func.count(Item.id)))
        inside.set()
        time.sleep(0.3)  # the second writer is waiting for the lock now
        services.add_item(s, ItemKind.BOOK, "first")
    thread.join(15)
    assert not errors
    with library.sessions() as s:
        assert sorted(s.scalars(select(Item.title))) == ["first", "second"]


def test_reads_do_not_take_the_write_lock(library: Library) -> None:
    with library.sessions() as reader:
        reader.scalar(select(func.count(Item.id)))
        with library.sessions.begin() as s:  # would wait 10 s if the read held the lock
            services.add_item(s, ItemKind.BOOK, "written while a read is open")
