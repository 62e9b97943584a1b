"""Early answers on a keep-alive connection, through a real Granian server (RSGI and ASGI).

An answer given before the request's body was read (401, 413, 429...) leaves the connection unusable for a
next request, so the server must say ``Connection: close`` (and close), rather than close without a word;
an answer after the body was read keeps the connection alive. A chunked body (no Content-Length) over the
route's limit is refused while it streams, long before the client has sent it all (the in-process tier,
tests/http/test_body_limits.py, counts the chunks the application pulled exactly).
"""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from mhealth.entrypoints.http.auth import TokenAuthority
from tests.e2e.conftest import SECRET, Server, _free_port, start_server, stop_server

KB = 1024
ENV = {
    "MHEALTH_ANALYZER": "memory",
    "MHEALTH_SPEECH": "memory",
    "MHEALTH_DATABASE_URL": "memory://",
    "MHEALTH_BLOBS": "memory://",
    "MHEALTH_ANALYTICS": "memory",
    "MHEALTH_JWT_SECRET": SECRET,
    "MHEALTH_RATE_LIMIT_PER_MINUTE": "0",
    "MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE": "0",
}


def start_asgi(tmp_path_factory) -> Server:
    """The same application under Granian's ASGI interface (any ASGI server runs ``create_app``)."""
    port = _free_port()
    data_dir = tmp_path_factory.mktemp("mhealth-asgi")
    log_path = str(data_dir / "server.log")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update({"MHEALTH_DATA_DIR": str(data_dir), **ENV})
    command = [sys.executable, "-m", "granian", "--interface", "asgi", "--factory", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--no-log", "mhealth.entrypoints.http.app:create_app"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, env=environ, stdout=log, stderr=subprocess.STDOUT)
    server = Server(base=f"http://127.0.0.1:{port}", process=process, log_path=log_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{server.log()}")
        try:
            if httpx.get(server.base + "/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not start:\n{server.log()}")


@pytest.fixture(scope="module", params=["rsgi", "asgi"])
def live(request, tmp_path_factory) -> Iterator[Server]:
    server = start_server(tmp_path_factory, **ENV) if request.param == "rsgi" else start_asgi(tmp_path_factory)
    yield server
    stop_server(server)


def exchange(sock: socket.socket, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send one request and read one response (Content-Length framed)."""
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before an answer")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, headers, rest[:length]


def post(path: str, body: bytes, **headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines += [f"Content-Length: {len(body)}", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def get(path: str, **headers: str) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(5)
    try:
        while True:
            if not sock.recv(65536):
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def connect(server: Server) -> socket.socket:
    host, port = server.base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


BIG = b'{"text": "' + b"a" * (80 * KB) + b'", "user_id": "u"}'
HUGE = b'{"text": "' + b"a" * (300 * KB) + b'", "user_id": "u"}'


@pytest.mark.parametrize(
    "name,request_bytes,status",
    [
        ("401 on a route", post("/v1/seniors", BIG), 401),
        ("401 on the fast path", post("/analyze", BIG), 401),
        ("413 on sign-in", post("/v1/auth/login", HUGE), 413),
    ],
)
def test_an_early_answer_on_an_unread_body_says_connection_close_and_closes(live, name, request_bytes, status):
    with connect(live) as sock:
        got, headers, body = exchange(sock, request_bytes)
        assert got == status, (name, body[:200])
        assert headers.get("connection", "").lower() == "close", name
        assert closed_by_server(sock), name


def test_answers_after_the_body_was_read_keep_the_connection_alive(live):
    token = TokenAuthority(SECRET).issue("ops", "admin")  # built in the test: it must not expire first
    with connect(live) as sock:
        ok = post("/analyze", b'{"text": "\xec\x98\xa4\xeb\x8a\x98", "user_id": "u"}', Authorization=f"Bearer {token}")
        for request_bytes, status in [
            (ok, 200),
            (post("/analyze", b'{"text": 3, "user_id": "u"}', Authorization=f"Bearer {token}"), 400),
            (post("/v1/seniors", b'{"display_name": ""}', Authorization=f"Bearer {token}"), 400),
            (get("/v1/seniors", Authorization=f"Bearer {token}"), 200),
            (get("/"), 200),
            (ok, 200),
        ]:
            got, headers, body = exchange(sock, request_bytes)
            assert got == status, body[:200]
            assert headers.get("connection", "keep-alive").lower() != "close"


def send_chunked_until_answered(sock: socket.socket, head: bytes, total: int) -> tuple[int, int]:
    """Send ``head`` then a chunked body of up to ``total`` bytes, 16 KB a chunk, until the server answers.

    Returns (status, bytes sent before the answer came)."""
    sock.sendall(head)
    chunk = b"a" * (16 * KB)
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    sent = 0
    while sent < total:
        readable, _, _ = select.select([sock], [], [], 0.01)
        if readable:
            break
        try:
            sock.sendall(framed)
        except (BrokenPipeError, ConnectionResetError):
            break
        sent += len(chunk)
    else:
        sock.sendall(b"0\r\n\r\n")
    sock.settimeout(10)
    data = sock.recv(65536)
    return int(data.split(b" ", 2)[1]), sent


@pytest.mark.parametrize(
    "path,content_type",
    [
        ("/v1/auth/login", "application/json"),  # a JSON route, unauthenticated
        ("/analyze", "text/plain"),  # the fast path, whatever the type says
        ("/analyze-audio", "audio/wav"),  # an upload route
    ],
)
def test_a_chunked_body_over_the_limit_is_refused_before_it_is_all_sent(live, path, content_type):
    token = TokenAuthority(SECRET).issue("ops", "admin")
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
        f"Authorization: Bearer {token}\r\nTransfer-Encoding: chunked\r\n\r\n"
    ).encode()
    total = 64 * 1024 * KB  # 64 MiB offered; the limits are 256 KB (JSON) and 10 MB (uploads)
    with connect(live) as sock:
        status, sent = send_chunked_until_answered(sock, head, total)
    assert status == 413
    assert sent < total // 2
