"""A feed's last refresh error, read back from the library, in the window's language: a real
refresh against the local server fails, the window is closed and opened again, and the show's
episodes panel says the stored sentence as the catalogs say it (core/errors.py
``Message.to_text``, ``feeds.last_error``). A row stored before sentences were kept shows as
its text; in English the panel says the command line's sentence. The expected Chinese is read
from the catalogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from readinglog.core import services
from readinglog.core.library import Library
from readinglog.core.models import Feed, FeedKind
from readinglog.core.types import ItemKind, Target
from readinglog.gui.window.actions import MainAction
from readinglog.online.http import host_of
from tests.gui.helpers import trigger
from tests.gui.test_user_errors_in_chinese import catalog
from tests.online.server import Route, serve

FAILED = "The last refresh failed: {error}"
ANSWERED_ERROR = "{host} answered an error ({code})"
NOT_FOUND = "{host} answered not found (404)"
ROUTES = {"/broken": Route(status=503), "/gone": Route(status=404)}


def _show(library: Library, title: str, url: str) -> int:
    with library.sessions.begin() as s:
        made = services.add_item(s, ItemKind.PODCAST, title, field_values={"feed_url": url})
    assert made.created is not None
    return made.created


def _error_line(window: Any, show: int) -> str:
    window.select_item(show)
    assert window.detail.current == (Target.ITEM, show)
    panel = window.detail.episodes
    assert panel.show_id == show and panel.error_line.isVisibleTo(panel)
    return str(panel.error_line.text())


def _refresh_and_reopen(
    qtbot: QtBot, make_window: Any, library: Library
) -> tuple[Any, dict[str, tuple[int, str]]]:
    """Refresh every feed (each fails), close the window and open a new one on the library."""
    with serve(ROUTES) as served:
        shows = {path: _show(library, path.strip("/"), served.base + path) for path in ROUTES}
        window = make_window(library)
        trigger(window, MainAction.REFRESH_FEEDS)
        qtbot.waitUntil(lambda: not window.feed_commands.busy, timeout=20_000)
        assert len(served.requests) == len(ROUTES)
    window.close()
    return make_window(library), {
        path: (show, host_of(served.base)) for path, show in shows.items()
    }


def test_a_stored_refresh_error_is_said_in_chinese_after_reopening(
    chinese: list[QTranslator], qtbot: QtBot, make_window: Any, library: Library
) -> None:
    window, shows = _refresh_and_reopen(qtbot, make_window, library)
    failed = QCoreApplication.translate("EpisodesPanel", FAILED)
    assert failed != FAILED
    show, host = shows["/broken"]
    said = catalog(ANSWERED_ERROR).format(host=host, code=503)
    assert _error_line(window, show) == failed.format(error=said)
    show, host = shows["/gone"]
    assert _error_line(window, show) == failed.format(error=catalog(NOT_FOUND).format(host=host))


def test_in_english_the_panel_says_the_cli_sentence(
    qtbot: QtBot, make_window: Any, library: Library
) -> None:
    window, shows = _refresh_and_reopen(qtbot, make_window, library)
    show, host = shows["/broken"]
    assert _error_line(window, show) == f"The last refresh failed: {host} answered an error (503)"


@pytest.mark.parametrize("old", ["example.org answered not found (404)", '{"template": "x"'])
def test_a_row_stored_before_sentences_were_kept_shows_as_its_text(
    chinese: list[QTranslator], make_window: Any, library: Library, old: str
) -> None:
    show = _show(library, "Old show", "https://example.org/feed.xml")
    with library.sessions.begin() as s:
        s.add(Feed(item_id=show, url="https://example.org/feed.xml", kind=FeedKind.RSS, error=old))
    window = make_window(library)
    failed = QCoreApplication.translate("EpisodesPanel", FAILED)
    assert _error_line(window, show) == failed.format(error=old)
