"""Observability: structured logs (:mod:`.logs`), Prometheus metrics (:mod:`.metrics`), OpenTelemetry traces
(:mod:`.tracing`), the observed providers and facade (:mod:`.instrument`) and the HTTP side (:mod:`.http`).

docs/operations.md ("Logs, metrics, traces") describes what is emitted and how to switch each part.
"""
