"""A real `mhealth serve`: on Cloud Run (K_SERVICE set) every line on stdout is JSON in Cloud Logging's shape, the
access line carries the caller's trace, and /metrics is Prometheus text that prometheus_client parses."""

from __future__ import annotations

import json
import time

from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.conftest import MEMORY, start_server, stop_server

TRACE = "0af7651916cd43dd8448eb211c80319c"


def test_cloud_run_logs_are_json_lines_with_severity_and_trace(tmp_path_factory) -> None:
    server = start_server(tmp_path_factory, **MEMORY, K_SERVICE="mhealth-api", GOOGLE_CLOUD_PROJECT="demo-project")
    try:
        with server.client() as client:
            answer = client.post(
                "/analyze",
                json={"text": "요즘 잠을 못 자요", "user_id": "u1"},
                headers={"traceparent": f"00-{TRACE}-b7ad6b7169203331-01"},
            )
            assert answer.status_code == 200
            assert client.get("/v1/seniors", headers={"traceparent": f"00-{TRACE}-b7ad6b7169203332-01"}).is_success
            metrics = client.get("/metrics")
            assert metrics.status_code == 200
            names = {family.name for family in text_string_to_metric_families(metrics.text)}
            assert {"mhealth_http_request_duration_seconds", "mhealth_outbox_depth"} <= names
        time.sleep(0.3)  # the access lines are written after the answers
    finally:
        stop_server(server)
    lines = [line for line in server.log().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line, Granian's included, is one JSON object
    assert all("severity" in e and "message" in e for e in entries)
    access = [e for e in entries if e.get("logger") == "mhealth.access"]
    routes = {e["route"]: e for e in access}
    assert routes["/analyze"]["logging.googleapis.com/trace"] == f"projects/demo-project/traces/{TRACE}"
    assert routes["/v1/seniors"]["logging.googleapis.com/spanId"] == "b7ad6b7169203332"
    assert "요즘 잠을 못 자요" not in server.log()
