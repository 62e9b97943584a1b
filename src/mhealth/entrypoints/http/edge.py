"""The edge of the HTTP service, written once: authentication, rate limits, body limits, the JSON nesting
cap, security headers and keep-alive on early answers (the access log and metrics: ``Edge.observer``).

Framework-free on purpose: the Litestar middleware (:mod:`mhealth.entrypoints.http.middleware`) and the
deliberate fast path (:mod:`mhealth.entrypoints.http.fast_path`) both call these functions, so the two
ways a request can be served refuse the same requests with the same bodies and headers.

Body limits are per kind of route, whatever the Content-Type says (or none): JSON routes take
``MHEALTH_MAX_JSON_KB``, upload routes ``MHEALTH_MAX_UPLOAD_MB`` (plus a little for the multipart
framing). They are counted while the body streams in, so a chunked body without a Content-Length is
refused as soon as it grows too large, not after it has been read.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from mhealth.domain.errors import ConfigurationError, InvalidInput, TooLarge, Unauthorized
from mhealth.entrypoints.http.auth import AuthError, Principal, api_key_of
from mhealth.entrypoints.http.limits import (
    LimiterUnavailable,
    RedisBuckets,
    SharedRedis,
    SharedSignInLockout,
    TokenBuckets,
)
from mhealth.entrypoints.observability.requests import HttpObserver

if TYPE_CHECKING:
    from mhealth.domain.usecases.facade import MHealth
    from mhealth.entrypoints.http.guard import Security
    from mhealth.entrypoints.settings import Settings

log = logging.getLogger("mhealth.http")

MAX_JSON_DEPTH = 64
MULTIPART_OVERHEAD = 64 * 1024  # an upload's form framing and small fields, on top of the file itself

# Security headers: constant byte pairs, appended once per response.
_BASE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_CSP = [(b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'")]
_NO_STORE = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
HEADERS_API = _BASE_HEADERS + _CSP + _NO_STORE  # /v1: personal data, never cached
HEADERS_PLAIN = _BASE_HEADERS + _CSP
HEADERS_SCHEMA = _BASE_HEADERS  # the documentation pages load their scripts
# The web app (/app): scripts, styles and images from this origin only, never inline; forms post here only.
_CSP_APP = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    b"media-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS_APP = [*_BASE_HEADERS, (b"content-security-policy", _CSP_APP), *_NO_STORE]  # pages: personal data
HEADERS_APP_STATIC = [
    *_BASE_HEADERS,
    (b"content-security-policy", _CSP_APP),
    (b"cache-control", b"public, max-age=3600"),
]
CLOSE = (b"connection", b"close")
WWW_AUTHENTICATE = (b"www-authenticate", b'Bearer realm="mhealth"')


def security_headers(path: str) -> list[tuple[bytes, bytes]]:
    """The security headers of a response to ``path``."""
    if path.startswith("/v1"):
        return HEADERS_API
    if path.startswith("/schema"):
        return HEADERS_SCHEMA
    if path.startswith("/app"):
        return HEADERS_APP_STATIC if path.startswith("/app/static/") else HEADERS_APP
    return HEADERS_PLAIN


def declares_body(headers: Mapping[bytes, bytes]) -> bool:
    """Whether a request announces a body (a non-zero Content-Length, or any Transfer-Encoding)."""
    length = headers.get(b"content-length")
    return (length is not None and length.strip() not in (b"", b"0")) or b"transfer-encoding" in headers


def declared_over(headers: Mapping[bytes, bytes], limit: int) -> bool:
    """Whether the request declares a Content-Length over ``limit`` (refused before a byte is read)."""
    length = headers.get(b"content-length")
    return length is not None and length.isdigit() and int(length) > limit


def retry_after(wait: float) -> tuple[bytes, bytes]:
    """The Retry-After header for a wait of ``wait`` seconds (whole seconds, at least 1)."""
    return (b"retry-after", str(max(1, int(wait + 0.999))).encode())


def json_too_large(limit: int) -> TooLarge:
    kb = limit // 1024
    return TooLarge(
        f"the JSON body is larger than the limit of {kb} KB",
        field="body",
        detail_ko=f"요청 본문이 너무 큽니다. 최대 {kb}KB",
    )


# ------------------------------------------------------------------------------------------ JSON nesting

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def check_json_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than ``limit`` before any decoder sees it (msgspec and the standard
    library recurse: ~1,000 levels raise RecursionError, which would be a 500).

    Strings are skipped (a bracket inside a string nests nothing). Almost every body has fewer brackets
    than the limit in all, and is let through after two counts in C.

    Raises:
        InvalidInput: nested too deep (400 ``invalid_input``, field ``body``).
    """
    if body.count(b"[") + body.count(b"{") <= limit:
        return
    depth = 0
    for byte in _STRING.sub(b"", body).translate(None, _NOT_BRACKET):
        if byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                raise InvalidInput(
                    f"the JSON body is nested deeper than {limit} levels",
                    field="body",
                    detail_ko=f"JSON 중첩이 {limit}단계를 넘습니다",
                )
        else:
            depth -= 1


# ------------------------------------------------------------------------------------------ bodies

Receive = Callable[[], Awaitable[Any]]


class ClientGone(Exception):
    """The client disconnected before its body was read: there is no one to answer."""


async def read_asgi_body(receive: Receive, limit: int, too_large: Callable[[int], TooLarge]) -> bytes:
    """A whole ASGI request body, refused (``too_large(limit)`` raised) as soon as it grows past ``limit``.

    Raises:
        TooLarge: the body is over the limit (the rest is left unread).
        ClientGone: the client went away.
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def read_rsgi_body(proto: Any, limit: int, content_length: str | None) -> bytes:
    """An RSGI request body, refused as soon as it grows past ``limit`` (JSON routes).

    A declared length within the limit is read in one call (the server holds the body to that length);
    a body without one (chunked) is read chunk by chunk and refused as soon as it grows too large.
    """
    if content_length is not None and content_length.isdigit():
        if int(content_length) > limit:
            raise json_too_large(limit)
        return bytes(await proto())
    chunks: list[bytes] = []
    size = 0
    async for chunk in proto:
        size += len(chunk)
        if size > limit:
            raise json_too_large(limit)
        chunks.append(bytes(chunk))
    return b"".join(chunks)


async def read_stream(chunks: AsyncIterator[bytes], limit: int, too_large: Callable[[int], TooLarge]) -> bytes:
    """A whole body from a stream of chunks, refused as soon as it grows past ``limit``."""
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        parts.append(chunk)
    return b"".join(parts)


def is_json(content_type: str) -> bool:
    """Whether a Content-Type names JSON (any case, any parameters, ``+json`` types too)."""
    mime = content_type.partition(";")[0].strip().lower()
    return mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))


def replay(body: bytes, state: MutableMapping[str, Any]) -> Receive:
    """An ASGI ``receive`` that gives ``body`` (already read) once, then a disconnect."""
    state["body_read"] = True
    sent = False

    async def receive() -> Any:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def counting(
    receive: Receive, limit: int, state: MutableMapping[str, Any], too_large: Callable[[int], TooLarge]
) -> Receive:
    """An ASGI ``receive`` that raises ``too_large(limit)`` as soon as the body streamed so far is over
    ``limit`` (uploads: the handler streams the body to a file), and notes when the body has been read."""
    size = 0

    async def receive_counted() -> Any:
        nonlocal size
        message = await receive()
        if message["type"] == "http.request":
            size += len(message.get("body", b""))
            if size > limit:
                raise too_large(limit)
            if not message.get("more_body", False):
                state["body_read"] = True
        return message

    return receive_counted


# ------------------------------------------------------------------------------------------ the edge


class Edge:
    """Per-application edge state: settings read once, the rate-limit buckets, and (once started) the
    security objects and the facade from the container."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.auth_required = settings.auth == "required"
        self.max_json = settings.max_json_kb * 1024
        self.max_upload_body = settings.max_upload_bytes + MULTIPART_OVERHEAD
        self.trust_forwarded = settings.trust_forwarded_for
        self.access = settings.access_log
        # the access line, the request metrics and the server span of every request (observability/)
        self.observer = HttpObserver(settings)
        # Per-client limits protect a deployment with authentication; MHEALTH_AUTH=off is local development,
        # where every request is one anonymous client and a limit would only get in the way (and in benchmarks).
        limited = settings.rate_limit_per_minute and self.auth_required
        self.limits = TokenBuckets(settings.rate_limit_per_minute) if limited else None
        self.login_limits = (
            TokenBuckets(settings.login_rate_limit_per_minute) if settings.login_rate_limit_per_minute else None
        )
        # MHEALTH_REDIS_URL: the same buckets shared by every process and instance (limits.py)
        if settings.redis_url and importlib.util.find_spec("redis") is None:
            raise ConfigurationError(
                "MHEALTH_REDIS_URL needs the 'redis' extra, which is not installed; run: pip install 'mhealth[redis]'",
                field="MHEALTH_REDIS_URL",
            )
        self.redis = (
            SharedRedis(settings.redis_url, timeout_s=settings.redis_timeout_s, prefix=settings.redis_prefix)
            if settings.redis_url
            else None
        )
        self.shared_limits = (
            RedisBuckets(self.redis, "client", settings.rate_limit_per_minute)
            if self.redis is not None and limited
            else None
        )
        self.lockout = (
            SharedSignInLockout(
                self.redis, max_failures=settings.login_max_failures, window_s=settings.login_lockout_minutes * 60
            )
            if self.redis is not None
            else None
        )
        self.shared_login_limits = (
            RedisBuckets(self.redis, "login", settings.login_rate_limit_per_minute)
            if self.redis is not None and settings.login_rate_limit_per_minute
            else None
        )
        # Requests being served at once (all but probes); past the limit a request is refused at once with
        # 503 overloaded, before authentication or any other database work (issue 12: shed, never queue).
        self.max_in_flight = settings.max_in_flight
        self.in_flight = 0
        self.security: Security | None = None  # set at start-up (lifespan), from the container
        self.mh: MHealth | None = None

    def client_ip(self, client: Any, forwarded: bytes | None) -> str | None:
        """The client's address: the first X-Forwarded-For hop behind a trusted proxy, else the peer."""
        if self.trust_forwarded and forwarded:
            first = forwarded.decode("latin-1").split(",")[0].strip()
            if first:
                return first[:64]
        if isinstance(client, str):  # RSGI: "host:port"
            return client.rpartition(":")[0].strip("[]") or None
        return str(client[0]) if client else None

    async def login_wait(self, client_ip: str | None) -> float:
        """Seconds to wait before this address may try a sign-in route again (0: go ahead).

        Raises:
            LimiterUnavailable: the limit is shared through Redis and Redis does not answer (fail closed).
        """
        key = "ip:" + (client_ip or "?")
        if self.shared_login_limits is not None:
            return await self.shared_login_limits.take(key)
        return self.login_limits.take(key) if self.login_limits is not None else 0.0

    async def client_wait(self, principal: Principal | None, client_ip: str | None) -> float:
        """Seconds this client (its token subject or API key, else its address) must wait (0: go ahead).

        With Redis, the shared bucket; while Redis does not answer, this process's own bucket (fail open to
        the per-process limit: an outage of the limiter must not stop the service)."""
        if self.limits is None:
            return 0.0
        key = principal.subject if principal is not None else "ip:" + (client_ip or "?")
        if self.shared_limits is not None:
            try:
                return await self.shared_limits.take(key)
            except LimiterUnavailable:
                pass
        return self.limits.take(key)

    async def authenticate(self, headers: Mapping[bytes, bytes]) -> Principal:
        """The caller of a request with these (lower-case) headers.

        Raises:
            AuthError: no, a malformed, an expired, a forged or a revoked credential.
        """
        security = self.security
        if security is None:
            raise AuthError("the service is starting; try again shortly")
        authorization = headers.get(b"authorization", b"").decode("latin-1") or None
        key = api_key_of(authorization, headers.get(b"x-api-key", b"").decode("latin-1") or None)
        if key is not None:
            try:
                client = await security.flights.run(("key", key), lambda: security.access.authenticate_key(key))
            except Unauthorized as exc:
                raise AuthError(exc.detail) from None
            return Principal(subject=client.id, role="service", kind="api_key")
        principal = security.tokens.verify(authorization)
        family = principal.family
        if family is not None and not await security.flights.run(
            ("session", family), lambda: security.access.session_active(family)
        ):
            raise AuthError("the session has ended; sign in again")
        return principal
