"""Typing into the note editor from a child window script, one key per timer tick.

Shared by the kill harness's window path (kill_paths.py) and the concurrency test, whose
child scripts start with ``TYPE_INTO`` and call ``type_into`` once the editor is open.
"""

from __future__ import annotations

import textwrap

TYPE_INTO = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest


    def type_into(editor, text, every_ms, say_typed=False):
        \"\"\"Type text into editor.source, one character every every_ms ms once the event
        loop runs (with say_typed, print "typed <count>" after each); keep the timer.\"\"\"
        typed = 0

        def type_one():
            nonlocal typed
            if typed < len(text):
                QTest.keyClicks(editor.source, text[typed])
                typed += 1
                if say_typed:
                    print(f"typed {typed}", flush=True)

        keys = QTimer()
        keys.timeout.connect(type_one)
        keys.start(every_ms)
        return keys
    """
)
