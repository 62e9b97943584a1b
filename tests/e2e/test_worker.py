"""A real ``mhealth serve`` (embedded worker off) and a real ``mhealth worker`` sharing one database.

The check-in's fast first try tells the organisation log; what an acknowledgement queues goes out through
the worker process within a few polls; the worker stops cleanly on SIGTERM. (The escalation ladder across
care-team members is covered in tests/unit/test_alerts_delivery.py and, against MariaDB with two workers,
tests/integration/test_delivery_workers.py.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import start_server, stop_server

CRISIS = "약을 조금씩 모아두고 있어요. 다 끝내고 싶어요"


def start_worker(env: dict[str, str], log_path: str) -> subprocess.Popen[bytes]:
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "worker"], env=env, stdout=log, stderr=subprocess.STDOUT
        )


@pytest.fixture
def deployment(tmp_path_factory, tmp_path):
    database = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    settings = {
        "MHEALTH_DATABASE_URL": database,
        "MHEALTH_ANALYZER": "memory",
        "MHEALTH_SPEECH": "memory",
        "MHEALTH_AUTH": "off",
        "MHEALTH_EMBEDDED_WORKER": "false",
        "MHEALTH_WORKER_POLL_S": "0.2",
        "MHEALTH_PSEUDONYM_KEY": "e2e-pseudonym-key-" + "y" * 32,
    }
    server = start_server(tmp_path_factory, **settings)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    env.update(settings, MHEALTH_DATA_DIR=str(tmp_path), MHEALTH_LOG_LEVEL="INFO")
    worker_log = str(tmp_path / "worker.log")
    worker = start_worker(env, worker_log)
    try:
        yield server, worker, worker_log
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        stop_server(server)


def test_an_acknowledgement_goes_out_through_the_worker_process(deployment):
    server, worker, worker_log = deployment
    with server.client() as c:
        senior = c.post("/v1/seniors", json={"display_name": "김순자"}).json()
        posted = c.post(f"/v1/seniors/{senior['id']}/check-ins", json={"text": CRISIS})
        assert posted.status_code == 201, posted.text
        alert_id = posted.json()["alert_id"]
        assert alert_id
        assert c.get(f"/v1/check-ins/{posted.json()['id']}").json()["alert_id"] == alert_id

        acked = c.post(f"/v1/alerts/{alert_id}/acknowledge", json={"outcome": "emergency_services", "note": "119"})
        assert acked.status_code == 200, acked.text
        assert acked.json()["ack_outcome"] == "emergency_services"

        deadline = time.monotonic() + 5
        events: set[str] = set()
        while time.monotonic() < deadline:
            detail = c.get(f"/v1/alerts/{alert_id}").json()
            events = {d["event"] for d in detail["deliveries"] if d["outcome"] == "delivered"}
            if "alert.acknowledged" in events:
                break
            time.sleep(0.1)
        assert events == {"alert.created", "alert.acknowledged"}, open(worker_log).read()
        assert "alert.acknowledged delivery=" in open(worker_log).read()

    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=10) == 0
