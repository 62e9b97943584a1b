"""Observability through the in-process app: JSON log lines in Cloud Logging's shape (severity, trace, request
id, the route template, never a body), Prometheus ``/metrics`` (parsed with prometheus_client's own parser, and
who may read it), and OpenTelemetry spans across HTTP, use cases, providers and SQL when tracing is on."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from mhealth.domain.errors import ProviderUnavailable
from mhealth.entrypoints.observability.logs import CloudJsonFormatter, parse_trace
from tests.http.conftest import Running, start

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
SPAN = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE}-{SPAN}-01"
WORDS = "약을 조금씩 모아두고 있어요"


@pytest.fixture
def json_lines(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """Every record of the mhealth loggers, formatted as the JSON the server writes to stdout."""
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "demo-project")
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(CloudJsonFormatter("demo-project"))
    logger = logging.getLogger("mhealth")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    yield out
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def access_lines(out: io.StringIO) -> list[dict]:
    parsed = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    return [entry for entry in parsed if entry["logger"] == "mhealth.access"]


def samples(text: str, name: str) -> list[tuple[dict[str, str], float]]:
    found = []
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name:
                found.append((sample.labels, sample.value))
    return found


def value(text: str, name: str, **labels: str) -> float:
    return sum(v for found, v in samples(text, name) if all(found.get(k) == w for k, w in labels.items()))


# ------------------------------------------------------------------------------------------ logs


async def test_access_lines_are_cloud_logging_json_with_trace_request_id_and_route_template(
    running: Running, json_lines: io.StringIO
) -> None:
    admin = running.token()
    senior = (await running.client.post("/v1/seniors", json={"display_name": "김순자"}, headers=admin)).json()
    await running.client.get(
        f"/v1/seniors/{senior['id']}", headers={**admin, "traceparent": TRACEPARENT, "X-Request-ID": "req-12345678"}
    )
    # the fast path, traced by Google's own header (span id in decimal)
    await running.client.post(
        "/analyze",
        json={"text": WORDS, "user_id": "u1"},
        headers={**admin, "X-Cloud-Trace-Context": f"{TRACE}/{int(SPAN, 16)};o=1"},
    )
    lines = access_lines(json_lines)
    read = next(e for e in lines if e["httpRequest"]["requestMethod"] == "GET")
    assert read["severity"] == "INFO"
    assert read["logging.googleapis.com/trace"] == f"projects/demo-project/traces/{TRACE}"
    assert read["logging.googleapis.com/spanId"] == SPAN
    assert read["logging.googleapis.com/trace_sampled"] is True
    assert read["request_id"] == "req-12345678"
    assert read["route"] == "/v1/seniors/{senior_id}"  # the template: no id in a label or a line
    assert senior["id"] not in json_lines.getvalue()
    assert read["httpRequest"]["status"] == 200
    assert read["httpRequest"]["latency"].endswith("s")
    fast = next(e for e in lines if e["route"] == "/analyze")
    assert fast["logging.googleapis.com/trace"] == f"projects/demo-project/traces/{TRACE}"
    assert fast["logging.googleapis.com/spanId"] == SPAN
    assert fast["httpRequest"]["status"] == 200
    assert WORDS not in json_lines.getvalue() and "Bearer" not in json_lines.getvalue()


async def test_a_path_no_route_matches_is_logged_as_unmatched(running: Running, json_lines: io.StringIO) -> None:
    await running.client.get("/no/such/thing/123", headers=running.token())
    (line,) = access_lines(json_lines)
    assert line["route"] == "<unmatched>" and line["httpRequest"]["status"] == 404


def test_trace_headers_are_read_as_cloud_logging_expects() -> None:
    assert parse_trace(TRACEPARENT, None) == (TRACE, SPAN, True)
    assert parse_trace(f"00-{TRACE}-{SPAN}-00", None) == (TRACE, SPAN, False)
    assert parse_trace(None, f"{TRACE}/1;o=0") == (TRACE, "0000000000000001", False)
    assert parse_trace(None, TRACE) == (TRACE, None, False)
    assert parse_trace("garbage", f"{TRACE}/5") == (TRACE, "0000000000000005", False)  # traceparent preferred if valid
    assert parse_trace(f"00-{'0' * 32}-{SPAN}-01", None) is None  # the all-zero trace id is invalid
    assert parse_trace(None, "not-a-trace") is None


def test_a_line_outside_a_request_has_severity_and_no_trace() -> None:
    record = logging.LogRecord("mhealth.x", logging.ERROR, __file__, 1, "cannot reach %s", ("db",), None)
    entry = json.loads(CloudJsonFormatter("p").format(record))
    assert entry["severity"] == "ERROR" and entry["message"] == "cannot reach db"
    assert "logging.googleapis.com/trace" not in entry


# ------------------------------------------------------------------------------------------ /metrics


async def test_metrics_need_an_admin_or_the_scraper_token(running: Running) -> None:
    assert (await running.client.get("/metrics")).status_code == 401
    assert (await running.client.get("/metrics", headers={"Authorization": "Bearer nope"})).status_code == 401
    guardian = await running.client.get("/metrics", headers=running.token("guardian", sub="g1"))
    assert guardian.status_code == 403 and guardian.json()["error"] == "forbidden"
    admin = await running.client.get("/metrics", headers=running.token())
    assert admin.status_code == 200
    assert admin.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert list(text_string_to_metric_families(admin.text))


@pytest.mark.settings(metrics_token="scrape-" + "s" * 40)
async def test_the_scraper_token_reads_metrics_and_a_wrong_one_does_not(running: Running) -> None:
    good = await running.client.get("/metrics", headers={"Authorization": "Bearer scrape-" + "s" * 40})
    assert good.status_code == 200
    wrong = await running.client.get("/metrics", headers={"Authorization": "Bearer scrape-" + "s" * 39 + "t"})
    assert wrong.status_code == 401


@pytest.mark.settings(auth="off")
async def test_metrics_are_public_when_authentication_is_off(running: Running) -> None:
    assert (await running.client.get("/metrics")).status_code == 200


@pytest.mark.settings(metrics=False)
async def test_metrics_can_be_turned_off(running: Running) -> None:
    assert (await running.client.get("/metrics", headers=running.token())).status_code == 404


async def test_requests_check_ins_alerts_and_outbox_are_counted(running: Running) -> None:
    admin = running.token()
    before = (await running.client.get("/metrics", headers=admin)).text
    await running.client.post(
        "/analyze", json={"text": "오늘 기분이 좋아요", "user_id": "u1"}, headers=admin
    )  # the fast path
    await running.client.post("/analyze", json={"text": "오늘 기분이 좋아요", "user_id": "u1"}, headers=running.token())
    senior = (await running.client.post("/v1/seniors", json={"display_name": "김순자"}, headers=admin)).json()
    made = await running.client.post(f"/v1/seniors/{senior['id']}/check-ins", json={"text": WORDS}, headers=admin)
    assert made.status_code == 201
    after = (await running.client.get("/metrics", headers=admin)).text

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    count = "mhealth_http_request_duration_seconds_count"
    assert grew(count, method="POST", route="/analyze", status="200") == 2
    assert grew(count, method="POST", route="/v1/seniors/{senior_id}/check-ins", status="201") == 1
    level = made.json()["assessment"]["risk_level"]
    assert grew("mhealth_check_ins_total", source="text", risk_level=level, replayed="false") == 1
    if made.json().get("alert_id"):
        assert grew("mhealth_alerts_total", level=level) == 1
    assert grew("mhealth_provider_duration_seconds_count", port="analyzer", outcome="ok") >= 3
    assert samples(after, "mhealth_outbox_depth")  # read from the database at the scrape


async def test_provider_errors_are_counted_by_code(running: Running) -> None:
    analyzer = running.container.analyzer()

    async def down(text: str, *, language: str = "ko") -> None:
        raise ProviderUnavailable("the analyzer is down")

    admin = running.token()
    before = (await running.client.get("/metrics", headers=admin)).text
    original = analyzer.analyze
    analyzer.analyze = down  # type: ignore[method-assign]
    try:
        answer = await running.client.post("/analyze", json={"text": WORDS, "user_id": "u1"}, headers=admin)
    finally:
        analyzer.analyze = original  # type: ignore[method-assign]
    assert answer.status_code == 503
    after = (await running.client.get("/metrics", headers=admin)).text
    errors = "mhealth_provider_errors_total"
    assert (
        value(after, errors, port="analyzer", error="provider_unavailable")
        - value(before, errors, port="analyzer", error="provider_unavailable")
        == 1
    )


# ------------------------------------------------------------------------------------------ traces


@pytest.fixture
def spans() -> Iterator[object]:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from mhealth.entrypoints.observability import tracing

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing.use_tracer(provider.get_tracer("test"))
    yield exporter
    tracing.use_tracer(None)


async def test_spans_cover_http_use_cases_providers_and_sql_under_the_callers_trace(tmp_path, spans: object) -> None:
    app, container, lifespan = await start(database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        running = Running(app=app, container=container, client=client, litestar=client)
        try:
            await _check_in_traced(running, spans)
        finally:
            await lifespan.shutdown()


async def _check_in_traced(running: Running, spans: object) -> None:
    admin = running.token()
    senior = (await running.client.post("/v1/seniors", json={"display_name": "김순자"}, headers=admin)).json()
    spans.clear()  # type: ignore[attr-defined]
    answer = await running.client.post(
        f"/v1/seniors/{senior['id']}/check-ins", json={"text": WORDS}, headers={**admin, "traceparent": TRACEPARENT}
    )
    assert answer.status_code == 201
    finished = spans.get_finished_spans()  # type: ignore[attr-defined]
    names = [s.name for s in finished]
    assert "POST /v1/seniors/{senior_id}/check-ins" in names
    assert "usecase check_in_text" in names
    assert any(n.startswith("analyzer ") for n in names)
    assert any(n.startswith("db ") for n in names)
    assert {f"{s.context.trace_id:032x}" for s in finished} == {TRACE}  # one trace: the caller's
    server = next(s for s in finished if s.name.startswith("POST "))
    assert f"{server.parent.span_id:016x}" == SPAN
    assert server.attributes["http.route"] == "/v1/seniors/{senior_id}/check-ins"
    statements = " ".join(str(s.attributes.get("db.statement", "")) for s in finished)
    assert WORDS not in statements  # statements carry placeholders, never the values


def test_tracing_off_costs_one_shared_no_op() -> None:
    from mhealth.entrypoints.observability import tracing

    assert not tracing.enabled()
    assert tracing.span("a") is tracing.span("b")
    assert tracing.http_span("GET", TRACEPARENT, None) is None
