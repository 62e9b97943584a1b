"""Cloud Run's contract: ``PORT`` says where to listen; a second server on a taken port refuses to start
(Granian's SO_REUSEPORT would otherwise split the traffic between the two, whatever each one's settings)."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from tests.e2e.conftest import MEMORY, start_server, stop_server


def test_port_from_the_platform_is_honoured_and_a_taken_port_is_refused(tmp_path_factory) -> None:
    first = start_server(tmp_path_factory, **{**MEMORY, "MHEALTH_ANALYZER": "memory"})
    try:
        port = first.base.rsplit(":", 1)[1]
        environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
        environ.update({**MEMORY, "MHEALTH_ANALYZER": "memory", "MHEALTH_HOST": "127.0.0.1", "PORT": port})
        environ["MHEALTH_DATA_DIR"] = str(tmp_path_factory.mktemp("second"))
        second = subprocess.run(
            [sys.executable, "-m", "mhealth", "serve"], env=environ, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 4, second.stderr
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
        assert httpx.get(first.base + "/health/live", timeout=5).json() == {"status": "live"}
    finally:
        stop_server(first)


def test_port_wins_over_mhealth_port(tmp_path) -> None:
    import socket
    import time

    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    platform_port, configured_port = ports
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update({**MEMORY, "MHEALTH_ANALYZER": "memory", "MHEALTH_HOST": "127.0.0.1"})
    environ.update(
        {"MHEALTH_DATA_DIR": str(tmp_path), "MHEALTH_PORT": str(configured_port), "PORT": str(platform_port)}
    )
    process = subprocess.Popen([sys.executable, "-m", "mhealth", "serve"], env=environ)
    try:
        deadline = time.monotonic() + 60
        answered = None
        while time.monotonic() < deadline and answered is None and process.poll() is None:
            try:
                answered = httpx.get(f"http://127.0.0.1:{platform_port}/health/live", timeout=1).status_code
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answered == 200
        try:
            httpx.get(f"http://127.0.0.1:{configured_port}/health/live", timeout=1)
            raise AssertionError("the server also listens on MHEALTH_PORT")
        except httpx.ConnectError:
            pass
    finally:
        process.terminate()
        process.wait(timeout=20)
