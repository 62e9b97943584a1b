"""A web front end on another origin: with MHEALTH_CORS_ORIGINS set, a preflight to a private route gets 204
with CORS headers (no credential needed for it), and every answer, a 401 included, carries them."""

from __future__ import annotations

import pytest

from tests.http.conftest import Running

ORIGIN = "https://app.example.kr"


@pytest.mark.settings(cors_origins=ORIGIN)
async def test_preflight_to_a_private_route_is_answered_without_a_credential(running: Running) -> None:
    preflight = await running.client.options(
        "/v1/seniors",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in preflight.headers["access-control-allow-methods"]


@pytest.mark.settings(cors_origins=ORIGIN)
async def test_a_refusal_carries_cors_headers_so_the_browser_can_read_it(running: Running) -> None:
    refused = await running.client.get("/v1/seniors", headers={"Origin": ORIGIN})
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == ORIGIN
    allowed = await running.client.get("/v1/seniors", headers={"Origin": ORIGIN, **running.token()})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == ORIGIN


@pytest.mark.settings(cors_origins=ORIGIN)
async def test_another_origin_gets_no_cors_grant(running: Running) -> None:
    answer = await running.client.get("/v1/seniors", headers={"Origin": "https://evil.example", **running.token()})
    assert "access-control-allow-origin" not in answer.headers
