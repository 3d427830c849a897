"""The window's feeds: a show's episodes under its page, Refresh this feed / Refresh all feeds on
a worker (progress, Cancel, one status line), marking an episode (its entry under the show),
Set feed address… for a YouTube handle. Against a real local server serving the recorded feeds;
nothing goes online before the user chooses Refresh."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from readinglog.core import feeds, services
from readinglog.core.library import Library
from readinglog.core.models import Feed, FeedEpisode
from readinglog.core.types import ItemKind, Status, Target
from readinglog.gui.runtime import theme
from readinglog.gui.runtime.worker import ProgressDialog
from readinglog.gui.window.actions import MainAction
from readinglog.online import feeds as online_feeds
from tests.gui.helpers import answer, trigger
from tests.gui.test_contrast import SWITCHES, check, grab, in_window, switch, text_contrast
from tests.online.server import Route, serve

RSS = "application/rss+xml; charset=utf-8"
CHANNEL = "UCK8sQmJBp8GCxrOtXWBpyEA"
WAIT_MS = 20_000


def _items(path: Path) -> int:
    return len(re.findall(r"<item>", path.read_text(encoding="utf-8")))


def _show(library: Library, title: str, url: str | None, kind: ItemKind = ItemKind.PODCAST) -> int:
    fields = {"feed_url": url} if url and kind is ItemKind.PODCAST else {}
    with library.sessions.begin() as s:
        made = services.add_item(s, kind, title, field_values=fields)
    assert made.created is not None
    return made.created


def _open(window: Any, show: int) -> None:
    window.select_item(show)
    assert window.detail.current == (Target.ITEM, show)
    assert window.detail.episodes.active and window.detail.episodes.show_id == show


def _wait_refresh(qtbot: QtBot, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.feed_commands.busy, timeout=WAIT_MS)


def test_refresh_this_feed_lists_the_episodes_under_the_show(
    qtbot: QtBot, make_window: Any, library: Library, realdata: Path
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    expected = _items(podbean)
    with serve({"/feed/": Route.file(podbean, RSS, etag='"pb-1"')}) as served:
        show = _show(library, "Around the Bloc", f"{served.base}/feed/")
        window = make_window(library)
        _open(window, show)
        panel = window.detail.episodes
        assert panel.count == 0 and panel.hint.isVisibleTo(panel)
        assert "Refresh this feed (F5)" in panel.hint.text()
        assert served.requests == []  # nothing fetched at start-up, nor by showing the show
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
        assert len(served.requests) == 1
    assert panel.count == expected
    assert panel.heading.text() == f"Episodes · {expected}"
    assert not panel.hint.isVisibleTo(panel) and panel.list.isVisibleTo(panel)
    model = panel.list.episodes
    assert model.index(0, 1).data() == "S03E11: Finding Nemo-rocco"  # the newest first
    assert model.index(0, 3).data() == "1:50:05"
    dates = [model.index(r, 2).data() for r in range(model.rowCount()) if model.index(r, 2).data()]
    assert dates == sorted(dates, reverse=True)
    assert window.feed_commands.last_summary == (f"1 feed refreshed, {expected} new episodes")
    assert "checked" in panel.feed_line.text()
    numbered = "<itunes:episode>" in podbean.read_text(encoding="utf-8")
    assert panel.list.isColumnHidden(0) is not numbered  # no "#" column of blanks
    # Shown at start-up (the only entry), before the window had its size: the episodes still
    # get the room the window grew by, the facts what they need.
    facts, below = window.findChild(QWidget, "entry_splitter").sizes()
    assert below > 2 * facts
    with library.sessions() as s:
        assert s.get(Feed, show).etag == '"pb-1"'


def test_a_dead_feed_fails_in_one_sentence_and_the_good_one_lists(
    qtbot: QtBot, make_window: Any, library: Library, realdata: Path
) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    routes = {"/broken": Route(status=500), "/good": Route.file(radio, RSS)}
    with serve(routes) as served:
        broken = _show(library, "Broken show", f"{served.base}/broken")
        good = _show(library, "Label pop", f"{served.base}/good")
        window = make_window(library)
        _open(window, broken)
        trigger(window, MainAction.REFRESH_FEEDS)
        _wait_refresh(qtbot, window)
    line = window.feed_commands.last_summary
    assert line.startswith("1 feed refreshed, ") and f"{_items(radio)} new episodes" in line
    assert "; 1 failed: Broken show: " in line and "500" in line
    assert "\n" not in line
    panel = window.detail.episodes
    assert panel.count == 0  # the broken show, shown: its error under its feed
    assert panel.error_line.isVisibleTo(panel) and "500" in panel.error_line.text()
    _open(window, good)
    assert panel.count == _items(radio) and not panel.error_line.isVisibleTo(panel)


def test_mark_as_heard_makes_the_entry_under_the_show_and_enter_opens_it(
    qtbot: QtBot, make_window: Any, library: Library, realdata: Path
) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    with serve({"/rf": Route.file(radio, RSS)}) as served:
        show = _show(library, "Label pop", f"{served.base}/rf")
        window = make_window(library)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    panel = window.detail.episodes
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    trigger(window, MainAction.FOCUS_EPISODES)
    qtbot.waitUntil(panel.list.hasFocus, timeout=2000)
    first = panel.list.current_id()
    assert first is not None
    with qtbot.waitSignal(window.changed, timeout=5000):
        QTest.keyClick(panel.list, Qt.Key.Key_F)
    with library.sessions() as s:
        row = feeds.episode(s, first)
        assert row.item_id is not None and row.status is Status.FINISHED
        entry = services.load_item(s, row.item_id)
        assert (entry.kind, entry.parent_id, entry.title) == (ItemKind.EPISODE, show, row.title)
        assert s.query(FeedEpisode).filter(FeedEpisode.item_id.is_not(None)).count() == 1
    assert window.detail.current == (Target.ITEM, show)  # still the show, its row marked
    assert panel.list.episodes.index(0, 4).data() == "heard"
    assert panel.list.current_id() == first  # the current episode stays
    assert window.statusBar().currentMessage() == "Marked 1 episode heard, under “Label pop”"
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.detail.current == (Target.ITEM, row.item_id)


def test_enter_on_an_unmarked_episode_says_how_to_mark_it(
    qtbot: QtBot, make_window: Any, library: Library, realdata: Path
) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    with serve({"/rf": Route.file(radio, RSS)}) as served:
        show = _show(library, "Label pop", f"{served.base}/rf")
        window = make_window(library)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    panel = window.detail.episodes
    panel.list.setCurrentIndex(panel.list.episodes.index(1, 0))
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.detail.current == (Target.ITEM, show)
    assert "F marks it heard" in window.statusBar().currentMessage()


def test_cancel_stops_a_refresh_and_keeps_the_feeds_read_before(
    qtbot: QtBot, make_window: Any, library: Library, realdata: Path
) -> None:
    radio = realdata / "feeds" / "barryvdh_picofeed__radio-france.xml"
    # The slow answer is a whole feed: had the cancel not stopped it, its episodes were stored.
    routes = {"/good": Route.file(radio, RSS), "/slow": Route.file(radio, RSS, delay=2.0)}
    with serve(routes) as served:
        good = _show(library, "Label pop", f"{served.base}/good")
        slow = _show(library, "Slow", f"{served.base}/slow")
        window = make_window(library)
        _open(window, good)
        trigger(window, MainAction.REFRESH_FEEDS)
        qtbot.waitUntil(lambda: len(served.requests) == 2, timeout=WAIT_MS)
        dialog = window.findChild(ProgressDialog)
        assert dialog is not None
        started = time.monotonic()
        dialog.findChild(QPushButton).click()  # its Cancel button
        _wait_refresh(qtbot, window)
        assert time.monotonic() - started < 5
    assert window.feed_commands.last_summary.startswith("Feed refresh cancelled")
    assert window.detail.episodes.count == _items(radio)  # stored before the cancel
    _open(window, slow)
    assert window.detail.episodes.count == 0


def test_cancel_stops_a_feed_whose_server_never_answers(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    """The server took the request and sends nothing for 10 s: the progress dialog's Cancel
    ends the request under way at once (not at the timeout), and the feed is not marked
    failed (nothing went wrong with it: the user cancelled)."""
    with serve({"/slow": Route(body=b"<rss/>", content_type=RSS, delay=10)}) as served:
        show = _show(library, "Slow", f"{served.base}/slow")
        window = make_window(library)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEEDS)
        qtbot.waitUntil(lambda: len(served.requests) == 1, timeout=WAIT_MS)
        qtbot.wait(100)  # the request waits for its headers
        dialog = window.findChild(ProgressDialog)
        assert dialog is not None
        started = time.monotonic()
        dialog.findChild(QPushButton).click()  # its Cancel button
        _wait_refresh(qtbot, window)
        assert time.monotonic() - started < 1.0
    assert window.feed_commands.last_summary.startswith("Feed refresh cancelled")
    with library.sessions() as s:
        feed = s.get(Feed, show)
        assert feed is None or feed.error is None


def test_set_feed_address_resolves_a_youtube_handle_and_lists_videos(
    qtbot: QtBot,
    make_window: Any,
    library: Library,
    realdata: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    atom = realdata / "feeds" / "feedjira_feedjira__youtube_atom.xml"
    page = f'<link rel="canonical" href="https://www.youtube.com/channel/{CHANNEL}">'
    routes = {
        "/@google": Route(body=page.encode(), content_type="text/html"),
        f"/feeds/videos.xml?channel_id={CHANNEL}": Route.file(atom, "application/atom+xml"),
    }
    with serve(routes) as served:
        monkeypatch.setenv(online_feeds.YOUTUBE_ENV, served.base)
        show = _show(library, "Google", None, ItemKind.SERIES)
        window = make_window(library)
        _open(window, show)
        panel = window.detail.episodes
        assert panel.heading.text() == "Videos" and "No feed yet" in panel.hint.text()
        window.feed_commands.set_feed(show, "https://www.youtube.com/@google")
        qtbot.waitUntil(lambda: not window.feed_commands.busy, timeout=WAIT_MS)
        assert [path for path, _ in served.requests] == ["/@google"]  # the page, not the feed
        assert f"channel_id={CHANNEL}" in panel.feed_line.text()
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    videos = len(re.findall(r"<yt:videoId>", atom.read_text(encoding="utf-8")))
    assert panel.count == videos and panel.heading.text() == f"Videos · {videos}"
    assert (
        panel.actions_by_status[Status.FINISHED]
        .text()
        .replace("&", "")
        .startswith("Mark as watched")
    )


def test_refresh_this_feed_on_a_show_without_one_says_so(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    show = _show(library, "No feed", None)
    window = make_window(library)
    _open(window, show)
    trigger(window, MainAction.REFRESH_FEED)
    assert not window.feed_commands.busy
    assert "no feed yet" in window.statusBar().currentMessage()


def test_a_book_has_no_episodes_panel(make_window: Any, library: Library) -> None:
    with library.sessions.begin() as s:
        book = services.add_item(s, ItemKind.BOOK, "A book").created
    assert book is not None
    window = make_window(library)
    window.select_item(book)
    assert not window.detail.episodes.active
    assert not window.detail.episodes.isVisibleTo(window.detail)


def test_screenshot_of_a_show_with_its_episodes(
    qtbot: QtBot,
    make_window: Any,
    library: Library,
    realdata: Path,
    themed: str,
    screenshots: Path,
) -> None:
    podbean = realdata / "feeds" / "barryvdh_picofeed__podbean.xml"
    with serve({"/feed/": Route.file(podbean, RSS)}) as served:
        show = _show(library, "Around the Bloc", f"{served.base}/feed/")
        window = make_window(library, restore=False)
        window.resize(1280, 760)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    panel = window.detail.episodes
    first, second = (panel.list.episodes.rows[r].id for r in (0, 1))
    window.feed_commands.mark([first], Status.FINISHED)
    window.feed_commands.mark([second], Status.IN_PROGRESS)
    panel.select(second)
    qtbot.wait(30)
    path = screenshots / f"show-episodes-{themed}.png"
    assert window.grab().save(str(path))


NUMBERED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>Numbered</title>
<item><guid>a</guid><title>\xe7\xac\xac\xe4\xb8\x80\xe9\x9b\x86</title>
<pubDate>Mon, 06 Jan 2025 08:00:00 +0800</pubDate><itunes:episode>1</itunes:episode>
<itunes:duration>45:30</itunes:duration></item>
<item><guid>b</guid><title>Bonus</title><pubDate>Tue, 07 Jan 2025 08:00:00 +0800</pubDate></item>
</channel></rss>"""


def test_episode_numbers_show_when_the_feed_has_them(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    with serve({"/n": Route(body=NUMBERED, content_type=RSS)}) as served:
        show = _show(library, "Numbered", f"{served.base}/n")
        window = make_window(library)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    model = window.detail.episodes.list.episodes
    assert not window.detail.episodes.list.isColumnHidden(0)
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        ["", "Bonus", "2025-01-07", "", ""],
        ["1", "第一集", "2025-01-06", "45:30", ""],
    ]


def test_set_feed_address_asks_for_it_and_stores_it(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    show = _show(library, "Typed by hand", None)
    window = make_window(library)
    _open(window, show)

    def fill(dialog: QInputDialog) -> None:
        assert dialog.textValue() == ""  # no feed yet
        dialog.setTextValue("  https://example.org/rss.xml  ")
        dialog.accept()

    with answer(qtbot, QInputDialog, fill):
        trigger(window, MainAction.SET_FEED_URL)
    qtbot.waitUntil(lambda: not window.feed_commands.busy, timeout=WAIT_MS)
    with library.sessions() as s:  # a feed that is not YouTube's: stored as given, no request
        assert feeds.source(s, show).url == "https://example.org/rss.xml"
    assert "example.org/rss.xml" in window.detail.episodes.feed_line.text()
    assert "F5 fetches its episodes" in window.statusBar().currentMessage()


def test_a_read_only_library_refuses_a_refresh_before_any_request(
    qtbot: QtBot, make_window: Any, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve({"/rf": Route(body=NUMBERED, content_type=RSS)}) as served:
        show = _show(library, "Numbered", f"{served.base}/rf")
        read_only = Library.open(replace(library.paths, read_only=True))
        try:
            window = make_window(read_only, restore=False)
            refused: list[str] = []
            monkeypatch.setattr(window, "report_error", refused.append)
            _open(window, show)
            trigger(window, MainAction.REFRESH_FEED)
            trigger(window, MainAction.REFRESH_FEEDS)
            assert not window.feed_commands.busy
            window.close()
        finally:
            read_only.close()
        assert served.requests == []
    assert len(refused) == 2 and all("read-only" in text for text in refused), refused


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_the_episodes_panel_is_readable_after_a_theme_switch(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Any,
    library: Library,
    light_afterwards: None,
    start: str,
    end: str,
) -> None:
    theme.apply(qapp, start)
    with serve({"/broken": Route(status=500), "/n": Route(body=NUMBERED, content_type=RSS)}) as sv:
        broken = _show(library, "Broken", f"{sv.base}/broken")
        good = _show(library, "Numbered", f"{sv.base}/n")
        window = make_window(library, restore=False)
        window.resize(1280, 760)
        trigger(window, MainAction.REFRESH_FEEDS)
        _wait_refresh(qtbot, window)
    _open(window, good)
    panel = window.detail.episodes
    window.feed_commands.mark([panel.list.episodes.rows[0].id], Status.FINISHED)
    _open(window, broken)
    switch(qtbot, qapp, end)
    image = grab(window)
    regions = {
        "error line": panel.error_line,
        "hint": panel.hint,
        "feed line": panel.feed_line,
        "heading": panel.heading,
    }
    found = {
        what: text_contrast(image, in_window(label, label.rect(), window))
        for what, label in regions.items()
    }
    _open(window, good)
    qtbot.wait(20)
    image = grab(window)
    view = panel.list
    for row in range(view.episodes.rowCount()):
        rect = view.visualRect(view.episodes.index(row, 4)).united(
            view.visualRect(view.episodes.index(row, 1))
        )
        found[f"row {row}"] = text_contrast(image, in_window(view.viewport(), rect, window))
    check(found)


def test_the_feed_modules_load_no_network_library_until_a_command_runs() -> None:
    """Start-up imports the panel and the commands; httpx and feedparser wait for a refresh."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import readinglog.gui.detail.episodes_panel, readinglog.gui.window.feed_commands\n"
        "loaded = sorted(m for m in ('httpx', 'feedparser', 'readinglog.online') if m in "
        "sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_a_moved_feed_keeps_its_new_address_and_says_so(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    routes = {"/old": Route.redirect("/new"), "/new": Route(body=NUMBERED, content_type=RSS)}
    with serve(routes) as served:
        show = _show(library, "Moved", f"{served.base}/old")
        window = make_window(library)
        _open(window, show)
        trigger(window, MainAction.REFRESH_FEED)
        _wait_refresh(qtbot, window)
    assert window.feed_commands.last_summary == (
        "1 feed refreshed, 2 new episodes; 1 feed moved (the new address is kept)"
    )
    assert f"Feed: {served.base}/new · checked" in window.detail.episodes.feed_line.text()


def test_refresh_all_feeds_with_no_feed_says_how_to_give_one(
    make_window: Any, library: Library
) -> None:
    _show(library, "No feed", None)
    window = make_window(library)
    trigger(window, MainAction.REFRESH_FEEDS)
    assert not window.feed_commands.busy
    assert "No show has a feed yet" in window.statusBar().currentMessage()


def test_a_long_feed_is_shown_by_reading_only_the_rows_in_view(
    make_window: Any, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Columns sized to their contents read every row on each layout (3,000 episodes: 65,000
    reads, a quarter of a second on the GUI thread at every mark); sized from the widest text
    a column can hold, only the rows on screen are read."""
    import datetime as dt

    from readinglog.core.feeds import EpisodeRead, FeedRead
    from readinglog.core.models import FeedKind
    from readinglog.gui.detail.episodes_panel import EpisodesModel

    show = _show(library, "Long", "http://127.0.0.1:9/rss")
    day = dt.date(2000, 1, 1)
    episodes = tuple(
        EpisodeRead(f"g{i}", f"Episode {i}", day + dt.timedelta(days=i), 3600 + i, i)
        for i in range(3000)
    )
    with library.sessions.begin() as s:
        feeds.store(s, show, FeedRead("http://127.0.0.1:9/rss", FeedKind.RSS, episodes=episodes))
    reads = [0]
    data = EpisodesModel.data

    def counted(self: EpisodesModel, index: Any, role: int = 0) -> object:
        reads[0] += 1
        return data(self, index, role)

    monkeypatch.setattr(EpisodesModel, "data", counted)
    window = make_window(library)
    _open(window, show)
    window.detail.episodes.list.setFocus()
    QApplication.processEvents()
    assert window.detail.episodes.count == 3000
    assert window.detail.episodes.list.episodes.index(0, 0).data() == "2999"
    assert 0 < reads[0] < 3000, reads[0]
