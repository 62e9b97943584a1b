"""The edge as Litestar middleware: one middleware for routed requests, one ``before_send`` hook for all.

:class:`EdgeMiddleware` (Litestar's ``ASGIMiddleware``) runs after routing, so it reads what it must do
from the route's ``opt`` — declared on each handler, not kept in lists of paths:

- ``public=True``: no credential needed (probes, sign-in routes); otherwise a bearer token or API key
  (``MHEALTH_AUTH=required``) or 401;
- ``probe=True``: no rate limit; ``login=True``: the stricter per-address sign-in limit as well;
- ``body="upload"``: the body streams to the handler under ``MHEALTH_MAX_UPLOAD_MB``; any other route is a
  JSON route: its body is read here under ``MHEALTH_MAX_JSON_KB`` (whatever the Content-Type says) and its
  nesting checked before any decoder sees it;
- and it writes the request's audit entry when the response starts (no data leaves unaudited).

:func:`edge_headers` (a ``before_send`` hook, so it also covers 404/405 answered before routing) adds the
request id, the security headers and ``Connection: close`` on an answer given before the request's body
was read (the server cannot keep such a connection alive: it says so instead of closing silently).

Every refusal is built by :mod:`mhealth.entrypoints.http.edge`, which the fast path uses too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware

from mhealth.domain.errors import MHealthError
from mhealth.domain.model import AuditOutcome
from mhealth.entrypoints.http.auth import AuthError
from mhealth.entrypoints.http.edge import (
    CLOSE,
    WWW_AUTHENTICATE,
    ClientGone,
    Edge,
    check_json_depth,
    counting,
    declared_over,
    declares_body,
    json_too_large,
    read_asgi_body,
    replay,
    retry_after,
    security_headers,
)
from mhealth.entrypoints.http.errors import domain_error_bytes, error_bytes, wants_korean
from mhealth.entrypoints.http.guard import write_audit
from mhealth.entrypoints.http.limits import DOWN_S, LimiterUnavailable
from mhealth.entrypoints.http.request_ids import request_id
from mhealth.entrypoints.http.uploads import upload_too_large

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("mhealth.http")

_JSON = (b"content-type", b"application/json")


async def send_answer(send: Any, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """A whole JSON answer in two messages."""
    headers = [_JSON, (b"content-length", str(len(body)).encode())]
    if extra:
        headers.extend(extra)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def edge_headers(message: Message, scope: Scope) -> None:
    """``before_send`` hook: request id, security headers, and ``Connection: close`` after an early answer."""
    if message["type"] != "http.response.start":
        return
    headers = list(message.get("headers") or ())
    headers.append((b"x-request-id", request_id(scope).encode()))  # type: ignore[arg-type]  # a mutable mapping
    headers.extend(security_headers(scope["path"]))
    state: dict[str, Any] = scope.get("state", {})
    if not state.get("body_read") and declares_body(dict(scope["headers"])):
        headers.append(CLOSE)
    message["headers"] = headers


class EdgeMiddleware(ASGIMiddleware):
    """Authentication, rate limits, body limits and the audit entry of every routed HTTP request."""

    scopes = (ScopeType.HTTP,)
    exclude_path_pattern = ("^/schema",)  # the documentation pages: public, read-only, no rate limit

    def __init__(self, edge: Edge) -> None:
        self.edge = edge

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        http: Any = scope  # an HTTP scope (scopes = HTTP only)
        edge = self.edge
        if http["route_handler"].opt.get("probe"):
            await self._serve(scope, receive, send, next_app)
            return
        if edge.in_flight >= edge.max_in_flight:
            # Shed before any work: no credential check, no database. A JSON-sized body is drained first: a
            # socket closed on unread bytes is reset, and the reset can destroy the answer before it is read.
            request_id(scope)  # type: ignore[arg-type]  # the refusal carries one too
            headers = dict(http["headers"])
            korean = wants_korean(headers.get(b"accept-language", b"").decode("latin-1"))
            if declares_body(headers) and not declared_over(headers, edge.max_json):
                try:
                    await read_asgi_body(receive, edge.max_json, json_too_large)
                    http["state"]["body_read"] = True
                except ClientGone:
                    return
                except MHealthError:
                    pass  # larger than any JSON body: answered with Connection: close
            await send_answer(send, 503, error_bytes("overloaded", korean=korean), [retry_after(1.0)])
            return
        edge.in_flight += 1
        try:
            await self._serve(scope, receive, send, next_app)
        finally:
            edge.in_flight -= 1

    async def _serve(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        http: Any = scope
        edge = self.edge
        opt = http["route_handler"].opt
        state: dict[str, Any] = http["state"]
        request_id(scope)  # type: ignore[arg-type]  # chosen now: the audit entry and the logs carry it
        headers = dict(http["headers"])
        path = http["path"]
        korean = wants_korean(headers.get(b"accept-language", b"").decode("latin-1"))
        client_ip = state["client_ip"] = edge.client_ip(http.get("client"), headers.get(b"x-forwarded-for"))
        send = self._audited(state, send)

        if opt.get("login"):
            try:
                wait = await edge.login_wait(client_ip)
            except LimiterUnavailable:  # shared limits without Redis: sign-in fails closed
                await send_answer(send, 503, error_bytes("limiter_unavailable", korean=korean), [retry_after(DOWN_S)])
                return
            if wait:
                await send_answer(send, 429, error_bytes("rate_limited", korean=korean), [retry_after(wait)])
                return
        if edge.auth_required and not opt.get("public"):
            try:
                state["principal"] = await edge.authenticate(headers)
            except AuthError as exc:
                if path.startswith("/v1"):
                    state["audit"] = {
                        "action": "auth.denied",
                        "resource_type": "request",
                        "outcome": AuditOutcome.DENIED,
                        "actor": "anonymous",
                        "actor_role": "anonymous",
                    }
                body = error_bytes("unauthorized", detail=exc.detail)
                await send_answer(send, 401, body, [WWW_AUTHENTICATE])
                return
        if not opt.get("probe"):
            wait = await edge.client_wait(state.get("principal"), client_ip)
            if wait:
                await send_answer(send, 429, error_bytes("rate_limited", korean=korean), [retry_after(wait)])
                return

        if opt.get("body") == "upload":
            # The whole body (file, form framing, small fields) may exceed the file's own limit by the framing.
            limit = edge.settings.max_upload_bytes
            if declared_over(headers, edge.max_upload_body):
                status, payload, extra = domain_error_bytes(upload_too_large(limit), korean=korean)
                await send_answer(send, status, payload, extra)
                return
            receive = counting(receive, edge.max_upload_body, state, lambda _: upload_too_large(limit))
        elif declares_body(headers) or http["method"] in ("POST", "PUT", "PATCH", "DELETE"):
            try:
                if declared_over(headers, edge.max_json):
                    raise json_too_large(edge.max_json)
                body = await read_asgi_body(receive, edge.max_json, json_too_large)
                state["body_read"] = True
                check_json_depth(body)
            except ClientGone:
                return
            except MHealthError as exc:
                status, payload, extra = domain_error_bytes(exc, korean=korean)
                await send_answer(send, status, payload, extra)
                return
            receive = replay(body, state)
        await next_app(scope, receive, send)

    def _audited(self, state: dict[str, Any], send: Send) -> Send:
        """``send``, writing the request's audit entry when the response starts; if that fails on a
        successful answer, the client gets 503 ``audit_unavailable`` instead (no data leaves unaudited)."""
        security = self.edge.security
        swallow = False

        async def send_audited(message: Message) -> None:
            nonlocal swallow
            if swallow:
                return
            if message["type"] == "http.response.start" and "audit" in state and security is not None:
                status = message["status"]
                try:
                    await write_audit(state, status, state.get("client_ip"), security)
                except Exception as exc:
                    log.error(
                        "could not write the audit entry of request %s: %s",
                        state.get("request_id"),
                        type(exc).__name__,
                    )
                    if status < 400:  # a refusal may go out unlogged; data never does
                        swallow = True
                        body = error_bytes("audit_unavailable")
                        await send_answer(send, 503, body, [(b"retry-after", b"5")])
                        return
            await send(message)

        return send_audited
