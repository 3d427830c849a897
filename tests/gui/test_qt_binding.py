"""The Qt binding must not leak or drop references: a long session has to survive it.

PySide6 6.12.0 under Python 3.11 decremented None's reference count on every call of a
void method, so a window aborted with "Fatal Python error: none_dealloc" after a few
thousand repaints. pyproject.toml keeps that combination out; this test keeps it out.
"""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_methods_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
        widget.setEnabled(True)
        timer.start(10_000)
        QCoreApplication.processEvents()
    timer.stop()
    assert abs(sys.getrefcount(None) - before) < 50
