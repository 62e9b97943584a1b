"""Granian's native interface (RSGI) in front of the ASGI application.

Granian speaks RSGI natively: a request is one call with a scope object and a protocol object, and a
response is one method call. Under ASGI every request also builds a scope dict and passes three
message dicts across the Rust/Python boundary. Measured here: a bare RSGI handler serves 1.4x the
requests of a bare ASGI one, and ``POST /analyze`` gains 35-45% (docs/performance.md).

``mhealth serve`` therefore runs the app as RSGI. The fast path (fast_path.py) answers its two hot paths (``GET /`` and
``POST /analyze``) natively and hands every other request to the same ASGI stack (Litestar and its middleware)
through :func:`serve_asgi`, which translates one request and its response; the Litestar lifespan runs
in the worker's loop before the first request (:class:`Lifespan`). The ASGI entry point stays for every
other server and for tests.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

log = logging.getLogger("mhealth.http")

# RFC 3986 path characters that need no escape (unreserved, sub-delims, ":" and "@") and the segment separator.
_PATH_SAFE = "/!$&'()*+,;=:@-._~"


def asgi_paths(path: str) -> tuple[str, bytes]:
    """ASGI's ``path`` and ``raw_path`` for an RSGI request's ``path``, as Granian's own ASGI interface gives them.

    Granian hands RSGI the path already percent-decoded once, exactly as its ASGI ``path`` (measured against
    a real Granian: ``/abc%2525`` -> ``/abc%25``, ``/%ED%95%9C`` -> ``/한``): it is passed on untouched, never
    decoded again. RSGI carries no raw target, so ``raw_path`` is the canonical percent-encoding of that path
    (UTF-8, upper-case hex, RFC 3986's path characters left as they are): byte for byte what the client sent
    whenever it sent the canonical form (what HTTP clients and browsers send), and for any other spelling of the
    same path (``%7E`` for ``~``, lower-case hex, raw UTF-8 bytes) the same decoded path, so routing agrees.
    """
    return path, quote(path, safe=_PATH_SAFE, encoding="utf-8", errors="surrogateescape").encode("ascii")


def _header_value(value: str) -> bytes:
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:  # not an HTTP/1 byte string: keep the characters, never a "?"
        return value.encode("utf-8", "surrogateescape")


ASGIApp = Callable[[Any, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]


def _address(value: str) -> tuple[str, int] | None:
    """'host:port' (or '[v6]:port') as the ASGI (host, port) pair."""
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


async def serve_asgi(app: ASGIApp, scope: Any, proto: Any) -> None:
    """Serve one RSGI HTTP request with an ASGI application: the body streams in, the response out.

    The request body is read chunk by chunk as the application asks for it (size limits apply while
    streaming); a response with one body goes out in one call, a streamed one chunk by chunk. If the
    application fails before it has answered, the client gets a bare 500 (Litestar has logged it).
    """
    path, raw_path = asgi_paths(scope.path)
    asgi_scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": scope.http_version,
        "method": scope.method,
        "scheme": scope.scheme,
        "path": path,
        "raw_path": raw_path,
        # Granian gives RSGI the query string as sent (not decoded), as text decoded from UTF-8
        "query_string": scope.query_string.encode("utf-8", "surrogateescape"),
        "root_path": "",
        "headers": [(k.lower().encode("latin-1"), _header_value(v)) for k, v in scope.headers.items()],
        "client": _address(scope.client),
        "server": _address(scope.server),
        "state": {},
    }
    chunks = proto.__aiter__()
    finished = False

    async def receive() -> dict[str, Any]:
        nonlocal finished
        if not finished:
            try:
                chunk = await chunks.__anext__()
            except StopAsyncIteration:
                finished = True
                return {"type": "http.request", "body": b"", "more_body": False}
            return {"type": "http.request", "body": bytes(chunk), "more_body": True}
        await proto.client_disconnect()
        return {"type": "http.disconnect"}

    status = 500
    headers: list[tuple[str, str]] = []
    transport: Any = None
    answered = False

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers, transport, answered
        kind = message["type"]
        if kind == "http.response.start":
            status = message["status"]
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", ())]
            return
        if kind != "http.response.body":
            return
        body = message.get("body", b"")
        if transport is None:
            if not message.get("more_body", False):
                answered = True
                proto.response_bytes(status, headers, body)
                return
            transport = proto.response_stream(status, headers)
            answered = True
        if body:
            await transport.send_bytes(body)

    try:
        await app(asgi_scope, receive, send)
    except Exception:
        if answered:
            raise
        proto.response_bytes(500, [("content-type", "text/plain; charset=utf-8")], b"Internal Server Error")
        raise


class Lifespan:
    """Runs an ASGI application's lifespan (start-up before serving, shut-down after) in an RSGI worker."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._inbox: asyncio.Queue[dict[str, Any]] | None = None
        self._outbox: asyncio.Queue[dict[str, Any]] | None = None
        self._task: asyncio.Task[None] | None = None

    async def startup(self) -> None:
        self._inbox, self._outbox = asyncio.Queue(), asyncio.Queue()
        inbox, outbox = self._inbox, self._outbox

        async def run() -> None:
            try:
                await self.app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, outbox.put)
            finally:
                await outbox.put({"type": "lifespan.ended"})

        self._task = asyncio.get_running_loop().create_task(run())
        await inbox.put({"type": "lifespan.startup"})
        answer = await outbox.get()
        if answer["type"] != "lifespan.startup.complete":
            raise RuntimeError(f"the application did not start: {answer.get('message') or answer['type']}")

    async def shutdown(self) -> None:
        if self._inbox is None or self._outbox is None or self._task is None or self._task.done():
            return
        await self._inbox.put({"type": "lifespan.shutdown"})
        answer = await self._outbox.get()
        if answer["type"] != "lifespan.shutdown.complete":
            log.error("the application did not shut down cleanly: %s", answer.get("message") or answer["type"])
        await asyncio.wait({self._task}, timeout=5)
