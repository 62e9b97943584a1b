"""The HTTP side of observability: one observation per request.

:class:`HttpObserver` is called by both ways a request is served (the fast path and the Litestar stack, through
:class:`~mhealth.entrypoints.http.fast_path.FastPath`): :meth:`~HttpObserver.start` binds the request id and
trace headers for the log lines written while it runs (and opens its server span when tracing is on);
:meth:`~HttpObserver.finish` writes the one access line (method, route template, status, latency: never a
path with its ids, a query string, a body or a header), observes the request in the metrics and unbinds.
"""

from __future__ import annotations

import logging
import time
from contextvars import Token
from typing import TYPE_CHECKING, Any

from mhealth.entrypoints.observability import tracing
from mhealth.entrypoints.observability.logs import access_fields, bind_request, direct_access, unbind_request
from mhealth.entrypoints.observability.metrics import Metrics, metrics

if TYPE_CHECKING:
    from mhealth.entrypoints.settings import Settings

access_log = logging.getLogger("mhealth.access")

UNMATCHED = "<unmatched>"  # the route label of a request no route matched (404 before routing)


class Observation:
    __slots__ = ("span", "token")

    def __init__(self, token: Token[Any], span: tracing.HttpSpan | None) -> None:
        self.token = token
        self.span = span


class HttpObserver:
    """Access log, request metrics and the server span of each request (settings read once)."""

    def __init__(self, settings: Settings) -> None:
        self.access = settings.access_log
        self.metrics: Metrics | None = metrics() if settings.metrics else None
        self.metrics_token: str | None = None
        if settings.metrics_token:
            from mhealth.entrypoints.secrets import read_secret

            self.metrics_token = read_secret(settings.metrics_token)

    def start(self, rid: str, traceparent: str | None, cloud_trace: str | None, method: str) -> Observation:
        token = bind_request(rid, traceparent, cloud_trace)
        return Observation(token, tracing.http_span(method, traceparent, cloud_trace))

    def finish(self, observation: Observation, method: str, route: str, status: int, started: float) -> None:
        seconds = time.perf_counter() - started
        try:
            if self.metrics is not None:
                self.metrics.observe_request(method, route, status, seconds)
            if self.access:
                message = f"{method} {route} {status} {seconds * 1000:.1f}ms"
                fields = access_fields(method, route, status, seconds)
                direct = direct_access()
                if direct is not None and not access_log.handlers and access_log.isEnabledFor(logging.INFO):
                    direct.write(message, fields)
                else:
                    access_log.info(message, extra={"fields": fields})
            if observation.span is not None:
                observation.span.end(method, route, status)
        finally:
            unbind_request(observation.token)


def trace_headers(headers: Any) -> tuple[str | None, str | None]:
    """``traceparent`` and ``X-Cloud-Trace-Context`` from an ASGI header list."""
    traceparent = cloud_trace = None
    for key, value in headers:
        if key == b"traceparent":
            traceparent = value.decode("latin-1")
        elif key == b"x-cloud-trace-context":
            cloud_trace = value.decode("latin-1")
    return traceparent, cloud_trace
