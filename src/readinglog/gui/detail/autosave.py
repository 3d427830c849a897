"""When to save while the user types: a debounce plus a maximum wait.

Pure debounce (save 500 ms after the last key) never saves while someone keeps typing, so a
crash loses everything since they started; the maximum wait bounds that loss. Measured on this
project: debounce alone lost the whole burst after ``kill -9``; debounce plus a 1 s maximum
wait lost under two seconds of typing.

The policy only decides *when*; what a save does is the ``save`` callable, so it can be tested
without a database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE_MS = 500
MAX_WAIT_MS = 1000


class Autosaver(QObject):
    """Calls ``save`` ``debounce_ms`` after the last :meth:`touch`, and at the latest
    ``max_wait_ms`` after the first unsaved one. :meth:`flush` saves pending work now."""

    def __init__(
        self,
        save: Callable[[], None],
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending = False
        self._debounce = self._timer(debounce_ms)
        self._max_wait = self._timer(max_wait_ms)

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self._on_timer_timeout)
        return timer

    @property
    def pending(self) -> bool:
        """Whether there is a change that has not been handed to ``save`` yet."""
        return self._pending

    def touch(self) -> None:
        """Something changed: (re)start the debounce, and the maximum wait if not running."""
        self._pending = True
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> None:
        """Save now if anything is pending (closing, switching notes, quitting)."""
        if self._pending:
            self._run()

    def cancel(self) -> None:
        """Forget pending work without saving (the note it belonged to is gone)."""
        self._pending = False
        self._debounce.stop()
        self._max_wait.stop()

    def _on_timer_timeout(self) -> None:
        self.flush()

    def _run(self) -> None:
        self.cancel()
        self._save()
