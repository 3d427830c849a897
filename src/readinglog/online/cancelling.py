"""Stopping a request under way from another thread (``Http.cancel``).

Polling a flag between body chunks cannot stop a request that is blocked in the network: a
server that accepts the connection and never sends its headers, a host whose connection is
never accepted. Closing the socket from another thread does not wake a thread blocked on it
either (it waits for the timeout, then fails with "bad file descriptor"); shutting it down
does, on every platform we ship: the blocked ``connect``, ``recv`` or ``send`` returns at once.

So each ``Http`` client makes its connections through a ``TrackingBackend`` (an httpcore
network backend) that keeps the sockets in use, from before ``connect`` until they are closed,
in a ``Switch``; ``Switch.pull`` marks the client cancelled and shuts every one of them down.
The thread in the request then fails with an httpx error, which ``Http`` reports as
``Cancelled`` because the switch was pulled (never as a network failure: the user asked).

httpx has no public way to give its transports a network backend, so ``install`` sets it on
the connection pools of the transports a client made (its own and the system proxy's); a test
checks that it took.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore._backends.sync import SyncStream  # the stream httpcore's own backend makes

SocketOption = Any  # httpcore's SOCKET_OPTION: (level, option, value), as setsockopt takes


class Switch:
    """One client's cancel switch and the sockets it has open (thread-safe)."""

    def __init__(self) -> None:
        self._pulled = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    @property
    def pulled(self) -> bool:
        return self._pulled.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True at once when the switch is pulled."""
        return self._pulled.wait(seconds)

    def pull(self) -> None:
        """Cancel: every socket in use is shut down, and every later one at its start."""
        self._pulled.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def hold(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)
        if self.pulled:  # pulled while this one was being made
            _shut(sock)

    def release(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)


def _shut(sock: socket.socket) -> None:
    """The plain socket's shutdown (an SSLSocket's own would drop its TLS state under the
    thread reading it); a socket not connected yet, or closed already, is left alone."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class TrackingBackend(httpcore.NetworkBackend):
    """httpcore's synchronous backend, with each socket held by the switch while in use."""

    def __init__(self, switch: Switch) -> None:
        self.switch = switch

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        if self.switch.pulled:
            raise httpcore.ConnectError("cancelled")
        try:
            sock = self._connect(host, port, timeout, local_address)
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(str(error)) from error
        except OSError as error:
            raise httpcore.ConnectError(str(error)) from error
        for option in socket_options or ():
            sock.setsockopt(*option)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return TrackedStream(SyncStream(sock), sock, self.switch)

    def _connect(
        self, host: str, port: int, timeout: float | None, local_address: str | None
    ) -> socket.socket:
        """``socket.create_connection``, with each socket held before it connects."""
        error: OSError | None = None
        for family, kind, proto, _name, address in socket.getaddrinfo(
            host, port, 0, socket.SOCK_STREAM
        ):
            sock = socket.socket(family, kind, proto)
            self.switch.hold(sock)
            try:
                sock.settimeout(timeout)
                if local_address:
                    sock.bind((local_address, 0))
                sock.connect(address)
                return sock
            except OSError as failed:
                error = failed
                self.switch.release(sock)
                sock.close()
                if self.switch.pulled:
                    break
        raise error or OSError(f"{host}: no address to connect to")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("ReadingLog makes no requests over a Unix socket")

    def sleep(self, seconds: float) -> None:
        self.switch.wait(seconds)


class TrackedStream(httpcore.NetworkStream):
    """A stream whose socket the switch holds until it is closed (a TLS stream's, once
    TLS has started: wrapping the socket detaches the plain one)."""

    def __init__(self, inner: httpcore.NetworkStream, sock: socket.socket, switch: Switch) -> None:
        self._inner = inner
        self._sock = sock
        self._switch = switch
        switch.hold(sock)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._switch.release(self._sock)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        try:
            inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        finally:
            self._switch.release(self._sock)  # closed, or detached into the TLS socket
        sock = inner.get_extra_info("socket")
        return TrackedStream(inner, sock if isinstance(sock, socket.socket) else self._sock,
                             self._switch)  # fmt: skip

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def install(client: httpx.Client, switch: Switch) -> int:
    """Give the client's transports (its own and the system proxy's) the tracking backend,
    before any request; the number of transports given it (the others, e.g. a test's
    ``MockTransport``, make no sockets)."""
    transports = [client._transport, *client._mounts.values()]
    count = 0
    for transport in transports:
        if isinstance(transport, httpx.HTTPTransport):
            transport._pool._network_backend = TrackingBackend(switch)
            count += 1
    return count
