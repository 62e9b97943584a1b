"""The deliberate fast path: ``GET /`` and ``POST /analyze`` answered without the framework, ASGI and RSGI.

These two are the hot endpoints of the original service (a probe and the stateless text screening). They
are answered here in one response, headers built once, with the same edge as every other request —
authentication, the rate limit, the JSON body limit and nesting cap, the error bodies, the security
headers, ``Connection: close`` after an early answer, the access log, the metrics and the trace span —
because they call the same functions (:mod:`mhealth.entrypoints.http.edge`,
:mod:`mhealth.entrypoints.http.errors`, :mod:`mhealth.entrypoints.observability`) as the Litestar middleware
does. The Litestar routes stay for OpenAPI and for requests the fast path hands over: a request with an
``Origin`` while CORS is configured (so CORS answers exactly as Litestar's CORS middleware does) and anything
before start-up has finished. tests/http/test_fast_path_parity.py holds the two to agree.

Everything else goes to the Litestar application: under ASGI directly, under RSGI (Granian's native
interface, what ``mhealth serve`` runs) through :func:`~mhealth.entrypoints.http.rsgi.serve_asgi`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from mhealth.domain.errors import InvalidInput, MHealthError, TooLarge
from mhealth.entrypoints.http.auth import AuthError, Principal
from mhealth.entrypoints.http.collector import tune_for_serving
from mhealth.entrypoints.http.controllers.screening import ROOT_BODY
from mhealth.entrypoints.http.edge import (
    CLOSE,
    HEADERS_API,
    HEADERS_PLAIN,
    WWW_AUTHENTICATE,
    ClientGone,
    Edge,
    check_json_depth,
    declared_over,
    declares_body,
    json_too_large,
    read_asgi_body,
    read_rsgi_body,
    retry_after,
)
from mhealth.entrypoints.http.error_codes import BY_CODE
from mhealth.entrypoints.http.errors import (
    ErrorBody,
    domain_error_bytes,
    error_bytes,
    validation_problem,
    wants_korean,
)
from mhealth.entrypoints.http.request_ids import request_id, request_id_of
from mhealth.entrypoints.http.rsgi import Lifespan, serve_asgi
from mhealth.entrypoints.http.schemas import AnalysisRequest, analysis_response, screened
from mhealth.entrypoints.observability.requests import UNMATCHED, trace_headers
from mhealth.entrypoints.shutdown import Drain

if TYPE_CHECKING:
    from litestar import Litestar
    from litestar.types import Receive

log = logging.getLogger("mhealth.http")

_encoder = msgspec.json.Encoder()
_analysis_decoder = msgspec.json.Decoder(AnalysisRequest)
_JSON = (b"content-type", b"application/json")
_PLAIN_STR = [(k.decode(), v.decode()) for k, v in [_JSON, *HEADERS_PLAIN]]
_API_STR = [(k.decode(), v.decode()) for k, v in [_JSON, *HEADERS_API]]
CHECK_IN_ROUTE = "/v1/seniors/{senior_id}/check-ins"  # the route's name in metrics and traces


def _is_check_in(path: str) -> bool:
    """``/v1/seniors/<id>/check-ins``: the route a burst of check-ins hits."""
    if not (path.startswith("/v1/seniors/") and path.endswith("/check-ins")):
        return False
    senior = path[len("/v1/seniors/") : -len("/check-ins")]
    return bool(senior) and "/" not in senior


Answer = tuple[int, bytes, list[tuple[bytes, bytes]]]
_NONE: list[tuple[bytes, bytes]] = []


class _RsgiHeaders(Mapping[bytes, bytes]):
    """RSGI's str header mapping seen as the lower-case bytes mapping the edge reads (no copy)."""

    __slots__ = ("_headers",)

    def __init__(self, headers: Any) -> None:
        self._headers = headers

    def __getitem__(self, key: bytes) -> bytes:
        value = self._headers.get(key.decode("latin-1"))
        if value is None:
            raise KeyError(key)
        return str(value).encode("latin-1")

    def __iter__(self) -> Iterator[bytes]:
        return (k.lower().encode("latin-1") for k in self._headers.keys())

    def __len__(self) -> int:
        return len(self._headers.keys())


class FastPath:
    """The application a server runs (ASGI and RSGI): the two hot paths here, the rest to Litestar."""

    def __init__(self, app: Litestar, edge: Edge, *, cors: bool) -> None:
        self.app = app
        self.edge = edge
        self.cors = cors  # with CORS configured, a browser request (with Origin) goes to Litestar's CORS
        self._root = _encoder.encode(ROOT_BODY)
        self._lifespan: Lifespan | None = None
        self.drain = Drain(edge.settings.shutdown_grace_s)  # SIGTERM: requests get a deadline, then 503

    @property
    def state(self) -> Any:
        return self.app.state

    # ------------------------------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Any, receive: Receive, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        if (path == "/analyze" and method == "POST") or (path == "/" and method == "GET"):
            headers = dict(scope["headers"])
            if self._takes(headers, path):
                await self._asgi(scope, receive, send, headers)
                return
        started = time.perf_counter()
        status = 500
        observer = self.edge.observer
        observation = observer.start(request_id(scope), *trace_headers(scope["headers"]), method)

        async def send_logged(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        finally:
            observer.finish(observation, method, scope.get("path_template") or UNMATCHED, status, started)

    def _takes(self, headers: Mapping[bytes, bytes], path: str) -> bool:
        if self.cors and b"origin" in headers:
            return False
        return path == "/" or self.edge.mh is not None

    async def _asgi(self, scope: Any, receive: Receive, send: Any, headers: dict[bytes, bytes]) -> None:
        started = time.perf_counter()
        given = headers.get(b"x-request-id")
        rid = request_id_of(given.decode("latin-1") if given else None)
        traceparent, cloud_trace = headers.get(b"traceparent"), headers.get(b"x-cloud-trace-context")
        observation = self.edge.observer.start(
            rid,
            traceparent.decode("latin-1") if traceparent else None,
            cloud_trace.decode("latin-1") if cloud_trace else None,
            scope["method"],
        )
        if scope["path"] == "/":
            status, body, extra = 200, self._root, _NONE
        else:

            async def read() -> bytes:
                if declared_over(headers, self.edge.max_json):
                    raise json_too_large(self.edge.max_json)
                return await read_asgi_body(receive, self.edge.max_json, json_too_large)

            status, body, extra = await self.analysis(headers, read, scope.get("client"), rid)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    _JSON,
                    (b"content-length", str(len(body)).encode()),
                    *extra,
                    (b"x-request-id", rid.encode()),
                    *HEADERS_PLAIN,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
        self.edge.observer.finish(observation, scope["method"], scope["path"], status, started)

    # ------------------------------------------------------------------------------------------ RSGI

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        from mhealth.entrypoints.observability.process import setup_process

        setup_process(self.edge.settings)  # this worker's logs (stdout, MHEALTH_LOG_FORMAT) and traces
        self.drain.install(loop)
        self._lifespan = Lifespan(self)
        loop.run_until_complete(self._lifespan.startup())
        tune_for_serving()  # start-up's objects frozen, young collections rarer: ~10% of a request's CPU

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._lifespan is not None:
            loop.run_until_complete(self._lifespan.shutdown())

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        if scope.proto != "http":
            proto.close(1003)  # no websockets here
            return
        # Shutting down: a request still running at the drain's deadline is answered 503 there and then
        # (even when its handler cannot unwind, e.g. a rollback queued behind a stuck database thread).
        with self.drain.track(lambda: _answer_shutting_down(proto, request_id_of(scope.headers.get("x-request-id")))):
            try:
                await self._serve_rsgi(scope, proto)
            except asyncio.CancelledError:
                if not self.drain.cut_off():
                    raise

    async def _serve_rsgi(self, scope: Any, proto: Any) -> None:
        path, method = scope.path, scope.method
        if method == "POST" and self.edge.in_flight >= self.edge.max_in_flight and _is_check_in(path):
            raw = scope.headers
            if not (self.cors and raw.get("origin") is not None):
                await self._shed_check_in(proto, raw)
                return
        if (path == "/analyze" and method == "POST") or (path == "/" and method == "GET"):
            raw = scope.headers
            if not (self.cors and raw.get("origin") is not None) and (path == "/" or self.edge.mh is not None):
                await self._rsgi(scope, proto, raw, path, method)
                return
        await serve_asgi(self, scope, proto)

    async def _rsgi(self, scope: Any, proto: Any, raw: Any, path: str, method: str) -> None:
        edge = self.edge
        started = time.perf_counter()
        rid = request_id_of(raw.get("x-request-id"))
        observation = edge.observer.start(rid, raw.get("traceparent"), raw.get("x-cloud-trace-context"), method)
        if path == "/":
            status, body, extra = 200, self._root, _NONE
        else:

            def read() -> Awaitable[bytes]:
                return read_rsgi_body(proto, edge.max_json, raw.get("content-length"))

            client = scope.client if edge.limits is not None else None  # read only when a limit needs it
            status, body, extra = await self.analysis(_RsgiHeaders(raw), read, client, rid)
        out = [*_PLAIN_STR, ("x-request-id", rid)]
        if extra:
            out += [(k.decode("latin-1"), v.decode("latin-1")) for k, v in extra]
        proto.response_bytes(status, out, body)
        edge.observer.finish(observation, method, path, status, started)

    async def _shed_check_in(self, proto: Any, raw: Any) -> None:
        """A check-in past ``MHEALTH_MAX_IN_FLIGHT`` requests at once: the 503 ``overloaded`` with Retry-After that
        :class:`EdgeMiddleware` answers, before any work (no credential check, no database), without routing
        and the ASGI translation first. A burst answers most of its requests this way: a fraction of the CPU."""
        edge = self.edge
        started = time.perf_counter()
        rid = request_id_of(raw.get("x-request-id"))
        observation = edge.observer.start(rid, raw.get("traceparent"), raw.get("x-cloud-trace-context"), "POST")

        def read() -> Awaitable[bytes]:
            return read_rsgi_body(proto, edge.max_json, raw.get("content-length"))

        status, body, extra = await self._shed(_RsgiHeaders(raw), read)
        out = [*_API_STR, ("x-request-id", rid)]
        out += [(k.decode("latin-1"), v.decode("latin-1")) for k, v in extra]
        proto.response_bytes(status, out, body)
        edge.observer.finish(observation, "POST", CHECK_IN_ROUTE, status, started)

    # ------------------------------------------------------------------------------------------ POST /analyze

    async def analysis(
        self,
        headers: Mapping[bytes, bytes],
        read_body: Callable[[], Awaitable[bytes]],
        client: Any,
        rid: str,
    ) -> Answer:
        """Status, body and extra headers of one ``POST /analyze`` (ASGI or RSGI); never raises.

        The same steps, in the same order, as the Litestar route behind :class:`EdgeMiddleware`: shed past
        ``MHEALTH_MAX_IN_FLIGHT`` requests at once, authenticate, rate-limit, read the body under the JSON
        limit, check its nesting, decode, screen."""
        edge = self.edge
        if edge.in_flight >= edge.max_in_flight:
            return await self._shed(headers, read_body)
        edge.in_flight += 1
        try:
            return await self._analysis(headers, read_body, client, rid)
        finally:
            edge.in_flight -= 1

    async def _shed(self, headers: Mapping[bytes, bytes], read_body: Callable[[], Awaitable[bytes]]) -> Answer:
        """503 ``overloaded`` with Retry-After before any work, as :class:`EdgeMiddleware` answers. A JSON-sized
        body is read first: a socket closed on unread bytes is reset, and the reset can destroy the answer."""
        extra = [retry_after(1.0)]
        if declares_body(headers):
            try:
                await read_body()
            except ClientGone:
                return 400, error_bytes("invalid_input", detail="the client disconnected"), []  # no one reads it
            except MHealthError:
                extra.append(CLOSE)  # larger than any JSON body: left unread, the connection closes
        return 503, error_bytes("overloaded", korean=self._korean(headers)), extra

    async def _analysis(
        self,
        headers: Mapping[bytes, bytes],
        read_body: Callable[[], Awaitable[bytes]],
        client: Any,
        rid: str,
    ) -> Answer:
        edge = self.edge
        body_read = False
        try:
            principal: Principal | None = None
            if edge.auth_required:
                try:
                    principal = await edge.authenticate(headers)
                except AuthError as exc:
                    body = error_bytes("unauthorized", detail=exc.detail)
                    return 401, body, self._early(headers, [WWW_AUTHENTICATE])
            if edge.limits is not None:
                wait = await edge.client_wait(principal, edge.client_ip(client, headers.get(b"x-forwarded-for")))
                if wait:
                    body = error_bytes("rate_limited", korean=self._korean(headers))
                    return 429, body, self._early(headers, [retry_after(wait)])
            body_bytes = await read_body()
            body_read = True
            check_json_depth(body_bytes)
            try:
                request = _analysis_decoder.decode(body_bytes)
            except msgspec.ValidationError as exc:
                detail, field = validation_problem(str(exc))
                raise InvalidInput(detail, field=field) from None
            except msgspec.DecodeError:
                raise InvalidInput("the body is not valid JSON", field="body") from None
            assert edge.mh is not None
            assessment = await edge.mh.analyze_text(request.text)
            return 200, _encoder.encode(analysis_response(screened(assessment))), []
        except ClientGone:
            return 400, error_bytes("invalid_input", detail="the client disconnected"), []  # no one reads it
        except MHealthError as exc:
            status, payload, extra = domain_error_bytes(exc, korean=self._korean(headers))
            if isinstance(exc, TooLarge) or not body_read:
                extra = self._early(headers, extra)
            return status, payload, extra
        except Exception as exc:
            log.error("unexpected %s in POST /analyze rid=%s", type(exc).__name__, rid, exc_info=exc)
            failure = ErrorBody(error="internal_error", detail=BY_CODE["internal_error"].en, request_id=rid)
            return 500, _encoder.encode(failure), []

    @staticmethod
    def _korean(headers: Mapping[bytes, bytes]) -> bool:
        return wants_korean(headers.get(b"accept-language", b"").decode("latin-1"))

    @staticmethod
    def _early(headers: Mapping[bytes, bytes], extra: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        """``extra``, with ``Connection: close`` when the request's body was left unread."""
        return [*extra, CLOSE] if declares_body(headers) else extra


def _answer_shutting_down(proto: Any, rid: str) -> None:
    """A request the shutdown deadline cut off: 503, retry elsewhere (nothing if it was already answered)."""
    headers = [*_PLAIN_STR, ("retry-after", "1"), ("x-request-id", rid)]
    try:
        proto.response_bytes(503, headers, error_bytes("shutting_down"))
    except Exception:  # noqa: S110 (the response had started: nothing more can be said to this client)
        pass
