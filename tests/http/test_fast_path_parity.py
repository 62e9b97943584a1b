"""The fast path answers ``GET /`` and ``POST /analyze`` exactly as the Litestar routes do, under ASGI and RSGI:
same status, body, headers, limits and CORS, for good and bad input, with and without credentials."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from tests.http.conftest import start

KB = 1024
VOLATILE_FIELDS = ("timestamp", "assessment_id")
VOLATILE_HEADERS = ("content-length",)  # bodies differ only in their volatile fields (times, ids)
RID = {"X-Request-ID": "parity-request-0001"}


class RsgiHeaders(dict):
    """Granian's header mapping: lower-case str keys, ``get``, ``items``, ``keys``."""


class Proto:
    """Enough of Granian's RSGI HTTP protocol for one request; counts what the application reads."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.pulled = 0
        self.answer: tuple[int, list[tuple[str, str]], bytes] | None = None
        self.stream: list[bytes] = []

    async def __call__(self) -> bytes:
        self.pulled = len(self.chunks)
        return b"".join(self.chunks)

    def __aiter__(self) -> Any:
        async def gen() -> Any:
            for chunk in self.chunks:
                self.pulled += 1
                yield chunk

        return gen()

    async def client_disconnect(self) -> None:
        await asyncio.Event().wait()

    def response_bytes(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.answer = (status, headers, body)

    def response_stream(self, status: int, headers: list[tuple[str, str]]) -> Any:
        self.answer = (status, headers, b"")
        proto = self

        class Transport:
            async def send_bytes(self, data: bytes) -> None:
                proto.stream.append(data)

        return Transport()


def stable(body: bytes) -> Any:
    data = json.loads(body)
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in VOLATILE_FIELDS}
        if isinstance(data.get("provenance"), dict):
            data["provenance"] = {k: v for k, v in data["provenance"].items() if k != "latency_ms"}
    return data


def answer_of(status: int, headers: Any, body: bytes) -> tuple[int, dict[str, str], Any]:
    pairs = {k.lower(): v for k, v in headers if k.lower() not in VOLATILE_HEADERS}
    return status, pairs, stable(body)


async def by_asgi(client: httpx.AsyncClient, method: str, path: str, headers: dict[str, str], body: bytes | None):
    response = await client.request(method, path, headers=headers, content=body)
    return answer_of(response.status_code, response.headers.multi_items(), response.content)


async def by_rsgi(app: Any, method: str, path: str, headers: dict[str, str], chunks: list[bytes]):
    scope = SimpleNamespace(
        proto="http",
        http_version="1.1",
        method=method,
        scheme="http",
        path=path,
        query_string="",
        headers=RsgiHeaders({k.lower(): v for k, v in headers.items()}),
        client="127.0.0.1:5555",
        server="127.0.0.1:80",
    )
    proto = Proto(chunks)
    await app.__rsgi__(scope, proto)
    assert proto.answer is not None
    status, out, body = proto.answer
    return answer_of(status, out, body or b"".join(proto.stream))


def analyze(body: bytes, **headers: str) -> tuple[dict[str, str], bytes]:
    return {"content-type": "application/json", "content-length": str(len(body)), **RID, **headers}, body


async def three_ways(method: str, path: str, headers: dict[str, str], body: bytes, **settings: Any):
    """(fast ASGI, Litestar route, fast RSGI) answers to one request, each by a freshly started app (so
    rate limits start equal). A request is sent twice when ``twice`` (the second answer is compared)."""
    twice = settings.pop("twice", False)
    saturated = settings.pop("saturated", False)
    answers = []
    for way in ("fast", "route", "rsgi"):
        app, container, lifespan = await start(**settings)
        if saturated:  # MHEALTH_MAX_IN_FLIGHT requests being served already
            app.edge.in_flight = app.edge.max_in_flight
        token = container.token_authority().issue("ops", "admin")
        sent = {k: (v.replace("{token}", token)) for k, v in headers.items()}
        try:
            for _ in range(2 if twice else 1):
                if way == "rsgi":
                    got = await by_rsgi(app, method, path, sent, [body] if body else [])
                else:
                    target = app if way == "fast" else app.app
                    transport = httpx.ASGITransport(app=target, client=("127.0.0.1", 5555))
                    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                        got = await by_asgi(client, method, path, sent, body or None)
            answers.append(got)
        finally:
            await lifespan.shutdown()
    return answers


BEARER = {"authorization": "Bearer {token}"}
CASES = {
    "valid": analyze(json.dumps({"text": "오늘은 손주들이 와서 좋았어요", "user_id": "u"}).encode(), **BEARER),
    "crisis": analyze(json.dumps({"text": "요즘 약을 조금씩 모아두고 있어요", "user_id": "u"}).encode(), **BEARER),
    "invalid json": analyze(b'{"text": "unterminated', **BEARER),
    "wrong type": analyze(b'{"text": 3, "user_id": "u"}', **BEARER),
    "missing field": analyze(b'{"user_id": "u"}', **BEARER),
    "blank, in Korean": analyze(b'{"text": "   ", "user_id": "u"}', **BEARER, **{"accept-language": "ko-KR"}),
    "too large": analyze(json.dumps({"text": "a" * (300 * KB), "user_id": "u"}).encode(), **BEARER),
    "too large, text/plain": analyze(b"x" * (300 * KB), **BEARER, **{"content-type": "text/plain"}),
    "too deep": analyze(b'{"text": ' + b"[" * 1200 + b"]" * 1200 + b', "user_id": "u"}', **BEARER),
    "no credential": analyze(b'{"text": "hi", "user_id": "u"}'),
    "bad token": analyze(b'{"text": "hi", "user_id": "u"}', authorization="Bearer forged.token.here"),
    "bad scheme": analyze(b'{"text": "hi", "user_id": "u"}', authorization="Basic b3BzOm9wcw=="),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_post_analyze_answers_alike_by_every_path(case: str) -> None:
    headers, body = CASES[case]
    fast, route, rsgi = await three_ways("POST", "/analyze", headers, body)
    assert fast == route, case
    assert rsgi == route, case


async def test_get_root_answers_alike_by_every_path() -> None:
    fast, route, rsgi = await three_ways("GET", "/", dict(RID), b"")
    assert fast == route == rsgi
    assert route[0] == 200 and route[2]["status"] == "healthy"


async def test_the_rate_limit_answers_alike_by_every_path() -> None:
    headers, body = CASES["valid"]
    fast, route, rsgi = await three_ways("POST", "/analyze", headers, body, rate_limit_per_minute=1, twice=True)
    assert fast == route == rsgi
    assert route[0] == 429 and route[2]["error"] == "rate_limited" and route[1]["retry-after"]


@pytest.mark.parametrize("case", ["valid", "no credential", "too large", "blank, in Korean"])
async def test_past_the_in_flight_limit_post_analyze_is_shed_alike_by_every_path(case: str) -> None:
    """Refused at once, before the credential is looked at (503, not 401) or the analyzer runs."""
    headers, body = CASES[case]
    fast, route, rsgi = await three_ways("POST", "/analyze", headers, body, saturated=True, max_in_flight=4)
    assert fast == route == rsgi, case
    assert route[0] == 503 and route[2]["error"] == "overloaded" and int(route[1]["retry-after"]) >= 1


CHECK_IN = "/v1/seniors/0123456789abcdef0123456789abcdef/check-ins"
CHECK_IN_CASES = {
    "text": analyze(json.dumps({"text": "요즘 잠을 잘 못 자요"}).encode(), **BEARER, **{"idempotency-key": "k-1"}),
    "no credential": analyze(json.dumps({"text": "잠을 못 자요"}).encode()),
    "in Korean": analyze(json.dumps({"text": "잠을 못 자요"}).encode(), **BEARER, **{"accept-language": "ko-KR"}),
    "audio, over the JSON limit": analyze(b"x" * (300 * KB), **BEARER, **{"content-type": "multipart/form-data"}),
}


@pytest.mark.parametrize("case", list(CHECK_IN_CASES))
async def test_past_the_in_flight_limit_a_check_in_is_shed_under_rsgi_as_the_route_sheds_it(case: str) -> None:
    """A burst's refusals are answered before routing under RSGI: the same 503 as the Litestar middleware's."""
    headers, body = CHECK_IN_CASES[case]
    _, route, rsgi = await three_ways("POST", CHECK_IN, headers, body, saturated=True, max_in_flight=4)
    assert rsgi == route, case
    assert route[0] == 503 and route[2]["error"] == "overloaded" and int(route[1]["retry-after"]) >= 1


@pytest.mark.parametrize("path", ["/v1/seniors//check-ins", "/v1/seniors/a/b/check-ins"])
async def test_only_the_check_in_route_is_shed_before_routing(path: str) -> None:
    headers, body = CHECK_IN_CASES["text"]
    _, route, rsgi = await three_ways("POST", path, headers, body, saturated=True, max_in_flight=4)
    assert (rsgi[0], rsgi[2]) == (route[0], route[2])  # (Litestar lists an Allow header in any order)
    assert route[0] != 503, path  # no route: refused as such, not shed


async def test_cors_answers_alike_by_every_path() -> None:
    headers, body = CASES["valid"]
    headers = {**headers, "origin": "https://app.example.kr"}
    fast, route, rsgi = await three_ways("POST", "/analyze", headers, body, cors_origins="https://app.example.kr")
    assert fast == route == rsgi
    assert route[0] == 200 and route[1]["access-control-allow-origin"] == "https://app.example.kr"


async def test_a_chunked_body_over_the_limit_is_refused_alike_and_unread_under_rsgi() -> None:
    chunks = [b"x" * (16 * KB)] * 64  # 1 MiB, no Content-Length
    app, container, lifespan = await start()
    try:
        token = container.token_authority().issue("ops", "admin")
        headers = {"content-type": "application/json", "authorization": f"Bearer {token}", **RID}
        scope = SimpleNamespace(
            proto="http", method="POST", path="/analyze", headers=RsgiHeaders(headers), client="127.0.0.1:5555"
        )
        proto = Proto(chunks)
        await app.__rsgi__(scope, proto)
    finally:
        await lifespan.shutdown()
    assert proto.answer is not None and proto.answer[0] == 413
    assert json.loads(proto.answer[2])["error"] == "too_large"
    assert proto.pulled <= 256 * KB // (16 * KB) + 1
