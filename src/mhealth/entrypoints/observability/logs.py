"""Logs: one line per record on stdout, text or JSON in Cloud Logging's shape.

JSON (``MHEALTH_LOG_FORMAT=json``, the default on Cloud Run) writes the fields Cloud Logging reads from a
container's stdout: ``severity``, ``message``, ``time``, ``logging.googleapis.com/trace``
(``projects/<project>/traces/<trace id>``), ``logging.googleapis.com/spanId`` and
``logging.googleapis.com/trace_sampled``, plus ``request_id`` and ``logger``. The trace comes from the
request's W3C ``traceparent`` header, else Google's ``X-Cloud-Trace-Context``, else the current
OpenTelemetry span; the project from ``GOOGLE_CLOUD_PROJECT``, else ``MHEALTH_GOOGLE_PROJECT`` (without
either the field holds the bare trace id).

The request's id and trace headers are kept in a context variable for the request's duration, and parsed
only when a line is written: a request that logs nothing pays one ``ContextVar.set``.

What is logged is decided where it is logged: no module logs a transcript, a body, a token or a secret, and
the access line (:func:`access_fields`) holds the method, the route *template*, the status and the latency.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from contextvars import ContextVar, Token
from typing import Any

import msgspec

# (request id, traceparent header, X-Cloud-Trace-Context header) of the request being served
_REQUEST: ContextVar[tuple[str, str | None, str | None] | None] = ContextVar("mhealth_request", default=None)

_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
_CLOUD_TRACE = re.compile(r"^([0-9a-fA-F]{32})(?:/([0-9]{1,20}))?(?:;o=([01]))?$")
_ZERO_TRACE = "0" * 32
_SEVERITY = {
    logging.DEBUG: "DEBUG",
    logging.INFO: "INFO",
    logging.WARNING: "WARNING",
    logging.ERROR: "ERROR",
    logging.CRITICAL: "CRITICAL",
}
_encoder = msgspec.json.Encoder()


def bind_request(rid: str, traceparent: str | None, cloud_trace: str | None) -> Token[Any]:
    """Make the request's id and trace headers visible to every line logged while it is served."""
    return _REQUEST.set((rid, traceparent, cloud_trace))


def unbind_request(token: Token[Any]) -> None:
    try:
        _REQUEST.reset(token)
    except ValueError:  # reset from another context (a task that outlived its request): forget it there
        _REQUEST.set(None)


def current_request_id() -> str | None:
    bound = _REQUEST.get()
    return bound[0] if bound is not None else None


def parse_trace(traceparent: str | None, cloud_trace: str | None) -> tuple[str, str | None, bool] | None:
    """(trace id, span id as 16 hex digits or None, sampled) from ``traceparent`` (W3C, preferred) or
    ``X-Cloud-Trace-Context`` (``TRACE/SPAN;o=1``, the span in decimal); None when neither is valid."""
    if traceparent:
        match = _TRACEPARENT.match(traceparent.strip().lower())
        if match and match.group(1) != _ZERO_TRACE and match.group(2) != "0" * 16:
            return match.group(1), match.group(2), bool(int(match.group(3), 16) & 1)
    if cloud_trace:
        match = _CLOUD_TRACE.match(cloud_trace.strip())
        if match and match.group(1) != _ZERO_TRACE:
            span = match.group(2)
            span_hex = f"{int(span):016x}" if span and 0 < int(span) < 2**64 else None
            return match.group(1).lower(), span_hex, match.group(3) == "1"
    return None


def _otel_trace() -> tuple[str, str | None, bool] | None:
    """The current OpenTelemetry span's ids, when tracing is on and a span is current."""
    if "opentelemetry.trace" not in sys.modules:  # never imported: tracing is off, nothing to read
        return None
    from opentelemetry import trace

    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return f"{context.trace_id:032x}", f"{context.span_id:016x}", bool(context.trace_flags.sampled)


def _trace_fields(payload: dict[str, Any], project: str | None) -> None:
    """Add the request id and the Cloud Logging trace fields of the current request to ``payload``."""
    bound = _REQUEST.get()
    trace = _otel_trace()
    if bound is not None:
        payload["request_id"] = bound[0]
        trace = trace or parse_trace(bound[1], bound[2])
    if trace is not None:
        trace_id, span_id, sampled = trace
        payload["logging.googleapis.com/trace"] = f"projects/{project}/traces/{trace_id}" if project else trace_id
        if span_id:
            payload["logging.googleapis.com/spanId"] = span_id
        payload["logging.googleapis.com/trace_sampled"] = sampled


class CloudJsonFormatter(logging.Formatter):
    """One JSON object per line in the shape Cloud Logging's agent reads from stdout (see the module)."""

    def __init__(self, project: str | None = None) -> None:
        super().__init__()
        self.project = project

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "severity": _SEVERITY.get(record.levelno, "DEFAULT"),
            "message": record.getMessage(),
            "time": _rfc3339(record.created),
            "logger": record.name,
        }
        _trace_fields(payload, self.project)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            payload.update(fields)
        if record.exc_info:
            payload["stack_trace"] = self.formatException(record.exc_info)
        payload["logging.googleapis.com/sourceLocation"] = {
            "file": record.pathname,
            "line": record.lineno,
            "function": record.funcName,
        }
        return _encoder.encode(payload).decode()


class TextFormatter(logging.Formatter):
    """Human-readable lines, with the request id appended when a request is being served."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        rid = current_request_id()
        return f"{line} rid={rid}" if rid and "rid=" not in line else line


_second: tuple[int, str] = (-1, "")


def _rfc3339(created: float) -> str:
    global _second
    seconds = int(created)
    if _second[0] != seconds:  # formatted once per second, not once per line
        _second = (seconds, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)))
    return f"{_second[1]}.{int((created - seconds) * 1e6):06d}Z"


def formatter_for(log_format: str, project: str | None) -> logging.Formatter:
    return CloudJsonFormatter(project) if log_format == "json" else TextFormatter()


def project_id(google_project: str | None) -> str | None:
    return os.environ.get("GOOGLE_CLOUD_PROJECT") or google_project or None


class _DirectAccess:
    """The access line written straight to stdout's file descriptor, in the same JSON shape as the formatter's,
    without a LogRecord (the logging module's bookkeeping cost more than the rest of a ``POST /analyze``).

    Used only in JSON mode and only while the ``mhealth.access`` logger has no handler of its own and is
    enabled, i.e. when its lines would go to the root's stdout handler anyway. One ``os.write`` per line: lines
    from several worker processes sharing stdout do not interleave (a pipe write up to 4 KiB is atomic).
    """

    def __init__(self, fd: int, project: str | None) -> None:
        self.fd = fd
        self.project = project

    def write(self, message: str, fields: dict[str, Any]) -> None:
        created = time.time()
        payload: dict[str, Any] = {
            "severity": "INFO",
            "message": message,
            "time": _rfc3339(created),
            "logger": "mhealth.access",
        }
        _trace_fields(payload, self.project)
        payload.update(fields)
        os.write(self.fd, _encoder.encode(payload) + b"\n")


_direct_access: _DirectAccess | None = None


def direct_access() -> _DirectAccess | None:
    """The direct access-line writer when it applies (see :class:`_DirectAccess`), else None."""
    return _direct_access


def configure_logging(log_format: str, level: str, google_project: str | None = None) -> None:
    """Send every log record (mhealth's, Granian's, libraries') to stdout in ``log_format``, through one handler
    that replaces the root's (the command line's basicConfig included): the server owns its process's output."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    global _direct_access
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter_for(log_format, project_id(google_project)))
    _direct_access = None
    if log_format == "json":
        try:
            _direct_access = _DirectAccess(sys.stdout.fileno(), project_id(google_project))
        except (AttributeError, OSError, ValueError):  # stdout is not a file (embedded, redirected in-process)
            _direct_access = None
    root.addHandler(handler)
    root.setLevel(level.upper())
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # Granian's own loggers do not propagate to the root; give them the same shape.
    for name in ("_granian", "granian.access"):
        granian = logging.getLogger(name)
        for old in list(granian.handlers):
            granian.removeHandler(old)
        granian.addHandler(handler)


def access_fields(method: str, route: str, status: int, seconds: float) -> dict[str, Any]:
    """The structured fields of one access line (Cloud Logging's ``httpRequest`` plus the route template)."""
    return {
        "httpRequest": {"requestMethod": method, "status": status, "latency": f"{seconds:.6f}s"},
        "route": route,
        "latency_ms": round(seconds * 1000, 3),
    }
