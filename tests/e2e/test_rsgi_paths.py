"""Through real Granian servers: a request's path, raw_path and query string reach the app through mhealth's
RSGI translator (what `mhealth serve` runs) exactly as Granian's own ASGI interface gives them — percent-encoded
paths decoded once (``/abc%2525`` is ``/abc%25``, not ``abc%``) and non-ASCII kept (never ``?``)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGETS = [
    b"/abc%2525",
    b"/a%20b",
    b"/%ED%95%9C%EA%B8%80",
    b"/v1/seniors/%EA%B9%80%EC%88%9C%EC%9E%90/check-ins",
    b"/a+b/x:y@z;k=v,w!$&'()*-._~",
    b"/%25/%2525/100%25",
    b"/x?q=%20a&k=%ED%95%9C",
    "/q?name=김순자".encode(),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, target: bytes) -> dict[str, str]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    return dict(json.loads(body))


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[int, int]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    ports = (_free_port(), _free_port())
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "granian", "--interface", interface, "--host", "127.0.0.1", "--port", str(port),
             target],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for interface, port, target in (
            ("asgi", ports[0], "tests.e2e.rsgi_echo:echo"),
            ("rsgi", ports[1], "tests.e2e.rsgi_echo:translated"),
        )
    ]  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        for port in ports:
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
        yield ports
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


@pytest.mark.parametrize("target", TARGETS, ids=[t.decode("utf-8") for t in TARGETS])
def test_the_translator_gives_what_granians_asgi_gives(servers: tuple[int, int], target: bytes) -> None:
    asgi, rsgi = servers
    assert _get(rsgi, target) == _get(asgi, target)


def test_a_double_encoded_percent_is_decoded_once(servers: tuple[int, int]) -> None:
    seen = _get(servers[1], b"/abc%2525")
    assert seen == {"path": "/abc%25", "raw_path": "/abc%2525", "query_string": ""}
