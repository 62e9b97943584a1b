"""A threaded HTTP stand-in for an OpenAI-compatible ``POST /v1/chat/completions`` on 127.0.0.1.

The real ``openai`` client (``base_url`` pointing here) posts the chat request; the stub records each
request (parsed, raw bytes, path, Authorization header) and answers with a canned screening JSON built by
``answer`` from the transcript it was sent (the same answers as the Gemini stand-in), or with a scripted
fault:

``ok``, ``invalid`` (prose, not JSON), ``truncated`` (JSON cut off, finish_reason ``length``), ``wrong_type``
(JSON of the wrong shape), ``refusal`` (``message.refusal`` set, no content), ``content_filter``
(finish_reason ``content_filter``, no content), ``empty`` (no choices), ``garbage_body`` (HTTP 200 whose
body is not JSON at all), ``400``, ``401``, ``429``, ``500``, ``503``, ``slow`` (sleeps ``slow_s``, past the
client's timeout).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.stubs.gemini_stub import calm_answer

_TRANSCRIPT = re.compile(r"<transcript>\n(.*)\n</transcript>", re.S)


class OpenAIStub:
    """Start with :meth:`start`; pass :attr:`base_url` to the adapter."""

    def __init__(self, *, latency_s: float = 0.0, slow_s: float = 3.0) -> None:
        self.latency_s = latency_s
        self.slow_s = slow_s
        self.answer: Callable[[str], dict[str, Any]] = calm_answer
        self.requests: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self.paths: list[str] = []
        self.authorizations: list[str | None] = []
        self._faults: deque[str] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def script(self, faults: list[str]) -> None:
        with self._lock:
            self._faults = deque(faults)

    def sent_texts(self) -> list[str]:
        """The transcripts (inside the user messages) the adapter sent, in order."""
        texts = []
        for body in self.requests:
            for message in body.get("messages", []):
                match = _TRANSCRIPT.search(str(message.get("content", "")))
                if match and message.get("role") == "user":
                    texts.append(match.group(1))
        return texts

    def start(self) -> OpenAIStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
                # the client's delayed ACK add ~40 ms to every response.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw or b"{}")
                with stub._lock:
                    stub.requests.append(body)
                    stub.raw_bodies.append(raw)
                    stub.paths.append(self.path)
                    stub.authorizations.append(self.headers.get("Authorization"))
                    fault = stub._faults.popleft() if stub._faults else "ok"
                if stub.latency_s:
                    time.sleep(stub.latency_s)
                if fault == "slow":
                    time.sleep(stub.slow_s)
                if fault in ("400", "401", "429", "500", "503"):
                    kinds = {"400": "invalid_request_error", "401": "authentication_error", "429": "rate_limit_error"}
                    self._send(int(fault), {"error": {"message": "stub", "type": kinds.get(fault, "server_error")}})
                    return
                if fault == "garbage_body":
                    self._send_bytes(200, b"<html>upstream proxy error</html>", "application/json")
                    return
                transcript = ""
                for message in body.get("messages", []):
                    match = _TRANSCRIPT.search(str(message.get("content", "")))
                    if match and message.get("role") == "user":
                        transcript = match.group(1)
                answer = dict(stub.answer(transcript))
                answer.pop("_quote", None)
                content: str | None = json.dumps(answer, ensure_ascii=False)
                refusal = None
                finish = "stop"
                if fault == "invalid":
                    content = "물론입니다! 분석 결과는 다음과 같습니다: depression=1"
                elif fault == "truncated":
                    content, finish = content[: len(content) // 2], "length"
                elif fault == "wrong_type":
                    content = json.dumps({"labels": "none", "phq9": 3})
                elif fault == "refusal":
                    content, refusal = None, "I'm sorry, I can't help with that."
                elif fault == "content_filter":
                    content, finish = None, "content_filter"
                choices: list[dict[str, Any]] = [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": refusal},
                        "finish_reason": finish,
                    }
                ]
                if fault == "empty":
                    choices = []
                self._send(
                    200,
                    {
                        "id": "chatcmpl-stub",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "stub"),
                        "choices": choices,
                        "usage": {"prompt_tokens": 1100, "completion_tokens": 170, "total_tokens": 1270},
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._send_bytes(status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

            def _send_bytes(self, status: int, data: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
