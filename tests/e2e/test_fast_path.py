"""The fast path's POST /analyze answers exactly as the Litestar route behind it (kept for OpenAPI).

The full parity matrix (headers, limits, CORS, errors) is tests/http/test_fast_path_parity.py."""

from __future__ import annotations

import json
from types import SimpleNamespace

import httpx
import pytest
from litestar.testing import AsyncTestClient

from mhealth.entrypoints.http.app import create_app
from mhealth.testing import offline_settings

VOLATILE = ("timestamp", "assessment_id")


def _stable(body: dict) -> dict:
    stable = {k: v for k, v in body.items() if k not in VOLATILE}
    if "provenance" in stable:
        stable["provenance"] = {k: v for k, v in stable["provenance"].items() if k != "latency_ms"}
    return stable


@pytest.mark.parametrize(
    "payload",
    [
        {"text": "요즘 약을 조금씩 모아두고 있어요", "user_id": "u"},
        {"text": "오늘은 손주들이 와서 좋았어요", "user_id": "u", "session_id": "s"},
        {"text": "   ", "user_id": "u"},
        {"text": 3, "user_id": "u"},
        {"user_id": "u"},
    ],
)
async def test_the_fast_path_and_the_route_give_the_same_answer(payload):
    gateway = create_app(offline_settings(analyzer="local", rate_limit_per_minute=0))
    async with AsyncTestClient(app=gateway.app) as route:  # runs the lifespan: adapters are built
        fast = httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url="http://test")
        async with fast:
            by_route = await route.post("/analyze", json=payload)
            by_gateway = await fast.post("/analyze", json=payload)
    assert by_gateway.status_code == by_route.status_code
    assert _stable(by_gateway.json()) == _stable(by_route.json())


class _Proto:
    """Just enough of Granian's RSGI HTTP protocol object for one request."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.answer: tuple[int, list[tuple[str, str]], bytes] | None = None

    async def __call__(self) -> bytes:
        return self.body

    def response_bytes(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.answer = (status, headers, body)


@pytest.mark.parametrize(
    "payload",
    [
        {"text": "요즘 약을 조금씩 모아두고 있어요", "user_id": "u"},
        {"text": "   ", "user_id": "u"},
        {"text": 3, "user_id": "u"},
    ],
)
async def test_the_rsgi_fast_path_and_the_route_give_the_same_answer(payload):
    """``mhealth serve`` runs RSGI: its lean POST /analyze must answer as the route does, headers included."""
    gateway = create_app(offline_settings(analyzer="local", rate_limit_per_minute=0))
    body = json.dumps(payload).encode()
    async with AsyncTestClient(app=gateway.app) as route:
        by_route = await route.post("/analyze", content=body, headers={"content-type": "application/json"})
        proto = _Proto(body)
        headers = {"content-type": "application/json", "content-length": str(len(body))}
        scope = SimpleNamespace(proto="http", path="/analyze", method="POST", headers=headers)
        await gateway.__rsgi__(scope, proto)
    assert proto.answer is not None
    status, answer_headers, answer = proto.answer
    assert status == by_route.status_code
    assert _stable(json.loads(answer)) == _stable(by_route.json())
    assert dict(answer_headers)["content-type"] == by_route.headers["content-type"]
