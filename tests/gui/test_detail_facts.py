"""The detail pane's facts as a person reads them (issue 13): sessions without dates say so,
the window and the CLI's ``show`` say the same, progress reads "page 120 of 685 (18%)" with a
bar, and durations read as a clock."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from readinglog.core import activity, progress_text, repository, services
from readinglog.core.library import Library
from readinglog.core.progress_text import ProgressFacts, session_lines
from readinglog.core.query import parse_filter
from readinglog.core.types import EventKind, ItemKind, ProgressUnit, SessionView, Status
from readinglog.gui.runtime import theme
from tests.cli.helpers import run

HEADER = (
    "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,"
    "Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
    "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
    "Private Notes,Read Count,Owned Copies\n"
)


def _row(book_id: int, title: str, shelf: str, date_read: str, count: int) -> str:
    return (
        f'{book_id},"{title}",Some Author,"Author, Some",,="",="",0,4.0,,Paperback,300,2001,2001,'
        f"{date_read},2020/01/01,{shelf},,{shelf},,,,{count},0\n"
    )


# title -> what the window and the CLI must both say of its sessions
GOODREADS = {
    "Read once, no date": (("read", "", 1), ["finished, date unknown"]),
    "Read twice, no dates": (("read", "", 2), ["finished twice, dates unknown"]),
    "Read twice, one date": (
        ("read", "2016/03/05", 2),
        ["finished 2016-03-05", "finished, date unknown"],  # undated ones are listed last
    ),
    "Reading, no date": (("currently-reading", "", 1), ["started, date unknown"]),
    "Given up, no date": (("did-not-finish", "", 0), ["abandoned, date unknown"]),
}


def _id(library: Library, title: str) -> int:
    with library.sessions() as s:
        return repository.item_ids(s, parse_filter(f'title:"{title}"'))[0]


def _page(qtbot: QtBot, window: Any, item_id: int) -> str:
    window.detail.show_item(item_id)
    qtbot.wait(10)
    browser = window.detail.findChild(QTextBrowser, "entry_page")
    assert browser is not None and browser.isVisible()
    text: str = browser.toPlainText()
    return text


def _cli_sessions(capsys: pytest.CaptureFixture[str], item_id: int) -> list[str]:
    shown = run(capsys, "show", str(item_id))
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    head = lines.index("  sessions:")
    return [line.strip() for line in lines[head + 1 :] if line.startswith("    ")]


def test_undated_goodreads_sessions_read_the_same_in_the_window_and_the_cli(
    qtbot: QtBot,
    make_window: Any,
    library: Library,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    csv = tmp_path / "goodreads.csv"
    rows = [_row(i, title, *spec) for i, (title, (spec, _)) in enumerate(GOODREADS.items(), 1)]
    csv.write_text(HEADER + "".join(rows), encoding="utf-8")
    imported = run(capsys, "import", "goodreads", str(csv))
    assert imported.code == 0, imported.err
    window = make_window(library, restore=False)
    for title, (_, expected) in GOODREADS.items():
        item_id = _id(library, title)
        page = _page(qtbot, window, item_id)
        sessions = page.split("Sessions", 1)[1].split("Activity", 1)[0].split("Notes", 1)[0]
        shown = [
            line.strip().removeprefix("•").strip() for line in sessions.splitlines() if line.strip()
        ]
        assert shown == expected, title
        assert _cli_sessions(capsys, item_id) == expected, title
        assert "open" not in shown and not any("?" in line for line in shown)


def _session(
    start: dt.date | None, end: dt.date | None, outcome: Status | None, n: int = 1
) -> SessionView:
    return SessionView(n, start, end, outcome)


def test_every_undated_case_is_said_plainly() -> None:
    d1, d2 = dt.date(2023, 1, 2), dt.date(2023, 2, 3)
    cases = {
        (d1, d2, Status.FINISHED): "2023-01-02 → 2023-02-03 · finished",
        (None, d2, Status.FINISHED): "finished 2023-02-03",
        (d1, None, Status.FINISHED): "started 2023-01-02 · finished, date unknown",
        (None, None, Status.FINISHED): "finished, date unknown",
        (d1, d2, Status.ABANDONED): "2023-01-02 → 2023-02-03 · abandoned",
        (None, None, Status.ABANDONED): "abandoned, date unknown",
        (d1, None, None): "started 2023-01-02, not finished",
        (None, None, None): "started, date unknown",
    }
    for (start, end, outcome), text in cases.items():
        assert session_lines([_session(start, end, outcome)]) == [text]
    undated = _session(None, None, Status.FINISHED)
    dated = _session(d1, d2, Status.FINISHED)
    assert session_lines([undated] * 3 + [dated]) == [
        "finished 3 times, dates unknown",
        "2023-01-02 → 2023-02-03 · finished",
    ]
    assert session_lines([undated, _session(None, None, Status.ABANDONED), undated]) == [
        "finished, date unknown",
        "abandoned, date unknown",
        "finished, date unknown",
    ]


def _facts(**given: Any) -> ProgressFacts:
    base: dict[str, Any] = {
        "kind": ItemKind.BOOK,
        "status": Status.IN_PROGRESS,
        "value": None,
        "unit": None,
        "pages": None,
        "duration_s": None,
        "parts_done": 0,
        "parts_total": 0,
    }
    return ProgressFacts(**{**base, **given})


def test_progress_reads_as_a_person_says_it() -> None:
    text, fraction = progress_text.progress_text, progress_text.progress_fraction
    book = _facts(value=120.0, unit=ProgressUnit.PAGES, pages=685)
    assert text(book) == "page 120 of 685 (18%)"
    assert fraction(book) == pytest.approx(120 / 685)
    assert text(_facts(value=120.0, unit=ProgressUnit.PAGES)) == "page 120"
    series = _facts(kind=ItemKind.SERIES, value=40.0, unit=ProgressUnit.PERCENT)
    assert text(_facts(**{**series.__dict__, "parts_done": 2, "parts_total": 5})) == (
        "2 of 5 courses"
    )
    assert text(series) == "40%"
    show_of_one = _facts(kind=ItemKind.PODCAST, parts_done=1, parts_total=1)
    assert text(show_of_one) == "1 of 1 episode"
    show = _facts(kind=ItemKind.PODCAST, value=3.0, unit=ProgressUnit.EPISODES, parts_total=10)
    assert text(show) == "episode 3 of 10" and fraction(show) == pytest.approx(0.3)
    episode = _facts(kind=ItemKind.EPISODE, value=70.0, unit=ProgressUnit.MINUTES, duration_s=8580)
    assert text(episode) == "1:10:00 of 2:23:00"
    assert text(_facts(kind=ItemKind.COURSE, value=45.0, unit=ProgressUnit.PERCENT)) == "45%"
    assert text(_facts()) is None and fraction(_facts()) is None
    assert progress_text.clock(8580) == "2:23:00" and progress_text.clock(45 * 60) == "45:00"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_detail_pane_shows_progress_with_a_bar_and_durations_as_clocks(
    qtbot: QtBot,
    qapp: Any,
    make_window: Any,
    library: Library,
    light_afterwards: Any,
    tmp_path: Path,
    name: str,
) -> None:
    theme.apply(qapp, name)
    today = dt.date.today()
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "Capital", field_values={"pages": 685}).created
        episode = services.add_item(
            s, ItemKind.EPISODE, "A long talk", field_values={"duration": 8580}
        ).created
        assert book is not None and episode is not None
        activity.log_event(s, book, EventKind.STARTED, today)
        activity.log_event(s, book, EventKind.PROGRESS, today, value=120)
        activity.log_event(s, episode, EventKind.PROGRESS, today, value=70)
    window = make_window(library, restore=False)
    window.resize(1100, 700)
    page = _page(qtbot, window, book)
    assert "Progress" in page and "page 120 of 685 (18%)" in page
    assert "progress · page 120" in page  # the activity row says it the same way
    browser = window.detail.findChild(QTextBrowser, "entry_page")
    source = re.search(r'src="(progress:[^"]+)"', browser.toHtml())
    assert source is not None  # the bar, drawn in the palette's colours
    bar = browser.loadResource(0, QUrl(html.unescape(source.group(1))))
    assert isinstance(bar, QImage)
    highlight = browser.palette().color(QPalette.ColorRole.Highlight)
    assert bar.pixelColor(4, bar.height() // 2).rgb() == highlight.rgb()
    assert bar.pixelColor(bar.width() - 6, bar.height() // 2).rgb() == (
        theme.track_color(browser.palette()).rgb()
    )
    assert window.detail.grab().save(str(tmp_path / f"progress-{name}.png"))
    page = _page(qtbot, window, episode)
    assert "1:10:00 of 2:23:00" in page and "2:23:00" in page
    assert "8580" not in page and "70 minutes" not in page
    assert "progress · 1:10:00" in page
