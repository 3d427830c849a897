"""``readinglog`` without a command: open the desktop window, if it is installed."""

from __future__ import annotations

import importlib
import importlib.util
import sys

from readinglog.cli.context import Context


def launch(ctx: Context) -> int:
    if importlib.util.find_spec("readinglog.app") is None:
        print(
            "The desktop window is not built yet; use the commands (readinglog --help).",
            file=sys.stderr,
        )
        return 2
    app = importlib.import_module("readinglog.app")  # loads Qt only now
    return int(app.run(ctx.paths))
