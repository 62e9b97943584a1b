"""A real `mhealth serve` process on a free loopback port, configured by environment only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

SECRET = "e2e-secret-" + "x" * 32


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    base: str
    process: subprocess.Popen[bytes]
    log_path: str

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=30.0, **kwargs)

    def log(self) -> str:
        with open(self.log_path, encoding="utf-8", errors="replace") as handle:
            return handle.read()


def start_server(tmp_path_factory, *args: str, **env: str) -> Server:
    port = _free_port()
    data_dir = tmp_path_factory.mktemp("mhealth-data")
    log_path = str(data_dir / "server.log")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update({"MHEALTH_DATA_DIR": str(data_dir), "MHEALTH_PORT": str(port), "MHEALTH_LOG_LEVEL": "INFO"})
    environ.update(env)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "serve", *args],
            env=environ,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Server(base=f"http://127.0.0.1:{port}", process=process, log_path=log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{server.log()}")
        try:
            health = httpx.get(server.base + "/health", timeout=1)
            # Models load in the background after start: wait until nothing is still warming up.
            if health.status_code == 200 and health.json().get("status") != "warming":
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not start:\n{server.log()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()


MEMORY = {
    "MHEALTH_ANALYZER": "local",
    "MHEALTH_SPEECH": "memory",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "memory",
    "MHEALTH_AUTH": "off",
    # One client (this test process) sends everything, schemathesis ~2000 requests: no rate limits here.
    "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
    "MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE": "0",
}


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    """Offline fakes for speech and storage, the real local analyzer and PyAV decoder, auth off."""
    running = start_server(tmp_path_factory, **MEMORY)
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def secured(tmp_path_factory) -> Iterator[Server]:
    """The embedded SQLite default with authentication required."""
    running = start_server(
        tmp_path_factory, MHEALTH_SPEECH="memory", MHEALTH_ANALYZER="memory", MHEALTH_JWT_SECRET=SECRET
    )
    yield running
    stop_server(running)
