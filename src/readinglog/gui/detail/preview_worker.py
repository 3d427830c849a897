"""Markdown preview and word counts, rendered off the GUI thread.

``export.preview`` bounds the time Markdown may take, but rendering and counting a 1 MB note
still take about 0.2 s, so neither runs on the GUI thread. Requests are debounced and run on
the preview's own thread (``worker.LatestOnly``): a queued job that is already out of date is
skipped, and a result older than the one on screen is dropped, so a slow stale render never
overwrites a newer one.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from readinglog.core import text
from readinglog.export.preview import render_preview
from readinglog.gui.runtime.worker import LatestOnly

log = logging.getLogger(__name__)

DELAY_MS = 250
_warmed_up = False


def render_html(source: str) -> str:
    """Sanitized HTML for a note (time-bounded: pathological input comes back as text)."""
    return render_preview(source).html


def warm_up() -> None:
    """Build the first Markdown converter on the GUI thread, once.

    Python-Markdown imports its extensions (and importlib.metadata) when the first converter
    is built; PySide runs its import hook for every import, so those imports are kept off the
    worker thread. The worker then builds its own converter from modules already loaded.
    """
    global _warmed_up
    if not _warmed_up:
        render_preview(
            "*warm* [up](https://example.org)\n\n| a |\n|---|\n| b |\n\n```\nx\n```[^1]\n\n[^1]: y"
        )
        _warmed_up = True


@dataclass(frozen=True)
class PreviewResult:
    html: str
    words: int
    chars: int


def _render(source: str) -> PreviewResult:
    """Runs on the preview's thread."""
    try:
        body = render_html(source)
    except Exception as error:  # a renderer bug must not kill the preview; the log keeps it
        log.exception("the preview could not be rendered")
        # (QCoreApplication.translate is thread-safe)
        failed = QCoreApplication.translate("NotePreview", "The preview failed: {error}")
        body = f"<p>{html.escape(failed.format(error=error))}</p>"
    return PreviewResult(body, text.plain_words(source), text.char_count(source))


class PreviewScheduler(QObject):
    """Renders ``source()`` ``delay_ms`` after the last :meth:`schedule`, on one worker thread.

    ``rendered`` carries a :class:`PreviewResult` newer than any emitted before.
    """

    rendered = Signal(object)

    def __init__(
        self, source: Callable[[], str], *, delay_ms: int = DELAY_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._jobs = LatestOnly("preview_pool", interim=True, parent=self)
        self._jobs.answered.connect(self.rendered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.render_now)

    def schedule(self) -> None:
        """The text changed: render it once typing pauses."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        warm_up()
        self._jobs.request(partial(_render, self._source()))

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs finish (tests and shutdown)."""
        return self._jobs.wait(msecs)
