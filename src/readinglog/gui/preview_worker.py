"""Markdown preview and word counts, rendered off the GUI thread.

``export.preview`` bounds the time Markdown may take, but rendering and counting a 1 MB note
still take about 0.2 s, so neither runs on the GUI thread. Requests are debounced; each
carries a generation number, a queued job that is already out of date is skipped, and a result
older than the one on screen is dropped, so a slow stale render never overwrites a newer one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from readinglog.core import text
from readinglog.export.preview import render_preview

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
    generation: int
    html: str
    words: int
    chars: int


class _Latest:
    """The newest generation asked for; read by workers to skip stale jobs (an int under
    the GIL, so no lock is needed)."""

    def __init__(self) -> None:
        self.generation = 0


class _Signals(QObject):
    done = Signal(object)  # PreviewResult


class _RenderJob(QRunnable):
    def __init__(self, generation: int, source: str, latest: _Latest, signals: _Signals) -> None:
        super().__init__()
        self._generation = generation
        self._source = source
        self._latest = latest
        self._signals = signals

    def run(self) -> None:
        if self._generation < self._latest.generation:
            return  # a newer request is queued behind us
        try:
            body = render_html(self._source)
        except Exception as error:  # a renderer bug must not kill the preview
            body = f"<p>The preview failed: {html.escape(str(error))}</p>"
        result = PreviewResult(
            self._generation,
            body,
            text.plain_words(self._source),
            text.char_count(self._source),
        )
        self._signals.done.emit(result)


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
        # The pool is created before the signals object so that, as children are destroyed in
        # creation order, it waits for running jobs before their signals object goes away.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_job_done)
        self._latest = _Latest()
        self._shown = 0
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
        self._latest.generation += 1
        job = _RenderJob(self._latest.generation, self._source(), self._latest, self._signals)
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until running jobs finish (tests and shutdown)."""
        return bool(self._pool.waitForDone(msecs))

    def _on_job_done(self, result: PreviewResult) -> None:
        if result.generation <= self._shown:
            return
        self._shown = result.generation
        self.rendered.emit(result)
