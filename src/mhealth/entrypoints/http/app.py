"""The Litestar application factory and the thin ASGI gateway in front of it.

``create_app(settings=None, container=None)`` builds nothing heavy: adapters are built when the app
starts (lifespan), models warm up in the background, and ``/health`` says ``warming`` until ready.

The gateway does, once per request and before any framework work: the request id, authentication,
the access log (method, path, status, duration — never a body, a transcript or a query string), and
the two hot compatible endpoints (``GET /`` and ``POST /analyze``) on a lean path that calls the same
use case and error table as the Litestar route (which stays for OpenAPI and is tested to agree).

Beyond the hot paths it also applies the edge protections: rate limits (per client, stricter on sign-in),
a size limit on every JSON body, security headers on every response (``Cache-Control: no-store`` on /v1,
a strict CSP except on the /schema pages) and, when the response starts, the request's audit entry.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import msgspec
from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import RedocRenderPlugin, SwaggerRenderPlugin
from litestar.types import Receive, Scope, Send

from mhealth import __version__
from mhealth.domain.errors import InvalidInput, MHealthError, TooLarge, Unauthorized
from mhealth.domain.model import AuditOutcome
from mhealth.domain.usecases.facade import MHealth
from mhealth.entrypoints.http.accounts import AuditController, AuthController, ClientController, UserController
from mhealth.entrypoints.http.auth import AuthError, Principal, TokenAuthority, api_key_of
from mhealth.entrypoints.http.compat import ROOT_BODY, CompatController
from mhealth.entrypoints.http.errors import (
    EXCEPTION_HANDLERS,
    ErrorBody,
    domain_error_body,
    validation_problem,
    wants_korean,
)
from mhealth.entrypoints.http.guard import Security, write_audit
from mhealth.entrypoints.http.limits import TokenBuckets
from mhealth.entrypoints.http.rsgi import Lifespan, serve_asgi
from mhealth.entrypoints.http.schemas import AnalysisRequest, analysis_response
from mhealth.entrypoints.http.v1 import AlertController, CheckInController, SeniorController
from mhealth.entrypoints.settings import Settings, load_settings
from mhealth.entrypoints.shutdown import Drain

if TYPE_CHECKING:
    from mhealth.entrypoints.container import Container

log = logging.getLogger("mhealth.http")
access_log = logging.getLogger("mhealth.access")

PUBLIC_PATHS = frozenset({"/", "/health", "/v1/auth/login", "/v1/auth/refresh", "/v1/auth/logout"})
PUBLIC_PREFIXES = ("/schema",)
LOGIN_PREFIX = "/v1/auth/"
UNLIMITED = frozenset({"/", "/health"})  # probes; POST /analyze keeps its lean path (auth only)
MAX_JSON_BYTES = 1024 * 1024
# Security headers: constant byte pairs, appended once per response.
_BASE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_CSP = [(b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'")]
_NO_STORE = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
_HEADERS_API = _BASE_HEADERS + _CSP + _NO_STORE
_HEADERS_PLAIN = _BASE_HEADERS + _CSP
_HEADERS_SCHEMA = _BASE_HEADERS
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_JSON = [(b"content-type", b"application/json")]
_JSON_STR = [("content-type", "application/json")]
_HEADERS_PLAIN_STR = [(k.decode(), v.decode()) for k, v in _HEADERS_PLAIN]

_encoder = msgspec.json.Encoder()
_analysis_decoder = msgspec.json.Decoder(AnalysisRequest)


class Gateway:
    """ASGI wrapper: request id, auth, access log and the lean hot paths; everything else is Litestar."""

    def __init__(self, app: Litestar, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.auth_required = settings.auth == "required"
        self.auth: TokenAuthority | None = None  # from the container when the app starts (lifespan)
        self.access = settings.access_log
        self.mh: MHealth | None = None  # set while the app runs: POST /analyze then takes the lean path
        self._lifespan: Lifespan | None = None  # under RSGI (mhealth serve)
        self.drain = Drain(settings.shutdown_grace_s)  # SIGTERM: requests get a deadline, then 503
        self._root = _encoder.encode(ROOT_BODY)
        self.max_json = settings.max_json_kb * 1024
        self.trust_forwarded = settings.trust_forwarded_for
        # Per-client limits protect a deployment with authentication; MHEALTH_AUTH=off is local development,
        # where every request is one anonymous client and a limit would only get in the way (and in benchmarks).
        limited = settings.rate_limit_per_minute and settings.auth == "required"
        self.limits = TokenBuckets(settings.rate_limit_per_minute) if limited else None
        self.login_limits = (
            TokenBuckets(settings.login_rate_limit_per_minute) if settings.login_rate_limit_per_minute else None
        )

    @property
    def state(self) -> Any:
        return self.app.state

    # RSGI (Granian's native interface, what ``mhealth serve`` runs): the hot paths answer in one call,
    # everything else goes through the ASGI stack below (mhealth.entrypoints.http.rsgi).

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._lifespan = Lifespan(self)
        self.drain.install(loop)
        loop.run_until_complete(self._lifespan.startup())

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._lifespan is not None:
            loop.run_until_complete(self._lifespan.shutdown())

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        if scope.proto != "http":
            proto.close(1003)  # no websockets here
            return
        # Shutting down: a request still running at the drain's deadline is answered 503 there and then
        # (even when its handler cannot unwind, e.g. a rollback queued behind a stuck database thread).
        with self.drain.track(lambda: _answer_shutting_down(proto, _request_id_of(scope.headers.get("x-request-id")))):
            try:
                await self._serve_rsgi(scope, proto)
            except asyncio.CancelledError:
                if not self.drain.cut_off():
                    raise

    async def _serve_rsgi(self, scope: Any, proto: Any) -> None:
        path, method = scope.path, scope.method
        if path == "/analyze" and method == "POST" and self.mh is not None:
            await self._analyze_rsgi(scope, proto)
        elif path == "/" and method == "GET":
            rid = _request_id_of(scope.headers.get("x-request-id"))
            proto.response_bytes(200, [*_JSON_STR, ("x-request-id", rid), *_HEADERS_PLAIN_STR], self._root)
            if self.access:
                access_log.info("GET / 200 rid=%s", rid)
        else:
            await serve_asgi(self, scope, proto)

    async def _analyze_rsgi(self, scope: Any, proto: Any) -> None:
        started = time.perf_counter()
        request_id = _request_id_of(scope.headers.get("x-request-id"))

        def headers_of() -> dict[bytes, bytes]:
            return {k.lower().encode("latin-1"): v.encode("latin-1") for k, v in scope.headers.items()}

        length = scope.headers.get("content-length")
        status, body, extra = await self._analysis(
            lambda: _read_rsgi_body(proto, MAX_JSON_BYTES, length), headers_of, request_id
        )
        headers = [*_JSON_STR, ("x-request-id", request_id), *_HEADERS_PLAIN_STR]
        if extra:
            headers += [(k.decode("latin-1"), v.decode("latin-1")) for k, v in extra]
        proto.response_bytes(status, headers, body)
        if self.access:
            access_log.info(
                "POST /analyze %d %.1fms rid=%s", status, (time.perf_counter() - started) * 1000, request_id
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] == "/analyze" and scope["method"] == "POST" and self.mh is not None:
            await self._analyze(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope["headers"])
        request_id = _request_id(headers)
        state = scope.setdefault("state", {})  # type: ignore[typeddict-unknown-key]
        state["request_id"] = request_id
        status_holder = [500]
        rid = request_id.encode()
        path: str = scope["path"]
        method: str = scope["method"]
        if path.startswith("/v1"):
            extra_headers = _HEADERS_API
        elif path.startswith(PUBLIC_PREFIXES):
            extra_headers = _HEADERS_SCHEMA
        else:
            extra_headers = _HEADERS_PLAIN
        swallow = [False]

        async def send_with_id(message: Any) -> None:
            if swallow[0]:
                return
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                if "audit" in state and not await self._audit(state, message["status"]):
                    swallow[0] = True  # no answer leaves without its audit entry
                    body = _encoder.encode(
                        ErrorBody(error="audit_unavailable", detail="The audit log is unavailable; try again shortly.")
                    )
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 503,
                            "headers": [
                                *_JSON,
                                (b"content-length", str(len(body)).encode()),
                                (b"retry-after", b"5"),
                                (b"x-request-id", rid),
                                *extra_headers,
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                    status_holder[0] = 503
                    return
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid), *extra_headers]
            await send(message)

        try:
            if path == "/" and method == "GET":
                await _send_raw(send_with_id, 200, self._root)
                return
            if path not in UNLIMITED and path != "/analyze":
                state["client_ip"] = self._client_ip(scope, headers)
                if path.startswith(LOGIN_PREFIX) and self.login_limits is not None:
                    wait = self.login_limits.take("ip:" + (state["client_ip"] or "?"))
                    if wait:
                        await _send_limited(send_with_id, wait)
                        return
            if self.auth_required and path not in PUBLIC_PATHS and not path.startswith(PUBLIC_PREFIXES):
                try:
                    state["principal"] = await self._authenticate(headers)
                except AuthError as exc:
                    if path.startswith("/v1"):
                        state["audit"] = {
                            "action": "auth.denied",
                            "resource_type": "request",
                            "outcome": AuditOutcome.DENIED,
                            "actor": "anonymous",
                            "actor_role": "anonymous",
                        }
                    await _send_json(
                        send_with_id,
                        401,
                        ErrorBody(error="unauthorized", detail=exc.detail),
                        [(b"www-authenticate", b'Bearer realm="mhealth"')],
                    )
                    return
            if self.limits is not None and path not in UNLIMITED and not path.startswith(PUBLIC_PREFIXES):
                who = state.get("principal")
                wait = self.limits.take(who.subject if who is not None else "ip:" + (state.get("client_ip") or "?"))
                if wait:
                    await _send_limited(send_with_id, wait)
                    return
            if path != "/analyze" and headers.get(b"content-type", b"").startswith(b"application/json"):
                try:
                    body = await _read_body(receive, self.max_json)
                except TooLarge:
                    await _send_json(
                        send_with_id,
                        413,
                        ErrorBody(error="too_large", detail=f"JSON bodies are limited to {self.max_json // 1024} KB"),
                    )
                    return
                except InvalidInput:
                    return  # the client went away
                receive = _replay(body)
            await self.app(scope, receive, send_with_id)
        finally:
            if self.access:
                access_log.info(
                    "%s %s %d %.1fms rid=%s",
                    method,
                    path,
                    status_holder[0],
                    (time.perf_counter() - started) * 1000,
                    request_id,
                )

    def _client_ip(self, scope: Scope, headers: dict[bytes, bytes]) -> str | None:
        if self.trust_forwarded:
            forwarded = headers.get(b"x-forwarded-for", b"").decode("latin-1").split(",")[0].strip()
            if forwarded:
                return forwarded[:64]
        client = scope.get("client")
        return client[0] if client else None

    async def _authenticate(self, headers: dict[bytes, bytes]) -> Principal:
        if self.auth is None:
            raise AuthError("the service is starting; try again shortly")
        authorization = headers.get(b"authorization", b"").decode("latin-1") or None
        key = api_key_of(authorization, headers.get(b"x-api-key", b"").decode("latin-1") or None)
        security: Security | None = getattr(self.app.state, "security", None)
        if key is not None:
            if security is None:
                raise AuthError("the service is starting; try again shortly")
            try:
                client = await security.access.authenticate_key(key)
            except Unauthorized as exc:
                raise AuthError(exc.detail) from None
            return Principal(subject=client.id, role="service", kind="api_key")
        principal = self.auth.verify(authorization)
        if principal.family is not None and (
            security is None or not await security.access.session_active(principal.family)
        ):
            raise AuthError("the session has ended; sign in again")
        return principal

    async def _audit(self, state: dict[str, Any], status: int) -> bool:
        security: Security | None = getattr(self.app.state, "security", None)
        if security is None:
            return True
        try:
            await write_audit(state, status, state.get("client_ip"), security)
        except Exception as exc:
            log.error("could not write the audit entry of request %s: %s", state.get("request_id"), type(exc).__name__)
            return status >= 400  # a refusal may go out unlogged; data never does
        return True

    async def _analyze(self, scope: Scope, receive: Receive, send: Send) -> None:
        """``POST /analyze`` on the lean path: the same use case, error table and headers as the Litestar
        route (tests/e2e/test_fast_path.py holds them to agree), without the framework's per-request work.
        One response, its headers built once; the request id, authentication and access log as above."""
        started = time.perf_counter()
        headers = dict(scope["headers"])
        request_id = _request_id(headers)
        status, body, extra = await self._analysis(
            lambda: _read_body(receive, MAX_JSON_BYTES), lambda: headers, request_id
        )
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    *_JSON,
                    (b"content-length", str(len(body)).encode()),
                    (b"x-request-id", request_id.encode()),
                    *extra,
                    *_HEADERS_PLAIN,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
        if self.access:
            access_log.info(
                "POST /analyze %d %.1fms rid=%s", status, (time.perf_counter() - started) * 1000, request_id
            )

    async def _analysis(
        self,
        read_body: Callable[[], Awaitable[bytes]],
        headers_of: Callable[[], dict[bytes, bytes]],
        request_id: str,
    ) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
        """Status, body and extra headers of one ``POST /analyze`` (ASGI or RSGI); never raises.

        ``headers_of`` gives the request headers; it is only called when they are needed (authentication,
        the language of an error)."""
        try:
            if self.auth_required:
                try:
                    await self._authenticate(headers_of())
                except AuthError as exc:
                    body = ErrorBody(error="unauthorized", detail=exc.detail)
                    return 401, _encoder.encode(body), [(b"www-authenticate", b'Bearer realm="mhealth"')]
            body_bytes = await read_body()
            try:
                request = _analysis_decoder.decode(body_bytes)
            except msgspec.ValidationError as exc:
                detail, field = validation_problem(str(exc))
                raise InvalidInput(detail, field=field) from None
            except msgspec.DecodeError:
                raise InvalidInput("the body is not valid JSON", field="body") from None
            assert self.mh is not None
            assessment = await self.mh.analyze_text(request.text)
            return 200, _encoder.encode(analysis_response(assessment)), []
        except MHealthError as exc:
            korean = wants_korean(headers_of().get(b"accept-language", b"").decode("latin-1"))
            status, error, extra = domain_error_body(exc, korean=korean)
            return status, _encoder.encode(error), [(k.lower().encode(), v.encode()) for k, v in extra.items()]
        except Exception as exc:
            log.error("unexpected %s in POST /analyze rid=%s", type(exc).__name__, request_id, exc_info=exc)
            body = ErrorBody(
                error="internal_error",
                detail="An unexpected error occurred; it has been logged.",
                request_id=request_id,
            )
            return 500, _encoder.encode(body), []


# New request ids: a random per-process prefix and a counter (unique without a system call per request;
# they correlate log lines, they are not secrets).
_rid = [os.urandom(4).hex(), itertools.count(1)]


def _reseed_request_ids() -> None:  # a forked worker must not repeat its parent's ids
    _rid[:] = [os.urandom(4).hex(), itertools.count(1)]


os.register_at_fork(after_in_child=_reseed_request_ids)


def _request_id(headers: dict[bytes, bytes]) -> str:
    """The caller's ``X-Request-ID`` when it is a sane token, else a new one."""
    given = headers.get(b"x-request-id")
    return _request_id_of(given.decode("latin-1") if given else None)


def _request_id_of(given: str | None) -> str:
    if given and _REQUEST_ID.match(given):
        return given
    prefix, counter = _rid
    return f"{prefix}{next(counter):08x}"


async def _read_rsgi_body(proto: Any, limit: int, content_length: str | None) -> bytes:
    """An RSGI request body, refused as soon as it grows past ``limit``.

    A declared length within the limit is read in one call (the server holds the body to that length);
    a body without one (chunked) is read chunk by chunk and refused as soon as it grows too large."""
    if content_length is not None and content_length.isdigit():
        if int(content_length) > limit:
            raise TooLarge(f"the JSON body is larger than {limit // 1024} KB", field="body")
        return bytes(await proto())
    chunks: list[bytes] = []
    size = 0
    async for chunk in proto:
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the JSON body is larger than {limit // 1024} KB", field="body")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise InvalidInput("the client disconnected", field="body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the JSON body is larger than {limit // 1024} KB", field="body")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _answer_shutting_down(proto: Any, request_id: str) -> None:
    """A request the shutdown deadline cut off: 503, retry elsewhere (nothing if it was already answered)."""
    body = _encoder.encode(
        ErrorBody(error="shutting_down", detail="This instance is shutting down; retry the request.")
    )
    headers = [*_JSON_STR, ("retry-after", "1"), ("x-request-id", request_id), *_HEADERS_PLAIN_STR]
    try:
        proto.response_bytes(503, headers, body)
    except Exception:  # noqa: S110 (the response had started: nothing more can be said to this client)
        pass


def _replay(body: bytes) -> Receive:
    sent = [False]

    async def receive() -> Any:
        if not sent[0]:
            sent[0] = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _send_limited(send: Send, wait: float) -> None:
    await _send_json(
        send,
        429,
        ErrorBody(error="rate_limited", detail="Too many requests; slow down."),
        [(b"retry-after", str(max(1, int(wait + 0.999))).encode())],
    )


async def _send_raw(send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [*_JSON, (b"content-length", str(len(body)).encode())]
    if extra:
        headers.extend(extra)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_json(send: Send, status: int, body: ErrorBody, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await _send_raw(send, status, _encoder.encode(body), extra)


def create_app(settings: Settings | None = None, container: Container | None = None) -> Gateway:
    """Build the ASGI application (cheap: adapters are built at start-up, models load in the background).

    Args:
        settings: configuration; read from the environment when None.
        container: a ready container (tests pass one with overridden providers).
    """
    settings = settings or load_settings()
    if settings.auth == "off":
        log.warning("MHEALTH_AUTH=off: every endpoint is open. For local development only.")

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        # Imported here: the container (dependency-injector) and the adapters cost nothing until start.
        from mhealth.entrypoints.container import create_container, warm_up

        try:
            wired = container or create_container(settings)
            # Authentication required: without a signing secret the service refuses to start, here.
            gateway.auth = wired.token_authority() if settings.auth == "required" else None
            mh = wired.mhealth()
            app.state.security = wired.security()
        except MHealthError as exc:
            log.critical("mhealth cannot start: %s", exc.detail)
            raise
        except Exception as exc:
            log.critical("mhealth cannot start: %s: %s", type(exc).__name__, exc)
            raise
        app.state.mh = mh
        app.state.settings = settings
        gateway.mh = mh
        await warm_up(mh)
        try:
            yield
        finally:
            gateway.mh = None
            await mh.aclose()

    def provide_mh(state: State) -> MHealth:
        return state.mh  # type: ignore[no-any-return]

    def provide_settings() -> Settings:
        return settings

    cors = None
    if settings.cors_origins.strip():
        cors = CORSConfig(allow_origins=[o.strip() for o in settings.cors_origins.split(",") if o.strip()])

    app = Litestar(
        route_handlers=[
            CompatController,
            SeniorController,
            CheckInController,
            AlertController,
            AuthController,
            UserController,
            ClientController,
            AuditController,
        ],
        dependencies={
            "mh": Provide(provide_mh, sync_to_thread=False),
            "settings": Provide(provide_settings, sync_to_thread=False),
        },
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=[lifespan],
        openapi_config=OpenAPIConfig(
            title="mhealth",
            version=__version__,
            description="Voice check-ins for elderly people: screening for depression, anxiety, cognitive decline, "
            "loneliness and suicidal ideation. Not a diagnosis. Authentication: `Authorization: Bearer <token>` "
            "(except `GET /`, `GET /health` and this schema).",
            path="/schema",
            render_plugins=[SwaggerRenderPlugin(), RedocRenderPlugin()],
        ),
        cors_config=cors,
        request_max_body_size=settings.max_upload_bytes + 1024 * 1024,
        debug=False,
    )
    gateway = Gateway(app, settings)
    return gateway
