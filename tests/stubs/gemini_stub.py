"""A threaded HTTP stand-in for Vertex AI ``generateContent`` on 127.0.0.1.

The real ``google-genai`` client (Vertex mode, ``http_options.base_url`` pointing here) posts to
``/v1beta1/projects/P/locations/L/publishers/google/models/M:generateContent``. The stub records each
request body and answers with a canned screening JSON built by ``answer`` from the transcript it was
sent, or with a scripted fault:

``ok``, ``invalid`` (not JSON), ``truncated`` (JSON cut off, finishReason MAX_TOKENS), ``wrong_type``
(JSON of the wrong shape), ``blocked`` (no candidate, the prompt blocked), ``refusal`` (a candidate stopped
by a safety filter, finishReason SAFETY, no text), ``garbage_body`` (HTTP 200 whose body is not JSON at all),
``429``, ``500``, ``503``, ``400``, ``401``, ``slow`` (sleeps ``slow_s`` before answering, past the client's
timeout). Every request's raw bytes are kept in ``raw_bodies`` (to prove what left the process).
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

_TRANSCRIPT = re.compile(r"<transcript>\n(.*)\n</transcript>", re.S)


def calm_answer(text: str) -> dict[str, Any]:
    quote = text[: min(len(text), 6)]
    return {
        "labels": {
            "depression": 0,
            "anxiety": 0,
            "cognitive_concern": 0,
            "loneliness": 0,
            "suicidal_ideation": 0,
            "physical_complaint": False,
            "abuse": False,
        },
        "phq9": [{"score": 0, "evidence": []} for _ in range(9)],
        "gad7": [{"score": 0, "evidence": []} for _ in range(7)],
        "risk_level": "low",
        "concerns": [],
        "key_concerns": [],
        "recommendations": ["지금처럼 규칙적인 생활을 이어가세요"],
        "confidence": 0.8,
        "cognitive_signals": 0,
        "_quote": quote,
    }


def item_scores(scores: list[int], quote: str = "") -> list[dict[str, Any]]:
    return [{"score": s, "evidence": [quote] if s and quote else []} for s in scores]


class GeminiStub:
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
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def script(self, faults: list[str]) -> None:
        with self._lock:
            self._faults = deque(faults)

    def sent_texts(self) -> list[str]:
        """The transcripts (user turns) the adapter sent, in order."""
        texts = []
        for body in self.requests:
            for content in body.get("contents", []):
                for part in content.get("parts", []):
                    match = _TRANSCRIPT.search(part.get("text", ""))
                    if match:
                        texts.append(match.group(1))
        return texts

    def start(self) -> GeminiStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
                # the client's delayed ACK add ~40 ms to every response and the stub measures itself.
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
                    status = {
                        "400": "INVALID_ARGUMENT",
                        "401": "UNAUTHENTICATED",
                        "429": "RESOURCE_EXHAUSTED",
                        "500": "INTERNAL",
                    }
                    self._send(
                        int(fault),
                        {"error": {"code": int(fault), "message": "stub", "status": status.get(fault, "UNAVAILABLE")}},
                    )
                    return
                if fault == "garbage_body":
                    self._send_raw(200, b"<html>upstream proxy error</html>")
                    return
                transcript = ""
                for content in body.get("contents", []):
                    for part in content.get("parts", []):
                        match = _TRANSCRIPT.search(part.get("text", ""))
                        if match:
                            transcript = match.group(1)
                answer = dict(stub.answer(transcript))
                answer.pop("_quote", None)
                text = json.dumps(answer, ensure_ascii=False)
                finish = "STOP"
                if fault == "invalid":
                    text = "물론입니다! 분석 결과는 다음과 같습니다: depression=1"
                elif fault == "truncated":
                    text, finish = text[: len(text) // 2], "MAX_TOKENS"
                elif fault == "wrong_type":
                    text = json.dumps({"labels": "none", "phq9": 3})
                candidates: list[dict[str, Any]] = [
                    {"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": finish}
                ]
                if fault == "blocked":
                    candidates = []
                elif fault == "refusal":
                    candidates = [{"content": {"role": "model", "parts": []}, "finishReason": "SAFETY"}]
                self._send(
                    200,
                    {
                        "candidates": candidates,
                        "usageMetadata": {
                            "promptTokenCount": 1200,
                            "candidatesTokenCount": 180,
                            "totalTokenCount": 1380,
                        },
                        "modelVersion": "stub",
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._send_raw(status, json.dumps(payload, ensure_ascii=False).encode())

            def _send_raw(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
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
