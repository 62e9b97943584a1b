"""A small threaded HTTP stand-in on 127.0.0.1 for the notifier adapters' providers (webhook receiver,
Solapi, FCM).

Each request is recorded (method, path, headers, raw body). Scripted faults are consumed one per request:
``"500"``, ``"503"``, ``"429"``, ``"408"``, ``"400"``, ``"404"``, ``"302"`` answer that status; ``"hang"``
accepts the request and never answers (until the stub stops); ``"drop"`` closes the connection without an
answer; ``"endless"`` answers 200 announcing a 1 GB body and then sends it never. Otherwise
:meth:`HttpStub.answer` (overridden per provider) decides.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections import deque
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Recorded:
    def __init__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers  # lower-cased names
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


class HttpStub:
    """Start with :meth:`start` (or ``with``); :attr:`url` is its base URL."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls  # a server context: the stub speaks HTTPS
        self.requests: list[Recorded] = []
        self._faults: deque[str] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ script

    def fail(self, *faults: str) -> None:
        with self._lock:
            self._faults.extend(faults)

    def answer(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "application/json"}, b"{}"

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def start(self) -> HttpStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                recorded = Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                with stub._lock:
                    stub.requests.append(recorded)
                    fault = stub._faults.popleft() if stub._faults else None
                if fault == "hang":
                    stub._stopping.wait(60)
                    self.close_connection = True
                    return
                if fault == "endless":
                    self.send_response(200)
                    self.send_header("Content-Length", str(1 << 30))
                    self.end_headers()
                    self.wfile.write(b"x" * 1024)
                    self.wfile.flush()
                    stub._stopping.wait(60)
                    self.close_connection = True
                    return
                if fault == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if fault is not None:
                    status = int(fault)
                    headers = {"Content-Type": "application/json"}
                    if status == 302:
                        headers["Location"] = "http://127.0.0.1:9/elsewhere"
                    if status == 429:
                        headers["Retry-After"] = "7"
                    payload = stub.error_body(status)
                else:
                    status, headers, payload = stub.answer(recorded)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = _handle
            do_GET = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if self.tls is not None:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def error_body(self, status: int) -> bytes:
        return json.dumps({"error": status}).encode()

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> HttpStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def bodies(self) -> Iterable[bytes]:
        return [r.body for r in self.requests]
