"""A real HTTP server on 127.0.0.1 for the network tests: routes map a path (with its query)
to an answer. Real sockets and real requests; nothing in the client is patched.

    with serve({"/books/1.json": Route(body=b"{}", content_type="application/json")}) as base:
        Http().get(f"{base}/books/1.json")
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answered 304 when the request's If-None-Match is this
    delay: float = 0.0  # seconds before answering
    endless: bool = False  # a body that never ends (chunks until the client hangs up)

    @classmethod
    def file(cls, path: Path, content_type: str, **kwargs: object) -> Route:
        return cls(body=path.read_bytes(), content_type=content_type, **kwargs)  # type: ignore[arg-type]

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Route:
        return cls(status=status, headers={"Location": location})


@dataclass
class Served:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # path, headers


@contextlib.contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Served]:
    served = Served("", routes)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:
            served.requests.append((self.path, dict(self.headers.items())))
            route = served.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.etag is not None:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.endless:
                self.end_headers()
                with contextlib.suppress(OSError):
                    while True:
                        self.wfile.write(b"x" * 65536)
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(route.body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # shutdown() waits for the loop's next poll: at the default half second, every test that
    # served something paid up to 0.5 s to stop it
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
