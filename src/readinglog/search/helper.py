"""One call run in a helper process: a rebuild's second core (no whoosh here).

The helper is a new interpreter (``python -m readinglog.search.helper``), not a fork: the
window's process has threads, and a fork copies only the calling one. Nor is it a
multiprocessing spawn, which runs the caller's main script again in the child. The call (an
importable function and its arguments) goes in pickled on stdin, the result comes back
pickled on stdout. A helper that cannot start, or fails, leaves its work to the caller:
``result`` is then None (``error`` says why) and the caller does the work itself.

Input too big to hold in memory twice (a rebuild's group of documents) goes through a file:
``spool`` writes it a chunk at a time, the call's arguments name the file, and ``unspool``
reads it back a chunk at a time, in the helper or, when the helper failed, in the caller.
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
SPOOL_CHUNK = 256  # items pickled together in a spool file


def can_spawn() -> bool:
    """A second core, and a Python that can start itself again (not a frozen app)."""
    return (os.cpu_count() or 1) > 1 and not getattr(sys, "frozen", False)


class Helper(Generic[T]):
    """``func(*args)`` in a new process; ``func`` must be a module-level function."""

    def __init__(self, func: Callable[..., T], *args: Any) -> None:
        self.args = args
        self.error = ""
        self._value: T | None = None
        self._output = b""
        self._process: subprocess.Popen[bytes] | None = None
        call = pickle.dumps((func.__module__, func.__qualname__, args), pickle.HIGHEST_PROTOCOL)
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", __name__],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            self.error = str(error)
            return
        self._reader = threading.Thread(target=self._talk, args=(call,), daemon=True)
        self._reader.start()

    def _talk(self, call: bytes) -> None:
        assert self._process is not None
        errors = b""
        with contextlib.suppress(OSError):
            self._output, errors = self._process.communicate(call)
        if self._process.returncode != 0:
            lines = errors.decode("utf-8", "replace").strip().splitlines() if errors else []
            self.error = lines[-1] if lines else f"exit status {self._process.returncode}"

    def ready(self) -> bool:
        return self._process is None or not self._reader.is_alive()

    def result(self) -> T | None:
        """Wait for the result; None if the helper failed."""
        if self._process is None:
            return None
        self._reader.join()
        if self._process.returncode == 0 and self._value is None:
            self._value = pickle.loads(self._output)
        return self._value

    def cancel(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._reader.join()


def spool(items: Iterable[Any], path: Path) -> int:
    """Write ``items`` to a new file at ``path`` in pickled chunks; returns how many."""
    count = 0
    source = iter(items)
    with path.open("wb") as out:
        while chunk := list(itertools.islice(source, SPOOL_CHUNK)):
            pickle.dump(chunk, out, pickle.HIGHEST_PROTOCOL)
            count += len(chunk)
    return count


def unspool(path: Path) -> Iterator[Any]:
    """The items ``spool`` wrote to ``path``, in order."""
    with path.open("rb") as source:
        while True:
            try:
                chunk = pickle.load(source)
            except EOFError:
                return
            yield from chunk


def main() -> int:
    module, name, args = pickle.load(sys.stdin.buffer)
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the result on the channel
    func: Any = importlib.import_module(module)
    for part in name.split("."):
        func = getattr(func, part)
    channel.write(pickle.dumps(func(*args), pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(main())
