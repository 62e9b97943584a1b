"""The gateway's lean POST /analyze answers exactly as the Litestar route behind it (kept for OpenAPI)."""

from __future__ import annotations

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
