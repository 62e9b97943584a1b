"""OpenTelemetry traces: off by default, and then free.

On when ``MHEALTH_OTEL=on`` or the standard ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set (``OTEL_SDK_DISABLED=true``
wins); the exporter is OTLP over HTTP and reads the standard ``OTEL_EXPORTER_OTLP_*`` variables (endpoint,
headers, timeout; default ``http://localhost:4318``). The SDK comes with the ``otel`` extra
(``pip install 'mhealth[otel]'``). Spans: one per HTTP request (the caller's ``traceparent`` or
``X-Cloud-Trace-Context`` as parent), one per use case called through the facade, one per provider call
(analyzer, speech, notifier) and one per SQL statement (the statement text with its placeholders, never the
values).

Off, :func:`span` returns one shared no-op context manager and nothing of OpenTelemetry is imported.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Mapping
from typing import Any

from mhealth.entrypoints.observability.logs import parse_trace

log = logging.getLogger("mhealth.tracing")

_tracer: Any = None  # an opentelemetry Tracer once tracing is on
_NOOP = contextlib.nullcontext()


def enabled() -> bool:
    return _tracer is not None


def start_tracing(service_name: str | None = None) -> bool:
    """Install the tracer provider and the OTLP exporter (once per process); False when the SDK is missing."""
    global _tracer
    if _tracer is not None:
        return True
    try:
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        log.error("tracing is on but the OpenTelemetry SDK is missing: pip install 'mhealth[otel]'; no traces sent")
        return False
    name = service_name or os.environ.get("OTEL_SERVICE_NAME") or os.environ.get("K_SERVICE") or "mhealth"
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    _tracer = trace.get_tracer("mhealth")
    _instrument_sql()
    return True


def use_tracer(tracer: Any) -> None:
    """Trace with ``tracer`` (tests: an SDK tracer with an in-memory exporter); None turns tracing off."""
    global _tracer
    _tracer = tracer
    if tracer is not None:
        _instrument_sql()


def span(name: str, attributes: Mapping[str, Any] | None = None) -> contextlib.AbstractContextManager[Any]:
    """A child span of the current one, or a shared no-op when tracing is off."""
    if _tracer is None:
        return _NOOP
    return _tracer.start_as_current_span(name, attributes=attributes)  # type: ignore[no-any-return]


class HttpSpan:
    """The server span of one HTTP request, current while the request is served."""

    __slots__ = ("_span", "_token")

    def __init__(self, method: str, traceparent: str | None, cloud_trace: str | None) -> None:
        from opentelemetry import context, trace
        from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, TraceFlags

        parent = None
        found = parse_trace(traceparent, cloud_trace)
        if found is not None and found[1] is not None:
            remote = SpanContext(
                trace_id=int(found[0], 16),
                span_id=int(found[1], 16),
                is_remote=True,
                trace_flags=TraceFlags(TraceFlags.SAMPLED if found[2] else TraceFlags.DEFAULT),
            )
            parent = trace.set_span_in_context(NonRecordingSpan(remote))
        self._span = _tracer.start_span(
            method, context=parent, kind=SpanKind.SERVER, attributes={"http.request.method": method}
        )
        self._token = context.attach(trace.set_span_in_context(self._span))

    def end(self, method: str, route: str, status: int) -> None:
        from opentelemetry import context
        from opentelemetry.trace import Status, StatusCode

        self._span.update_name(f"{method} {route}")
        self._span.set_attribute("http.route", route)
        self._span.set_attribute("http.response.status_code", status)
        if status >= 500:
            self._span.set_status(Status(StatusCode.ERROR))
        self._span.end()
        with contextlib.suppress(ValueError):  # detached from another context: nothing left to restore
            context.detach(self._token)


def http_span(method: str, traceparent: str | None, cloud_trace: str | None) -> HttpSpan | None:
    return HttpSpan(method, traceparent, cloud_trace) if _tracer is not None else None


_sql_instrumented = False


def _instrument_sql() -> None:
    """One span per SQL statement on every engine (SQLAlchemy's cursor events), when SQLAlchemy is present."""
    global _sql_instrumented
    if _sql_instrumented:
        return
    try:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
    except ImportError:  # pragma: no cover - sqlalchemy is a dependency
        return
    _sql_instrumented = True

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if _tracer is None or context is None:
            return
        verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "SQL"
        manager = _tracer.start_as_current_span(
            f"db {verb}",
            attributes={"db.system": conn.dialect.name, "db.statement": statement[:2000]},
        )
        manager.__enter__()
        context._mhealth_span = manager

    def after(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        manager = getattr(context, "_mhealth_span", None)
        if manager is not None:
            context._mhealth_span = None
            manager.__exit__(None, None, None)

    def failed(exception_context: Any) -> None:
        context = exception_context.execution_context
        manager = getattr(context, "_mhealth_span", None) if context is not None else None
        if manager is not None:
            context._mhealth_span = None
            error = exception_context.original_exception
            manager.__exit__(type(error), error, None)

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    event.listen(Engine, "handle_error", failed)
