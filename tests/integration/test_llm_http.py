"""POST /analyze with MHEALTH_ANALYZER=openai or gemini: every provider failure is a 200 with the local
analyzer's assessment marked degraded and the reason; never a 500, never a 503.

Through the whole app (settings -> container -> llm_wiring -> FallbackAnalyzer), both by the Litestar route
and by the gateway in front of it, against the loopback stand-ins.
"""

from __future__ import annotations

import importlib.util

import httpx
import pytest
from litestar.testing import AsyncTestClient

from mhealth.entrypoints.http.app import create_app
from mhealth.testing import offline_settings

TEXT = "요즘 밤에 잠을 잘 못 자고 입맛도 없어요. 아무것도 하기 싫어요"

# fault (scripted for every request of one call) -> the reason the degraded answer must carry
FAULTS = {
    "429": "provider_unavailable",
    "500": "provider_unavailable",
    "503": "provider_unavailable",
    "400": "provider_rejected",
    "401": "provider_rejected",
    "invalid": "invalid_json",
    "truncated": "invalid_json",
    "wrong_type": "invalid_json",
    "refusal": "refusal",
    "garbage_body": "invalid_response",
}


def settings_for(provider: str, base_url: str):
    if provider == "openai":
        return offline_settings(analyzer="openai", openai_base_url=base_url, openai_model="m", rate_limit_per_minute=0)
    return offline_settings(
        analyzer="gemini", google_project="http-test", gemini_base_url=base_url, rate_limit_per_minute=0
    )


@pytest.mark.parametrize(
    "provider",
    [
        pytest.param("openai", marks=pytest.mark.skipif(importlib.util.find_spec("openai") is None, reason="no SDK")),
        pytest.param(
            "gemini", marks=pytest.mark.skipif(importlib.util.find_spec("google.genai") is None, reason="no SDK")
        ),
    ],
)
async def test_every_provider_failure_answers_200_degraded_with_the_reason(provider):
    if provider == "openai":
        from tests.stubs.openai_stub import OpenAIStub as Stub
    else:
        from tests.stubs.gemini_stub import GeminiStub as Stub
    stub = Stub().start()
    gateway = create_app(settings_for(provider, stub.base_url))
    seen: dict[str, tuple[int, object, object, object]] = {}
    try:
        async with AsyncTestClient(app=gateway.app) as route:
            fast = httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway), base_url="http://test")
            async with fast:
                ok = (await route.post("/analyze", json={"text": TEXT, "user_id": "u"})).json()
                for fault in FAULTS:
                    for name, client in (("route", route), ("gateway", fast)):
                        stub.script([fault] * 10)
                        response = await client.post("/analyze", json={"text": TEXT, "user_id": "u"})
                        body = response.json()
                        provenance = body.get("provenance", {})
                        seen[f"{fault}/{name}"] = (
                            response.status_code,
                            provenance.get("analyzer"),
                            provenance.get("degraded"),
                            provenance.get("degraded_reason"),
                        )
    finally:
        stub.stop()

    assert ok["provenance"]["analyzer"] == provider and ok["provenance"]["degraded"] is False
    expected = {
        f"{fault}/{name}": (200, "local", True, reason)
        for fault, reason in FAULTS.items()
        for name in ("route", "gateway")
    }
    assert seen == expected
