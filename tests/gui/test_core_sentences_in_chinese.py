"""Core's own sentences (core and core_input) read in Chinese in a Chinese window, through
``i18n.said``: no English word is left but what the user typed (and what is typed on a command
line: field names, choices), and the names of file types and standards. A word that went into a
sentence as a part (a kind of entry, a goal's name, what a file looks like, the library, how a
read-through ended) must be translated with it, so it travels as a ``Message``, not a ``str``."""

from __future__ import annotations

import datetime as dt
import errno
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from readinglog.core import (
    covers,
    failures,
    fields,
    filters_sql,
    goals,
    places,
    query,
    services,
    values,
)
from readinglog.core import progress_text as progress
from readinglog.core.errors import Message, UserError
from readinglog.core.goals import GoalMetric
from readinglog.core.library import Library
from readinglog.core.progress_text import ProgressFacts
from readinglog.core.types import ItemKind, ProgressUnit, Role, SessionView, Status
from readinglog.gui.runtime import i18n

WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# Words a translation keeps by design: file types, standards, what is typed on a command line.
KEPT = {
    "ISBN", "UTF-8", "NUL", "YYYY", "YYYY-MM", "YYYY-MM-DD", "JPEG", "PNG", "GIF", "WebP",
    "HTML", "XML", "JSON", "PDF", "BMP", "TIFF", "ICO", "zip", "gzip", "AVIF", "HEIC", "SVG",
    "URL", "ID", "MB", "ReadingLog", "readinglog", "trash", "restore", "feed", "add", "force",
    "debug", "chapter", "loc", "pp",
}  # fmt: skip

Sentence = Callable[[], UserError | Message]


def english_left(text: str, typed: str) -> list[str]:
    """The English words of ``text`` that are neither kept by design nor typed."""
    return sorted(set(WORD.findall(text)) - KEPT - set(WORD.findall(typed)))


def raised(call: Callable[[], object]) -> Sentence:
    def make() -> UserError:
        with pytest.raises(UserError) as caught:
            call()
        return caught.value

    return make


def given(said: Message | None) -> Sentence:
    assert said is not None
    return lambda: said


SESSIONS = [
    SessionView(1, dt.date(2023, 1, 2), dt.date(2023, 2, 3), Status.FINISHED),
    SessionView(2, None, dt.date(2023, 2, 3), Status.ABANDONED),
    SessionView(3, dt.date(2023, 1, 2), None, Status.FINISHED),
    SessionView(4, dt.date(2023, 1, 2), None, None),
    SessionView(5, None, None, None),
    SessionView(6, None, None, Status.FINISHED),
    SessionView(7, None, None, Status.FINISHED),
]
PROGRESS = [
    (ItemKind.BOOK, 120, ProgressUnit.PAGES),
    (ItemKind.EPISODE, 30, ProgressUnit.MINUTES),
    (ItemKind.PODCAST, 2, ProgressUnit.EPISODES),
    (ItemKind.SERIES, None, None),
    (ItemKind.PODCAST, None, None),
]


def _facts(kind: ItemKind, value: float | None, unit: ProgressUnit | None) -> ProgressFacts:
    return ProgressFacts(kind, Status.IN_PROGRESS, value, unit, 300, 5400, 1, 3)


def sentences() -> Iterator[tuple[str, Sentence, str]]:
    """(name, a sentence core makes, the words in it that are typed) for each way core_input
    and core put a sentence together."""
    kinds = " ".join(query.KIND_WORDS)
    yield "kind word", raised(lambda: query.parse_filter("kind:bogus")), f"kind bogus {kinds}"
    yield (
        "is: word",
        raised(lambda: query.parse_filter("is:bogus")),
        "is bogus standalone highlight",
    )
    yield "reason passed on", raised(lambda: query.parse_filter("rating>=9")), "rating"
    yield "year", raised(lambda: query.parse_filter("year:20x")), "year"
    yield "place part", raised(lambda: places.parse_location("p. 3, p. 4")), "location"
    yield "place unread", raised(lambda: places.parse_location("p. 3 xyz")), "location xyz"
    yield "field name", raised(lambda: fields.spec("pages").parse("abc")), "abc"
    yield (
        "field choice",
        raised(lambda: fields.spec("format").parse("vinyl")),
        "vinyl paper ebook audio",
    )
    yield "field text", raised(lambda: fields.spec("original_title").parse(" ")), ""
    yield "a date", raised(lambda: values.parse_date("soon")), "soon"
    yield "a title", raised(lambda: values.clean_text("", services.TITLE)), ""
    yield "kind label", raised(lambda: fields.check_applies(ItemKind.EPISODE, "isbn")), "isbn"
    yield "role", raised(lambda: fields.check_role(ItemKind.VIDEO, Role.HOST)), "host speaker"
    yield (
        "goal name",
        raised(lambda: goals._check(2026, GoalMetric.HOURS, -1, ItemKind.EPISODE)),
        "",
    )
    yield (
        "filter target",
        raised(lambda: filters_sql.item_where(query.parse_filter("lang:zh"))),
        "lang",
    )
    yield "looks like", raised(lambda: covers.check_image(b"%PDF-1.4", "scan.pdf")), "scan pdf"
    yield "the image", raised(lambda: covers.check_image(b"", covers.THE_IMAGE)), ""
    full = OSError(errno.ENOSPC, "No space", "/tmp/x.db")
    yield "disk full", given(failures.describe_said(full)), "tmp db"
    locked = sqlite3.OperationalError("database is locked")
    yield "the library", given(failures.describe_said(locked)), ""
    bug = failures.unexpected_said(KeyError(3), Path("/tmp/log.txt"))
    yield "a bug", given(bug), "KeyError tmp log txt"
    for at, line in enumerate(progress.session_lines_said(SESSIONS)):
        yield f"session {at}", given(line), ""
    for kind, value, unit in PROGRESS:
        yield f"progress {kind.value}", given(progress.progress_said(_facts(kind, value, unit))), ""


CASES = list(sentences())


@pytest.mark.parametrize(("name", "make", "typed"), CASES, ids=[c[0] for c in CASES])
def test_a_core_sentence_reads_in_chinese(
    chinese: list[QTranslator], name: str, make: Sentence, typed: str
) -> None:
    said = make()
    text = i18n.said(said)
    assert text != str(said), f"{name}: {str(said)!r} was left in English"
    assert english_left(text, typed) == [], f"{name}: {text!r}"


def test_kinds_in_a_sentence_made_in_the_library_read_in_chinese(
    chinese: list[QTranslator], library: Library
) -> None:
    with library.sessions.begin() as s:
        show = services.add_item(s, ItemKind.PODCAST, "Show").created
        assert show is not None
        make = raised(lambda: services.add_item(s, ItemKind.COURSE, "x", parent_id=show))
        error = make()
    assert str(error) == "a course cannot belong to a podcast show"
    assert english_left(i18n.said(error), "") == []
