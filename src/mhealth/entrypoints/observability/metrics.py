"""Prometheus metrics: what ``GET /metrics`` exposes.

One set of metrics per process, built on first use (``prometheus_client`` is imported only when
``MHEALTH_METRICS`` is on). Under ``mhealth serve --workers N`` (N > 1) the serving command points
``PROMETHEUS_MULTIPROC_DIR`` at a fresh folder before the workers start, so every worker writes its samples
there and any worker's ``/metrics`` answers for all of them (prometheus-client's multiprocess mode: counters
and histograms summed over workers). Without it (one worker, or another server running several processes of
the ASGI app) the numbers are those of the process that answered the scrape.

Label values are bounded: routes are templates (``/v1/seniors/{senior_id}``, ``<unmatched>`` for a 404
before routing), methods outside the usual set count as ``OTHER``, error labels are stable error codes.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client import Counter, Histogram

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
LATENCY_BUCKETS = (0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
PROVIDER_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """The process's metrics (one instance: :func:`metrics`)."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self.registry = CollectorRegistry(auto_describe=True)
        if not self.multiprocess:
            from prometheus_client import GC_COLLECTOR, PLATFORM_COLLECTOR, PROCESS_COLLECTOR

            for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
                self.registry.register(collector)
        reg = self.registry
        self.requests: Histogram = Histogram(
            "mhealth_http_request_duration_seconds",
            "HTTP requests by method, route template and status: latency (its _count is the request count).",
            ("method", "route", "status"),
            buckets=LATENCY_BUCKETS,
            registry=reg,
        )
        self.check_ins: Counter = Counter(
            "mhealth_check_ins",
            "Check-ins stored (replayed ones counted apart), by source and risk level.",
            ("source", "risk_level", "replayed"),
            registry=reg,
        )
        self.alerts: Counter = Counter(
            "mhealth_alerts",
            "Alerts raised by check-ins, by level (suppressed: inside a cooldown).",
            ("level", "suppressed"),
            registry=reg,
        )
        self.provider_latency: Histogram = Histogram(
            "mhealth_provider_duration_seconds",
            "Calls to providers (analyzer, speech, notifier) by port, adapter and outcome (ok or error).",
            ("port", "adapter", "outcome"),
            buckets=PROVIDER_BUCKETS,
            registry=reg,
        )
        self.provider_errors: Counter = Counter(
            "mhealth_provider_errors",
            "Failed provider calls by port, adapter and error code.",
            ("port", "adapter", "error"),
            registry=reg,
        )
        self.outbox_depth = Gauge(
            "mhealth_outbox_depth",
            "Deliveries (analytics, alerts) waiting in the outbox; read from the database at each scrape.",
            registry=reg,
            multiprocess_mode="mostrecent",
        )
        self._children: dict[tuple[str, str, int], Any] = {}

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        child = self._children.get(key)
        if child is None:
            label = method if method in _METHODS else "OTHER"
            child = self._children[key] = self.requests.labels(label, route, str(status))
        child.observe(seconds)

    def render(self) -> bytes:
        """The exposition text: this process's metrics, or every worker's in multiprocess mode."""
        from prometheus_client import CollectorRegistry, generate_latest

        if not self.multiprocess:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged)  # type: ignore[no-untyped-call]  # untyped upstream
        return generate_latest(merged)


_metrics: Metrics | None = None


def metrics() -> Metrics:
    """The process's metrics, built on first use."""
    global _metrics
    if _metrics is None:
        _metrics = Metrics()
    return _metrics


def token_matches(given: str, expected: str) -> bool:
    """Constant-time comparison of a presented bearer token with the configured scraper token."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


async def exposition(outbox_depth: Callable[[], Awaitable[int]] | None) -> bytes:
    """The ``/metrics`` body; the outbox depth is read now (a failed read leaves the last value)."""
    m = metrics()
    if outbox_depth is not None:
        try:
            m.outbox_depth.set(await outbox_depth())
        except Exception:  # noqa: S110 (the database is down: /health/ready says so; the scrape still answers)
            pass
    return m.render()


__all__ = ["CONTENT_TYPE", "Metrics", "exposition", "metrics", "token_matches"]
