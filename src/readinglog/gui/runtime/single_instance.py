"""One window per library folder: a QLockFile decides, a QLocalServer lets a second launch
bring the first window to the front.

The lock's stale time is 0, so it never expires by age; QLockFile removes it when the process
that holds it is gone (after a crash or ``kill -9``). On Linux the server uses the abstract
socket namespace, so no socket file is written anywhere (READINGLOG_HOME stays the only folder
touched); elsewhere it uses a name made from the library path.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILENAME = "readinglog.lock"
MESSAGE = b"raise\n"
TIMEOUT_MS = 1000


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"io.github.readinglog-{digest}"


def _abstract() -> bool:
    return sys.platform.startswith("linux")


class SingleInstance(QObject):
    """``acquire()`` once; then either ``listen()`` (we are first) or ``notify()`` (we are not)."""

    activated = Signal()  # another launch asked for this window

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self._name = server_name(folder)
        self._lock = QLockFile(str(folder / LOCK_FILENAME))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now owns the library folder."""
        return self._lock.tryLock(0)

    def listen(self) -> bool:
        server = QLocalServer(self)
        if _abstract():
            server.setSocketOptions(QLocalServer.SocketOption.AbstractNamespaceOption)
        else:
            QLocalServer.removeServer(self._name)  # a socket left by a crashed process
        server.newConnection.connect(self._on_server_new_connection)
        if not server.listen(self._name):
            return False
        self._server = server
        return True

    def notify(self) -> bool:
        """Ask the running instance to show its window; False when it did not answer."""
        socket = QLocalSocket()
        if _abstract():
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        socket.connectToServer(self._name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        ok = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # Bound slots only: a lambda holding ``self`` would tie our lifetime to a socket's.
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.activated.emit()
